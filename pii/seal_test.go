package pii_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

type sealedRecord struct {
	Email  string            `pii:"email,seal"`
	Phones []string          `pii:"phone,seal"`
	Notes  map[string]string `pii:"health,seal"`
	Raw    []byte            `pii:"biometric,seal"`
	Card   *string           `pii:"card,export=seal"`
	Plain  string
}

func TestSealAndOpen(t *testing.T) {
	t.Parallel()
	sealer, err := pii.NewAESSealer(nil, testKey("s1", 5))
	require.NoError(t, err)
	r := newTestRedactor(t, &pii.Options{Sealer: sealer})
	card := "4111111111111111"
	in := sealedRecord{
		Email: "alice@example.com", Phones: []string{"+91 98765 43210"}, Notes: map[string]string{"dx": "flu"},
		Raw: []byte{1, 2, 3, 4}, Card: &card, Plain: "kept",
	}
	sealed := redactAs(t, r, pii.SinkExport, in)
	for _, s := range []string{sealed.Email, sealed.Phones[0], sealed.Notes["dx"], string(sealed.Raw), *sealed.Card} {
		assert.True(t, strings.HasPrefix(s, "pii:s1:s1:"), "§3.9: sealed, %q", s)
	}
	assert.NotContains(t, sealed.Email, "alice")
	assert.Equal(t, "kept", sealed.Plain)

	again := redactAs(t, r, pii.SinkExport, in)
	assert.NotEqual(t, sealed.Email, again.Email, "a random nonce: sealing twice gives two tokens")

	opened, err := r.Open(sealed)
	require.NoError(t, err)
	assert.Equal(t, in, opened)

	// A plain value in a tagged field is not a token: Open keeps it.
	mixed := sealed
	mixed.Email = "not sealed"
	got, err := r.Open(mixed)
	require.NoError(t, err)
	assert.Equal(t, "not sealed", got.(sealedRecord).Email)
}

func TestSealBindsCategoryAndKey(t *testing.T) {
	t.Parallel()
	k1, k2 := testKey("2025", 5), testKey("2026", 6)
	old, err := pii.NewAESSealer(nil, k1)
	require.NoError(t, err)
	rotated, err := pii.NewAESSealer(nil, k2, k1)
	require.NoError(t, err)
	other, err := pii.NewAESSealer(nil, k2)
	require.NoError(t, err)

	tok, err := old.Seal([]byte("alice@example.com"), []byte("pii:email"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(tok, "pii:s1:2025:"))

	plain, err := rotated.Open(tok, []byte("pii:email"))
	require.NoError(t, err, "a rotated sealer still opens tokens of its older keys")
	assert.Equal(t, "alice@example.com", string(plain))

	_, err = rotated.Open(tok, []byte("pii:phone"))
	assert.ErrorIs(t, err, pii.ErrOpen, "a token moved to another category does not open")
	_, err = other.Open(tok, []byte("pii:email"))
	assert.ErrorIs(t, err, pii.ErrOpen, "unknown key")

	forged := strings.Replace(tok, "2025", "2026", 1)
	_, err = rotated.Open(forged, []byte("pii:email"))
	assert.ErrorIs(t, err, pii.ErrOpen, "the key id is authenticated")

	tampered := tok[:len(tok)-2] + "AA"
	if tampered == tok {
		tampered = tok[:len(tok)-2] + "BB"
	}
	_, err = rotated.Open(tampered, []byte("pii:email"))
	assert.ErrorIs(t, err, pii.ErrOpen)

	for _, s := range []string{"", "alice@example.com", "pii:s1:", "pii:p1:k:abc"} {
		_, err = rotated.Open(s, nil)
		assert.ErrorIs(t, err, pii.ErrNotSealed, "%q", s)
	}
	_, err = rotated.Open("pii:s1:2025:***", nil)
	assert.ErrorIs(t, err, pii.ErrOpen)

	// A redactor that seals with one key and opens after rotation.
	r1 := newTestRedactor(t, &pii.Options{Sealer: old})
	r2 := newTestRedactor(t, &pii.Options{Sealer: rotated})
	type doc struct {
		Email string `pii:"email,seal"`
	}
	sealed, err := r1.Redact(pii.SinkLog, doc{"alice@example.com"})
	require.NoError(t, err)
	opened, err := r2.Open(sealed)
	require.NoError(t, err)
	assert.Equal(t, doc{"alice@example.com"}, opened)

	// A token of the email category does not open in a field of another category.
	type moved struct {
		Phone string `pii:"phone,seal"`
	}
	_, err = r2.Open(moved{Phone: sealed.(doc).Email})
	assert.ErrorIs(t, err, pii.ErrOpen)
}

func TestOpenNeedsASealer(t *testing.T) {
	t.Parallel()
	_, err := newTestRedactor(t, nil).Open(sealedRecord{})
	assert.ErrorIs(t, err, pii.ErrNoKey)
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("no entropy") }

func TestSealFailureFailsClosed(t *testing.T) {
	t.Parallel()
	broken, err := pii.NewAESSealer(failingReader{}, testKey("s1", 5))
	require.NoError(t, err)
	r := newTestRedactor(t, &pii.Options{Sealer: broken})
	out, err := r.Redact(pii.SinkExport, sealedRecord{Email: "alice@example.com"})
	assert.Error(t, err)
	assert.Nil(t, out, "fail closed: no partial copy")
	assert.Equal(t, "[REDACTED]", r.RedactString(pii.SinkExport, pii.CategoryEmail, "alice@example.com"))
}

func TestSealWithWithSealer(t *testing.T) {
	t.Parallel()
	r := newTestRedactor(t, nil)
	s, err := pii.NewAESSealer(bytes.NewReader(make([]byte, 1024)), testKey("subject-1", 9))
	require.NoError(t, err)
	per := r.WithSealer(s)
	assert.Equal(t, "[REDACTED]", r.RedactString(pii.SinkExport, pii.CategoryHealth, "flu"), "the original is unchanged")
	tok := per.RedactString(pii.SinkExport, pii.CategoryHealth, "flu")
	assert.True(t, strings.HasPrefix(tok, "pii:s1:subject-1:"))
	plain, err := s.Open(tok, []byte("pii:health"))
	require.NoError(t, err)
	assert.Equal(t, "flu", string(plain))
}
