package consent

import (
	"math/rand/v2"
	"net/netip"
	"testing"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// t0 is a fixed instant the tests start from.
var t0 = time.Date(2025, time.September, 1, 12, 0, 0, 0, time.UTC)

// seededEntropy returns a deterministic entropy source for IDs.
func seededEntropy(seed uint64) *rand.ChaCha8 {
	var s [32]byte
	for i := range 8 {
		s[i] = byte(seed >> (8 * i))
	}
	return rand.NewChaCha8(s)
}

// eventMaker makes valid, unchained events with deterministic ids.
type eventMaker struct {
	ids *idSource
	at  time.Time
}

func newEventMaker() *eventMaker {
	return &eventMaker{ids: newIDSource(seededEntropy(1)), at: t0}
}

func (m *eventMaker) make(t testing.TB, subject string, kind Kind, purposes ...PurposeID) Event {
	t.Helper()
	m.at = m.at.Add(time.Second)
	id, err := m.ids.next(m.at)
	require.NoError(t, err)
	return Event{
		ID:        id,
		Kind:      kind,
		Subject:   MustSubject(subject),
		Purposes:  normalizePurposes(purposes),
		Notice:    NoticeRef{ID: "privacy-policy", Version: 1, Hash: HashText([]byte("notice v1"))},
		Mechanism: MechanismBannerSave,
		Place:     jurisdiction.MustParsePlace("DE"),
		Evidence: Evidence{
			UserAgent: "Mozilla/5.0 (test)",
			Network:   TruncateIP(netip.MustParseAddr("203.0.113.77")),
			GPC:       kind == KindDeny,
		},
		At: m.at,
	}
}

// chain links events into a valid ledger.
func chain(t testing.TB, events ...Event) []Event {
	t.Helper()
	var head Head
	out := make([]Event, 0, len(events))
	for _, e := range events {
		c, err := Chain(head, e)
		require.NoError(t, err)
		out = append(out, c)
		head = Head{Seq: c.Seq, Hash: c.Hash}
	}
	return out
}

// eventCmp compares events (and decisions) with go-cmp: the types with
// unexported fields compare with ==.
var eventCmp = cmp.Options{
	cmp.Comparer(func(a, b Subject) bool { return a == b }),
	cmp.Comparer(func(a, b jurisdiction.Place) bool { return a == b }),
	cmp.Comparer(func(a, b netip.Prefix) bool { return a == b }),
}

// regimeCatalog is a small catalog that follows the regimes' own defaults:
// no policy-wide opt-in, no age floor. It lets tests see the law's rules
// (CCPA opt-out, guardians) that the Clootrack policy is stricter than.
func regimeCatalog() Catalog {
	return Catalog{
		Controller: Controller{Name: "Example Ltd", Contact: "privacy@example.com"},
		Purposes: []Purpose{
			{ID: "service", Name: "Service", Description: "Run the service.", Basis: BasisContract, Essential: true, Clause: "§1"},
			{ID: "ads", Name: "Ads", Description: "Targeted ads.", Basis: BasisConsent,
				Activities: ActivityTargetedAdvertising | ActivitySharing | ActivityCrossSiteTracking, Clause: "§2"},
			{ID: "analytics", Name: "Analytics", Description: "Usage analytics.", Basis: BasisConsent, Clause: "§3"},
			{ID: "insights", Name: "Insights", Description: "Aggregate insights.", Basis: BasisLegitimateInterest, Clause: "§4"},
			{ID: "sale", Name: "Sale", Description: "Sell data.", Basis: BasisConsent, Activities: ActivitySale, Clause: "§5"},
		},
		Notices: []Notice{{ID: "notice", Version: 1, Revised: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), Hash: HashText([]byte("v1")), Material: true}},
	}
}

// grant builds a grant event for a state test (no chain needed).
func grantEvent(subject string, at time.Time, mech Mechanism, ps ...PurposeID) Event {
	return Event{ID: testID(at), Kind: KindGrant, Subject: MustSubject(subject), Purposes: ps,
		Notice: NoticeRef{Version: 1}, Mechanism: mech, At: at}
}

func testID(at time.Time) ID {
	id, _ := newIDSource(seededEntropy(uint64(at.UnixNano()))).next(at)
	return id
}

func place(s string) jurisdiction.Place { return jurisdiction.MustParsePlace(s) }

func zeroTime() time.Time { return time.Time{} }

func mustDate(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}
