package pii_test

import (
	"bytes"
	"fmt"

	"github.com/clootrack/privacy/pii"
)

// One tag can choose a different treatment for each sink, so one struct yields a log view,
// an API view, an export and an analytics record. The phone number takes the policy's
// defaults; its default in exports is to seal, and with no Sealer configured the seal falls
// back to the marker (fail closed).
func Example_sinkTags() {
	type Contact struct {
		Email string `pii:"email,log=mask,api=clear,export=pseudonym,analytics=drop"`
		Phone string `pii:"phone"` // the policy's defaults
	}
	r, err := pii.NewRedactor(&pii.Options{PseudonymKeys: []pii.Key{{ID: "k1", Secret: bytes.Repeat([]byte{1}, 32)}}})
	if err != nil {
		panic(err)
	}
	c := Contact{Email: "alice@example.com", Phone: "+91 98765 43210"}
	for _, sink := range pii.Sinks() {
		out, err := r.Redact(sink, c)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-9s %+v\n", sink, out)
	}
	// Output:
	// log       {Email:***@example.com Phone:********3210}
	// api       {Email:alice@example.com Phone:********3210}
	// export    {Email:pii:p1:k1:j9KyrHUwfcDRj1LLYcsbDw Phone:[REDACTED]}
	// analytics {Email: Phone:pii:p1:k1:qC5rVOTu8KmR8vGbpvW0Sw}
}
