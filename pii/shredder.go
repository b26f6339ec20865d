package pii

import (
	"context"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ErrNoKeyring is returned by [NewShredder] given a nil [Keyring].
var ErrNoKeyring = errors.New("pii: nil keyring")

// shredTokenPrefix starts every token a [Shredder] writes: "c" for crypto-shredding, then the
// format version.
const shredTokenPrefix = "pii:c1:"

// shredAADDomain separates the shredder's additional data from any other use of the same key.
const shredAADDomain = "pii.shred.v1"

// ShredderOptions configures a [Shredder]. A nil *ShredderOptions means the defaults.
// [NewShredder] reads it once.
type ShredderOptions struct {
	// Rand is the source of nonces. Nil means crypto/rand.Reader. The Shredder reads it
	// without a lock, so a reader given here must be safe for concurrent use if the
	// Shredder is used concurrently; a reader that repeats itself breaks GCM's security, so
	// give one only in tests.
	Rand io.Reader
}

// Shredder seals personal data under its subject's own data key from a [Keyring], for
// crypto-shredding: after [Shredder.Forget], every token sealed for that subject, in a database,
// a log archive or a backup, can no longer be opened (policy §16.1; law.md §15).
//
// Tokens look like "pii:c1:<key version>:<base64url(nonce | AES-256-GCM ciphertext)>". They
// do not contain the subject, so a token in a log line does not say whose data it holds; the
// caller supplies the subject to open it, and a token opened for the wrong subject fails. The
// key version in clear lets a rotation job find tokens to re-seal ([Shredder.Reseal]). Each
// data key seals with random 96-bit nonces, which is safe for up to 2³² seals per key version;
// rotate long before that.
//
// A Shredder is safe for concurrent use if its Keyring is. Make one with [NewShredder]; the
// zero Shredder has no Keyring and is not usable.
type Shredder struct {
	keys Keyring
	rand io.Reader
}

// NewShredder returns a Shredder over keys. opts may be nil. It returns [ErrNoKeyring] for a
// nil keys.
func NewShredder(keys Keyring, opts *ShredderOptions) (*Shredder, error) {
	if keys == nil {
		return nil, ErrNoKeyring
	}
	s := &Shredder{keys: keys, rand: (*KeyringOptions)(nil).rand()}
	if opts != nil && opts.Rand != nil {
		s.rand = opts.Rand
	}
	return s, nil
}

// Seal encrypts plaintext under the subject's current data key, creating the key if the
// subject has none, and binds it to the subject and to aad (which may be nil and must be given
// again to open). It returns a printable token.
func (s *Shredder) Seal(ctx context.Context, subject string, plaintext, aad []byte) (string, error) {
	if err := checkSubject(subject); err != nil {
		return "", err
	}
	key, err := s.keys.SealingKey(ctx, subject)
	if err != nil {
		return "", err
	}
	aead, err := newGCM(key.Key.Reveal())
	if err != nil {
		return "", err
	}
	raw := make([]byte, aead.NonceSize(), aead.NonceSize()+len(plaintext)+aead.Overhead())
	if _, err := io.ReadFull(s.rand, raw); err != nil {
		return "", fmt.Errorf("pii: generating a nonce: %w", err)
	}
	raw = aead.Seal(raw, raw[:aead.NonceSize()], plaintext, shredAAD(key.Version, subject, aad))

	var b strings.Builder
	b.Grow(len(shredTokenPrefix) + 11 + base64.RawURLEncoding.EncodedLen(len(raw)))
	b.WriteString(shredTokenPrefix)
	b.WriteString(strconv.FormatUint(uint64(key.Version), 10))
	b.WriteByte(':')
	b.WriteString(base64.RawURLEncoding.EncodeToString(raw))
	return b.String(), nil
}

// Open decrypts a token sealed for subject with the same aad. Every failure to open a token
// matches [ErrOpen]; the cause matches too: [ErrSubjectForgotten] once the subject has been
// forgotten, [ErrKeyVersion] if the key version the token names was retired. A token that is
// malformed, altered, or sealed for another subject or other additional data matches ErrOpen
// only. A string that is not a Shredder token at all matches [ErrNotSealed] instead.
//
// A subject forgotten and then given a new key (by a later Seal) numbers its new key versions
// from 1 again, so a token sealed before the Forget fails authentication under the new key
// and matches ErrOpen only: either way it never opens again.
func (s *Shredder) Open(ctx context.Context, subject, token string, aad []byte) ([]byte, error) {
	if err := checkSubject(subject); err != nil {
		return nil, err
	}
	version, raw, err := parseShredToken(token)
	if err != nil {
		return nil, err
	}
	key, err := s.keys.OpeningKey(ctx, subject, version)
	if err != nil {
		if errors.Is(err, ErrSubjectForgotten) || errors.Is(err, ErrKeyVersion) {
			return nil, fmt.Errorf("%w: %w", ErrOpen, err)
		}
		return nil, err
	}
	aead, err := newGCM(key.Key.Reveal())
	if err != nil {
		return nil, err
	}
	n := aead.NonceSize()
	if len(raw) < n+aead.Overhead() {
		return nil, fmt.Errorf("%w: token too short", ErrOpen)
	}
	plaintext, err := aead.Open(nil, raw[:n], raw[n:], shredAAD(version, subject, aad))
	if err != nil {
		return nil, fmt.Errorf("%w: authentication failed", ErrOpen)
	}
	return plaintext, nil
}

// Reseal opens a token and seals its content again under the subject's current key, for a
// rotation: after [Keyring.Rotate], re-seal every stored token, then retire the old versions
// (for example [FileKeyring.RetireBefore]). A token already under the current key is
// returned unchanged. Errors are those of [Shredder.Open] and [Shredder.Seal].
func (s *Shredder) Reseal(ctx context.Context, subject, token string, aad []byte) (string, error) {
	version, _, err := parseShredToken(token)
	if err != nil {
		return "", err
	}
	// Open before SealingKey: a current token is authenticated too (Reseal must not bless a
	// forged one), and a forgotten subject fails here, before SealingKey would create a
	// new key for it.
	plaintext, err := s.Open(ctx, subject, token, aad)
	if err != nil {
		return "", err
	}
	defer clear(plaintext)
	current, err := s.keys.SealingKey(ctx, subject)
	if err != nil {
		return "", err
	}
	if version == current.Version {
		return token, nil
	}
	return s.Seal(ctx, subject, plaintext, aad)
}

// Forget destroys the subject's data keys (see [Keyring.Forget]): from then on no token
// sealed for the subject opens, including copies in backups and archives.
func (s *Shredder) Forget(ctx context.Context, subject string) error {
	return s.keys.Forget(ctx, subject)
}

// Sealer returns a [SubjectSealer] that seals and opens for one subject, using ctx for its
// keyring calls. Make one per operation (a request, a job) rather than keeping it.
func (s *Shredder) Sealer(ctx context.Context, subject string) *SubjectSealer {
	return &SubjectSealer{ctx: ctx, s: s, subject: subject}
}

// SubjectSealer is a [Sealer] that seals and opens one subject's data with a [Shredder]. Give
// it to a Redactor with [Redactor.WithSealer], and the subject's tagged fields sealed by
// [TreatmentSeal] are crypto-shredded with the subject. It is safe for concurrent use if the
// Shredder is.
type SubjectSealer struct {
	ctx     context.Context
	s       *Shredder
	subject string
}

var _ Sealer = (*SubjectSealer)(nil)

// Seal is [Shredder.Seal] for the sealer's subject.
func (ss *SubjectSealer) Seal(plaintext, aad []byte) (string, error) {
	return ss.s.Seal(ss.ctx, ss.subject, plaintext, aad)
}

// Open is [Shredder.Open] for the sealer's subject.
func (ss *SubjectSealer) Open(token string, aad []byte) ([]byte, error) {
	return ss.s.Open(ss.ctx, ss.subject, token, aad)
}

// parseShredToken splits a token into its key version and the nonce and ciphertext. A string
// without the prefix is not a token ([ErrNotSealed]); one with the prefix but not the form
// is a damaged token ([ErrOpen]).
func parseShredToken(token string) (uint32, []byte, error) {
	rest, ok := strings.CutPrefix(token, shredTokenPrefix)
	if !ok {
		return 0, nil, ErrNotSealed
	}
	v, payload, ok := strings.Cut(rest, ":")
	if !ok || v == "" || (len(v) > 1 && v[0] == '0') {
		return 0, nil, fmt.Errorf("%w: malformed token", ErrOpen)
	}
	version, err := strconv.ParseUint(v, 10, 32)
	if err != nil || version == 0 {
		return 0, nil, fmt.Errorf("%w: malformed key version", ErrOpen)
	}
	raw, ok := decodeToken(payload)
	if !ok {
		return 0, nil, fmt.Errorf("%w: malformed token", ErrOpen)
	}
	return uint32(version), raw, nil
}

// shredAAD binds a ciphertext to its key version, its subject and the caller's aad.
func shredAAD(version uint32, subject string, aad []byte) []byte {
	b := make([]byte, 0, len(shredAADDomain)+4+2+len(subject)+len(aad))
	b = append(b, shredAADDomain...)
	b = binary.BigEndian.AppendUint32(b, version)
	b = binary.BigEndian.AppendUint16(b, uint16(len(subject)))
	b = append(b, subject...)
	return append(b, aad...)
}
