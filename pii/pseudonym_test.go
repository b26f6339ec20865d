package pii_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

func TestPseudonymNormalization(t *testing.T) {
	t.Parallel()
	r := newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{testKey("k1", 1)}})
	same := []struct {
		c    pii.Category
		a, b string
	}{
		{pii.CategoryEmail, "Alice@Example.com", "alice@example.com"},
		{pii.CategoryEmail, " ALICE@EXAMPLE.COM ", "alice@example.com"},
		{pii.CategoryEmail, "ａｌｉｃｅ@example.com", "alice@example.com"}, // full-width letters (NFKC)
		{pii.CategoryPhone, "+91 98765-43210", "919876543210"},
		{pii.CategoryPhone, "(020) 7946 0018", "02079460018"},
		{pii.CategoryCard, "4111 1111 1111 1111", "4111-1111-1111-1111"},
		{pii.CategoryPAN, "abcde 1234 f", "ABCDE1234F"},
		{pii.CategoryAadhaar, "2345 6789 0123", "234567890123"},
		{pii.CategoryIP, "::ffff:192.0.2.1", "192.0.2.1"},
		{pii.CategoryIP, "2001:DB8::1", "2001:db8::1"},
		{pii.CategoryName, "Straße", "STRASSE"},
		{pii.CategoryName, "  Alice   Smith ", "alice smith"},
		{pii.CategoryName, "ﬁona", "fiona"}, // ligature (NFKC)
		{pii.CategoryAddress, "1\tMain\u00a0Street", "1 main street"},
	}
	for _, tt := range same {
		a, err := r.Pseudonym(tt.c, tt.a)
		require.NoError(t, err)
		b, err := r.Pseudonym(tt.c, tt.b)
		require.NoError(t, err)
		assert.Equal(t, a, b, "%s: %q and %q are one value", tt.c, tt.a, tt.b)
	}
	different := []struct {
		c    pii.Category
		a, b string
	}{
		{pii.CategoryEmail, "alice@example.com", "alice@example.org"},
		{pii.CategoryURL, "https://example.com/A", "https://example.com/a"}, // paths are case-sensitive
		{pii.CategoryName, "Alice Smith", "AliceSmith"},
	}
	for _, tt := range different {
		a, _ := r.Pseudonym(tt.c, tt.a)
		b, _ := r.Pseudonym(tt.c, tt.b)
		assert.NotEqual(t, a, b, "%s: %q and %q", tt.c, tt.a, tt.b)
	}

	// The category separates domains: the same digits as a phone and as an account.
	phone, _ := r.Pseudonym(pii.CategoryPhone, "9876543210")
	account, _ := r.Pseudonym(pii.CategoryBankAccount, "9876543210")
	assert.NotEqual(t, phone, account)
}

func TestPseudonymKeysAndRotation(t *testing.T) {
	t.Parallel()
	old := testKey("2025", 1)
	cur := testKey("2026", 2)
	before := newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{old}})
	after := newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{cur, old}})
	otherService := newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{cur}})

	tokOld, err := before.Pseudonym(pii.CategoryEmail, "alice@example.com")
	require.NoError(t, err)
	tokNew, err := after.Pseudonym(pii.CategoryEmail, "Alice@Example.com")
	require.NoError(t, err)
	assert.Contains(t, tokOld, "pii:p1:2025:", "the token names its key")
	assert.Contains(t, tokNew, "pii:p1:2026:", "new tokens use the first (active) key")
	assert.NotEqual(t, tokOld, tokNew)

	joined, err := otherService.Pseudonym(pii.CategoryEmail, "ALICE@example.com")
	require.NoError(t, err)
	assert.Equal(t, tokNew, joined, "services sharing a key get joinable tokens")

	assert.True(t, after.MatchPseudonym(tokOld, pii.CategoryEmail, "alice@example.com"), "an old token still matches during rotation")
	assert.True(t, after.MatchPseudonym(tokNew, pii.CategoryEmail, "alice@example.com"))
	assert.False(t, after.MatchPseudonym(tokNew, pii.CategoryEmail, "bob@example.com"))
	assert.False(t, after.MatchPseudonym(tokNew, pii.CategoryUsername, "alice@example.com"))
	assert.False(t, otherService.MatchPseudonym(tokOld, pii.CategoryEmail, "alice@example.com"), "unknown key")
	assert.False(t, after.MatchPseudonym("pii:p1:2026:!!", pii.CategoryEmail, "alice@example.com"))
	assert.False(t, after.MatchPseudonym("pii:p1:2026", pii.CategoryEmail, "alice@example.com"))
	assert.False(t, after.MatchPseudonym("alice@example.com", pii.CategoryEmail, "alice@example.com"))
	assert.False(t, after.MatchPseudonym(tokNew, pii.CategoryPassword, "alice@example.com"), "§17")

	differentSecret := newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{testKey("2026", 3)}})
	other, _ := differentSecret.Pseudonym(pii.CategoryEmail, "alice@example.com")
	assert.NotEqual(t, tokNew, other, "keyed: never an unkeyed hash")

	_, err = newTestRedactor(t, nil).Pseudonym(pii.CategoryEmail, "alice@example.com")
	assert.ErrorIs(t, err, pii.ErrNoKey)
}

func TestInvalidKeys(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		keys []pii.Key
	}{
		{"nil secret", []pii.Key{{ID: "k1"}}},
		{"short secret", []pii.Key{{ID: "k1", Secret: make([]byte, 31)}}},
		{"no id", []pii.Key{{Secret: make([]byte, 32)}}},
		{"colon in id", []pii.Key{{ID: "k:1", Secret: make([]byte, 32)}}},
		{"long id", []pii.Key{{ID: "0123456789abcdef0123456789abcdef0", Secret: make([]byte, 32)}}},
		{"repeated id", []pii.Key{testKey("k1", 1), testKey("k1", 2)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := pii.NewRedactor(&pii.Options{PseudonymKeys: tt.keys})
			assert.ErrorIs(t, err, pii.ErrInvalidKey)
			var ke *pii.KeyError
			require.ErrorAs(t, err, &ke)
			for _, k := range tt.keys {
				if len(k.Secret) > 0 {
					assert.NotContains(t, err.Error(), string(k.Secret), "errors never hold a secret")
				}
			}
			_, err = pii.NewAESSealer(nil, tt.keys...)
			assert.ErrorIs(t, err, pii.ErrInvalidKey)
		})
	}
	_, err := pii.NewAESSealer(nil)
	assert.ErrorIs(t, err, pii.ErrInvalidKey, "no key")
	_, err = pii.NewAESSealer(nil, pii.Key{ID: "k", Secret: make([]byte, 48)})
	assert.ErrorIs(t, err, pii.ErrInvalidKey, "AES-256 needs exactly 32 bytes")
}
