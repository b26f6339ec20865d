package pii_test

import (
	"bytes"
	"fmt"

	"github.com/clootrack/privacy/pii"
)

// NewRedactor takes the keys for pseudonyms and sealing, and overrides of the policy's
// defaults; nil options mean the defaults.
func ExampleNewRedactor() {
	sealer, err := pii.NewAESSealer(nil, pii.Key{ID: "seal-2026", Secret: bytes.Repeat([]byte{7}, 32)})
	if err != nil {
		panic(err)
	}
	r, err := pii.NewRedactor(&pii.Options{
		PseudonymKeys: []pii.Key{{ID: "k2026", Secret: bytes.Repeat([]byte{1}, 32)}},
		Sealer:        sealer,
		// §3.5: redact IP addresses in logs rather than keep their /24 network.
		Overrides: []pii.Override{{Category: pii.CategoryIP, Sink: pii.SinkLog, Treatment: pii.TreatmentRedact}},
		Marker:    pii.TypedMarker,
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(r.RedactString(pii.SinkLog, pii.CategoryIP, "203.0.113.77"))
	fmt.Println(r.RedactString(pii.SinkAnalytics, pii.CategoryEmail, "alice@example.com"))

	// §17: the policy's rules cannot be overridden.
	_, err = pii.NewRedactor(&pii.Options{
		Overrides: []pii.Override{{Category: pii.CategoryPassword, Sink: pii.SinkExport, Treatment: pii.TreatmentSeal}},
	})
	fmt.Println(err)
	// Output:
	// [IP]
	// pii:p1:k2026:j9KyrHUwfcDRj1LLYcsbDw
	// pii: seal of password in sink export is forbidden: a credential is never emitted in any form, not even pseudonymized or sealed (§17)
}
