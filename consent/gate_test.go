package consent

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A zero Gate allows essential purposes and denies every other one.
func TestZeroGateFailsClosed(t *testing.T) {
	t.Parallel()
	var g Gate
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	st, err := g.Check(r)
	require.NoError(t, err)
	now := time.Now()
	for _, d := range st.Decisions(now) {
		pu, _ := st.Policy().Purpose(d.Purpose)
		assert.Equal(t, pu.Essential, d.Allowed, "%v", d)
	}
}

func TestGateHandlerPutsStateInContext(t *testing.T) {
	t.Parallel()
	codec, err := NewCookieCodec([]CookieKey{key1}, nil)
	require.NoError(t, err)
	g := &Gate{
		Cookies: codec,
		Facts:   func(*http.Request) Facts { return Facts{Place: place("DE")} },
		Now:     func() time.Time { return sept2025 },
	}
	value, err := codec.Encode(cookieState(t), sept2025)
	require.NoError(t, err)

	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.AddCookie(&http.Cookie{Name: "consent", Value: value})
	r.Header.Set("DNT", "1")
	before := r.Context()

	var got *State
	h := g.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, _ = FromContext(r.Context())
	}))
	h.ServeHTTP(httptest.NewRecorder(), r)
	require.NotNil(t, got)
	assert.Equal(t, before, r.Context(), "the incoming request is not changed")
	_, ok := FromContext(r.Context())
	assert.False(t, ok)
	assert.True(t, got.Allowed(PurposeAnalytics, sept2025).Allowed, "granted in the cookie")
	assert.True(t, got.Facts().Signals.DNT, "signals are read from the request")
	assert.Equal(t, ReasonDoNotTrack, got.Allowed(PurposeTargetedAds, sept2025).Reason, "§6.2")
}

func TestGateTamperedCookieFailsClosed(t *testing.T) {
	t.Parallel()
	codec, err := NewCookieCodec([]CookieKey{key1}, nil)
	require.NoError(t, err)
	g := &Gate{Cookies: codec, Facts: func(*http.Request) Facts { return Facts{Place: place("DE")} }, Now: func() time.Time { return sept2025 }}
	value, err := codec.Encode(cookieState(t), sept2025)
	require.NoError(t, err)
	tampered := value[:10] + "A" + value[11:]
	if tampered == value {
		tampered = value[:10] + "B" + value[11:]
	}
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.AddCookie(&http.Cookie{Name: "consent", Value: tampered})
	st, err := g.Check(r)
	require.Error(t, err)
	assert.False(t, st.Allowed(PurposeAnalytics, sept2025).Allowed, "a tampered cookie proves nothing")
	assert.True(t, st.Allowed(PurposeService, sept2025).Allowed)
}

func TestGateFallsBackToLedger(t *testing.T) {
	t.Parallel()
	l, _ := newTestLedger(t, Clootrack())
	s := MustSubject("s-7")
	_, err := l.Grant(context.Background(), Choice{Subject: s, Purposes: []PurposeID{PurposeSurveys}, Mechanism: MechanismAPI})
	require.NoError(t, err)
	g := &Gate{
		Ledger:        l,
		Subject:       func(*http.Request) (Subject, bool) { return s, true },
		Facts:         func(*http.Request) Facts { return Facts{Place: place("US-CA")} },
		RecordSignals: true,
		Now:           func() time.Time { return sept2025 },
	}
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.Header.Set("Sec-GPC", "1")
	var st *State
	g.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { st, _ = FromContext(r.Context()) })).
		ServeHTTP(httptest.NewRecorder(), r)
	require.NotNil(t, st)
	assert.True(t, st.Allowed(PurposeSurveys, sept2025).Allowed, "from the ledger")
	assert.Equal(t, ReasonOptOutSignal, st.Allowed(PurposeTargetedAds, sept2025).Reason)
	events, err := l.Events(context.Background(), s)
	require.NoError(t, err)
	require.Len(t, events, 2, "the GPC opt-out was recorded for the known consumer (§7025(c)(1))")
	assert.Equal(t, MechanismGPC, events[1].Mechanism)
}

// A withdrawal hook's error text could hold anything (an e-mail address the
// hook failed to delete); the gate's log line leaves it out.
func TestGateLogsNoHookErrorText(t *testing.T) {
	t.Parallel()
	l, _ := newTestLedger(t, Clootrack())
	l.OnWithdrawal(func(context.Context, Event) error { return errors.New("cannot delete alice@example.com") })
	var logs bytes.Buffer
	g := &Gate{
		Ledger:        l,
		Subject:       func(*http.Request) (Subject, bool) { return MustSubject("s-1"), true },
		Facts:         func(*http.Request) Facts { return Facts{Place: place("US-CA")} },
		RecordSignals: true,
		Now:           func() time.Time { return sept2025 },
		Logger:        slog.New(slog.NewTextHandler(&logs, nil)),
	}
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.Header.Set("Sec-GPC", "1")
	g.Handler(http.NotFoundHandler()).ServeHTTP(httptest.NewRecorder(), r)
	assert.Contains(t, logs.String(), "withdrawal hook failed", "the failure is logged")
	assert.NotContains(t, logs.String(), "alice")
	events, err := l.Events(context.Background(), MustSubject("s-1"))
	require.NoError(t, err)
	require.Len(t, events, 1, "the opt-out stands although the hook failed")
}

func TestFromContextWithoutGateDenies(t *testing.T) {
	t.Parallel()
	st, ok := FromContext(context.Background())
	assert.False(t, ok)
	assert.Equal(t, ReasonNoState, st.Allowed(PurposeService, sept2025).Reason)
}

// GDPR Art. 7(3): a withdrawal made by e-mail applies to the next request,
// even though the browser still holds a cookie that says "granted".
func TestGateLedgerOverridesStaleCookie(t *testing.T) {
	t.Parallel()
	l, now := newTestLedger(t, Clootrack())
	ctx := context.Background()
	s := MustSubject("s-1")
	c := Choice{Subject: s, Purposes: []PurposeID{PurposeAnalytics}, Mechanism: MechanismBannerAccept, Place: place("DE")}
	_, err := l.Grant(ctx, c)
	require.NoError(t, err)
	codec, err := NewCookieCodec([]CookieKey{key1}, nil)
	require.NoError(t, err)
	st, err := l.State(ctx, s, Facts{Place: place("DE")})
	require.NoError(t, err)
	value, err := codec.Encode(st, *now)
	require.NoError(t, err)

	*now = now.Add(time.Minute)
	c.Mechanism = MechanismEmailUnsubscribe
	_, err = l.Withdraw(ctx, c)
	require.NoError(t, err)

	g := &Gate{Cookies: codec, Ledger: l, Facts: func(*http.Request) Facts { return Facts{Place: place("DE")} },
		Now: func() time.Time { return *now }}
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.AddCookie(&http.Cookie{Name: "consent", Value: value})
	got, err := g.Check(r)
	require.NoError(t, err)
	assert.Equal(t, s, got.Subject(), "the cookie identifies the visitor")
	assert.Equal(t, ReasonWithdrawn, got.Allowed(PurposeAnalytics, *now).Reason)
}

// Cal. Civ. Code §1798.120 and GDPR Art. 21(1): an opt-out of sharing, or
// an objection, is on the record. When the gate cannot read the record it
// must not fall back to "allowed until opt-out" or "legitimate interest, no
// objection": it denies, and does not ask again.
func TestGateUnreadableLedgerFailsClosed(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	p := MustPolicy(regimeCatalog(), nil)
	store := NewMemoryStore()
	l, err := NewLedger(p, store, &LedgerOptions{Now: func() time.Time { return sept2025 }})
	require.NoError(t, err)
	s := MustSubject("s-1")
	_, err = l.Deny(ctx, Choice{Subject: s, Purposes: []PurposeID{"ads", "insights"}, Mechanism: MechanismAPI, Place: place("US-CA")})
	require.NoError(t, err)
	g := &Gate{Policy: p, Ledger: l, Subject: func(*http.Request) (Subject, bool) { return s, true },
		Facts: func(*http.Request) Facts { return Facts{Place: place("US-CA")} }, Now: func() time.Time { return sept2025 }}

	st, err := g.Check(httptest.NewRequest(http.MethodGet, "/", nil))
	require.NoError(t, err)
	assert.Equal(t, ReasonRefused, st.Allowed("ads", sept2025).Reason, "§1798.120: the opt-out is read")
	assert.Equal(t, ReasonRefused, st.Allowed("insights", sept2025).Reason, "Art. 21(1): the objection is read")

	require.NoError(t, store.Close()) // the ledger can no longer be read
	st, err = g.Check(httptest.NewRequest(http.MethodGet, "/", nil))
	require.ErrorIs(t, err, ErrClosed)
	for _, id := range []PurposeID{"ads", "insights", "sale", "analytics"} {
		d := st.Allowed(id, sept2025)
		assert.False(t, d.Allowed, "%s: §1798.120 / Art. 21(1): an unread opt-out or objection still counts", id)
		assert.Equal(t, ReasonNoState, d.Reason, id)
		assert.Contains(t, d.Rule, "fail closed", id)
		assert.False(t, d.Ask, "%s: a refusal may be on the record: do not ask again", id)
	}
	assert.True(t, st.Allowed("service", sept2025).Allowed, "essential purposes need no record")

	// The same without a ledger problem: a subject with no record at all is
	// under the CCPA's opt-out default.
	fresh, err := p.State(s, Facts{Place: place("US-CA")}, nil, sept2025)
	require.NoError(t, err)
	assert.Equal(t, ReasonOptOutDefault, fresh.Allowed("ads", sept2025).Reason)
}
