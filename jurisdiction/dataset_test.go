package jurisdiction

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewWithoutOptionsIsTheBuiltin(t *testing.T) {
	t.Parallel()
	ds, err := New(nil)
	require.NoError(t, err)
	assert.Equal(t, len(Regimes()), len(ds.Regimes()))
	assert.Equal(t, AdequacyDecisions(), ds.AdequacyDecisions())
	got, err := ds.DigitalConsentAge(MustParsePlace("DK"), onDate(2026, 1, 1))
	require.NoError(t, err)
	assert.Equal(t, 15, got.Age)

	var nilDS *Dataset
	got, err = nilDS.DigitalConsentAge(MustParsePlace("DK"), onDate(2026, 1, 1))
	require.NoError(t, err, "a nil *Dataset is the built-in one")
	assert.Equal(t, 15, got.Age)
	assert.Same(t, builtin, Default())
}

// TestAgeOverride: Norway's change is pending (law.md §7, VERIFY); a user can
// encode it without touching the built-in tables.
func TestAgeOverride(t *testing.T) {
	t.Parallel()
	no := MustParsePlace("NO")
	ds, err := New(&Options{Ages: []AgeRule{
		{Age: 13, Place: no, Regime: GDPR, Citation: "Personopplysningsloven §5", Effective: Validity{From: ymd(2018, 7, 20), To: ymd(2026, 6, 30)}},
		{Age: 15, Place: no, Regime: GDPR, Citation: "Personopplysningsloven §5 as amended", Effective: Validity{From: ymd(2026, 7, 1)}},
	}})
	require.NoError(t, err)

	before, err := ds.DigitalConsentAge(no, onDate(2026, 6, 30))
	require.NoError(t, err)
	assert.Equal(t, 13, before.Age)
	after, err := ds.DigitalConsentAge(no, onDate(2026, 7, 1))
	require.NoError(t, err)
	assert.Equal(t, 15, after.Age)
	assert.False(t, after.Verify, "the user's row replaced the VERIFY row")

	builtinRow, err := DigitalConsentAge(no, onDate(2026, 7, 1))
	require.NoError(t, err)
	assert.Equal(t, 13, builtinRow.Age, "the package-level tables are unchanged")
	assert.True(t, builtinRow.Verify)

	dk, err := ds.DigitalConsentAge(MustParsePlace("DK"), onDate(2026, 7, 1))
	require.NoError(t, err)
	assert.Equal(t, 15, dk.Age, "other places keep their built-in rows")
}

// TestAdequacyOverride: if the DPF decision fell (appeal C-703/25 P is
// pending, law.md §9), a dataset can end it on a date.
func TestAdequacyOverride(t *testing.T) {
	t.Parallel()
	var rows []Adequacy
	for _, a := range AdequacyDecisions() {
		if a.Exporter == GDPR && a.Country == MustParsePlace("US") && a.Effective.To.IsZero() {
			a.Effective.To = ymd(2027, 3, 31)
			a.Note = "annulled (hypothetical)"
		}
		if a.Exporter == GDPR && a.Country == MustParsePlace("US") {
			rows = append(rows, a)
		}
	}
	require.Len(t, rows, 2, "Privacy Shield and DPF")
	ds, err := New(&Options{Adequacy: rows})
	require.NoError(t, err)
	de, us := MustParsePlace("DE"), MustParsePlace("US")
	certified := Safeguards{DPF: true}
	assert.True(t, ds.CheckTransfer(de, us, onDate(2027, 3, 31), certified).Allowed)
	assert.False(t, ds.CheckTransfer(de, us, onDate(2027, 4, 1), certified).Allowed)
	assert.True(t, CheckTransfer(de, us, onDate(2027, 4, 1), certified).Allowed, "built-in unchanged")
	assert.True(t, ds.CheckTransfer(de, MustParsePlace("CH"), onDate(2027, 4, 1), Safeguards{}).Allowed,
		"other countries keep their rows")
}

func TestSignalOverride(t *testing.T) {
	t.Parallel()
	ds, err := New(&Options{Signals: []SignalRule{
		{Regime: VCDPA, Status: SignalRequired, Effective: Validity{From: ymd(2027, 1, 1)}, Citation: "hypothetical amendment"},
	}})
	require.NoError(t, err)
	va := MustParsePlace("US-VA")
	got, err := ds.OptOutSignal(va, onDate(2027, 1, 1))
	require.NoError(t, err)
	assert.Equal(t, SignalRequired, got.Status)
	got, err = ds.OptOutSignal(va, onDate(2026, 1, 1))
	require.NoError(t, err)
	assert.Equal(t, SignalUnknown, got.Status, "the override replaced every VCDPA row")
	builtinRule, err := OptOutSignal(va, onDate(2027, 1, 1))
	require.NoError(t, err)
	assert.Equal(t, SignalNotRequired, builtinRule.Status, "built-in unchanged")
}

func TestNewRejectsInvalidOptions(t *testing.T) {
	t.Parallel()
	de := MustParsePlace("DE")
	good := Validity{From: ymd(2026, 1, 1)}
	tests := map[string]*Options{
		"age without place":       {Ages: []AgeRule{{Age: 15, Regime: GDPR, Citation: "x", Effective: good}}},
		"age zero":                {Ages: []AgeRule{{Age: 0, Place: de, Regime: GDPR, Citation: "x", Effective: good}}},
		"age too high":            {Ages: []AgeRule{{Age: 30, Place: de, Regime: GDPR, Citation: "x", Effective: good}}},
		"age unknown regime":      {Ages: []AgeRule{{Age: 15, Place: de, Regime: "XX", Citation: "x", Effective: good}}},
		"age without citation":    {Ages: []AgeRule{{Age: 15, Place: de, Regime: GDPR, Effective: good}}},
		"age without from":        {Ages: []AgeRule{{Age: 15, Place: de, Regime: GDPR, Citation: "x"}}},
		"age ends before starts":  {Ages: []AgeRule{{Age: 15, Place: de, Regime: GDPR, Citation: "x", Effective: Validity{From: ymd(2026, 1, 2), To: ymd(2026, 1, 1)}}}},
		"adequacy bad exporter":   {Adequacy: []Adequacy{{Exporter: CCPA, Country: de, Scope: ScopeWhole, Effective: good, Decision: "x"}}},
		"adequacy subdivision":    {Adequacy: []Adequacy{{Exporter: GDPR, Country: MustParsePlace("US-CA"), Scope: ScopeWhole, Effective: good, Decision: "x"}}},
		"adequacy unknown scope":  {Adequacy: []Adequacy{{Exporter: GDPR, Country: de, Effective: good, Decision: "x"}}},
		"adequacy no decision":    {Adequacy: []Adequacy{{Exporter: GDPR, Country: de, Scope: ScopeWhole, Effective: good}}},
		"signal unknown regime":   {Signals: []SignalRule{{Regime: "XX", Status: SignalRequired, Effective: good, Citation: "x"}}},
		"signal invalid status":   {Signals: []SignalRule{{Regime: CCPA, Status: 9, Effective: good, Citation: "x"}}},
		"signal without citation": {Signals: []SignalRule{{Regime: CCPA, Status: SignalRequired, Effective: good}}},
	}
	for name, opts := range tests {
		ds, err := New(opts)
		assert.ErrorIs(t, err, ErrInvalidOptions, name)
		assert.Nil(t, ds, name)
	}
}

func TestZeroDatasetFailsClosed(t *testing.T) {
	t.Parallel()
	var ds Dataset
	regimes, err := ds.Applicable(MustParsePlace("DE"), onDate(2026, 1, 1))
	require.NoError(t, err)
	assert.Empty(t, regimes)
	_, err = ds.DigitalConsentAge(MustParsePlace("DE"), onDate(2026, 1, 1))
	assert.ErrorIs(t, err, ErrNoAgeRule)
	v := ds.CheckTransfer(MustParsePlace("DE"), MustParsePlace("CH"), onDate(2026, 1, 1), Safeguards{})
	assert.False(t, v.Allowed, "no adequacy findings in the zero Dataset")
	_, ok := ds.RegimeByID(GDPR)
	assert.False(t, ok)
}

func TestDatasetConcurrentUse(t *testing.T) {
	t.Parallel()
	ds, err := New(&Options{Ages: []AgeRule{{Age: 15, Place: MustParsePlace("NO"), Regime: GDPR, Citation: "x", Effective: Validity{From: ymd(2026, 7, 1)}}}})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			for j := 0; j < 100; j++ {
				if _, err := ds.Applicable(MustParsePlace("US-CA"), onDate(2026, 1, 1)); err != nil {
					t.Error(err)
				}
				if r, err := ds.DigitalConsentAge(MustParsePlace("NO"), onDate(2026, 8, 1)); err != nil || r.Age != 15 {
					t.Error("override lost under concurrency")
				}
				_ = ds.CheckTransfer(MustParsePlace("GB"), MustParsePlace("DE"), time.Now(), Safeguards{})
			}
		})
	}
	wg.Wait()
}

// TestGDPRDefaultAge: where no row covers a GDPR place, Art. 8(1)'s default
// of 16 applies, attributed to the member state.
func TestGDPRDefaultAge(t *testing.T) {
	t.Parallel()
	fr := MustParsePlace("FR")
	ds, err := New(&Options{Ages: []AgeRule{
		{Age: 15, Place: fr, Regime: GDPR, Citation: "hypothetical later derogation", Effective: Validity{From: ymd(2030, 1, 1)}},
	}})
	require.NoError(t, err)
	for _, code := range []string{"FR", "GP", "FR-971"} {
		got, err := ds.DigitalConsentAge(MustParsePlace(code), onDate(2026, 1, 1))
		require.NoError(t, err, code)
		assert.Equal(t, 16, got.Age, "GDPR Art. 8(1) default in %s", code)
		assert.True(t, got.Default)
		assert.Equal(t, fr, got.Place, "attributed to the member state")
	}
	assert.Equal(t, ymd(2018, 5, 25), CoverageStart(), "GDPR Art. 99(2)")
}
