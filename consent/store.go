package consent

import (
	"context"
	"iter"
)

// Store keeps the consent ledger: an append-only, hash-chained sequence of
// [Event] records. [MemoryStore] and [FileStore] implement it; a service can
// implement it over its own database, using [Chain] to link records and
// [Verify] to check them.
//
// Implementations must be safe for concurrent use by multiple goroutines.
type Store interface {
	// Append links events after the current end of the ledger, in the
	// order given (see [Chain]), and returns them with Seq, Prev and Hash
	// set. It returns only once they are durable: an acknowledged event
	// survives a crash. The events are appended together or, on error,
	// none of them is acknowledged.
	Append(ctx context.Context, events ...Event) ([]Event, error)

	// Events yields the ledger's records in order, starting at sequence
	// number from (0 or 1 means from the start). It yields only
	// acknowledged records. Callers must not modify yielded events.
	Events(ctx context.Context, from uint64) iter.Seq2[Event, error]

	// Subject yields one subject's records, in ledger order.
	Subject(ctx context.Context, s Subject) iter.Seq2[Event, error]

	// Head returns the last acknowledged record's sequence number and
	// hash; the zero Head for an empty ledger.
	Head(ctx context.Context) (Head, error)

	// Close releases the store. Later calls return ErrClosed.
	Close() error
}
