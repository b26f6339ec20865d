package jurisdiction

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Unit is the unit a legal [Period] is expressed in. The zero Unit is not a
// unit: a period that carries it is invalid. A Unit is a plain value, safe
// for concurrent use.
type Unit uint8

// The units of legal time. They are counted differently: hours are exact
// durations and never move off a weekend; calendar days and months may end on
// a non-working day and then, under most rules, roll forward; business days
// count only working days. See [Rule] for how each rule counts.
const (
	Hours        Unit = iota + 1 // exact hours ("72 hours")
	CalendarDays                 // calendar days, weekends and holidays included ("45 days")
	BusinessDays                 // working days: not Saturday, Sunday or a public holiday
	Months                       // calendar months: same date in the last month, clamped to its end
)

// maxN bounds each unit so that a period spans at most about a century:
// anything longer is a bug in the caller's data, not a legal deadline.
func (u Unit) maxN() int {
	switch u {
	case Hours:
		return 100 * 366 * 24
	case CalendarDays:
		return 100 * 366
	case BusinessDays:
		return 100 * 261
	case Months:
		return 100 * 12
	}
	return 0
}

// String returns the unit's plural English name ("calendar days").
func (u Unit) String() string {
	switch u {
	case Hours:
		return "hours"
	case CalendarDays:
		return "calendar days"
	case BusinessDays:
		return "business days"
	case Months:
		return "months"
	}
	return "Unit(" + strconv.Itoa(int(u)) + ")"
}

func (u Unit) singular() string {
	switch u {
	case Hours:
		return "hour"
	case CalendarDays:
		return "calendar day"
	case BusinessDays:
		return "business day"
	case Months:
		return "month"
	}
	return u.String()
}

// Valid reports whether u is one of the four units.
func (u Unit) Valid() bool { return u >= Hours && u <= Months }

// Period is a legal time limit: a positive number of units ("1 month",
// "72 hours", "15 business days"). It says nothing about when counting starts
// or whether the end moves off a holiday: that is the [Rule]'s job.
//
// The zero Period is not a valid period; in an [Obligation] it means that the
// law sets no fixed period. Period is a small comparable value.
type Period struct {
	N    int
	Unit Unit
}

// ErrInvalidPeriod reports a period that cannot be counted: a length of zero
// or less, an unknown unit, or a length beyond about a century. Errors from
// [Period.Validate] and [ParsePeriod] wrap it.
var ErrInvalidPeriod = errors.New("jurisdiction: invalid period")

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// Validate returns nil if p can be counted, or an error wrapping
// [ErrInvalidPeriod] that says why not.
func (p Period) Validate() error {
	switch {
	case !p.Unit.Valid():
		return fmt.Errorf("%w: unknown unit %d", ErrInvalidPeriod, p.Unit)
	case p.N <= 0:
		return fmt.Errorf("%w: length %d is not positive", ErrInvalidPeriod, p.N)
	case p.N > p.Unit.maxN():
		return fmt.Errorf("%w: %d %s is longer than the supported %d", ErrInvalidPeriod, p.N, p.Unit, p.Unit.maxN())
	}
	return nil
}

// String formats p as it reads in a statute: "1 month", "72 hours",
// "45 calendar days". The zero Period prints as "no fixed period".
func (p Period) String() string {
	if p.IsZero() {
		return "no fixed period"
	}
	if p.N == 1 {
		return "1 " + p.Unit.singular()
	}
	return strconv.Itoa(p.N) + " " + p.Unit.String()
}

// MarshalText formats p as [Period.String] does. The zero Period marshals to
// an empty text; any other invalid period is an error.
func (p Period) MarshalText() ([]byte, error) {
	if p.IsZero() {
		return []byte{}, nil
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return []byte(p.String()), nil
}

// UnmarshalText parses text with [ParsePeriod]; an empty text gives the zero
// Period.
func (p *Period) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// ParsePeriod parses a period written as a number and a unit, separated by
// optional spaces, case-insensitively:
//
//	"72 hours", "1 hour", "72h", "72H"
//	"45 calendar days", "1 calendar day", "45CD"
//	"15 business days", "15 working days", "15BD"
//	"1 month", "3 months", "1M"
//
// The short forms are law.md's unit legend (H, CD, BD, M). A bare "days" is
// rejected as ambiguous (calendar or business?), as are zero, negative and
// over-long periods. Errors wrap [ErrInvalidPeriod] and repeat at most a short,
// sanitised prefix of the input.
func ParsePeriod(s string) (Period, error) {
	t := strings.TrimSpace(s)
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 {
		return Period{}, parsePeriodError(s, "want a number first")
	}
	if i > 9 {
		return Period{}, parsePeriodError(s, "number too long")
	}
	n, err := strconv.Atoi(t[:i])
	if err != nil {
		return Period{}, parsePeriodError(s, "bad number")
	}
	word := strings.ToLower(strings.Join(strings.Fields(t[i:]), " "))
	var u Unit
	switch word {
	case "h", "hour", "hours":
		u = Hours
	case "cd", "calendar day", "calendar days":
		u = CalendarDays
	case "bd", "business day", "business days", "working day", "working days":
		u = BusinessDays
	case "m", "month", "months":
		u = Months
	case "d", "day", "days":
		return Period{}, parsePeriodError(s, `"days" is ambiguous: say calendar days or business days`)
	default:
		return Period{}, parsePeriodError(s, "unknown unit")
	}
	p := Period{N: n, Unit: u}
	if err := p.Validate(); err != nil {
		return Period{}, err
	}
	return p, nil
}

func parsePeriodError(input, why string) error {
	return fmt.Errorf("%w %s: %s", ErrInvalidPeriod, echo(input), why)
}
