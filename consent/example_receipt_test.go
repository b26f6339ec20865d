package consent_test

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/clootrack/privacy/consent"
	"github.com/clootrack/privacy/consent/consenttest"
	"github.com/clootrack/privacy/jurisdiction"
)

// A receipt proves to the subject what they agreed to, when, and to which
// notice; every record in it verifies against its hash.
func ExampleLedger_Receipt() {
	f, err := consenttest.Populated()
	if err != nil {
		panic(err)
	}
	r, err := f.Ledger.Receipt(context.Background(), f.Subjects["carol"], consent.Facts{Place: jurisdiction.MustParsePlace("DE")})
	if err != nil {
		panic(err)
	}
	fmt.Println("verify:", r.Verify())
	for _, e := range r.Events {
		fmt.Println(e.Seq, e.Kind, e.Purposes, e.Mechanism, e.At.Format("15:04"), e.SHA256.String()[:12])
	}
	b, _ := json.Marshal(r.Services[0].Purposes[8])
	fmt.Println(string(b)[:80])
	// Output:
	// verify: <nil>
	// 3 grant [marketing-email] banner-save 12:02 15d2250fc2a4
	// 4 withdraw [marketing-email] email-unsubscribe 12:03 15d2250fc2a4
	// {"purpose":"Marketing e-mails","purposeId":"marketing-email","purposeCategory":[
}
