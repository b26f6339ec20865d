package consent

import (
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

// Reason says why a [Decision] came out as it did.
type Reason uint8

// Reasons. Each decision has exactly one; [Decision.Rule] cites the clause or
// statute behind it.
const (
	// ReasonNoState: there is no consent state (a nil *State, or a request
	// that did not pass through a Gate), and everything is denied; or a
	// [Gate] could not read the subject's record, and every purpose that
	// is not essential, prohibited or decided by a rule above is denied.
	ReasonNoState Reason = iota
	// ReasonUnknownPurpose: the purpose is not in the catalog. Denied: an
	// unknown purpose is never allowed (fail closed).
	ReasonUnknownPurpose
	// ReasonProhibited: a prohibition forbids the purpose (for the data's
	// source); no consent can lift it.
	ReasonProhibited
	// ReasonEssential: the purpose is essential to the service; it needs no
	// consent and cannot be opted out of (policy §6.3).
	ReasonEssential
	// ReasonMinor: the subject is below an age that bars the purpose.
	ReasonMinor
	// ReasonOptOutSignal: a Global Privacy Control signal opts the subject
	// out, where the law honours it (11 CCR §7025(c)(1)).
	ReasonOptOutSignal
	// ReasonDoNotTrack: a Do Not Track signal switches off cross-site
	// tracking, as the policy promises (§6.2); no law makes this binding.
	ReasonDoNotTrack
	// ReasonGranted: a valid grant on record allows the purpose.
	ReasonGranted
	// ReasonGuardianGranted: a parent or guardian's grant allows the
	// purpose for a minor, where the law lets a guardian consent.
	ReasonGuardianGranted
	// ReasonNoConsent: consent is needed and none is on record.
	ReasonNoConsent
	// ReasonRefused: the subject refused, objected or opted out.
	ReasonRefused
	// ReasonWithdrawn: the subject withdrew consent (effective at once).
	ReasonWithdrawn
	// ReasonExpired: the consent is too old, or was expired, and must be renewed.
	ReasonExpired
	// ReasonNoticeChanged: the consent was given to a notice since changed
	// materially; fresh consent is needed (policy §19.1).
	ReasonNoticeChanged
	// ReasonOptOutDefault: the law allows the purpose until the subject opts
	// out (CCPA §1798.120), and no opt-out is on record.
	ReasonOptOutDefault
	// ReasonLegitimateInterest: the purpose rests on legitimate interest or
	// another basis than consent, and the subject has not objected.
	ReasonLegitimateInterest

	reasonEnd
)

var reasonText = [...]string{
	ReasonNoState:            "no consent state",
	ReasonUnknownPurpose:     "unknown purpose",
	ReasonProhibited:         "prohibited",
	ReasonEssential:          "essential",
	ReasonMinor:              "subject is a minor",
	ReasonOptOutSignal:       "opted out by Global Privacy Control",
	ReasonDoNotTrack:         "Do Not Track",
	ReasonGranted:            "granted",
	ReasonGuardianGranted:    "granted by a guardian",
	ReasonNoConsent:          "no consent on record",
	ReasonRefused:            "refused",
	ReasonWithdrawn:          "withdrawn",
	ReasonExpired:            "consent expired",
	ReasonNoticeChanged:      "notice changed materially since consent",
	ReasonOptOutDefault:      "allowed until opt-out",
	ReasonLegitimateInterest: "legitimate interest, no objection",
}

// String returns the reason in a few words.
func (r Reason) String() string {
	if r >= reasonEnd {
		return "invalid"
	}
	return reasonText[r]
}

// Decision answers "may this subject's data be used for this purpose, now?"
// with its reason, so that the answer can be shown to an auditor. The zero
// Decision denies with [ReasonNoState].
//
// Decision is a small value; making one allocates nothing.
type Decision struct {
	// Purpose is the purpose asked about; empty if the id asked about was
	// malformed (such input is never echoed: it could hold anything).
	Purpose PurposeID
	Allowed bool
	Reason  Reason

	// Rule cites what decided: a policy clause ("§3.3, §13.1, §15.2") or a
	// statute ("GDPR Art. 7(3)").
	Rule string

	// Event is the ledger event that decided, if one did (a grant, refusal
	// or withdrawal); zero when a rule decided alone.
	Event ID

	// Regime is the law whose rule applied, if one did. With Overrides set it
	// is the law whose more permissive default a stricter rule overrode
	// (the CCPA's opt-out model, overridden by the policy's ban on sale).
	Regime    jurisdiction.RegimeID
	Overrides bool

	// Until is when an allowing grant lapses and must be renewed; zero if
	// the decision does not rest on a grant.
	Until time.Time

	// Ask reports whether the service may ask the subject for consent now:
	// true when none is on record, after expiry or a material notice
	// change, and after a refusal once the re-ask window has passed or the
	// notice has changed materially — but, where the CCPA applies, not
	// within a year of an opt-out of sale or sharing ([PolicyOptions]).
	Ask bool
}

// String describes the decision in one line, e.g.
// "sale: denied, prohibited (§3.3, §13.1, §15.2; overrides US-CA-CCPA)".
// It holds no personal data: a malformed purpose id prints as a placeholder.
func (d Decision) String() string {
	verdict := "denied"
	if d.Allowed {
		verdict = "allowed"
	}
	s := printablePurpose(d.Purpose) + ": " + verdict + ", " + d.Reason.String()
	var extra string
	if d.Rule != "" {
		extra = d.Rule
	}
	if d.Regime != "" {
		if extra != "" {
			extra += "; "
		}
		if d.Overrides {
			extra += "overrides "
		}
		extra += string(d.Regime)
	}
	if !d.Event.IsZero() {
		if extra != "" {
			extra += "; "
		}
		extra += "event " + d.Event.String()
	}
	if extra != "" {
		s += " (" + extra + ")"
	}
	return s
}
