package consent

import (
	"fmt"
	"log/slog"
	"strconv"

	"github.com/clootrack/privacy/jurisdiction"
)

// Facts are the circumstances of one decision that do not come from the
// ledger: where the subject is, how old they are if known, and the signals
// their browser sends. The zero Facts mean "place and age unknown, no
// signals", which decides in the most protective way.
type Facts struct {
	Place   jurisdiction.Place
	Age     Age
	Signals Signals
}

// Format implements [fmt.Formatter]: every verb prints the place, whether
// the age is known, and the signals, never the age itself. (A Facts without
// this method would print its Age raw through a pointer under a verb such as
// %s, where fmt stops calling the methods of the fields it prints.)
func (f Facts) Format(s fmt.State, verb rune) {
	place := "unknown"
	if !f.Place.IsZero() {
		place = f.Place.String()
	}
	writeAll(s, "consent.Facts{Place:"+place+" Age:"+f.Age.String()+
		" GPC:"+strconv.FormatBool(f.Signals.GPC)+" DNT:"+strconv.FormatBool(f.Signals.DNT)+"}")
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

// String says whether the age is known, never what it is: an age is personal
// data. [Age.Years] gives it to the code that decides with it.
func (a Age) String() string {
	if a.known {
		return redacted
	}
	return "unknown"
}

// Format implements [fmt.Formatter]: every verb prints [Age.String], also
// for an Age inside [Facts].
func (a Age) Format(f fmt.State, verb rune) { writeAll(f, a.String()) }

// GoString returns the same text as String, so %#v is safe too.
func (a Age) GoString() string { return a.String() }

// LogValue implements [slog.LogValuer] with the text of String.
func (a Age) LogValue() slog.Value { return slog.StringValue(a.String()) }
