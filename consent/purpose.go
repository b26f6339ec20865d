package consent

import (
	"slices"
	"strings"
)

// PurposeID names a purpose in a catalog, e.g. "marketing-email". An id is 1
// to 64 bytes: lower-case ASCII letters, digits, '-', '_' and '.', starting
// with a letter or digit. Purpose ids are chosen by the controller and are
// not personal data.
type PurposeID string

// Valid reports whether id is well formed.
func (id PurposeID) Valid() bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case (c == '-' || c == '_' || c == '.') && i > 0:
		default:
			return false
		}
	}
	return true
}

// Category names a category of personal data a purpose uses, e.g. "contact"
// or "tracking". Categories are plain strings in this package; they are meant
// to match the pii package's category names, which consent does not import.
type Category string

// Purpose is one reason to process personal data, as a notice tells it to
// the subject (policy §4.2: the purpose is told before collection).
//
// A purpose is essential or optional. An essential purpose (providing the
// service, security, billing, legal obligations) needs no consent and cannot
// be opted out of (§6.3); an optional one is off until the lawful basis
// allows it (§2.8). Purposes are plain values; a [Policy] copies them.
type Purpose struct {
	ID          PurposeID
	Name        string     // short, for people: "Marketing e-mails"
	Description string     // one or two sentences a subject can read
	Basis       Basis      // the lawful basis (GDPR Art. 6(1))
	Essential   bool       // needed for the service; no consent, no opt-out
	Categories  []Category // the data categories the purpose uses
	Activities  Activity   // special activities involved (sale, profiling, …)
	Clause      string     // where the purpose comes from, e.g. "§3.8"
}

// validate checks one purpose for the catalog.
func (p *Purpose) validate() error {
	switch {
	case !p.ID.Valid():
		return purposeError(p.ID, ErrInvalidPurpose, "malformed id")
	case strings.TrimSpace(p.Name) == "":
		return purposeError(p.ID, ErrInvalidPurpose, "no name")
	case strings.TrimSpace(p.Description) == "":
		return purposeError(p.ID, ErrInvalidPurpose, "no description")
	case !p.Basis.Valid():
		return purposeError(p.ID, ErrInvalidPurpose, "no lawful basis")
	case p.Essential && p.Basis == BasisConsent:
		return purposeError(p.ID, ErrInvalidPurpose, "an essential purpose cannot rest on consent")
	case p.Activities >= activityEnd:
		return purposeError(p.ID, ErrInvalidPurpose, "unknown activity")
	case strings.TrimSpace(p.Clause) == "":
		return purposeError(p.ID, ErrInvalidPurpose, "no clause")
	}
	for _, c := range p.Categories {
		if c == "" {
			return purposeError(p.ID, ErrInvalidPurpose, "empty data category")
		}
	}
	return nil
}

func (p Purpose) clone() Purpose {
	p.Categories = slices.Clone(p.Categories)
	return p
}
