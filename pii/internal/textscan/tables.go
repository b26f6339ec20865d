package textscan

// This file holds the reference data the validators check against. Each
// table names its source; update the data, not the code, when a registry
// changes.

// iinRange is one issuer identification number range of a card scheme: card
// numbers whose first prefixLen digits, read as a number, lie in [lo, hi]
// and whose length is in lengths (a bit mask of lengths 12..19).
type iinRange struct {
	lo, hi    uint32
	prefixLen uint8
	lengths   uint32
	scheme    string
}

func lens(ls ...int) uint32 {
	var m uint32
	for _, l := range ls {
		m |= 1 << l
	}
	return m
}

func lenRange(lo, hi int) uint32 {
	var m uint32
	for l := lo; l <= hi; l++ {
		m |= 1 << l
	}
	return m
}

// iinRanges lists the card schemes the scanner recognises. Source: the IIN
// table of ISO/IEC 7812-1 registrations as compiled at
// https://en.wikipedia.org/wiki/Payment_card_number ("Issuer identification
// number (IIN)", retrieved 2026), cross-checked with the schemes named in
// anchors.md §3.3. UATP (prefix 1) is deliberately absent: 15-digit numbers
// starting with 1 are far more often identifiers and timestamps than air
// travel cards. Also absent, so not reported: Maestro BINs outside the
// ranges below (Opayo's test cards 6705000000008 and 6766000000000), JCB's
// legacy 3088-3094 (Authorize.Net's 3088000000000017) and defunct schemes
// such as Australian BankCard (56).
var iinRanges = []iinRange{
	{4, 4, 1, lens(13, 16, 19), "visa"},
	{51, 55, 2, lens(16), "mastercard"},
	{2221, 2720, 4, lens(16), "mastercard"},
	{34, 34, 2, lens(15), "amex"},
	{37, 37, 2, lens(15), "amex"},
	{6011, 6011, 4, lenRange(16, 19), "discover"},
	{644, 649, 3, lenRange(16, 19), "discover"},
	{65, 65, 2, lenRange(16, 19), "discover"},
	{622126, 622925, 6, lenRange(16, 19), "discover"},
	{3528, 3589, 4, lenRange(16, 19), "jcb"},
	{300, 305, 3, lenRange(14, 19), "diners"},
	{36, 36, 2, lenRange(14, 19), "diners"},
	{3095, 3095, 4, lenRange(16, 19), "diners"},
	{38, 39, 2, lenRange(14, 19), "diners"}, // 14 digits too: PayPal's 38520000023237, Authorize.Net's 38000000000006
	{62, 62, 2, lenRange(16, 19), "unionpay"},
	{60, 60, 2, lens(16), "rupay"},
	{81, 82, 2, lens(16), "rupay"},
	{508, 508, 3, lens(16), "rupay"},
	{353, 353, 3, lens(16), "rupay"},
	{356, 356, 3, lens(16), "rupay"},
	{5018, 5018, 4, lenRange(12, 19), "maestro"},
	{5020, 5020, 4, lenRange(12, 19), "maestro"},
	{5038, 5038, 4, lenRange(12, 19), "maestro"},
	{5893, 5893, 4, lenRange(12, 19), "maestro"},
	{6304, 6304, 4, lenRange(12, 19), "maestro"},
	{6759, 6759, 4, lenRange(12, 19), "maestro"},
	{6761, 6763, 4, lenRange(12, 19), "maestro"},
	{5019, 5019, 4, lens(16), "dankort"},
	{2200, 2204, 4, lenRange(16, 19), "mir"},
	{506099, 506198, 6, lens(16, 18, 19), "verve"},
	{507865, 507964, 6, lens(16, 18, 19), "verve"},
	{650002, 650027, 6, lens(16, 18, 19), "verve"},
	{9792, 9792, 4, lens(16), "troy"},
}

// cardScheme returns the scheme of a card number (ASCII digits), or "" when
// no IIN range with a matching length covers it.
func cardScheme(digits []byte) string {
	n := len(digits)
	for i := range iinRanges {
		r := &iinRanges[i]
		if int(r.prefixLen) > n || r.lengths&(1<<n) == 0 {
			continue
		}
		var v uint32
		for _, c := range digits[:r.prefixLen] {
			v = v*10 + uint32(c-'0')
		}
		if v >= r.lo && v <= r.hi {
			return r.scheme
		}
	}
	return ""
}

// ibanLengths maps an ISO 3166-1 alpha-2 code to the length of that
// country's IBAN. Source: SWIFT IBAN Registry (ISO 13616), release of 2025,
// https://www.swift.com/standards/data-standards/iban-international-bank-account-number,
// as mirrored by skwasjer/IbanNet SupportedCountries.md; BI, DJ, FK, HN, LY,
// MN, NI, OM, RU, SD, SO and YE are the registry's 2020-2025 additions.
var ibanLengths = map[[2]byte]uint8{
	{'A', 'D'}: 24, {'A', 'E'}: 23, {'A', 'L'}: 28, {'A', 'T'}: 20, {'A', 'Z'}: 28,
	{'B', 'A'}: 20, {'B', 'E'}: 16, {'B', 'G'}: 22, {'B', 'H'}: 22, {'B', 'I'}: 27,
	{'B', 'R'}: 29, {'B', 'Y'}: 28, {'C', 'H'}: 21, {'C', 'R'}: 22, {'C', 'Y'}: 28,
	{'C', 'Z'}: 24, {'D', 'E'}: 22, {'D', 'J'}: 27, {'D', 'K'}: 18, {'D', 'O'}: 28,
	{'E', 'E'}: 20, {'E', 'G'}: 29, {'E', 'S'}: 24, {'F', 'I'}: 18, {'F', 'K'}: 18,
	{'F', 'O'}: 18, {'F', 'R'}: 27, {'G', 'B'}: 22, {'G', 'E'}: 22, {'G', 'I'}: 23,
	{'G', 'L'}: 18, {'G', 'R'}: 27, {'G', 'T'}: 28, {'H', 'N'}: 28, {'H', 'R'}: 21,
	{'H', 'U'}: 28, {'I', 'E'}: 22, {'I', 'L'}: 23, {'I', 'Q'}: 23, {'I', 'S'}: 26,
	{'I', 'T'}: 27, {'J', 'O'}: 30, {'K', 'W'}: 30, {'K', 'Z'}: 20, {'L', 'B'}: 28,
	{'L', 'C'}: 32, {'L', 'I'}: 21, {'L', 'T'}: 20, {'L', 'U'}: 20, {'L', 'V'}: 21,
	{'L', 'Y'}: 25, {'M', 'C'}: 27, {'M', 'D'}: 24, {'M', 'E'}: 22, {'M', 'K'}: 19,
	{'M', 'N'}: 20, {'M', 'R'}: 27, {'M', 'T'}: 31, {'M', 'U'}: 30, {'N', 'I'}: 28,
	{'N', 'L'}: 18, {'N', 'O'}: 15, {'O', 'M'}: 23, {'P', 'K'}: 24, {'P', 'L'}: 28,
	{'P', 'S'}: 29, {'P', 'T'}: 25, {'Q', 'A'}: 29, {'R', 'O'}: 24, {'R', 'S'}: 22,
	{'R', 'U'}: 33, {'S', 'A'}: 24, {'S', 'C'}: 31, {'S', 'D'}: 18, {'S', 'E'}: 24,
	{'S', 'I'}: 19, {'S', 'K'}: 24, {'S', 'M'}: 27, {'S', 'O'}: 23, {'S', 'T'}: 25,
	{'S', 'V'}: 28, {'T', 'L'}: 23, {'T', 'N'}: 24, {'T', 'R'}: 26, {'U', 'A'}: 29,
	{'V', 'A'}: 22, {'V', 'G'}: 24, {'X', 'K'}: 20, {'Y', 'E'}: 30,
}

// gstStateCodes marks the valid first two digits of a GSTIN: 01-38 (25 is
// Daman and Diu, merged into 26 on 2020-01-26 but still found on older
// registrations), 97 (Other Territory) and 99 (Centre Jurisdiction).
// Sources: GST state code list, https://gstkanun.in/gst-state-code-list-of-india/
// and https://beta.forbesindia.com/article/explainers/gst-state-code-list-jurisdiction-details/86511/1
// (both 2024).
func gstStateCode(tens, units byte) bool {
	n := int(tens-'0')*10 + int(units-'0')
	return (n >= 1 && n <= 38) || n == 97 || n == 99
}

// panHolderTypes are the valid 4th characters of an Indian PAN: P person,
// C company, H HUF, F firm or LLP, A AOP, T trust, B BOI, L local authority,
// J artificial juridical person, G government, E LLP (anchors.md §19).
const panHolderTypes = "ABCEFGHJLPT"

// callingCodes are the country calling codes assigned in ITU-T E.164
// (Annex to ITU Operational Bulletin No. 1096, "List of ITU-T Recommendation
// E.164 assigned country codes", with later amendments). Codes are
// prefix-free, so a number's code is found by trying 1, 2 and 3 digits.
var callingCodes = func() map[uint16]bool {
	m := map[uint16]bool{1: true, 7: true}
	for _, c := range []uint16{
		20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49,
		51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84,
		86, 90, 91, 92, 93, 94, 95, 98,
		211, 212, 213, 216, 218, 290, 291, 297, 298, 299, 385, 386, 387, 389,
		420, 421, 423, 670, 800, 808, 850, 852, 853, 855, 856, 870, 878, 880,
		881, 882, 883, 886, 888, 979, 998,
	} {
		m[c] = true
	}
	for _, r := range [][2]uint16{
		{220, 258}, {260, 269}, {350, 359}, {370, 378}, {380, 383}, {500, 509},
		{590, 599}, {672, 683}, {685, 692}, {960, 968}, {970, 977}, {992, 996},
	} {
		for c := r[0]; c <= r[1]; c++ {
			m[c] = true
		}
	}
	return m
}()

// numberType is one kind of national significant number (NSN) in a
// numbering plan: its possible first digits and its length range.
type numberType struct {
	leading  string // allowed first digits of the NSN
	min, max int    // NSN length range
	second   string // if set, allowed second digits (DE mobiles 15-17, IT area codes)
}

// phonePlan is the part of a national numbering plan the scanner checks.
type phonePlan struct {
	region string // ISO 3166-1 alpha-2
	cc     string // country calling code
	trunk  byte   // national (trunk) prefix dialled before the NSN, 0 if none
	// bare lists the first digits of national numbers commonly written
	// without the trunk prefix: NANP numbers without the 1, Indian mobiles
	// without the 0. Empty means the prefix is required.
	bare  string
	types []numberType
}

// phonePlans covers the countries named in issue 4: India, the NANP (US),
// the UK and the EU's largest states. Lengths and leading digits are the
// generalDesc, fixedLine and mobile descriptions of Google libphonenumber
// resources/PhoneNumberMetadata.xml (mirrored in
// nosir/libphonenumber-country-metadata), simplified to first digit and
// length; the trunk prefixes are the metadata's nationalPrefix. The
// national plans themselves are published by the ITU-T under E.129
// (https://www.itu.int/oth/T0202.aspx).
var phonePlans = []phonePlan{
	// NANP: NPA-NXX-XXXX, NPA and NXX never start with 0 or 1 (NANPA).
	{region: "US", cc: "1", trunk: '1', bare: "23456789", types: []numberType{{leading: "23456789", min: 10, max: 10}}},
	// India: 10-digit NSN; mobiles start 6-9, fixed lines with the STD code 1-5.
	{region: "IN", cc: "91", trunk: '0', bare: "6789", types: []numberType{{leading: "123456789", min: 10, max: 10}}},
	// UK: geographic 01/02 (9-10 digits), non-geographic 03/05/08/09 and mobiles 07 (10 digits).
	{region: "GB", cc: "44", trunk: '0', types: []numberType{
		{leading: "12", min: 9, max: 10}, {leading: "357", min: 10, max: 10}, {leading: "89", min: 9, max: 10}}},
	// Germany: mobiles 015x/016x/017x (10-11 digits), fixed lines 6-11 digits.
	{region: "DE", cc: "49", trunk: '0', types: []numberType{
		{leading: "1", second: "567", min: 10, max: 11}, {leading: "23456789", min: 6, max: 11}}},
	// France: 9-digit NSN after the trunk 0.
	{region: "FR", cc: "33", trunk: '0', types: []numberType{{leading: "123456789", min: 9, max: 9}}},
	// Italy: no trunk prefix; fixed lines keep their leading 0 and an area code (6-11 digits), mobiles start with 3 (9-10).
	{region: "IT", cc: "39", types: []numberType{{leading: "0", second: "123456789", min: 6, max: 11}, {leading: "3", second: "123456789", min: 9, max: 10}}},
	// Spain: closed 9-digit plan; 6/7 mobile, 8/9 fixed, 5 personal numbers.
	{region: "ES", cc: "34", types: []numberType{{leading: "56789", min: 9, max: 9}}},
	// Netherlands: 9-digit NSN after the trunk 0.
	{region: "NL", cc: "31", trunk: '0', types: []numberType{{leading: "123456789", min: 9, max: 9}}},
	// Poland: closed 9-digit plan, no trunk prefix.
	{region: "PL", cc: "48", types: []numberType{{leading: "123456789", min: 9, max: 9}}},
}

// planFor returns the plan for a calling code, or nil.
func planFor(cc []byte) *phonePlan {
	for i := range phonePlans {
		if string(cc) == phonePlans[i].cc {
			return &phonePlans[i]
		}
	}
	return nil
}

// matches reports whether nsn is a possible number of some type of the plan.
func (p *phonePlan) matches(nsn []byte) bool {
	for _, t := range p.types {
		if len(nsn) < t.min || len(nsn) > t.max {
			continue
		}
		if !containsByte(t.leading, nsn[0]) {
			continue
		}
		if t.second != "" && (len(nsn) < 2 || !containsByte(t.second, nsn[1])) {
			continue
		}
		if p.region == "US" && !nanpValid(nsn) {
			continue
		}
		return true
	}
	return false
}

// nanpValid checks NPA-NXX rules on a 10-digit NANP number: the area code
// and the exchange start with 2-9, and the area code is not an N11 service
// code (NANPA, "NPA Code Assignment").
func nanpValid(nsn []byte) bool {
	if len(nsn) != 10 || nsn[0] < '2' || nsn[3] < '2' {
		return false
	}
	return !(nsn[1] == '1' && nsn[2] == '1')
}

func containsByte(s string, c byte) bool {
	for i := range len(s) {
		if s[i] == c {
			return true
		}
	}
	return false
}
