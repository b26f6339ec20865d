package pii

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// MasterKey is the AES-256 key that wraps a [FileKeyring]'s data keys at rest, with an id that
// the file records so a later process knows which key opens it. The zero MasterKey is invalid.
// A MasterKey never prints its key. It is immutable and safe for concurrent use.
type MasterKey struct {
	id  string
	key Secret[[32]byte]
}

// NewMasterKey returns a master key with the given id (1 to 255 printable ASCII characters,
// no spaces, e.g. "2026-01") from 32 bytes of key material, which it copies. Keep the key
// material outside the keyring file's backups (a KMS, a secret manager): whoever holds both
// can open every backup of the file.
func NewMasterKey(id string, key []byte) (MasterKey, error) {
	if len(id) == 0 || len(id) > 255 {
		return MasterKey{}, fmt.Errorf("%w: id must be 1 to 255 characters, not %d", ErrMasterKey, len(id))
	}
	for i := range len(id) {
		if id[i] <= ' ' || id[i] > '~' {
			return MasterKey{}, fmt.Errorf("%w: id must be printable ASCII without spaces", ErrMasterKey)
		}
	}
	if len(key) != dataKeySize {
		return MasterKey{}, fmt.Errorf("%w: key must be %d bytes, not %d", ErrMasterKey, dataKeySize, len(key))
	}
	return MasterKey{id: id, key: NewSecret([32]byte(key))}, nil
}

// ID returns the key's id.
func (k MasterKey) ID() string { return k.id }

// String returns the key's id, never its material.
func (k MasterKey) String() string { return "pii.MasterKey(" + k.id + ")" }

// FileKeyring is a durable [Keyring] kept in one file, encrypted and authenticated as a whole
// under a [MasterKey] with AES-256-GCM. Every change rewrites the file atomically: a temporary
// file in the same directory is written, synced, renamed over the old one, and the directory
// is synced, so a crash leaves either the old file or the new one. Reads are served from
// memory. A file that cannot be read is an error wrapping [ErrKeyringCorrupt], never an empty
// keyring.
//
// # File format
//
// Version 1; integers are big-endian:
//
//	"PIIKEYS\n"            8 bytes, magic
//	version               2 bytes, 1
//	n, master key id      1 byte, then n bytes: the MasterKey that wraps the file
//	nonce                 12 bytes, random per write
//	sealed payload        AES-256-GCM with the bytes above as additional data
//
// The payload is a 4-byte count of subjects, then for each: a 2-byte length and the subject
// identifier, a 2-byte count of key versions, and for each version (ascending, the last
// current) a 4-byte version number and the 32-byte key. Subjects and keys are thus never
// visible at rest (only the file's size hints at how many there are), and a change to any
// byte makes the file fail to open. A reader refuses format versions it does not know.
//
// # Forgetting and backups
//
// [FileKeyring.Forget] removes a subject's keys from the file, after which no sealed copy of
// the subject's data can be opened, wherever it is stored (policy §16.1). Copies of the keyring
// file itself still hold the key: backups of it, and blocks of the replaced file that the
// storage has not yet reused. Keep the keyring file out of long-lived backups, or rotate the
// master key ([FileKeyring.RotateMaster]) and destroy the old one: every older copy of the file
// is then unreadable too.
//
// # Master key rotation
//
// RotateMaster rewraps every data key under a new master key at once; sealed data is not
// touched. A process may also start with the new key as active and the old one in
// [KeyringOptions.PreviousMasterKeys]: it reads the file under the old key and rewraps it on
// its first change.
//
// A FileKeyring is safe for concurrent use. One process owns the file: two processes writing
// the same file would lose each other's changes. Since every new subject, rotation and Forget
// rewrites and syncs the whole file, it suits keyrings of up to some tens of thousands of
// subjects; a larger service implements [Keyring] over its database or KMS.
type FileKeyring struct {
	path string
	rand io.Reader

	mu        sync.RWMutex
	masters   []MasterKey // masters[0] wraps every write
	keys      keyTable
	wrappedBy string // the id of the master key the file on disk is wrapped under
}

var _ Keyring = (*FileKeyring)(nil)

// OpenFileKeyring opens the keyring file at path, wrapped under master or one of
// opts.PreviousMasterKeys, or creates an empty one if path does not exist. It returns an
// error wrapping [ErrKeyringCorrupt] for a file it cannot read and [ErrMasterKey] for a file
// wrapped under a key it was not given.
func OpenFileKeyring(path string, master MasterKey, opts *KeyringOptions) (*FileKeyring, error) {
	if master.id == "" {
		return nil, fmt.Errorf("%w: the zero MasterKey; use NewMasterKey", ErrMasterKey)
	}
	f := &FileKeyring{path: path, rand: opts.rand(), masters: []MasterKey{master}}
	if opts != nil {
		f.masters = append(f.masters, opts.PreviousMasterKeys...)
	}
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		f.keys = keyTable{}
		if err := f.persistLocked(f.masters[0]); err != nil {
			return nil, err
		}
		return f, nil
	case err != nil:
		return nil, fmt.Errorf("pii: reading keyring: %w", err)
	}
	keys, wrappedBy, err := decodeKeyring(data, f.masters)
	if err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	f.keys, f.wrappedBy = keys, wrappedBy
	return f, nil
}

// MasterKeyID returns the id of the master key the file on disk is currently wrapped under.
// Once it is the id of the active key, older master keys can be destroyed.
func (f *FileKeyring) MasterKeyID() string {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.wrappedBy
}

// SealingKey implements [Keyring]. Creating a subject's first key writes the file.
func (f *FileKeyring) SealingKey(_ context.Context, subject string) (DataKey, error) {
	if err := checkSubject(subject); err != nil {
		return DataKey{}, err
	}
	f.mu.RLock()
	k, ok := f.keys.current(subject)
	f.mu.RUnlock()
	if ok {
		return k.dataKey(), nil
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	if k, ok := f.keys.current(subject); ok {
		return k.dataKey(), nil
	}
	k, err := newKeyVersion(f.rand, 1)
	if err != nil {
		return DataKey{}, err
	}
	if err := f.updateLocked(subject, []keyVersion{k}); err != nil {
		return DataKey{}, err
	}
	return k.dataKey(), nil
}

// OpeningKey implements [Keyring].
func (f *FileKeyring) OpeningKey(_ context.Context, subject string, version uint32) (DataKey, error) {
	if err := checkSubject(subject); err != nil {
		return DataKey{}, err
	}
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.keys.lookup(subject, version)
}

// Rotate implements [Keyring]. It writes the file.
func (f *FileKeyring) Rotate(_ context.Context, subject string) (DataKey, error) {
	if err := checkSubject(subject); err != nil {
		return DataKey{}, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	cur, ok := f.keys.current(subject)
	if !ok {
		return DataKey{}, ErrSubjectForgotten
	}
	version, err := f.keys.next(subject, cur)
	if err != nil {
		return DataKey{}, err
	}
	k, err := newKeyVersion(f.rand, version)
	if err != nil {
		return DataKey{}, err
	}
	if err := f.updateLocked(subject, append(slices.Clone(f.keys[subject]), k)); err != nil {
		return DataKey{}, err
	}
	return k.dataKey(), nil
}

// Forget implements [Keyring]. It returns once the file without the subject's keys is on
// disk; if writing fails, the keys stay (in memory and on disk) and the error says so.
func (f *FileKeyring) Forget(_ context.Context, subject string) error {
	if err := checkSubject(subject); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.keys[subject]; !ok {
		return nil
	}
	return f.updateLocked(subject, nil)
}

// RetireBefore destroys the subject's key versions older than version, once everything sealed
// under them has been re-sealed (see [Shredder.Reseal]). The current version is always kept.
// It returns [ErrSubjectForgotten] if the subject has no key.
func (f *FileKeyring) RetireBefore(_ context.Context, subject string, version uint32) error {
	if err := checkSubject(subject); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	versions, ok := f.keys[subject]
	if !ok {
		return ErrSubjectForgotten
	}
	next := keyTable{subject: versions}
	if !next.retireBefore(subject, version) {
		return nil
	}
	return f.updateLocked(subject, next[subject])
}

// RotateMaster rewraps every data key under next and makes next the active master key. When
// it returns nil the file on disk is wrapped under next, and the previous master keys may be
// destroyed, which also makes every older copy of the file unreadable.
func (f *FileKeyring) RotateMaster(_ context.Context, next MasterKey) error {
	if next.id == "" {
		return fmt.Errorf("%w: the zero MasterKey; use NewMasterKey", ErrMasterKey)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.persistLocked(next); err != nil {
		return err
	}
	f.masters = append([]MasterKey{next}, slices.DeleteFunc(f.masters, func(m MasterKey) bool { return m.id == next.id })...)
	return nil
}

// updateLocked sets the subject's versions (nil removes the subject) and writes the file. If
// the write fails, the table is restored. Key versions dropped by a successful write are wiped.
func (f *FileKeyring) updateLocked(subject string, versions []keyVersion) error {
	old, had := f.keys[subject]
	if versions == nil {
		delete(f.keys, subject)
	} else {
		f.keys[subject] = versions
	}
	if err := f.persistLocked(f.masters[0]); err != nil {
		if had {
			f.keys[subject] = old
		} else {
			delete(f.keys, subject)
		}
		return err
	}
	for i := range old {
		if !slices.ContainsFunc(versions, func(k keyVersion) bool { return k.version == old[i].version }) {
			clear(old[i].key[:])
		}
	}
	return nil
}

// persistLocked writes the table to the file, wrapped under master.
func (f *FileKeyring) persistLocked(master MasterKey) error {
	data, err := encodeKeyring(f.keys, master, f.rand)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(f.path, data); err != nil {
		return fmt.Errorf("pii: writing keyring: %w", err)
	}
	f.wrappedBy = master.id
	return nil
}

// writeFileAtomic replaces path with data: write a temporary file in the same directory,
// sync it, rename it over path, sync the directory.
func writeFileAtomic(path string, data []byte) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	if _, err = tmp.Write(data); err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return err
	}
	// The new file is in place; sync the directory so the rename survives a crash.
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
