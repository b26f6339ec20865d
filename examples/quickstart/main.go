// Command quickstart walks through the library with the Clootrack privacy
// policy: which law applies to a person, how long a request may take, who may
// consent, where data may go, and how fast a breach must be reported.
//
// Run it from the module root:
//
//	go run ./examples/quickstart
//
// Every date below is fixed, so the output is the same on every machine.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("quickstart: ")

	whichLaw()
	deadlines()
	ages()
	transfers()
	breach()
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
