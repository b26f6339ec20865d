package consent

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

// Controller is who decides why and how personal data is processed, as a
// receipt names it (Kantara "piiControllers").
type Controller struct {
	Name    string // legal name, e.g. "Clootrack Software Labs Inc."
	Address string // registered address
	Contact string // where subjects write, e.g. an e-mail address
}

// Catalog is a controller's consent policy as data: its purposes, the
// prohibitions no consent can lift, and the history of its notice.
// [ClootrackCatalog] is the Clootrack privacy policy's catalog. [NewPolicy]
// validates and copies a Catalog.
type Catalog struct {
	Controller   Controller
	Purposes     []Purpose
	Prohibitions []Prohibition
	Notices      []Notice // every version of the notice, oldest first

	// OptInEverywhere keeps every optional purpose that rests on consent off
	// until the subject grants it, in every place, even where the law would
	// allow it until an opt-out (CCPA §1798.120). OptInClause cites the
	// policy clause that promises it (Clootrack: "§2.8, §3.3, §4.3").
	OptInEverywhere bool
	OptInClause     string

	// MinimumAge is the policy's own age floor (Clootrack: 18, §12.1,
	// from [jurisdiction.PolicyMinimumAge]). Below it every optional purpose
	// is denied whatever the law or a guardian allows. Zero means none.
	MinimumAge jurisdiction.AgeRule
}

// PolicyOptions tunes a [Policy]. A nil *PolicyOptions means the defaults.
type PolicyOptions struct {
	// RenewAfterMonths is how long a grant lasts: consent older than this
	// must be renewed. Default 13 months (law.md §17: IAB TCF re-surfaces
	// consent "at least every 13 months"; CNIL's 13-month tracker lifetime).
	RenewAfterMonths int

	// ReaskAfterMonths is how long to wait before asking again after a
	// refusal or withdrawal. Default 6 months (law.md §17: CNIL keeps
	// choices 6 months as good practice; the Czech DPA waits ≥ 6 months).
	// A material change of the notice since the refusal lets the service
	// ask at once (the Czech DPA's exception), except where
	// ReaskAfterSaleOptOutMonths applies.
	ReaskAfterMonths int

	// ReaskAfterSaleOptOutMonths is how long, where the CCPA applies, a
	// consumer's opt-out of the sale or sharing of their data must be
	// respected before they are asked to opt back in. Default 12 months
	// (Cal. Civ. Code §1798.135; law.md §17 marks the subsection VERIFY,
	// hence the option).
	ReaskAfterSaleOptOutMonths int

	// HonourGPCEverywhere treats a Global Privacy Control signal as an
	// opt-out of sale, sharing and targeted advertising in every place, not
	// only where a law requires it. It never withdraws a grant given while
	// the signal was on.
	HonourGPCEverywhere bool

	// AssumeMinorWhenAgeUnknown treats a subject of unknown age as a minor,
	// denying every optional purpose until an age is known. By default an
	// unknown age is not a minor: the law's duties attach to actual
	// knowledge of age (Cal. Civ. Code §1798.120(c)), and the policy "does
	// not knowingly collect" children's data (§12.1). Set it for a service
	// directed at children, or where the law has no knowledge qualifier and
	// ages are not established (see "Minors" in the package documentation).
	AssumeMinorWhenAgeUnknown bool

	// Jurisdiction supplies the law (regimes, ages, signals). Nil means the
	// jurisdiction package's built-in tables.
	Jurisdiction *jurisdiction.Dataset
}

const (
	defaultRenewAfterMonths = 13
	defaultReaskAfterMonths = 6
	// defaultReaskAfterSaleOptOutMonths: Cal. Civ. Code §1798.135 (law.md §17).
	defaultReaskAfterSaleOptOutMonths = 12
)

// Policy is a validated catalog with its options: the rules decisions are
// made by. Build it once with [NewPolicy] (or [Clootrack]) and share it.
//
// A Policy is immutable and safe for concurrent use.
type Policy struct {
	catalog     Catalog
	index       map[PurposeID]int
	meta        []purposeMeta
	notices     noticeHistory
	renew       int
	reask       int
	reaskSale   int
	renewRule   string
	gpcAlways   bool
	assumeMinor bool
	law         lawSource
}

// purposeMeta is what a decision needs about a purpose, precomputed.
type purposeMeta struct {
	// prohibited[s] is the index of the first prohibition that forbids the
	// purpose for data from source s, or -1.
	prohibited  [sourceEnd]int16
	basisRule   [basisFamilies]string // the rule an allowing non-consent decision cites, per statute family
	consentRule string                // the rule a consent decision cites when no regime does
}

// NewPolicy validates c and builds a Policy. Errors wrap [ErrInvalidPurpose]
// (a malformed or duplicate purpose, a prohibition without clause) or
// [ErrInvalidNotice] (no notice, versions out of order, a missing digest).
func NewPolicy(c Catalog, opts *PolicyOptions) (*Policy, error) {
	if opts == nil {
		opts = &PolicyOptions{}
	}
	p := &Policy{
		index:       make(map[PurposeID]int, len(c.Purposes)),
		renew:       opts.RenewAfterMonths,
		reask:       opts.ReaskAfterMonths,
		reaskSale:   opts.ReaskAfterSaleOptOutMonths,
		gpcAlways:   opts.HonourGPCEverywhere,
		assumeMinor: opts.AssumeMinorWhenAgeUnknown,
		law:         newLawSource(opts.Jurisdiction),
	}
	if p.renew <= 0 {
		p.renew = defaultRenewAfterMonths
	}
	if p.reask <= 0 {
		p.reask = defaultReaskAfterMonths
	}
	if p.reaskSale <= 0 {
		p.reaskSale = defaultReaskAfterSaleOptOutMonths
	}
	p.renewRule = "consent older than " + strconv.Itoa(p.renew) +
		" months must be renewed (IAB TCF; CNIL délibération 2020-092)"

	p.catalog = Catalog{
		Controller:      c.Controller,
		OptInEverywhere: c.OptInEverywhere,
		OptInClause:     c.OptInClause,
		MinimumAge:      c.MinimumAge,
	}
	if c.OptInEverywhere && strings.TrimSpace(c.OptInClause) == "" {
		return nil, purposeError("", ErrInvalidPurpose, "OptInEverywhere needs the clause that promises it")
	}
	if len(c.Purposes) == 0 {
		return nil, purposeError("", ErrInvalidPurpose, "catalog has no purposes")
	}
	if len(c.Purposes) > 1<<15 {
		return nil, purposeError("", ErrInvalidPurpose, "too many purposes")
	}
	for _, pr := range c.Prohibitions {
		if err := pr.validate(); err != nil {
			return nil, err
		}
		p.catalog.Prohibitions = append(p.catalog.Prohibitions, pr.clone())
	}
	for _, pu := range c.Purposes {
		if err := pu.validate(); err != nil {
			return nil, err
		}
		if _, dup := p.index[pu.ID]; dup {
			return nil, purposeError(pu.ID, ErrInvalidPurpose, "duplicate id")
		}
		p.index[pu.ID] = len(p.catalog.Purposes)
		p.catalog.Purposes = append(p.catalog.Purposes, pu.clone())
	}
	for i := range p.catalog.Purposes {
		pu := &p.catalog.Purposes[i]
		m := purposeMeta{consentRule: pu.Clause + " (lawful basis: consent)"}
		for f := range basisFamilies {
			m.basisRule[f] = pu.Clause
			if c := pu.Basis.citationIn(f); c != "" {
				m.basisRule[f] = c + "; " + pu.Clause
			}
		}
		if pu.Essential && len(c.Prohibitions) > 0 {
			for _, pr := range p.catalog.Prohibitions {
				if pr.matchesPurpose(pu) {
					return nil, purposeError(pu.ID, ErrInvalidPurpose, "essential purpose is prohibited by "+pr.ID)
				}
			}
		}
		for s := range m.prohibited {
			m.prohibited[s] = -1
		}
		for j := range p.catalog.Prohibitions {
			pr := &p.catalog.Prohibitions[j]
			if !pr.matchesPurpose(pu) {
				continue
			}
			mask := pr.sourceMask()
			for s := range m.prohibited {
				if mask&(1<<s) != 0 && m.prohibited[s] < 0 {
					m.prohibited[s] = int16(j)
				}
			}
		}
		p.meta = append(p.meta, m)
	}
	for _, pr := range p.catalog.Prohibitions {
		for _, id := range pr.Purposes {
			if _, ok := p.index[id]; !ok {
				return nil, purposeError(id, ErrUnknownPurpose, "named by prohibition "+pr.ID)
			}
		}
	}
	h, err := newNoticeHistory(c.Notices)
	if err != nil {
		return nil, err
	}
	p.notices = h
	p.catalog.Notices = h.versions
	return p, nil
}

// MustPolicy is like [NewPolicy] but panics on error. It is meant for
// catalogs written in code and covered by a test.
func MustPolicy(c Catalog, opts *PolicyOptions) *Policy {
	p, err := NewPolicy(c, opts)
	if err != nil {
		panic(err)
	}
	return p
}

// built reports whether p was built by NewPolicy. A nil or zero Policy
// decides nothing: its methods return empty answers and errors.
func (p *Policy) built() bool { return p != nil && p.law != nil }

// Catalog returns a copy of the policy's catalog (the zero Catalog for a
// nil Policy).
func (p *Policy) Catalog() Catalog {
	if !p.built() {
		return Catalog{}
	}
	c := p.catalog
	c.Purposes = make([]Purpose, len(p.catalog.Purposes))
	for i, pu := range p.catalog.Purposes {
		c.Purposes[i] = pu.clone()
	}
	c.Prohibitions = make([]Prohibition, len(p.catalog.Prohibitions))
	for i, pr := range p.catalog.Prohibitions {
		c.Prohibitions[i] = pr.clone()
	}
	c.Notices = slices.Clone(p.catalog.Notices)
	return c
}

// Purpose returns the purpose with the given id.
func (p *Policy) Purpose(id PurposeID) (Purpose, bool) {
	if !p.built() {
		return Purpose{}, false
	}
	i, ok := p.index[id]
	if !ok {
		return Purpose{}, false
	}
	return p.catalog.Purposes[i].clone(), true
}

// Optional returns the ids of the purposes a subject can grant or refuse:
// every purpose that is neither essential nor prohibited for all sources, in
// catalog order. A consent banner shows these.
func (p *Policy) Optional() []PurposeID {
	if !p.built() {
		return nil
	}
	var out []PurposeID
	for i := range p.catalog.Purposes {
		pu := &p.catalog.Purposes[i]
		if !pu.Essential && p.meta[i].prohibited[SourceDirect] < 0 {
			out = append(out, pu.ID)
		}
	}
	return out
}

// Notice returns the notice version in force at t (the latest whose
// revision date is not after t); false if none is yet.
func (p *Policy) Notice(t time.Time) (Notice, bool) {
	if !p.built() {
		return Notice{}, false
	}
	i := p.notices.current(t)
	if i < 0 {
		return Notice{}, false
	}
	return p.notices.versions[i], true
}

// Prohibited returns the prohibition that forbids purpose id for data from
// src; false if none does, or if the purpose is not in the catalog. An
// invalid src counts as [SourceUnspecified]. It describes the catalog; to
// decide whether data may be used, ask [State.AllowedFrom], which also
// denies unknown purposes.
func (p *Policy) Prohibited(id PurposeID, src Source) (Prohibition, bool) {
	if !p.built() {
		return Prohibition{}, false
	}
	i, ok := p.index[id]
	if !ok {
		return Prohibition{}, false
	}
	if !src.Valid() {
		src = SourceUnspecified
	}
	j := p.meta[i].prohibited[src]
	if j < 0 {
		return Prohibition{}, false
	}
	return p.catalog.Prohibitions[j].clone(), true
}

// addMonths adds n calendar months to t; a day that does not exist in the
// target month is clamped to its last day (31 Jan + 1 month = 28/29 Feb).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(d, last)-1)
}
