package jurisdiction

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestObligationGolden is law.md §3 as a golden table: for each regime and
// duty, the period, and the deadline it gives from a sample start. Each row
// names its source.
func TestObligationGolden(t *testing.T) {
	t.Parallel()
	type row struct {
		source   string
		regime   RegimeID
		duty     Duty
		place    string // calendar; "" = nil
		zone     string
		start    string // RFC 3339
		period   Period
		extended string // last day with the extension; "" = none
		ack      string // last day to acknowledge; "" = none
		last     string // last day (or RFC 3339 instant for hours)
	}
	rows := []row{
		{"GDPR Art. 12(3); Reg. 1182/71 Art. 3", GDPR, DutyErasure, "DE", "Europe/Berlin",
			"2026-04-24T10:00:00+02:00", Period{1, Months}, "2026-07-24", "", "2026-05-26"},
		{"GDPR Art. 12(4)", GDPR, DutyRefusal, "FR", "Europe/Paris",
			"2026-01-31T10:00:00+01:00", Period{1, Months}, "", "", "2026-03-02"},
		{"GDPR Art. 33(1)", GDPR, DutyBreachAuthority, "DE", "Europe/Berlin",
			"2026-03-13T17:00:00+01:00", Period{72, Hours}, "", "", "2026-03-16T17:00:00+01:00"},
		{"UK GDPR Art. 12(3), ICO (before Art. 12A)", UKGDPR, DutyAccess, "GB-ENG", "Europe/London",
			"2025-09-03T10:00:00+01:00", Period{1, Months}, "2025-12-03", "", "2025-10-03"},
		{"UK GDPR Art. 12A; ICO three months from the start", UKGDPR, DutyAccess, "GB-ENG", "Europe/London",
			"2026-11-30T10:00:00Z", Period{1, Months}, "2027-03-01", "", "2026-12-30"},
		{"DPA 2018 s.164A, from 2026-06-19", UKGDPR, DutyComplaint, "GB-ENG", "Europe/London",
			"2026-07-01T10:00:00+01:00", Period{30, CalendarDays}, "", "", "2026-07-30"},
		{"UK GDPR Art. 33", UKGDPR, DutyBreachAuthority, "GB-SCT", "Europe/London",
			"2026-12-24T18:00:00Z", Period{72, Hours}, "", "", "2026-12-27T18:00:00Z"},
		{"11 CCR §7021(a)–(b); Civ. Code §1798.130(a)(2)", CCPA, DutyAccess, "US-CA", "America/Los_Angeles",
			"2026-03-01T10:00:00-08:00", Period{45, CalendarDays}, "2026-05-29", "2026-03-13", "2026-04-14"},
		{"11 CCR §7021 (correct, CPRA)", CCPA, DutyRectification, "US-CA", "America/Los_Angeles",
			"2026-03-01T10:00:00-08:00", Period{45, CalendarDays}, "2026-05-29", "2026-03-13", "2026-04-14"},
		{"11 CCR §7026(f)", CCPA, DutyOptOut, "US-CA", "America/Los_Angeles",
			"2026-11-23T10:00:00-08:00", Period{15, BusinessDays}, "", "", "2026-12-14"},
		{"11 CCR §7027(g)", CCPA, DutyLimitSensitive, "US-CA", "America/Los_Angeles",
			"2026-11-23T10:00:00-08:00", Period{15, BusinessDays}, "", "", "2026-12-14"},
		{"Civ. Code §1798.82 (SB 446), from 2026-01-01", CCPA, DutyBreachIndividuals, "US-CA", "America/Los_Angeles",
			"2026-03-13T17:00:00-07:00", Period{30, CalendarDays}, "", "", "2026-04-11"},
		{"Civ. Code §1798.82(f) (SB 446): 15 days after the residents' notice", CCPA, DutyBreachAuthority, "US-CA", "America/Los_Angeles",
			"2026-04-10T09:00:00-07:00", Period{15, CalendarDays}, "", "", "2026-04-24"},
		{"Va. Code §59.1-577(B)", VCDPA, DutyAccess, "", "America/New_York",
			"2026-03-01T10:00:00-05:00", Period{45, CalendarDays}, "2026-05-30", "", "2026-04-15"},
		{"Va. Code §59.1-577(C)", VCDPA, DutyAppeal, "", "America/New_York",
			"2026-03-01T10:00:00-05:00", Period{60, CalendarDays}, "", "", "2026-04-30"},
		{"C.R.S. §6-1-1306 (appeal 45)", CPA, DutyAppeal, "", "America/Denver",
			"2026-03-01T10:00:00-07:00", Period{45, CalendarDays}, "", "", "2026-04-15"},
		{"Tex. Bus. & Com. Code §541.052", TDPSA, DutyErasure, "", "America/Chicago",
			"2026-03-01T10:00:00-06:00", Period{45, CalendarDays}, "2026-05-30", "", "2026-04-15"},
		{"Tex. Bus. & Com. Code §541.053", TDPSA, DutyAppeal, "", "America/Chicago",
			"2026-03-01T10:00:00-06:00", Period{60, CalendarDays}, "", "", "2026-04-30"},
		{"Iowa: 90 days (Mayer Brown tracker)", IACDPA, DutyAccess, "", "America/Chicago",
			"2026-03-01T10:00:00-06:00", Period{90, CalendarDays}, "2026-07-14", "", "2026-05-30"},
		{"Rhode Island: consent revocation 15 days", RIDTPPA, DutyConsentRevocation, "", "America/New_York",
			"2026-03-01T10:00:00-05:00", Period{15, CalendarDays}, "", "", "2026-03-16"},
		{"Oregon: 45 days (Mayer Brown tracker)", OCPA, DutyAccess, "", "America/Los_Angeles",
			"2026-03-01T10:00:00-08:00", Period{45, CalendarDays}, "2026-05-30", "", "2026-04-15"},
		{"DPDP Rules 2025 r.14(3)", DPDP, DutyGrievance, "IN", "Asia/Kolkata",
			"2027-06-01T10:00:00+05:30", Period{90, CalendarDays}, "", "", "2027-08-30"},
		{"DPDP Rules 2025 r.7(2)", DPDP, DutyBreachAuthority, "IN", "Asia/Kolkata",
			"2027-08-13T20:00:00+05:30", Period{72, Hours}, "", "", "2027-08-16T20:00:00+05:30"},
		{"LGPD Art. 19(II)", LGPD, DutyAccess, "", "America/Sao_Paulo",
			"2026-05-01T10:00:00-03:00", Period{15, CalendarDays}, "", "", "2026-05-16"},
		{"Res. CD/ANPD 15/2024: 3 business days", LGPD, DutyBreachAuthority, "", "America/Sao_Paulo",
			"2026-05-07T10:00:00-03:00", Period{3, BusinessDays}, "", "", "2026-05-12"},
		{"PIPEDA s.8(3)–(4)", PIPEDA, DutyAccess, "", "America/Toronto",
			"2026-03-01T10:00:00-05:00", Period{30, CalendarDays}, "2026-04-30", "", "2026-03-31"},
		{"FADP Art. 25(7)", FADP, DutyAccess, "", "Europe/Zurich",
			"2026-03-01T10:00:00+01:00", Period{30, CalendarDays}, "", "", "2026-03-31"},
		{"PDPR 2021 reg. 5", PDPA, DutyAccess, "", "Asia/Singapore",
			"2026-03-01T10:00:00+08:00", Period{30, CalendarDays}, "", "", "2026-03-31"},
		{"PDPA s.26D(1): 3 days after the assessment", PDPA, DutyBreachAuthority, "", "Asia/Singapore",
			"2026-03-13T10:00:00+08:00", Period{3, CalendarDays}, "", "", "2026-03-16"},
		{"APPI Art. 26(1): final report 30 days", APPI, DutyBreachAuthority, "", "Asia/Tokyo",
			"2026-03-13T10:00:00+09:00", Period{30, CalendarDays}, "", "", "2026-04-12"},
		{"Privacy Act 1988 s.26WH(2): assessment 30 days", AUPrivacy, DutyBreachAssessment, "", "Australia/Sydney",
			"2026-03-13T10:00:00+11:00", Period{30, CalendarDays}, "", "", "2026-04-12"},
	}
	for _, r := range rows {
		t.Run(string(r.regime)+" "+r.duty.String(), func(t *testing.T) {
			t.Parallel()
			var cal Calendar
			if r.place != "" {
				cal = calendarFor(t, r.place)
			}
			loc := mustLoad(t, r.zone)
			start, err := time.Parse(time.RFC3339, r.start)
			require.NoError(t, err)
			start = start.In(loc)

			o, err := ObligationFor(r.regime, r.duty, start)
			require.NoError(t, err, r.source)
			assert.Equal(t, r.period, o.Period, r.source)
			assert.NotEmpty(t, o.Citation)

			d, err := o.Deadline(start, cal)
			require.NoError(t, err)
			if r.period.Unit == Hours {
				assert.Equal(t, r.last, d.End.Format(time.RFC3339), r.source)
			} else {
				assert.Equal(t, r.last, d.Last.String(), r.source)
			}

			ext, err := o.ExtendedDeadline(start, cal)
			if r.extended == "" {
				require.ErrorIs(t, err, ErrNoFixedPeriod)
			} else {
				require.NoError(t, err)
				assert.Equal(t, r.extended, ext.Last.String(), "extension: "+r.source)
			}
			ack, err := o.AcknowledgeBy(start, cal)
			if r.ack == "" {
				require.ErrorIs(t, err, ErrNoFixedPeriod)
			} else {
				require.NoError(t, err)
				assert.Equal(t, r.ack, ack.Last.String(), "acknowledgement: "+r.source)
			}
		})
	}
}

func TestObligationsNoFixedPeriod(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		source string
		regime RegimeID
		duty   Duty
		words  string
	}{
		{"GDPR Art. 34(1)", GDPR, DutyBreachIndividuals, "without undue delay"},
		{"GDPR Art. 33(2)", GDPR, DutyBreachController, "without undue delay"},
		{"UK GDPR Art. 34(1)", UKGDPR, DutyBreachIndividuals, "without undue delay"},
		{"PIPEDA s.10.1", PIPEDA, DutyBreachAuthority, "as soon as feasible"},
		{"FADP Art. 24(1)", FADP, DutyBreachAuthority, "as soon as possible"},
		{"APPI Arts. 33–35", APPI, DutyAccess, "without delay"},
		{"APP 12.4(a)(ii)", AUPrivacy, DutyAccess, "reasonable period"},
		{"Privacy Act ss.26WK, 26WL", AUPrivacy, DutyBreachAuthority, "as soon as practicable"},
		{"PDPA s.26D(2)", PDPA, DutyBreachIndividuals, "as soon as practicable"},
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			t.Parallel()
			o, err := ObligationFor(tt.regime, tt.duty, at)
			require.NoError(t, err)
			assert.False(t, o.Fixed())
			assert.Contains(t, o.Standard, tt.words)
			_, err = o.Deadline(at, nil)
			require.ErrorIs(t, err, ErrNoFixedPeriod)
			assert.Contains(t, o.String(), "no fixed period")
		})
	}
}

// TestObligationsAreEffectiveDated checks that rows change on the dates the
// law changed (law.md §1 key fact 6; anchors.md §20.4 item 20).
func TestObligationsAreEffectiveDated(t *testing.T) {
	t.Parallel()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }
	tests := []struct {
		name      string
		regime    RegimeID
		duty      Duty
		at        time.Time
		fixed     bool
		trigger   Trigger
		citation  string
		noRowWant bool
	}{
		{"UK: Art. 12(3) until 2026-02-04", UKGDPR, DutyAccess, day(2026, 2, 4), true, TriggerReceipt, "UK GDPR Art. 12(3)", false},
		{"UK: Art. 12A relevant time from 2026-02-05", UKGDPR, DutyAccess, day(2026, 2, 5), true, TriggerRelevantTime, "UK GDPR Art. 12A", false},
		{"UK: no complaint duty before 2026-06-19", UKGDPR, DutyComplaint, day(2026, 6, 18), false, 0, "", true},
		{"UK: complaint acknowledgement from 2026-06-19", UKGDPR, DutyComplaint, day(2026, 6, 19), true, TriggerReceipt, "DPA 2018 s.164A", false},
		{"CA breach: no fixed period in 2025", CCPA, DutyBreachIndividuals, day(2025, 12, 31), false, TriggerAwareness, "before SB 446", false},
		{"CA breach: 30 days from 2026-01-01 (SB 446)", CCPA, DutyBreachIndividuals, day(2026, 1, 1), true, TriggerAwareness, "SB 446", false},
		{"CA: no right to correct before the CPRA (2023)", CCPA, DutyRectification, day(2022, 12, 31), false, 0, "", true},
		{"LGPD breach: reasonable time before Res. 15/2024", LGPD, DutyBreachAuthority, day(2024, 4, 25), false, TriggerAwareness, "Art. 48 §1", false},
		{"LGPD breach: 3 business days from 2024-04-26", LGPD, DutyBreachAuthority, day(2024, 4, 26), true, TriggerAwareness, "15/2024", false},
		{"DPDP breach: Rule 7 not yet in force", DPDP, DutyBreachAuthority, day(2027, 5, 12), false, 0, "", true},
		{"DPDP breach: Rule 7 from 2027-05-13", DPDP, DutyBreachAuthority, day(2027, 5, 13), true, TriggerAwareness, "r.7(2)", false},
		{"TX: before the TDPSA applied", TDPSA, DutyAccess, day(2024, 6, 30), false, 0, "", true},
		{"TX: from 2024-07-01", TDPSA, DutyAccess, day(2024, 7, 1), true, TriggerReceipt, "§541.052", false},
		{"FADP: revised Act from 2023-09-01", FADP, DutyAccess, day(2023, 8, 31), false, 0, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			o, err := ObligationFor(tt.regime, tt.duty, tt.at)
			if tt.noRowWant {
				require.ErrorIs(t, err, ErrNoObligation)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.fixed, o.Fixed())
			assert.Equal(t, tt.trigger, o.Trigger)
			assert.Contains(t, o.Citation, tt.citation)
		})
	}
}

func TestObligationLookupErrors(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	_, err := ObligationFor(GDPR, DutyAccess, time.Time{})
	require.ErrorIs(t, err, ErrZeroTime)
	_, err = ObligationFor(GDPR, DutyAccess, time.Date(2018, 5, 24, 12, 0, 0, 0, time.UTC))
	require.ErrorIs(t, err, ErrBeforeCoverage)
	_, err = ObligationFor("XX-NOPE", DutyAccess, at)
	require.ErrorIs(t, err, ErrNoObligation)
	_, err = ObligationFor(GDPR, Duty(0), at)
	require.ErrorIs(t, err, ErrNoObligation)
	_, err = ObligationFor(GDPR, DutyOptOut, at)
	require.ErrorIs(t, err, ErrNoObligation, "the GDPR has no CCPA-style opt-out clock")
	_, err = Obligations("XX-NOPE", at)
	require.ErrorIs(t, err, ErrNoObligation)
	_, err = Obligations(GDPR, time.Time{})
	require.ErrorIs(t, err, ErrZeroTime)
}

func TestObligationVariants(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	rows, err := Obligations(LGPD, at)
	require.NoError(t, err)
	var small *Obligation
	for i := range rows {
		if rows[i].Variant == "small processing agents" {
			small = &rows[i]
		}
	}
	require.NotNil(t, small, "Res. CD/ANPD 15/2024: small processing agents have 6 business days")
	assert.Equal(t, Period{6, BusinessDays}, small.Period)

	general, err := ObligationFor(LGPD, DutyBreachAuthority, at)
	require.NoError(t, err)
	assert.Equal(t, Period{3, BusinessDays}, general.Period, "ObligationFor returns the general row")

	agency := false
	rows, err = Obligations(AUPrivacy, at)
	require.NoError(t, err)
	for _, o := range rows {
		if o.Variant == "agency" && o.Duties.Has(DutyAccess) {
			agency = true
			assert.Equal(t, Period{30, CalendarDays}, o.Period, "APP 12.4(a)(i)")
		}
	}
	assert.True(t, agency)
}

// TestObligationTableIsWellFormed checks every row of the table: a valid
// rule and trigger, a valid period or an honest standard, a citation, an
// effective span, and never two general rows for one duty on one day.
func TestObligationTableIsWellFormed(t *testing.T) {
	t.Parallel()
	table := ObligationTable()
	require.NotEmpty(t, table)
	for i, o := range table {
		assert.True(t, o.Rule.Valid(), "row %d %v", i, o)
		assert.NotZero(t, o.Trigger, "row %d %v", i, o)
		assert.NotZero(t, o.Duties, "row %d", i)
		assert.NotEmpty(t, o.Citation, "row %d %v", i, o)
		assert.NotEmpty(t, o.Standard, "row %d %v", i, o)
		assert.False(t, o.Effective.From.IsZero(), "row %d %v", i, o)
		if o.Fixed() {
			assert.NoError(t, o.Period.Validate(), "row %d", i)
		}
		if !o.Extension.IsZero() {
			assert.Equal(t, o.Period.Unit, o.Extension.Unit, "row %d: extension in the period's unit", i)
		}
		if _, ok := RegimeByID(o.Regime); !ok {
			t.Errorf("row %d: unknown regime %q", i, o.Regime)
		}
		for j := i + 1; j < len(table); j++ {
			p := table[j]
			if p.Regime != o.Regime || p.Variant != o.Variant || p.Duties&o.Duties == 0 {
				continue
			}
			overlap := (p.Effective.To.IsZero() || !p.Effective.To.Before(o.Effective.From)) &&
				(o.Effective.To.IsZero() || !o.Effective.To.Before(p.Effective.From))
			assert.False(t, overlap, "rows %d and %d overlap: %v / %v", i, j, o, p)
		}
	}
	// Every regime has at least one row.
	for _, r := range Regimes() {
		found := false
		for _, o := range table {
			found = found || o.Regime == r.ID
		}
		assert.True(t, found, "no deadline rows for %s", r.ID)
	}
}

func TestObligationTableIsACopy(t *testing.T) {
	t.Parallel()
	a := ObligationTable()
	a[0].Period = Period{99, Months}
	b := ObligationTable()
	assert.NotEqual(t, a[0].Period, b[0].Period)

	o, err := ObligationFor(CCPA, DutyAccess, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	o.Rule = RuleCaliforniaGeneral // configure the VERIFY reading for one request
	again, err := ObligationFor(CCPA, DutyAccess, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	assert.Equal(t, RuleCCPA, again.Rule)
}

func TestDutyText(t *testing.T) {
	t.Parallel()
	for d := DutyAccess; d < dutyEnd; d++ {
		b, err := d.MarshalText()
		require.NoError(t, err)
		var back Duty
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, d, back)
	}
	_, err := Duty(0).MarshalText()
	require.ErrorIs(t, err, ErrNoObligation)
	var d Duty
	require.ErrorIs(t, d.UnmarshalText([]byte("nope")), ErrNoObligation)
	assert.Equal(t, "Duty(99)", Duty(99).String())
	assert.True(t, DutyBreachAssessment.IsBreach())
	assert.False(t, DutyAccess.IsBreach())

	s := DutiesOf(DutyAccess, DutyErasure, Duty(0), Duty(200))
	assert.Equal(t, []Duty{DutyAccess, DutyErasure}, s.All())
	assert.Equal(t, "access,erasure", s.String())

	o, err := ObligationFor(GDPR, DutyAccess, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	b, err := json.Marshal(o)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"Period":"1 month"`)
	assert.Contains(t, string(b), `"Rule":"eu"`)
}

// TestUKComplaintSafeDay backs the note on the DPA 2018 s.164A row: the 30
// days "beginning with the day on which it is received" end on the 30th day
// counted from receipt. Received Friday 3 July 2026, that is Saturday
// 1 August; RuleUK rolls it to Monday 3 August, while RuleLiteral, which
// does not count the day of receipt, would end on Sunday 2 August, a day
// after the 30th day. The note therefore points to Nominal, not RuleLiteral.
func TestUKComplaintSafeDay(t *testing.T) {
	t.Parallel()
	london := mustLoad(t, "Europe/London")
	received := time.Date(2026, 7, 3, 10, 0, 0, 0, london)
	o, err := ObligationFor(UKGDPR, DutyComplaint, received)
	require.NoError(t, err)
	assert.Contains(t, o.Note, "Nominal")
	assert.NotContains(t, o.Note, "RuleLiteral")

	d, err := o.Deadline(received, calendarFor(t, "GB-ENG"))
	require.NoError(t, err)
	assert.Equal(t, "2026-08-01", d.Nominal.String(), "the 30th day beginning with 3 July")
	assert.Equal(t, "2026-08-03", d.Last.String(), "RuleUK moves off the weekend")

	literal, err := RuleLiteral.Deadline(received, o.Period, nil)
	require.NoError(t, err)
	assert.Equal(t, "2026-08-02", literal.Last.String())
	assert.True(t, literal.Last.After(d.Nominal), "RuleLiteral is not the safe reading of a period beginning with receipt")
}
