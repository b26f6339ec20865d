package pii_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

func TestMaskByCategory(t *testing.T) {
	t.Parallel()
	tests := []struct {
		c        pii.Category
		in, want string
	}{
		{pii.CategoryEmail, "alice@example.com", "***@example.com"},
		{pii.CategoryPhone, "+91 98765 43210", "********3210"},
		{pii.CategoryPhone, "(020) 7946-0018", "*******0018"},
		{pii.CategoryPhone, "555 0143", "*****43"},
		{pii.CategoryPhone, "12345", "[REDACTED]"},
		{pii.CategoryPhone, "call 555 0143", "[REDACTED]"},
		{pii.CategoryCard, "4111 1111 1111 1111", "411111******1111"},
		{pii.CategoryIP, "203.0.113.77", "203.0.113.0"},
		{pii.CategoryBirthDate, "1990-05-17", "1990-**-**"},
		{pii.CategoryBirthDate, "17.05.1990", "1990-**-**"},
		{pii.CategoryBirthDate, "20060102", "2006-**-**"},
		{pii.CategoryBirthDate, "1990-05-17T10:00:00Z", "1990-**-**"},
		{pii.CategoryBirthDate, "May 1990", "[REDACTED]"},
		{pii.CategoryName, "Alice Smith", "A. S."},
		{pii.CategoryName, "  álvaro   de la  Peña ", "á. d. l. P."},
		{pii.CategoryURL, "https://user:pw@example.com:8443/reset?token=abc#x", "https://example.com:8443"},
		{pii.CategoryURL, "/relative/path", "[REDACTED]"},
		{pii.CategoryGeo, "18.52043, 73.85674", "18.5,73.9"},
		{pii.CategoryGeo, "-33.86,151.21", "-33.9,151.2"},
		{pii.CategoryGeo, "91,0", "[REDACTED]"},
		{pii.CategoryAadhaar, "2345 6789 0123", "XXXX XXXX 0123"},
		{pii.CategoryAadhaar, "2345678901", "[REDACTED]"},
		{pii.CategorySSN, "123-45-6789", "***-**-6789"},
		{pii.CategoryPAN, "ABCDE1234F", "******234F"},
		{pii.CategoryNINO, "QQ 12 34 56 C", "******56C"},
		{pii.CategoryBankAccount, "GB82 WEST 1234 5698 7654 32", "******************5432"},
		{pii.CategoryPassport, "A1234567", "*****567"},
		{pii.CategoryPassport, "A12345", "[REDACTED]"},
		{pii.CategoryDeviceID, "38400000-8cf0-11bd-b23e-10b96e40000d", "****************************000d"},
		// No partial form: the marker.
		{pii.CategoryAddress, "1 Main Street", "[REDACTED]"},
		{pii.CategoryUsername, "alice", "[REDACTED]"},
		{pii.CategoryHealth, "flu", "[REDACTED]"},
		{pii.CategoryGender, "female", "[REDACTED]"},
		// Empty stays empty: nothing to protect.
		{pii.CategoryEmail, "", ""},
	}
	for _, tt := range tests {
		r, err := pii.NewRedactor(&pii.Options{Overrides: []pii.Override{{Category: tt.c, Sink: pii.SinkAPI, Treatment: pii.TreatmentMask}}})
		require.NoError(t, err)
		assert.Equal(t, tt.want, r.RedactString(pii.SinkAPI, tt.c, tt.in), "mask %s %q (%s)", tt.c, tt.in, tt.c.Clause())
	}
}

func TestTreatmentsOfAString(t *testing.T) {
	t.Parallel()
	sealer, err := pii.NewAESSealer(nil, testKey("s1", 3))
	require.NoError(t, err)
	keyed := newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{testKey("k1", 1)}, Sealer: sealer})
	bare := newTestRedactor(t, nil)
	const email = "alice@example.com"
	tests := []struct {
		name  string
		r     *pii.Redactor
		tag   string
		check func(t *testing.T, got string)
	}{
		{"redact", bare, "email,redact", func(t *testing.T, got string) { assert.Equal(t, "[REDACTED]", got) }},
		{"mask", bare, "email,mask", func(t *testing.T, got string) { assert.Equal(t, "***@example.com", got) }},
		{"drop", bare, "email,drop", func(t *testing.T, got string) { assert.Empty(t, got) }},
		{"clear", bare, "email,clear", func(t *testing.T, got string) { assert.Equal(t, email, got) }},
		{"pseudonym", keyed, "email,pseudonym", func(t *testing.T, got string) {
			assert.True(t, strings.HasPrefix(got, "pii:p1:k1:"), got)
			assert.Len(t, got, len("pii:p1:k1:")+22)
		}},
		{"pseudonym without a key", bare, "email,pseudonym", func(t *testing.T, got string) {
			assert.Equal(t, "[REDACTED]", got, "fail closed")
		}},
		{"seal", keyed, "email,seal", func(t *testing.T, got string) {
			assert.True(t, strings.HasPrefix(got, "pii:s1:s1:"), got)
			assert.NotContains(t, got, "alice")
		}},
		{"seal without a sealer", bare, "email,seal", func(t *testing.T, got string) {
			assert.Equal(t, "[REDACTED]", got, "fail closed")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, s := range pii.Sinks() {
				tt.check(t, redactOne(t, tt.r, s, tt.tag, email))
			}
		})
	}
}

func TestSinkSpecificTag(t *testing.T) {
	t.Parallel()
	r := newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{testKey("k1", 1)}})
	const tag = "email,log=mask,api=clear,export=pseudonym,analytics=drop"
	assert.Equal(t, "***@example.com", redactOne(t, r, pii.SinkLog, tag, "alice@example.com"))
	assert.Equal(t, "alice@example.com", redactOne(t, r, pii.SinkAPI, tag, "alice@example.com"))
	pseudonym, err := r.Pseudonym(pii.CategoryEmail, "alice@example.com")
	require.NoError(t, err)
	assert.Equal(t, pseudonym, redactOne(t, r, pii.SinkExport, tag, "alice@example.com"))
	assert.Empty(t, redactOne(t, r, pii.SinkAnalytics, tag, "alice@example.com"))
}

// TestRedactStringMatchesStructEngine: the single place a treatment is computed.
func TestRedactStringMatchesStructEngine(t *testing.T) {
	t.Parallel()
	sealer, err := pii.NewAESSealer(nil, testKey("s1", 3))
	require.NoError(t, err)
	r := newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{testKey("k1", 1)}, Sealer: sealer, Marker: pii.TypedMarker})
	values := map[pii.Category]string{
		pii.CategoryEmail: "Alice@Example.com", pii.CategoryPhone: "+91 98765 43210", pii.CategoryCard: "4111111111111111",
		pii.CategoryIP: "203.0.113.77", pii.CategoryName: "Alice Smith", pii.CategoryPassword: "hunter22",
		pii.CategoryHealth: "flu", pii.CategorySearch: "divorce lawyer near me",
	}
	for c, v := range values {
		for _, s := range pii.Sinks() {
			want := r.RedactString(s, c, v)
			got := redactOne(t, r, s, c.String(), v)
			if r.Treatment(s, c) == pii.TreatmentSeal {
				assert.True(t, strings.HasPrefix(got, "pii:s1:"), "sealed tokens are random, but both are tokens")
				continue
			}
			assert.Equal(t, want, got, "%s in %s", c, s)
		}
	}
}
