package consent

import (
	"context"
	"errors"
	"net/netip"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newTestLedger(t *testing.T, p *Policy) (*Ledger, *time.Time) {
	t.Helper()
	now := sept2025
	l, err := NewLedger(p, NewMemoryStore(), &LedgerOptions{Now: func() time.Time { return now }, Entropy: seededEntropy(9)})
	require.NoError(t, err)
	return l, &now
}

func TestLedgerValidatesChoices(t *testing.T) {
	t.Parallel()
	l, _ := newTestLedger(t, Clootrack())
	ctx := context.Background()
	s := MustSubject("s-1")
	tests := []struct {
		name string
		do   func() error
		want error
	}{
		{"§3.3 a grant of sale is refused", func() error {
			_, err := l.Grant(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeSale}, Mechanism: MechanismAPI})
			return err
		}, ErrProhibited},
		{"§20.1 a grant of automated decisions is refused", func() error {
			_, err := l.Grant(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeAutomatedDecisions}, Mechanism: MechanismAPI})
			return err
		}, ErrProhibited},
		{"§20.1 a grant of enrichment (profiling) is refused", func() error {
			_, err := l.Grant(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeEnrichment}, Mechanism: MechanismAPI})
			return err
		}, ErrProhibited},
		{"§6.3 essential e-mails cannot be refused", func() error {
			_, err := l.Deny(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeEssentialEmail}, Mechanism: MechanismEmailUnsubscribe})
			return err
		}, ErrEssentialPurpose},
		{"§6.3 essential e-mails cannot be withdrawn", func() error {
			_, err := l.Withdraw(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeEssentialEmail}, Mechanism: MechanismAPI})
			return err
		}, ErrEssentialPurpose},
		{"an unknown purpose is refused", func() error {
			_, err := l.Grant(ctx, Choice{Subject: s, Purposes: []PurposeID{"mystery"}, Mechanism: MechanismAPI})
			return err
		}, ErrUnknownPurpose},
		{"a GPC signal never grants", func() error {
			_, err := l.Grant(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeAnalytics}, Mechanism: MechanismGPC})
			return err
		}, ErrInvalidEvent},
		{"an unsubscribe never grants", func() error {
			_, err := l.Grant(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeAnalytics}, Mechanism: MechanismEmailUnsubscribe})
			return err
		}, ErrInvalidEvent},
		{"no purposes", func() error {
			_, err := l.Grant(ctx, Choice{Subject: s, Mechanism: MechanismAPI})
			return err
		}, ErrNoPurposes},
		{"zero subject", func() error {
			_, err := l.Grant(ctx, Choice{Purposes: []PurposeID{PurposeAnalytics}, Mechanism: MechanismAPI})
			return err
		}, ErrInvalidEvent},
		{"GDPR Art. 7(1): an unknown notice cannot be proven", func() error {
			_, err := l.Grant(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeAnalytics}, Mechanism: MechanismAPI,
				Notice: NoticeRef{ID: ClootrackNoticeID, Version: 1, Hash: HashText([]byte("another text"))}})
			return err
		}, ErrUnknownNotice},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.ErrorIs(t, tt.do(), tt.want)
		})
	}
	head, err := l.Store().Head(ctx)
	require.NoError(t, err)
	assert.Equal(t, uint64(0), head.Seq, "nothing invalid was recorded")
}

func TestLedgerGrantRecordsEvidence(t *testing.T) {
	t.Parallel()
	l, _ := newTestLedger(t, Clootrack())
	ctx := context.Background()
	e, err := l.Grant(ctx, Choice{
		Subject: MustSubject("s-1"), Purposes: []PurposeID{PurposeSurveys, PurposeAnalytics, PurposeAnalytics},
		Mechanism: MechanismBannerAccept, Place: place("FR"),
		Evidence: Evidence{UserAgent: "UA", Network: netip.MustParsePrefix("198.51.100.23/32")},
	})
	require.NoError(t, err)
	assert.Equal(t, []PurposeID{PurposeAnalytics, PurposeSurveys}, e.Purposes, "sorted, de-duplicated")
	assert.Equal(t, netip.MustParsePrefix("198.51.100.0/24"), e.Evidence.Network, "the IP is truncated before it is stored")
	assert.Equal(t, sept2025, e.At)
	assert.Equal(t, ClootrackNoticeID, e.Notice.ID, "the notice in force is recorded")
	assert.Equal(t, ClootrackNoticeSHA256, e.Notice.Hash.String())
	assert.Equal(t, uint64(1), e.Seq)

	d, err := l.Allowed(ctx, MustSubject("s-1"), Facts{Place: place("FR")}, PurposeAnalytics)
	require.NoError(t, err)
	assert.True(t, d.Allowed)
	assert.Equal(t, e.ID, d.Event, "the decision names the event")
}

// GDPR Art. 7(3), §6.4, §3.8: withdrawing is one call like granting, takes
// effect at once, and hooks run after it is durable so data can be deleted.
func TestLedgerWithdrawalHooks(t *testing.T) {
	t.Parallel()
	l, now := newTestLedger(t, Clootrack())
	ctx := context.Background()
	s := MustSubject("s-1")
	_, err := l.Grant(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeMarketingEmail}, Mechanism: MechanismBannerAccept})
	require.NoError(t, err)

	var mu sync.Mutex
	var seen []Event
	unregister := l.OnWithdrawal(func(ctx context.Context, e Event) error {
		// The withdrawal is already in the store when the hook runs.
		head, err := l.Store().Head(ctx)
		require.NoError(t, err)
		assert.Equal(t, e.Seq, head.Seq)
		mu.Lock()
		seen = append(seen, e)
		mu.Unlock()
		return nil
	})
	failing := l.OnWithdrawal(func(context.Context, Event) error { return errors.New("retention offline") })

	*now = now.Add(time.Minute)
	w, err := l.Withdraw(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeMarketingEmail}, Mechanism: MechanismEmailUnsubscribe})
	var he *HookError
	require.ErrorAs(t, err, &he, "a failing hook is reported")
	assert.Equal(t, w.ID, he.Event)
	assert.NotContains(t, err.Error(), "retention offline", "a hook's own text stays out of the message")
	assert.EqualError(t, errors.Unwrap(err), "retention offline", "and is reachable by Unwrap")
	assert.Equal(t, KindWithdraw, w.Kind, "the withdrawal stands")
	require.Len(t, seen, 1)
	assert.Equal(t, w.ID, seen[0].ID)

	d, err := l.Allowed(ctx, s, Facts{Place: place("DE")}, PurposeMarketingEmail)
	require.NoError(t, err)
	assert.Equal(t, ReasonWithdrawn, d.Reason, "effective at once")

	failing()
	unregister()
	_, err = l.Deny(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeSurveys}, Mechanism: MechanismBannerReject})
	require.NoError(t, err)
	assert.Len(t, seen, 1, "unregistered hooks are not called")
}

func TestLedgerWithdrawAllAndSave(t *testing.T) {
	t.Parallel()
	p := Clootrack()
	l, _ := newTestLedger(t, p)
	ctx := context.Background()
	s := MustSubject("s-1")
	events, err := l.Save(ctx, Choice{Subject: s, Mechanism: MechanismBannerSave},
		[]PurposeID{PurposeAnalytics}, []PurposeID{PurposeTargetedAds})
	require.NoError(t, err)
	require.Len(t, events, 2)
	assert.Equal(t, []Kind{KindGrant, KindDeny}, []Kind{events[0].Kind, events[1].Kind})

	_, err = l.Save(ctx, Choice{Subject: s, Mechanism: MechanismBannerSave}, []PurposeID{PurposeAnalytics}, []PurposeID{PurposeSale})
	require.NoError(t, err, "refusing a prohibited purpose is harmless")
	_, err = l.Save(ctx, Choice{Subject: s, Mechanism: MechanismBannerSave}, []PurposeID{PurposeSale}, nil)
	require.ErrorIs(t, err, ErrProhibited)

	w, err := l.Withdraw(ctx, Choice{Subject: s, Mechanism: MechanismEmailUnsubscribe})
	require.NoError(t, err)
	assert.ElementsMatch(t, p.Optional(), w.Purposes, "no purposes means every optional purpose")
	assert.NotContains(t, w.Purposes, PurposeSale)
	assert.NotContains(t, w.Purposes, PurposeService)
}

func TestLedgerHonourSignalsRecordsGPCOnce(t *testing.T) {
	t.Parallel()
	l, now := newTestLedger(t, Clootrack())
	ctx := context.Background()
	s := MustSubject("s-1")
	ca := Facts{Place: place("US-CA"), Signals: Signals{GPC: true}}
	e, ok, err := l.HonourSignals(ctx, s, ca, Evidence{})
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, KindDeny, e.Kind)
	assert.Equal(t, MechanismGPC, e.Mechanism)
	assert.True(t, e.Evidence.GPC, "recorded as evidence")
	assert.Equal(t, []PurposeID{PurposeTargetedAds}, e.Purposes)

	*now = now.Add(time.Hour)
	_, ok, err = l.HonourSignals(ctx, s, ca, Evidence{})
	require.NoError(t, err)
	assert.False(t, ok, "already opted out: nothing new to record")

	// §7025(c)(5): a later request without the signal is not an opt-in.
	d, err := l.Allowed(ctx, s, Facts{Place: place("US-CA")}, PurposeTargetedAds)
	require.NoError(t, err)
	assert.False(t, d.Allowed)
	assert.Equal(t, e.ID, d.Event)

	// In Germany GPC is not a legal opt-out: nothing is recorded.
	_, ok, err = l.HonourSignals(ctx, MustSubject("s-2"), Facts{Place: place("DE"), Signals: Signals{GPC: true}}, Evidence{})
	require.NoError(t, err)
	assert.False(t, ok)
}

func TestNewLedgerNeedsStore(t *testing.T) {
	t.Parallel()
	_, err := NewLedger(nil, nil, nil)
	require.ErrorIs(t, err, ErrNilStore)
	l, err := NewLedger(nil, NewMemoryStore(), nil)
	require.NoError(t, err)
	assert.NotNil(t, l.Policy(), "nil policy means Clootrack")
}
