package pii_test

import (
	"encoding/json"
	"fmt"

	"github.com/clootrack/privacy/pii"
)

// A Value carries its category: it prints as the marker anywhere, and a LogHandler gives it
// the category's log treatment.
func ExampleValue() {
	type Invite struct {
		To pii.Value[string] `json:"to"`
	}
	inv := Invite{To: pii.NewValue(pii.CategoryEmail, "ann@example.com")}

	fmt.Printf("%v %+v %#v\n", inv, inv.To, inv.To)
	out, _ := json.Marshal(inv)
	fmt.Println(string(out))
	fmt.Println(inv.To.Category(), inv.To.Reveal())
	// Output:
	// {[REDACTED]} [REDACTED] pii.Value[string]{email [REDACTED]}
	// {"to":"[REDACTED]"}
	// email ann@example.com
}
