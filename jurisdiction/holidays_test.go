package jurisdiction

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// weekdayHolidays returns the dates of the Monday-to-Friday holidays of cal in
// year: the days a published list of days off shows.
func weekdayHolidays(t *testing.T, cal Calendar, year int) []string {
	t.Helper()
	var out []string
	for h := range Holidays(cal, year) {
		if w := h.Date.Weekday(); w != time.Saturday && w != time.Sunday {
			out = append(out, h.Date.String())
		}
	}
	return out
}

func calendarFor(t *testing.T, code string) Calendar {
	t.Helper()
	c, err := CalendarFor(MustParsePlace(code))
	require.NoError(t, err, code)
	return c
}

// TestCalendarGolden checks each built-in calendar against the days off its
// government publishes. Each row names its source.
func TestCalendarGolden(t *testing.T) {
	t.Parallel()
	tests := []struct {
		place  string
		year   int
		source string
		want   string // space-separated MM-DD of the weekday holidays
	}{
		// GOV.UK bank-holidays.json (www.gov.uk/bank-holidays), 2024–2027.
		{"GB-ENG", 2024, "GOV.UK", "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26"},
		{"GB-ENG", 2025, "GOV.UK", "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26"},
		{"GB-ENG", 2026, "GOV.UK; Boxing Day substitute 28 Dec", "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28"},
		{"GB-WLS", 2027, "GOV.UK; Christmas and Boxing Day substitutes 27, 28 Dec", "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28"},
		{"GB-ENG", 2022, "GOV.UK; jubilee, state funeral, substitute days", "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27"},
		{"GB-ENG", 2023, "GOV.UK; coronation bank holiday", "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26"},
		{"GB-SCT", 2024, "GOV.UK; St Andrew's Day substitute 2 Dec", "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26"},
		{"GB-SCT", 2025, "GOV.UK; St Andrew's Day substitute 1 Dec", "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26"},
		{"GB-SCT", 2026, "GOV.UK", "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28"},
		{"GB-SCT", 2027, "GOV.UK; 2 January substitute 4 Jan", "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28"},
		{"GB-NIR", 2024, "GOV.UK; St Patrick's Day substitute 18 Mar", "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26"},
		{"GB-NIR", 2025, "GOV.UK; Boyne substitute 14 Jul", "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26"},
		{"GB-NIR", 2026, "GOV.UK; Boyne substitute 13 Jul", "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28"},
		{"GB-NIR", 2027, "GOV.UK", "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28"},
		{"GB", 2026, "days common to the three GOV.UK lists", "01-01 04-03 05-04 05-25 12-25 12-28"},

		// OPM federal holidays (5 U.S.C. §6103); Saturday → Friday, Sunday → Monday.
		{"US", 2024, "OPM", "01-01 01-15 02-19 05-27 06-19 07-04 09-02 10-14 11-11 11-28 12-25"},
		{"US", 2025, "OPM", "01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25"},
		{"US", 2026, "OPM; Independence Day observed 3 Jul", "01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25"},
		{"US", 2027, "OPM; New Year's Day 2028 observed 31 Dec 2027", "01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31"},
		{"US", 2028, "OPM; Veterans Day observed 10 Nov", "01-17 02-21 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25"},
		{"US", 2020, "OPM; before Juneteenth (2021)", "01-01 01-20 02-17 05-25 07-03 09-07 10-12 11-11 11-26 12-25"},

		// California Government Code §6700–6701 (Stats. 2022: Juneteenth, Lunar
		// New Year, Genocide Remembrance Day). VERIFY: see holidays_us.go.
		{"US-CA", 2026, "Gov. Code §6700", "01-01 01-19 02-12 02-16 02-17 03-31 04-24 05-25 06-19 09-07 09-09 09-25 10-12 11-11 11-26 12-25"},
		{"US-CA", 2027, "Gov. Code §6701: Independence Day Sun → Mon 5 Jul; Christmas on a Saturday does not move", "01-01 01-18 02-12 02-15 03-31 05-31 07-05 09-06 09-09 09-24 10-11 11-11 11-25"},
		{"US-CA", 2028, "Gov. Code §6701: Lincoln Day on a Saturday does not move; Veterans Day Sat → Fri 10 Nov", "01-17 01-26 02-21 03-31 04-24 05-29 06-19 07-04 09-04 09-22 10-09 11-10 11-23 12-25"},

		// Ireland: Organisation of Working Time Act 1997 Sch. 2; St Brigid's Day.
		{"IE", 2024, "citizensinformation.ie; St Patrick's Day on a Sunday does not move", "01-01 02-05 04-01 05-06 06-03 08-05 10-28 12-25 12-26"},
		{"IE", 2026, "citizensinformation.ie", "01-01 02-02 03-17 04-06 05-04 06-01 08-03 10-26 12-25"},
		{"IE", 2030, "St Brigid's Day: 1 February 2030 is a Friday", "01-01 02-01 04-22 05-06 06-03 08-05 10-28 12-25 12-26"},

		// Germany, nationwide days; Bavaria adds Epiphany, Corpus Christi, All Saints.
		{"DE", 2026, "Länder holiday laws", "01-01 04-03 04-06 05-01 05-14 05-25 12-25"},
		{"DE-BY", 2026, "Bayerisches Feiertagsgesetz Art. 1", "01-01 01-06 04-03 04-06 05-01 05-14 05-25 06-04 12-25"},
		{"DE-SN", 2025, "Sächsisches Feiertagsgesetz §1: Reformation Day, Buß- und Bettag", "01-01 04-18 04-21 05-01 05-29 06-09 10-03 10-31 11-19 12-25 12-26"},
		{"DE-BE", 2025, "Berlin: the one-off 8 May 2025 (Women's Day is a Saturday)", "01-01 04-18 04-21 05-01 05-08 05-29 06-09 10-03 12-25 12-26"},

		// France, Code du travail L3133-1.
		{"FR", 2026, "Code du travail L3133-1", "01-01 04-06 05-01 05-08 05-14 05-25 07-14 11-11 12-25"},
		// Netherlands, Algemene termijnenwet art. 3: King's Day 2025 on 26 April.
		{"NL", 2025, "Algemene termijnenwet art. 3", "01-01 04-18 04-21 05-05 05-29 06-09 12-25 12-26"},
		{"NL", 2026, "Algemene termijnenwet art. 3", "01-01 04-03 04-06 04-27 05-05 05-14 05-25 12-25"},
		// Spain, BOE-A-2024-21316 (2025): the nine national days common to all.
		{"ES", 2025, "BOE-A-2024-21316", "01-01 04-18 05-01 08-15 12-08 12-25"},
		// Italy, 4 October from 2026 (Legge 151/2025).
		{"IT", 2025, "Legge 260/1949", "01-01 01-06 04-21 04-25 05-01 06-02 08-15 12-08 12-25 12-26"},
		{"IT", 2027, "Legge 151/2025: St Francis on Monday 4 Oct 2027", "01-01 01-06 03-29 06-02 10-04 11-01 12-08"},
		// India, national holidays.
		{"IN", 2026, "national holidays", "01-26 10-02"},

		// Spot checks in the 2030s, counted by hand from the rules the
		// sources state (no government publishes these years yet).
		{"GB-SCT", 2033, "BFDA 1971 Sch. 1: 1 and 2 Jan on a weekend give 3 and 4 Jan; Christmas Sun, Boxing Day Mon, Christmas substitute Tue",
			"01-03 01-04 04-15 05-02 05-30 08-01 11-30 12-26 12-27"},
		{"GB-NIR", 2035, "St Patrick's Day on a Saturday, substitute Mon 19 Mar", "01-01 03-19 03-23 03-26 05-07 05-28 07-12 08-27 12-25 12-26"},
		{"US", 2033, "5 U.S.C. §6103: Juneteenth and Christmas on Sundays, observed Mondays; New Year's Day observed 31 Dec 2032",
			"01-17 02-21 05-30 06-20 07-04 09-05 10-10 11-11 11-24 12-26"},
		{"US-CA", 2034, "Gov. Code §6701: 1 Jan and 12 Feb on Sundays → Mondays; 11 Nov on a Saturday → Fri 10 Nov; 9 Sep on a Saturday stays",
			"01-02 01-16 02-13 02-20 03-31 04-24 05-29 06-19 07-04 09-04 09-22 10-09 11-10 11-23 12-25"},
		{"IE", 2033, "OWTA 1997 Sch. 2: St Brigid's Day first Monday of Feb (1 Feb is a Tuesday); October Holiday on the 31st",
			"02-07 03-17 04-18 05-02 06-06 08-01 10-31 12-26"},
		{"NL", 2031, "Algemene termijnenwet art. 3: 27 April a Sunday, King's Day Sat 26 April", "01-01 04-11 04-14 05-05 05-22 06-02 12-25 12-26"},
		{"DE-SN", 2034, "SächsFeiertagsG §1: Buß- und Bettag, the Wednesday before 23 Nov", "04-07 04-10 05-01 05-18 05-29 10-03 10-31 11-22 12-25 12-26"},
		{"FR", 2035, "Code du travail L3133-1: Easter 25 March", "01-01 03-26 05-01 05-03 05-08 05-14 08-15 11-01 12-25"},
		{"IT", 2035, "Legge 260/1949; Legge 151/2025", "01-01 03-26 04-25 05-01 08-15 10-04 11-01 12-25 12-26"},
	}
	for _, tt := range tests {
		t.Run(tt.place+"/"+itoa(tt.year), func(t *testing.T) {
			t.Parallel()
			cal := calendarFor(t, tt.place)
			var want []string
			for _, md := range strings.Fields(tt.want) {
				want = append(want, itoa(tt.year)+"-"+md)
			}
			got := weekdayHolidays(t, cal, tt.year)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s %d (%s) mismatch (-want +got):\n%s", tt.place, tt.year, tt.source, diff)
			}
		})
	}
}

func itoa(n int) string { return Date{Year: n, Month: 1, Day: 1}.String()[:4] }

func TestCalendarHolidayNames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		place string
		date  Date
		want  string
	}{
		{"DE", Date{2026, time.May, 25}, "Whit Monday (Pfingstmontag)"},
		{"GB-ENG", Date{2026, time.December, 28}, "Boxing Day (substitute day)"},
		{"GB-ENG", Date{2027, time.December, 27}, "Christmas Day (substitute day)"},
		{"GB-SCT", Date{2027, time.January, 4}, "2nd January (substitute day)"},
		{"US", Date{2027, time.December, 31}, "New Year's Day (observed)"},
		{"US", Date{2026, time.July, 3}, "Independence Day (observed)"},
		{"US-CA", Date{2026, time.November, 26}, "Thanksgiving Day"},
		{"US-CA", Date{2026, time.March, 31}, "Cesar Chavez Day"},
		{"IT", Date{2026, time.October, 4}, "St Francis of Assisi (Festa nazionale di San Francesco d'Assisi)"},
		{"IN", Date{2026, time.August, 15}, "Independence Day"},
		{"NL", Date{2026, time.April, 3}, "Good Friday (Goede Vrijdag)"},
		// Later years, computed by the same rules.
		{"GB-ENG", Date{2032, time.December, 27}, "Christmas Day (substitute day)"},
		{"GB-ENG", Date{2032, time.December, 28}, "Boxing Day (substitute day)"},
		{"US", Date{2032, time.December, 31}, "New Year's Day (observed)"},
		{"GB-NIR", Date{2035, time.March, 19}, "St Patrick's Day (substitute day)"},
		{"GB-SCT", Date{2033, time.November, 30}, "St Andrew's Day"},
		{"US-CA", Date{2035, time.February, 8}, "Lunar New Year"},
	}
	for _, tt := range tests {
		t.Run(tt.place+" "+tt.date.String(), func(t *testing.T) {
			t.Parallel()
			name, ok := calendarFor(t, tt.place).Holiday(tt.date)
			require.True(t, ok)
			assert.Equal(t, tt.want, name)
		})
	}
}

func TestCalendarNotHolidays(t *testing.T) {
	t.Parallel()
	tests := []struct {
		place string
		date  Date
		why   string
	}{
		{"IT", Date{2025, time.October, 4}, "4 October is a national holiday only from 2026 (Legge 151/2025)"},
		{"IE", Date{2026, time.April, 3}, "Good Friday is not an Irish public holiday"},
		{"GB-SCT", Date{2026, time.April, 6}, "Easter Monday is not a Scottish bank holiday"},
		{"US-CA", Date{2026, time.November, 27}, "the day after Thanksgiving is not a Gov. Code §6700 holiday"},
		{"US-CA", Date{2026, time.April, 3}, "Good Friday is a holiday only from noon to 3 p.m."},
		{"US", Date{2020, time.June, 19}, "Juneteenth became a federal holiday in 2021"},
		{"DE", Date{2026, time.January, 6}, "Epiphany is a holiday in some Länder only"},
		{"ES", Date{2026, time.January, 6}, "Epiphany may be replaced by an autonomous community"},
		{"FR", Date{2026, time.February, 30}, "an invalid date is never a holiday"},
		{"IE", Date{2035, time.March, 19}, "Irish public holidays on a weekend do not move"},
		{"US-CA", Date{2036, time.January, 28}, "Lunar New Year is known only for 2023–2035"},
	}
	for _, tt := range tests {
		t.Run(tt.place+" "+tt.date.String(), func(t *testing.T) {
			t.Parallel()
			_, ok := calendarFor(t, tt.place).Holiday(tt.date)
			assert.False(t, ok, tt.why)
		})
	}
}

// TestCalendarsAreSane checks every built-in calendar for 2024–2035: every
// holiday has a name, substitute and observed days are weekdays, and each
// year has a plausible number of days off.
func TestCalendarsAreSane(t *testing.T) {
	t.Parallel()
	for _, p := range CalendarPlaces() {
		t.Run(p.String(), func(t *testing.T) {
			t.Parallel()
			cal := calendarFor(t, p.String())
			assert.NotEmpty(t, cal.Name())
			for y := 2024; y <= 2035; y++ {
				n := 0
				for h := range Holidays(cal, y) {
					n++
					assert.NotEmpty(t, h.Name, "%s %v", p, h.Date)
					if strings.Contains(h.Name, "(substitute day)") || strings.Contains(h.Name, "(observed)") {
						w := h.Date.Weekday()
						assert.True(t, w != time.Saturday && w != time.Sunday, "%s %v is a weekend", p, h)
					}
				}
				assert.True(t, n >= 3 && n <= 25, "%s has %d holidays in %d", p, n, y)
			}
		})
	}
}

func TestCalendarFor(t *testing.T) {
	t.Parallel()
	tests := []struct {
		place string
		name  string // "" = ErrNoCalendar
	}{
		{"DE", "DE"},
		{"DE-BY", "DE-BY"},
		{"ES-CN", "ES (national days)"}, // falls back to the national days
		{"IT-25", "IT"},
		{"GB", "GB (days common to all UK nations)"},
		{"GB-ENG", "GB England and Wales"},
		{"GB-WLS", "GB England and Wales"},
		{"GB-SCT", "GB-SCT Scotland"},
		{"US", "US federal"},
		{"US-CA", "US-CA"},
		{"GP", "FR"},
		{"US-TX", ""}, // a state need not keep every federal holiday
		{"BR", ""},
		{"JP", ""},
	}
	for _, tt := range tests {
		t.Run(tt.place, func(t *testing.T) {
			t.Parallel()
			cal, err := CalendarFor(MustParsePlace(tt.place))
			if tt.name == "" {
				require.ErrorIs(t, err, ErrNoCalendar)
				assert.Nil(t, cal)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.name, cal.Name())
		})
	}
	_, err := CalendarFor(Place{})
	require.ErrorIs(t, err, ErrNoCalendar)

	// Every built-in calendar's key is a real place: none is dropped from
	// CalendarPlaces. 14 national or nation calendars, 16 Länder, and the 5
	// French overseas departments that have ISO 3166-1 codes.
	assert.Len(t, CalendarPlaces(), 14+16+5)
	assert.Len(t, CalendarPlaces(), len(builtinCalendars))
}

func TestCalendarOutsideCacheYears(t *testing.T) {
	t.Parallel()
	cal := calendarFor(t, "GB-ENG")
	name, ok := cal.Holiday(Date{2300, time.December, 25})
	require.True(t, ok, "years outside the cache are computed on the fly")
	assert.Equal(t, "Christmas Day", name)
	_, ok = cal.Holiday(Date{1960, time.December, 25})
	assert.True(t, ok)
}

func TestCalendarConcurrentUse(t *testing.T) {
	t.Parallel()
	// A fresh calendar, so that the goroutines race to fill its cache.
	cal := newRuleCalendar("test", gbCommon, gbEnglandWales)
	done := make(chan []string)
	for range 8 {
		go func() {
			var got []string
			for y := 2024; y <= 2030; y++ {
				for h := range Holidays(cal, y) {
					got = append(got, h.String())
				}
			}
			done <- got
		}()
	}
	first := <-done
	for range 7 {
		assert.Equal(t, first, <-done)
	}
}

func TestIsWorkingDay(t *testing.T) {
	t.Parallel()
	de := calendarFor(t, "DE")
	assert.False(t, IsWorkingDay(de, Date{2026, time.May, 25}), "Whit Monday")
	assert.False(t, IsWorkingDay(de, Date{2026, time.May, 23}), "Saturday")
	assert.True(t, IsWorkingDay(de, Date{2026, time.May, 26}))
	assert.False(t, IsWorkingDay(nil, Date{2026, time.May, 24}), "a nil calendar still knows Sundays")
	assert.True(t, IsWorkingDay(nil, Date{2026, time.May, 25}), "a nil calendar knows no holidays")
}
