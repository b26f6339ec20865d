package jurisdiction

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBreachClocksPolicy15_1 is law.md §5 as a golden table: the clocks each
// regime starts when the controller becomes aware of a breach, which the
// policy (§15.1) promises to keep "in accordance with applicable law".
func TestBreachClocksPolicy15_1(t *testing.T) {
	t.Parallel()
	tests := []struct {
		source string
		regime RegimeID
		place  string
		zone   string
		aware  string
		want   []string // one line per clock: duty, variant, and the deadline or the standard
	}{
		{"GDPR Arts. 33–34: 72 hours do not roll over the weekend", GDPR, "DE", "Europe/Berlin", "2026-03-13T17:00:00+01:00", []string{
			"breach-authority due 2026-03-16T17:00:00+01:00",
			"breach-individuals: without undue delay",
			"breach-controller: without undue delay after becoming aware of it",
		}},
		{"UK GDPR Arts. 33–34", UKGDPR, "GB-ENG", "Europe/London", "2026-12-24T18:00:00Z", []string{
			"breach-authority due 2026-12-27T18:00:00Z",
			"breach-individuals: without undue delay",
			"breach-controller: without undue delay after becoming aware of it",
		}},
		{"DPDP Rules r.7: 72 hours to the Board", DPDP, "IN", "Asia/Kolkata", "2027-08-13T20:00:00+05:30", []string{
			"breach-authority due 2027-08-16T20:00:00+05:30",
			"breach-individuals: without delay, to each affected Data Principal",
		}},
		{"LGPD, Res. CD/ANPD 15/2024: 3 business days (6 for small agents)", LGPD, "", "America/Sao_Paulo", "2026-05-07T10:00:00-03:00", []string{
			"breach-authority,breach-individuals due 2026-05-12",
			"breach-authority,breach-individuals (small processing agents) due 2026-05-15",
		}},
		{"Cal. Civ. Code §1798.82 (SB 446): 30 days; AG 15 days after the residents' notice", CCPA, "US-CA", "America/Los_Angeles", "2026-03-13T17:00:00-07:00", []string{
			"breach-individuals due 2026-04-11",
			"breach-authority: 15 calendar days from notice to the affected individuals",
		}},
		{"Cal. Civ. Code §1798.82 before SB 446: no fixed period", CCPA, "US-CA", "America/Los_Angeles", "2025-12-31T17:00:00-08:00", []string{
			"breach-individuals: in the most expedient time possible and without unreasonable delay",
			"breach-authority: submit a sample copy of the notice to the Attorney General",
		}},
		{"PDPA ss.26C–26D: 3 days after the assessment", PDPA, "", "Asia/Singapore", "2026-03-13T10:00:00+08:00", []string{
			"breach-assessment: in a reasonable and expeditious manner",
			"breach-authority: 3 calendar days from the finding that the breach is notifiable",
			"breach-individuals: as soon as practicable, at the same time as or after notifying the Commission",
		}},
		{"APPI Art. 26: final report 30 days (60 unlawful purpose)", APPI, "", "Asia/Tokyo", "2026-03-13T10:00:00+09:00", []string{
			"breach-authority due 2026-04-12",
			"breach-authority (unlawful purpose) due 2026-05-12",
			"breach-individuals: promptly, as the circumstances require",
		}},
		{"PIPEDA s.10.1: as soon as feasible", PIPEDA, "", "America/Toronto", "2026-03-13T10:00:00-04:00", []string{
			"breach-authority,breach-individuals: as soon as feasible after the organization determines that the breach has occurred",
		}},
		{"FADP Art. 24", FADP, "", "Europe/Zurich", "2026-03-13T10:00:00+01:00", []string{
			"breach-authority: as soon as possible",
			"breach-individuals: if necessary for their protection or if the FDPIC so requires",
		}},
		{"Privacy Act Part IIIC: 30-day assessment, then as soon as practicable", AUPrivacy, "", "Australia/Sydney", "2026-03-13T10:00:00+11:00", []string{
			"breach-assessment: 30 calendar days from reasonable grounds to suspect a breach",
			"breach-authority,breach-individuals: as soon as practicable after becoming aware of an eligible data breach",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			t.Parallel()
			var cal Calendar
			if tt.place != "" {
				cal = calendarFor(t, tt.place)
			}
			aware, err := time.Parse(time.RFC3339, tt.aware)
			require.NoError(t, err)
			aware = aware.In(mustLoad(t, tt.zone))
			clocks, err := BreachClocks(tt.regime, aware, cal)
			require.NoError(t, err)
			var got []string
			for _, c := range clocks {
				line := c.Duties.String()
				if c.Variant != "" {
					line += " (" + c.Variant + ")"
				}
				switch {
				case !c.Deadline.IsZero() && c.Period.Unit == Hours:
					line += " due " + c.Deadline.End.Format(time.RFC3339)
					assert.Equal(t, time.Duration(c.Period.N)*time.Hour, c.Deadline.End.Sub(aware), "hours are exact")
				case !c.Deadline.IsZero():
					line += " due " + c.Deadline.Last.String()
				case c.Fixed():
					line += ": " + c.Period.String() + " from " + c.Trigger.String()
				default:
					line += ": " + c.Standard
				}
				got = append(got, line)
				assert.NotEmpty(t, c.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", tt.source, diff)
			}
		})
	}
}

func TestBreachClocksLaterTrigger(t *testing.T) {
	t.Parallel()
	la := mustLoad(t, "America/Los_Angeles")
	clocks, err := BreachClocks(CCPA, time.Date(2026, 3, 13, 17, 0, 0, 0, la), nil)
	require.NoError(t, err)
	var ag BreachClock
	for _, c := range clocks {
		if c.Duties.Has(DutyBreachAuthority) {
			ag = c
		}
	}
	require.Equal(t, TriggerIndividualNotice, ag.Trigger)
	assert.True(t, ag.Deadline.IsZero(), "the AG clock cannot start before the residents are notified")
	// The residents were notified on 10 April; the AG copy is due 15 days on.
	d, err := ag.Obligation.Deadline(time.Date(2026, 4, 10, 9, 0, 0, 0, la), nil)
	require.NoError(t, err)
	assert.Equal(t, "2026-04-24", d.Last.String())
}

func TestBreachClocksErrors(t *testing.T) {
	t.Parallel()
	_, err := BreachClocks(GDPR, time.Time{}, nil)
	require.ErrorIs(t, err, ErrZeroTime)
	_, err = BreachClocks(VCDPA, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), nil)
	require.ErrorIs(t, err, ErrNoObligation, "state breach statutes are separate laws, not encoded")
	_, err = BreachClocks(DPDP, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), nil)
	require.ErrorIs(t, err, ErrNoObligation, "DPDP Rule 7 is not in force before 2027-05-13")
	_, err = BreachClocks("XX", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), nil)
	require.ErrorIs(t, err, ErrNoObligation)
}
