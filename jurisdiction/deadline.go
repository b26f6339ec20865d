package jurisdiction

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Deadline is a computed legal deadline that explains itself: when the clock
// started, the period and the rule, where counting alone ended, and every
// weekend or holiday that moved the end.
//
// # What instant a deadline is
//
// A period in hours expires at exactly Start + N hours. Any other period
// expires at the end of its last day, Last, in the location of Start: End is
// the first instant of the day after Last (midnight, "the expiry of the last
// hour of the last day", Reg. 1182/71 Art. 3(2)(b)). An act is in time if it
// is done before End; [Deadline.InTime] says so. Express Start in the local
// time of the place where the act is to be done (t.In(loc)): its date is the
// day of the event, and its location gives the days their bounds.
//
// A Deadline is a value; it is safe to copy and to use concurrently.
type Deadline struct {
	// Start is the instant that started the clock, as given.
	Start time.Time
	// Period is the period counted.
	Period Period
	// Rule is the counting rule.
	Rule Rule
	// Calendar is the name of the holiday calendar consulted, or "" when
	// none was given (Saturdays and Sundays only).
	Calendar string
	// Nominal is the last day by counting alone, before any roll-forward.
	// For hours it is the date of End.
	Nominal Date
	// Last is the last day of the period after any roll-forward: the act is
	// due by the end of this day (for hours, the date of End).
	Last Date
	// End is the instant at which the period expires.
	End time.Time
	// TwoWorkingDays reports that Last was moved further so that the period
	// includes at least two working days (Reg. 1182/71 Art. 3(5)).
	TwoWorkingDays bool

	moved  [maxExplained]NonWorkingDay // the first non-working days that moved the end
	nMoved int                         // how many there were in all
}

// maxExplained is how many moving days a Deadline keeps for its explanation.
// More can occur only with a user calendar full of holidays; the count is
// still exact.
const maxExplained = 8

// NonWorkingDay is a day on which a period could not end, or which a
// business-day count skipped, with the reason: a holiday's name, "Saturday" or
// "Sunday". It is a plain value, safe to copy and to use concurrently.
type NonWorkingDay struct {
	Date   Date
	Reason string
}

// String formats d as "2026-05-25 Whit Monday (Pfingstmontag)".
func (d NonWorkingDay) String() string { return d.Date.String() + " " + d.Reason }

// Sentinel errors of deadline computation. Functions wrap them; match with
// [errors.Is].
var (
	// ErrDateRange reports a start outside the years deadlines are
	// computed for (1970 to 2099).
	ErrDateRange = errors.New("jurisdiction: date outside the supported range 1970–2099")

	// ErrNoWorkingDay reports a calendar under which no working day could
	// be found within a year of a period's end.
	ErrNoWorkingDay = errors.New("jurisdiction: no working day within a year")
)

// Years for which deadlines are computed. Holiday rules before 1970 differ
// from the encoded ones, and a start after 2099 is a data error.
const (
	minYear = 1970
	maxYear = 2099
)

// Deadline counts period p from start under rule r, with cal's public
// holidays (a nil cal knows none: Saturdays and Sundays still do not count,
// which never gives a later deadline than the true one).
//
// Errors wrap [ErrUnknownRule], [ErrZeroTime], [ErrInvalidPeriod],
// [ErrDateRange] or [ErrNoWorkingDay]. Deadline never panics. It does not
// allocate once a built-in calendar has computed the years involved (the
// first question about a year computes that year's holidays).
func (r Rule) Deadline(start time.Time, p Period, cal Calendar) (Deadline, error) {
	switch {
	case !r.Valid():
		return Deadline{}, fmt.Errorf("%w %d", ErrUnknownRule, r)
	case start.IsZero():
		return Deadline{}, ErrZeroTime
	}
	if err := p.Validate(); err != nil {
		return Deadline{}, err
	}
	event := DateOf(start)
	if event.Year < minYear || event.Year > maxYear {
		return Deadline{}, ErrDateRange
	}
	d := Deadline{Start: start, Period: p, Rule: r}
	if cal != nil {
		d.Calendar = cal.Name()
	}
	if p.Unit == Hours {
		d.End = start.Add(time.Duration(p.N) * time.Hour)
		d.Nominal = DateOf(d.End)
		d.Last = d.Nominal
		return d, nil
	}

	switch p.Unit {
	case CalendarDays:
		n := p.N
		if r.countsEventDay() {
			n--
		}
		d.Nominal = event.AddDays(n)
		d.Last = d.Nominal
	case Months:
		d.Nominal = event.AddMonths(p.N)
		d.Last = d.Nominal
	case BusinessDays:
		last, err := d.countWorkingDays(event, p.N, cal)
		if err != nil {
			return Deadline{}, err
		}
		d.Nominal, d.Last = last, last
	}

	if p.Unit != BusinessDays && r.rolls() {
		if err := d.rollForward(cal); err != nil {
			return Deadline{}, err
		}
	}
	if p.Unit != BusinessDays && r.twoWorkingDays() && (p.Unit == Months || p.N >= 2) {
		if err := d.ensureTwoWorkingDays(event, cal); err != nil {
			return Deadline{}, err
		}
	}
	// Not time.Date(…, Last.Day+1, 0, …): where a clock change skips
	// midnight, that can be an instant of Last itself (America/Santiago).
	d.End = d.Last.AddDays(1).Start(start.Location())
	return d, nil
}

// countWorkingDays returns the nth working day counted from the event: the
// event day itself is the first when the rule counts it and it is a working
// day; otherwise counting starts the day after. Weekday holidays passed over
// are recorded.
func (d *Deadline) countWorkingDays(event Date, n int, cal Calendar) (Date, error) {
	day := event
	if !d.Rule.countsEventDay() {
		day = day.AddDays(1)
	}
	sinceWorking := 0
	for {
		reason := nonWorkingReason(cal, day)
		if reason == "" {
			n--
			if n == 0 {
				return day, nil
			}
			sinceWorking = 0
		} else {
			if w := day.Weekday(); w != time.Saturday && w != time.Sunday {
				d.record(day, reason)
			}
			if sinceWorking++; sinceWorking > 366 {
				return Date{}, ErrNoWorkingDay
			}
		}
		day = day.AddDays(1)
	}
}

// rollForward moves Last off non-working days (Reg. 1182/71 Art. 3(4); ICO;
// Code Civ. Proc. §12a), recording each.
func (d *Deadline) rollForward(cal Calendar) error {
	for i := 0; ; i++ {
		reason := nonWorkingReason(cal, d.Last)
		if reason == "" {
			return nil
		}
		if i > 366 {
			return ErrNoWorkingDay
		}
		d.record(d.Last, reason)
		d.Last = d.Last.AddDays(1)
	}
}

// ensureTwoWorkingDays applies Reg. 1182/71 Art. 3(5): a period of two days
// or more includes at least two working days.
func (d *Deadline) ensureTwoWorkingDays(event Date, cal Calendar) error {
	working := 0
	for day := event.AddDays(1); !day.After(d.Last) && working < 2; day = day.AddDays(1) {
		if nonWorkingReason(cal, day) == "" {
			working++
		}
	}
	for i := 0; working < 2; i++ {
		if i > 2*366 {
			return ErrNoWorkingDay
		}
		d.Last = d.Last.AddDays(1)
		if nonWorkingReason(cal, d.Last) == "" {
			working++
			d.TwoWorkingDays = true
		}
	}
	return nil
}

func (d *Deadline) record(day Date, reason string) {
	if d.nMoved < maxExplained {
		d.moved[d.nMoved] = NonWorkingDay{Date: day, Reason: reason}
	}
	d.nMoved++
}

// Rolled returns the weekends and holidays the end rolled over, in order:
// for periods in calendar days or months, the days from Nominal up to the
// day before Last that were not working days. It is empty when the period
// ended on a working day or the rule does not roll. At most 8 days are kept;
// [Deadline.MovedCount] gives the full count.
func (d Deadline) Rolled() []NonWorkingDay {
	if d.Period.Unit == BusinessDays {
		return nil
	}
	return d.movedDays()
}

// Skipped returns the weekday public holidays a business-day count passed
// over, in order (Saturdays and Sundays are never counted and not listed).
// At most 8 days are kept; [Deadline.MovedCount] gives the full count.
func (d Deadline) Skipped() []NonWorkingDay {
	if d.Period.Unit != BusinessDays {
		return nil
	}
	return d.movedDays()
}

// MovedCount returns how many days [Deadline.Rolled] or [Deadline.Skipped]
// would list without the cap of 8.
func (d Deadline) MovedCount() int { return d.nMoved }

func (d Deadline) movedDays() []NonWorkingDay {
	n := min(d.nMoved, maxExplained)
	if n == 0 {
		return nil
	}
	return append([]NonWorkingDay(nil), d.moved[:n]...)
}

// InTime reports whether an act done at t is in time: t is before End.
func (d Deadline) InTime(t time.Time) bool { return t.Before(d.End) }

// IsZero reports whether d is the zero Deadline.
func (d Deadline) IsZero() bool { return d.End.IsZero() }

// String explains the deadline in one line, for example:
//
//	due by end of 2026-05-26 (Europe/Berlin): 1 month from 2026-04-24 under
//	Reg. (EEC, Euratom) No 1182/71 ends on 2026-05-24, not a working day in
//	DE (2026-05-24 Sunday; 2026-05-25 Whit Monday (Pfingstmontag)), so on
//	the next working day
//
// It contains dates, the rule and holiday names, never personal data.
func (d Deadline) String() string {
	if d.IsZero() {
		return "no deadline"
	}
	var b strings.Builder
	loc := d.Start.Location().String()
	if d.Period.Unit == Hours {
		fmt.Fprintf(&b, "due by %s: %s from %s under %s; hours are exact and do not roll",
			d.End.Format("2006-01-02 15:04 MST"), d.Period, d.Start.Format("2006-01-02 15:04 MST"), d.Rule)
		return b.String()
	}
	fmt.Fprintf(&b, "due by end of %s (%s): %s from %s under %s", d.Last, loc, d.Period, DateOf(d.Start), d.Rule)
	where := ""
	if d.Calendar != "" {
		where = " in " + d.Calendar
	}
	days := d.movedDays()
	list := func() string {
		parts := make([]string, len(days))
		for i, x := range days {
			parts[i] = x.String()
		}
		s := strings.Join(parts, "; ")
		if d.nMoved > len(days) {
			s += fmt.Sprintf("; and %d more", d.nMoved-len(days))
		}
		return s
	}
	switch {
	case d.Period.Unit == BusinessDays && len(days) > 0:
		fmt.Fprintf(&b, ", not counting the holidays%s (%s)", where, list())
	case d.Period.Unit != BusinessDays && len(days) > 0:
		fmt.Fprintf(&b, " ends on %s, not a working day%s (%s), so on the next working day", d.Nominal, where, list())
	case d.Period.Unit != BusinessDays:
		fmt.Fprintf(&b, " ends on %s", d.Nominal)
		if !d.Rule.rolls() {
			b.WriteString("; the rule does not move an end off a weekend or holiday")
		}
	}
	if d.TwoWorkingDays {
		fmt.Fprintf(&b, "; extended to %s so that it includes two working days (Art. 3(5))", d.Last)
	}
	return b.String()
}
