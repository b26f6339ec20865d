package pii_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/clootrack/privacy/pii"
)

// Sealed fields are encrypted with AES-256-GCM and bound to their category; Open reverses
// them with the same keys.
func ExampleRedactor_Open() {
	type Payment struct {
		Card string `pii:"card"` // sealed in exports by default (§3.9)
	}
	sealer, err := pii.NewAESSealer(nil, pii.Key{ID: "seal-1", Secret: bytes.Repeat([]byte{9}, 32)})
	if err != nil {
		panic(err)
	}
	r, err := pii.NewRedactor(&pii.Options{Sealer: sealer})
	if err != nil {
		panic(err)
	}
	sealed, err := r.Redact(pii.SinkExport, Payment{Card: "4111111111111111"})
	if err != nil {
		panic(err)
	}
	fmt.Println(strings.HasPrefix(sealed.(Payment).Card, "pii:s1:seal-1:"))

	opened, err := r.Open(sealed)
	if err != nil {
		panic(err)
	}
	fmt.Println(opened.(Payment).Card)
	// Output:
	// true
	// 4111111111111111
}
