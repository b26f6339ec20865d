package consent

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The hot path allocates nothing (design.md §2.6).
func TestAllowedAllocatesNothing(t *testing.T) {
	st, err := Clootrack().State(MustSubject("s-1"), Facts{Place: place("DE"), Signals: Signals{GPC: true, DNT: true}},
		[]Event{grantEvent("s-1", sept2025, MechanismBannerAccept, PurposeAnalytics, PurposeTargetedAds)}, sept2025)
	require.NoError(t, err)
	ids := []PurposeID{PurposeAnalytics, PurposeTargetedAds, PurposeSale, PurposeService, "unknown", PurposeModelTraining}
	allocs := testing.AllocsPerRun(200, func() {
		for _, id := range ids {
			_ = st.Allowed(id, sept2025)
		}
	})
	assert.Zero(t, allocs)
}

// Many goroutines grant, withdraw, decide and register hooks on one ledger
// over a file store at once (run with -race). Every withdrawal reaches the
// hooks registered before it, and the chain verifies afterwards.
func TestLedgerConcurrentUse(t *testing.T) {
	t.Parallel()
	store, err := OpenFileStore(filepath.Join(t.TempDir(), "ledger"), nil)
	require.NoError(t, err)
	defer store.Close()
	l, err := NewLedger(Clootrack(), store, &LedgerOptions{Now: func() time.Time { return sept2025 }})
	require.NoError(t, err)
	var withdrawals atomic.Int64
	l.OnWithdrawal(func(ctx context.Context, e Event) error {
		if e.Kind == KindWithdraw {
			withdrawals.Add(1)
		}
		return nil
	})
	ctx := context.Background()
	const workers, rounds = 8, 15
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := MustSubject(fmt.Sprintf("w-%d", w))
			c := Choice{Subject: s, Purposes: []PurposeID{PurposeMarketingEmail}, Mechanism: MechanismAPI, Place: place("DE")}
			for range rounds {
				_, err := l.Grant(ctx, c)
				assert.NoError(t, err)
				_, err = l.Withdraw(ctx, c)
				assert.NoError(t, err)
				d, err := l.Allowed(ctx, s, Facts{Place: place("DE")}, PurposeMarketingEmail)
				assert.NoError(t, err)
				assert.Equal(t, ReasonWithdrawn, d.Reason)
				unregister := l.OnWithdrawal(func(context.Context, Event) error { return nil })
				unregister()
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, int64(workers*rounds), withdrawals.Load())
	head, err := Verify(store.Events(ctx, 0))
	require.NoError(t, err)
	assert.Equal(t, uint64(2*workers*rounds), head.Seq)
}

func TestLedgerExpire(t *testing.T) {
	t.Parallel()
	l, now := newTestLedger(t, Clootrack())
	ctx := context.Background()
	s := MustSubject("s-1")
	_, err := l.Grant(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeSurveys}, Mechanism: MechanismAPI})
	require.NoError(t, err)
	*now = now.Add(time.Hour)
	e, err := l.Expire(ctx, s, PurposeSurveys)
	require.NoError(t, err)
	assert.Equal(t, MechanismSystem, e.Mechanism)
	d, err := l.Allowed(ctx, s, Facts{Place: place("DE")}, PurposeSurveys)
	require.NoError(t, err)
	assert.Equal(t, ReasonExpired, d.Reason)
	assert.True(t, d.Ask, "an expired consent may be asked for again at once")
	_, err = l.Grant(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeSurveys}, Mechanism: MechanismSystem})
	require.ErrorIs(t, err, ErrInvalidEvent, "only expiry is recorded by the system")
}
