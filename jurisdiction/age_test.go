package jurisdiction

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDigitalConsentAge is the GDPR Art. 8 table of law.md §7 plus the UK,
// India and California (law.md §8).
func TestDigitalConsentAge(t *testing.T) {
	t.Parallel()
	tests := []struct {
		place  string
		at     time.Time
		age    int
		regime RegimeID
		verify bool
		cite   string
	}{
		{"AT", onDate(2026, 1, 1), 14, GDPR, false, "DSG §4(4)"},
		{"BE", onDate(2026, 1, 1), 13, GDPR, false, "GDPR Art. 8(1); Bird & Bird"},
		{"BG", onDate(2026, 1, 1), 14, GDPR, false, "SWD 2020"},
		{"HR", onDate(2026, 1, 1), 16, GDPR, false, "SWD 2020"},
		{"CY", onDate(2026, 1, 1), 14, GDPR, false, "Law 125(I)/2018 s.8"},
		{"CZ", onDate(2026, 1, 1), 15, GDPR, false, "Act 110/2019 §7"},
		{"DK", onDate(2023, 12, 31), 13, GDPR, false, "databeskyttelsesloven §6 before amendment"},
		{"DK", onDate(2024, 1, 1), 15, GDPR, false, "databeskyttelsesloven §6 amended, in force 2024-01-01"},
		{"EE", onDate(2026, 1, 1), 13, GDPR, false, "SWD 2020"},
		{"FI", onDate(2026, 1, 1), 13, GDPR, false, "Bird & Bird"},
		{"FR", onDate(2026, 1, 1), 15, GDPR, false, "Loi 78-17 art 45"},
		{"DE", onDate(2026, 1, 1), 16, GDPR, false, "no derogation"},
		{"GR", onDate(2026, 1, 1), 15, GDPR, false, "Law 4624/2019"},
		{"EL", onDate(2026, 1, 1), 15, GDPR, false, "EL alias of GR"},
		{"HU", onDate(2026, 1, 1), 16, GDPR, false, "no derogation"},
		{"IE", onDate(2026, 1, 1), 16, GDPR, false, "DPA 2018 s.31"},
		{"IT", onDate(2026, 1, 1), 14, GDPR, false, "Codice art 2-quinquies"},
		{"LV", onDate(2026, 1, 1), 13, GDPR, false, "SWD 2020"},
		{"LT", onDate(2026, 1, 1), 14, GDPR, false, "SWD 2020"},
		{"LU", onDate(2026, 1, 1), 16, GDPR, false, "SWD 2020"},
		{"MT", onDate(2026, 1, 1), 13, GDPR, false, "SWD 2020"},
		{"NL", onDate(2026, 1, 1), 16, GDPR, false, "Bird & Bird"},
		{"PL", onDate(2026, 1, 1), 16, GDPR, false, "no derogation"},
		{"PT", onDate(2026, 1, 1), 13, GDPR, false, "SWD 2020"},
		{"RO", onDate(2026, 1, 1), 16, GDPR, false, "SWD 2020"},
		{"SK", onDate(2026, 1, 1), 16, GDPR, false, "Bird & Bird"},
		{"SI", onDate(2022, 1, 1), 16, GDPR, true, "no law in SWD 2020 ⇒ default (VERIFY)"},
		{"SI", onDate(2026, 1, 1), 15, GDPR, true, "ZVOP-2 (VERIFY)"},
		{"ES", onDate(2026, 1, 1), 14, GDPR, false, "LOPDGDD art 7"},
		{"SE", onDate(2026, 1, 1), 13, GDPR, false, "Bird & Bird"},
		{"IS", onDate(2026, 1, 1), 13, GDPR, true, "VERIFY, unverified"},
		{"LI", onDate(2026, 1, 1), 16, GDPR, true, "no derogation found; VERIFY"},
		{"NO", onDate(2026, 1, 1), 13, GDPR, true, "change to 15 pending; VERIFY"},
		{"ES-CN", onDate(2026, 1, 1), 14, GDPR, false, "a subdivision uses its country's age"},
		{"PT-30", onDate(2026, 1, 1), 13, GDPR, false, "Madeira uses Portugal's age"},
		{"GP", onDate(2026, 1, 1), 15, GDPR, false, "Guadeloupe is France (TFEU Art. 349)"},
		{"AX", onDate(2026, 1, 1), 13, GDPR, false, "Åland is Finland (TFEU Art. 355(4))"},
		{"GB", onDate(2019, 1, 1), 13, GDPR, false, "DPA 2018 s.9 under the EU GDPR"},
		{"GB", onDate(2026, 1, 1), 13, UKGDPR, false, "DPA 2018 s.9; UK GDPR Art. 8"},
		{"GB-WLS", onDate(2026, 1, 1), 13, UKGDPR, false, "DPA 2018 s.9 across the UK"},
		{"IN", onDate(2026, 1, 1), 18, DPDP, false, "DPDP Act s.2(f), s.9"},
		{"US-CA", onDate(2026, 1, 1), 16, CCPA, false, "Cal. Civ. Code §1798.120(c)"},
	}
	for _, tc := range tests {
		t.Run(tc.place+"/"+tc.cite, func(t *testing.T) {
			t.Parallel()
			got, err := DigitalConsentAge(MustParsePlace(tc.place), tc.at)
			require.NoError(t, err)
			assert.Equal(t, tc.age, got.Age)
			assert.Equal(t, tc.regime, got.Regime)
			assert.Equal(t, tc.verify, got.Verify)
			assert.NotEmpty(t, got.Citation)
			assert.True(t, got.Effective.Contains(DateOf(tc.at)))
		})
	}
}

func TestDigitalConsentAgeFailsClosed(t *testing.T) {
	t.Parallel()
	tests := []struct {
		place string
		at    time.Time
		err   error
		why   string
	}{
		{"US-TX", onDate(2026, 1, 1), ErrNoAgeRule, "no age in the tables for Texas"},
		{"CN", onDate(2026, 1, 1), ErrNoAgeRule, "China is not modelled"},
		{"FR-NC", onDate(2026, 1, 1), ErrNoAgeRule, "the GDPR does not apply in New Caledonia"},
		{"FO", onDate(2026, 1, 1), ErrNoAgeRule, "the GDPR does not apply in the Faroe Islands"},
		{"NO", onDate(2018, 7, 19), ErrNoAgeRule, "the GDPR reached the EEA on 2018-07-20"},
		{"IN", onDate(2025, 11, 12), ErrNoAgeRule, "before the DPDP Rules"},
		{"US-CA", onDate(2019, 12, 31), ErrNoAgeRule, "before the CCPA"},
		{"US", onDate(2026, 1, 1), ErrNeedSubdivision, "US ages are state law"},
		{"DE", onDate(2018, 5, 24), ErrBeforeCoverage, "before the GDPR applied"},
	}
	for _, tc := range tests {
		_, err := DigitalConsentAge(MustParsePlace(tc.place), tc.at)
		assert.ErrorIs(t, err, tc.err, tc.why)
	}
	_, err := DigitalConsentAge(Place{}, onDate(2026, 1, 1))
	assert.ErrorIs(t, err, ErrUnknownPlace)
	_, err = DigitalConsentAge(MustParsePlace("DE"), time.Time{})
	assert.ErrorIs(t, err, ErrZeroTime)
}

// TestDenmarkAgeChange is the golden change of 2024-01-01 (law.md §1 fact 6).
func TestDenmarkAgeChange(t *testing.T) {
	t.Parallel()
	dk := MustParsePlace("DK")
	for d := ymd(2023, 12, 25); d.Before(ymd(2024, 1, 8)); d = d.AddDays(1) {
		got, err := DigitalConsentAge(dk, d.Start(time.UTC))
		require.NoError(t, err)
		want := 13
		if !d.Before(ymd(2024, 1, 1)) {
			want = 15
		}
		assert.Equal(t, want, got.Age, "Denmark on %s", d)
	}
}

func TestPolicyMinimumAge(t *testing.T) {
	t.Parallel()
	p := PolicyMinimumAge()
	assert.Equal(t, 18, p.Age, "policy §12.1: nobody under 18")
	assert.Contains(t, p.Citation, "§12.1")
	assert.Empty(t, p.Regime, "the policy's rule is not the law's")
	for _, r := range builtinAges() {
		assert.LessOrEqual(t, r.Age, p.Age, "policy §12.1 is at least as strict as %s in %s", r.Regime, r.Place)
	}
}

// TestSaleAuthoriser checks the CPRA bands of Cal. Civ. Code §1798.120(c).
func TestSaleAuthoriser(t *testing.T) {
	t.Parallel()
	ca := MustParsePlace("US-CA")
	tests := []struct {
		age  int
		want Authoriser
		cite string
	}{
		{0, AuthoriserParent, "§1798.120(c): under 13, parent or guardian"},
		{12, AuthoriserParent, "§1798.120(c): under 13, parent or guardian"},
		{13, AuthoriserConsumer, "§1798.120(c): 13 to 15, the consumer"},
		{15, AuthoriserConsumer, "§1798.120(c): 13 to 15, the consumer"},
		{16, AuthoriserNone, "§1798.120(a): 16 and over may opt out"},
		{70, AuthoriserNone, "§1798.120(a)"},
	}
	for _, tc := range tests {
		got, err := SaleAuthoriser(ca, onDate(2026, 1, 1), tc.age)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got.Authoriser, "age %d: %s", tc.age, tc.cite)
		assert.Contains(t, got.Citation, "§1798.120", tc.cite)
	}
	_, err := SaleAuthoriser(ca, onDate(2026, 1, 1), -1)
	assert.ErrorIs(t, err, ErrInvalidAge)
	_, err = SaleAuthoriser(MustParsePlace("US-TX"), onDate(2026, 1, 1), 14)
	assert.ErrorIs(t, err, ErrNoAgeRule, "the bands are California's")
	_, err = SaleAuthoriser(ca, onDate(2019, 6, 1), 14)
	assert.ErrorIs(t, err, ErrNoAgeRule, "before the CCPA")
	_, err = SaleAuthoriser(ca, time.Time{}, 14)
	assert.ErrorIs(t, err, ErrZeroTime)

	bands := CPRAMinorBands()
	require.Len(t, bands, 3)
	bands[0].Authoriser = AuthoriserNone
	assert.Equal(t, AuthoriserParent, CPRAMinorBands()[0].Authoriser, "the bands are returned as a copy")
	var zero Authoriser
	assert.Equal(t, AuthoriserParent, zero, "the zero Authoriser is the most protective")
	assert.Equal(t, "parent or guardian", AuthoriserParent.String())
	assert.Equal(t, "consumer", AuthoriserConsumer.String())
	assert.Equal(t, "none", AuthoriserNone.String())
}

func TestBuiltinAgesAreValid(t *testing.T) {
	t.Parallel()
	ds := Default()
	for _, r := range builtinAges() {
		assert.NoError(t, ds.validateAge(r), "%s %s", r.Place, r.Effective)
		_, err := ParsePlace(r.Place.String())
		assert.NoError(t, err)
	}
}
