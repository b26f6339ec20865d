package jurisdiction

import (
	"testing"
	"time"
)

// BenchmarkDeadline computes a one-month GDPR deadline that rolls over a
// Sunday and Whit Monday in Germany (24 April → 26 May 2026). The holiday
// tables are warm after the first iteration, as they are in a running
// service.
func BenchmarkDeadline(b *testing.B) {
	berlin := mustLoad(b, "Europe/Berlin")
	de, err := CalendarFor(MustParsePlace("DE"))
	if err != nil {
		b.Fatal(err)
	}
	start := time.Date(2026, time.April, 24, 10, 30, 0, 0, berlin)
	month := Period{N: 1, Unit: Months}
	b.ReportAllocs()
	for b.Loop() {
		d, err := RuleEU.Deadline(start, month, de)
		if err != nil || d.Last.Day != 26 {
			b.Fatal(d, err)
		}
	}
}

// BenchmarkDeadlineBusinessDays counts 15 California business days over
// Thanksgiving.
func BenchmarkDeadlineBusinessDays(b *testing.B) {
	la := mustLoad(b, "America/Los_Angeles")
	ca, err := CalendarFor(MustParsePlace("US-CA"))
	if err != nil {
		b.Fatal(err)
	}
	start := time.Date(2026, time.November, 23, 9, 0, 0, 0, la)
	p := Period{N: 15, Unit: BusinessDays}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RuleCCPA.Deadline(start, p, ca); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNaiveAddDate is the baseline most systems use (start + one month
// with time.AddDate, no holidays, no clamping to the month's end).
func BenchmarkNaiveAddDate(b *testing.B) {
	berlin := mustLoad(b, "Europe/Berlin")
	start := time.Date(2026, time.April, 24, 10, 30, 0, 0, berlin)
	b.ReportAllocs()
	var sink time.Time
	for b.Loop() {
		sink = start.AddDate(0, 1, 0)
	}
	_ = sink
}
