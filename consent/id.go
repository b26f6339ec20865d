package consent

import (
	"crypto/rand"
	"io"
	"time"

	"github.com/oklog/ulid/v2"
)

// ID identifies one ledger event. It is a ULID: 48 bits of millisecond time
// followed by 80 bits of randomness from crypto/rand, monotonic within a
// millisecond, so IDs sort in the order they were made. The zero ID is
// invalid and means "none" (for example, a [Decision] made by a rule rather
// than by an event).
//
// ID is a comparable value, safe to copy and to use as a map key.
type ID [16]byte

// ParseID parses the canonical 26-character Crockford base32 form of an ID.
// It is strict: a wrong length, a character outside the alphabet or a value
// that overflows 128 bits returns an error wrapping [ErrInvalidID].
func ParseID(s string) (ID, error) {
	u, err := ulid.ParseStrict(s)
	if err != nil {
		return ID{}, &idError{err: err}
	}
	return ID(u), nil
}

type idError struct{ err error }

func (e *idError) Error() string        { return ErrInvalidID.Error() + ": " + e.err.Error() }
func (e *idError) Is(target error) bool { return target == ErrInvalidID }
func (e *idError) Unwrap() error        { return e.err }

// String returns the canonical 26-character form, or "" for the zero ID.
func (id ID) String() string {
	if id.IsZero() {
		return ""
	}
	return ulid.ULID(id).String()
}

// IsZero reports whether id is the zero ID.
func (id ID) IsZero() bool { return id == ID{} }

// Time returns the millisecond timestamp embedded in id, in UTC.
func (id ID) Time() time.Time { return ulid.ULID(id).Timestamp().UTC() }

// Compare returns -1, 0 or +1 as id sorts before, equal to or after other.
func (id ID) Compare(other ID) int { return ulid.ULID(id).Compare(ulid.ULID(other)) }

// MarshalText implements [encoding.TextMarshaler]. The zero ID marshals to
// an empty string.
func (id ID) MarshalText() ([]byte, error) { return []byte(id.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseID]'s
// strictness; empty text gives the zero ID.
func (id *ID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = ID{}
		return nil
	}
	v, err := ParseID(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// idSource makes IDs from an entropy source through ulid.Monotonic and a
// locked reader, so it is safe for concurrent use.
type idSource struct {
	r *ulid.LockedMonotonicReader
}

// newIDSource returns a source reading entropy from r; nil means crypto/rand.
// A deterministic r (a seeded generator in tests) gives deterministic IDs for
// a deterministic clock.
func newIDSource(r io.Reader) *idSource {
	if r == nil {
		r = rand.Reader
	}
	return &idSource{r: &ulid.LockedMonotonicReader{MonotonicReader: ulid.Monotonic(r, 0)}}
}

func (s *idSource) next(t time.Time) (ID, error) {
	u, err := ulid.New(ulid.Timestamp(t), s.r)
	if err != nil {
		return ID{}, err
	}
	return ID(u), nil
}
