package pii

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

// Sealer encrypts values reversibly for [TreatmentSeal] and decrypts them for
// [Redactor.Open]. aad is additional data the token is bound to (the Redactor passes the
// value's category), so a token opens only with the same aad.
//
// Open must return an error wrapping [ErrNotSealed] for a string that is not one of its
// tokens, and an error wrapping [ErrOpen] for a token it cannot open. Errors must not hold
// the plaintext. Implementations must be safe for concurrent use.
//
// [NewAESSealer] returns the standard implementation; a per-subject keyring can supply its
// own Sealer, so that forgetting a subject's key makes its tokens unreadable (§16.1).
type Sealer interface {
	Seal(plaintext, aad []byte) (token string, err error)
	Open(token string, aad []byte) (plaintext []byte, err error)
}

// An AES sealed token is "pii:s1:<key id>:<base64url(nonce || ciphertext || tag)>": AES-256
// in GCM mode, with a random 96-bit nonce, and the prefix, the key id and the caller's aad
// as additional data.
const sealPrefix = "pii:s1:"

// AESSealer is a [Sealer] using AES-256-GCM with named keys: it seals with its active key
// and opens tokens of any of its keys, so keys can rotate without losing data.
//
// An AESSealer is immutable and safe for concurrent use. Make one with [NewAESSealer]; the
// zero AESSealer has no key and is not usable.
type AESSealer struct {
	keys []aesKey // keys[0] is active
	rand io.Reader
}

type aesKey struct {
	id   string
	aead cipher.AEAD
}

// NewAESSealer returns an AESSealer that seals with keys[0] and opens tokens made with any
// of keys. Each key's secret must be exactly 32 bytes and its id valid (see [Key]); an
// invalid, repeated or missing key is an error wrapping [ErrInvalidKey].
//
// Nonces are read from random; nil means crypto/rand. A reader that repeats itself breaks
// GCM's security: pass anything but nil only in tests, and then a reader that is safe for
// concurrent use if the sealer is.
func NewAESSealer(random io.Reader, keys ...Key) (*AESSealer, error) {
	if len(keys) == 0 {
		return nil, &KeyError{Reason: "no key given"}
	}
	if random == nil {
		random = rand.Reader
	}
	s := &AESSealer{rand: random}
	seen := map[string]bool{}
	for _, k := range keys {
		if err := k.check(); err != nil {
			return nil, err
		}
		if len(k.Secret) != 32 {
			return nil, &KeyError{ID: k.ID, Reason: "an AES-256 secret must hold exactly 32 bytes"}
		}
		if seen[k.ID] {
			return nil, &KeyError{ID: k.ID, Reason: "the id is used by two keys"}
		}
		seen[k.ID] = true
		block, err := aes.NewCipher(k.Secret)
		if err != nil {
			return nil, &KeyError{ID: k.ID, Reason: "cannot make an AES cipher"}
		}
		aead, err := cipher.NewGCM(block)
		if err != nil {
			return nil, &KeyError{ID: k.ID, Reason: "cannot make a GCM cipher"}
		}
		s.keys = append(s.keys, aesKey{id: k.ID, aead: aead})
	}
	return s, nil
}

// Seal encrypts plaintext with the active key and returns the token.
func (s *AESSealer) Seal(plaintext, aad []byte) (string, error) {
	k := s.keys[0]
	ns := k.aead.NonceSize()
	buf := make([]byte, ns, ns+len(plaintext)+k.aead.Overhead())
	if _, err := io.ReadFull(s.rand, buf); err != nil {
		return "", fmt.Errorf("pii: reading a nonce: %w", err)
	}
	buf = k.aead.Seal(buf, buf[:ns], plaintext, additional(k.id, aad))
	var b strings.Builder
	b.Grow(len(sealPrefix) + len(k.id) + 1 + base64.RawURLEncoding.EncodedLen(len(buf)))
	b.WriteString(sealPrefix)
	b.WriteString(k.id)
	b.WriteByte(':')
	enc := base64.NewEncoder(base64.RawURLEncoding, &b)
	enc.Write(buf)
	enc.Close()
	return b.String(), nil
}

// Open decrypts a token made by Seal with any of s's keys and the same aad. It returns
// [ErrNotSealed] for a string that is not an AES sealed token, and an error wrapping [ErrOpen]
// for a token of an unknown key, a token that was changed, or a different aad. Errors never
// quote the token, which is data.
func (s *AESSealer) Open(token string, aad []byte) ([]byte, error) {
	rest, ok := strings.CutPrefix(token, sealPrefix)
	if !ok {
		return nil, ErrNotSealed
	}
	id, enc, ok := strings.Cut(rest, ":")
	if !ok {
		return nil, ErrNotSealed
	}
	for _, k := range s.keys {
		if k.id != id {
			continue
		}
		raw, ok := decodeToken(enc)
		ns := k.aead.NonceSize()
		if !ok || len(raw) < ns+k.aead.Overhead() {
			return nil, fmt.Errorf("%w: malformed token", ErrOpen)
		}
		plain, err := k.aead.Open(nil, raw[:ns], raw[ns:], additional(k.id, aad))
		if err != nil {
			return nil, fmt.Errorf("%w: authentication failed", ErrOpen)
		}
		return plain, nil
	}
	return nil, fmt.Errorf("%w: unknown key", ErrOpen)
}

// decodeToken decodes the base64url part of a token. It accepts exactly the text the encoder
// writes: encoding/base64 skips CR and LF even in strict mode, and non-strict decoding ignores
// stray trailing bits, so without these checks one token would have many spellings.
func decodeToken(enc string) ([]byte, bool) {
	for i := 0; i < len(enc); i++ {
		if c := enc[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return nil, false
		}
	}
	raw, err := base64.RawURLEncoding.Strict().DecodeString(enc)
	return raw, err == nil
}

// additional is the data a token is bound to: its format, its key id and the caller's aad.
func additional(id string, aad []byte) []byte {
	b := make([]byte, 0, len(sealPrefix)+len(id)+1+len(aad))
	b = append(b, sealPrefix...)
	b = append(b, id...)
	b = append(b, ':')
	return append(b, aad...)
}
