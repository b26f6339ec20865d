package pii_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

const base64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// respellings returns other spellings of tok that a lenient base64 decoder reads as the same
// bytes: line breaks, which encoding/base64 skips even in strict mode, and a last character
// whose unused lowest bit is flipped. The token's payload must not be a multiple of three bytes
// long, or its last character has no unused bits.
func respellings(t *testing.T, tok string) map[string]string {
	t.Helper()
	last := strings.IndexByte(base64URL, tok[len(tok)-1])
	require.GreaterOrEqual(t, last, 0, "token ends in base64url")
	mid := len(tok) - 6
	return map[string]string{
		"LF inside":          tok[:mid] + "\n" + tok[mid:],
		"CR at the end":      tok + "\r",
		"CRLF inside":        tok[:mid] + "\r\n" + tok[mid:],
		"unused bit flipped": tok[:len(tok)-1] + string(base64URL[last^1]),
		"padding at the end": tok + "==",
	}
}

// TestTokensHaveOneSpelling: a sealed token, a shredded token and a pseudonym are each read
// only in the exact form they were written. A reader that skipped line breaks or stray bits
// would let one value be stored under many strings, which defeats matching and de-duplication.
func TestTokensHaveOneSpelling(t *testing.T) {
	t.Parallel()
	ctx := context.Background()

	sealer, err := pii.NewAESSealer(nil, testKey("s1", 5))
	require.NoError(t, err)
	sealed, err := sealer.Seal([]byte("alice@example.com"), nil) // 12+17+16 = 45 bytes: no spare bits
	require.NoError(t, err)
	sealed2, err := sealer.Seal([]byte("alice@example.co"), nil) // 44 bytes: 2 spare bits
	require.NoError(t, err)

	sh := newShredder(t, pii.NewMemoryKeyring(nil))
	shredded, err := sh.Seal(ctx, "alice", []byte("4111111111111111"), nil) // 44 bytes
	require.NoError(t, err)

	r := newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{testKey("2026", 2)}})
	pseudonym, err := r.Pseudonym(pii.CategoryEmail, "alice@example.com") // 16 bytes
	require.NoError(t, err)

	openSealed := func(tok string) bool { _, err := sealer.Open(tok, nil); return err == nil }
	openShredded := func(tok string) bool { _, err := sh.Open(ctx, "alice", tok, nil); return err == nil }
	matches := func(tok string) bool { return r.MatchPseudonym(tok, pii.CategoryEmail, "alice@example.com") }

	tests := []struct {
		name  string
		token string
		reads func(string) bool
	}{
		{"sealed", sealed2, openSealed},
		{"shredded", shredded, openShredded},
		{"pseudonym", pseudonym, matches},
	}
	for _, tt := range tests {
		require.True(t, tt.reads(tt.token), "%s: the token as written is read", tt.name)
		for how, other := range respellings(t, tt.token) {
			require.NotEqual(t, tt.token, other)
			assert.False(t, tt.reads(other), "%s: %s is not the same token", tt.name, how)
		}
	}
	// With no spare bits there is nothing to set, but line breaks are still refused.
	require.True(t, openSealed(sealed))
	assert.False(t, openSealed(sealed[:20]+"\n"+sealed[20:]))
}
