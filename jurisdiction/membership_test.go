package jurisdiction

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func codes(ps []Place) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.String()
	}
	return strings.Join(s, " ")
}

// TestMembersAroundBrexit is the golden membership on the last day of the
// UK's membership and the first day after it (Withdrawal Agreement Art. 185).
func TestMembersAroundBrexit(t *testing.T) {
	t.Parallel()
	const eu27 = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
	tests := []struct {
		bloc Bloc
		at   time.Time
		want string
	}{
		{EU, onDate(2020, 1, 31), "AT BE BG CY CZ DE DK EE ES FI FR GB GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"},
		{EU, onDate(2020, 2, 1), eu27},
		{EU, onDate(2026, 11, 30), eu27},
		{EEA, onDate(2020, 1, 31), "AT BE BG CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK"},
		{EEA, onDate(2020, 2, 1), "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK"},
	}
	for _, tc := range tests {
		got, err := tc.bloc.Members(tc.at)
		require.NoError(t, err)
		if diff := cmp.Diff(tc.want, codes(got)); diff != "" {
			t.Errorf("%v.Members(%s) mismatch (-want +got):\n%s", tc.bloc, tc.at.Format(time.DateOnly), diff)
		}
	}
	eu, _ := EU.Members(onDate(2026, 1, 1))
	assert.Len(t, eu, 27, "EU27 (law.md §6)")
	eea, _ := EEA.Members(onDate(2026, 1, 1))
	assert.Len(t, eea, 30, "EEA = EU27 + IS, LI, NO (law.md §6)")
}

func TestContains(t *testing.T) {
	t.Parallel()
	tests := []struct {
		place   string
		at      time.Time
		eu, eea bool
		cite    string
	}{
		{"GB", onDate(2020, 1, 31), true, true, "UK a member until 2020-01-31"},
		{"GB", onDate(2020, 2, 1), false, false, "Withdrawal Agreement Art. 185"},
		{"UK", onDate(2019, 1, 1), true, true, "UK alias canonicalised before the membership test (law.md §19)"},
		{"GB-NIR", onDate(2020, 2, 1), false, false, "a subdivision shares its country's membership"},
		{"DE", onDate(2026, 1, 1), true, true, "TEU Art. 52"},
		{"EL", onDate(2026, 1, 1), true, true, "EL is Greece"},
		{"HR", onDate(2026, 1, 1), true, true, "Croatia, 2013"},
		{"IS", onDate(2026, 1, 1), false, true, "EEA Agreement"},
		{"LI", onDate(2026, 1, 1), false, true, "EEA Agreement"},
		{"NO", onDate(2026, 1, 1), false, true, "EEA Agreement"},
		{"CH", onDate(2026, 1, 1), false, false, "Switzerland is in neither"},
		{"GP", onDate(2026, 1, 1), true, true, "TFEU Art. 349: Guadeloupe"},
		{"GF", onDate(2026, 1, 1), true, true, "TFEU Art. 349: French Guiana"},
		{"MQ", onDate(2026, 1, 1), true, true, "TFEU Art. 349: Martinique"},
		{"RE", onDate(2026, 1, 1), true, true, "TFEU Art. 349: Réunion"},
		{"YT", onDate(2026, 1, 1), true, true, "TFEU Art. 349: Mayotte"},
		{"MF", onDate(2026, 1, 1), true, true, "TFEU Art. 349: Saint-Martin"},
		{"AX", onDate(2026, 1, 1), true, true, "TFEU Art. 355(4): Åland"},
		{"ES-CN", onDate(2026, 1, 1), true, true, "TFEU Art. 349: Canary Islands"},
		{"ES-CE", onDate(2026, 1, 1), true, true, "Ceuta is EU territory"},
		{"PT-20", onDate(2026, 1, 1), true, true, "TFEU Art. 349: Azores"},
		{"PT-30", onDate(2026, 1, 1), true, true, "TFEU Art. 349: Madeira"},
		{"FR-971", onDate(2026, 1, 1), true, true, "ISO 3166-2:FR Guadeloupe department"},
		{"FR-MF", onDate(2026, 1, 1), true, true, "ISO 3166-2:FR Saint-Martin"},
		{"FR-NC", onDate(2026, 1, 1), false, false, "TFEU Annex II: New Caledonia"},
		{"FR-PF", onDate(2026, 1, 1), false, false, "TFEU Annex II: French Polynesia"},
		{"FR-BL", onDate(2026, 1, 1), false, false, "TFEU Annex II: Saint-Barthélemy"},
		{"FO", onDate(2026, 1, 1), false, false, "TFEU Art. 355(5)(a): Faroe Islands"},
		{"GL", onDate(2026, 1, 1), false, false, "TFEU Annex II: Greenland"},
		{"GG", onDate(2026, 1, 1), false, false, "Crown Dependency"},
		{"JE", onDate(2026, 1, 1), false, false, "Crown Dependency"},
		{"IM", onDate(2026, 1, 1), false, false, "Crown Dependency"},
		{"GG", onDate(2019, 1, 1), false, false, "Crown Dependency, also before Brexit"},
		{"NC", onDate(2026, 1, 1), false, false, "TFEU Annex II"},
		{"PF", onDate(2026, 1, 1), false, false, "TFEU Annex II"},
		{"WF", onDate(2026, 1, 1), false, false, "TFEU Annex II"},
		{"PM", onDate(2026, 1, 1), false, false, "TFEU Annex II"},
		{"BL", onDate(2026, 1, 1), false, false, "TFEU Annex II"},
		{"TF", onDate(2026, 1, 1), false, false, "TFEU Annex II"},
		{"AW", onDate(2026, 1, 1), false, false, "TFEU Annex II"},
		{"CW", onDate(2026, 1, 1), false, false, "TFEU Annex II"},
		{"SX", onDate(2026, 1, 1), false, false, "TFEU Annex II"},
		{"BQ", onDate(2026, 1, 1), false, false, "TFEU Annex II"},
		{"SJ", onDate(2026, 1, 1), false, false, "EEA Agreement Protocol 40: Svalbard"},
		{"GI", onDate(2019, 1, 1), true, true, "TFEU Art. 355(3): Gibraltar while the UK was a member"},
		{"GI", onDate(2021, 1, 1), false, false, "Gibraltar left with the UK"},
		{"MC", onDate(2026, 1, 1), false, false, "Monaco is not a member"},
	}
	for _, tc := range tests {
		p := MustParsePlace(tc.place)
		inEU, err := EU.Contains(p, tc.at)
		require.NoError(t, err)
		assert.Equal(t, tc.eu, inEU, "EU %s on %s: %s", tc.place, tc.at.Format(time.DateOnly), tc.cite)
		inEEA, err := EEA.Contains(p, tc.at)
		require.NoError(t, err)
		assert.Equal(t, tc.eea, inEEA, "EEA %s on %s: %s", tc.place, tc.at.Format(time.DateOnly), tc.cite)
	}
}

func TestBlocErrors(t *testing.T) {
	t.Parallel()
	_, err := EU.Contains(Place{}, onDate(2026, 1, 1))
	assert.ErrorIs(t, err, ErrUnknownPlace)
	_, err = EU.Contains(MustParsePlace("DE"), time.Time{})
	assert.ErrorIs(t, err, ErrZeroTime)
	_, err = EEA.Contains(MustParsePlace("DE"), onDate(2017, 1, 1))
	assert.ErrorIs(t, err, ErrBeforeCoverage)
	_, err = EU.Members(time.Time{})
	assert.ErrorIs(t, err, ErrZeroTime)

	var none Bloc
	in, err := none.Contains(MustParsePlace("DE"), onDate(2026, 1, 1))
	require.NoError(t, err)
	assert.False(t, in, "the zero Bloc contains nothing")
	members, err := none.Members(onDate(2026, 1, 1))
	require.NoError(t, err)
	assert.Empty(t, members)
	assert.Equal(t, "EU", EU.String())
	assert.Equal(t, "EEA", EEA.String())
	assert.Equal(t, "Bloc(0)", none.String())
}

// TestNotFromXText guards law.md §19: x/text's CLDR 32 data still puts GB in
// the EU; ours must not.
func TestNotFromXText(t *testing.T) {
	t.Parallel()
	in, err := EU.Contains(MustParsePlace("826"), onDate(2026, 1, 1))
	require.NoError(t, err)
	assert.False(t, in)
}
