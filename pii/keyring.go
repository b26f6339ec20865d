package pii

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
)

// Errors returned by keyrings and by the [Shredder]. None of them carries a subject or key.
var (
	// ErrSubjectForgotten is returned when a subject has no data key: it was forgotten (see
	// [Keyring.Forget]), or it never sealed anything. A keyring cannot tell the two apart
	// without keeping the identifier it was asked to forget, so both fail the same way, closed.
	ErrSubjectForgotten = errors.New("pii: subject forgotten: no data key")

	// ErrKeyVersion is returned when a subject's keys exist but not the version a token was
	// sealed with: it was retired after a rotation, or the token names a version never issued.
	ErrKeyVersion = errors.New("pii: no such data key version")

	// ErrTooManyKeyVersions is returned by Rotate when a subject already has MaxKeyVersions
	// versions of its data key: retire the old ones (after re-sealing) first.
	ErrTooManyKeyVersions = errors.New("pii: too many data key versions")

	// ErrInvalidSubject is returned for a subject identifier a keyring cannot hold: empty, or longer
	// than [MaxSubjectLen] bytes.
	ErrInvalidSubject = errors.New("pii: invalid subject identifier")
)

// MaxSubjectLen is the longest subject identifier, in bytes, a keyring accepts.
const MaxSubjectLen = 1024

// MaxKeyVersions is the most versions of one subject's data key a keyring holds at once (the
// keyring file records the count in 16 bits).
const MaxKeyVersions = 1<<16 - 1

// dataKeySize is the size of a data key: AES-256.
const dataKeySize = 32

// DataKey is one version of a subject's data key, an AES-256 key. The key material is held in a
// [Secret], so a DataKey never prints or logs its key. A DataKey is an immutable value, safe
// to share.
type DataKey struct {
	// Version numbers a subject's keys from 1, in the order they were created.
	Version uint32
	// Key is the key material.
	Key Secret[[32]byte]
}

// Keyring holds one data key per subject (a person whose data is sealed), in versions, for
// crypto-shredding: each subject's personal data is sealed under that subject's own key, so
// destroying the key ([Keyring.Forget]) makes every sealed copy unreadable, wherever it is
// stored, backups included (policy §16.1: old information "shall be completely removed from
// Our databases, including stored 'back up' systems"; law.md §15).
//
// [MemoryKeyring] and [FileKeyring] implement it; a service that keeps keys in a database or a
// KMS implements it over that store. Implementations must be safe for concurrent use, must never
// return a key after Forget has returned for its subject, and must return errors that carry
// neither subjects nor keys.
type Keyring interface {
	// SealingKey returns the subject's current (newest) data key, creating version 1 if the
	// subject has no key.
	SealingKey(ctx context.Context, subject string) (DataKey, error)

	// OpeningKey returns the given version of the subject's data key. It returns
	// [ErrSubjectForgotten] if the subject has no key at all, and [ErrKeyVersion] if the
	// subject has keys but not that version. It never creates a key.
	OpeningKey(ctx context.Context, subject string, version uint32) (DataKey, error)

	// Rotate creates a new version of the subject's data key and makes it current: data
	// sealed from now on uses it, and data sealed under older versions still opens (until
	// it is re-sealed and the old versions are retired). It returns [ErrSubjectForgotten]
	// if the subject has no key, and [ErrTooManyKeyVersions] if it holds [MaxKeyVersions].
	Rotate(ctx context.Context, subject string) (DataKey, error)

	// Forget destroys every version of the subject's data key. Forgetting a subject that has
	// no key is not an error. A later SealingKey for the same identifier creates a new,
	// unrelated key: data sealed before Forget stays unreadable.
	Forget(ctx context.Context, subject string) error
}

// KeyringOptions configures [NewMemoryKeyring] and [OpenFileKeyring]. A nil *KeyringOptions
// means the defaults. The constructors read it once; Rand is then used for the keyring's
// life, under the keyring's lock.
type KeyringOptions struct {
	// Rand is the source of new data keys and, for a FileKeyring, of nonces.
	// Nil means crypto/rand.Reader. Tests may supply a deterministic reader.
	Rand io.Reader

	// PreviousMasterKeys are older master keys a [FileKeyring] may find its file wrapped
	// under, during a master key rotation. They are only ever used to read; every write uses
	// the active master key. Ignored by MemoryKeyring.
	PreviousMasterKeys []MasterKey
}

func (o *KeyringOptions) rand() io.Reader {
	if o == nil || o.Rand == nil {
		return rand.Reader
	}
	return o.Rand
}

// checkSubject validates a subject identifier without quoting it.
func checkSubject(subject string) error {
	if subject == "" {
		return fmt.Errorf("%w: empty", ErrInvalidSubject)
	}
	if len(subject) > MaxSubjectLen {
		return fmt.Errorf("%w: %d bytes, longer than %d", ErrInvalidSubject, len(subject), MaxSubjectLen)
	}
	return nil
}

// keyVersion is one version of a data key as stored.
type keyVersion struct {
	version uint32
	key     [dataKeySize]byte
}

func (k keyVersion) dataKey() DataKey {
	return DataKey{Version: k.version, Key: NewSecret(k.key)}
}

// keyTable maps a subject to its key versions, oldest first. It is the state shared by
// MemoryKeyring and FileKeyring; callers synchronize.
type keyTable map[string][]keyVersion

func newKeyVersion(r io.Reader, version uint32) (keyVersion, error) {
	k := keyVersion{version: version}
	if _, err := io.ReadFull(r, k.key[:]); err != nil {
		return keyVersion{}, fmt.Errorf("pii: generating a data key: %w", err)
	}
	return k, nil
}

func (t keyTable) current(subject string) (keyVersion, bool) {
	versions := t[subject]
	if len(versions) == 0 {
		return keyVersion{}, false
	}
	return versions[len(versions)-1], true
}

// next returns the version that rotating the subject's key creates after cur, or
// ErrTooManyKeyVersions if the subject holds MaxKeyVersions versions already.
func (t keyTable) next(subject string, cur keyVersion) (uint32, error) {
	if len(t[subject]) >= MaxKeyVersions {
		return 0, ErrTooManyKeyVersions
	}
	return cur.version + 1, nil
}

func (t keyTable) lookup(subject string, version uint32) (DataKey, error) {
	versions, ok := t[subject]
	if !ok || len(versions) == 0 {
		return DataKey{}, ErrSubjectForgotten
	}
	for _, k := range versions {
		if k.version == version {
			return k.dataKey(), nil
		}
	}
	return DataKey{}, fmt.Errorf("%w: %d", ErrKeyVersion, version)
}

// retireBefore drops the subject's versions older than version, always keeping the current one.
// It reports whether anything changed.
func (t keyTable) retireBefore(subject string, version uint32) bool {
	versions := t[subject]
	keep := 0
	for keep < len(versions)-1 && versions[keep].version < version {
		keep++
	}
	if keep == 0 {
		return false
	}
	t[subject] = append([]keyVersion(nil), versions[keep:]...)
	return true
}
