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
// returns is after its start, ends on or after its nominal day, ends (for
// periods not in hours) at the first instant after its last day, and — when
// the rule rolls — on a working day. The fuzzer's start and length are folded
// into 1960–2110 and ±400 so that it explores counting across holidays, years
// and clock changes rather than the range checks alone, which
// TestDeadlineBadInput covers.
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
		{time.Date(2026, 8, 6, 14, 0, 0, 0, time.UTC).Unix(), 30, uint8(CalendarDays), uint8(RuleLiteral), 7},
		{time.Date(2027, 12, 20, 18, 0, 0, 0, time.UTC).Unix(), 15, uint8(BusinessDays), uint8(RuleCCPA), 4},
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
	var zones []*time.Location
	for _, name := range []string{"UTC", "Europe/Berlin", "Europe/London", "America/Los_Angeles", "America/Santiago", "Asia/Kolkata"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			f.Fatal(err)
		}
		zones = append(zones, loc)
	}
	lo := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	span := time.Date(2110, 1, 1, 0, 0, 0, 0, time.UTC).Unix() - lo
	f.Fuzz(func(t *testing.T, unix int64, n int, unit, rule, cal uint8) {
		off := unix % span
		if off < 0 {
			off += span
		}
		start := time.Unix(lo+off, 0).In(zones[int(cal/8)%len(zones)])
		r := Rule(rule % 8)
		c := cals[int(cal)%len(cals)]
		p := Period{N: n % 400, Unit: Unit(unit % 6)}
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
		if p.Unit != Hours {
			if DateOf(d.End.Add(-time.Nanosecond)) != d.Last || DateOf(d.End) != d.Last.AddDays(1) {
				t.Fatalf("%v %v from %v: End %v is not the first instant after %v", r, p, start, d.End, d.Last)
			}
		}
		if p.Unit != Hours && (r.rolls() || p.Unit == BusinessDays) && !IsWorkingDay(c, d.Last) {
			t.Fatalf("%v %v from %v ends on %v, not a working day", r, p, start, d.Last)
		}
		_ = d.String()
	})
}
