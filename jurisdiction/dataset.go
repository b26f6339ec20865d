package jurisdiction

import (
	"errors"
	"fmt"
)

// ErrInvalidOptions reports an [Options] value that [New] cannot accept.
var ErrInvalidOptions = errors.New("jurisdiction: invalid options")

// Dataset is an immutable set of legal tables — regimes, ages, opt-out
// signal rules and adequacy findings — with the questions of this package as
// methods. The package-level functions ask the built-in dataset; build your
// own with [New] to replace rows the law has changed or that law.md marks
// VERIFY.
//
// A Dataset is safe for concurrent use. A nil *Dataset is the built-in
// dataset. The zero Dataset holds no regimes, ages or adequacy findings, so
// it answers every question as an unknown, fail-closed case; use [New] or
// [Default].
type Dataset struct {
	regimes  []regimeRow
	ages     map[string][]AgeRule // by place code
	adequacy []Adequacy
}

// Options replaces rows of the built-in tables. Each list replaces, for the
// keys it mentions, every built-in row with the same key, and leaves the
// other keys alone. A nil *Options means the built-in tables. [New] reads
// Options once and keeps none of it, so a caller may reuse or change it
// afterwards; New is safe for concurrent use.
type Options struct {
	// Ages replaces the digital-consent age rows of each Place it mentions
	// (key: Place). Each row needs an Age from 1 to 21, a Regime of the
	// dataset, a Citation and a valid Effective span. Example: Norway raising
	// its age to 15 from a given date needs two rows for NO (13 until the day
	// before, 15 from it).
	Ages []AgeRule

	// Adequacy replaces the adequacy findings of each (Exporter, Country)
	// pair it mentions: for example, to end the EU–US DPF decision on a date,
	// give the US row with Effective.To set. Start from [AdequacyDecisions].
	Adequacy []Adequacy

	// Signals replaces the opt-out signal rules of each Regime it mentions.
	Signals []SignalRule
}

// builtin is the dataset the package-level functions use. It is built once
// at initialisation and never modified.
var builtin = mustNew(nil)

// Default returns the built-in dataset, the one the package-level functions
// use.
func Default() *Dataset { return builtin }

func mustNew(opts *Options) *Dataset {
	ds, err := New(opts)
	if err != nil {
		panic(err)
	}
	return ds
}

// New returns a dataset made of the built-in tables with the rows of opts
// replacing theirs. It validates every row it is given; errors wrap
// [ErrInvalidOptions] and name the offending row. New does not keep opts.
func New(opts *Options) (*Dataset, error) {
	if opts == nil {
		opts = &Options{}
	}
	ds := &Dataset{regimes: builtinRegimes()}

	if err := ds.applySignals(opts.Signals); err != nil {
		return nil, err
	}

	ages := builtinAges()
	replacedAges := make(map[Place]bool)
	for i, r := range opts.Ages {
		if err := ds.validateAge(r); err != nil {
			return nil, fmt.Errorf("%w: Ages[%d]: %v", ErrInvalidOptions, i, err)
		}
		replacedAges[r.Place] = true
	}
	ds.ages = make(map[string][]AgeRule)
	for _, r := range ages {
		if !replacedAges[r.Place] {
			ds.ages[r.Place.code] = append(ds.ages[r.Place.code], r)
		}
	}
	for _, r := range opts.Ages {
		ds.ages[r.Place.code] = append(ds.ages[r.Place.code], r)
	}

	type pair struct {
		exporter RegimeID
		country  Place
	}
	replaced := make(map[pair]bool)
	for i, a := range opts.Adequacy {
		if err := validateAdequacy(a); err != nil {
			return nil, fmt.Errorf("%w: Adequacy[%d]: %v", ErrInvalidOptions, i, err)
		}
		replaced[pair{a.Exporter, a.Country}] = true
	}
	for _, a := range builtinAdequacy() {
		if !replaced[pair{a.Exporter, a.Country}] {
			ds.adequacy = append(ds.adequacy, a)
		}
	}
	ds.adequacy = append(ds.adequacy, opts.Adequacy...)
	return ds, nil
}

func (ds *Dataset) applySignals(signals []SignalRule) error {
	byRegime := make(map[RegimeID][]SignalRule)
	for i, s := range signals {
		if _, ok := ds.row(s.Regime); !ok {
			return fmt.Errorf("%w: Signals[%d]: unknown regime", ErrInvalidOptions, i)
		}
		if s.Status > SignalRequired {
			return fmt.Errorf("%w: Signals[%d]: invalid status", ErrInvalidOptions, i)
		}
		if err := validateSpan(s.Effective, s.Citation); err != nil {
			return fmt.Errorf("%w: Signals[%d]: %v", ErrInvalidOptions, i, err)
		}
		byRegime[s.Regime] = append(byRegime[s.Regime], s)
	}
	for id, rules := range byRegime {
		row, _ := ds.row(id)
		row.Signals = rules
	}
	return nil
}

func (ds *Dataset) validateAge(r AgeRule) error {
	switch {
	case r.Place.IsZero():
		return errors.New("zero Place")
	case r.Age < 1 || r.Age > 21:
		return errors.New("Age outside 1-21")
	}
	if _, ok := ds.row(r.Regime); !ok {
		return errors.New("unknown Regime")
	}
	return validateSpan(r.Effective, r.Citation)
}

func validateAdequacy(a Adequacy) error {
	switch {
	case a.Exporter != GDPR && a.Exporter != UKGDPR:
		return errors.New("Exporter must be GDPR or UKGDPR")
	case a.Country.IsZero() || a.Country.IsSubdivision():
		return errors.New("Country must be an ISO 3166-1 country")
	case a.Scope == ScopeUnknown || a.Scope > ScopeCertified:
		return errors.New("invalid Scope")
	}
	return validateSpan(a.Effective, a.Decision)
}

func validateSpan(v Validity, citation string) error {
	switch {
	case !v.From.IsValid():
		return errors.New("Effective.From is not a valid date")
	case !v.To.IsZero() && (!v.To.IsValid() || v.To.Before(v.From)):
		return errors.New("Effective.To is invalid or before Effective.From")
	case citation == "":
		return errors.New("missing citation")
	}
	return nil
}

// row returns the table row of a regime.
func (ds *Dataset) row(id RegimeID) (*regimeRow, bool) {
	for i := range ds.regimes {
		if ds.regimes[i].ID == id {
			return &ds.regimes[i], true
		}
	}
	return nil, false
}

// regimeCovers reports whether regime id applies in p on d.
func (ds *Dataset) regimeCovers(id RegimeID, p Place, d Date) bool {
	row, ok := ds.row(id)
	return ok && row.Effective.Contains(d) && row.covers(p, d)
}

// tables returns ds, or the built-in dataset for a nil receiver.
func (ds *Dataset) tables() *Dataset {
	if ds == nil {
		return builtin
	}
	return ds
}
