package consent

import (
	"context"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// storeFactories lists the Store implementations every conformance test runs on.
func storeFactories() map[string]func(t *testing.T) Store {
	return map[string]func(t *testing.T) Store{
		"memory": func(t *testing.T) Store { return NewMemoryStore() },
		"file": func(t *testing.T) Store {
			s, err := OpenFileStore(filepath.Join(t.TempDir(), "ledger"), nil)
			require.NoError(t, err)
			return s
		},
	}
}

func collect(t testing.TB, seq func(func(Event, error) bool)) []Event {
	t.Helper()
	var out []Event
	for e, err := range seq {
		require.NoError(t, err)
		out = append(out, e)
	}
	return out
}

func TestStoreConformance(t *testing.T) {
	t.Parallel()
	for name, open := range storeFactories() {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			s := open(t)
			defer s.Close()
			m := newEventMaker()

			head, err := s.Head(ctx)
			require.NoError(t, err)
			assert.Equal(t, Head{}, head, "empty ledger")

			a := m.make(t, "alice", KindGrant, "analytics", "surveys")
			b := m.make(t, "bob", KindDeny, "analytics")
			c := m.make(t, "alice", KindWithdraw, "analytics")
			got, err := s.Append(ctx, a)
			require.NoError(t, err)
			require.Len(t, got, 1)
			assert.Equal(t, uint64(1), got[0].Seq)
			assert.True(t, got[0].Prev.IsZero())
			more, err := s.Append(ctx, b, c)
			require.NoError(t, err)
			assert.Equal(t, []uint64{2, 3}, []uint64{more[0].Seq, more[1].Seq})
			assert.Equal(t, got[0].Hash, more[0].Prev, "chained")

			all := collect(t, s.Events(ctx, 0))
			want := append(got, more...)
			if diff := cmp.Diff(want, all, eventCmp); diff != "" {
				t.Fatalf("Events mismatch (-want +got):\n%s", diff)
			}
			head, err = Verify(s.Events(ctx, 1))
			require.NoError(t, err)
			assert.Equal(t, Head{Seq: 3, Hash: more[1].Hash}, head)
			h2, err := s.Head(ctx)
			require.NoError(t, err)
			assert.Equal(t, head, h2)

			from2 := collect(t, s.Events(ctx, 2))
			assert.Equal(t, []uint64{2, 3}, seqs(from2))
			assert.Empty(t, collect(t, s.Events(ctx, 99)))

			alice := collect(t, s.Subject(ctx, MustSubject("alice")))
			assert.Equal(t, []uint64{1, 3}, seqs(alice))
			assert.Empty(t, collect(t, s.Subject(ctx, MustSubject("carol"))))

			// Invalid events are refused and leave the ledger unchanged.
			bad := m.make(t, "alice", KindGrant, "analytics")
			bad.Purposes = nil
			_, err = s.Append(ctx, m.make(t, "dave", KindGrant, "analytics"), bad)
			require.ErrorIs(t, err, ErrInvalidEvent)
			h3, err := s.Head(ctx)
			require.NoError(t, err)
			assert.Equal(t, head, h3, "a refused batch appends nothing")

			// Returned events are copies.
			got[0].Purposes[0] = "changed"
			again := collect(t, s.Events(ctx, 1))
			assert.Equal(t, PurposeID("analytics"), again[0].Purposes[0])

			require.NoError(t, s.Close())
			_, err = s.Append(ctx, m.make(t, "alice", KindGrant, "analytics"))
			require.ErrorIs(t, err, ErrClosed)
			_, err = s.Head(ctx)
			require.ErrorIs(t, err, ErrClosed)
		})
	}
}

func seqs(es []Event) []uint64 {
	out := make([]uint64, len(es))
	for i, e := range es {
		out[i] = e.Seq
	}
	return out
}

// Concurrent writers (run with -race): every append is acknowledged once,
// sequence numbers have no gaps and the chain verifies.
func TestStoreConcurrentWriters(t *testing.T) {
	t.Parallel()
	for name, open := range storeFactories() {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			s := open(t)
			defer s.Close()
			const writers, per = 8, 40
			var mu sync.Mutex
			var acked []uint64
			var wg sync.WaitGroup
			for w := range writers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					m := &eventMaker{ids: newIDSource(nil), at: t0}
					for range per {
						e := m.make(t, "w"+string(rune('a'+w)), KindGrant, "analytics")
						got, err := s.Append(ctx, e)
						if !assert.NoError(t, err) {
							return
						}
						mu.Lock()
						acked = append(acked, got[0].Seq)
						mu.Unlock()
						// Readers run alongside writers.
						for _, err := range s.Subject(ctx, e.Subject) {
							assert.NoError(t, err)
						}
					}
				}()
			}
			wg.Wait()
			slices.Sort(acked)
			require.Len(t, acked, writers*per)
			for i, seq := range acked {
				require.Equal(t, uint64(i+1), seq)
			}
			head, err := Verify(s.Events(ctx, 0))
			require.NoError(t, err)
			assert.Equal(t, uint64(writers*per), head.Seq)
		})
	}
}
