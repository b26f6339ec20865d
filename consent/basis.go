package consent

// Basis is the lawful basis of a purpose under GDPR Art. 6(1) (and its UK,
// Indian, Brazilian and other equivalents). The zero Basis is invalid: a
// purpose must say why it is lawful.
type Basis uint8

// The six lawful bases of GDPR Art. 6(1)(a)–(f).
const (
	BasisConsent            Basis = iota + 1 // Art. 6(1)(a): the subject agreed
	BasisContract                            // Art. 6(1)(b): needed to perform a contract with the subject
	BasisLegalObligation                     // Art. 6(1)(c): needed to comply with a legal obligation
	BasisVitalInterests                      // Art. 6(1)(d): needed to protect someone's life
	BasisPublicTask                          // Art. 6(1)(e): a task in the public interest or official authority
	BasisLegitimateInterest                  // Art. 6(1)(f): the controller's legitimate interests, subject to objection (Art. 21)
)

var basisNames = [...]string{
	BasisConsent:            "consent",
	BasisContract:           "contract",
	BasisLegalObligation:    "legal-obligation",
	BasisVitalInterests:     "vital-interests",
	BasisPublicTask:         "public-task",
	BasisLegitimateInterest: "legitimate-interest",
}

var basisCitations = [...]string{
	BasisConsent:            "GDPR Art. 6(1)(a)",
	BasisContract:           "GDPR Art. 6(1)(b)",
	BasisLegalObligation:    "GDPR Art. 6(1)(c)",
	BasisVitalInterests:     "GDPR Art. 6(1)(d)",
	BasisPublicTask:         "GDPR Art. 6(1)(e)",
	BasisLegitimateInterest: "GDPR Art. 6(1)(f)",
}

// Valid reports whether b is one of the six bases.
func (b Basis) Valid() bool { return b >= BasisConsent && b <= BasisLegitimateInterest }

// String returns the basis as a lower-case word ("consent",
// "legitimate-interest"), or "invalid" for a value outside the six.
func (b Basis) String() string {
	if !b.Valid() {
		return "invalid"
	}
	return basisNames[b]
}

// Citation returns the article that defines the basis, e.g. "GDPR Art. 6(1)(a)".
func (b Basis) Citation() string {
	if !b.Valid() {
		return ""
	}
	return basisCitations[b]
}

// basisFamily says which statute's Art. 6 a decision may cite for a
// purpose's lawful basis: the EU GDPR's, the UK GDPR's, or neither (the
// CCPA, the DPDP Act and the others define no Art. 6 bases, so a decision
// there cites the policy clause alone).
type basisFamily uint8

const (
	basisOther basisFamily = iota
	basisGDPR
	basisUKGDPR
	basisFamilies
)

// citationIn returns b's citation as the family's statute writes it.
func (b Basis) citationIn(f basisFamily) string {
	switch {
	case !b.Valid() || f == basisOther:
		return ""
	case f == basisUKGDPR:
		return "UK " + basisCitations[b]
	}
	return basisCitations[b]
}
