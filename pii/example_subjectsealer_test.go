package pii_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/clootrack/privacy/pii"
)

// Seal a customer's tagged fields in an export under the customer's own key; after Forget
// (an erasure request, §16.1) the export, and every backup of it, no longer opens.
func ExampleSubjectSealer() {
	type Customer struct {
		ID    string
		Email string `pii:"email"` // sealed in exports by default
		Phone string `pii:"phone"`
	}
	ctx := context.Background()
	keys := pii.NewMemoryKeyring(nil) // a FileKeyring in production
	shredder, _ := pii.NewShredder(keys, nil)
	r, _ := pii.NewRedactor(nil)

	c := Customer{ID: "cus_42", Email: "ann@example.com", Phone: "+91 98765 43210"}
	perSubject := r.WithSealer(shredder.Sealer(ctx, c.ID))
	export, _ := perSubject.Redact(pii.SinkExport, c)
	fmt.Println(strings.HasPrefix(export.(Customer).Email, "pii:c1:"))

	back, _ := perSubject.Open(export)
	fmt.Println(back.(Customer).Email)

	_ = shredder.Forget(ctx, c.ID)
	_, err := perSubject.Open(export)
	fmt.Println(errors.Is(err, pii.ErrSubjectForgotten))
	// Output:
	// true
	// ann@example.com
	// true
}
