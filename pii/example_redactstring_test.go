package pii_test

import (
	"fmt"

	"github.com/clootrack/privacy/pii"
)

// RedactString treats one value of a category for a sink: the same computation as for a
// tagged field, used by the log handler and the text scanner.
func ExampleRedactor_RedactString() {
	r, err := pii.NewRedactor(nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(r.RedactString(pii.SinkLog, pii.CategoryEmail, "alice@example.com"))
	fmt.Println(r.RedactString(pii.SinkLog, pii.CategoryPhone, "+91 98765 43210"))
	fmt.Println(r.RedactString(pii.SinkAPI, pii.CategoryCard, "4111 1111 1111 1111"))
	fmt.Println(r.RedactString(pii.SinkLog, pii.CategoryIP, "2001:db8:abcd:12::1"))
	fmt.Println(r.RedactString(pii.SinkAPI, pii.CategoryAadhaar, "2345 6789 0123"))
	fmt.Println(r.RedactString(pii.SinkLog, pii.CategoryPassword, "hunter2"))
	// Output:
	// ***@example.com
	// ********3210
	// 411111******1111
	// 2001:db8:abcd::
	// XXXX XXXX 0123
	// [REDACTED]
}
