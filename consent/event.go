package consent

import (
	"slices"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

// Kind is what a ledger event does to the purposes it names.
type Kind uint8

// The four kinds of ledger event.
const (
	// KindGrant records that the subject (or a guardian) agreed.
	KindGrant Kind = iota + 1
	// KindDeny records that the subject refused, or objected to a purpose
	// resting on legitimate interest (GDPR Art. 21), or opted out (CCPA
	// §1798.120) — for example through an opt-out preference signal.
	KindDeny
	// KindWithdraw records that the subject withdrew an earlier consent
	// (GDPR Art. 7(3); policy §6.4). It takes effect at once.
	KindWithdraw
	// KindExpire records that a consent lapsed by age and must be renewed.
	KindExpire

	kindEnd
)

var kindNames = [...]string{KindGrant: "grant", KindDeny: "deny", KindWithdraw: "withdraw", KindExpire: "expire"}

// String returns "grant", "deny", "withdraw" or "expire", "invalid" otherwise.
func (k Kind) String() string {
	if k == 0 || k >= kindEnd {
		return "invalid"
	}
	return kindNames[k]
}

// Valid reports whether k is one of the four kinds.
func (k Kind) Valid() bool { return k > 0 && k < kindEnd }

// Mechanism is how a choice reached the ledger (law.md §18 "how").
type Mechanism uint8

// Mechanisms.
const (
	MechanismBannerAccept     Mechanism = iota + 1 // "accept all" on a consent banner
	MechanismBannerReject                          // "reject all" on a consent banner
	MechanismBannerSave                            // individual choices saved on a banner or settings page
	MechanismAPI                                   // a call from the controller's own systems on the subject's instruction
	MechanismEmailUnsubscribe                      // an unsubscribe link or an e-mail request (policy §3.8, §6.3, §21.1)
	MechanismGPC                                   // a Global Privacy Control signal (Sec-GPC: 1)
	MechanismDNT                                   // a Do Not Track signal (DNT: 1; policy §6.2)
	MechanismGuardian                              // a parent or guardian acting for a minor (GDPR Art. 8; DPDP s.9; CCPA §1798.120(c))
	MechanismSystem                                // the ledger itself, e.g. expiry of an old consent

	mechanismEnd
)

var mechanismNames = [...]string{
	MechanismBannerAccept:     "banner-accept",
	MechanismBannerReject:     "banner-reject",
	MechanismBannerSave:       "banner-save",
	MechanismAPI:              "api",
	MechanismEmailUnsubscribe: "email-unsubscribe",
	MechanismGPC:              "gpc",
	MechanismDNT:              "dnt",
	MechanismGuardian:         "guardian",
	MechanismSystem:           "system",
}

// String returns the mechanism as a lower-case word ("banner-accept"),
// "invalid" otherwise.
func (m Mechanism) String() string {
	if m == 0 || m >= mechanismEnd {
		return "invalid"
	}
	return mechanismNames[m]
}

// Valid reports whether m is a defined mechanism.
func (m Mechanism) Valid() bool { return m > 0 && m < mechanismEnd }

// isSignal reports whether m is a browser signal, which can opt out but
// never opt in.
func (m Mechanism) isSignal() bool { return m == MechanismGPC || m == MechanismDNT }

// Event is one record of the consent ledger: a grant, refusal, withdrawal or
// expiry of consent to some purposes, with the evidence GDPR Art. 7(1) needs
// to demonstrate it (who, when, which text, how, where).
//
// The ledger fills ID and At when an event is recorded, and the store fills
// Seq, Prev and Hash when it is appended. Events are values: the ledger and
// stores copy them, and callers must not change a returned event's Purposes.
type Event struct {
	ID        ID                 // ULID, unique, time-ordered
	Seq       uint64             // position in the ledger, from 1, no gaps
	Kind      Kind               // grant, deny, withdraw or expire
	Subject   Subject            // the pseudonymous subject
	Purposes  []PurposeID        // the purposes concerned, sorted, no duplicates
	Notice    NoticeRef          // the notice version shown, with its digest
	Mechanism Mechanism          // how the choice was made
	Place     jurisdiction.Place // where the subject was, if known
	Evidence  Evidence           // user agent, truncated network, signals seen
	At        time.Time          // when it was recorded (UTC)
	Prev      Digest             // the previous record's Hash (zero for the first)
	Hash      Digest             // SHA-256 over this record's canonical encoding, Prev included
}

// Head identifies the end of a ledger: the last record's sequence number and
// hash. The zero Head is an empty ledger. Saving a Head somewhere the
// ledger's writer cannot change (a log shipped elsewhere, another system)
// and checking it later with [VerifyAgainst] or [FileOptions].SavedHead
// detects the removal of whole records from the end, which a chain alone
// cannot show. A Head encodes to JSON as {"Seq":12,"Hash":"<64 hex>"}.
type Head struct {
	Seq  uint64
	Hash Digest
}

// clone returns a copy of e that shares no memory with it.
func (e Event) clone() Event {
	e.Purposes = slices.Clone(e.Purposes)
	return e
}

// normalizePurposes sorts and de-duplicates ps into a new slice.
func normalizePurposes(ps []PurposeID) []PurposeID {
	out := slices.Clone(ps)
	slices.Sort(out)
	return slices.Compact(out)
}
