package consenttest_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/clootrack/privacy/consent"
	"github.com/clootrack/privacy/consent/consenttest"
	"github.com/clootrack/privacy/jurisdiction"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClocks(t *testing.T) {
	t.Parallel()
	t0 := consenttest.Epoch
	assert.Equal(t, t0, consenttest.Fixed(t0)())
	c := consenttest.NewClock(t0)
	assert.Equal(t, t0.Add(time.Hour), c.Advance(time.Hour))
	assert.Equal(t, t0.Add(time.Hour).AddDate(0, 13, 0), c.AddDate(0, 13, 0))
	c.Set(t0)
	assert.Equal(t, t0, c.Now())

	s := consenttest.NewStepper(t0, time.Second)
	var wg sync.WaitGroup
	seen := make(chan time.Time, 100)
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				seen <- s.Now()
			}
		}()
	}
	wg.Wait()
	close(seen)
	distinct := map[time.Time]bool{}
	for v := range seen {
		distinct[v] = true
	}
	assert.Len(t, distinct, 100, "every reading is distinct")
	assert.Equal(t, t0.Add(100*time.Second), s.Now())
}

func TestPopulatedIsDeterministicAndDecides(t *testing.T) {
	t.Parallel()
	a, err := consenttest.Populated()
	require.NoError(t, err)
	b, err := consenttest.Populated()
	require.NoError(t, err)
	ctx := context.Background()
	ea, eb := collect(t, a.Store), collect(t, b.Store)
	if diff := cmp.Diff(ea, eb, consenttest.Options()); diff != "" {
		t.Fatalf("two Populated fixtures differ (-a +b):\n%s", diff)
	}
	_, err = consent.Verify(a.Store.Events(ctx, 0))
	require.NoError(t, err)

	de := consent.Facts{Place: jurisdiction.MustParsePlace("DE")}
	tests := []struct {
		subject string
		facts   consent.Facts
		purpose consent.PurposeID
		reason  consent.Reason
	}{
		{"alice", de, consent.PurposeAnalytics, consent.ReasonGranted},
		{"bob", de, consent.PurposeAnalytics, consent.ReasonRefused},
		{"carol", de, consent.PurposeMarketingEmail, consent.ReasonWithdrawn},
		{"dave", consent.Facts{Place: jurisdiction.MustParsePlace("US-CA")}, consent.PurposeTargetedAds, consent.ReasonRefused},
		{"erin", consent.Facts{Place: jurisdiction.MustParsePlace("DE"), Age: consent.AgeOf(16)}, consent.PurposeAnalytics, consent.ReasonMinor},
	}
	for _, tt := range tests {
		d, err := a.Ledger.Allowed(ctx, a.Subjects[tt.subject], tt.facts, tt.purpose)
		require.NoError(t, err)
		assert.Equal(t, tt.reason, d.Reason, "%s: %v", tt.subject, d)
	}
}

func TestIgnoreIdentity(t *testing.T) {
	t.Parallel()
	f, err := consenttest.Populated()
	require.NoError(t, err)
	events := collect(t, f.Store)
	want := events[0]
	want.ID, want.Seq, want.Hash = consent.ID{}, 0, consent.Digest{}
	if diff := cmp.Diff(want, events[0], consenttest.Options(), consenttest.IgnoreIdentity()); diff != "" {
		t.Fatalf("IgnoreIdentity should ignore ids and hashes (-want +got):\n%s", diff)
	}
	want.Kind = consent.KindDeny
	assert.NotEmpty(t, cmp.Diff(want, events[0], consenttest.Options(), consenttest.IgnoreIdentity()))
	later := events[0]
	later.At = later.At.Add(time.Millisecond)
	assert.Empty(t, cmp.Diff(events[0], later, consenttest.Options(), consenttest.EquateTimes(time.Second)))
}

func TestCatalogIsValid(t *testing.T) {
	t.Parallel()
	p, err := consent.NewPolicy(consenttest.Catalog(), nil)
	require.NoError(t, err)
	_, ok := p.Prohibited("ai", consent.SourceConnector)
	assert.True(t, ok)
	n, ok := p.Notice(time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC))
	require.True(t, ok)
	assert.Equal(t, 3, n.Version)
}

func collect(t *testing.T, s consent.Store) []consent.Event {
	t.Helper()
	var out []consent.Event
	for e, err := range s.Events(context.Background(), 0) {
		require.NoError(t, err)
		out = append(out, e)
	}
	return out
}
