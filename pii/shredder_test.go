package pii_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

func newShredder(t *testing.T, kr pii.Keyring) *pii.Shredder {
	t.Helper()
	sh, err := pii.NewShredder(kr, &pii.ShredderOptions{Rand: seeded(2)})
	require.NoError(t, err)
	return sh
}

func TestNewShredderNilKeyring(t *testing.T) {
	t.Parallel()
	_, err := pii.NewShredder(nil, nil)
	require.ErrorIs(t, err, pii.ErrNoKeyring)
}

func TestShredderRoundTrip(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for name, kr := range keyrings(t) {
		sh := newShredder(t, kr)
		tok, err := sh.Seal(ctx, "alice", []byte("alice@example.com"), []byte("users.email"))
		require.NoError(t, err, name)
		assert.True(t, strings.HasPrefix(tok, "pii:c1:1:"), "%s: token %q", name, tok)
		assert.NotContains(t, tok, "alice", "%s: a token does not name its subject", name)

		got, err := sh.Open(ctx, "alice", tok, []byte("users.email"))
		require.NoError(t, err, name)
		assert.Equal(t, "alice@example.com", string(got))

		tok2, err := sh.Seal(ctx, "alice", []byte("alice@example.com"), []byte("users.email"))
		require.NoError(t, err)
		assert.NotEqual(t, tok, tok2, "%s: every seal uses a fresh nonce", name)
	}
}

func TestShredderRejects(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sh := newShredder(t, pii.NewMemoryKeyring(nil))
	tok, err := sh.Seal(ctx, "alice", []byte("4111111111111111"), []byte("aad"))
	require.NoError(t, err)
	_, err = sh.Seal(ctx, "bob", []byte("x"), nil)
	require.NoError(t, err)

	flipped := []byte(tok)
	flipped[len(flipped)-3] ^= 1
	tests := []struct {
		name, subject, token, aad string
		want                      error
	}{
		{"another subject's key", "bob", tok, "aad", pii.ErrOpen},
		{"unknown subject", "mallory", tok, "aad", pii.ErrSubjectForgotten},
		{"unknown subject is ErrOpen", "mallory", tok, "aad", pii.ErrOpen},
		{"other additional data", "alice", tok, "other", pii.ErrOpen},
		{"altered ciphertext", "alice", string(flipped), "aad", pii.ErrOpen},
		{"not a token", "alice", "4111111111111111", "aad", pii.ErrNotSealed},
		{"another sealer's token", "alice", "pii:s1:k1:AAAA", "aad", pii.ErrNotSealed},
		{"unissued version", "alice", strings.Replace(tok, ":c1:1:", ":c1:2:", 1), "aad", pii.ErrKeyVersion},
		{"version zero", "alice", strings.Replace(tok, ":c1:1:", ":c1:0:", 1), "aad", pii.ErrOpen},
		{"leading zero version", "alice", strings.Replace(tok, ":c1:1:", ":c1:01:", 1), "aad", pii.ErrOpen},
		{"bad base64", "alice", tok + "!", "aad", pii.ErrOpen},
		{"truncated", "alice", tok[:len("pii:c1:1:")+8], "aad", pii.ErrOpen},
		{"empty subject", "", tok, "aad", pii.ErrInvalidSubject},
	}
	for _, tt := range tests {
		_, err := sh.Open(ctx, tt.subject, tt.token, []byte(tt.aad))
		require.ErrorIs(t, err, tt.want, tt.name)
		assert.NotContains(t, err.Error(), "4111", tt.name)
		assert.NotContains(t, err.Error(), "alice", "%s: errors never name the subject", tt.name)
	}
}

// TestForgetShredsBackups is the crypto-shredding guarantee of §16.1: prior information "shall
// be completely removed from Our databases, including stored 'back up' systems". Copies of a
// sealed token in a database, a backup and a log archive all stop opening once the subject is
// forgotten, while other subjects are untouched.
func TestForgetShredsBackups(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for name, kr := range keyrings(t) {
		sh := newShredder(t, kr)
		live, err := sh.Seal(ctx, "alice", []byte("Alice Liddell"), nil)
		require.NoError(t, err)
		backup, logArchive := strings.Clone(live), strings.Clone(live)
		other, err := sh.Seal(ctx, "bob", []byte("Bob"), nil)
		require.NoError(t, err)

		require.NoError(t, sh.Forget(ctx, "alice"))
		for where, tok := range map[string]string{"database": live, "backup": backup, "log archive": logArchive} {
			_, err := sh.Open(ctx, "alice", tok, nil)
			require.ErrorIs(t, err, pii.ErrSubjectForgotten, "%s: §16.1 %s copy still opens", name, where)
		}
		got, err := sh.Open(ctx, "bob", other, nil)
		require.NoError(t, err, name)
		assert.Equal(t, "Bob", string(got))

		// A new key for the same identifier never opens the old copies.
		_, err = sh.Seal(ctx, "alice", []byte("new data"), nil)
		require.NoError(t, err)
		_, err = sh.Open(ctx, "alice", backup, nil)
		require.Error(t, err, "%s: §16.1 a re-created subject cannot read its forgotten data", name)
	}
}

// TestResealAfterForget: a rotation job that re-seals a token of a subject forgotten meanwhile
// gets ErrSubjectForgotten, and does not give the subject a new key: after Forget, §16.1 wants
// nothing of the subject kept, and a new key would record its identifier again.
func TestResealAfterForget(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for name, kr := range keyrings(t) {
		sh := newShredder(t, kr)
		v1, err := sh.Seal(ctx, "alice", []byte("v1 data"), nil)
		require.NoError(t, err, name)
		_, err = kr.Rotate(ctx, "alice")
		require.NoError(t, err, name)
		v2, err := sh.Seal(ctx, "alice", []byte("v2 data"), nil)
		require.NoError(t, err, name)
		require.NoError(t, sh.Forget(ctx, "alice"), name)

		for _, tok := range []string{v1, v2} {
			_, err = sh.Reseal(ctx, "alice", tok, nil)
			require.ErrorIs(t, err, pii.ErrSubjectForgotten, "%s: §16.1 Reseal of a forgotten subject's token", name)
		}
		_, err = kr.OpeningKey(ctx, "alice", 1)
		require.ErrorIs(t, err, pii.ErrSubjectForgotten, "%s: §16.1 Reseal gave a forgotten subject a new key", name)
	}
}

// TestFileKeyringForgetSurvivesRestart: Forget on a FileKeyring is on disk before it returns.
func TestFileKeyringForgetSurvivesRestart(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "keys")
	m := masterKey(t, "m1", 1)
	fk, err := pii.OpenFileKeyring(path, m, nil)
	require.NoError(t, err)
	sh := newShredder(t, fk)
	tok, err := sh.Seal(ctx, "alice", []byte("x"), nil)
	require.NoError(t, err)
	require.NoError(t, sh.Forget(ctx, "alice"))

	restarted, err := pii.OpenFileKeyring(path, m, nil)
	require.NoError(t, err)
	_, err = newShredder(t, restarted).Open(ctx, "alice", tok, nil)
	require.ErrorIs(t, err, pii.ErrSubjectForgotten, "§16.1: forgetting survives a restart")
}

// TestRotationWithoutDataLoss: after a rotation, old tokens still open, new ones use the new
// version, Reseal moves old tokens forward, and retiring the old version then loses nothing.
func TestRotationWithoutDataLoss(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	kr := pii.NewMemoryKeyring(&pii.KeyringOptions{Rand: seeded(3)})
	sh := newShredder(t, kr)
	old, err := sh.Seal(ctx, "alice", []byte("v1 data"), []byte("aad"))
	require.NoError(t, err)

	_, err = kr.Rotate(ctx, "alice")
	require.NoError(t, err)
	fresh, err := sh.Seal(ctx, "alice", []byte("v2 data"), []byte("aad"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(fresh, "pii:c1:2:"), fresh)
	got, err := sh.Open(ctx, "alice", old, []byte("aad"))
	require.NoError(t, err, "old tokens open after rotation")
	assert.Equal(t, "v1 data", string(got))

	resealed, err := sh.Reseal(ctx, "alice", old, []byte("aad"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(resealed, "pii:c1:2:"), resealed)
	same, err := sh.Reseal(ctx, "alice", fresh, []byte("aad"))
	require.NoError(t, err)
	assert.Equal(t, fresh, same, "a current token is left as it is")
	_, err = sh.Reseal(ctx, "alice", fresh, []byte("wrong"))
	require.ErrorIs(t, err, pii.ErrOpen, "Reseal authenticates even current tokens")

	require.NoError(t, kr.RetireBefore(ctx, "alice", 2))
	_, err = sh.Open(ctx, "alice", old, []byte("aad"))
	require.ErrorIs(t, err, pii.ErrKeyVersion)
	got, err = sh.Open(ctx, "alice", resealed, []byte("aad"))
	require.NoError(t, err)
	assert.Equal(t, "v1 data", string(got), "re-sealed data survives retirement")
}

func TestSubjectSealer(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sh := newShredder(t, pii.NewMemoryKeyring(nil))
	alice := sh.Sealer(ctx, "alice")
	tok, err := alice.Seal([]byte("a@example.com"), []byte("email"))
	require.NoError(t, err)
	got, err := alice.Open(tok, []byte("email"))
	require.NoError(t, err)
	assert.Equal(t, "a@example.com", string(got))
	_, err = sh.Sealer(ctx, "bob").Open(tok, []byte("email"))
	require.Error(t, err, "a subject's sealer opens only its own tokens")
	require.NoError(t, sh.Forget(ctx, "alice"))
	_, err = alice.Open(tok, []byte("email"))
	require.ErrorIs(t, err, pii.ErrSubjectForgotten, "§16.1")
}

// TestShredTaggedFields seals a subject's tagged fields through the Redactor with the
// subject's own key, and shows that Forget makes the exported record unreadable (§16.1).
func TestShredTaggedFields(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	type customer struct {
		ID    string
		Email string `pii:"email,export=seal"`
		Notes string `pii:"health,export=seal"`
	}
	r, err := pii.NewRedactor(nil)
	require.NoError(t, err)
	sh := newShredder(t, pii.NewMemoryKeyring(nil))

	in := customer{ID: "c-1", Email: "ann@example.com", Notes: "asthma"}
	rs := r.WithSealer(sh.Sealer(ctx, in.ID))
	exported, err := rs.Redact(pii.SinkExport, in)
	require.NoError(t, err)
	sealed := exported.(customer)
	assert.True(t, strings.HasPrefix(sealed.Email, "pii:c1:1:"), sealed.Email)
	assert.NotContains(t, sealed.Notes, "asthma")

	opened, err := rs.Open(sealed)
	require.NoError(t, err)
	assert.Equal(t, in, opened.(customer))

	_, err = r.WithSealer(sh.Sealer(ctx, "c-2")).Open(sealed)
	require.ErrorIs(t, err, pii.ErrOpen, "another subject's key opens nothing")

	require.NoError(t, sh.Forget(ctx, in.ID))
	_, err = rs.Open(sealed)
	require.ErrorIs(t, err, pii.ErrOpen, "§16.1: a forgotten subject's export no longer opens")
	require.ErrorIs(t, err, pii.ErrSubjectForgotten)
}
