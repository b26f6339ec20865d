package consent_test

import (
	"context"
	"fmt"

	"github.com/clootrack/privacy/consent"
	"github.com/clootrack/privacy/consent/consenttest"
)

// A chain shows any record changed, inserted, removed or reordered, but a
// ledger whose last records were cut off is still a valid chain. Saving the
// Head somewhere the ledger's writer cannot change, and checking against
// it, catches that too.
func ExampleVerifyAgainst() {
	f, err := consenttest.Populated()
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	saved, _ := f.Store.Head(ctx) // e.g. shipped to another system every minute

	_, err = consent.VerifyAgainst(f.Store.Events(ctx, 0), saved)
	fmt.Println("whole ledger:", err)

	// The same ledger with its last two records removed.
	var kept []consent.Event
	for e := range f.Store.Events(ctx, 0) {
		if e.Seq <= saved.Seq-2 {
			kept = append(kept, e)
		}
	}
	truncated := func(yield func(consent.Event, error) bool) {
		for _, e := range kept {
			if !yield(e, nil) {
				return
			}
		}
	}
	_, err = consent.Verify(truncated)
	fmt.Println("chain alone:", err)
	_, err = consent.VerifyAgainst(truncated, saved)
	fmt.Println("against the saved head:", err)
	// Output:
	// whole ledger: <nil>
	// chain alone: <nil>
	// against the saved head: consent: ledger corrupt after record 4: ledger ends before record 6 of the saved head: records were removed from the end: consent: ledger hash chain broken
}
