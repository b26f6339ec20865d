package jurisdiction

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustLoad(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	require.NoError(t, err)
	return loc
}

// TestDeadlineGolden is the golden table of legal time: each row cites the
// rule it proves.
func TestDeadlineGolden(t *testing.T) {
	t.Parallel()
	type row struct {
		name    string
		rule    Rule
		place   string // "" = nil calendar
		zone    string
		start   string // RFC 3339 local time
		period  Period
		nominal string
		last    string
		rolled  []string // "date reason" of Rolled() or Skipped()
	}
	rows := []row{
		// Reg. (EEC, Euratom) No 1182/71 (EU GDPR, Art. 12(3)).
		{"GDPR 1 month rolls over Sunday and Whit Monday (Art. 3(2)(c), 3(4))", RuleEU, "DE", "Europe/Berlin",
			"2026-04-24T10:00:00+02:00", Period{1, Months}, "2026-05-24", "2026-05-26",
			[]string{"2026-05-24 Sunday", "2026-05-25 Whit Monday (Pfingstmontag)"}},
		{"31 Jan 2024 + 1 month = 29 Feb 2024, leap year (Art. 3(2)(c))", RuleEU, "DE", "Europe/Berlin",
			"2024-01-31T09:00:00+01:00", Period{1, Months}, "2024-02-29", "2024-02-29", nil},
		{"31 Jan 2025 + 1 month = 28 Feb 2025 (Art. 3(2)(c))", RuleEU, "DE", "Europe/Berlin",
			"2025-01-31T09:00:00+01:00", Period{1, Months}, "2025-02-28", "2025-02-28", nil},
		{"31 Jan 2026 + 1 month = Sat 28 Feb, rolls to Mon 2 Mar (Art. 3(4))", RuleEU, "FR", "Europe/Paris",
			"2026-01-31T09:00:00+01:00", Period{1, Months}, "2026-02-28", "2026-03-02",
			[]string{"2026-02-28 Saturday", "2026-03-01 Sunday"}},
		{"month end on German Unity Day, a Saturday (Art. 3(4))", RuleEU, "DE", "Europe/Berlin",
			"2026-09-03T09:00:00+02:00", Period{1, Months}, "2026-10-03", "2026-10-05",
			[]string{"2026-10-03 German Unity Day (Tag der Deutschen Einheit)", "2026-10-04 Sunday"}},
		{"Member State holidays differ: Italy's 4 October 2027 (Art. 2)", RuleEU, "IT", "Europe/Rome",
			"2027-09-04T09:00:00+02:00", Period{1, Months}, "2027-10-04", "2027-10-05",
			[]string{"2027-10-04 St Francis of Assisi (Festa nazionale di San Francesco d'Assisi)"}},
		{"GDPR extension: 3 months from receipt (Art. 12(3))", RuleEU, "NL", "Europe/Amsterdam",
			"2026-01-27T09:00:00+01:00", Period{3, Months}, "2026-04-27", "2026-04-28",
			[]string{"2026-04-27 King's Day (Koningsdag)"}},
		{"event day not counted: 10 days from 1 June end 11 June (Art. 3(1))", RuleEU, "DE", "Europe/Berlin",
			"2026-06-01T23:59:00+02:00", Period{10, CalendarDays}, "2026-06-11", "2026-06-11", nil},
		{"two working days at least (Art. 3(5))", RuleEU, "DE", "Europe/Berlin",
			"2026-05-22T12:00:00+02:00", Period{2, CalendarDays}, "2026-05-24", "2026-05-27",
			[]string{"2026-05-24 Sunday", "2026-05-25 Whit Monday (Pfingstmontag)"}},
		{"working days skip Christmas (Art. 3(3))", RuleEU, "DE", "Europe/Berlin",
			"2026-12-23T12:00:00+01:00", Period{3, BusinessDays}, "2026-12-29", "2026-12-29",
			[]string{"2026-12-25 Christmas Day (1. Weihnachtstag)"}},

		// UK: ICO guidance; DPA 2018 s.54; UK GDPR Art. 12A.
		{"ICO: 3 September → 3 October", RuleUK, "GB-ENG", "Europe/London",
			"2025-09-03T15:00:00+01:00", Period{1, Months}, "2025-10-03", "2025-10-03", nil},
		{"ICO: 30 January → 29 February in a leap year", RuleUK, "GB-ENG", "Europe/London",
			"2024-01-30T15:00:00Z", Period{1, Months}, "2024-02-29", "2024-02-29", nil},
		{"ICO: 30 January → 28 February", RuleUK, "GB-ENG", "Europe/London",
			"2025-01-30T15:00:00Z", Period{1, Months}, "2025-02-28", "2025-02-28", nil},
		{"ICO: end on a bank holiday moves to the next working day", RuleUK, "GB-ENG", "Europe/London",
			"2026-04-25T10:00:00+01:00", Period{1, Months}, "2026-05-25", "2026-05-26",
			[]string{"2026-05-25 Spring bank holiday"}},
		{"the nation's bank holidays: Scotland's August holiday", RuleUK, "GB-SCT", "Europe/London",
			"2026-07-03T10:00:00+01:00", Period{1, Months}, "2026-08-03", "2026-08-04",
			[]string{"2026-08-03 Summer bank holiday"}},
		{"the nation's bank holidays: not a holiday in England", RuleUK, "GB-ENG", "Europe/London",
			"2026-07-03T10:00:00+01:00", Period{1, Months}, "2026-08-03", "2026-08-03", nil},
		{"substitute day for Boxing Day", RuleUK, "GB-ENG", "Europe/London",
			"2026-11-28T10:00:00Z", Period{1, Months}, "2026-12-28", "2026-12-29",
			[]string{"2026-12-28 Boxing Day (substitute day)"}},
		{"complaint acknowledged within 30 days beginning when received (DPA 2018 s.164A)", RuleUK, "GB-ENG", "Europe/London",
			"2026-07-01T10:00:00+01:00", Period{30, CalendarDays}, "2026-07-30", "2026-07-30", nil},
		{"ICO extension: three months from the original start date", RuleUK, "GB-ENG", "Europe/London",
			"2026-11-30T10:00:00Z", Period{3, Months}, "2027-02-28", "2027-03-01",
			[]string{"2027-02-28 Sunday"}},

		// California, 11 CCR §7021(b) (receipt day is day 1) and the general
		// rule (Code Civ. Proc. §§12, 12a).
		{"CCPA 45 days, receipt day counted (11 CCR §7021(b))", RuleCCPA, "US-CA", "America/Los_Angeles",
			"2026-03-01T10:00:00-08:00", Period{45, CalendarDays}, "2026-04-14", "2026-04-14", nil},
		{"CCPA 45 days, first day excluded (Code Civ. Proc. §12)", RuleCaliforniaGeneral, "US-CA", "America/Los_Angeles",
			"2026-03-01T10:00:00-08:00", Period{45, CalendarDays}, "2026-04-15", "2026-04-15", nil},
		{"CCPA 45 days ending on a Saturday do not move (11 CCR §7021(b))", RuleCCPA, "US-CA", "America/Los_Angeles",
			"2026-01-15T10:00:00-08:00", Period{45, CalendarDays}, "2026-02-28", "2026-02-28", nil},
		{"general rule moves past Saturday and Sunday (Code Civ. Proc. §12a)", RuleCaliforniaGeneral, "US-CA", "America/Los_Angeles",
			"2026-01-15T10:00:00-08:00", Period{45, CalendarDays}, "2026-03-01", "2026-03-02",
			[]string{"2026-03-01 Sunday"}},
		{"CCPA extended to 90 days (Civ. Code §1798.130(a)(2))", RuleCCPA, "US-CA", "America/Los_Angeles",
			"2026-01-15T10:00:00-08:00", Period{90, CalendarDays}, "2026-04-14", "2026-04-14", nil},
		{"15 business days over Thanksgiving (11 CCR §7026(f))", RuleCCPA, "US-CA", "America/Los_Angeles",
			"2026-11-23T10:00:00-08:00", Period{15, BusinessDays}, "2026-12-14", "2026-12-14",
			[]string{"2026-11-26 Thanksgiving Day"}},
		{"15 business days over Thanksgiving, receipt day excluded", RuleCaliforniaGeneral, "US-CA", "America/Los_Angeles",
			"2026-11-23T10:00:00-08:00", Period{15, BusinessDays}, "2026-12-15", "2026-12-15",
			[]string{"2026-11-26 Thanksgiving Day"}},
		{"receipt on a Saturday is not a business day", RuleCCPA, "US-CA", "America/Los_Angeles",
			"2026-11-21T10:00:00-08:00", Period{10, BusinessDays}, "2026-12-07", "2026-12-07",
			[]string{"2026-11-26 Thanksgiving Day"}},

		// A literal count: no roll.
		{"LGPD 15 days end on a Saturday (literal count)", RuleLiteral, "", "America/Sao_Paulo",
			"2026-05-01T10:00:00-03:00", Period{15, CalendarDays}, "2026-05-16", "2026-05-16", nil},
		{"nil calendar: weekends still roll", RuleEU, "", "UTC",
			"2026-04-24T10:00:00Z", Period{1, Months}, "2026-05-24", "2026-05-25",
			[]string{"2026-05-24 Sunday"}},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			t.Parallel()
			var cal Calendar
			if r.place != "" {
				cal = calendarFor(t, r.place)
			}
			loc := mustLoad(t, r.zone)
			start, err := time.ParseInLocation(time.RFC3339, r.start, loc)
			require.NoError(t, err)
			start = start.In(loc)
			d, err := r.rule.Deadline(start, r.period, cal)
			require.NoError(t, err)
			assert.Equal(t, r.nominal, d.Nominal.String(), "nominal end")
			assert.Equal(t, r.last, d.Last.String(), "last day")
			var got []string
			for _, x := range append(d.Rolled(), d.Skipped()...) {
				got = append(got, x.String())
			}
			if diff := cmp.Diff(r.rolled, got); diff != "" {
				t.Errorf("moving days mismatch (-want +got):\n%s", diff)
			}
			// The period expires at the first instant of the day after Last
			// (Reg. 1182/71 Art. 3(2)(b)): the instant before End is still
			// Last, and End is the next day, in the start's location.
			assert.Equal(t, loc, d.End.Location())
			assert.Equal(t, d.Last, DateOf(d.End.Add(-time.Nanosecond)), "the last instant in time is on Last")
			assert.Equal(t, d.Last.AddDays(1), DateOf(d.End), "End is on the day after Last")
			assert.True(t, d.InTime(d.End.Add(-time.Nanosecond)))
			assert.False(t, d.InTime(d.End))
		})
	}
}

// TestDeadlineEndWhenMidnightIsSkipped: a period whose last day is Saturday
// 5 September 2026 in Chile expires at the end of that day, which is 01:00 on
// Sunday 6 September local time (04:00 UTC), because the clocks go from 24:00
// straight to 01:00 (tz database, America/Santiago). An act at 23:30 on the
// last day is in time.
func TestDeadlineEndWhenMidnightIsSkipped(t *testing.T) {
	t.Parallel()
	santiago := mustLoad(t, "America/Santiago")
	d, err := RuleLiteral.Deadline(time.Date(2026, 8, 6, 10, 0, 0, 0, santiago), Period{30, CalendarDays}, nil)
	require.NoError(t, err)
	assert.Equal(t, "2026-09-05", d.Last.String())
	assert.Equal(t, "2026-09-06T04:00:00Z", d.End.UTC().Format(time.RFC3339))
	assert.True(t, d.InTime(time.Date(2026, 9, 5, 23, 30, 0, 0, santiago)), "23:30 on the last day is in time")
}

// TestDeadlineEdgeCases covers the corners of Reg. (EEC, Euratom) No 1182/71,
// the ICO's rule and 11 CCR §7021 that the golden table does not: starts on
// the 31st and on 29 February, month ends, runs of holidays, year ends, clock
// changes and starts late at night. Expected dates are counted by hand from
// the statutes and the governments' holiday lists (GOV.UK, Germany's
// nationwide holidays, Gov. Code §6700, OPM).
func TestDeadlineEdgeCases(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		rule   Rule
		place  string
		zone   string
		start  string // RFC 3339, parsed in zone
		period Period
		last   string
		end    string // RFC 3339 of End; "" = not checked
	}{
		{"Art. 3(2)(c): 29 Feb 2024 + 1 month = Good Friday 29 Mar, rolls over Easter to Tue 2 Apr", RuleEU, "DE", "Europe/Berlin",
			"2024-02-29T10:00:00+01:00", Period{1, Months}, "2024-04-02", "2024-04-03T00:00:00+02:00"},
		{"Art. 3(2)(c): 29 Feb 2024 + 12 months = 28 Feb 2025, no 29th", RuleEU, "DE", "Europe/Berlin",
			"2024-02-29T10:00:00+01:00", Period{12, Months}, "2025-02-28", ""},
		{"Art. 3(2)(c): 31 Mar + 1 month = 30 Apr", RuleEU, "DE", "Europe/Berlin",
			"2026-03-31T10:00:00+02:00", Period{1, Months}, "2026-04-30", ""},
		{"Art. 3(2)(c): 31 Aug + 1 month = 30 Sep", RuleEU, "DE", "Europe/Berlin",
			"2026-08-31T10:00:00+02:00", Period{1, Months}, "2026-09-30", ""},
		{"Art. 3(2)(c): 31 Oct + 1 month = 30 Nov, across the autumn clock change", RuleEU, "DE", "Europe/Berlin",
			"2026-10-31T10:00:00+01:00", Period{1, Months}, "2026-11-30", "2026-12-01T00:00:00+01:00"},
		{"Art. 3(2)(c)-(4): 31 Dec + 2 months = Sun 28 Feb 2027, rolls to Mon 1 Mar", RuleEU, "FR", "Europe/Paris",
			"2026-12-31T10:00:00+01:00", Period{2, Months}, "2027-03-01", ""},
		{"ICO: Christmas Sat, Boxing Day Sun, substitutes Mon and Tue: due Wed 29 Dec 2027", RuleUK, "GB-ENG", "Europe/London",
			"2027-11-25T10:00:00Z", Period{1, Months}, "2027-12-29", "2027-12-30T00:00:00Z"},
		{"ICO, Scotland: 1 and 2 Jan 2028 on a weekend, substitutes 3 and 4 Jan: due Wed 5 Jan", RuleUK, "GB-SCT", "Europe/London",
			"2027-12-01T10:00:00Z", Period{1, Months}, "2028-01-05", ""},
		{"ICO, England: 1 Jan 2028 on a Saturday, substitute Mon 3 Jan: due Tue 4 Jan", RuleUK, "GB-ENG", "Europe/London",
			"2027-12-01T10:00:00Z", Period{1, Months}, "2028-01-04", ""},
		{"ICO: a month ending on Sat 28 Mar 2026 rolls over the clock-change Sunday to Mon 30 Mar", RuleUK, "GB-ENG", "Europe/London",
			"2026-02-28T10:00:00Z", Period{1, Months}, "2026-03-30", "2026-03-31T00:00:00+01:00"},
		{"working days over the year end in Germany (24 and 31 Dec are working days)", RuleEU, "DE", "Europe/Berlin",
			"2027-12-20T10:00:00+01:00", Period{10, BusinessDays}, "2028-01-03", ""},
		{"11 CCR §7026(f): 15 business days over the year end; Christmas and New Year on Saturdays do not move in California (Gov. Code §6701)",
			RuleCCPA, "US-CA", "America/Los_Angeles",
			"2027-12-20T10:00:00-08:00", Period{15, BusinessDays}, "2028-01-07", ""},
		{"15 federal business days over the year end skip the observed 24 and 31 Dec 2027 (5 U.S.C. §6103(b))",
			RuleCCPA, "US", "America/New_York",
			"2027-12-20T10:00:00-05:00", Period{15, BusinessDays}, "2028-01-11", ""},
		{"11 CCR §7021(b): a request at 23:30 in Los Angeles is received that day", RuleCCPA, "US-CA", "America/Los_Angeles",
			"2026-04-30T23:30:00-07:00", Period{45, CalendarDays}, "2026-06-13", "2026-06-14T00:00:00-07:00"},
		{"the same instant read in UTC is already 1 May: express starts in local time", RuleCCPA, "US-CA", "UTC",
			"2026-05-01T06:30:00Z", Period{45, CalendarDays}, "2026-06-14", ""},
		{"Art. 3(1): a breach at 23:59 on Friday, 72 hours exact across the autumn clock change", RuleEU, "DE", "Europe/Berlin",
			"2026-10-23T23:59:00+02:00", Period{72, Hours}, "2026-10-26", "2026-10-26T22:59:00+01:00"},
		{"Art. 3(1): 72 hours across the spring clock change end an hour later on the wall clock", RuleEU, "GB-ENG", "Europe/London",
			"2026-03-27T09:00:00Z", Period{72, Hours}, "2026-03-30", "2026-03-30T10:00:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			loc := mustLoad(t, tt.zone)
			start, err := time.Parse(time.RFC3339, tt.start)
			require.NoError(t, err)
			d, err := tt.rule.Deadline(start.In(loc), tt.period, calendarFor(t, tt.place))
			require.NoError(t, err)
			assert.Equal(t, tt.last, d.Last.String())
			if tt.end != "" {
				assert.Equal(t, tt.end, d.End.Format(time.RFC3339))
			}
		})
	}
}

func TestDeadlineHoursDoNotRoll(t *testing.T) {
	t.Parallel()
	berlin := mustLoad(t, "Europe/Berlin")
	de := calendarFor(t, "DE")
	tests := []struct {
		name  string
		rule  Rule
		start time.Time
		want  string
	}{
		{"GDPR Art. 33(1): 72 hours from Friday end on Monday at the same time",
			RuleEU, time.Date(2026, 3, 6, 10, 0, 0, 0, berlin), "2026-03-09T10:00:00+01:00"},
		{"72 hours ending on a Sunday stay on the Sunday (Reg. 1182/71 Art. 3(4))",
			RuleEU, time.Date(2026, 5, 21, 9, 0, 0, 0, berlin), "2026-05-24T09:00:00+02:00"},
		{"72 hours ending on Whit Monday stay there",
			RuleEU, time.Date(2026, 5, 22, 9, 0, 0, 0, berlin), "2026-05-25T09:00:00+02:00"},
		{"72 hours are exact across the spring clock change",
			RuleEU, time.Date(2026, 3, 27, 10, 0, 0, 0, berlin), "2026-03-30T11:00:00+02:00"},
		{"UK GDPR Art. 33: hours are exact under the UK rule too",
			RuleUK, time.Date(2026, 12, 24, 18, 30, 0, 0, time.UTC), "2026-12-27T18:30:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d, err := tt.rule.Deadline(tt.start, Period{72, Hours}, de)
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.End.Format(time.RFC3339))
			assert.Equal(t, 72*time.Hour, d.End.Sub(tt.start))
			assert.Empty(t, d.Rolled())
			assert.Equal(t, DateOf(d.End), d.Last)
		})
	}
}

func TestDeadlineExplainsItself(t *testing.T) {
	t.Parallel()
	berlin := mustLoad(t, "Europe/Berlin")
	d, err := RuleEU.Deadline(time.Date(2026, 4, 24, 10, 0, 0, 0, berlin), Period{1, Months}, calendarFor(t, "DE"))
	require.NoError(t, err)
	assert.Equal(t, "due by end of 2026-05-26 (Europe/Berlin): 1 month from 2026-04-24 under Reg. (EEC, Euratom) No 1182/71 "+
		"ends on 2026-05-24, not a working day in DE (2026-05-24 Sunday; 2026-05-25 Whit Monday (Pfingstmontag)), so on the next working day",
		d.String())
	assert.Equal(t, "DE", d.Calendar)
	assert.Equal(t, 2, d.MovedCount())

	d, err = RuleCCPA.Deadline(time.Date(2026, 1, 15, 10, 0, 0, 0, time.UTC), Period{45, CalendarDays}, nil)
	require.NoError(t, err)
	assert.Contains(t, d.String(), "the rule does not move an end off a weekend or holiday")

	d, err = RuleEU.Deadline(time.Date(2026, 5, 22, 12, 0, 0, 0, berlin), Period{2, CalendarDays}, calendarFor(t, "DE"))
	require.NoError(t, err)
	assert.True(t, d.TwoWorkingDays)
	assert.Contains(t, d.String(), "two working days (Art. 3(5))")

	assert.Equal(t, "no deadline", Deadline{}.String())
}

// holidayEveryDay is a pathological user calendar.
type holidayEveryDay struct{}

func (holidayEveryDay) Name() string                { return "always" }
func (holidayEveryDay) Holiday(Date) (string, bool) { return "holiday", true }

// manyHolidays makes every day from 2026-05-01 to 2026-05-20 a holiday.
type manyHolidays struct{}

func (manyHolidays) Name() string { return "many" }
func (manyHolidays) Holiday(d Date) (string, bool) {
	if d.Year == 2026 && d.Month == time.May && d.Day <= 20 {
		return "festival", true
	}
	return "", false
}

func TestDeadlineBadInput(t *testing.T) {
	t.Parallel()
	ok := time.Date(2026, 4, 24, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		rule   Rule
		start  time.Time
		period Period
		cal    Calendar
		want   error
	}{
		{"zero time", RuleEU, time.Time{}, Period{1, Months}, nil, ErrZeroTime},
		{"zero rule", Rule(0), ok, Period{1, Months}, nil, ErrUnknownRule},
		{"unknown rule", Rule(42), ok, Period{1, Months}, nil, ErrUnknownRule},
		{"negative period", RuleEU, ok, Period{-1, Months}, nil, ErrInvalidPeriod},
		{"zero-length period", RuleEU, ok, Period{0, CalendarDays}, nil, ErrInvalidPeriod},
		{"zero period", RuleEU, ok, Period{}, nil, ErrInvalidPeriod},
		{"unknown unit", RuleEU, ok, Period{1, 7}, nil, ErrInvalidPeriod},
		{"absurd size", RuleEU, ok, Period{1 << 30, Hours}, nil, ErrInvalidPeriod},
		{"before 1970", RuleEU, time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC), Period{1, Months}, nil, ErrDateRange},
		{"after 2099", RuleEU, time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), Period{1, Months}, nil, ErrDateRange},
		{"a calendar with no working day", RuleEU, ok, Period{1, Months}, holidayEveryDay{}, ErrNoWorkingDay},
		{"business days with no working day", RuleCCPA, ok, Period{3, BusinessDays}, holidayEveryDay{}, ErrNoWorkingDay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d, err := tt.rule.Deadline(tt.start, tt.period, tt.cal)
			require.ErrorIs(t, err, tt.want)
			assert.True(t, d.IsZero(), "no deadline is returned with an error")
			assert.True(t, errors.Is(err, tt.want))
		})
	}
}

func TestDeadlineKeepsEightReasonsButCountsAll(t *testing.T) {
	t.Parallel()
	d, err := RuleEU.Deadline(time.Date(2026, 4, 1, 10, 0, 0, 0, time.UTC), Period{1, Months}, manyHolidays{})
	require.NoError(t, err)
	assert.Equal(t, "2026-05-21", d.Last.String())
	assert.Len(t, d.Rolled(), 8)
	assert.Equal(t, 20, d.MovedCount())
	assert.Contains(t, d.String(), "and 12 more")
}

// TestDeadlineProperties checks, for random starts between 1970 and 2099,
// every rule, unit and a range of calendars: a deadline is never before its
// start; a rolled deadline lands on a working day; Nominal ≤ Last; and the
// deadline never moves earlier when the start moves later (monotonic).
func TestDeadlineProperties(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	cals := []Calendar{nil, calendarFor(t, "DE"), calendarFor(t, "GB-SCT"), calendarFor(t, "US-CA"), calendarFor(t, "US")}
	zones := []*time.Location{time.UTC, mustLoad(t, "Europe/Berlin"), mustLoad(t, "America/Los_Angeles"), mustLoad(t, "Asia/Kolkata")}
	lo := time.Date(1970, 1, 2, 0, 0, 0, 0, time.UTC).Unix()
	hi := time.Date(2099, 6, 1, 0, 0, 0, 0, time.UTC).Unix()
	for i := 0; i < 4000; i++ {
		start := time.Unix(lo+rng.Int64N(hi-lo), 0).In(zones[rng.IntN(len(zones))])
		rule := Rule(1 + rng.IntN(int(RuleLiteral)))
		unit := Unit(1 + rng.IntN(int(Months)))
		n := 1 + rng.IntN(map[Unit]int{Hours: 200, CalendarDays: 120, BusinessDays: 40, Months: 14}[unit])
		cal := cals[rng.IntN(len(cals))]
		p := Period{n, unit}

		d, err := rule.Deadline(start, p, cal)
		require.NoError(t, err, "%v %v %v", rule, start, p)
		require.True(t, d.End.After(start), "deadline %v before start %v (%v, %v)", d.End, start, rule, p)
		require.False(t, d.Last.Before(d.Nominal))
		if unit != Hours && rule.rolls() {
			require.True(t, IsWorkingDay(cal, d.Last), "%v: rolled end %v is not a working day", rule, d.Last)
		}
		if unit == BusinessDays {
			require.True(t, IsWorkingDay(cal, d.Last), "business days end on a working day")
		}
		later := start.Add(time.Duration(1+rng.IntN(72)) * time.Hour)
		d2, err := rule.Deadline(later, p, cal)
		require.NoError(t, err)
		require.False(t, d2.End.Before(d.End), "not monotonic: %v → %v, but %v → %v (%v, %v)", start, d.End, later, d2.End, rule, p)
	}
}

func TestRuleText(t *testing.T) {
	t.Parallel()
	for r := RuleEU; r <= RuleLiteral; r++ {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back Rule
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
		assert.NotEmpty(t, r.Citation())
		assert.NotContains(t, r.String(), "Rule(")
	}
	_, err := Rule(0).MarshalText()
	require.ErrorIs(t, err, ErrUnknownRule)
	var r Rule
	require.ErrorIs(t, r.UnmarshalText([]byte("gdpr")), ErrUnknownRule)
	assert.Equal(t, "Rule(9)", Rule(9).String())
	assert.Equal(t, "", Rule(9).Citation())
}

// TestRuleLiteralComparedWithTheOthers checks what RuleLiteral's doc
// promises, over random starts and periods: never later than RuleEU or
// RuleCaliforniaGeneral (same count, which then roll); for calendar days,
// exactly one day after RuleCCPA (which counts the day of the event).
func TestRuleLiteralComparedWithTheOthers(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	cal := calendarFor(t, "GB-ENG")
	lo := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	for i := 0; i < 2000; i++ {
		start := time.Unix(lo+rng.Int64N(12*366*86400), 0).UTC()
		unit := []Unit{CalendarDays, Months}[rng.IntN(2)]
		p := Period{1 + rng.IntN(60), unit}
		lit, err := RuleLiteral.Deadline(start, p, cal)
		require.NoError(t, err)
		for _, r := range []Rule{RuleEU, RuleCaliforniaGeneral} {
			other, err := r.Deadline(start, p, cal)
			require.NoError(t, err)
			require.False(t, lit.Last.After(other.Last), "%v %v from %v: literal %v after %v %v", r, p, start, lit.Last, r, other.Last)
		}
		if unit == CalendarDays {
			ccpa, err := RuleCCPA.Deadline(start, p, cal)
			require.NoError(t, err)
			require.Equal(t, ccpa.Last.AddDays(1), lit.Last, "%v from %v", p, start)
		}
	}
}
