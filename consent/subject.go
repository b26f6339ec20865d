package consent

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"log/slog"
	"unique"
)

// maxSubjectLen bounds a subject id, in bytes.
const maxSubjectLen = 128

// redactedSubject is what every textual form of a [Subject] prints.
const redactedSubject = "consent.Subject(redacted)"

// Subject is the pseudonymous id of a data subject: a value the controller
// derives from its own user id (see [Pseudonymize]) so that the ledger never
// holds a name, e-mail address or account number.
//
// A pseudonym is still personal data (GDPR Recital 26), so a Subject never
// prints it: String, every fmt verb and slog all show
// "consent.Subject(redacted)". Only [Subject.Reveal] returns the id, for the
// places that must store or compare it (the ledger, receipts, cookies).
// The id is held behind an interned handle ([unique.Handle]), not as a
// string field, so the paths on which fmt prints a struct's fields without
// calling their methods (an unexported field of your struct, or a pointer
// printed under a verb such as %s) show an address, never the id.
//
// The zero Subject is invalid. Subject is comparable (two Subjects are equal
// when their ids are) and safe to copy.
type Subject struct {
	id unique.Handle[string]
}

// subjectOf wraps an id already validated.
func subjectOf(id string) Subject { return Subject{id: unique.Make(id)} }

// NewSubject validates id and wraps it. An id is 1 to 128 bytes of ASCII
// letters, digits and the characters '-', '_', '.', ':' and '~' (which keeps
// it safe in cookies, URLs and logs). Errors wrap [ErrInvalidSubject] and never
// repeat the id.
func NewSubject(id string) (Subject, error) {
	if !validSubject(id) {
		return Subject{}, ErrInvalidSubject
	}
	return subjectOf(id), nil
}

// MustSubject is like [NewSubject] but panics on an invalid id. It is meant
// for tests and constants.
func MustSubject(id string) Subject {
	s, err := NewSubject(id)
	if err != nil {
		panic(err)
	}
	return s
}

// Pseudonymize derives a stable subject id from a controller's own
// identifier (an account id, never shown to anyone) with HMAC-SHA256 under
// key, encoded as 43 characters of unpadded base64url. The same key and
// identifier always give the same Subject; without the key the identifier
// cannot be recovered or confirmed. Keep the key secret and stable: changing
// it changes every subject.
func Pseudonymize(key []byte, identifier string) Subject {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("consent.Subject/v1\x00"))
	m.Write([]byte(identifier))
	return subjectOf(base64.RawURLEncoding.EncodeToString(m.Sum(nil)))
}

func validSubject(id string) bool {
	if len(id) == 0 || len(id) > maxSubjectLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '-', c == '_', c == '.', c == ':', c == '~':
		default:
			return false
		}
	}
	return true
}

// Reveal returns the pseudonymous id. Call it only to store or compare the
// id, never to log or display it.
func (s Subject) Reveal() string {
	if s.IsZero() {
		return ""
	}
	return s.id.Value()
}

// IsZero reports whether s is the zero (invalid) Subject.
func (s Subject) IsZero() bool { return s.id == unique.Handle[string]{} }

// String returns "consent.Subject(redacted)": a Subject never prints its id.
func (s Subject) String() string { return redactedSubject }

// GoString returns the same redacted text as String, so %#v is safe too.
func (s Subject) GoString() string { return redactedSubject }

// Format implements [fmt.Formatter] so that every verb (%v, %+v, %s, %q, %x,
// …) prints the redacted text.
func (s Subject) Format(f fmt.State, verb rune) { _, _ = f.Write([]byte(redactedSubject)) }

// LogValue implements [slog.LogValuer]: a Subject logs as the redacted text.
func (s Subject) LogValue() slog.Value { return slog.StringValue(redactedSubject) }
