package pii

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"hash"
	"strings"
	"sync"
)

// A pseudonym token is "pii:p1:<key id>:<mac>", where mac is the first 16 bytes (128 bits)
// of HMAC-SHA256(key, category || 0x00 || normalized value), in unpadded base64url.
// Version p1 names this construction. The category separates domains, so a phone number and
// an account number with the same digits do not share a token.
const (
	pseudonymPrefix = "pii:p1:"
	pseudonymMACLen = 16
	// pseudonymMaxLen is the longest token: prefix, key id, ':' and the encoded MAC.
	pseudonymMaxLen = len(pseudonymPrefix) + maxKeyIDLen + 1 + (pseudonymMACLen*8+5)/6
)

type hmacKey struct {
	id   string
	pool sync.Pool // of hash.Hash keyed with the secret
}

func newHMACKeys(keys []Key) ([]*hmacKey, error) {
	out := make([]*hmacKey, 0, len(keys))
	seen := make(map[string]bool, len(keys))
	for _, k := range keys {
		if err := k.check(); err != nil {
			return nil, err
		}
		if seen[k.ID] {
			return nil, &KeyError{ID: k.ID, Reason: "the id is used by two keys"}
		}
		seen[k.ID] = true
		secret := append([]byte(nil), k.Secret...)
		hk := &hmacKey{id: k.ID}
		hk.pool.New = func() any { return hmac.New(sha256.New, secret) }
		out = append(out, hk)
	}
	return out, nil
}

// appendPseudonym appends the token of s, a value of category c, under key k.
func (r *Redactor) appendPseudonym(dst []byte, k *hmacKey, c Category, s string) []byte {
	mac := r.mac(k, c, s)
	dst = append(dst, pseudonymPrefix...)
	dst = append(dst, k.id...)
	dst = append(dst, ':')
	return base64.RawURLEncoding.AppendEncode(dst, mac[:pseudonymMACLen])
}

func (r *Redactor) mac(k *hmacKey, c Category, s string) [sha256.Size]byte {
	h := k.pool.Get().(hash.Hash)
	h.Reset()
	var buf [64]byte
	scratch := append(buf[:0], c.String()...)
	scratch = append(scratch, 0)
	h.Write(scratch)
	h.Write(r.normalize(c, s, buf[:0]))
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	k.pool.Put(h)
	return sum
}

// Pseudonym returns the keyed pseudonym of s, a value of category c, under the active key:
// the token [TreatmentPseudonym] writes. The value is normalized first (see the package
// documentation), so "Alice@Example.com" and "alice@example.com" give one token. It returns
// [ErrNoKey] if r has no pseudonym key, and [ErrForbiddenTreatment] for a credential (§17).
func (r *Redactor) Pseudonym(c Category, s string) (string, error) {
	if err := CheckTreatment(c, SinkAnalytics, TreatmentPseudonym); err != nil {
		return "", err
	}
	if len(r.keys) == 0 {
		return "", ErrNoKey
	}
	return string(r.appendPseudonym(nil, r.keys[0], c, s)), nil
}

// MatchPseudonym reports whether token is the pseudonym of s, a value of category c, under
// any of r's keys: the active key or an older one kept for rotation. The comparison is in
// constant time. It returns false for a token of an unknown key or a malformed token.
func (r *Redactor) MatchPseudonym(token string, c Category, s string) bool {
	rest, ok := strings.CutPrefix(token, pseudonymPrefix)
	if !ok || !c.Valid() || c.Sensitivity() == SensitivitySecret {
		return false
	}
	id, enc, ok := strings.Cut(rest, ":")
	if !ok {
		return false
	}
	for _, k := range r.keys {
		if k.id != id {
			continue
		}
		got, ok := decodeToken(enc)
		if !ok || len(got) != pseudonymMACLen {
			return false
		}
		want := r.mac(k, c, s)
		return subtle.ConstantTimeCompare(got, want[:pseudonymMACLen]) == 1
	}
	return false
}
