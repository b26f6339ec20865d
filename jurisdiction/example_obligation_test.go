package jurisdiction_test

import (
	"fmt"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

// The deadline table gives each regime's clock for a duty, as in force on the
// day the clock starts. A UK access request received on 30 November 2026 is
// due in one month from the "relevant time" (UK GDPR Art. 12A); with the
// extension, three months from the same start.
func ExampleObligationFor() {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic(err)
	}
	england, err := jurisdiction.CalendarFor(jurisdiction.MustParsePlace("GB-ENG"))
	if err != nil {
		panic(err)
	}
	received := time.Date(2026, time.November, 30, 11, 0, 0, 0, london)

	o, err := jurisdiction.ObligationFor(jurisdiction.UKGDPR, jurisdiction.DutyAccess, received)
	if err != nil {
		panic(err)
	}
	due, err := o.Deadline(received, england)
	if err != nil {
		panic(err)
	}
	extended, err := o.ExtendedDeadline(received, england)
	if err != nil {
		panic(err)
	}
	fmt.Println(o.Period, "from", o.Trigger)
	fmt.Println("due:     ", due.Last)
	fmt.Println("extended:", extended.Last, "rolled over", extended.Rolled())
	fmt.Println(o.Citation)
	// Output:
	// 1 month from the relevant time (latest of receipt, identity information and fee)
	// due:      2026-12-30
	// extended: 2027-03-01 rolled over [2027-02-28 Sunday]
	// UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025 s.76; in force 2026-02-05, SI 2026/82 reg. 2(h)); DPA 2018 s.54; ICO
}

// A breach discovered on Friday 13 March 2026 at 17:00 in Berlin: the
// supervisory authority must hear within 72 hours — Monday 17:00, the
// weekend does not stop the clock — and the people affected without undue
// delay if the risk to them is high.
func ExampleBreachClocks() {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	de, err := jurisdiction.CalendarFor(jurisdiction.MustParsePlace("DE"))
	if err != nil {
		panic(err)
	}
	aware := time.Date(2026, time.March, 13, 17, 0, 0, 0, berlin)

	clocks, err := jurisdiction.BreachClocks(jurisdiction.GDPR, aware, de)
	if err != nil {
		panic(err)
	}
	for _, c := range clocks {
		fmt.Println(c)
	}
	// Output:
	// EU-GDPR breach-authority: by 2026-03-16 17:00 CET (72 hours from awareness) [GDPR Art. 33(1), (4)]
	// EU-GDPR breach-individuals: without undue delay (no fixed period) [GDPR Art. 34(1), (3)]
	// EU-GDPR breach-controller: without undue delay after becoming aware of it (no fixed period) [GDPR Art. 33(2)]
}

// California's breach clocks changed on 1 January 2026 (SB 446): residents
// within 30 calendar days of discovery, and the Attorney General within 15
// days after the residents are notified — a clock that starts later.
func ExampleBreachClocks_california() {
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		panic(err)
	}
	discovered := time.Date(2026, time.March, 13, 17, 0, 0, 0, la)
	clocks, err := jurisdiction.BreachClocks(jurisdiction.CCPA, discovered, nil)
	if err != nil {
		panic(err)
	}
	for _, c := range clocks {
		fmt.Println(c)
	}
	residentsNotified := time.Date(2026, time.April, 10, 9, 0, 0, 0, la)
	ag, err := clocks[1].Obligation.Deadline(residentsNotified, nil)
	if err != nil {
		panic(err)
	}
	fmt.Println("Attorney General by end of", ag.Last)
	// Output:
	// US-CA-CCPA breach-individuals: by end of 2026-04-11 (30 calendar days from awareness) [Cal. Civ. Code §1798.82(a) as amended by SB 446 (Stats. 2025), from 2026-01-01]
	// US-CA-CCPA breach-authority: 15 calendar days from notice to the affected individuals [Cal. Civ. Code §1798.82(f) as amended by SB 446 (Stats. 2025), from 2026-01-01]
	// Attorney General by end of 2026-04-24
}
