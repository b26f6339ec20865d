package jurisdiction_test

import (
	"fmt"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

func ExampleDigitalConsentAge() {
	for _, q := range []struct {
		place string
		at    time.Time
	}{
		{"DK", time.Date(2023, 12, 31, 12, 0, 0, 0, time.UTC)},
		{"DK", time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)},
		{"DE", time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)},
		{"GB", time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)},
		{"IN", time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)},
		{"NO", time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)},
	} {
		rule, err := jurisdiction.DigitalConsentAge(jurisdiction.MustParsePlace(q.place), q.at)
		if err != nil {
			fmt.Println(err)
			continue
		}
		verify := ""
		if rule.Verify {
			verify = " [VERIFY]"
		}
		fmt.Printf("%s %s: %d — %s%s\n", q.place, q.at.Format(time.DateOnly), rule.Age, rule.Citation, verify)
	}
	policy := jurisdiction.PolicyMinimumAge()
	fmt.Printf("policy: %d — %s\n", policy.Age, policy.Citation)
	// Output:
	// DK 2023-12-31: 13 — Databeskyttelsesloven §6 (before the 2023 amendment)
	// DK 2024-01-01: 15 — Databeskyttelsesloven §6 as amended, in force 2024-01-01
	// DE 2026-01-01: 16 — GDPR Art. 8(1), no national derogation (Bird & Bird; Commission SWD 2020)
	// GB 2026-01-01: 13 — UK GDPR Art. 8(1) as modified by Data Protection Act 2018 s.9
	// IN 2026-01-01: 18 — DPDP Act 2023 s.2(f) (child: under 18), s.9 (verifiable parental consent); DPDP Rules 2025 r.10
	// NO 2026-01-01: 13 — national derogation (advokatforeningen.no, 2025) [VERIFY]
	// policy: 18 — Clootrack privacy policy §12.1 (as updated on 2025-08-04)
}

func ExampleSaleAuthoriser() {
	ca := jurisdiction.MustParsePlace("US-CA")
	at := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	for _, age := range []int{12, 14, 16} {
		band, err := jurisdiction.SaleAuthoriser(ca, at, age)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("age %d: %s\n", age, band.Authoriser)
	}
	// Output:
	// age 12: parent or guardian
	// age 14: consumer
	// age 16: none
}
