package jurisdiction

import (
	"slices"
	"sync/atomic"
	"time"
)

// This file holds the engine behind the built-in calendars: holidays are
// rules (a fixed date, an offset from Easter, the nth weekday of a month, or a
// function of the year), each valid for a range of years and with an
// observance rule for weekends. A calendar computes a year's holidays from its
// rules once, on first use, into an immutable table.

// dateKind says how a dateRule finds its date in a year.
type dateKind uint8

const (
	onFixed   dateKind = iota + 1 // month and day
	onEaster                      // offset days from Easter Sunday
	onWeekday                     // nth weekday of a month; n < 0 counts from the end
	onFunc                        // a function of the year
)

// dateRule finds a holiday's date in a given year.
type dateRule struct {
	kind    dateKind
	month   time.Month
	day     int // onFixed: day of month; onEaster: offset; onWeekday: n
	weekday time.Weekday
	fn      func(year int) (Date, bool)
}

func fixed(m time.Month, d int) dateRule         { return dateRule{kind: onFixed, month: m, day: d} }
func easterOffset(days int) dateRule             { return dateRule{kind: onEaster, day: days} }
func yearFunc(f func(int) (Date, bool)) dateRule { return dateRule{kind: onFunc, fn: f} }

// nthWeekday is the nth (1–5) weekday of month m; n = -1 is the last one.
func nthWeekday(n int, w time.Weekday, m time.Month) dateRule {
	return dateRule{kind: onWeekday, month: m, day: n, weekday: w}
}

// once is a one-off holiday on a single date.
func once(y int, m time.Month, d int) dateRule {
	return yearFunc(func(year int) (Date, bool) {
		return Date{Year: y, Month: m, Day: d}, year == y
	})
}

// date returns the rule's date in year y, or false if it has none that year.
func (r dateRule) date(y int) (Date, bool) {
	switch r.kind {
	case onFixed:
		return Date{Year: y, Month: r.month, Day: r.day}, true
	case onEaster:
		return Easter(y).AddDays(r.day), true
	case onWeekday:
		return nthWeekdayOf(y, r.month, r.weekday, r.day), true
	case onFunc:
		return r.fn(y)
	}
	return Date{}, false
}

// nthWeekdayOf returns the nth weekday w of month m in year y (n = 1 is the
// first; n = -1 the last).
func nthWeekdayOf(y int, m time.Month, w time.Weekday, n int) Date {
	if n < 0 {
		last := Date{Year: y, Month: m, Day: daysIn(y, m)}
		back := (int(last.Weekday()) - int(w) + 7) % 7
		return last.AddDays(-back - 7*(-n-1))
	}
	first := Date{Year: y, Month: m, Day: 1}
	ahead := (int(w) - int(first.Weekday()) + 7) % 7
	return first.AddDays(ahead + 7*(n-1))
}

// observance says what happens when a holiday falls on a weekend. The
// holiday's own date stays a holiday in every case (it is a non-working day
// anyway); the observance may add another day.
type observance uint8

const (
	// observeNone: nothing moves (most continental European holidays).
	observeNone observance = iota
	// observeSubstitute: a holiday on a Saturday or Sunday gives a
	// substitute day on the next weekday that is not already a holiday
	// (UK bank holidays under the Banking and Financial Dealings Act 1971 and
	// the yearly proclamations).
	observeSubstitute
	// observeNearest: Saturday → the Friday before, Sunday → the Monday after
	// (US federal holidays, 5 U.S.C. §6103(b) and Executive Order 11582;
	// California's Veterans Day, Gov. Code §6701).
	observeNearest
	// observeSundayToMonday: Sunday → the Monday after, Saturday stays
	// (California, Gov. Code §6701).
	observeSundayToMonday
)

// holidayRule is one named holiday of a calendar.
type holidayRule struct {
	name    string
	on      dateRule
	from    int   // first year it exists; 0 = always
	until   int   // last year it exists; 0 = still in force
	except  []int // years in which it does not occur (moved by proclamation)
	observe observance
}

func (h holidayRule) inForce(y int) bool {
	return (h.from == 0 || y >= h.from) && (h.until == 0 || y <= h.until) && !slices.Contains(h.except, y)
}

// yearTable is the computed holidays of one year: a bit per day for a fast
// negative answer, and the sorted holidays for the name.
type yearTable struct {
	mask [12]uint32 // bit d of mask[m-1] is set when day d of month m is a holiday
	days []Holiday  // sorted by date, one entry per date
}

func (t *yearTable) lookup(d Date) (string, bool) {
	if t.mask[d.Month-1]&(1<<uint(d.Day)) == 0 {
		return "", false
	}
	for i := range t.days {
		if t.days[i].Date == d {
			return t.days[i].Name, true
		}
	}
	return "", false
}

// The cache covers the years in which deadlines can be computed (see
// [ErrDateRange]); other years are computed on every call.
const (
	cacheFirstYear = 1970
	cacheYears     = 256
)

// ruleCalendar is a built-in [Calendar] defined by rules. Its per-year tables
// are computed on first use and then never change: the cache is write-once
// per year (an atomic pointer, set at most once to an immutable table), which
// makes a ruleCalendar safe for concurrent use and lets the built-in
// calendars be shared values. This is the one kind of state the package
// keeps: like encoding/json's cache of per-type encoders, it is invisible
// except in speed.
type ruleCalendar struct {
	name  string
	rules []holidayRule
	years [cacheYears]atomic.Pointer[yearTable]
}

func newRuleCalendar(name string, rules ...[]holidayRule) *ruleCalendar {
	return &ruleCalendar{name: name, rules: slices.Concat(rules...)}
}

// Name returns the calendar's name.
func (c *ruleCalendar) Name() string { return c.name }

// Holiday reports whether d is a public holiday of c.
func (c *ruleCalendar) Holiday(d Date) (string, bool) {
	if !d.IsValid() {
		return "", false
	}
	return c.table(d.Year).lookup(d)
}

func (c *ruleCalendar) table(y int) *yearTable {
	i := y - cacheFirstYear
	if i < 0 || i >= cacheYears {
		return c.build(y)
	}
	if t := c.years[i].Load(); t != nil {
		return t
	}
	// Two goroutines may build the same year at once; both tables are equal
	// and the first stored wins.
	c.years[i].CompareAndSwap(nil, c.build(y))
	return c.years[i].Load()
}

// build computes the holidays of year y. Observed and substitute days can
// cross a year boundary (a US New Year's Day on a Saturday is observed on
// 31 December of the year before), so the neighbouring years are computed
// too and only the days in y kept.
func (c *ruleCalendar) build(y int) *yearTable {
	var all []Holiday
	for yy := y - 1; yy <= y+1; yy++ {
		all = append(all, c.holidaysOf(yy)...)
	}
	t := &yearTable{}
	slices.SortStableFunc(all, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	for _, h := range all {
		if h.Date.Year != y {
			continue
		}
		if n := len(t.days); n > 0 && t.days[n-1].Date == h.Date {
			if t.days[n-1].Name != h.Name {
				t.days[n-1].Name += "; " + h.Name
			}
			continue
		}
		t.days = append(t.days, h)
		t.mask[h.Date.Month-1] |= 1 << uint(h.Date.Day)
	}
	return t
}

// holidaysOf returns the holidays generated by the rules in force in year y,
// their observed and substitute days included, in no particular order.
func (c *ruleCalendar) holidaysOf(y int) []Holiday {
	type occurrence struct {
		rule *holidayRule
		date Date
	}
	var occ []occurrence
	for i := range c.rules {
		r := &c.rules[i]
		if !r.inForce(y) {
			continue
		}
		if d, ok := r.on.date(y); ok && d.IsValid() {
			occ = append(occ, occurrence{r, d})
		}
	}
	slices.SortStableFunc(occ, func(a, b occurrence) int { return a.date.Compare(b.date) })

	out := make([]Holiday, 0, len(occ)+4)
	taken := make(map[Date]bool, len(occ)+4)
	isWeekend := func(d Date) bool { w := d.Weekday(); return w == time.Saturday || w == time.Sunday }
	for _, o := range occ {
		out = append(out, Holiday{Date: o.date, Name: o.rule.name})
		if !isWeekend(o.date) {
			taken[o.date] = true
		}
	}
	for _, o := range occ {
		w := o.date.Weekday()
		switch o.rule.observe {
		case observeNearest:
			switch w {
			case time.Saturday:
				out = append(out, Holiday{Date: o.date.AddDays(-1), Name: o.rule.name + " (observed)"})
			case time.Sunday:
				out = append(out, Holiday{Date: o.date.AddDays(1), Name: o.rule.name + " (observed)"})
			}
		case observeSundayToMonday:
			if w == time.Sunday {
				out = append(out, Holiday{Date: o.date.AddDays(1), Name: o.rule.name + " (observed)"})
			}
		}
	}
	// Substitute days go, in date order, to the next weekday that no other
	// holiday occupies: with Christmas on a Saturday and Boxing Day on a
	// Sunday, Christmas is substituted on Monday 27 and Boxing Day on
	// Tuesday 28 December.
	for _, o := range occ {
		if o.rule.observe != observeSubstitute || !isWeekend(o.date) {
			continue
		}
		d := o.date.AddDays(1)
		for isWeekend(d) || taken[d] {
			d = d.AddDays(1)
		}
		taken[d] = true
		out = append(out, Holiday{Date: d, Name: o.rule.name + " (substitute day)"})
	}
	return out
}
