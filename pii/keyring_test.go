package pii_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

// seeded returns a deterministic source of key material for reproducible tests.
func seeded(seed byte) *rand.ChaCha8 {
	return rand.NewChaCha8([32]byte{seed})
}

func masterKey(t testing.TB, id string, fill byte) pii.MasterKey {
	t.Helper()
	k, err := pii.NewMasterKey(id, bytes.Repeat([]byte{fill}, 32))
	require.NoError(t, err)
	return k
}

// keyrings returns one fresh keyring of each implementation.
func keyrings(t *testing.T) map[string]pii.Keyring {
	t.Helper()
	fk, err := pii.OpenFileKeyring(filepath.Join(t.TempDir(), "keys"), masterKey(t, "m1", 1), &pii.KeyringOptions{Rand: seeded(1)})
	require.NoError(t, err)
	return map[string]pii.Keyring{
		"memory": pii.NewMemoryKeyring(&pii.KeyringOptions{Rand: seeded(1)}),
		"file":   fk,
	}
}

// TestKeyringContract runs the Keyring contract on every implementation.
func TestKeyringContract(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for name, kr := range keyrings(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := kr.OpeningKey(ctx, "alice", 1)
			require.ErrorIs(t, err, pii.ErrSubjectForgotten, "opening never creates a key")
			_, err = kr.Rotate(ctx, "alice")
			require.ErrorIs(t, err, pii.ErrSubjectForgotten, "rotation never creates a key")

			k1, err := kr.SealingKey(ctx, "alice")
			require.NoError(t, err)
			assert.Equal(t, uint32(1), k1.Version)
			again, err := kr.SealingKey(ctx, "alice")
			require.NoError(t, err)
			assert.True(t, k1.Key.Equal(again.Key), "the current key is stable")

			bob, err := kr.SealingKey(ctx, "bob")
			require.NoError(t, err)
			assert.False(t, k1.Key.Equal(bob.Key), "one key per subject")

			k2, err := kr.Rotate(ctx, "alice")
			require.NoError(t, err)
			assert.Equal(t, uint32(2), k2.Version)
			assert.False(t, k1.Key.Equal(k2.Key))
			cur, err := kr.SealingKey(ctx, "alice")
			require.NoError(t, err)
			assert.Equal(t, uint32(2), cur.Version, "rotation makes the new version current")
			old, err := kr.OpeningKey(ctx, "alice", 1)
			require.NoError(t, err, "old versions still open after rotation")
			assert.True(t, k1.Key.Equal(old.Key))
			_, err = kr.OpeningKey(ctx, "alice", 3)
			require.ErrorIs(t, err, pii.ErrKeyVersion)

			require.NoError(t, kr.Forget(ctx, "alice"))
			for v := uint32(1); v <= 2; v++ {
				_, err = kr.OpeningKey(ctx, "alice", v)
				require.ErrorIs(t, err, pii.ErrSubjectForgotten, "§16.1: no version survives Forget")
			}
			_, err = kr.OpeningKey(ctx, "bob", 1)
			require.NoError(t, err, "forgetting one subject leaves the others")
			require.NoError(t, kr.Forget(ctx, "never-seen"), "forgetting an unknown subject is not an error")

			reborn, err := kr.SealingKey(ctx, "alice")
			require.NoError(t, err)
			assert.False(t, reborn.Key.Equal(k1.Key) || reborn.Key.Equal(k2.Key), "a forgotten subject never gets an old key back")
		})
	}
}

func TestKeyringRejectsBadSubjects(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	long := strings.Repeat("x", pii.MaxSubjectLen+1)
	for name, kr := range keyrings(t) {
		for _, subject := range []string{"", long} {
			_, err := kr.SealingKey(ctx, subject)
			require.ErrorIs(t, err, pii.ErrInvalidSubject, name)
			assert.NotContains(t, err.Error(), "xxxx", "errors never echo the subject")
			_, err = kr.OpeningKey(ctx, subject, 1)
			require.ErrorIs(t, err, pii.ErrInvalidSubject, name)
			_, err = kr.Rotate(ctx, subject)
			require.ErrorIs(t, err, pii.ErrInvalidSubject, name)
			require.ErrorIs(t, kr.Forget(ctx, subject), pii.ErrInvalidSubject, name)
		}
	}
}

func TestRetireBefore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	type retirer interface {
		pii.Keyring
		RetireBefore(ctx context.Context, subject string, version uint32) error
	}
	for name, kr := range keyrings(t) {
		r := kr.(retirer)
		require.ErrorIs(t, r.RetireBefore(ctx, "carol", 2), pii.ErrSubjectForgotten, name)
		_, err := r.SealingKey(ctx, "carol")
		require.NoError(t, err)
		for range 3 {
			_, err = r.Rotate(ctx, "carol")
			require.NoError(t, err)
		}
		require.NoError(t, r.RetireBefore(ctx, "carol", 3), name)
		for v, want := range map[uint32]error{1: pii.ErrKeyVersion, 2: pii.ErrKeyVersion, 3: nil, 4: nil} {
			_, err := r.OpeningKey(ctx, "carol", v)
			if want == nil {
				require.NoError(t, err, "%s v%d", name, v)
			} else {
				require.ErrorIs(t, err, want, "%s v%d", name, v)
			}
		}
		require.NoError(t, r.RetireBefore(ctx, "carol", 100), name)
		_, err = r.OpeningKey(ctx, "carol", 4)
		require.NoError(t, err, "%s: the current version is never retired", name)
	}
}

func TestNewMasterKey(t *testing.T) {
	t.Parallel()
	key := bytes.Repeat([]byte{7}, 32)
	tests := []struct {
		name string
		id   string
		key  []byte
		ok   bool
	}{
		{"valid", "2026-01", key, true},
		{"empty id", "", key, false},
		{"id with space", "a b", key, false},
		{"id too long", strings.Repeat("a", 256), key, false},
		{"short key", "k", key[:16], false},
		{"long key", "k", append(key, 1), false},
	}
	for _, tt := range tests {
		k, err := pii.NewMasterKey(tt.id, tt.key)
		if !tt.ok {
			require.ErrorIs(t, err, pii.ErrMasterKey, tt.name)
			continue
		}
		require.NoError(t, err, tt.name)
		assert.Equal(t, tt.id, k.ID())
		for _, verb := range fmtVerbs {
			assert.NotContains(t, fmt.Sprintf(verb, k), "0707070707", "%s: a master key never prints its material", verb)
			assert.NotContains(t, fmt.Sprintf(verb, k), "7 7 7 7", verb)
		}
	}
}

func TestFileKeyringPersists(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "keys")
	m1 := masterKey(t, "m1", 1)

	fk, err := pii.OpenFileKeyring(path, m1, nil)
	require.NoError(t, err)
	k, err := fk.SealingKey(ctx, "alice")
	require.NoError(t, err)
	_, err = fk.SealingKey(ctx, "bob")
	require.NoError(t, err)
	require.NoError(t, fk.Forget(ctx, "bob"))

	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.NotContains(t, string(data), "alice", "subjects are encrypted at rest")

	reopened, err := pii.OpenFileKeyring(path, m1, nil)
	require.NoError(t, err)
	got, err := reopened.OpeningKey(ctx, "alice", 1)
	require.NoError(t, err)
	assert.True(t, k.Key.Equal(got.Key))
	_, err = reopened.OpeningKey(ctx, "bob", 1)
	require.ErrorIs(t, err, pii.ErrSubjectForgotten, "§16.1: Forget is durable")

	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary files are left behind")
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "only the owner may read the keyring")
}

func TestFileKeyringRejectsBadFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	m1 := masterKey(t, "m1", 1)
	good := filepath.Join(dir, "good")
	fk, err := pii.OpenFileKeyring(good, m1, nil)
	require.NoError(t, err)
	_, err = fk.SealingKey(context.Background(), "alice")
	require.NoError(t, err)
	valid, err := os.ReadFile(good)
	require.NoError(t, err)

	flip := func(i int) []byte {
		b := bytes.Clone(valid)
		b[i] ^= 1
		return b
	}
	tests := []struct {
		name string
		data []byte
		key  pii.MasterKey
		want error
	}{
		{"empty", nil, m1, pii.ErrKeyringCorrupt},
		{"not a keyring", []byte("hello, world, this is text"), m1, pii.ErrKeyringCorrupt},
		{"future format version", flip(9), m1, pii.ErrKeyringCorrupt},
		{"truncated", valid[:len(valid)-1], m1, pii.ErrKeyringCorrupt},
		{"header only", valid[:8+2+1+2+12], m1, pii.ErrKeyringCorrupt},
		{"altered nonce", flip(8 + 2 + 1 + 2), m1, pii.ErrKeyringCorrupt},
		{"altered ciphertext", flip(len(valid) - 20), m1, pii.ErrKeyringCorrupt},
		{"wrong key, same id", valid, masterKey(t, "m1", 2), pii.ErrKeyringCorrupt},
		{"unknown master id", valid, masterKey(t, "m9", 1), pii.ErrMasterKey},
	}
	for _, tt := range tests {
		path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-"))
		require.NoError(t, os.WriteFile(path, tt.data, 0o600))
		_, err := pii.OpenFileKeyring(path, tt.key, nil)
		require.ErrorIs(t, err, tt.want, tt.name)
		assert.Contains(t, err.Error(), path, "%s: the error names the file", tt.name)
	}

	_, err = pii.OpenFileKeyring(filepath.Join(dir, "x"), pii.MasterKey{}, nil)
	require.ErrorIs(t, err, pii.ErrMasterKey, "the zero MasterKey is refused")
}

// TestFileKeyringWriteFailureKeepsState: a change that cannot be written is not applied.
func TestFileKeyringWriteFailureKeepsState(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "sub")
	require.NoError(t, os.Mkdir(dir, 0o700))
	fk, err := pii.OpenFileKeyring(filepath.Join(dir, "keys"), masterKey(t, "m1", 1), nil)
	require.NoError(t, err)
	k, err := fk.SealingKey(ctx, "alice")
	require.NoError(t, err)

	require.NoError(t, os.RemoveAll(dir)) // every later write fails
	require.Error(t, fk.Forget(ctx, "alice"))
	got, err := fk.OpeningKey(ctx, "alice", 1)
	require.NoError(t, err, "a Forget that did not reach the disk does not claim success")
	assert.True(t, k.Key.Equal(got.Key))
	_, err = fk.Rotate(ctx, "alice")
	require.Error(t, err)
	cur, err := fk.SealingKey(ctx, "alice")
	require.NoError(t, err)
	assert.Equal(t, uint32(1), cur.Version, "a failed rotation is rolled back")
	_, err = fk.SealingKey(ctx, "bob")
	require.Error(t, err)
	_, err = fk.OpeningKey(ctx, "bob", 1)
	require.ErrorIs(t, err, pii.ErrSubjectForgotten, "a key that was never stored is never handed out")
}

// TestMasterKeyRotation: rotating the master key rewraps every data key without losing one,
// and once the old master key is destroyed, old copies of the keyring file (backups) no
// longer open (§16.1).
func TestMasterKeyRotation(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "keys")
	m1, m2 := masterKey(t, "m1", 1), masterKey(t, "m2", 2)

	fk, err := pii.OpenFileKeyring(path, m1, nil)
	require.NoError(t, err)
	k, err := fk.SealingKey(ctx, "alice")
	require.NoError(t, err)
	backup, err := os.ReadFile(path)
	require.NoError(t, err)

	require.NoError(t, fk.RotateMaster(ctx, m2))
	assert.Equal(t, "m2", fk.MasterKeyID())
	_, err = fk.SealingKey(ctx, "bob") // later writes use m2
	require.NoError(t, err)

	reopened, err := pii.OpenFileKeyring(path, m2, nil)
	require.NoError(t, err, "the new master key alone opens the file")
	got, err := reopened.OpeningKey(ctx, "alice", 1)
	require.NoError(t, err, "no data key is lost")
	assert.True(t, k.Key.Equal(got.Key))

	backupPath := filepath.Join(dir, "backup")
	require.NoError(t, os.WriteFile(backupPath, backup, 0o600))
	_, err = pii.OpenFileKeyring(backupPath, m2, nil)
	require.ErrorIs(t, err, pii.ErrMasterKey, "§16.1: with m1 destroyed, the backup of the keyring is unreadable")
}

func TestFileKeyringPreviousMasterKeys(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "keys")
	m1, m2 := masterKey(t, "m1", 1), masterKey(t, "m2", 2)
	fk, err := pii.OpenFileKeyring(path, m1, nil)
	require.NoError(t, err)
	_, err = fk.SealingKey(ctx, "alice")
	require.NoError(t, err)

	_, err = pii.OpenFileKeyring(path, m2, nil)
	require.ErrorIs(t, err, pii.ErrMasterKey)

	fk2, err := pii.OpenFileKeyring(path, m2, &pii.KeyringOptions{PreviousMasterKeys: []pii.MasterKey{m1}})
	require.NoError(t, err)
	assert.Equal(t, "m1", fk2.MasterKeyID(), "reading does not rewrite")
	_, err = fk2.SealingKey(ctx, "bob")
	require.NoError(t, err)
	assert.Equal(t, "m2", fk2.MasterKeyID(), "the first change rewraps under the active key")
	_, err = pii.OpenFileKeyring(path, m2, nil)
	require.NoError(t, err)
}

// TestKeyringConcurrent exercises every operation at once under -race. Opening may fail only
// when a Forget of the same subject overlapped the seal and the open (§16.1: once forgotten,
// a token never opens, even if the subject has since been given a new key).
func TestKeyringConcurrent(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for name, kr := range keyrings(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			sh, err := pii.NewShredder(kr, nil)
			require.NoError(t, err)
			// Forgets of subject n started and finished so far.
			var started, finished [5]atomic.Int64
			var wg sync.WaitGroup
			for g := range 8 {
				wg.Go(func() {
					for i := range 20 {
						n := (g + i) % 5
						subject := fmt.Sprintf("s%d", n)
						done := finished[n].Load()
						tok, err := sh.Seal(ctx, subject, []byte("data"), nil)
						if err != nil {
							t.Error(err)
							return
						}
						_, err = sh.Open(ctx, subject, tok, nil)
						if err != nil {
							if !errors.Is(err, pii.ErrOpen) {
								t.Error(err)
							} else if started[n].Load() == done { // every Forget ended before the Seal
								t.Errorf("open failed with no Forget in between: %v", err)
							}
						}
						switch i % 7 {
						case 3:
							started[n].Add(1)
							_ = sh.Forget(ctx, subject)
							finished[n].Add(1)
						case 5:
							_, _ = kr.Rotate(ctx, subject)
						}
					}
				})
			}
			wg.Wait()
		})
	}
}
