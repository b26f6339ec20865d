// Command quickstart walks through the library with the Clootrack privacy
// policy: which law applies to a person, how long a request may take, who may
// consent, where data may go, and how fast a breach must be reported; how
// personal data leaves a process (redacted, masked, pseudonymised, sealed)
// in structs, logs and free text; and what each person agreed to, provably.
//
// Run it from the module root:
//
//	go run ./examples/quickstart
//
// Every date below is fixed, so the output is the same on every machine.
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"time"

	"github.com/clootrack/privacy/consent"
	"github.com/clootrack/privacy/jurisdiction"
	"github.com/clootrack/privacy/pii"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("quickstart: ")

	whichLaw()
	deadlines()
	ages()
	transfers()
	breach()

	redactStructs()
	redactLogs()
	scanText()
	shred()

	decide()
	ledger()
	gate()
}

// whichLaw shows the regimes that apply to a person in a place on a date.
func whichLaw() {
	section("Which law applies here, on this date? (jurisdiction.Applicable)")
	for _, q := range []struct {
		place string
		date  string
	}{
		{"DE", "2026-11-30"},
		{"GB-SCT", "2026-11-30"},
		{"US-CA", "2026-11-30"},
		{"US-TX", "2024-06-30"},
		{"US-TX", "2024-07-01"},
		{"IN", "2026-11-30"},
	} {
		place := jurisdiction.MustParsePlace(q.place)
		regimes, err := jurisdiction.Applicable(place, noon(q.date, time.UTC))
		check(err)
		names := make([]string, 0, len(regimes))
		for _, r := range regimes {
			names = append(names, fmt.Sprintf("%s (%s)", r.ID, r.Consent))
		}
		if len(names) == 0 {
			names = append(names, "no regime in the tables")
		}
		fmt.Printf("  %-6s on %s: %s\n", place, q.date, strings.Join(names, ", "))
	}
}

// deadlines computes the statutory deadline of an access request in three
// places, each counted by its own rule and holiday calendar.
func deadlines() {
	section("When is an access request due? (jurisdiction.ObligationFor)")
	for _, q := range []struct {
		regime   jurisdiction.RegimeID
		place    string
		zone     string
		received string
	}{
		{jurisdiction.GDPR, "DE", "Europe/Berlin", "2026-04-24"},
		{jurisdiction.UKGDPR, "GB-ENG", "Europe/London", "2026-11-30"},
		{jurisdiction.CCPA, "US-CA", "America/Los_Angeles", "2026-01-15"},
	} {
		loc, err := time.LoadLocation(q.zone)
		check(err)
		cal, err := jurisdiction.CalendarFor(jurisdiction.MustParsePlace(q.place))
		check(err)
		received := noon(q.received, loc)
		o, err := jurisdiction.ObligationFor(q.regime, jurisdiction.DutyAccess, received)
		check(err)
		d, err := o.Deadline(received, cal)
		check(err)
		fmt.Printf("  %s, received %s in %s:\n    %s\n    [%s]\n", q.regime, q.received, q.place, d, o.Citation)
	}
}

// ages shows the age of digital consent where the law sets one, and the
// policy's own floor, which is a separate rule.
func ages() {
	section("Who may consent? (jurisdiction.DigitalConsentAge, PolicyMinimumAge)")
	for _, q := range []struct{ place, date string }{
		{"DK", "2023-12-31"},
		{"DK", "2024-01-01"},
		{"DE", "2026-11-30"},
		{"GB", "2026-11-30"},
		{"IN", "2026-11-30"},
	} {
		rule, err := jurisdiction.DigitalConsentAge(jurisdiction.MustParsePlace(q.place), noon(q.date, time.UTC))
		check(err)
		fmt.Printf("  %-2s on %s: %d  [%s]\n", q.place, q.date, rule.Age, rule.Citation)
	}
	floor := jurisdiction.PolicyMinimumAge()
	fmt.Printf("  Clootrack's own floor: %d  [%s]\n", floor.Age, floor.Citation)
}

// transfers checks the transfer the policy describes in §9.2: IP addresses
// sent from the EEA to Google's servers in the United States.
func transfers() {
	section("May data leave the EEA? (jurisdiction.CheckTransfer, policy §7.1 and §9.2)")
	de, us := jurisdiction.MustParsePlace("DE"), jurisdiction.MustParsePlace("US")
	at := noon("2026-11-30", time.UTC)
	for _, q := range []struct {
		what string
		s    jurisdiction.Safeguards
	}{
		{"no safeguard", jurisdiction.Safeguards{}},
		{"recipient DPF-certified", jurisdiction.Safeguards{DPF: true}},
		{"standard contractual clauses", jurisdiction.Safeguards{SCCs: true}},
	} {
		v := jurisdiction.CheckTransfer(de, us, at, q.s)
		fmt.Printf("  DE → US, %s: allowed=%t (%s)\n    %s\n", q.what, v.Allowed, v.Basis, v.Citation)
	}
}

// breach lists the clocks that start when a controller becomes aware of a
// personal-data breach (policy §15.1).
func breach() {
	section("How fast must a breach be reported? (jurisdiction.BreachClocks, policy §15.1)")
	paris, err := time.LoadLocation("Europe/Paris")
	check(err)
	fr, err := jurisdiction.CalendarFor(jurisdiction.MustParsePlace("FR"))
	check(err)
	aware := time.Date(2026, time.March, 13, 16, 45, 0, 0, paris) // a Friday afternoon
	clocks, err := jurisdiction.BreachClocks(jurisdiction.GDPR, aware, fr)
	check(err)
	for _, c := range clocks {
		fmt.Println(" ", c)
	}
}

// Customer is a record as a service might hold it. The pii tags say which
// fields are personal data and of what category; the treatment for each
// destination (log, API, export, analytics) follows the policy unless a tag
// says otherwise.
type Customer struct {
	ID       int64
	Name     string `pii:"name"`
	Email    string `pii:"email"`
	Password string `pii:"password"`
	Card     string `pii:"card"`
	LastIP   string `pii:"ip"`
	Plan     string
}

func sampleCustomer() Customer {
	return Customer{ID: 42, Name: "Asha Rao", Email: "Asha.Rao@Example.com", Password: "hunter2",
		Card: "4111 1111 1111 1111", LastIP: "203.0.113.77", Plan: "pro"}
}

// newRedactor returns the redactor the examples share: the policy's
// treatments, except that e-mail addresses are pseudonymised in exports, so
// that exported records stay joinable. The pseudonym key is fixed so that
// the output is stable; a real service loads its keys from a secret manager.
func newRedactor() *pii.Redactor {
	r, err := pii.NewRedactor(&pii.Options{
		PseudonymKeys: []pii.Key{{ID: "2026", Secret: bytes.Repeat([]byte{7}, 32)}},
		Overrides:     []pii.Override{{Category: pii.CategoryEmail, Sink: pii.SinkExport, Treatment: pii.TreatmentPseudonym}},
	})
	check(err)
	return r
}

// redactStructs shows one tagged struct as each destination sees it.
func redactStructs() {
	section("What leaves the process? Tagged structs (pii.Redactor; policy §2.6, §3.5, §17)")
	r := newRedactor()
	c := sampleCustomer()
	for _, sink := range pii.Sinks() {
		out, err := r.Redact(sink, c)
		check(err)
		fmt.Printf("  %-9s %+v\n", sink, out)
	}
}

// redactLogs wraps a slog handler so that nothing personal reaches the log.
func redactLogs() {
	section("Logging (pii.NewLogHandler wraps any slog.Handler)")
	json := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime})
	h, err := pii.NewLogHandler(json, nil, nil)
	check(err)
	logger := slog.New(h)
	logger.Info("signed in", "customer", sampleCustomer(), "client_ip", "198.51.100.23", "password", "hunter2")
}

// scanText finds personal data in free text that no tag marks, and gives
// each value the same treatment the struct redactor gives it: the
// pseudonym in the exported text equals the one in the exported struct
// above, although the text spells the address in lower case.
func scanText() {
	section("Free text (pii.Scanner: checksums and context words, no regexps)")
	r := newRedactor()
	for _, sink := range []pii.Sink{pii.SinkLog, pii.SinkExport} {
		s, err := pii.NewScanner(r, &pii.ScanOptions{Sink: sink})
		check(err)
		fmt.Printf("  %-6s %s\n", sink, s.RedactString(
			"refund to asha.rao@example.com, card 4111-1111-1111-1111, aadhaar 2345 6789 0124, from 203.0.113.77"))
	}
}

// shred seals a customer's contact details under the customer's own key
// before they are stored, then forgets the key: every sealed copy, backups
// included, can no longer be opened (policy §16.1).
func shred() {
	section("Crypto-shredding (pii.Shredder; policy §16.1)")
	type Contact struct {
		Email string `pii:"email,export=seal"`
		Phone string `pii:"phone"` // the policy seals phone numbers in exports
	}
	ctx := context.Background()
	shredder, err := pii.NewShredder(pii.NewMemoryKeyring(nil), nil)
	check(err)
	r := newRedactor().WithSealer(shredder.Sealer(ctx, "customer-42"))

	stored, err := r.Redact(pii.SinkExport, Contact{Email: "asha.rao@example.com", Phone: "+91 98765 43210"})
	check(err)
	// The tokens carry a random nonce; print only their fixed prefix.
	fmt.Printf("  stored (sealed): Email=%.9s… Phone=%.9s…\n", stored.(Contact).Email, stored.(Contact).Phone)
	opened, err := r.Open(stored)
	check(err)
	fmt.Printf("  opened again:    %+v\n", opened)
	check(shredder.Forget(ctx, "customer-42"))
	_, err = r.Open(stored)
	fmt.Println("  after Forget:    the subject is forgotten:", errors.Is(err, pii.ErrSubjectForgotten))
}

// decide asks the Clootrack policy whether a purpose is allowed for a person
// in two places, with no consent on record.
func decide() {
	section("May I use this data for this purpose, now? (consent.Policy.State)")
	policy := consent.Clootrack()
	now := noon("2026-11-30", time.UTC)
	subject := consent.MustSubject("subject-7f3a9c")
	for _, place := range []string{"DE", "US-CA"} {
		st, err := policy.State(subject, consent.Facts{Place: jurisdiction.MustParsePlace(place)}, nil, now)
		check(err)
		for _, p := range []consent.PurposeID{consent.PurposeEssentialEmail, consent.PurposeAnalytics, consent.PurposeSale} {
			fmt.Printf("  %-5s %s\n", place, st.Allowed(p, now))
		}
	}
	st, err := policy.State(subject, consent.Facts{Place: jurisdiction.MustParsePlace("IN")}, nil, now)
	check(err)
	fmt.Printf("  %-5s %s\n", "IN", st.AllowedFrom(consent.PurposeModelTraining, consent.SourceConnector, now))
}

// ledger records a grant and its withdrawal in the append-only, hash-chained
// ledger, and shows the withdrawal hook that lets retention delete data.
func ledger() {
	section("The consent ledger (consent.Ledger; GDPR Art. 7(1), (3); policy §3.8, §6.4)")
	ctx := context.Background()
	clock := noon("2026-11-30", time.UTC)
	store := consent.NewMemoryStore()
	l, err := consent.NewLedger(consent.Clootrack(), store, &consent.LedgerOptions{
		// A fixed clock and seed keep the output stable; a service leaves
		// both nil (time.Now and crypto/rand).
		Now:     func() time.Time { clock = clock.Add(time.Minute); return clock },
		Entropy: rand.NewChaCha8([32]byte{}),
	})
	check(err)
	l.OnWithdrawal(func(ctx context.Context, e consent.Event) error {
		fmt.Println("  hook: delete the contact data kept for", e.Purposes)
		return nil
	})
	subject := consent.Pseudonymize(bytes.Repeat([]byte{9}, 32), "customer-42")
	facts := consent.Facts{Place: jurisdiction.MustParsePlace("FR")}
	choice := consent.Choice{Subject: subject, Purposes: []consent.PurposeID{consent.PurposeMarketingEmail},
		Mechanism: consent.MechanismBannerAccept, Place: facts.Place}

	_, err = l.Grant(ctx, choice)
	check(err)
	d, err := l.Allowed(ctx, subject, facts, consent.PurposeMarketingEmail)
	check(err)
	fmt.Println("  after the grant:     ", d)
	choice.Mechanism = consent.MechanismEmailUnsubscribe
	_, err = l.Withdraw(ctx, choice)
	check(err)
	d, err = l.Allowed(ctx, subject, facts, consent.PurposeMarketingEmail)
	check(err)
	fmt.Println("  after unsubscribing: ", d)
	head, err := consent.Verify(store.Events(ctx, 0))
	fmt.Println("  chain verifies:      ", err == nil, "with", head.Seq, "events")
}

// gate runs an HTTP request through the consent gate: a Californian browser
// sending Global Privacy Control is opted out of targeted advertising.
func gate() {
	section("The HTTP gate and Global Privacy Control (consent.Gate; 11 CCR §7025)")
	g := &consent.Gate{
		Facts: func(r *http.Request) consent.Facts {
			place, _ := jurisdiction.ParsePlace(r.Header.Get("X-Region")) // unknown: most protective
			return consent.Facts{Place: place}
		},
		Now: func() time.Time { return noon("2026-11-30", time.UTC) },
	}
	h := g.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st, _ := consent.FromContext(r.Context())
		fmt.Println(" ", st.Allowed(consent.PurposeTargetedAds, noon("2026-11-30", time.UTC)))
	}))
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.Header.Set("X-Region", "US-CA")
	r.Header.Set("Sec-GPC", "1")
	h.ServeHTTP(httptest.NewRecorder(), r)
}

// dropTime removes the time from log records so the output is stable.
func dropTime(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

func section(title string) { fmt.Printf("\n%s\n", title) }

// noon returns midday of a date in loc, so that the date is the same in
// every time zone the examples use.
func noon(date string, loc *time.Location) time.Time {
	d, err := time.ParseInLocation(time.DateOnly, date, loc)
	check(err)
	return d.Add(12 * time.Hour)
}

func check(err error) {
	if err != nil {
		log.Print(err)
		os.Exit(1)
	}
}
