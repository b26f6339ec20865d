package jurisdiction

import (
	"errors"
	"slices"
	"time"
)

// ErrNeedSubdivision reports a question about a country whose privacy law is
// made by its subdivisions, asked about the country alone: in the United
// States comprehensive privacy laws are state laws, so ask about "US-CA", not
// "US".
var ErrNeedSubdivision = errors.New("jurisdiction: place needs a subdivision")

// ConsentModel says whether a regime requires consent before processing
// (opt-in) or allows processing until the person objects (opt-out).
//
// The zero value is [OptIn], the protective default. A ConsentModel is a
// plain value, safe for concurrent use.
type ConsentModel uint8

const (
	// OptIn: processing that relies on consent needs it before it starts
	// (GDPR Art. 6(1)(a) and 7; UK GDPR; DPDP s.6; LGPD Art. 7(I)).
	OptIn ConsentModel = iota
	// OptOut: sale, sharing and targeted advertising are allowed until the
	// consumer opts out (CCPA §1798.120; the US state laws). Most such laws
	// still require opt-in consent for sensitive data and for minors.
	OptOut
)

// String returns "opt-in" or "opt-out".
func (m ConsentModel) String() string {
	if m == OptOut {
		return "opt-out"
	}
	return "opt-in"
}

// Milestone is a dated step in a regime's life after it first applied: an
// amendment becoming operative, or a phase of implementing rules. It is a
// plain value, safe to copy and to use concurrently.
type Milestone struct {
	Date     Date   // the day the step takes effect
	Event    string // what changes
	Citation string // where it is written
	Verify   bool   // the date or text still needs checking against the primary source (law.md VERIFY)
}

// Regime is a privacy law, with the dates it applies and how it treats
// consent. Regime values returned by this package are copies: changing one
// changes nothing else.
type Regime struct {
	ID       RegimeID
	Name     string // "General Data Protection Regulation"
	Citation string // "Regulation (EU) 2016/679"

	// Place is the legislating country or subdivision ("US-CA"); it is the
	// zero Place for the EU GDPR, which applies across the EEA.
	Place Place

	// InForce is the day the law entered into force; Effective is the span
	// during which its obligations apply to processing, which [Applicable]
	// uses. They differ for the GDPR (in force 2016-05-24, applies from
	// 2018-05-25) and Maryland's MODPA (in force 2025-10-01, applies to
	// processing from 2026-04-01).
	InForce   Date
	Effective Validity

	// Consent is the regime's default consent model for the processing the
	// consent package gates (for US laws: sale, sharing, targeted ads).
	Consent ConsentModel

	// Milestones lists later dated steps, oldest first (CPRA operative
	// 2023-01-01; the DPDP Rules' phases).
	Milestones []Milestone

	// Signals lists, oldest first, whether the law requires honouring a
	// universal opt-out mechanism such as Global Privacy Control. Dates not
	// covered by any row are [SignalUnknown].
	Signals []SignalRule

	// Scope describes a narrow personal or material scope ("" = general).
	// Narrow is set when the law reaches only a small class of businesses
	// (Florida's FDBR); such a regime is still listed by [Applicable].
	Scope  string
	Narrow bool

	Verify bool   // some fact of this row is marked VERIFY in law.md
	Note   string // caveats worth reading
}

// Reached returns the milestones in effect on the date of at (those dated on
// or before it), oldest first. For the DPDP Act these are the phases of the
// DPDP Rules 2025 already in force. A zero at yields nil.
func (r Regime) Reached(at time.Time) []Milestone {
	if at.IsZero() {
		return nil
	}
	d := DateOf(at)
	var out []Milestone
	for _, m := range r.Milestones {
		if !m.Date.After(d) {
			out = append(out, m)
		}
	}
	return out
}

// clone returns r with its own copies of the slices.
func (r Regime) clone() Regime {
	r.Milestones = slices.Clone(r.Milestones)
	r.Signals = slices.Clone(r.Signals)
	return r
}

// regimeRow pairs a regime with the places it covers.
type regimeRow struct {
	Regime
	covers func(p Place, d Date) bool
}

// inCountry returns a coverage test for a country and all its subdivisions.
func inCountry(code string) func(Place, Date) bool {
	return func(p Place, _ Date) bool { return p.Country().code == code }
}

// inSubdivision returns a coverage test for one subdivision.
func inSubdivision(code string) func(Place, Date) bool {
	return func(p Place, _ Date) bool { return p.code == code }
}

// Applicable returns the regimes whose obligations apply to processing
// personal data of a person in p on the date of at (see the package
// documentation for how instants become dates). A subdivision inherits its
// country's regimes: ES-CN gives the GDPR, GB-SCT the UK GDPR.
//
// The answer is a fresh slice in a stable order. An empty answer with a nil
// error means no regime in these tables applies (US-TX before 2024-07-01,
// China, the Faroe Islands); it does not mean that no law applies, and a
// caller that must decide should then apply its most protective rule.
//
// Errors: [ErrUnknownPlace] for the zero Place; [ErrNeedSubdivision] for the
// United States as a whole; [ErrZeroTime]; [ErrBeforeCoverage] for dates
// before [CoverageStart].
func Applicable(p Place, at time.Time) ([]Regime, error) { return builtin.Applicable(p, at) }

// RegimeByID returns the regime with the given ID from the built-in tables.
func RegimeByID(id RegimeID) (Regime, bool) { return builtin.RegimeByID(id) }

// Regimes returns every regime of the built-in tables, in a stable order.
func Regimes() []Regime { return builtin.Regimes() }

// Applicable is the package-level [Applicable] evaluated on this dataset.
func (ds *Dataset) Applicable(p Place, at time.Time) ([]Regime, error) {
	ds = ds.tables()
	if p.IsZero() {
		return nil, ErrUnknownPlace
	}
	if p.code == "US" {
		return nil, ErrNeedSubdivision
	}
	d, err := civilDate(at)
	if err != nil {
		return nil, err
	}
	var out []Regime
	for i := range ds.regimes {
		row := &ds.regimes[i]
		if row.Effective.Contains(d) && row.covers(p, d) {
			out = append(out, row.clone())
		}
	}
	return out, nil
}

// RegimeByID returns the regime with the given ID.
func (ds *Dataset) RegimeByID(id RegimeID) (Regime, bool) {
	ds = ds.tables()
	for i := range ds.regimes {
		if ds.regimes[i].ID == id {
			return ds.regimes[i].clone(), true
		}
	}
	return Regime{}, false
}

// Regimes returns every regime of the dataset, in a stable order.
func (ds *Dataset) Regimes() []Regime {
	ds = ds.tables()
	out := make([]Regime, len(ds.regimes))
	for i := range ds.regimes {
		out[i] = ds.regimes[i].clone()
	}
	return out
}
