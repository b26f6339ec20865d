package jurisdiction

import "time"

// inNational: India's three national holidays, observed on their dates in
// every State (Republic Day, Independence Day, Gandhi Jayanti). The other
// holidays of the Negotiable Instruments Act 1881 s.25 and the Central
// Government's list are declared each year by the States and follow lunar
// calendars; they are not included, which can only make a deadline earlier.
// Supply your own Calendar for a State's full list.
var inNational = []holidayRule{
	{name: "Republic Day", on: fixed(time.January, 26)},
	{name: "Independence Day", on: fixed(time.August, 15)},
	{name: "Gandhi Jayanti", on: fixed(time.October, 2)},
}
