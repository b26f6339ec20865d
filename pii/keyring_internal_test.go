package pii

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRotateStopsAtMaxKeyVersions: the keyring file counts a subject's key versions in 16
// bits, so a keyring refuses a rotation past MaxKeyVersions instead of writing a file it
// could not read back (§16.1: losing the keyring would lose every sealed copy).
func TestRotateStopsAtMaxKeyVersions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	full := make([]keyVersion, MaxKeyVersions)
	for i := range full {
		full[i].version = uint32(i + 1)
	}

	mem := NewMemoryKeyring(nil)
	mem.keys["s"] = full
	_, err := mem.Rotate(ctx, "s")
	assert.ErrorIs(t, err, ErrTooManyKeyVersions)

	master, err := NewMasterKey("m1", make([]byte, 32))
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "keys")
	fk, err := OpenFileKeyring(path, master, nil)
	require.NoError(t, err)
	fk.keys["s"] = full[:MaxKeyVersions-1]
	_, err = fk.Rotate(ctx, "s")
	require.NoError(t, err, "the last version that fits")
	_, err = fk.Rotate(ctx, "s")
	assert.ErrorIs(t, err, ErrTooManyKeyVersions)

	again, err := OpenFileKeyring(path, master, nil)
	require.NoError(t, err, "the file written at the limit reads back")
	k, err := again.SealingKey(ctx, "s")
	require.NoError(t, err)
	assert.Equal(t, uint32(MaxKeyVersions), k.Version)
}
