package jurisdiction

import (
	"errors"
	"testing"
	"time"
)

// FuzzParsePeriod: ParsePeriod never panics, accepts only valid periods, and
// what it accepts round-trips through String.
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"72 hours", "72h", "1 month", "1M", "45 calendar days", "45CD", "15 business days",
		"15 BD", "3 working days", "45 days", "0 hours", "-1 month", "1201 months", "99999999999 hours", "", " 1 month "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidPeriod) {
				t.Fatalf("ParsePeriod(%q) error %v does not wrap ErrInvalidPeriod", s, err)
			}
			if len(err.Error()) > 200 {
				t.Fatalf("error too long: %d bytes", len(err.Error()))
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("ParsePeriod(%q) = %v, which is invalid: %v", s, p, err)
		}
		back, err := ParsePeriod(p.String())
		if err != nil || back != p {
			t.Fatalf("round trip %q → %v → %q → %v, %v", s, p, p.String(), back, err)
		}
	})
}

// FuzzParseDate: ParseDate never panics and what it accepts is a valid date
// that formats back to the input.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-05-25", "2024-02-29", "2025-02-29", "0000-01-01", "9999-12-31", "2026-13-01", "+026-01-01", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrMalformedDate) {
				t.Fatalf("ParseDate(%q): %v", s, err)
			}
			return
		}
		if !d.IsValid() || d.String() != s {
			t.Fatalf("ParseDate(%q) = %v (valid %v)", s, d, d.IsValid())
		}
	})
}

// FuzzDeadline: period arithmetic never panics, and every deadline it
// returns is after its start, ends on or after its nominal day, and — when
// the rule rolls — on a working day.
func FuzzDeadline(f *testing.F) {
	seeds := []struct {
		unix int64
		n    int
		unit uint8
		rule uint8
		cal  uint8
	}{
		{time.Date(2026, 4, 24, 8, 0, 0, 0, time.UTC).Unix(), 1, uint8(Months), uint8(RuleEU), 1},
		{time.Date(2024, 1, 30, 8, 0, 0, 0, time.UTC).Unix(), 1, uint8(Months), uint8(RuleUK), 2},
		{time.Date(2026, 11, 23, 18, 0, 0, 0, time.UTC).Unix(), 15, uint8(BusinessDays), uint8(RuleCCPA), 3},
		{time.Date(2026, 3, 1, 18, 0, 0, 0, time.UTC).Unix(), 45, uint8(CalendarDays), uint8(RuleCaliforniaGeneral), 3},
		{time.Date(2026, 3, 6, 9, 0, 0, 0, time.UTC).Unix(), 72, uint8(Hours), uint8(RuleEU), 0},
		{0, 0, 0, 0, 0},
		{-1 << 40, -5, 200, 99, 9},
	}
	for _, s := range seeds {
		f.Add(s.unix, s.n, s.unit, s.rule, s.cal)
	}
	cals := []Calendar{nil}
	for _, code := range []string{"DE", "GB-ENG", "US-CA", "US", "IT", "NL"} {
		c, err := CalendarFor(MustParsePlace(code))
		if err != nil {
			f.Fatal(err)
		}
		cals = append(cals, c)
	}
	f.Fuzz(func(t *testing.T, unix int64, n int, unit, rule, cal uint8) {
		start := time.Unix(unix, 0).UTC()
		r := Rule(rule)
		c := cals[int(cal)%len(cals)]
		p := Period{N: n, Unit: Unit(unit)}
		d, err := r.Deadline(start, p, c)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("error %v with a non-zero deadline", err)
			}
			return
		}
		if !d.End.After(start) {
			t.Fatalf("%v %v from %v: end %v not after start", r, p, start, d.End)
		}
		if d.Last.Before(d.Nominal) {
			t.Fatalf("last %v before nominal %v", d.Last, d.Nominal)
		}
		if p.Unit != Hours && (r.rolls() || p.Unit == BusinessDays) && !IsWorkingDay(c, d.Last) {
			t.Fatalf("%v %v from %v ends on %v, not a working day", r, p, start, d.Last)
		}
		_ = d.String()
	})
}
