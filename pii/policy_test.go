package pii_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

// taggedType returns a struct type with one string field F tagged pii:"tag".
func taggedType(tag string) reflect.Type {
	return reflect.StructOf([]reflect.StructField{{
		Name: "F", Type: reflect.TypeFor[string](), Tag: reflect.StructTag(`pii:"` + tag + `"`),
	}})
}

// redactOne redacts a value of taggedType(tag) holding s and returns the field.
func redactOne(t *testing.T, r *pii.Redactor, sink pii.Sink, tag, s string) string {
	t.Helper()
	v := reflect.New(taggedType(tag))
	v.Elem().Field(0).SetString(s)
	out, err := r.Redact(sink, v.Interface())
	require.NoError(t, err, tag)
	return reflect.ValueOf(out).Elem().Field(0).String()
}

func allTreatments() []pii.Treatment {
	var ts []pii.Treatment
	for t := pii.Treatment(1); t.Valid(); t++ {
		ts = append(ts, t)
	}
	return ts
}

// TestPolicy17PasswordNeverEmitted: §17 — a password is never emitted in any form, in any
// sink, not even pseudonymized or sealed, whatever the options and tags say.
func TestPolicy17PasswordNeverEmitted(t *testing.T) {
	t.Parallel()
	sealer, err := pii.NewAESSealer(nil, testKey("s1", 7))
	require.NoError(t, err)
	r := newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{testKey("k1", 1)}, Sealer: sealer})
	const password = "correct horse battery staple"
	for _, c := range []pii.Category{pii.CategoryPassword, pii.CategorySecret} {
		for _, s := range pii.Sinks() {
			out := r.RedactString(s, c, password)
			assert.NotContains(t, out, "horse", "§17 %s in %s", c, s)
			assert.NotContains(t, out, "pii:", "§17: no pseudonym or sealed token of a %s (%s)", c, s)
			assert.Contains(t, []string{"", "[REDACTED]"}, out, "§17 %s in %s", c, s)

			field := redactOne(t, r, s, c.String(), password)
			assert.Contains(t, []string{"", "[REDACTED]"}, field, "§17 tagged %s in %s", c, s)

			for _, tr := range allTreatments() {
				err := pii.CheckTreatment(c, s, tr)
				if tr == pii.TreatmentRedact || tr == pii.TreatmentDrop {
					assert.NoError(t, err)
					continue
				}
				var pe *pii.PolicyError
				require.ErrorAs(t, err, &pe, "§17 forbids %s of %s in %s", tr, c, s)
				assert.Equal(t, "§17", pe.Clause)
				assert.ErrorIs(t, err, pii.ErrForbiddenTreatment)

				tag := c.String() + "," + s.String() + "=" + tr.String()
				err = pii.ValidateType(taggedType(tag))
				var te *pii.TagError
				require.ErrorAs(t, err, &te, "§17: tag %q must be invalid", tag)
				assert.ErrorIs(t, err, pii.ErrInvalidTag)
				assert.ErrorIs(t, err, pii.ErrForbiddenTreatment)
				assert.Contains(t, err.Error(), "§17")

				_, err = pii.NewRedactor(&pii.Options{Overrides: []pii.Override{{Category: c, Sink: s, Treatment: tr}}})
				assert.ErrorIs(t, err, pii.ErrForbiddenTreatment, "§17: override %s of %s in %s", tr, c, s)
			}
		}
		_, err := r.Pseudonym(c, password)
		assert.ErrorIs(t, err, pii.ErrForbiddenTreatment, "§17: no pseudonym of a %s", c)
	}
	// A bare treatment in the tag is checked for every sink.
	for _, tag := range []string{"password,clear", "password,mask", "password,pseudonym", "password,seal", "secret,clear"} {
		assert.ErrorIs(t, pii.ValidateType(taggedType(tag)), pii.ErrForbiddenTreatment, "§17 %s", tag)
	}
	assert.NoError(t, pii.ValidateType(taggedType("password,drop")))
	assert.NoError(t, pii.ValidateType(taggedType("password,log=drop,api=redact")))
}

// TestPolicy26CardFirst6Last4: §2.6, §3.9 — a card shows its first 6 and last 4 digits at
// most, and payment data is never logged in clear.
func TestPolicy26CardFirst6Last4(t *testing.T) {
	t.Parallel()
	r := newTestRedactor(t, nil)
	tests := []struct {
		in, want string
	}{
		{"4111111111111111", "411111******1111"},
		{"4111 1111 1111 1111", "411111******1111"},
		{"4111-1111-1111-1111", "411111******1111"},
		{"378282246310005", "378282*****0005"},         // 15-digit Amex
		{"6011000990139424123", "601100*********4123"}, // 19 digits
		{"123456789012", "********9012"},               // 12 digits: last 4 only
		{"12345678901234", "**********1234"},           // 14 digits: last 4 only
		{"1234567890", "[REDACTED]"},                   // too short to be a card
		{"41111111111111111111", "[REDACTED]"},         // 20 digits: not a card
		{"4111 1111 1111 111x", "[REDACTED]"},          // not a number
		{"card 4111111111111111", "[REDACTED]"},        // text around it
	}
	for _, tt := range tests {
		got := r.RedactString(pii.SinkAPI, pii.CategoryCard, tt.in)
		assert.Equal(t, tt.want, got, "§2.6, §3.9: mask of %q", tt.in)
		digits := strings.Count(got, "0") + strings.Count(got, "1") + strings.Count(got, "2") + strings.Count(got, "3") +
			strings.Count(got, "4") + strings.Count(got, "5") + strings.Count(got, "6") + strings.Count(got, "7") +
			strings.Count(got, "8") + strings.Count(got, "9")
		assert.LessOrEqual(t, digits, 10, "§2.6, §3.9: at most first 6 and last 4 digits")
	}

	for _, c := range []pii.Category{pii.CategoryCard, pii.CategoryBankAccount, pii.CategoryBillingAddress} {
		assert.NotEqual(t, pii.TreatmentClear, c.Treatment(pii.SinkLog))
		assert.Equal(t, pii.TreatmentRedact, c.Treatment(pii.SinkLog), "§3.9: payment data is not logged by default")
		assert.Equal(t, pii.TreatmentSeal, c.Treatment(pii.SinkExport), "§3.9: payment data leaves the process sealed")
		err := pii.CheckTreatment(c, pii.SinkLog, pii.TreatmentClear)
		var pe *pii.PolicyError
		require.ErrorAs(t, err, &pe, "§2.6, §3.9: %s in clear in logs", c)
		assert.Equal(t, "§2.6, §3.9", pe.Clause)
		assert.ErrorIs(t, pii.ValidateType(taggedType(c.String()+",log=clear")), pii.ErrForbiddenTreatment, "§3.9")
		assert.ErrorIs(t, pii.ValidateType(taggedType(c.String()+",clear")), pii.ErrForbiddenTreatment, "§3.9: bare clear covers the log sink")
		assert.NoError(t, pii.ValidateType(taggedType(c.String()+",api=clear")), "§3.9 concerns logs only")
	}
	assert.Equal(t, "[REDACTED]", redactOne(t, r, pii.SinkLog, "card", "4111111111111111"), "§3.9")
	assert.Equal(t, "411111******1111", redactOne(t, r, pii.SinkLog, "card,log=mask", "4111111111111111"), "§2.6")
}

// TestPolicy35IPInLogs: §3.5 — IP addresses in server logs are truncated (by default) or
// redacted (configurable), never kept in clear.
func TestPolicy35IPInLogs(t *testing.T) {
	t.Parallel()
	r := newTestRedactor(t, nil)
	tests := []struct{ in, want string }{
		{"203.0.113.77", "203.0.113.0"},
		{"10.1.2.3:8080", "10.1.2.0"},
		{"2001:db8:abcd:12:34::1", "2001:db8:abcd::"},
		{"[2001:db8:abcd:12::1]:443", "2001:db8:abcd::"},
		{"::ffff:192.0.2.9", "::ffff:192.0.2.0"}, // a mapped address stays mapped
		{"fe80::1%eth0", "fe80::"},
		{"not an ip", "[REDACTED]"},
		{"01.2.3.4", "[REDACTED]"},
		{"256.1.1.1", "[REDACTED]"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, r.RedactString(pii.SinkLog, pii.CategoryIP, tt.in), "§3.5: %q", tt.in)
	}

	narrow := newTestRedactor(t, &pii.Options{IPv4PrefixLen: 16, IPv6PrefixLen: 32})
	assert.Equal(t, "203.0.0.0", narrow.RedactString(pii.SinkLog, pii.CategoryIP, "203.0.113.77"), "§3.5 configurable")
	assert.Equal(t, "2001:db8::", narrow.RedactString(pii.SinkLog, pii.CategoryIP, "2001:db8:abcd::1"), "§3.5 configurable")

	redacting := newTestRedactor(t, &pii.Options{Overrides: []pii.Override{{Category: pii.CategoryIP, Sink: pii.SinkLog, Treatment: pii.TreatmentRedact}}})
	assert.Equal(t, "[REDACTED]", redacting.RedactString(pii.SinkLog, pii.CategoryIP, "203.0.113.77"), "§3.5: redact instead of truncate")
	assert.Equal(t, pii.TreatmentRedact, redacting.Treatment(pii.SinkLog, pii.CategoryIP))

	_, err := pii.NewRedactor(&pii.Options{Overrides: []pii.Override{{Category: pii.CategoryIP, Sink: pii.SinkLog, Treatment: pii.TreatmentClear}}})
	var pe *pii.PolicyError
	require.ErrorAs(t, err, &pe, "§3.5: an IP is never logged in clear")
	assert.Equal(t, "§3.5", pe.Clause)
	assert.ErrorIs(t, pii.ValidateType(taggedType("ip,log=clear")), pii.ErrForbiddenTreatment, "§3.5")

	for _, bits := range []struct{ v4, v6 int }{{25, 0}, {0, 65}, {-1, 0}, {0, -8}} {
		_, err := pii.NewRedactor(&pii.Options{IPv4PrefixLen: bits.v4, IPv6PrefixLen: bits.v6})
		assert.ErrorIs(t, err, pii.ErrInvalidOption, "§3.5: a masked address never identifies one host (%v)", bits)
	}
}

// TestPolicy21EmailKeepsDomain: §2.1 contact details — a masked e-mail address keeps only
// its domain.
func TestPolicy21EmailKeepsDomain(t *testing.T) {
	t.Parallel()
	r := newTestRedactor(t, nil)
	tests := []struct{ in, want string }{
		{"alice@example.com", "***@example.com"},
		{"a.b+tag@mail.example.co.in", "***@mail.example.co.in"},
		{`"odd@local"@example.org`, "***@example.org"},
		{"@example.com", "[REDACTED]"},
		{"alice@", "[REDACTED]"},
		{"alice", "[REDACTED]"},
		{"alice@exa mple.com", "[REDACTED]"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, r.RedactString(pii.SinkLog, pii.CategoryEmail, tt.in), "§2.1: %q", tt.in)
	}
}

func TestOverridesAreValidated(t *testing.T) {
	t.Parallel()
	for _, o := range []pii.Override{
		{Category: 0, Sink: pii.SinkLog, Treatment: pii.TreatmentMask},
		{Category: pii.CategoryEmail, Sink: 7, Treatment: pii.TreatmentMask},
		{Category: pii.CategoryEmail, Sink: pii.SinkLog, Treatment: 0},
	} {
		_, err := pii.NewRedactor(&pii.Options{Overrides: []pii.Override{o}})
		assert.ErrorIs(t, err, pii.ErrInvalidOption, "%+v", o)
	}
	r := newTestRedactor(t, &pii.Options{Overrides: []pii.Override{{Category: pii.CategoryEmail, Sink: pii.SinkAPI, Treatment: pii.TreatmentClear}}})
	assert.Equal(t, "alice@example.com", r.RedactString(pii.SinkAPI, pii.CategoryEmail, "alice@example.com"))
	assert.Equal(t, "alice@example.com", redactOne(t, r, pii.SinkAPI, "email", "alice@example.com"))
	assert.Equal(t, "***@example.com", redactOne(t, r, pii.SinkAPI, "email,api=mask", "alice@example.com"), "a tag's sink option beats an override")
}
