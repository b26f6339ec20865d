package pii_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

// testKey returns a deterministic 32-byte key for tests.
func testKey(id string, fill byte) pii.Key {
	return pii.Key{ID: id, Secret: bytes.Repeat([]byte{fill}, 32)}
}

func newTestRedactor(t testing.TB, opts *pii.Options) *pii.Redactor {
	t.Helper()
	r, err := pii.NewRedactor(opts)
	require.NoError(t, err)
	return r
}

// TestTaxonomyCoversPolicy checks that every kind of data the policy names (§1.3, §2.1–§2.6)
// and the government, special (GDPR Art. 9(1)), children's and location data have a category.
func TestTaxonomyCoversPolicy(t *testing.T) {
	t.Parallel()
	want := map[string][]string{
		"§2.1 identity":             {"name", "location", "birthdate", "gender", "idnumber"},
		"§2.1 credentials, §17":     {"username", "password", "secret"},
		"§2.1 contact":              {"email", "phone", "address"},
		"§2.1 tracking, §3.4, §3.5": {"ip", "deviceid", "url", "useragent"},
		"§2.2, §2.4, §2.5":          {"browsing", "behavior", "search", "usage"},
		"§2.6 payment, §3.9":        {"card", "bankaccount", "billingaddress"},
		"government identifiers":    {"aadhaar", "pan", "gstin", "ssn", "passport", "nino"},
		"GDPR Art. 9(1), Art. 10": {"health", "biometric", "genetic", "ethnicity", "politics", "religion",
			"tradeunion", "sexuality", "criminal"},
		"children, precise location": {"child", "geo"},
	}
	seen := map[pii.Category]bool{}
	for group, names := range want {
		for _, name := range names {
			c, err := pii.ParseCategory(name)
			require.NoError(t, err, "%s: %s", group, name)
			assert.Equal(t, name, c.String())
			seen[c] = true
		}
	}
	assert.Len(t, pii.Categories(), len(seen), "every category is named by the policy map above")
}

func TestCategoryProperties(t *testing.T) {
	t.Parallel()
	for _, c := range pii.Categories() {
		t.Run(c.String(), func(t *testing.T) {
			assert.True(t, c.Valid())
			assert.NotEmpty(t, c.Clause(), "every category cites its clause or statute")
			assert.NotContains(t, c.Sensitivity().String(), "Sensitivity(")
			got, err := pii.ParseCategory(c.String())
			require.NoError(t, err)
			assert.Equal(t, c, got)
			for _, s := range pii.Sinks() {
				tr := c.Treatment(s)
				assert.True(t, tr.Valid())
				assert.NotEqual(t, pii.TreatmentClear, tr, "§1.3: no default shows personal data in clear (%s)", s)
				assert.NoError(t, pii.CheckTreatment(c, s, tr), "a default obeys the policy's rules")
			}
		})
	}
}

func TestCategoryClauses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		c      pii.Category
		clause string
		sens   pii.Sensitivity
	}{
		{pii.CategoryPassword, "§17", pii.SensitivitySecret},
		{pii.CategoryEmail, "§2.1", pii.SensitivityModerate},
		{pii.CategoryCard, "§2.6", pii.SensitivityHigh},
		{pii.CategoryCard, "§3.9", pii.SensitivityHigh},
		{pii.CategoryIP, "§3.5", pii.SensitivityModerate},
		{pii.CategorySearch, "§2.5", pii.SensitivityLow},
		{pii.CategoryBrowsing, "§2.2", pii.SensitivityLow},
		{pii.CategoryHealth, "GDPR Art. 9(1)", pii.SensitivitySpecial},
		{pii.CategoryChild, "§12.1", pii.SensitivityHigh},
		{pii.CategoryCriminal, "GDPR Art. 10", pii.SensitivitySpecial},
		{pii.CategoryAadhaar, "Aadhaar Act 2016 s.29(4)", pii.SensitivityHigh},
		{pii.CategoryPAN, "Income-tax Act 2025 s.262", pii.SensitivityHigh},
		{pii.CategoryGSTIN, "CGST Act 2017 s.25", pii.SensitivityHigh},
		{pii.CategorySSN, "§1798.140(ae)(1)(A)", pii.SensitivityHigh},
		{pii.CategoryPassport, "§1798.140(ae)(1)(A)", pii.SensitivityHigh},
		{pii.CategoryGeo, "§1798.140(ae)(1)(C)", pii.SensitivityHigh},
	}
	for _, tt := range tests {
		assert.Contains(t, tt.c.Clause(), tt.clause, tt.c.String())
		assert.Equal(t, tt.sens, tt.c.Sensitivity(), tt.c.String())
	}
}

func TestInvalidCategoryFailsClosed(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"", "Email", "EMAIL", "e-mail", "data", "dive", "redact", "preserve", "subjectID", "key"} {
		_, err := pii.ParseCategory(name)
		assert.ErrorIs(t, err, pii.ErrUnknownCategory, name)
	}
	var zero pii.Category
	assert.False(t, zero.Valid())
	assert.Equal(t, "Category(0)", zero.String())
	assert.Equal(t, pii.SensitivitySecret, zero.Sensitivity(), "an invalid category is the most protective")
	for _, s := range pii.Sinks() {
		assert.Equal(t, pii.TreatmentRedact, zero.Treatment(s))
	}
	r := newTestRedactor(t, nil)
	assert.Equal(t, "[REDACTED]", r.RedactString(pii.SinkAPI, pii.Category(200), "alice@example.com"))
}

func TestSinksAndTreatments(t *testing.T) {
	t.Parallel()
	for _, s := range pii.Sinks() {
		got, err := pii.ParseSink(s.String())
		require.NoError(t, err)
		assert.Equal(t, s, got)
	}
	_, err := pii.ParseSink("logs")
	assert.ErrorIs(t, err, pii.ErrUnknownSink)
	assert.Equal(t, pii.SinkLog, pii.Sink(0), "the zero Sink is the log")
	assert.Equal(t, "Sink(9)", pii.Sink(9).String())

	for _, name := range []string{"redact", "mask", "pseudonym", "seal", "drop", "clear"} {
		tr, err := pii.ParseTreatment(name)
		require.NoError(t, err)
		assert.Equal(t, name, tr.String())
	}
	_, err = pii.ParseTreatment("hash")
	assert.ErrorIs(t, err, pii.ErrUnknownTreatment)
	assert.False(t, pii.Treatment(0).Valid())
}

func TestTypedMarker(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "[EMAIL]", pii.TypedMarker(pii.CategoryEmail))
	assert.Equal(t, "[BANKACCOUNT]", pii.TypedMarker(pii.CategoryBankAccount))
	assert.Equal(t, "[REDACTED]", pii.TypedMarker(0))

	r := newTestRedactor(t, &pii.Options{Marker: pii.TypedMarker})
	assert.Equal(t, "[PASSWORD]", r.RedactString(pii.SinkLog, pii.CategoryPassword, "hunter22"))
	assert.Equal(t, "[PASSWORD]", r.Marker(pii.CategoryPassword))
}

// TestNoTreatmentNameIsACategory keeps the tag grammar unambiguous.
func TestNoTreatmentNameIsACategory(t *testing.T) {
	t.Parallel()
	names := []string{"log", "api", "export", "analytics", "key", "-"}
	for tr := pii.Treatment(1); tr.Valid(); tr++ {
		names = append(names, tr.String())
	}
	for _, n := range names {
		_, err := pii.ParseCategory(n)
		assert.Error(t, err, n)
	}
	for _, c := range pii.Categories() {
		assert.Equal(t, strings.ToLower(c.String()), c.String())
		assert.NotContains(t, c.String(), ",")
		assert.NotContains(t, c.String(), "=")
	}
}
