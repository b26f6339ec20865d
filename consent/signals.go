package consent

import "net/http"

// Signals are the privacy preferences a browser sends with a request.
type Signals struct {
	// GPC is the Global Privacy Control: true only when a Sec-GPC header
	// field has exactly the value "1" (law.md §16). Where a law honours it
	// (11 CCR §7025 and the other universal opt-out states) it opts the
	// subject out of sale, sharing and targeted advertising; it is never a
	// withdrawal of GDPR consent.
	GPC bool
	// DNT is Do Not Track: true only when a DNT header field has exactly the
	// value "1". No law makes it binding; policy §6.2 describes it as the
	// wish that information about visits not be collected over time and
	// across websites, so it switches off cross-site tracking purposes.
	DNT bool
}

// SignalsFrom reads the Sec-GPC and DNT header fields exactly as their
// specifications say: a signal is on only if a field's value is exactly "1"
// (no spaces, no other value); with several fields of one name, any field
// exactly "1" turns it on, and otherwise it is absent. Values such as "true",
// " 1", "1, 1" or "0" are ignored.
func SignalsFrom(h http.Header) Signals {
	return Signals{GPC: exactlyOne(h.Values("Sec-GPC")), DNT: exactlyOne(h.Values("DNT"))}
}

func exactlyOne(values []string) bool {
	for _, v := range values {
		if v == "1" {
			return true
		}
	}
	return false
}
