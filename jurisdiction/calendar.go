package jurisdiction

import (
	"errors"
	"iter"
	"time"
)

// Calendar is the public holidays of one place. Working days are the days
// that are neither a Saturday, a Sunday nor one of the calendar's holidays
// (Reg. (EEC, Euratom) No 1182/71 Art. 2(2)); a Calendar only has to know its
// holidays.
//
// [CalendarFor] returns the built-in calendars. Users may implement their own,
// for example for a place this package has no data for or to add a regional
// holiday; an implementation must be safe for concurrent use and must answer
// the same way every time for the same date.
type Calendar interface {
	// Name identifies the calendar in explanations ("DE",
	// "GB-SCT Scotland"). It is not personal data.
	Name() string

	// Holiday reports whether d is a public holiday and, if so, its name
	// ("Whit Monday (Pfingstmontag)"). Substitute and observed days are
	// holidays too, with a name that says so. An invalid d is never a
	// holiday.
	Holiday(d Date) (name string, ok bool)
}

// Holiday is one public holiday: its date and its name. It is a plain value,
// safe to copy and to use concurrently.
type Holiday struct {
	Date Date
	Name string
}

// String formats h as "2026-05-25 Whit Monday (Pfingstmontag)".
func (h Holiday) String() string { return h.Date.String() + " " + h.Name }

// ErrNoCalendar reports a place for which this package has no holiday
// calendar. Callers may supply their own [Calendar], or pass nil to count
// Saturdays and Sundays only, which never gives a later deadline than the
// true one.
var ErrNoCalendar = errors.New("jurisdiction: no holiday calendar for place")

// IsWorkingDay reports whether d is a working day under c: not a Saturday,
// not a Sunday and not one of c's holidays. A nil c knows no holidays.
func IsWorkingDay(c Calendar, d Date) bool {
	return nonWorkingReason(c, d) == ""
}

// nonWorkingReason returns why d is not a working day ("Saturday", a
// holiday's name), or "" if it is one. A holiday's name wins over the
// weekday, so that explanations name the holiday.
func nonWorkingReason(c Calendar, d Date) string {
	if c != nil {
		if name, ok := c.Holiday(d); ok {
			if name == "" {
				name = "public holiday"
			}
			return name
		}
	}
	switch d.Weekday() {
	case time.Saturday:
		return "Saturday"
	case time.Sunday:
		return "Sunday"
	}
	return ""
}

// Holidays yields c's holidays in year, in date order. It asks c about each
// day of the year, so it works for any Calendar.
func Holidays(c Calendar, year int) iter.Seq[Holiday] {
	return func(yield func(Holiday) bool) {
		if c == nil {
			return
		}
		d := Date{Year: year, Month: time.January, Day: 1}
		for d.Year == year {
			if name, ok := c.Holiday(d); ok {
				if !yield(Holiday{Date: d, Name: name}) {
					return
				}
			}
			d = d.AddDays(1)
		}
	}
}
