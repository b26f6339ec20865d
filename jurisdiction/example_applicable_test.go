package jurisdiction_test

import (
	"fmt"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

func ExampleApplicable() {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }
	for _, q := range []struct {
		place string
		at    time.Time
	}{
		{"DE", day(2026, 11, 30)},
		{"GB", day(2020, 12, 31)},
		{"GB-SCT", day(2021, 1, 1)},
		{"US-TX", day(2024, 6, 30)},
		{"US-TX", day(2024, 7, 1)},
		{"IN", day(2026, 11, 30)},
	} {
		regimes, err := jurisdiction.Applicable(jurisdiction.MustParsePlace(q.place), q.at)
		if err != nil {
			fmt.Println(err)
			continue
		}
		if len(regimes) == 0 {
			fmt.Printf("%-6s %s: none in the tables\n", q.place, q.at.Format(time.DateOnly))
		}
		for _, r := range regimes {
			fmt.Printf("%-6s %s: %s (%s), %s\n", q.place, q.at.Format(time.DateOnly), r.ID, r.Citation, r.Consent)
		}
	}
	// Output:
	// DE     2026-11-30: EU-GDPR (Regulation (EU) 2016/679), opt-in
	// GB     2020-12-31: EU-GDPR (Regulation (EU) 2016/679), opt-in
	// GB-SCT 2021-01-01: UK-GDPR (UK GDPR (Regulation (EU) 2016/679 as retained by the European Union (Withdrawal) Act 2018 s.3); Data Protection Act 2018; Data (Use and Access) Act 2025), opt-in
	// US-TX  2024-06-30: none in the tables
	// US-TX  2024-07-01: US-TX-TDPSA (Tex. Bus. & Com. Code ch. 541), opt-out
	// IN     2026-11-30: IN-DPDP (Act No. 22 of 2023; Digital Personal Data Protection Rules 2025 (G.S.R. 846(E))), opt-in
}
