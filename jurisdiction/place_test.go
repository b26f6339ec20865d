package jurisdiction

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// placeCases are the table for ParsePlace; FuzzParsePlace uses them as seeds.
var placeCases = []struct {
	in   string
	want string // canonical code; "" when err is set
	err  error
	why  string
}{
	{"DE", "DE", nil, "ISO 3166-1 alpha-2"},
	{"de", "DE", nil, "ISO 3166-1 codes are case-insensitive in input"},
	{"DEU", "DE", nil, "ISO 3166-1 alpha-3"},
	{"deu", "DE", nil, "alpha-3, lower case"},
	{"276", "DE", nil, "ISO 3166-1 numeric"},
	{"826", "GB", nil, "numeric for the United Kingdom"},
	{"036", "AU", nil, "numeric with a leading zero"},
	{"GBR", "GB", nil, "alpha-3 for the United Kingdom"},
	{"UK", "GB", nil, "UK is exceptionally reserved for GB (ISO 3166-1 §7.5)"},
	{"EL", "GR", nil, "EL is the EU's code for Greece (Interinstitutional Style Guide §7.1)"},
	{"el", "GR", nil, "EL alias, lower case"},
	{"GR", "GR", nil, "Greece in ISO"},
	{"AX", "AX", nil, "Åland: ISO country, part of FI (TFEU Art. 355(4))"},
	{"GP", "GP", nil, "Guadeloupe: ISO country and FR outermost region"},
	{"SS", "SS", nil, "newest ISO 3166-1 code (2011)"},
	{"US-CA", "US-CA", nil, "ISO 3166-2:US state"},
	{"us-ca", "US-CA", nil, "subdivision, lower case"},
	{"US-DC", "US-DC", nil, "ISO 3166-2:US district"},
	{"US-PR", "US-PR", nil, "ISO 3166-2:US outlying area"},
	{"GB-SCT", "GB-SCT", nil, "ISO 3166-2:GB nation"},
	{"UK-SCT", "GB-SCT", nil, "UK alias as a subdivision prefix"},
	{"GB-NIR", "GB-NIR", nil, "ISO 3166-2:GB Northern Ireland"},
	{"IN-KA", "IN-KA", nil, "ISO 3166-2:IN Karnataka"},
	{"IN-UT", "IN-UK", nil, "ISO 3166-2:IN Uttarakhand, code changed 2023"},
	{"IN-LA", "IN-LA", nil, "ISO 3166-2:IN Ladakh (union territory)"},
	{"ES-CN", "ES-CN", nil, "ISO 3166-2:ES Canary Islands"},
	{"ES-CE", "ES-CE", nil, "ISO 3166-2:ES Ceuta"},
	{"PT-20", "PT-20", nil, "ISO 3166-2:PT Azores"},
	{"PT-30", "PT-30", nil, "ISO 3166-2:PT Madeira"},
	{"PT-11", "PT-11", nil, "ISO 3166-2:PT Lisbon district"},
	{"DE-BY", "DE-BY", nil, "ISO 3166-2:DE Bavaria"},
	{"CA-QC", "CA-QC", nil, "ISO 3166-2:CA Quebec"},
	{"AU-NSW", "AU-NSW", nil, "ISO 3166-2:AU New South Wales"},
	{"FR-971", "FR-971", nil, "ISO 3166-2:FR overseas department"},
	{"FR-NC", "FR-NC", nil, "ISO 3166-2:FR New Caledonia"},
	{"FR-20R", "FR-20R", nil, "ISO 3166-2:FR Corse"},
	{"IT-25", "IT-25", nil, "ISO 3166-2:IT Lombardia"},
	{"BR-SP", "BR-SP", nil, "ISO 3166-2:BR São Paulo"},
	{"CH-ZH", "CH-ZH", nil, "ISO 3166-2:CH Zürich"},

	{"", "", ErrMalformedPlace, "empty"},
	{"D", "", ErrMalformedPlace, "one letter"},
	{"DEUT", "", ErrMalformedPlace, "four letters"},
	{" DE", "", ErrMalformedPlace, "surrounding space is not trimmed"},
	{"D1", "", ErrMalformedPlace, "mixed alpha-2"},
	{"27", "", ErrMalformedPlace, "numeric codes have three digits"},
	{"US_CA", "", ErrMalformedPlace, "wrong separator"},
	{"USA-CA", "", ErrMalformedPlace, "subdivision prefix must be alpha-2"},
	{"US-", "", ErrMalformedPlace, "empty subdivision"},
	{"US-CA-X", "", ErrMalformedPlace, "two hyphens"},
	{"US-ÇA", "", ErrMalformedPlace, "non-ASCII"},
	{strings.Repeat("X", 4096), "", ErrMalformedPlace, "hostile length"},

	{"AA", "", ErrPrivateUsePlace, "ISO 3166-1 user-assigned AA"},
	{"QM", "", ErrPrivateUsePlace, "user-assigned QM"},
	{"QZ", "", ErrPrivateUsePlace, "user-assigned QZ"},
	{"QU", "", ErrPrivateUsePlace, "user-assigned QU (CLDR's alias for EU)"},
	{"XA", "", ErrPrivateUsePlace, "user-assigned XA"},
	{"XK", "", ErrPrivateUsePlace, "XK (Kosovo) is user-assigned, not ISO"},
	{"ZZ", "", ErrPrivateUsePlace, "user-assigned ZZ (CLDR unknown region)"},
	{"XKX", "", ErrPrivateUsePlace, "user-assigned alpha-3"},
	{"AAA", "", ErrPrivateUsePlace, "user-assigned alpha-3 AAA"},
	{"999", "", ErrPrivateUsePlace, "numeric 900-999 are user-assigned"},
	{"XA-01", "", ErrPrivateUsePlace, "user-assigned country prefix"},

	{"EU", "", ErrUnknownPlace, "EU is exceptionally reserved, and a CLDR group, not a country"},
	{"EZ", "", ErrUnknownPlace, "EZ (euro area) is a CLDR quirk"},
	{"UN", "", ErrUnknownPlace, "UN is a CLDR quirk"},
	{"150", "", ErrUnknownPlace, "150 (Europe) is a UN M.49 group"},
	{"001", "", ErrUnknownPlace, "001 (World) is a UN M.49 group"},
	{"IC", "", ErrUnknownPlace, "IC is exceptionally reserved; the Canaries are ES-CN"},
	{"AC", "", ErrUnknownPlace, "AC is exceptionally reserved"},
	{"FX", "", ErrUnknownPlace, "FX (metropolitan France) was withdrawn"},
	{"249", "", ErrUnknownPlace, "249 (metropolitan France) was withdrawn"},
	{"SU", "", ErrUnknownPlace, "SU (USSR) was withdrawn"},
	{"SUN", "", ErrUnknownPlace, "SUN (USSR) was withdrawn"},
	{"DD", "", ErrUnknownPlace, "DD (GDR) was withdrawn"},
	{"280", "", ErrUnknownPlace, "280 (FRG) was withdrawn; x/text maps it to DE"},
	{"YU", "", ErrUnknownPlace, "YU (Yugoslavia) was withdrawn"},
	{"BU", "", ErrUnknownPlace, "BU (Burma) was withdrawn"},
	{"ROM", "", ErrUnknownPlace, "ROM is the pre-2002 alpha-3 of Romania"},
	{"US-XX", "", ErrUnknownPlace, "no such ISO 3166-2:US code"},
	{"NL-NH", "", ErrUnknownPlace, "NL subdivisions are not in the tables"},
	{"GB-UKM", "", ErrUnknownPlace, "not one of the four nations"},
	{"EL-A", "", ErrUnknownPlace, "GR subdivisions are not in the tables"},
}

func TestParsePlace(t *testing.T) {
	t.Parallel()
	for _, tc := range placeCases {
		t.Run(tc.why, func(t *testing.T) {
			t.Parallel()
			got, err := ParsePlace(tc.in)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				assert.True(t, got.IsZero(), "a failed parse returns the zero Place")
				var pe *PlaceError
				require.ErrorAs(t, err, &pe)
				assert.LessOrEqual(t, len(pe.Code), maxEchoedCode+3, "echoed input is bounded")
				assert.True(t, strings.HasPrefix(err.Error(), "jurisdiction: "))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.String())
		})
	}
}

// TestEveryISOCountryParses proves the allowlist and x/text agree: each of the
// 249 ISO 3166-1 codes parses in all three forms to itself.
func TestEveryISOCountryParses(t *testing.T) {
	t.Parallel()
	codes := strings.Fields(isoCountries)
	require.Len(t, codes, 249, "ISO 3166-1 assigns 249 alpha-2 codes")
	for _, c := range codes {
		p, err := ParsePlace(c)
		require.NoError(t, err, c)
		require.Equal(t, c, p.String())
		a3, err := ParsePlace(p.Alpha3())
		require.NoError(t, err, "alpha-3 of %s", c)
		assert.Equal(t, p, a3, "alpha-3 of %s", c)
		num, err := ParsePlace(p.Numeric())
		require.NoError(t, err, "numeric of %s", c)
		assert.Equal(t, p, num, "numeric of %s", c)
	}
}

// TestOnlyISOCountriesParse walks every two-letter code: exactly the 249 ISO
// codes and the two aliases parse.
func TestOnlyISOCountriesParse(t *testing.T) {
	t.Parallel()
	accepted := 0
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			if _, err := ParsePlace(string([]byte{a, b})); err == nil {
				accepted++
			}
		}
	}
	assert.Equal(t, 249+len(countryAliases), accepted)
}

func TestSubdivisions(t *testing.T) {
	t.Parallel()
	counts := map[string]int{
		"US": 57, // 50 states, DC, 6 outlying areas (ISO 3166-2:US)
		"GB": 4,  // ENG, NIR, SCT, WLS
		"IN": 36, // 28 states, 8 union territories
		"ES": 19, // 17 autonomous communities, 2 autonomous cities
		"PT": 20, // 18 districts, 2 autonomous regions
		"DE": 16,
		"CA": 13,
		"AU": 8,
		"IT": 20,
		"BR": 27,
		"CH": 26,
		"FR": 31,
	}
	for country, n := range counts {
		subs := Subdivisions(MustParsePlace(country))
		assert.Len(t, subs, n, country)
		for _, s := range subs {
			assert.True(t, s.IsSubdivision())
			assert.Equal(t, country, s.Country().String())
			back, err := ParsePlace(s.String())
			require.NoError(t, err)
			assert.Equal(t, s, back)
		}
	}
	assert.Nil(t, Subdivisions(MustParsePlace("NL")))
	assert.Nil(t, Subdivisions(Place{}))
	assert.Len(t, Subdivisions(MustParsePlace("US-TX")), 57, "a subdivision lists its siblings")
}

func TestPlaceMethods(t *testing.T) {
	t.Parallel()
	ca := MustParsePlace("US-CA")
	assert.True(t, ca.IsSubdivision())
	assert.Equal(t, MustParsePlace("US"), ca.Country())
	assert.Equal(t, "USA", ca.Alpha3())
	assert.Equal(t, "840", ca.Numeric())

	de := MustParsePlace("DE")
	assert.False(t, de.IsSubdivision())
	assert.Equal(t, de, de.Country())

	var zero Place
	assert.True(t, zero.IsZero())
	assert.Equal(t, "", zero.String())
	assert.Equal(t, zero, zero.Country())
	assert.Equal(t, "", zero.Alpha3())
	assert.Equal(t, "", zero.Numeric())

	assert.Panics(t, func() { MustParsePlace("EU") })
}

func TestPlaceText(t *testing.T) {
	t.Parallel()
	type row struct {
		Where Place `json:"where"`
	}
	b, err := json.Marshal(row{MustParsePlace("gb-sct")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"where":"GB-SCT"}`, string(b))

	var r row
	require.NoError(t, json.Unmarshal([]byte(`{"where":"uk"}`), &r))
	assert.Equal(t, MustParsePlace("GB"), r.Where)

	require.NoError(t, json.Unmarshal([]byte(`{"where":""}`), &r))
	assert.True(t, r.Where.IsZero(), "empty text is the zero Place")

	r.Where = MustParsePlace("DE")
	err = json.Unmarshal([]byte(`{"where":"ZZ"}`), &r)
	require.ErrorIs(t, err, ErrPrivateUsePlace)
	assert.Equal(t, MustParsePlace("DE"), r.Where, "a failed decode leaves the value unchanged")
}

func TestPlaceErrorIsBounded(t *testing.T) {
	t.Parallel()
	_, err := ParsePlace("\x00\xffabcdefghijklmnopqrstuvwxyz")
	var pe *PlaceError
	require.ErrorAs(t, err, &pe)
	assert.Empty(t, pe.Code)
	assert.True(t, errors.Is(err, ErrMalformedPlace))
	assert.Equal(t, `jurisdiction: malformed place code (28 bytes, not shown)`, err.Error())
}

// TestPlaceErrorHidesWhatIsNotACode: errors never contain personal data
// (style rule 10), and text that is not shaped like a place code may be any
// text, so it is not repeated, not even in part; a code-shaped input is.
func TestPlaceErrorHidesWhatIsNotACode(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"alice@example.com", `jurisdiction: malformed place code (17 bytes, not shown)`},
		{"Bob Li", `jurisdiction: malformed place code (6 bytes, not shown)`},
		{"+44207", `jurisdiction: malformed place code (6 bytes, not shown)`},
		{"9876543", `jurisdiction: malformed place code (7 bytes, not shown)`},
		{"", `jurisdiction: malformed place code ""`},
		{"us-xx", `jurisdiction: unknown place "us-xx"`},
		{"ZZ", `jurisdiction: private-use place code "ZZ"`},
		{"A-B-C", `jurisdiction: malformed place code "A-B-C"`},
	}
	for _, tt := range tests {
		_, err := ParsePlace(tt.in)
		require.Error(t, err, tt.in)
		assert.Equal(t, tt.want, err.Error())
	}
}

func FuzzParsePlace(f *testing.F) {
	for _, tc := range placeCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePlace(s)
		if err != nil {
			if !p.IsZero() {
				t.Fatalf("ParsePlace(%q) failed but returned %v", s, p)
			}
			if !errors.Is(err, ErrMalformedPlace) && !errors.Is(err, ErrUnknownPlace) && !errors.Is(err, ErrPrivateUsePlace) {
				t.Fatalf("ParsePlace(%q): unexpected error %v", s, err)
			}
			if len(err.Error()) > 80 {
				t.Fatalf("ParsePlace(%q): error text unbounded: %d bytes", s, len(err.Error()))
			}
			return
		}
		if p.IsZero() {
			t.Fatalf("ParsePlace(%q) succeeded with the zero Place", s)
		}
		q, err := ParsePlace(p.String())
		if err != nil {
			t.Fatalf("canonical %q of %q does not parse: %v", p, s, err)
		}
		if q != p || q.String() != p.String() {
			t.Fatalf("canonical form unstable: %q -> %q -> %q", s, p, q)
		}
		if p.IsSubdivision() != strings.Contains(s, "-") {
			t.Fatalf("%q parsed to %q: subdivision-ness changed", s, p)
		}
		text, err := p.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%q): %v", p, err)
		}
		var r Place
		if err := r.UnmarshalText(text); err != nil || r != p {
			t.Fatalf("text round trip of %q gave %q, %v", p, r, err)
		}
		if p.Country().IsZero() || p.Country().IsSubdivision() {
			t.Fatalf("Country(%q) = %q", p, p.Country())
		}
		for _, code := range []string{p.Alpha3(), p.Numeric()} {
			if c, err := ParsePlace(code); err != nil || c != p.Country() {
				t.Fatalf("%q of %q parses to %q, %v; want its country %q", code, p, c, err, p.Country())
			}
		}
	})
}
