package jurisdiction

import (
	"slices"
	"strings"
)

// isoCountries lists the 249 officially assigned ISO 3166-1 alpha-2 codes
// (ISO 3166-1:2020 as amended; unchanged since SS in 2011). x/text's CLDR data
// knows more "countries" (AC, CP, DG, EA, EZ, IC, TA, UN, XK and withdrawn
// codes); this list is the filter that keeps only real ISO countries.
const isoCountries = "" +
	"AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ " +
	"BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
	"CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ " +
	"DE DJ DK DM DO DZ " +
	"EC EE EG EH ER ES ET " +
	"FI FJ FK FM FO FR " +
	"GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY " +
	"HK HM HN HR HT HU " +
	"ID IE IL IM IN IO IQ IR IS IT " +
	"JE JM JO JP " +
	"KE KG KH KI KM KN KP KR KW KY KZ " +
	"LA LB LC LI LK LR LS LT LU LV LY " +
	"MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
	"NA NC NE NF NG NI NL NO NP NR NU NZ " +
	"OM " +
	"PA PE PF PG PH PK PL PM PN PR PS PT PW PY " +
	"QA " +
	"RE RO RS RU RW " +
	"SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ " +
	"TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
	"UA UG UM US UY UZ " +
	"VA VC VE VG VI VN VU " +
	"WF WS " +
	"YE YT " +
	"ZA ZM ZW"

// countryAliases maps codes that are not ISO 3166-1 but are in common legal
// use to the ISO country they denote: UK (exceptionally reserved for the
// United Kingdom) and EL (the EU's code for Greece, Interinstitutional Style
// Guide §7.1).
var countryAliases = map[string]string{
	"UK": "GB",
	"EL": "GR",
}

// subdivisionCodes lists, per country, the ISO 3166-2 subdivision codes this
// package knows (the part after the hyphen). A country absent from this table
// has no known subdivisions.
var subdivisionCodes = map[string]string{
	// Australia: 6 states, 2 territories.
	"AU": "ACT NSW NT QLD SA TAS VIC WA",
	// Brazil: 26 states and the Federal District.
	"BR": "AC AL AM AP BA CE DF ES GO MA MG MS MT PA PB PE PI PR RJ RN RO RR RS SC SE SP TO",
	// Canada: 10 provinces, 3 territories.
	"CA": "AB BC MB NB NL NS NT NU ON PE QC SK YT",
	// Switzerland: 26 cantons.
	"CH": "AG AI AR BE BL BS FR GE GL GR JU LU NE NW OW SG SH SO SZ TG TI UR VD VS ZG ZH",
	// Germany: 16 Länder.
	"DE": "BB BE BW BY HB HE HH MV NI NW RP SH SL SN ST TH",
	// Spain: 17 autonomous communities (ES-CN = Canary Islands) and the
	// autonomous cities of Ceuta (CE) and Melilla (ML).
	"ES": "AN AR AS CB CE CL CM CN CT EX GA IB MC MD ML NC PV RI VC",
	// France: 13 metropolitan regions; the overseas regions (two letters,
	// which are also ISO 3166-1 codes) and overseas departments (971–976);
	// the overseas collectivities BL, MF, NC, PF, PM, TF, WF and the
	// dependency CP (Clipperton).
	"FR": "20R ARA BFC BRE CVL GES HDF IDF NAQ NOR OCC PAC PDL " +
		"GF GP MQ RE YT 971 972 973 974 976 " +
		"BL CP MF NC PF PM TF WF",
	// United Kingdom: the four nations.
	"GB": "ENG NIR SCT WLS",
	// India: 28 states and 8 union territories (codes as revised by ISO in
	// 2023: CG, OD, TS, UK).
	"IN": "AP AR AS BR CG GA GJ HP HR JH KA KL MH ML MN MP MZ NL OD PB RJ SK TN TR TS UK UP WB " +
		"AN CH DH DL JK LA LD PY",
	// Italy: 20 regions.
	"IT": "21 23 25 32 34 36 42 45 52 55 57 62 65 67 72 75 77 78 82 88",
	// Portugal: 18 districts and the autonomous regions of the Azores (20)
	// and Madeira (30).
	"PT": "01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 20 30",
	// United States: 50 states, DC, and the outlying areas AS, GU, MP, PR,
	// UM and VI.
	"US": "AK AL AR AZ CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT " +
		"NC ND NE NH NJ NM NV NY OH OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY " +
		"AS GU MP PR UM VI",
}

// subdivisionAliases maps superseded subdivision codes to their current form.
// India's four codes changed in ISO 3166-2 in 2023.
var subdivisionAliases = map[string]string{
	"IN-CT": "IN-CG", // Chhattisgarh
	"IN-OR": "IN-OD", // Odisha
	"IN-TG": "IN-TS", // Telangana
	"IN-UT": "IN-UK", // Uttarakhand
}

// countrySet and subdivisionSet hold the parsed tables. They are built once
// at package initialisation and only read afterwards.
var (
	countrySet     = buildCountrySet()
	subdivisionSet = buildSubdivisionSet()
)

func buildCountrySet() map[string]string {
	m := make(map[string]string, 256)
	for _, c := range strings.Fields(isoCountries) {
		m[c] = c
	}
	return m
}

// buildSubdivisionSet maps every full code ("US-CA") to itself, so that a
// lookup also yields the interned canonical string.
func buildSubdivisionSet() map[string]string {
	m := make(map[string]string, 512)
	for country, codes := range subdivisionCodes {
		for _, c := range strings.Fields(codes) {
			full := country + "-" + c
			m[full] = full
		}
	}
	return m
}

// Subdivisions returns, sorted, the ISO 3166-2 subdivisions this package
// knows for the country of p (p may itself be a subdivision), or nil if it
// knows none. Each result is a fresh slice the caller may keep.
func Subdivisions(p Place) []Place {
	country := p.Country().code
	codes, ok := subdivisionCodes[country]
	if !ok {
		return nil
	}
	fields := strings.Fields(codes)
	out := make([]Place, 0, len(fields))
	for _, c := range fields {
		out = append(out, Place{code: subdivisionSet[country+"-"+c]})
	}
	slices.SortFunc(out, func(a, b Place) int { return strings.Compare(a.code, b.code) })
	return out
}
