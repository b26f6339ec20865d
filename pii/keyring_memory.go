package pii

import (
	"context"
	"io"
	"sync"
)

// MemoryKeyring is a [Keyring] that keeps data keys in memory only, for tests and for data
// that must not outlive the process (a cache, a queue drained before shutdown). Its zero value
// is not usable; call [NewMemoryKeyring]. It is safe for concurrent use.
type MemoryKeyring struct {
	rand io.Reader

	mu   sync.RWMutex
	keys keyTable
}

var _ Keyring = (*MemoryKeyring)(nil)

// NewMemoryKeyring returns an empty MemoryKeyring. opts may be nil.
func NewMemoryKeyring(opts *KeyringOptions) *MemoryKeyring {
	return &MemoryKeyring{rand: opts.rand(), keys: keyTable{}}
}

// SealingKey implements [Keyring].
func (m *MemoryKeyring) SealingKey(_ context.Context, subject string) (DataKey, error) {
	if err := checkSubject(subject); err != nil {
		return DataKey{}, err
	}
	m.mu.RLock()
	k, ok := m.keys.current(subject)
	m.mu.RUnlock()
	if ok {
		return k.dataKey(), nil
	}

	m.mu.Lock()
	defer m.mu.Unlock()
	if k, ok := m.keys.current(subject); ok { // created while we waited for the lock
		return k.dataKey(), nil
	}
	k, err := newKeyVersion(m.rand, 1)
	if err != nil {
		return DataKey{}, err
	}
	m.keys[subject] = []keyVersion{k}
	return k.dataKey(), nil
}

// OpeningKey implements [Keyring].
func (m *MemoryKeyring) OpeningKey(_ context.Context, subject string, version uint32) (DataKey, error) {
	if err := checkSubject(subject); err != nil {
		return DataKey{}, err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.keys.lookup(subject, version)
}

// Rotate implements [Keyring].
func (m *MemoryKeyring) Rotate(_ context.Context, subject string) (DataKey, error) {
	if err := checkSubject(subject); err != nil {
		return DataKey{}, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.keys.current(subject)
	if !ok {
		return DataKey{}, ErrSubjectForgotten
	}
	version, err := m.keys.next(subject, cur)
	if err != nil {
		return DataKey{}, err
	}
	k, err := newKeyVersion(m.rand, version)
	if err != nil {
		return DataKey{}, err
	}
	m.keys[subject] = append(m.keys[subject], k)
	return k.dataKey(), nil
}

// Forget implements [Keyring]. The key bytes are overwritten before they are dropped, so they
// do not linger in this keyring's memory (copies already handed out are beyond its reach).
func (m *MemoryKeyring) Forget(_ context.Context, subject string) error {
	if err := checkSubject(subject); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	wipe(m.keys[subject])
	delete(m.keys, subject)
	return nil
}

// RetireBefore destroys the subject's key versions older than version, once everything sealed
// under them has been re-sealed (see [Shredder.Reseal]). The current version is always kept.
// It returns [ErrSubjectForgotten] if the subject has no key.
func (m *MemoryKeyring) RetireBefore(_ context.Context, subject string, version uint32) error {
	if err := checkSubject(subject); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	old, ok := m.keys[subject]
	if !ok {
		return ErrSubjectForgotten
	}
	if m.keys.retireBefore(subject, version) {
		wipe(old[:len(old)-len(m.keys[subject])])
	}
	return nil
}

// wipe overwrites key material in place.
func wipe(versions []keyVersion) {
	for i := range versions {
		clear(versions[i].key[:])
	}
}
