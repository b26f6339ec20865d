package consent

import (
	"slices"
	"strings"
)

// Prohibition is a rule no consent can lift: a purpose it matches is denied
// whatever the subject agreed to, and the ledger refuses to record a grant
// for it.
//
// A prohibition matches a purpose whose [Purpose.Activities] include any of
// Activities, or whose id is listed in Purposes. If Sources is not empty, it
// matches only data from those sources (and data whose source is
// [SourceUnspecified], which fails closed).
type Prohibition struct {
	ID          string      // short id, e.g. "no-sale"
	Description string      // what is forbidden, for people
	Clause      string      // the clause or statute, e.g. "§3.3, §13.1, §15.2"
	Activities  Activity    // activities forbidden
	Purposes    []PurposeID // purposes forbidden by id
	Sources     []Source    // if set, only data from these sources
}

func (p *Prohibition) validate() error {
	switch {
	case strings.TrimSpace(p.ID) == "":
		return purposeError("", ErrInvalidPurpose, "prohibition without id")
	case strings.TrimSpace(p.Clause) == "":
		return purposeError("", ErrInvalidPurpose, "prohibition "+p.ID+" has no clause")
	case p.Activities == 0 && len(p.Purposes) == 0:
		return purposeError("", ErrInvalidPurpose, "prohibition "+p.ID+" matches nothing")
	case p.Activities >= activityEnd:
		return purposeError("", ErrInvalidPurpose, "prohibition "+p.ID+" has an unknown activity")
	}
	for _, s := range p.Sources {
		if !s.Valid() || s == SourceUnspecified {
			return purposeError("", ErrInvalidPurpose, "prohibition "+p.ID+" has an invalid source")
		}
	}
	return nil
}

// matchesPurpose reports whether the prohibition covers purpose pu, for
// some source.
func (p *Prohibition) matchesPurpose(pu *Purpose) bool {
	return pu.Activities.Has(p.Activities) || slices.Contains(p.Purposes, pu.ID)
}

// sourceMask is the set of sources the prohibition applies to, as bits
// indexed by Source; SourceUnspecified is always included.
func (p *Prohibition) sourceMask() uint8 {
	if len(p.Sources) == 0 {
		return 1<<sourceEnd - 1
	}
	m := uint8(1 << SourceUnspecified)
	for _, s := range p.Sources {
		m |= 1 << s
	}
	return m
}

func (p Prohibition) clone() Prohibition {
	p.Purposes = slices.Clone(p.Purposes)
	p.Sources = slices.Clone(p.Sources)
	return p
}
