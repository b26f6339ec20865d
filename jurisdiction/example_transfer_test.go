package jurisdiction_test

import (
	"fmt"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

// Policy §9.2: Google Analytics sends IP addresses to Google in the United
// States. From Germany that needs DPF certification or SCCs (policy §7.1).
func ExampleCheckTransfer() {
	de, us := jurisdiction.MustParsePlace("DE"), jurisdiction.MustParsePlace("US")
	at := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)

	for _, s := range []jurisdiction.Safeguards{
		{},
		{DPF: true},
		{SCCs: true},
	} {
		v := jurisdiction.CheckTransfer(de, us, at, s)
		fmt.Printf("allowed=%t basis=%s\n  %s\n  %s\n", v.Allowed, v.Basis, v.Reason, v.Citation)
	}
	// Output:
	// allowed=false basis=none
	//   transfer out of the EEA refused: no adequacy finding covers the recipient and no Art. 46 safeguard is in place; Art. 49 derogations are not evaluated
	//   GDPR Art. 44; policy §7.1
	// allowed=true basis=adequacy
	//   an EU adequacy decision covers the recipient (certified organisations)
	//   GDPR Art. 45(1); Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU–US Data Privacy Framework); policy §7.1(i)
	// allowed=true basis=standard contractual clauses
	//   standard contractual clauses cover the transfer
	//   GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914; policy §7.1(ii)
}
