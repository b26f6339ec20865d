package consenttest

import (
	"net/netip"
	"time"

	"github.com/clootrack/privacy/consent"
	"github.com/clootrack/privacy/jurisdiction"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Options returns the go-cmp options needed to compare consent values
// (events, decisions, states' decisions, receipts): types with unexported
// fields — consent.Subject, jurisdiction.Place, netip.Prefix — compare with
// ==. Add [IgnoreIdentity] or [EquateTimes] as the test needs.
func Options() cmp.Option {
	return cmp.Options{
		cmp.Comparer(func(a, b consent.Subject) bool { return a == b }),
		cmp.Comparer(func(a, b jurisdiction.Place) bool { return a == b }),
		cmp.Comparer(func(a, b netip.Prefix) bool { return a == b }),
	}
}

// IgnoreIdentity ignores what differs between two otherwise equal runs:
// event ids, sequence numbers and chain hashes, and the event a decision
// names. Use it to compare events recorded by a test with expected ones.
func IgnoreIdentity() cmp.Option {
	return cmp.Options{
		cmpopts.IgnoreFields(consent.Event{}, "ID", "Seq", "Prev", "Hash"),
		cmpopts.IgnoreFields(consent.Decision{}, "Event"),
	}
}

// EquateTimes treats times within margin of each other as equal (for tests
// that record with a real clock).
func EquateTimes(margin time.Duration) cmp.Option {
	return cmpopts.EquateApproxTime(margin)
}
