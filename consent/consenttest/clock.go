package consenttest

import (
	"sync"
	"time"
)

// Fixed returns a clock that always returns t; pass it as a consent Now.
func Fixed(t time.Time) func() time.Time {
	return func() time.Time { return t }
}

// Clock is a manual clock: it stands still until told to move. The zero
// Clock reads the zero time. A Clock is safe for concurrent use.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a Clock reading t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now returns the clock's time; pass c.Now as a consent Now.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock forward by d (backward if d is negative) and
// returns the new time.
func (c *Clock) Advance(d time.Duration) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
	return c.t
}

// AddDate moves the clock by calendar years, months and days, like
// [time.Time.AddDate], and returns the new time.
func (c *Clock) AddDate(years, months, days int) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.AddDate(years, months, days)
	return c.t
}

// Set sets the clock to t.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// Stepper is a clock that moves forward by a fixed step each time it is
// read, so that consecutive events get distinct, predictable times. A
// Stepper is safe for concurrent use.
type Stepper struct {
	mu   sync.Mutex
	next time.Time
	step time.Duration
}

// NewStepper returns a Stepper whose first reading is start, and each later
// reading step after the previous one.
func NewStepper(start time.Time, step time.Duration) *Stepper {
	return &Stepper{next: start, step: step}
}

// Now returns the next reading; pass s.Now as a consent Now.
func (s *Stepper) Now() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.next
	s.next = s.next.Add(s.step)
	return t
}
