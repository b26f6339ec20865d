package jurisdiction_test

import (
	"fmt"

	"github.com/clootrack/privacy/jurisdiction"
)

// Each UK nation has its own bank holidays: in 2027 Scotland keeps 2 January
// (a Saturday) on Monday 4 January, and every nation substitutes Christmas
// Day and Boxing Day, which fall on a weekend.
func ExampleCalendarFor() {
	scotland, err := jurisdiction.CalendarFor(jurisdiction.MustParsePlace("GB-SCT"))
	if err != nil {
		panic(err)
	}
	for h := range jurisdiction.Holidays(scotland, 2027) {
		fmt.Println(h.Date, h.Date.Weekday(), h.Name)
	}
	// Output:
	// 2027-01-01 Friday New Year's Day
	// 2027-01-02 Saturday 2nd January
	// 2027-01-04 Monday 2nd January (substitute day)
	// 2027-03-26 Friday Good Friday
	// 2027-05-03 Monday Early May bank holiday
	// 2027-05-31 Monday Spring bank holiday
	// 2027-08-02 Monday Summer bank holiday
	// 2027-11-30 Tuesday St Andrew's Day
	// 2027-12-25 Saturday Christmas Day
	// 2027-12-26 Sunday Boxing Day
	// 2027-12-27 Monday Christmas Day (substitute day)
	// 2027-12-28 Tuesday Boxing Day (substitute day)
}

// A Calendar is a small interface: a company can supply its own, here one
// that adds a regional holiday to the built-in Italian calendar.
func ExampleCalendar() {
	it, err := jurisdiction.CalendarFor(jurisdiction.MustParsePlace("IT"))
	if err != nil {
		panic(err)
	}
	milan := withPatron{Calendar: it, day: jurisdiction.Date{Year: 2026, Month: 12, Day: 7}, name: "Sant'Ambrogio"}

	d := jurisdiction.Date{Year: 2026, Month: 12, Day: 7}
	fmt.Println(jurisdiction.IsWorkingDay(it, d), jurisdiction.IsWorkingDay(milan, d))
	// Output:
	// true false
}

type withPatron struct {
	jurisdiction.Calendar
	day  jurisdiction.Date
	name string
}

func (c withPatron) Name() string { return "IT Milan" }

func (c withPatron) Holiday(d jurisdiction.Date) (string, bool) {
	if d.Month == c.day.Month && d.Day == c.day.Day {
		return c.name, true
	}
	return c.Calendar.Holiday(d)
}

func ExampleParsePeriod() {
	for _, s := range []string{"72 hours", "1M", "15 business days", "45 days"} {
		p, err := jurisdiction.ParsePeriod(s)
		fmt.Printf("%q → %v, %v\n", s, p, err)
	}
	// Output:
	// "72 hours" → 72 hours, <nil>
	// "1M" → 1 month, <nil>
	// "15 business days" → 15 business days, <nil>
	// "45 days" → no fixed period, jurisdiction: invalid period "45 days": "days" is ambiguous: say calendar days or business days
}

func ExampleEaster() {
	e := jurisdiction.Easter(2026)
	fmt.Println("Easter Sunday", e)
	fmt.Println("Whit Monday  ", e.AddDays(50))
	// Output:
	// Easter Sunday 2026-04-05
	// Whit Monday   2026-05-25
}
