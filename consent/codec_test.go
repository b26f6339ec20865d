package consent

import (
	"encoding/binary"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRecordRoundTrip(t *testing.T) {
	t.Parallel()
	m := newEventMaker()
	ipv6 := m.make(t, "s-2", KindWithdraw, "analytics")
	ipv6.Evidence.Network = TruncateIP(netip.MustParseAddr("2001:db8:abcd:12::1"))
	ipv6.Evidence.DNT = true
	noPlace := m.make(t, "s-3", KindExpire, "marketing-email")
	noPlace.Place = noPlace.Place.Country()
	noPlace.Evidence = Evidence{}
	noPlace.Mechanism = MechanismSystem
	events := chain(t,
		m.make(t, "s-1", KindGrant, "analytics", "marketing-email"),
		m.make(t, "s-1", KindDeny, "targeted-advertising"),
		ipv6, noPlace,
	)
	for _, e := range events {
		b, err := e.MarshalBinary()
		require.NoError(t, err)
		var got Event
		require.NoError(t, got.UnmarshalBinary(b))
		if diff := cmp.Diff(e, got, eventCmp); diff != "" {
			t.Errorf("UnmarshalBinary(MarshalBinary(e)) mismatch (-want +got):\n%s", diff)
		}
	}
}

// The encoding is canonical: the decoder refuses every byte string the
// encoder would not produce, so record bytes and hashes correspond one to
// one with events.
func TestRecordDecoderRejectsNonCanonical(t *testing.T) {
	t.Parallel()
	m := newEventMaker()
	e := chain(t, m.make(t, "s-1", KindGrant, "analytics", "surveys"))[0]
	good, err := e.MarshalBinary()
	require.NoError(t, err)

	mutate := func(f func(b []byte) []byte) []byte {
		return f(append([]byte(nil), good...))
	}
	seqAt := 1
	tests := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"truncated", good[:len(good)-1]},
		{"trailing byte", append(append([]byte(nil), good...), 0)},
		{"unknown format", mutate(func(b []byte) []byte { b[0] = 2; return b })},
		{"non-minimal varint", mutate(func(b []byte) []byte {
			// Seq 1 as the two-byte varint 0x81 0x00.
			out := append([]byte(nil), b[:seqAt]...)
			out = append(out, 0x81, 0x00)
			return append(out, b[seqAt+1:]...)
		})},
		{"unknown kind", mutate(func(b []byte) []byte { b[seqAt+1+16+8] = 9; return b })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got Event
			err := got.UnmarshalBinary(tt.b)
			require.ErrorIs(t, err, ErrMalformedRecord)
			assert.Equal(t, Event{}, got, "unchanged on error")
		})
	}

	unsorted := e
	unsorted.Purposes = []PurposeID{"surveys", "analytics"}
	_, err = unsorted.MarshalBinary()
	require.ErrorIs(t, err, ErrInvalidEvent, "the encoder refuses unsorted purposes")

	wide := e
	wide.Evidence.Network = netip.MustParsePrefix("203.0.113.77/32")
	_, err = wide.MarshalBinary()
	require.ErrorIs(t, err, ErrInvalidEvent, "the encoder refuses a full IP address")
}

func TestMarshalRejectsInvalidEvents(t *testing.T) {
	t.Parallel()
	m := newEventMaker()
	base := chain(t, m.make(t, "s-1", KindGrant, "analytics"))[0]
	tests := []struct {
		name string
		edit func(e *Event)
	}{
		{"zero id", func(e *Event) { e.ID = ID{} }},
		{"zero seq", func(e *Event) { e.Seq = 0 }},
		{"zero subject", func(e *Event) { e.Subject = Subject{} }},
		{"no purposes", func(e *Event) { e.Purposes = nil }},
		{"bad purpose", func(e *Event) { e.Purposes = []PurposeID{"Bad Purpose"} }},
		{"bad kind", func(e *Event) { e.Kind = 0 }},
		{"bad mechanism", func(e *Event) { e.Mechanism = 200 }},
		{"zero time", func(e *Event) { e.At = time.Time{} }},
		{"user agent too long", func(e *Event) { e.Evidence.UserAgent = strings.Repeat("a", 513) }},
		{"user agent not UTF-8", func(e *Event) { e.Evidence.UserAgent = "\xff" }},
		{"notice id too long", func(e *Event) { e.Notice.ID = strings.Repeat("n", 65) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := base.clone()
			tt.edit(&e)
			_, err := e.MarshalBinary()
			require.ErrorIs(t, err, ErrInvalidEvent)
		})
	}
}

// FuzzRecordDecoder: the ledger record decoder never panics, and whatever
// it accepts re-encodes to exactly the same bytes.
func FuzzRecordDecoder(f *testing.F) {
	m := newEventMaker()
	for _, e := range chain(f,
		m.make(f, "s-1", KindGrant, "analytics", "marketing-email"),
		m.make(f, "s-2", KindWithdraw, "targeted-advertising"),
	) {
		b, err := e.MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Add([]byte{1})
	f.Add(binary.AppendUvarint([]byte{1}, 1<<62))
	f.Fuzz(func(t *testing.T, b []byte) {
		var e Event
		if err := e.UnmarshalBinary(b); err != nil {
			return
		}
		again, err := e.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded event does not encode: %v", err)
		}
		if string(again) != string(b) {
			t.Fatalf("round trip changed the bytes")
		}
	})
}
