package consent

import (
	"errors"
	"iter"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func seqOf(events []Event) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		for _, e := range events {
			if !yield(e, nil) {
				return
			}
		}
	}
}

// GDPR Art. 7(1) asks the controller to demonstrate consent; the chain makes
// any later change to the record visible.
func TestVerifyDetectsChangeRemovalReordering(t *testing.T) {
	t.Parallel()
	m := newEventMaker()
	var raw []Event
	for i := range 6 {
		raw = append(raw, m.make(t, "s-"+string(rune('a'+i%3)), KindGrant, "analytics"))
	}
	good := chain(t, raw...)
	head, err := Verify(seqOf(good))
	require.NoError(t, err)
	assert.Equal(t, Head{Seq: 6, Hash: good[5].Hash}, head)

	edit := func(f func([]Event) []Event) []Event {
		c := make([]Event, len(good))
		for i, e := range good {
			c[i] = e.clone()
		}
		return f(c)
	}
	tests := []struct {
		name   string
		events []Event
	}{
		{"kind changed", edit(func(es []Event) []Event { es[2].Kind = KindDeny; return es })},
		{"purpose changed", edit(func(es []Event) []Event { es[1].Purposes = []PurposeID{"surveys"}; return es })},
		{"time changed", edit(func(es []Event) []Event { es[3].At = es[3].At.Add(1); return es })},
		{"hash forged for changed record", edit(func(es []Event) []Event {
			es[2].Kind = KindDeny
			c, _ := Chain(Head{Seq: 2, Hash: es[1].Hash}, es[2])
			es[2] = c // rechained, but the next record still points at the old hash
			return es
		})},
		{"record removed", edit(func(es []Event) []Event { return slices.Delete(es, 2, 3) })},
		{"first record removed", edit(func(es []Event) []Event { return es[1:] })},
		{"records swapped", edit(func(es []Event) []Event { es[1], es[2] = es[2], es[1]; return es })},
		{"record duplicated", edit(func(es []Event) []Event { return slices.Insert(es, 3, es[2]) })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Verify(seqOf(tt.events))
			require.ErrorIs(t, err, ErrChainBroken)
			require.ErrorIs(t, err, ErrCorrupt)
			var ce *CorruptError
			require.True(t, errors.As(err, &ce))
		})
	}

	// Truncating the end leaves a valid but shorter chain; a saved Head shows it.
	short, err := Verify(seqOf(good[:4]))
	require.NoError(t, err)
	assert.NotEqual(t, head, short)
}

// GDPR Art. 7(1): whole records removed from the end, or a ledger rewritten
// and re-chained, verify as a chain; only a Head saved elsewhere shows it.
func TestVerifyAgainstSavedHead(t *testing.T) {
	t.Parallel()
	m := newEventMaker()
	var raw []Event
	for range 6 {
		raw = append(raw, m.make(t, "s-1", KindGrant, "analytics"))
	}
	good := chain(t, raw...)
	saved := Head{Seq: 4, Hash: good[3].Hash}

	head, err := VerifyAgainst(seqOf(good), saved)
	require.NoError(t, err, "records appended after the saved head are fine")
	assert.Equal(t, uint64(6), head.Seq)
	_, err = VerifyAgainst(seqOf(good[:4]), saved)
	require.NoError(t, err, "the ledger ends exactly at the saved head")
	_, err = VerifyAgainst(seqOf(good), Head{})
	require.NoError(t, err, "the zero Head checks nothing more than Verify")

	// Removing the last three records leaves a valid chain...
	_, err = Verify(seqOf(good[:3]))
	require.NoError(t, err)
	// ...that the saved head exposes.
	_, err = VerifyAgainst(seqOf(good[:3]), saved)
	require.ErrorIs(t, err, ErrChainBroken)
	require.ErrorIs(t, err, ErrCorrupt)
	assert.Contains(t, err.Error(), "removed from the end")

	// Rewriting record 3 onwards and re-chaining also verifies as a chain.
	rewritten := append([]Event(nil), good[:2]...)
	for _, e := range raw[2:] {
		e.Kind = KindDeny
		rewritten = append(rewritten, e)
	}
	rewritten = chain(t, rewritten...)
	_, err = Verify(seqOf(rewritten))
	require.NoError(t, err)
	_, err = VerifyAgainst(seqOf(rewritten), saved)
	require.ErrorIs(t, err, ErrChainBroken)
	assert.Contains(t, err.Error(), "rewritten")
}
