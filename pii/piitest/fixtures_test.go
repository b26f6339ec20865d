package piitest_test

import (
	"bytes"
	"context"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/clootrack/privacy/pii"
	"github.com/clootrack/privacy/pii/piitest"
)

func TestDeterministic(t *testing.T) {
	t.Parallel()
	if !bytes.Equal(piitest.Key("k").Secret, piitest.Key("k").Secret) || bytes.Equal(piitest.Key("k").Secret, piitest.Key("j").Secret) {
		t.Error("Key must be a function of its id")
	}
	read := func(seed uint64) []byte {
		b := make([]byte, 16)
		_, _ = io.ReadFull(piitest.Rand(seed), b)
		return b
	}
	if !bytes.Equal(read(1), read(1)) || bytes.Equal(read(1), read(2)) {
		t.Error("Rand must be a function of its seed")
	}

	redactTwice := func() (string, string) {
		r, err := piitest.NewRedactor(&pii.Options{Overrides: []pii.Override{
			{Category: pii.CategoryEmail, Sink: pii.SinkAnalytics, Treatment: pii.TreatmentPseudonym},
			{Category: pii.CategoryEmail, Sink: pii.SinkExport, Treatment: pii.TreatmentSeal},
		}})
		if err != nil {
			t.Fatal(err)
		}
		return r.RedactString(pii.SinkAnalytics, pii.CategoryEmail, "ann@example.com"),
			r.RedactString(pii.SinkExport, pii.CategoryEmail, "ann@example.com")
	}
	p1, s1 := redactTwice()
	p2, s2 := redactTwice()
	if p1 != p2 || s1 != s2 {
		t.Errorf("golden output must repeat: %q %q / %q %q", p1, s1, p2, s2)
	}
	if p1 == "[REDACTED]" || s1 == "[REDACTED]" {
		t.Errorf("NewRedactor must configure a pseudonym key and a sealer: %q %q", p1, s1)
	}

	ctx := context.Background()
	k1, _ := piitest.NewKeyring(7).SealingKey(ctx, "alice")
	k2, _ := piitest.NewKeyring(7).SealingKey(ctx, "alice")
	if !k1.Key.Equal(k2.Key) {
		t.Error("NewKeyring must give the same keys for the same seed")
	}
}

func TestClocks(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	fixed := piitest.FixedClock(t0)
	if !fixed().Equal(t0) || !fixed().Equal(t0) {
		t.Error("FixedClock must not move")
	}
	step := piitest.StepClock(t0, time.Minute)
	if got := []time.Time{step(), step(), step()}; !got[0].Equal(t0) || !got[2].Equal(t0.Add(2*time.Minute)) {
		t.Errorf("StepClock = %v", got)
	}
	var wg sync.WaitGroup
	seen := make(chan time.Time, 100)
	for range 100 {
		wg.Go(func() { seen <- step() })
	}
	wg.Wait()
	close(seen)
	uniq := map[time.Time]bool{}
	for s := range seen {
		uniq[s] = true
	}
	if len(uniq) != 100 {
		t.Errorf("StepClock under concurrency gave %d distinct times, want 100", len(uniq))
	}
}
