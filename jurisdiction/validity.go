package jurisdiction

import "time"

// DataVersion names the revision of this package's legal tables (regimes,
// membership, adequacy, ages, opt-out signals): the date they were last
// checked against docs/law.md. Record it next to any decision you persist.
const DataVersion = "2026-11-30"

// coverageStart is the first date the tables describe: the day the GDPR began
// to apply (GDPR Art. 99(2)).
var coverageStart = Date{Year: 2018, Month: time.May, Day: 25}

// CoverageStart returns the first date this package's legal tables describe,
// 2018-05-25 (the day the GDPR began to apply, Art. 99(2)). Questions about
// earlier dates fail with [ErrBeforeCoverage].
func CoverageStart() Date { return coverageStart }

// Validity is the span of civil dates during which a rule is in force, from
// From through To, both days included. A zero To means the rule has no known
// end. A Validity is a plain value, safe to copy and share.
type Validity struct {
	From Date // first day in force
	To   Date // last day in force; zero = open-ended
}

// Contains reports whether the rule is in force on d.
func (v Validity) Contains(d Date) bool {
	return !d.Before(v.From) && (v.To.IsZero() || !d.After(v.To))
}

// String formats v as "2021-06-28..2025-12-27", or "2018-05-25.." when
// open-ended.
func (v Validity) String() string {
	if v.To.IsZero() {
		return v.From.String() + ".."
	}
	return v.From.String() + ".." + v.To.String()
}

// validFrom and validBetween build validities for the tables.
func validFrom(y int, m time.Month, d int) Validity {
	return Validity{From: Date{Year: y, Month: m, Day: d}}
}

func validBetween(y1 int, m1 time.Month, d1, y2 int, m2 time.Month, d2 int) Validity {
	return Validity{From: Date{Year: y1, Month: m1, Day: d1}, To: Date{Year: y2, Month: m2, Day: d2}}
}

func ymd(y int, m time.Month, d int) Date { return Date{Year: y, Month: m, Day: d} }

// civilDate validates an instant and returns its civil date in its own
// location.
func civilDate(at time.Time) (Date, error) {
	if at.IsZero() {
		return Date{}, ErrZeroTime
	}
	d := DateOf(at)
	if d.Before(coverageStart) {
		return Date{}, ErrBeforeCoverage
	}
	return d, nil
}
