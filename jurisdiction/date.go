package jurisdiction

import (
	"errors"
	"strconv"
	"time"
)

// Date is a civil date in the proleptic Gregorian calendar: a day, with no
// time of day and no location. Deadlines, holidays and legal tables speak in
// dates; [DateOf] turns an instant into the date it falls on in its own
// location.
//
// The zero Date is not a valid date ([Date.IsZero] reports it). Date is a
// small comparable value, safe to copy and to use as a map key.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ErrMalformedDate reports text that is not a valid YYYY-MM-DD date.
var ErrMalformedDate = errors.New("jurisdiction: malformed date: want YYYY-MM-DD")

// DateOf returns the date on which t falls in t's own location. Call t.In(loc)
// first to ask about another place's calendar.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// MakeDate returns the date y-m-d, normalising out-of-range months and days
// the way [time.Date] does (2026-02-30 becomes 2026-03-02).
func MakeDate(y int, m time.Month, d int) Date {
	total := y*12 + int(m) - 1
	y, m = floorDiv(total, 12), time.Month(floorMod(total, 12)+1)
	return dateFromDays(daysFromCivil(y, m, 1) + int64(d-1))
}

// ParseDate parses an ISO 8601 calendar date with a four-digit year,
// "2026-05-25". It rejects anything else, including dates that do not exist
// ("2025-02-29"), with [ErrMalformedDate]. The error does not repeat the
// input, which may be a date of birth.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, ErrMalformedDate
	}
	num := func(t string) int {
		n := 0
		for i := 0; i < len(t); i++ {
			c := t[i]
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	y, m, d := num(s[0:4]), num(s[5:7]), num(s[8:10])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return Date{}, ErrMalformedDate
	}
	return Date{Year: y, Month: time.Month(m), Day: d}, nil
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d names a day that exists (month 1–12, day within
// the month).
func (d Date) IsValid() bool {
	return d.Month >= time.January && d.Month <= time.December && d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// String formats d as YYYY-MM-DD (years outside 0–9999 get a sign or more
// digits).
func (d Date) String() string {
	var b [16]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	y := d.Year
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	switch {
	case y < 10:
		b = append(b, '0', '0', '0')
	case y < 100:
		b = append(b, '0', '0')
	case y < 1000:
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, '-', byte('0'+int(d.Month)/10), byte('0'+int(d.Month)%10), '-', byte('0'+d.Day/10), byte('0'+d.Day%10))
	return b
}

// MarshalText formats d as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return d.appendTo(nil), nil }

// UnmarshalText parses a YYYY-MM-DD date, as [ParseDate] does.
func (d *Date) UnmarshalText(text []byte) error {
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	if d.Year > 0 && d.Month >= time.January && d.Month <= time.December {
		// Sakamoto's method: cheap, and exact for valid Gregorian dates.
		y := d.Year
		if d.Month < time.March {
			y--
		}
		w := (y + y/4 - y/100 + y/400 + int(monthOffsets[d.Month-1]) + d.Day) % 7
		return time.Weekday(w)
	}
	// 1970-01-01 was a Thursday.
	w := (d.days() + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// monthOffsets is Sakamoto's table for Weekday, one byte per month.
const monthOffsets = "\x00\x03\x02\x05\x00\x03\x05\x01\x04\x06\x02\x04"

// AddDays returns the date n days after d (before it when n is negative).
func (d Date) AddDays(n int) Date {
	// Fast path for the common case on the deadline path: a step that stays
	// within the month.
	if d.Day >= 1 && d.Month >= time.January && d.Month <= time.December {
		if day := d.Day + n; day >= 1 && (day <= 28 || day <= daysIn(d.Year, d.Month)) {
			d.Day = day
			return d
		}
	}
	return dateFromDays(d.days() + int64(n))
}

// AddMonths returns the date n calendar months after d, on the same day of the
// month or, where that day does not exist, on the last day of the month: one
// month after 2024-01-31 is 2024-02-29. This is the month arithmetic of
// Reg. (EEC, Euratom) No 1182/71 Art. 3(2)(c) and of the ICO.
func (d Date) AddMonths(n int) Date {
	total := d.Year*12 + int(d.Month-1) + n
	y, m := floorDiv(total, 12), time.Month(floorMod(total, 12)+1)
	day := d.Day
	if last := daysIn(y, m); day > last {
		day = last
	}
	return Date{Year: y, Month: m, Day: day}
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// DaysUntil returns the number of days from d to e (negative when e is
// earlier).
func (d Date) DaysUntil(e Date) int { return int(e.days() - d.days()) }

// Start returns the first instant of d in loc: midnight, or, where a clock
// change skips midnight (Chile moves from 24:00 to 01:00 on the first Sunday
// of September), the first instant that exists on d. A nil loc means UTC.
func (d Date) Start(loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
	if t.Hour() == 0 {
		return t
	}
	// Midnight does not exist on d. time.Date may then return an instant of
	// the day before (it does in zones west of UTC); the first instant of d is
	// the clock change itself, where the zone period that holds t ends.
	if DateOf(t).Before(MakeDate(d.Year, d.Month, d.Day)) {
		if _, end := t.ZoneBounds(); !end.IsZero() {
			return end
		}
	}
	return t
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// days returns the number of days from 1970-01-01 to d. It assumes a valid
// month; days beyond the month's end simply count on.
func (d Date) days() int64 { return daysFromCivil(d.Year, d.Month, d.Day) }

// daysFromCivil and dateFromDays convert between civil dates and a day count
// from 1970-01-01 with pure integer arithmetic (the era-based method, valid for
// every year of the proleptic Gregorian calendar), so that date arithmetic on
// the deadline path neither allocates nor consults time zones.
func daysFromCivil(y int, m time.Month, d int) int64 {
	yy := int64(y)
	if m <= time.February {
		yy--
	}
	era := yy / 400
	if yy < 0 && yy%400 != 0 {
		era--
	}
	yoe := yy - era*400 // [0, 399]
	mp := (int64(m) + 9) % 12
	doy := (153*mp+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func dateFromDays(z int64) Date {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{Year: int(y), Month: time.Month(m), Day: int(d)}
}
