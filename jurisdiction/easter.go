package jurisdiction

import "time"

// Easter returns the date of Easter Sunday in year y of the Gregorian
// calendar, as the Western churches compute it. Good Friday, Easter Monday,
// Ascension Day, Whit Monday and Corpus Christi are fixed offsets from it
// (-2, +1, +39, +50, +60 days), so the holiday calendars compute those days
// instead of listing them.
//
// The computation is the anonymous Gregorian algorithm (Meeus/Jones/Butcher)
// in integer arithmetic; it is exact for every year from 1583 on. Earlier
// years get the proleptic Gregorian date, which no church then used.
func Easter(year int) Date {
	// The Gregorian Easter cycle repeats every 5,700,000 years; shift earlier
	// years into positive ones so that the integer divisions below hold.
	const cycle = 5_700_000
	y := year
	if y < 1583 {
		y += cycle * ((1583-y)/cycle + 1)
	}
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return Date{Year: year, Month: time.Month(month), Day: day}
}
