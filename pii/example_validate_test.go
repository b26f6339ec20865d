package pii_test

import (
	"errors"
	"fmt"

	"github.com/clootrack/privacy/pii"
)

// Validate reports malformed tags, including tags written for another library that uses the
// pii key, and tags that break the policy. Call it in a test for every type you redact.
func ExampleValidate() {
	type Account struct {
		Email    string `pii:"email,log=mask,api=clear"`
		Password string `pii:"password"`
	}
	type Legacy struct {
		Email string `pii:"data,kind=email"` // ln80/pii's grammar
	}
	type Leaky struct {
		Password string `pii:"password,api=clear"`
	}
	fmt.Println(pii.Validate(Account{}))
	fmt.Println(pii.Validate(Legacy{}))

	err := pii.Validate(&Leaky{})
	fmt.Println(err)
	fmt.Println(errors.Is(err, pii.ErrInvalidTag), errors.Is(err, pii.ErrForbiddenTreatment))
	// Output:
	// <nil>
	// pii: pii_test.Legacy.Email: tag `pii:"data,kind=email"`: unknown category "data"
	// pii: pii_test.Leaky.Password: tag `pii:"password,api=clear"`: api=clear is forbidden: a credential is never emitted in any form, not even pseudonymized or sealed (§17)
	// true true
}
