package jurisdiction

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// onDate returns noon UTC on a civil date, the instant the tests ask about.
func onDate(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }

func ids(rs []Regime) []RegimeID {
	out := make([]RegimeID, 0, len(rs))
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func TestApplicable(t *testing.T) {
	t.Parallel()
	tests := []struct {
		place string
		at    time.Time
		want  []RegimeID
		cite  string
	}{
		{"DE", onDate(2026, 11, 30), []RegimeID{GDPR}, "GDPR Art. 3(1), Art. 99(2)"},
		{"DE", onDate(2018, 5, 25), []RegimeID{GDPR}, "GDPR Art. 99(2): applies from 2018-05-25"},
		{"EL", onDate(2026, 1, 1), []RegimeID{GDPR}, "GDPR; EL is Greece"},
		{"ES-CN", onDate(2026, 1, 1), []RegimeID{GDPR}, "TFEU Art. 349, 355(1): the Canaries are outermost"},
		{"PT-20", onDate(2026, 1, 1), []RegimeID{GDPR}, "TFEU Art. 349: the Azores"},
		{"PT-30", onDate(2026, 1, 1), []RegimeID{GDPR}, "TFEU Art. 349: Madeira"},
		{"GP", onDate(2026, 1, 1), []RegimeID{GDPR}, "TFEU Art. 349: Guadeloupe"},
		{"MF", onDate(2026, 1, 1), []RegimeID{GDPR}, "TFEU Art. 349: Saint-Martin"},
		{"AX", onDate(2026, 1, 1), []RegimeID{GDPR}, "TFEU Art. 355(4): Åland"},
		{"FR-NC", onDate(2026, 1, 1), nil, "TFEU Art. 355(2), Annex II: New Caledonia is an OCT"},
		{"NC", onDate(2026, 1, 1), nil, "TFEU Annex II: New Caledonia is an OCT"},
		{"FO", onDate(2026, 1, 1), nil, "TFEU Art. 355(5)(a): the Faroe Islands are outside"},
		{"GL", onDate(2026, 1, 1), nil, "TFEU Annex II: Greenland is an OCT"},
		{"JE", onDate(2026, 1, 1), nil, "Crown Dependency, own law"},
		{"IM", onDate(2026, 1, 1), nil, "Crown Dependency, own law"},
		{"NO", onDate(2018, 7, 19), nil, "GDPR not yet in the EEA Agreement (Decision No 154/2018)"},
		{"NO", onDate(2018, 7, 20), []RegimeID{GDPR}, "EEA Joint Committee Decision No 154/2018"},
		{"LI", onDate(2026, 1, 1), []RegimeID{GDPR}, "EEA Agreement Annex XI"},
		{"GB", onDate(2026, 11, 30), []RegimeID{UKGDPR}, "UK GDPR; European Union (Withdrawal) Act 2018 s.3"},
		{"GB", onDate(2019, 6, 1), []RegimeID{GDPR}, "GDPR applied to the UK as a member state"},
		{"GB", onDate(2020, 12, 31), []RegimeID{GDPR}, "Withdrawal Agreement Art. 127: transition period"},
		{"GB", onDate(2021, 1, 1), []RegimeID{UKGDPR}, "UK GDPR from the end of the transition period"},
		{"GB-SCT", onDate(2026, 1, 1), []RegimeID{UKGDPR}, "UK GDPR applies across the UK"},
		{"GI", onDate(2020, 6, 1), []RegimeID{GDPR}, "TFEU Art. 355(3); Withdrawal Agreement Art. 127"},
		{"GI", onDate(2021, 6, 1), nil, "Gibraltar GDPR is not modelled"},
		{"US-CA", onDate(2026, 1, 1), []RegimeID{CCPA}, "Cal. Civ. Code §1798.100 et seq."},
		{"US-CA", onDate(2019, 12, 31), nil, "CCPA operative 2020-01-01"},
		{"US-CA", onDate(2020, 1, 1), []RegimeID{CCPA}, "CCPA operative 2020-01-01"},
		{"US-TX", onDate(2024, 6, 30), nil, "TDPSA effective 2024-07-01 (law.md §10)"},
		{"US-TX", onDate(2024, 7, 1), []RegimeID{TDPSA}, "Tex. Bus. & Com. Code ch. 541, effective 2024-07-01"},
		{"US-AR", onDate(2026, 8, 1), nil, "law.md §10: Arkansas must not be encoded as comprehensive"},
		{"US-WA", onDate(2026, 1, 1), nil, "Washington's MHMDA is not comprehensive"},
		{"US-MD", onDate(2025, 12, 1), nil, "MODPA does not apply to processing before 2026-04-01"},
		{"US-MD", onDate(2026, 4, 1), []RegimeID{MODPA}, "MODPA applies to processing from 2026-04-01"},
		{"US-FL", onDate(2025, 1, 1), []RegimeID{FDBR}, "Fla. Stat. §501.701 (narrow)"},
		{"IN", onDate(2026, 11, 30), []RegimeID{DPDP}, "DPDP Act 2023; Rules notified 2025-11-13"},
		{"IN-KA", onDate(2026, 11, 30), []RegimeID{DPDP}, "DPDP Act 2023 applies across India"},
		{"IN", onDate(2025, 11, 12), nil, "before the DPDP Rules (law.md §11)"},
		{"BR", onDate(2026, 1, 1), []RegimeID{LGPD}, "Lei 13.709/2018"},
		{"BR", onDate(2020, 9, 17), nil, "LGPD in force 2020-09-18"},
		{"CA-QC", onDate(2026, 1, 1), []RegimeID{PIPEDA}, "PIPEDA S.C. 2000, c. 5"},
		{"CH", onDate(2026, 1, 1), []RegimeID{FADP}, "FADP SR 235.1"},
		{"CH-GE", onDate(2019, 1, 1), []RegimeID{FADP}, "FADP of 1992, same SR number"},
		{"SG", onDate(2026, 1, 1), []RegimeID{PDPA}, "PDPA 2012"},
		{"JP", onDate(2026, 1, 1), []RegimeID{APPI}, "APPI Act No. 57 of 2003"},
		{"AU-NSW", onDate(2026, 1, 1), []RegimeID{AUPrivacy}, "Privacy Act 1988 (Cth)"},
		{"CN", onDate(2026, 1, 1), nil, "PIPL is not modelled"},
	}
	for _, tc := range tests {
		t.Run(tc.place+"/"+tc.at.Format(time.DateOnly)+"/"+tc.cite, func(t *testing.T) {
			t.Parallel()
			got, err := Applicable(MustParsePlace(tc.place), tc.at)
			require.NoError(t, err)
			if diff := cmp.Diff(tc.want, ids(got)); tc.want != nil && diff != "" {
				t.Errorf("Applicable(%s, %s) mismatch (-want +got):\n%s", tc.place, tc.at.Format(time.DateOnly), diff)
			}
			if tc.want == nil {
				assert.Empty(t, got)
			}
		})
	}
}

// TestUSStateLaws is the golden table of law.md §10: each state law applies
// from its effective date and not the day before.
func TestUSStateLaws(t *testing.T) {
	t.Parallel()
	tests := []struct {
		place string
		id    RegimeID
		from  Date
	}{
		{"US-CA", CCPA, ymd(2020, 1, 1)},
		{"US-VA", VCDPA, ymd(2023, 1, 1)},
		{"US-CO", CPA, ymd(2023, 7, 1)},
		{"US-CT", CTDPA, ymd(2023, 7, 1)},
		{"US-UT", UCPA, ymd(2023, 12, 31)},
		{"US-TX", TDPSA, ymd(2024, 7, 1)},
		{"US-FL", FDBR, ymd(2024, 7, 1)},
		{"US-OR", OCPA, ymd(2024, 7, 1)},
		{"US-MT", MTCDPA, ymd(2024, 10, 1)},
		{"US-DE", DEDPDPA, ymd(2025, 1, 1)},
		{"US-IA", IACDPA, ymd(2025, 1, 1)},
		{"US-NE", NDPA, ymd(2025, 1, 1)},
		{"US-NH", NHPA, ymd(2025, 1, 1)},
		{"US-NJ", NJDPA, ymd(2025, 1, 15)},
		{"US-TN", TIPA, ymd(2025, 7, 1)},
		{"US-MN", MNCDPA, ymd(2025, 7, 31)},
		{"US-MD", MODPA, ymd(2026, 4, 1)}, // in force 2025-10-01, applies to processing from 2026-04-01
		{"US-IN", INCDPA, ymd(2026, 1, 1)},
		{"US-KY", KCDPA, ymd(2026, 1, 1)},
		{"US-RI", RIDTPPA, ymd(2026, 1, 1)},
	}
	seen := 0
	for _, r := range Regimes() {
		if strings.HasPrefix(string(r.ID), "US-") {
			seen++
		}
	}
	assert.Equal(t, len(tests), seen, "every US state law of law.md §10 and no other")
	for _, tc := range tests {
		t.Run(string(tc.id), func(t *testing.T) {
			t.Parallel()
			p := MustParsePlace(tc.place)
			r, ok := RegimeByID(tc.id)
			require.True(t, ok)
			assert.Equal(t, p, r.Place)
			assert.Equal(t, OptOut, r.Consent, "US state laws are opt-out for sale and targeted ads")
			assert.True(t, strings.HasPrefix(string(tc.id), tc.place+"-"), "ID carries the ISO 3166-2 code")

			got, err := Applicable(p, tc.from.Start(time.UTC))
			require.NoError(t, err)
			assert.Equal(t, []RegimeID{tc.id}, ids(got), "on %s", tc.from)

			before, err := Applicable(p, tc.from.AddDays(-1).Start(time.UTC))
			require.NoError(t, err)
			assert.Empty(t, before, "the day before %s", tc.from)
		})
	}
}

func TestMarylandInForceBeforeItApplies(t *testing.T) {
	t.Parallel()
	r, ok := RegimeByID(MODPA)
	require.True(t, ok)
	assert.Equal(t, ymd(2025, 10, 1), r.InForce, "law.md §10: MODPA effective 2025-10-01")
	assert.Equal(t, ymd(2026, 4, 1), r.Effective.From, "law.md §10: applies to processing from 2026-04-01")
}

// TestFADPCoversBothActs: the CH-FADP ID names the FADP of 19 June 1992 (in
// force 1 July 1993) and, from 2023-09-01, the revised FADP (SR 235.1; law.md
// §4.8), so it entered into force in 1993 and the revision is a milestone.
func TestFADPCoversBothActs(t *testing.T) {
	t.Parallel()
	r, ok := RegimeByID(FADP)
	require.True(t, ok)
	assert.Equal(t, ymd(1993, 7, 1), r.InForce)
	assert.Equal(t, ymd(1993, 7, 1), r.Effective.From)
	require.Len(t, r.Reached(onDate(2023, 9, 1)), 1, "revised FADP in force 2023-09-01")
	assert.Empty(t, r.Reached(onDate(2023, 8, 31)))
}

func TestFloridaIsNarrow(t *testing.T) {
	t.Parallel()
	r, ok := RegimeByID(FDBR)
	require.True(t, ok)
	assert.True(t, r.Narrow, "law.md §10: FDBR scope is ≥$1B revenue")
	assert.Contains(t, r.Scope, "US$1 billion")
	assert.True(t, r.Verify)
}

func TestCCPAHasBothDates(t *testing.T) {
	t.Parallel()
	r, ok := RegimeByID(CCPA)
	require.True(t, ok)
	assert.Equal(t, ymd(2020, 1, 1), r.Effective.From, "law.md §10: CCPA 2020-01-01")
	require.NotEmpty(t, r.Milestones)
	assert.Equal(t, ymd(2023, 1, 1), r.Milestones[0].Date, "law.md §10: CPRA 2023-01-01")
	assert.Len(t, r.Reached(onDate(2022, 12, 31)), 0)
	assert.Len(t, r.Reached(onDate(2023, 1, 1)), 1)
}

// TestDPDPPhases is the golden phase-in of the DPDP Rules 2025 (law.md §11).
func TestDPDPPhases(t *testing.T) {
	t.Parallel()
	r, ok := RegimeByID(DPDP)
	require.True(t, ok)
	tests := []struct {
		at   time.Time
		want int
	}{
		{onDate(2025, 11, 12), 0},
		{onDate(2025, 11, 13), 1}, // Rules 1, 2, 17-21
		{onDate(2026, 11, 12), 1},
		{onDate(2026, 11, 13), 2}, // Rule 4, Consent Managers
		{onDate(2027, 5, 12), 2},
		{onDate(2027, 5, 13), 3}, // Rules 3, 5-16, 22, 23
		{time.Time{}, 0},
	}
	for _, tc := range tests {
		assert.Len(t, r.Reached(tc.at), tc.want, "DPDP Rules r.1(2) on %s", tc.at.Format(time.DateOnly))
	}
	assert.Contains(t, r.Milestones[1].Event, "Consent Managers")
}

func TestApplicableErrors(t *testing.T) {
	t.Parallel()
	_, err := Applicable(Place{}, onDate(2026, 1, 1))
	assert.ErrorIs(t, err, ErrUnknownPlace)
	_, err = Applicable(MustParsePlace("US"), onDate(2026, 1, 1))
	assert.ErrorIs(t, err, ErrNeedSubdivision, "US privacy law is state law")
	_, err = Applicable(MustParsePlace("DE"), time.Time{})
	assert.ErrorIs(t, err, ErrZeroTime)
	_, err = Applicable(MustParsePlace("DE"), onDate(2018, 5, 24))
	assert.ErrorIs(t, err, ErrBeforeCoverage, "GDPR Art. 99(2): the tables start 2018-05-25")
	_, err = Applicable(MustParsePlace("DE"), onDate(1999, 1, 1))
	assert.ErrorIs(t, err, ErrBeforeCoverage)
}

// TestApplicableUsesTheInstantsLocation: an instant is a date in its own
// location, so 02:00 UTC on 1 July 2024 is still 30 June in Texas.
func TestApplicableUsesTheInstantsLocation(t *testing.T) {
	t.Parallel()
	chicago, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	instant := time.Date(2024, 7, 1, 2, 0, 0, 0, time.UTC)
	inUTC, err := Applicable(MustParsePlace("US-TX"), instant)
	require.NoError(t, err)
	assert.Equal(t, []RegimeID{TDPSA}, ids(inUTC))
	inTexas, err := Applicable(MustParsePlace("US-TX"), instant.In(chicago))
	require.NoError(t, err)
	assert.Empty(t, inTexas, "TDPSA effective 2024-07-01, local date")
}

func TestRegimeTableIsSane(t *testing.T) {
	t.Parallel()
	all := Regimes()
	require.Equal(t, 29, len(all), "9 national or EU regimes and 20 US state laws (CCPA among them)")
	seen := map[RegimeID]bool{}
	for _, r := range all {
		assert.False(t, seen[r.ID], "duplicate %s", r.ID)
		seen[r.ID] = true
		assert.NotEmpty(t, r.Name, r.ID)
		assert.NotEmpty(t, r.Citation, r.ID)
		assert.True(t, r.Effective.From.IsValid(), r.ID)
		assert.True(t, r.InForce.IsValid(), r.ID)
		assert.False(t, r.InForce.After(r.Effective.From), "%s: a law applies only once in force (InForce %s, Effective %s)", r.ID, r.InForce, r.Effective)
		if r.ID == GDPR {
			assert.True(t, r.Place.IsZero())
		} else {
			require.False(t, r.Place.IsZero(), r.ID)
			prefix := r.Place.String()
			if r.ID == UKGDPR {
				prefix = "UK"
			}
			assert.True(t, strings.HasPrefix(string(r.ID), prefix+"-"), "%s vs %s", r.ID, r.Place)
		}
		assert.True(t, slices.IsSortedFunc(r.Milestones, func(a, b Milestone) int { return a.Date.Compare(b.Date) }), r.ID)
		for _, s := range r.Signals {
			assert.Equal(t, r.ID, s.Regime)
			assert.NoError(t, validateSpan(s.Effective, s.Citation), r.ID)
		}
	}
	for _, id := range []RegimeID{GDPR, UKGDPR, DPDP, LGPD, PIPEDA, FADP, PDPA, APPI, AUPrivacy} {
		r, ok := RegimeByID(id)
		require.True(t, ok, id)
		assert.Equal(t, OptIn, r.Consent, "%s is opt-in (or encoded as such, protectively)", id)
	}
	_, ok := RegimeByID("XX-NONE")
	assert.False(t, ok)
}

func TestRegimeValuesAreCopies(t *testing.T) {
	t.Parallel()
	r, ok := RegimeByID(DPDP)
	require.True(t, ok)
	r.Milestones[0].Event = "changed"
	r.Milestones = r.Milestones[:0]
	again, _ := RegimeByID(DPDP)
	assert.Len(t, again.Milestones, 3)
	assert.NotEqual(t, "changed", again.Milestones[0].Event)
}

func TestConsentModelString(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "opt-in", OptIn.String())
	assert.Equal(t, "opt-out", OptOut.String())
	var zero ConsentModel
	assert.Equal(t, OptIn, zero, "the zero ConsentModel is the protective one")
}
