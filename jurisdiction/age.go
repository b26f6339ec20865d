package jurisdiction

import (
	"errors"
	"time"
)

// ErrNoAgeRule reports that the tables hold no rule of the kind asked for in that
// place on that date (for example a digital-consent age for Texas). Callers
// should fall back to their most protective rule, such as [PolicyMinimumAge].
var ErrNoAgeRule = errors.New("jurisdiction: no age rule for this place and date")

// ErrInvalidAge reports a negative age.
var ErrInvalidAge = errors.New("jurisdiction: invalid age")

// AgeRule is an age threshold in force in a place for a span of dates: below
// Age, a person cannot give the consent in question alone. An AgeRule is a
// plain value: the package hands out copies, safe to use concurrently.
type AgeRule struct {
	Age       int
	Place     Place    // the country or subdivision the rule is written for
	Regime    RegimeID // the regime it belongs to; empty for the policy's own rule
	Citation  string
	Effective Validity

	// Default is set when no national derogation exists and the regime's
	// default applies (GDPR Art. 8(1): 16).
	Default bool

	Verify bool   // law.md marks the row VERIFY or unverified: override it if you know better
	Note   string // caveats
}

// policyEffective is the revision date of the Clootrack privacy policy.
var policyEffective = ymd(2025, time.August, 4)

// PolicyMinimumAge returns the Clootrack privacy policy's own age floor:
// the Platform is not for anyone under 18 (§12.1). It is a separate rule from
// the law's ages and, being higher than all of them, is the one the library
// enforces for sign-up.
func PolicyMinimumAge() AgeRule {
	return AgeRule{
		Age:       18,
		Citation:  "Clootrack privacy policy §12.1 (as updated on 2025-08-04)",
		Effective: Validity{From: policyEffective},
		Note:      "The Platform is not intended for users below 18; a child's data is deleted promptly.",
	}
}

// DigitalConsentAge returns the age from which a person can consent alone,
// in p on the date of at, to the processing a regime conditions on age:
//
//   - in the EU GDPR's territory, the age for information-society services of
//     GDPR Art. 8(1), as each member state set it (16 where it made no
//     derogation; Denmark 13 until 2023-12-31 and 15 from 2024-01-01);
//   - in the UK, 13 (Data Protection Act 2018 s.9);
//   - in India, 18 (DPDP Act 2023 s.2(f) and s.9);
//   - in California, 16 for the sale or sharing of personal information
//     (Cal. Civ. Code §1798.120(c)); see [SaleAuthoriser] for who authorises
//     below it.
//
// A subdivision uses its country's rule; an ISO country that is part of a
// member state (GP, AX, …) uses that state's. Rows law.md marks VERIFY
// (Slovenia, Iceland, Liechtenstein, Norway) carry Verify and can be replaced
// through [Options].
//
// Errors: [ErrNoAgeRule] where the tables hold no age (most US states, China);
// [ErrUnknownPlace], [ErrNeedSubdivision], [ErrZeroTime], [ErrBeforeCoverage]
// as for [Applicable].
func DigitalConsentAge(p Place, at time.Time) (AgeRule, error) {
	return builtin.DigitalConsentAge(p, at)
}

// DigitalConsentAge is the package-level [DigitalConsentAge] evaluated on
// this dataset.
func (ds *Dataset) DigitalConsentAge(p Place, at time.Time) (AgeRule, error) {
	ds = ds.tables()
	if p.IsZero() {
		return AgeRule{}, ErrUnknownPlace
	}
	if p.code == "US" {
		return AgeRule{}, ErrNeedSubdivision
	}
	d, err := civilDate(at)
	if err != nil {
		return AgeRule{}, err
	}
	keys, n := ageKeys(p)
	for _, key := range keys[:n] {
		for _, r := range ds.ages[key] {
			if r.Effective.Contains(d) && ds.regimeCovers(r.Regime, p, d) {
				return r, nil
			}
		}
	}
	if ds.regimeCovers(GDPR, p, d) {
		return AgeRule{
			Age:       16,
			Place:     ageCountry(p),
			Regime:    GDPR,
			Citation:  "GDPR Art. 8(1) (no national derogation)",
			Effective: Validity{From: coverageStart},
			Default:   true,
		}, nil
	}
	return AgeRule{}, ErrNoAgeRule
}

// ageKeys lists the table keys consulted for p, most specific first: the
// place itself, its country, and the member state a territory belongs to.
func ageKeys(p Place) (keys [3]string, n int) {
	keys[0], n = p.code, 1
	if p.IsSubdivision() {
		keys[n], n = p.Country().code, n+1
	}
	if state, ok := territoryOf[p.Country().code]; ok {
		keys[n], n = state, n+1
	}
	return keys, n
}

// ageCountry returns the state whose Art. 8 rule governs p.
func ageCountry(p Place) Place {
	c := p.Country()
	if state, ok := territoryOf[c.code]; ok {
		return Place{code: countrySet[state]}
	}
	return c
}

// Authoriser is who must affirmatively authorise the sale or sharing of a
// minor's personal information.
//
// The zero value is [AuthoriserParent], the most protective answer. An
// Authoriser is a plain value, safe for concurrent use.
type Authoriser uint8

const (
	// AuthoriserParent: a parent or guardian must authorise (under 13).
	AuthoriserParent Authoriser = iota
	// AuthoriserConsumer: the consumer must opt in personally (13 to 15).
	AuthoriserConsumer
	// AuthoriserNone: no affirmative authorisation is needed; the consumer
	// may opt out (16 and over).
	AuthoriserNone
)

// String returns "parent or guardian", "consumer" or "none".
func (a Authoriser) String() string {
	switch a {
	case AuthoriserConsumer:
		return "consumer"
	case AuthoriserNone:
		return "none"
	}
	return "parent or guardian"
}

// AgeBand is a range of ages, both ends included, with who must authorise
// the sale or sharing of personal information of consumers in it. An
// AgeBand is a plain value, safe to copy and to use concurrently.
type AgeBand struct {
	Min, Max   int // Max < 0 means no upper bound
	Authoriser Authoriser
	Citation   string
}

// Contains reports whether age falls in the band.
func (b AgeBand) Contains(age int) bool {
	return age >= b.Min && (b.Max < 0 || age <= b.Max)
}

// cpraBands are the bands of Cal. Civ. Code §1798.120(c)-(d) (law.md §8).
var cpraBands = [...]AgeBand{
	{Min: 0, Max: 12, Authoriser: AuthoriserParent,
		Citation: "Cal. Civ. Code §1798.120(c); Cal. Code Regs. tit. 11, §7070 (verifiable parental authorisation)"},
	{Min: 13, Max: 15, Authoriser: AuthoriserConsumer,
		Citation: "Cal. Civ. Code §1798.120(c); Cal. Code Regs. tit. 11, §7071 (opt-in by the consumer)"},
	{Min: 16, Max: -1, Authoriser: AuthoriserNone,
		Citation: "Cal. Civ. Code §1798.120(a) (right to opt out)"},
}

// CPRAMinorBands returns the California age bands for the sale or sharing of
// a minor's personal information (Cal. Civ. Code §1798.120(c)): under 13 a
// parent or guardian must authorise; 13 to 15 the consumer must opt in; from
// 16 the ordinary opt-out applies. "Sharing" joined "sale" on 2023-01-01
// (CPRA). The result is a fresh slice.
func CPRAMinorBands() []AgeBand { return append([]AgeBand(nil), cpraBands[:]...) }

// SaleAuthoriser returns the band that applies to a consumer of the given age
// in p on the date of at: who must authorise the sale or sharing of their
// personal information, with its citation. It knows California only
// (Cal. Civ. Code §1798.120(c), from 2020-01-01); a business with actual
// knowledge of the age, or that wilfully disregards it, must apply it.
//
// Errors: [ErrInvalidAge] for a negative age; [ErrNoAgeRule] outside California;
// [ErrUnknownPlace], [ErrNeedSubdivision], [ErrZeroTime], [ErrBeforeCoverage]
// as for [Applicable].
func SaleAuthoriser(p Place, at time.Time, age int) (AgeBand, error) {
	return builtin.SaleAuthoriser(p, at, age)
}

// SaleAuthoriser is the package-level [SaleAuthoriser] evaluated on this
// dataset.
func (ds *Dataset) SaleAuthoriser(p Place, at time.Time, age int) (AgeBand, error) {
	ds = ds.tables()
	if age < 0 {
		return AgeBand{}, ErrInvalidAge
	}
	regimes, err := ds.Applicable(p, at)
	if err != nil {
		return AgeBand{}, err
	}
	for _, r := range regimes {
		if r.ID != CCPA {
			continue
		}
		for _, b := range cpraBands {
			if b.Contains(age) {
				return b, nil
			}
		}
	}
	return AgeBand{}, ErrNoAgeRule
}
