package consent_test

import (
	"fmt"
	"time"

	"github.com/clootrack/privacy/consent"
	"github.com/clootrack/privacy/jurisdiction"
)

// A State answers "may I use this subject's data for this purpose, now?"
// and says why. Under the Clootrack policy, sale is never allowed — in
// California the policy's ban overrides the CCPA's opt-out default —
// essential e-mails need no consent, and in Germany analytics waits for an
// opt-in.
func ExampleState_Allowed() {
	policy := consent.Clootrack()
	now := time.Date(2025, time.September, 1, 12, 0, 0, 0, time.UTC)
	subject := consent.MustSubject("7f3a9c")

	for _, place := range []string{"DE", "US-CA"} {
		facts := consent.Facts{Place: jurisdiction.MustParsePlace(place)}
		st, err := policy.State(subject, facts, nil, now)
		if err != nil {
			panic(err)
		}
		for _, p := range []consent.PurposeID{consent.PurposeSale, consent.PurposeEssentialEmail, consent.PurposeAnalytics} {
			fmt.Println(place, st.Allowed(p, now))
		}
	}
	// Output:
	// DE sale: denied, prohibited (§3.3, §13.1, §15.2)
	// DE essential-email: allowed, essential (GDPR Art. 6(1)(b); §3.2, §6.3)
	// DE analytics: denied, no consent on record (GDPR Art. 6(1)(a), Art. 7; EU-GDPR)
	// US-CA sale: denied, prohibited (§3.3, §13.1, §15.2; overrides US-CA-CCPA)
	// US-CA essential-email: allowed, essential (§3.2, §6.3)
	// US-CA analytics: denied, no consent on record (§2.8, §3.3, §4.3; overrides US-CA-CCPA)
}

// Data from a connector such as Google Workspace never trains generalized
// models (§23), whatever the subject granted; the same purpose on data the
// subject gave directly follows their consent.
func ExampleState_AllowedFrom() {
	policy := consent.Clootrack()
	now := time.Date(2025, time.September, 1, 12, 0, 0, 0, time.UTC)
	subject := consent.MustSubject("7f3a9c")
	st, _ := policy.State(subject, consent.Facts{Place: jurisdiction.MustParsePlace("IN")}, nil, now)
	fmt.Println(st.AllowedFrom(consent.PurposeModelTraining, consent.SourceConnector, now))
	fmt.Println(st.AllowedFrom(consent.PurposeModelTraining, consent.SourceDirect, now).Reason)
	// Output:
	// model-training: denied, prohibited (§23)
	// no consent on record
}
