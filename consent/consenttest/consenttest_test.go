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
)

// The package is for users' tests and never imports testify (style.md rule
// 23); its own tests keep to the standard library and go-cmp as well.

func equal[T comparable](t *testing.T, want, got T, what string) {
	t.Helper()
	if want != got {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}

func noError(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestClocks(t *testing.T) {
	t.Parallel()
	t0 := consenttest.Epoch()
	equal(t, t0, consenttest.Fixed(t0)(), "Fixed")
	c := consenttest.NewClock(t0)
	equal(t, t0.Add(time.Hour), c.Advance(time.Hour), "Advance")
	equal(t, t0.Add(time.Hour).AddDate(0, 13, 0), c.AddDate(0, 13, 0), "AddDate")
	c.Set(t0)
	equal(t, t0, c.Now(), "Set")

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
	equal(t, 100, len(distinct), "distinct readings")
	equal(t, t0.Add(100*time.Second), s.Now(), "next reading")
}

func TestPopulatedIsDeterministicAndDecides(t *testing.T) {
	t.Parallel()
	a, err := consenttest.Populated()
	noError(t, err)
	b, err := consenttest.Populated()
	noError(t, err)
	ctx := context.Background()
	ea, eb := collect(t, a.Store), collect(t, b.Store)
	if diff := cmp.Diff(ea, eb, consenttest.Options()); diff != "" {
		t.Fatalf("two Populated fixtures differ (-a +b):\n%s", diff)
	}
	_, err = consent.Verify(a.Store.Events(ctx, 0))
	noError(t, err)

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
		noError(t, err)
		equal(t, tt.reason, d.Reason, tt.subject+": "+d.String())
	}
}

func TestIgnoreIdentity(t *testing.T) {
	t.Parallel()
	f, err := consenttest.Populated()
	noError(t, err)
	events := collect(t, f.Store)
	want := events[0]
	want.ID, want.Seq, want.Hash = consent.ID{}, 0, consent.Digest{}
	if diff := cmp.Diff(want, events[0], consenttest.Options(), consenttest.IgnoreIdentity()); diff != "" {
		t.Fatalf("IgnoreIdentity should ignore ids and hashes (-want +got):\n%s", diff)
	}
	want.Kind = consent.KindDeny
	if cmp.Diff(want, events[0], consenttest.Options(), consenttest.IgnoreIdentity()) == "" {
		t.Error("IgnoreIdentity must not ignore the kind")
	}
	later := events[0]
	later.At = later.At.Add(time.Millisecond)
	if diff := cmp.Diff(events[0], later, consenttest.Options(), consenttest.EquateTimes(time.Second)); diff != "" {
		t.Errorf("EquateTimes(1s) should equate times 1ms apart:\n%s", diff)
	}
}

func TestCatalogIsValid(t *testing.T) {
	t.Parallel()
	p, err := consent.NewPolicy(consenttest.Catalog(), nil)
	noError(t, err)
	_, ok := p.Prohibited("ai", consent.SourceConnector)
	equal(t, true, ok, "§23-style prohibition of connector data")
	n, ok := p.Notice(time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC))
	equal(t, true, ok, "a notice in force")
	equal(t, 3, n.Version, "notice version in force")
}

func collect(t *testing.T, s consent.Store) []consent.Event {
	t.Helper()
	var out []consent.Event
	for e, err := range s.Events(context.Background(), 0) {
		noError(t, err)
		out = append(out, e)
	}
	return out
}
