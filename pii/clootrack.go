package pii

// This file holds the Clootrack privacy policy's rules for personal data: the default
// treatment of each sensitivity in each sink, and the rules no tag or option can break.

// defaultTreatments gives, for each sensitivity, the treatment in each sink. No default is
// TreatmentClear: personal data leaves a process in clear only when a tag or an override
// asks for it. Entry 0 is unused.
var defaultTreatments = [numSensitivities][numSinks]Treatment{
	//                    log              api              export        analytics
	SensitivityLow:      {TreatmentRedact, TreatmentRedact, TreatmentSeal, TreatmentPseudonym},
	SensitivityModerate: {TreatmentMask, TreatmentMask, TreatmentSeal, TreatmentPseudonym},
	SensitivityHigh:     {TreatmentRedact, TreatmentMask, TreatmentSeal, TreatmentDrop},
	SensitivitySpecial:  {TreatmentRedact, TreatmentRedact, TreatmentSeal, TreatmentDrop},
	SensitivitySecret:   {TreatmentRedact, TreatmentRedact, TreatmentDrop, TreatmentDrop},
}

// A policyRule forbids some treatments of some categories in some sinks.
type policyRule struct {
	clause   string
	reason   string
	applies  func(Category, Sink) bool
	forbids  func(Treatment) bool
	category Category // for documentation and tests: one category the rule covers
}

// policyRules are the rules of the Clootrack policy that no tag or override may break.
var policyRules = []policyRule{
	{
		clause: "§17",
		reason: "a credential is never emitted in any form, not even pseudonymized or sealed",
		applies: func(c Category, _ Sink) bool {
			return c.Sensitivity() == SensitivitySecret
		},
		forbids: func(t Treatment) bool {
			return t != TreatmentRedact && t != TreatmentDrop
		},
		category: CategoryPassword,
	},
	{
		clause: "§2.6, §3.9",
		reason: "payment data is never logged in clear",
		applies: func(c Category, s Sink) bool {
			return s == SinkLog && (c == CategoryCard || c == CategoryBankAccount || c == CategoryBillingAddress)
		},
		forbids:  func(t Treatment) bool { return t == TreatmentClear },
		category: CategoryCard,
	},
	{
		clause: "§3.5",
		reason: "IP addresses in server logs are redacted or truncated",
		applies: func(c Category, s Sink) bool {
			return s == SinkLog && c == CategoryIP
		},
		forbids:  func(t Treatment) bool { return t == TreatmentClear },
		category: CategoryIP,
	},
}

// CheckTreatment reports whether the policy allows treatment t for category c in sink s. It
// returns nil, or a [*PolicyError] naming the rule's clause, which matches
// [ErrForbiddenTreatment]. An invalid category, sink or treatment is an error too.
//
// The rules: a credential (§17) is only ever redacted or dropped; payment data (§2.6, §3.9)
// and IP addresses (§3.5) are never logged in clear.
func CheckTreatment(c Category, s Sink, t Treatment) error {
	switch {
	case !c.Valid():
		return ErrUnknownCategory
	case !s.Valid():
		return ErrUnknownSink
	case !t.Valid():
		return ErrUnknownTreatment
	}
	for _, r := range policyRules {
		if r.applies(c, s) && r.forbids(t) {
			return &PolicyError{Category: c, Sink: s, Treatment: t, Clause: r.clause, Reason: r.reason}
		}
	}
	return nil
}
