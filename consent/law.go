package consent

import (
	"errors"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

// lawSource is the part of package jurisdiction a policy consults;
// *jurisdiction.Dataset implements it, and builtinLaw forwards to the
// package-level functions.
type lawSource interface {
	Applicable(p jurisdiction.Place, at time.Time) ([]jurisdiction.Regime, error)
	OptOutSignal(p jurisdiction.Place, at time.Time) (jurisdiction.SignalRule, error)
	DigitalConsentAge(p jurisdiction.Place, at time.Time) (jurisdiction.AgeRule, error)
	SaleAuthoriser(p jurisdiction.Place, at time.Time, age int) (jurisdiction.AgeBand, error)
}

func newLawSource(ds *jurisdiction.Dataset) lawSource {
	if ds == nil {
		return builtinLaw{}
	}
	return ds
}

type builtinLaw struct{}

func (builtinLaw) Applicable(p jurisdiction.Place, at time.Time) ([]jurisdiction.Regime, error) {
	return jurisdiction.Applicable(p, at)
}

func (builtinLaw) OptOutSignal(p jurisdiction.Place, at time.Time) (jurisdiction.SignalRule, error) {
	return jurisdiction.OptOutSignal(p, at)
}

func (builtinLaw) DigitalConsentAge(p jurisdiction.Place, at time.Time) (jurisdiction.AgeRule, error) {
	return jurisdiction.DigitalConsentAge(p, at)
}

func (builtinLaw) SaleAuthoriser(p jurisdiction.Place, at time.Time, age int) (jurisdiction.AgeBand, error) {
	return jurisdiction.SaleAuthoriser(p, at, age)
}

// Citations of the consent rules of each regime. Where a regime is missing
// here, a decision cites the regime's own citation.
var (
	optInCitations = map[jurisdiction.RegimeID]string{
		jurisdiction.GDPR:   "GDPR Art. 6(1)(a), Art. 7",
		jurisdiction.UKGDPR: "UK GDPR Art. 6(1)(a), Art. 7",
		jurisdiction.DPDP:   "DPDP Act 2023 s.6",
		jurisdiction.LGPD:   "LGPD Art. 7(I), Art. 8",
	}
	optOutCitations = map[jurisdiction.RegimeID]string{
		jurisdiction.CCPA: "Cal. Civ. Code §1798.120",
	}
)

const (
	ruleUnknownPlace   = "law unknown for the place and date (place unknown, a country that needs its state, or a date outside the tables): consent required (fail closed)"
	ruleNoRegime       = "no regime known for the place: consent required (fail closed)"
	ruleGPCUnknown     = "law unknown for the place and date: Global Privacy Control honoured (fail closed)"
	ruleGPCVoluntary   = "Global Privacy Control honoured by policy choice"
	ruleGPCDefault     = "Cal. Code Regs. tit. 11, §7025(c)(1)"
	ruleDNT            = "policy §6.2 (Do Not Track honoured by the policy; no law makes it binding)"
	ruleNoticeChanged  = "policy §19.1 (material change: fresh consent needed)"
	ruleWithdrawn      = "GDPR Art. 7(3); policy §6.4"
	ruleWithdrawnAny   = "policy §6.4"
	ruleObjected       = "GDPR Art. 21(1)"
	ruleUnknownPurpose = "unknown purpose: denied (fail closed)"
	ruleNoState        = "no consent state: denied (fail closed)"
	ruleUnread         = "the subject's record could not be read: denied (fail closed)"
	ruleAgeUnknown     = "age unknown: treated as a minor by configuration"
	ruleAgeLawUnknown  = "age of digital consent unknown for the place: treated as a minor (fail closed)"
	ruleAgeNoRule      = "no age of digital consent in the tables for the place: under 18 treated as a minor, a guardian may consent (fail closed)"
	ruleChildTracking  = "DPDP Act 2023 s.9(3) (no tracking, behavioural monitoring or targeted advertising of children)"

	// failClosedAge is the age below which a subject counts as a minor
	// where the law's age cannot be found: the highest age of digital
	// consent in the tables (India, DPDP Act s.2(f)).
	failClosedAge = 18
)

// minorKind says why a subject counts as a minor.
type minorKind uint8

const (
	notMinor     minorKind = iota
	minorPolicy            // below the policy's floor: nothing optional, no guardian
	minorAssumed           // age unknown, configured to assume a minor
	minorLaw               // below the law's age: a guardian (or the minor) may grant where the law says
)

// childActivities are what DPDP s.9(3) forbids for children whatever the
// consent: tracking, behavioural monitoring, targeted advertising.
const childActivities = ActivityCrossSiteTracking | ActivityTargetedAdvertising | ActivitySharing | ActivityProfiling

// withdrawnRule cites what ends consent at once on withdrawal: GDPR
// Art. 7(3), or the UK GDPR's, where one applies, and the policy's promise
// (§6.4) everywhere. A statute that does not govern the processing is not
// cited.
func withdrawnRule(f basisFamily) string {
	switch f {
	case basisGDPR:
		return ruleWithdrawn
	case basisUKGDPR:
		return "UK " + ruleWithdrawn
	}
	return ruleWithdrawnAny
}

// objectedRule cites the right to object to processing on a basis other
// than consent: GDPR Art. 21(1), or the UK GDPR's, where one applies;
// elsewhere the purpose's own clause (clause).
func objectedRule(f basisFamily, clause string) string {
	switch f {
	case basisGDPR:
		return ruleObjected
	case basisUKGDPR:
		return "UK " + ruleObjected
	}
	return clause
}

// lawView is the law resolved for one subject, place and time.
type lawView struct {
	basis        basisFamily // whose Art. 6 a lawful-basis decision cites
	optIn        bool
	optInRegime  jurisdiction.RegimeID
	optInRule    string
	optOutRegime jurisdiction.RegimeID
	optOutRule   string

	gpc       bool
	gpcRegime jurisdiction.RegimeID
	gpcRule   string
	dnt       bool

	minor       minorKind
	minorRule   string
	minorRegime jurisdiction.RegimeID
	guardian    bool // a guardian's grant counts
	selfGrant   bool // the minor's own grant counts
	childBan    bool // DPDP s.9(3)

	required int // a grant must be to this notice version or later
}

func (p *Policy) resolve(f Facts, at time.Time) lawView {
	v := lawView{required: p.notices.requiredVersion(at), dnt: f.Signals.DNT}
	regimes, err := p.law.Applicable(f.Place, at)
	switch {
	case err != nil:
		v.optIn, v.optInRule = true, ruleUnknownPlace
	case len(regimes) == 0:
		v.optIn, v.optInRule = true, ruleNoRegime
	}
	isDPDP := false
	for _, r := range regimes {
		switch r.ID {
		case jurisdiction.DPDP:
			isDPDP = true
		case jurisdiction.GDPR:
			v.basis = basisGDPR
		case jurisdiction.UKGDPR:
			if v.basis != basisGDPR {
				v.basis = basisUKGDPR
			}
		}
		if r.Consent == jurisdiction.OptOut {
			if v.optOutRegime == "" {
				v.optOutRegime, v.optOutRule = r.ID, citationOr(optOutCitations, r)
			}
			continue
		}
		if !v.optIn {
			v.optIn, v.optInRegime, v.optInRule = true, r.ID, citationOr(optInCitations, r)
		}
	}

	if f.Signals.GPC {
		rule, err := p.law.OptOutSignal(f.Place, at)
		switch {
		case err != nil:
			v.gpc, v.gpcRule = true, ruleGPCUnknown
		case rule.Regime != "" && rule.Honour():
			v.gpc, v.gpcRegime, v.gpcRule = true, rule.Regime, rule.Citation
			if v.gpcRule == "" {
				v.gpcRule = ruleGPCDefault
			}
		case p.gpcAlways:
			v.gpc, v.gpcRule = true, ruleGPCVoluntary
		}
	}

	p.resolveAge(&v, f, at, isDPDP)
	return v
}

func citationOr(m map[jurisdiction.RegimeID]string, r jurisdiction.Regime) string {
	if c, ok := m[r.ID]; ok {
		return c
	}
	if r.Citation != "" {
		return r.Citation
	}
	return string(r.ID)
}

func (p *Policy) resolveAge(v *lawView, f Facts, at time.Time, isDPDP bool) {
	years, known := f.Age.Years()
	if !known {
		if p.assumeMinor {
			v.minor, v.minorRule = minorAssumed, ruleAgeUnknown
		}
		return
	}
	if floor := p.catalog.MinimumAge; floor.Age > 0 && years < floor.Age {
		v.minor, v.minorRule = minorPolicy, floor.Citation
		return
	}
	rule, err := p.law.DigitalConsentAge(f.Place, at)
	switch {
	case errors.Is(err, jurisdiction.ErrNoAgeRule):
		// A known place whose law the tables hold no age for (most US
		// states): fall back to the highest age of the tables, as package
		// jurisdiction advises, and let a parent or guardian consent, the
		// remedy every regime here offers.
		if years < failClosedAge {
			v.minor, v.minorRule, v.guardian = minorLaw, ruleAgeNoRule, true
		}
		return
	case err != nil:
		if years < failClosedAge {
			v.minor, v.minorRule = minorPolicy, ruleAgeLawUnknown
		}
		return
	case years >= rule.Age:
		return
	}
	v.minor, v.minorRule, v.minorRegime = minorLaw, rule.Citation, rule.Regime
	v.guardian = true // GDPR Art. 8(1); DPA 2018 s.9; DPDP s.9(1)
	if band, err := p.law.SaleAuthoriser(f.Place, at, years); err == nil {
		v.minorRule, v.minorRegime = band.Citation, jurisdiction.CCPA
		switch band.Authoriser {
		case jurisdiction.AuthoriserConsumer:
			v.guardian, v.selfGrant = false, true
		case jurisdiction.AuthoriserNone:
			v.minor = notMinor
		}
	}
	v.childBan = isDPDP
}
