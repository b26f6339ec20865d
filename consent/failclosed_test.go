package consent

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// design.md §2.3: nil and zero values fail closed — they deny, refuse to
// record, or report an error; none of them panics.

func TestNilAndZeroPolicyDecideNothing(t *testing.T) {
	t.Parallel()
	for name, p := range map[string]*Policy{"nil": nil, "zero": {}} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, Catalog{}, p.Catalog())
			_, ok := p.Purpose(PurposeAnalytics)
			assert.False(t, ok)
			assert.Nil(t, p.Optional())
			_, ok = p.Notice(sept2025)
			assert.False(t, ok)
			_, ok = p.Prohibited(PurposeSale, SourceDirect)
			assert.False(t, ok)
			st, err := p.State(MustSubject("s-1"), Facts{}, nil, sept2025)
			require.ErrorIs(t, err, ErrNilPolicy)
			assert.Equal(t, ReasonNoState, st.Allowed(PurposeService, sept2025).Reason, "the nil State it returns denies")
			_, err = p.Receipt(MustSubject("s-1"), Facts{}, nil, sept2025)
			require.ErrorIs(t, err, ErrNilPolicy)
			_, err = NewLedger(p, NewMemoryStore(), nil)
			if p == nil {
				require.NoError(t, err, "a nil policy means Clootrack")
			} else {
				require.ErrorIs(t, err, ErrNilPolicy)
			}
		})
	}
}

func TestNilAndZeroLedgerRecordNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := MustSubject("s-1")
	c := Choice{Subject: s, Purposes: []PurposeID{PurposeAnalytics}, Mechanism: MechanismAPI}
	for name, l := range map[string]*Ledger{"nil": nil, "zero": {}} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := l.Grant(ctx, c)
			require.ErrorIs(t, err, ErrNilStore)
			_, err = l.Deny(ctx, c)
			require.ErrorIs(t, err, ErrNilStore)
			_, err = l.Withdraw(ctx, Choice{Subject: s, Mechanism: MechanismAPI})
			require.ErrorIs(t, err, ErrNilStore)
			_, err = l.Expire(ctx, s, PurposeAnalytics)
			require.ErrorIs(t, err, ErrNilStore)
			_, err = l.Save(ctx, c, []PurposeID{PurposeAnalytics}, nil)
			require.ErrorIs(t, err, ErrNilStore)
			_, err = l.Events(ctx, s)
			require.ErrorIs(t, err, ErrNilStore)
			_, err = l.State(ctx, s, Facts{})
			require.ErrorIs(t, err, ErrNilStore)
			_, err = l.Receipt(ctx, s, Facts{})
			require.ErrorIs(t, err, ErrNilStore)
			_, _, err = l.HonourSignals(ctx, s, Facts{Signals: Signals{GPC: true}}, Evidence{})
			require.ErrorIs(t, err, ErrNilStore)
			d, err := l.Allowed(ctx, s, Facts{}, PurposeService)
			require.ErrorIs(t, err, ErrNilStore)
			assert.False(t, d.Allowed)
			assert.Equal(t, ReasonNoState, d.Reason)
			l.OnWithdrawal(func(context.Context, Event) error { return nil })()
			assert.Nil(t, l.Store())
		})
	}
}

func TestZeroStateDeniesEverything(t *testing.T) {
	t.Parallel()
	for name, st := range map[string]*State{"nil": nil, "zero": {}} {
		d := st.AllowedFrom(PurposeService, SourceDirect, sept2025)
		assert.False(t, d.Allowed, name)
		assert.Equal(t, ReasonNoState, d.Reason, name)
		assert.Nil(t, st.Decisions(sept2025), name)
		assert.True(t, st.Subject().IsZero(), name)
		codec, err := NewCookieCodec([]CookieKey{key1}, nil)
		require.NoError(t, err)
		_, err = codec.Encode(st, sept2025)
		require.ErrorIs(t, err, ErrInvalidSubject, name)
	}
}

func TestNilAndZeroStoresFailClosed(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := chain(t, newEventMaker().make(t, "s-1", KindGrant, "analytics"))[0]
	for name, s := range map[string]Store{"nil memory": (*MemoryStore)(nil), "nil file": (*FileStore)(nil), "zero file": &FileStore{}} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := s.Append(ctx, e)
			require.ErrorIs(t, err, ErrNilStore)
			_, err = s.Head(ctx)
			require.ErrorIs(t, err, ErrNilStore)
			// An iterator that yields nothing would read as a valid, empty
			// ledger: each must yield the error.
			yields := 0
			for _, err := range s.Events(ctx, 0) {
				require.ErrorIs(t, err, ErrNilStore)
				yields++
			}
			for _, err := range s.Subject(ctx, e.Subject) {
				require.ErrorIs(t, err, ErrNilStore)
				yields++
			}
			assert.Equal(t, 2, yields, "Events and Subject each yield ErrNilStore once")
			_, err = Verify(s.Events(ctx, 0))
			require.ErrorIs(t, err, ErrNilStore, "a nil store never verifies as an empty ledger")
			require.ErrorIs(t, s.Close(), ErrNilStore)
		})
	}
	var zero MemoryStore
	got, err := zero.Append(ctx, e)
	require.NoError(t, err, "the zero MemoryStore is an empty ledger")
	assert.Equal(t, uint64(1), got[0].Seq)
	assert.Equal(t, Recovery{}, (*FileStore)(nil).Recovery())
}

// A caller that changes an event it read must not change the ledger.
func TestMemoryStoreYieldsCopies(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	m := NewMemoryStore()
	_, err := m.Append(ctx, newEventMaker().make(t, "s-1", KindGrant, "analytics", "surveys"))
	require.NoError(t, err)
	for e := range m.Events(ctx, 0) {
		e.Purposes[0] = "changed"
	}
	for e := range m.Subject(ctx, MustSubject("s-1")) {
		e.Purposes[1] = "changed"
	}
	_, err = Verify(m.Events(ctx, 0))
	require.NoError(t, err)
}

func TestNilAndZeroCookieCodecAcceptNothing(t *testing.T) {
	t.Parallel()
	good, err := NewCookieCodec([]CookieKey{key1}, nil)
	require.NoError(t, err)
	value, err := good.Encode(cookieState(t), sept2025)
	require.NoError(t, err)
	for name, c := range map[string]*CookieCodec{"nil": nil, "zero": {}} {
		_, err := c.Encode(cookieState(t), sept2025)
		require.ErrorIs(t, err, ErrInvalidKey, name)
		_, err = c.Cookie(cookieState(t), sept2025)
		require.ErrorIs(t, err, ErrInvalidKey, name)
		_, err = c.Decode(value, sept2025)
		require.Error(t, err, name)
	}
	assert.Empty(t, (*CookieCodec)(nil).Name())
}

func TestNilGateActsAsZeroGate(t *testing.T) {
	t.Parallel()
	var g *Gate
	st, err := g.Check(httptest.NewRequest(http.MethodGet, "/", nil))
	require.NoError(t, err)
	assert.True(t, st.Allowed(PurposeService, sept2025).Allowed, "essential purposes run")
	assert.False(t, st.Allowed(PurposeAnalytics, sept2025).Allowed)

	st, err = (&Gate{}).Check(nil)
	require.NoError(t, err)
	assert.False(t, st.Allowed(PurposeAnalytics, sept2025).Allowed, "a nil request proves nothing")

	var seen *State
	called := false
	g.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen, called = FromContext(r.Context())
	})).ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
	require.True(t, called)
	assert.False(t, seen.Allowed(PurposeTargetedAds, sept2025).Allowed)

	// A Policy not built by NewPolicy cannot decide: everything is denied.
	unbuilt := &Gate{Policy: &Policy{}, RecordSignals: true}
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.Header.Set("Sec-GPC", "1")
	st, err = unbuilt.Check(r)
	require.ErrorIs(t, err, ErrNilPolicy)
	assert.Equal(t, ReasonNoState, st.Allowed(PurposeService, sept2025).Reason)
	unbuilt.Handler(http.NotFoundHandler()).ServeHTTP(httptest.NewRecorder(), r)
}

func TestReplayRejectsInvalidEvents(t *testing.T) {
	t.Parallel()
	p := MustPolicy(regimeCatalog(), nil)
	ca := Facts{Place: place("US-CA")}
	deny := Event{ID: testID(t0), Kind: KindDeny, Subject: MustSubject("s-1"), Purposes: []PurposeID{"ads"}, Mechanism: MechanismAPI, At: t0}
	junk := deny
	junk.Kind = 99
	// Junk after an opt-out must not erase it: under the CCPA's opt-out
	// model "no choice" would allow.
	_, err := p.State(MustSubject("s-1"), ca, []Event{deny, junk}, t0.Add(time.Hour))
	require.ErrorIs(t, err, ErrInvalidEvent)
	gpcGrant := deny
	gpcGrant.Kind, gpcGrant.Mechanism = KindGrant, MechanismGPC
	_, err = p.State(MustSubject("s-1"), ca, []Event{gpcGrant}, t0.Add(time.Hour))
	require.ErrorIs(t, err, ErrInvalidEvent, "a browser signal never grants")
}

func TestUnknownSourceFailsClosed(t *testing.T) {
	t.Parallel()
	p := Clootrack()
	pr, ok := p.Prohibited(PurposeModelTraining, Source(200))
	require.True(t, ok, "§23: an unknown source is treated as unspecified")
	assert.Equal(t, "§23", pr.Clause)
	st, err := p.State(MustSubject("s-1"), Facts{Place: place("DE")},
		[]Event{grantEvent("s-1", t0, MechanismBannerAccept, PurposeModelTraining)}, t0)
	require.NoError(t, err)
	assert.Equal(t, ReasonProhibited, st.AllowedFrom(PurposeModelTraining, Source(200), t0).Reason)
}

func TestEvidenceFromNilRequest(t *testing.T) {
	t.Parallel()
	assert.Equal(t, Evidence{}, EvidenceFrom(nil))
}

func TestVerifyNilSequenceAndReceipt(t *testing.T) {
	t.Parallel()
	head, err := Verify(nil)
	require.NoError(t, err)
	assert.Equal(t, Head{}, head)
	var r *Receipt
	require.ErrorIs(t, r.Verify(), ErrChainBroken)
}
