package jurisdiction

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Bloc is a group of states whose membership changes over time: the European
// Union or the European Economic Area. The zero Bloc is no bloc and contains
// nothing. A Bloc is a plain value; its methods are safe for concurrent use.
type Bloc uint8

const (
	// EU is the European Union (TEU Art. 52; TFEU Art. 355).
	EU Bloc = iota + 1
	// EEA is the European Economic Area: the EU plus Iceland, Liechtenstein
	// and Norway (EEA Agreement Art. 126).
	EEA
)

// String returns "EU" or "EEA" (and "Bloc(n)" for any other value).
func (b Bloc) String() string {
	switch b {
	case EU:
		return "EU"
	case EEA:
		return "EEA"
	}
	return "Bloc(" + strconv.Itoa(int(b)) + ")"
}

// membership is one state's time in a bloc.
type membership struct {
	country string
	valid   Validity
	cite    string
}

// euMembers lists the member states of the European Union with their
// accession (and, for the United Kingdom, withdrawal) dates. Sources: the
// accession treaties; Withdrawal Agreement (OJ L 29, 31.1.2020) Art. 185 —
// the UK ceased to be a member at the end of 2020-01-31.
var euMembers = []membership{
	{"BE", validFrom(1958, time.January, 1), "Treaty of Rome (1957)"},
	{"DE", validFrom(1958, time.January, 1), "Treaty of Rome (1957)"},
	{"FR", validFrom(1958, time.January, 1), "Treaty of Rome (1957)"},
	{"IT", validFrom(1958, time.January, 1), "Treaty of Rome (1957)"},
	{"LU", validFrom(1958, time.January, 1), "Treaty of Rome (1957)"},
	{"NL", validFrom(1958, time.January, 1), "Treaty of Rome (1957)"},
	{"DK", validFrom(1973, time.January, 1), "Act of Accession 1972"},
	{"IE", validFrom(1973, time.January, 1), "Act of Accession 1972"},
	{"GB", validBetween(1973, time.January, 1, 2020, time.January, 31), "Act of Accession 1972; Withdrawal Agreement Art. 185"},
	{"GR", validFrom(1981, time.January, 1), "Act of Accession 1979"},
	{"ES", validFrom(1986, time.January, 1), "Act of Accession 1985"},
	{"PT", validFrom(1986, time.January, 1), "Act of Accession 1985"},
	{"AT", validFrom(1995, time.January, 1), "Act of Accession 1994"},
	{"FI", validFrom(1995, time.January, 1), "Act of Accession 1994"},
	{"SE", validFrom(1995, time.January, 1), "Act of Accession 1994"},
	{"CY", validFrom(2004, time.May, 1), "Act of Accession 2003 (acquis suspended in the north, Protocol No 10)"},
	{"CZ", validFrom(2004, time.May, 1), "Act of Accession 2003"},
	{"EE", validFrom(2004, time.May, 1), "Act of Accession 2003"},
	{"HU", validFrom(2004, time.May, 1), "Act of Accession 2003"},
	{"LT", validFrom(2004, time.May, 1), "Act of Accession 2003"},
	{"LV", validFrom(2004, time.May, 1), "Act of Accession 2003"},
	{"MT", validFrom(2004, time.May, 1), "Act of Accession 2003"},
	{"PL", validFrom(2004, time.May, 1), "Act of Accession 2003"},
	{"SI", validFrom(2004, time.May, 1), "Act of Accession 2003"},
	{"SK", validFrom(2004, time.May, 1), "Act of Accession 2003"},
	{"BG", validFrom(2007, time.January, 1), "Act of Accession 2005"},
	{"RO", validFrom(2007, time.January, 1), "Act of Accession 2005"},
	{"HR", validFrom(2013, time.July, 1), "Act of Accession 2012"},
}

// eftaEEAMembers lists the EFTA states that are parties to the EEA Agreement.
var eftaEEAMembers = []membership{
	{"IS", validFrom(1994, time.January, 1), "EEA Agreement"},
	{"NO", validFrom(1994, time.January, 1), "EEA Agreement"},
	{"LI", validFrom(1995, time.May, 1), "EEA Agreement (Decision of the EEA Council No 1/95)"},
}

// territoryOf maps places that ISO 3166-1 codes as countries, but to which
// EU law applies as part of a member state, to that state (TFEU Art. 355 and
// Art. 349): Åland (Art. 355(4)); the French outermost regions Guadeloupe,
// French Guiana, Martinique, Réunion, Mayotte and Saint-Martin; and Gibraltar
// (Art. 355(3), a European territory for whose external relations the UK was
// responsible, in the EU until the UK left).
//
// Every other ISO country that belongs to a member state — the Faroe
// Islands, Greenland, the Crown Dependencies (GG, JE, IM) and the overseas
// countries and territories of Annex II TFEU (BL, NC, PF, PM, TF, WF, AW, CW,
// SX, BQ, …) — is outside the EU and the EEA, and is simply absent here.
var territoryOf = map[string]string{
	"AX": "FI",
	"GP": "FR", "GF": "FR", "MQ": "FR", "RE": "FR", "YT": "FR", "MF": "FR",
	"GI": "GB",
}

// subdivisionsOutsideEU lists known ISO 3166-2 subdivisions of member states
// to which EU law does not apply: the French overseas collectivities that are
// overseas countries and territories (Annex II TFEU) and Clipperton. All other
// known subdivisions of a member state, including the outermost regions ES-CN,
// PT-20, PT-30 and FR-GP etc., share their country's membership.
var subdivisionsOutsideEU = map[string]bool{
	"FR-BL": true, "FR-CP": true, "FR-NC": true, "FR-PF": true,
	"FR-PM": true, "FR-TF": true, "FR-WF": true,
}

// Contains reports whether EU law (for [EU]) or the EEA Agreement (for
// [EEA]) applies in p on the date of at, following the territorial rules
// described in the package documentation. A subdivision shares its country's
// membership unless it is an overseas territory; an ISO country that is part
// of a member state (AX, GP, …) shares that state's membership.
//
// Errors: [ErrUnknownPlace] for the zero Place, [ErrZeroTime], and
// [ErrBeforeCoverage] for dates before [CoverageStart].
func (b Bloc) Contains(p Place, at time.Time) (bool, error) {
	if p.IsZero() {
		return false, ErrUnknownPlace
	}
	d, err := civilDate(at)
	if err != nil {
		return false, err
	}
	return b.contains(p, d), nil
}

func (b Bloc) contains(p Place, d Date) bool {
	if subdivisionsOutsideEU[p.code] {
		return false
	}
	country := p.Country().code
	if state, ok := territoryOf[country]; ok {
		country = state
	}
	switch b {
	case EU:
		return isMember(euIndex, country, d)
	case EEA:
		return isMember(euIndex, country, d) || isMember(eftaEEAIndex, country, d)
	}
	return false
}

// euIndex and eftaEEAIndex index the membership lists by country. Each
// state has one membership row. They are built at initialisation and only
// read afterwards.
var (
	euIndex      = indexMembers(euMembers)
	eftaEEAIndex = indexMembers(eftaEEAMembers)
)

func indexMembers(list []membership) map[string]Validity {
	m := make(map[string]Validity, len(list))
	for _, row := range list {
		m[row.country] = row.valid
	}
	return m
}

func isMember(index map[string]Validity, country string, d Date) bool {
	v, ok := index[country]
	return ok && v.Contains(d)
}

// Members returns the member states of b on the date of at, as ISO 3166-1
// countries sorted by code. It lists states only, not the territories
// ([Bloc.Contains] answers for those). Errors are those of [Bloc.Contains].
func (b Bloc) Members(at time.Time) ([]Place, error) {
	d, err := civilDate(at)
	if err != nil {
		return nil, err
	}
	var lists [][]membership
	switch b {
	case EU:
		lists = [][]membership{euMembers}
	case EEA:
		lists = [][]membership{euMembers, eftaEEAMembers}
	}
	var out []Place
	for _, list := range lists {
		for _, m := range list {
			if m.valid.Contains(d) {
				out = append(out, Place{code: countrySet[m.country]})
			}
		}
	}
	slices.SortFunc(out, func(a, b Place) int { return strings.Compare(a.code, b.code) })
	return out, nil
}

// GDPR territory: the EU, the EEA EFTA states once the GDPR was incorporated
// into the EEA Agreement, and the United Kingdom (with Gibraltar) until the
// end of the Brexit transition period.
var (
	gdprInEEAFrom     = ymd(2018, time.July, 20)     // EEA Joint Committee Decision No 154/2018
	ukTransitionUntil = ymd(2020, time.December, 31) // Withdrawal Agreement Arts. 126–127
)

// inGDPRTerritory reports whether the EU GDPR applies to processing in p on d
// (GDPR Art. 3(1) read with Art. 99 and TFEU Art. 355; the EEA Agreement,
// Annex XI as amended by Decision No 154/2018; Withdrawal Agreement
// Art. 127(1), under which EU law applied in the UK until 2020-12-31).
func inGDPRTerritory(p Place, d Date) bool {
	if d.Before(coverageStart) || subdivisionsOutsideEU[p.code] {
		return false
	}
	if EU.contains(p, d) {
		return true
	}
	country := p.Country().code
	if state, ok := territoryOf[country]; ok {
		country = state
	}
	switch country {
	case "IS", "LI", "NO":
		return !d.Before(gdprInEEAFrom)
	case "GB":
		return !d.After(ukTransitionUntil)
	}
	return false
}

// inUKTerritory reports whether the UK GDPR applies in p on d: Great Britain
// and Northern Ireland (and their subdivisions) from the end of the
// transition period. The Crown Dependencies and Gibraltar have their own laws.
func inUKTerritory(p Place, d Date) bool {
	return p.Country().code == "GB" && d.After(ukTransitionUntil)
}
