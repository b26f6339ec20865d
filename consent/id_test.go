package consent

import (
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseIDStrict(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"canonical", "01K3ZJ0Z8B8V6QGQ4W3JX5T9PD", true},
		{"lower case accepted by ULID", "01k3zj0z8b8v6qgq4w3jx5t9pd", true},
		{"too short", "01K3ZJ0Z8B8V6QGQ4W3JX5T9P", false},
		{"too long", "01K3ZJ0Z8B8V6QGQ4W3JX5T9PDX", false},
		{"invalid character U", "01K3ZJ0Z8B8V6QGQ4W3JX5T9PU", false},
		{"overflow", "81K3ZJ0Z8B8V6QGQ4W3JX5T9PD", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			id, err := ParseID(tt.in)
			if !tt.ok {
				require.ErrorIs(t, err, ErrInvalidID)
				return
			}
			require.NoError(t, err)
			again, err := ParseID(id.String())
			require.NoError(t, err)
			assert.Equal(t, id, again)
		})
	}
}

func TestIDTextRoundTrip(t *testing.T) {
	t.Parallel()
	ids := newIDSource(seededEntropy(7))
	id, err := ids.next(t0)
	require.NoError(t, err)
	assert.Equal(t, t0, id.Time())
	b, err := json.Marshal(struct{ ID ID }{id})
	require.NoError(t, err)
	var back struct{ ID ID }
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, id, back.ID)
	assert.Empty(t, ID{}.String(), "the zero ID prints as empty")
	var z ID
	require.NoError(t, z.UnmarshalText(nil))
	assert.True(t, z.IsZero())
}

func TestIDSourceDeterministicWithSeed(t *testing.T) {
	t.Parallel()
	a, b := newIDSource(seededEntropy(3)), newIDSource(seededEntropy(3))
	for range 5 {
		x, err := a.next(t0)
		require.NoError(t, err)
		y, err := b.next(t0)
		require.NoError(t, err)
		assert.Equal(t, x, y)
	}
}

// Monotonic: ids made in the same millisecond still sort in order, also when
// many goroutines make them at once (ulid.Monotonic behind a locked reader).
func TestIDSourceMonotonicConcurrent(t *testing.T) {
	t.Parallel()
	s := newIDSource(nil) // crypto/rand
	const workers, per = 8, 200
	var mu sync.Mutex
	seen := make(map[ID]bool)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var last ID
			for range per {
				id, err := s.next(t0) // same millisecond for all
				if !assert.NoError(t, err) {
					return
				}
				assert.Equal(t, 1, id.Compare(last), "ids from one goroutine increase")
				last = id
				mu.Lock()
				seen[id] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	assert.Len(t, seen, workers*per, "no duplicates")
	_ = time.Now
}
