package consent

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
)

// Digest is a SHA-256 hash: of a notice's text, or of a ledger record. The
// zero Digest means "none" (the previous hash of the first record in a ledger).
type Digest [sha256.Size]byte

// HashText returns the SHA-256 digest of a notice's exact text (the bytes
// shown to the subject). Any change to the text, however small, changes the
// digest, so a recorded digest proves which text the subject saw.
func HashText(text []byte) Digest { return sha256.Sum256(text) }

// IsZero reports whether d is the zero Digest.
func (d Digest) IsZero() bool { return d == Digest{} }

// String returns the digest as 64 lower-case hex digits.
func (d Digest) String() string { return hex.EncodeToString(d[:]) }

// MarshalText implements [encoding.TextMarshaler] (64 lower-case hex digits).
func (d Digest) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

var errDigestText = errors.New("consent: digest must be 64 hex digits")

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts exactly 64
// hex digits.
func (d *Digest) UnmarshalText(b []byte) error {
	if len(b) != 2*len(d) {
		return errDigestText
	}
	var v Digest
	if _, err := hex.Decode(v[:], b); err != nil {
		return errDigestText
	}
	*d = v
	return nil
}

// ParseDigest parses 64 hex digits.
func ParseDigest(s string) (Digest, error) {
	var d Digest
	err := d.UnmarshalText([]byte(s))
	return d, err
}
