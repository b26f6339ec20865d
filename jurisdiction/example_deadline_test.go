package jurisdiction_test

import (
	"fmt"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

// A GDPR access request received in Berlin on Friday 24 April 2026 is due in
// one month (GDPR Art. 12(3)). Counted under Reg. 1182/71 the month ends on
// Sunday 24 May; Monday 25 May is Whit Monday, a public holiday in Germany, so
// the deadline is the end of Tuesday 26 May.
func ExampleRule_Deadline() {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	de, err := jurisdiction.CalendarFor(jurisdiction.MustParsePlace("DE"))
	if err != nil {
		panic(err)
	}
	received := time.Date(2026, time.April, 24, 10, 30, 0, 0, berlin)

	d, err := jurisdiction.RuleEU.Deadline(received, jurisdiction.Period{N: 1, Unit: jurisdiction.Months}, de)
	if err != nil {
		panic(err)
	}
	fmt.Println("last day:", d.Last)
	fmt.Println("expires: ", d.End.Format(time.RFC3339))
	for _, day := range d.Rolled() {
		fmt.Println("rolled over", day)
	}
	fmt.Println(d)
	// Output:
	// last day: 2026-05-26
	// expires:  2026-05-27T00:00:00+02:00
	// rolled over 2026-05-24 Sunday
	// rolled over 2026-05-25 Whit Monday (Pfingstmontag)
	// due by end of 2026-05-26 (Europe/Berlin): 1 month from 2026-04-24 under Reg. (EEC, Euratom) No 1182/71 ends on 2026-05-24, not a working day in DE (2026-05-24 Sunday; 2026-05-25 Whit Monday (Pfingstmontag)), so on the next working day
}

// A breach noticed on a Friday afternoon must be notified to the supervisory
// authority within 72 hours (GDPR Art. 33(1)). Hours are exact and never roll
// over a weekend (Reg. 1182/71 Art. 3(4)): the deadline is Monday afternoon.
func ExampleRule_Deadline_hours() {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		panic(err)
	}
	aware := time.Date(2026, time.March, 13, 16, 45, 0, 0, paris)
	d, err := jurisdiction.RuleEU.Deadline(aware, jurisdiction.Period{N: 72, Unit: jurisdiction.Hours}, nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.End.Format("Mon 2006-01-02 15:04 MST"))
	fmt.Println(d.InTime(time.Date(2026, time.March, 16, 16, 44, 0, 0, paris)))
	// Output:
	// Mon 2026-03-16 16:45 CET
	// true
}

// A California consumer's request to know, received on 15 January 2026, is
// due in 45 calendar days (11 CCR §7021(b)). The package's default, RuleCCPA,
// counts the day of receipt as day one and does not move the end off a
// weekend; the alternative reading of California's general rule (Code Civ.
// Proc. §§12, 12a) excludes the first day and moves past weekends and
// holidays.
func ExampleRule_Deadline_ccpa() {
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		panic(err)
	}
	ca, err := jurisdiction.CalendarFor(jurisdiction.MustParsePlace("US-CA"))
	if err != nil {
		panic(err)
	}
	received := time.Date(2026, time.January, 15, 9, 0, 0, 0, la)
	days45 := jurisdiction.Period{N: 45, Unit: jurisdiction.CalendarDays}

	conservative, err := jurisdiction.RuleCCPA.Deadline(received, days45, ca)
	if err != nil {
		panic(err)
	}
	general, err := jurisdiction.RuleCaliforniaGeneral.Deadline(received, days45, ca)
	if err != nil {
		panic(err)
	}
	fmt.Println("11 CCR §7021(b):   ", conservative.Last, conservative.Last.Weekday())
	fmt.Println("Code Civ. Proc. §12:", general.Last, general.Last.Weekday())

	// Opt-out requests: 15 business days (11 CCR §7026(f)), over Thanksgiving.
	optOut, err := jurisdiction.RuleCCPA.Deadline(time.Date(2026, time.November, 23, 9, 0, 0, 0, la),
		jurisdiction.Period{N: 15, Unit: jurisdiction.BusinessDays}, ca)
	if err != nil {
		panic(err)
	}
	fmt.Println("opt-out:", optOut.Last, "skipping", optOut.Skipped())
	// Output:
	// 11 CCR §7021(b):    2026-02-28 Saturday
	// Code Civ. Proc. §12: 2026-03-02 Monday
	// opt-out: 2026-12-14 skipping [2026-11-26 Thanksgiving Day]
}
