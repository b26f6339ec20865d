package consent_test

import (
	"fmt"
	"net/http"

	"github.com/clootrack/privacy/consent"
)

// Only the exact value "1" turns a signal on (W3C GPC; law.md §16).
func ExampleSignalsFrom() {
	for _, v := range []string{"1", "true", " 1"} {
		h := http.Header{}
		h.Set("Sec-GPC", v)
		fmt.Printf("Sec-GPC: %q -> %v\n", v, consent.SignalsFrom(h).GPC)
	}
	// Output:
	// Sec-GPC: "1" -> true
	// Sec-GPC: "true" -> false
	// Sec-GPC: " 1" -> false
}
