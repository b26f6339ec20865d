package jurisdiction

import "time"

// SignalStatus says whether a law requires a business to honour a universal
// opt-out mechanism, such as the Global Privacy Control (Sec-GPC: 1), as an
// opt-out of sale, sharing and targeted advertising.
//
// The zero value is [SignalUnknown], which callers must treat like
// [SignalRequired]: honouring an opt-out signal is the protective choice. A
// SignalStatus is a plain value, safe for concurrent use.
type SignalStatus uint8

const (
	// SignalUnknown: the tables hold nothing for this place and date.
	SignalUnknown SignalStatus = iota
	// SignalNotRequired: the law is silent or its duty has not begun;
	// honouring the signal is voluntary.
	SignalNotRequired
	// SignalRequired: the law requires honouring the signal (GPC qualifies).
	SignalRequired
)

// String returns "unknown", "not required" or "required".
func (s SignalStatus) String() string {
	switch s {
	case SignalNotRequired:
		return "not required"
	case SignalRequired:
		return "required"
	}
	return "unknown"
}

// SignalRule is the status of opt-out signals under one regime for a span of
// dates. A SignalRule is a plain value: the package hands out copies, safe
// to use concurrently.
type SignalRule struct {
	Regime    RegimeID // the regime that makes the rule; empty when no regime applies
	Status    SignalStatus
	Effective Validity
	Citation  string
	Verify    bool // the date comes from a secondary source (law.md §10, §16)
}

// Honour reports whether a business should treat an opt-out signal as a
// valid opt-out: true unless the law is known not to require it.
func (r SignalRule) Honour() bool { return r.Status != SignalNotRequired }

// OptOutSignal tells whether, in p on the date of at, a universal opt-out
// signal such as GPC counts as an opt-out of sale, sharing and targeted
// advertising (CCPA regs 11 CCR §7025; C.R.S. §6-1-1306; law.md §10, §16). It
// consults the opt-out regimes [Applicable] returns; when none has a rule for
// the date the answer is a zero rule with [SignalUnknown], whose
// [SignalRule.Honour] is true.
//
// Errors are those of [Applicable].
func OptOutSignal(p Place, at time.Time) (SignalRule, error) { return builtin.OptOutSignal(p, at) }

// OptOutSignal is the package-level [OptOutSignal] evaluated on this dataset.
func (ds *Dataset) OptOutSignal(p Place, at time.Time) (SignalRule, error) {
	ds = ds.tables()
	regimes, err := ds.Applicable(p, at)
	if err != nil {
		return SignalRule{}, err
	}
	d := DateOf(at)
	for _, r := range regimes {
		if r.Consent != OptOut {
			continue
		}
		if rule, ok := signalAt(r.Signals, d); ok {
			return rule, nil
		}
		return SignalRule{Regime: r.ID}, nil
	}
	return SignalRule{}, nil
}

func signalAt(rules []SignalRule, d Date) (SignalRule, bool) {
	for _, s := range rules {
		if s.Effective.Contains(d) {
			return s, true
		}
	}
	return SignalRule{}, false
}
