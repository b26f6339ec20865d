package consent_test

import (
	"context"
	"fmt"
	"time"

	"github.com/clootrack/privacy/consent"
	"github.com/clootrack/privacy/consent/consenttest"
	"github.com/clootrack/privacy/jurisdiction"
)

// Recording a grant and its withdrawal. Withdrawing is one call, like
// granting, and takes effect at once (GDPR Art. 7(3)); withdrawal hooks run
// once the withdrawal is durable, so retention can delete the contact data
// kept for marketing (§3.8).
func ExampleLedger() {
	clock := consenttest.NewClock(consenttest.Epoch())
	ledger, err := consent.NewLedger(consent.Clootrack(), consent.NewMemoryStore(),
		&consent.LedgerOptions{Now: clock.Now, Entropy: consenttest.Entropy(1)})
	if err != nil {
		panic(err)
	}
	ledger.OnWithdrawal(func(ctx context.Context, e consent.Event) error {
		fmt.Println("hook: delete data for", e.Purposes, "after event", e.Seq)
		return nil
	})

	ctx := context.Background()
	subject := consent.Pseudonymize([]byte("a secret key of at least 32 bytes"), "account-42")
	facts := consent.Facts{Place: jurisdiction.MustParsePlace("FR")}
	choice := consent.Choice{
		Subject:   subject,
		Purposes:  []consent.PurposeID{consent.PurposeMarketingEmail},
		Mechanism: consent.MechanismBannerAccept,
		Place:     facts.Place,
	}
	if _, err := ledger.Grant(ctx, choice); err != nil {
		panic(err)
	}
	d, _ := ledger.Allowed(ctx, subject, facts, consent.PurposeMarketingEmail)
	fmt.Println(d.Allowed, d.Reason)

	clock.Advance(time.Minute)
	choice.Mechanism = consent.MechanismEmailUnsubscribe
	if _, err := ledger.Withdraw(ctx, choice); err != nil {
		panic(err)
	}
	d, _ = ledger.Allowed(ctx, subject, facts, consent.PurposeMarketingEmail)
	fmt.Println(d.Allowed, d.Reason, d.Rule)

	_, err = ledger.Withdraw(ctx, consent.Choice{Subject: subject, Mechanism: consent.MechanismAPI,
		Purposes: []consent.PurposeID{consent.PurposeEssentialEmail}})
	fmt.Println(err)
	// Output:
	// true granted
	// hook: delete data for [marketing-email] after event 2
	// false withdrawn GDPR Art. 7(3); policy §6.4
	// consent: essential purpose needs no consent and cannot be refused "essential-email" (§3.2, §6.3)
}
