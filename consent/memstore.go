package consent

import (
	"context"
	"iter"
	"sync"
)

// MemoryStore is a [Store] held in memory: fast and fully functional, but
// lost when the process ends. Use it in tests and for caches; use
// [FileStore] (or a database) for the record that must prove consent.
//
// The zero MemoryStore is an empty ledger ready to use; a nil *MemoryStore
// returns [ErrNilStore]. A MemoryStore is safe for concurrent use; it must
// not be copied after first use.
type MemoryStore struct {
	mu        sync.RWMutex
	events    []Event
	bySubject map[Subject][]int
	closed    bool
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore { return &MemoryStore{} }

// Append implements [Store]. The events are chained, copied and kept.
func (m *MemoryStore) Append(ctx context.Context, events ...Event) ([]Event, error) {
	if m == nil {
		return nil, ErrNilStore
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return nil, ErrClosed
	}
	head := m.headLocked()
	out := make([]Event, 0, len(events))
	for _, e := range events {
		c, err := Chain(head, e.clone())
		if err != nil {
			return nil, err
		}
		out = append(out, c)
		head = Head{Seq: c.Seq, Hash: c.Hash}
	}
	if m.bySubject == nil {
		m.bySubject = make(map[Subject][]int)
	}
	for _, e := range out {
		m.bySubject[e.Subject] = append(m.bySubject[e.Subject], len(m.events))
		m.events = append(m.events, e)
	}
	return cloneEvents(out), nil
}

func cloneEvents(es []Event) []Event {
	out := make([]Event, len(es))
	for i, e := range es {
		out[i] = e.clone()
	}
	return out
}

func (m *MemoryStore) headLocked() Head {
	if len(m.events) == 0 {
		return Head{}
	}
	last := &m.events[len(m.events)-1]
	return Head{Seq: last.Seq, Hash: last.Hash}
}

// Events implements [Store]. It yields copies: changing one does not
// change the ledger.
func (m *MemoryStore) Events(ctx context.Context, from uint64) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		if m == nil {
			yield(Event{}, ErrNilStore)
			return
		}
		m.mu.RLock()
		events, closed := m.events, m.closed
		m.mu.RUnlock()
		if closed {
			yield(Event{}, ErrClosed)
			return
		}
		start := 0
		if from > 1 {
			start = int(min(from-1, uint64(len(events))))
		}
		for _, e := range events[start:] {
			if err := ctx.Err(); err != nil {
				yield(Event{}, err)
				return
			}
			if !yield(e.clone(), nil) {
				return
			}
		}
	}
}

// Subject implements [Store]. It yields copies, like Events.
func (m *MemoryStore) Subject(ctx context.Context, s Subject) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		if m == nil {
			yield(Event{}, ErrNilStore)
			return
		}
		m.mu.RLock()
		idx, events, closed := m.bySubject[s], m.events, m.closed
		idx = idx[:len(idx):len(idx)]
		m.mu.RUnlock()
		if closed {
			yield(Event{}, ErrClosed)
			return
		}
		for _, i := range idx {
			if err := ctx.Err(); err != nil {
				yield(Event{}, err)
				return
			}
			if !yield(events[i].clone(), nil) {
				return
			}
		}
	}
}

// Head implements [Store].
func (m *MemoryStore) Head(ctx context.Context) (Head, error) {
	if m == nil {
		return Head{}, ErrNilStore
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	if m.closed {
		return Head{}, ErrClosed
	}
	return m.headLocked(), nil
}

// Close implements [Store]. The events are dropped.
func (m *MemoryStore) Close() error {
	if m == nil {
		return ErrNilStore
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed = true
	m.events, m.bySubject = nil, nil
	return nil
}
