package consenttest_test

import (
	"context"
	"fmt"

	"github.com/clootrack/privacy/consent"
	"github.com/clootrack/privacy/consent/consenttest"
	"github.com/clootrack/privacy/jurisdiction"
)

// A populated fixture gives a test a ledger with typical subjects, fixed
// time and reproducible ids.
func ExamplePopulated() {
	f, err := consenttest.Populated()
	if err != nil {
		panic(err)
	}
	facts := consent.Facts{Place: jurisdiction.MustParsePlace("DE")}
	for _, name := range []string{"alice", "bob", "carol"} {
		d, _ := f.Ledger.Allowed(context.Background(), f.Subjects[name], facts, consent.PurposeMarketingEmail)
		fmt.Printf("%s: allowed=%v (%v)\n", name, d.Allowed, d.Reason)
	}
	// Output:
	// alice: allowed=true (granted)
	// bob: allowed=false (refused)
	// carol: allowed=false (withdrawn)
}
