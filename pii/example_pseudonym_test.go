package pii_test

import (
	"bytes"
	"fmt"

	"github.com/clootrack/privacy/pii"
)

// Two services that share a pseudonym key get the same token for the same person, however
// the address is written, so their records join without either holding the address. After
// a key rotation, tokens of the older key still match.
func ExampleRedactor_MatchPseudonym() {
	k2025 := pii.Key{ID: "2025", Secret: bytes.Repeat([]byte{1}, 32)}
	k2026 := pii.Key{ID: "2026", Secret: bytes.Repeat([]byte{2}, 32)}

	billing, _ := pii.NewRedactor(&pii.Options{PseudonymKeys: []pii.Key{k2025}})
	support, _ := pii.NewRedactor(&pii.Options{PseudonymKeys: []pii.Key{k2025}})
	a, _ := billing.Pseudonym(pii.CategoryEmail, "Alice@Example.com")
	b, _ := support.Pseudonym(pii.CategoryEmail, " alice@example.com")
	fmt.Println(a)
	fmt.Println(a == b)

	rotated, _ := pii.NewRedactor(&pii.Options{PseudonymKeys: []pii.Key{k2026, k2025}})
	c, _ := rotated.Pseudonym(pii.CategoryEmail, "alice@example.com")
	fmt.Println(c)
	fmt.Println(rotated.MatchPseudonym(a, pii.CategoryEmail, "alice@example.com"))
	// Output:
	// pii:p1:2025:j9KyrHUwfcDRj1LLYcsbDw
	// true
	// pii:p1:2026:5S9kPgYkWzJDkUMga_L5Yg
	// true
}
