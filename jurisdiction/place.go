package jurisdiction

import (
	"strconv"

	"golang.org/x/text/language"
)

// Place is a jurisdiction: an ISO 3166-1 country ("DE") or an ISO 3166-2
// subdivision ("US-CA"). Places are small comparable values; use them as map
// keys and compare them with ==.
//
// The zero Place is the unknown place. It prints as "", is never a member of
// anything, and every question about it is answered with [ErrUnknownPlace].
//
// A Place is immutable and safe for concurrent use.
type Place struct {
	code string // canonical code, interned from the package tables; "" = unknown
}

// ParsePlace parses a country or subdivision code and returns its canonical
// place. It accepts, case-insensitively:
//
//   - ISO 3166-1 alpha-2 ("DE"), alpha-3 ("DEU") and numeric ("276") codes;
//   - the aliases UK (for GB) and EL (the EU's code for Greece, GR);
//   - ISO 3166-2 subdivisions of the countries listed in the package
//     documentation, written with an alpha-2 (or alias) prefix: "US-CA",
//     "uk-sct" (GB-SCT), "ES-CN", "PT-20".
//
// Errors wrap [ErrMalformedPlace], [ErrUnknownPlace] or [ErrPrivateUsePlace]
// inside a [*PlaceError]; ParsePlace never panics.
//
// Compatibility: a code that ParsePlace accepts in one release of this
// module it accepts, with the same canonical form, in every later release,
// even if ISO withdraws it. Stored places (a consent ledger, a request log)
// therefore always parse again.
func ParsePlace(s string) (Place, error) {
	const maxLen = len("GB-SCT")
	if len(s) == 0 || len(s) > maxLen {
		return Place{}, placeError(s, ErrMalformedPlace)
	}
	var buf [maxLen]byte
	u := buf[:len(s)]
	hyphen := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		case 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '-' && hyphen < 0:
			hyphen = i
		default:
			return Place{}, placeError(s, ErrMalformedPlace)
		}
		u[i] = c
	}
	if hyphen >= 0 {
		return parseSubdivision(s, u, hyphen)
	}
	return parseCountry(s, u)
}

func parseCountry(input string, u []byte) (Place, error) {
	switch {
	case len(u) == 2 && isLetters(u):
		if isPrivateAlpha(u) {
			return Place{}, placeError(input, ErrPrivateUsePlace)
		}
		code := string(u)
		if alias, ok := countryAliases[code]; ok {
			code = alias
		}
		if c, ok := countrySet[code]; ok {
			return Place{code: c}, nil
		}
	case len(u) == 3 && isLetters(u):
		if isPrivateAlpha(u) {
			return Place{}, placeError(input, ErrPrivateUsePlace)
		}
		r, err := language.ParseRegion(string(u))
		if err == nil && r.ISO3() == string(u) {
			if c, ok := countrySet[r.String()]; ok {
				return Place{code: c}, nil
			}
		}
	case len(u) == 3 && isDigits(u):
		n := int(u[0]-'0')*100 + int(u[1]-'0')*10 + int(u[2]-'0')
		if n >= 900 {
			return Place{}, placeError(input, ErrPrivateUsePlace)
		}
		r, err := language.ParseRegion(string(u))
		// x/text resolves some withdrawn numeric codes to their successor
		// (280, West Germany, to DE); requiring the round trip rejects them.
		if err == nil && r.M49() == n {
			if c, ok := countrySet[r.String()]; ok {
				return Place{code: c}, nil
			}
		}
	default:
		return Place{}, placeError(input, ErrMalformedPlace)
	}
	return Place{}, placeError(input, ErrUnknownPlace)
}

func parseSubdivision(input string, u []byte, hyphen int) (Place, error) {
	country, sub := u[:hyphen], u[hyphen+1:]
	if len(country) != 2 || !isLetters(country) || len(sub) == 0 || len(sub) > 3 {
		return Place{}, placeError(input, ErrMalformedPlace)
	}
	if isPrivateAlpha(country) {
		return Place{}, placeError(input, ErrPrivateUsePlace)
	}
	cc := string(country)
	if alias, ok := countryAliases[cc]; ok {
		cc = alias
	}
	full := cc + "-" + string(sub)
	if alias, ok := subdivisionAliases[full]; ok {
		full = alias
	}
	if c, ok := subdivisionSet[full]; ok {
		return Place{code: c}, nil
	}
	return Place{}, placeError(input, ErrUnknownPlace)
}

// isPrivateAlpha reports whether an upper-case alpha-2 or alpha-3 code lies in
// a user-assigned range of ISO 3166-1 §8.1.3: AA, QM–QZ, XA–XZ, ZZ, and the
// alpha-3 codes that begin with them.
func isPrivateAlpha(u []byte) bool {
	a, b := u[0], u[1]
	return (a == 'A' && b == 'A') || (a == 'Q' && b >= 'M') || a == 'X' || (a == 'Z' && b == 'Z')
}

func isLetters(u []byte) bool {
	for _, c := range u {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

func isDigits(u []byte) bool {
	for _, c := range u {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// MustParsePlace is like [ParsePlace] but panics if s is not a valid place. It
// is meant for constants in programs and tests.
func MustParsePlace(s string) Place {
	p, err := ParsePlace(s)
	if err != nil {
		panic(err)
	}
	return p
}

// String returns the canonical code: "GB", "US-CA". The zero Place returns "".
func (p Place) String() string { return p.code }

// IsZero reports whether p is the zero (unknown) place.
func (p Place) IsZero() bool { return p.code == "" }

// IsSubdivision reports whether p is an ISO 3166-2 subdivision.
func (p Place) IsSubdivision() bool { return len(p.code) > 2 }

// Country returns the country p belongs to: "US-CA" gives "US"; a country
// returns itself; the zero Place returns the zero Place. Note that Country
// follows ISO 3166, not sovereignty: GP (Guadeloupe) is its own ISO country.
func (p Place) Country() Place {
	if len(p.code) > 2 {
		return Place{code: p.code[:2]}
	}
	return p
}

// Alpha3 returns the ISO 3166-1 alpha-3 code of p's country ("DEU"), or "" for
// the zero Place.
func (p Place) Alpha3() string {
	if p.IsZero() {
		return ""
	}
	return language.MustParseRegion(p.code[:2]).ISO3()
}

// Numeric returns the ISO 3166-1 numeric code of p's country as three digits
// ("276"), or "" for the zero Place.
func (p Place) Numeric() string {
	if p.IsZero() {
		return ""
	}
	n := language.MustParseRegion(p.code[:2]).M49()
	s := strconv.Itoa(n)
	for len(s) < 3 {
		s = "0" + s
	}
	return s
}

// MarshalText implements [encoding.TextMarshaler]. It returns the canonical
// code, or an empty text for the zero Place.
func (p Place) MarshalText() ([]byte, error) { return []byte(p.code), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParsePlace]. An
// empty text decodes to the zero Place, so that every marshalled Place round
// trips; any other invalid text is an error and leaves p unchanged.
func (p *Place) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Place{}
		return nil
	}
	q, err := ParsePlace(string(text))
	if err != nil {
		return err
	}
	*p = q
	return nil
}
