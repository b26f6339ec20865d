package consent

import "github.com/clootrack/privacy/jurisdiction"

// Facts are the circumstances of one decision that do not come from the
// ledger: where the subject is, how old they are if known, and the signals
// their browser sends. The zero Facts mean "place and age unknown, no
// signals", which decides in the most protective way.
type Facts struct {
	Place   jurisdiction.Place
	Age     Age
	Signals Signals
}

// Age is a subject's age in whole years, if known. The zero Age is unknown.
type Age struct {
	years int16
	known bool
}

// AgeOf returns a known age. A negative or absurd age (over 150) gives the
// unknown Age.
func AgeOf(years int) Age {
	if years < 0 || years > 150 {
		return Age{}
	}
	return Age{years: int16(years), known: true}
}

// Years returns the age and whether it is known.
func (a Age) Years() (int, bool) { return int(a.years), a.known }
