package pii_test

import (
	"bytes"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/clootrack/privacy/pii"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var scanTestKey = pii.Key{ID: "k1", Secret: bytes.Repeat([]byte{7}, 32)}

func newTestScanner(t testing.TB, opts *pii.Options, sopts *pii.ScanOptions) *pii.Scanner {
	t.Helper()
	r, err := pii.NewRedactor(opts)
	require.NoError(t, err)
	s, err := pii.NewScanner(r, sopts)
	require.NoError(t, err)
	return s
}

// overrideEverything sets treatment t for every category in sink, where the policy allows it.
func overrideEverything(sink pii.Sink, t pii.Treatment) []pii.Override {
	var out []pii.Override
	for _, c := range pii.Categories() {
		if pii.CheckTreatment(c, sink, t) == nil {
			out = append(out, pii.Override{Category: c, Sink: sink, Treatment: t})
		}
	}
	return out
}

func TestNewScannerErrors(t *testing.T) {
	t.Parallel()
	_, err := pii.NewScanner(nil, &pii.ScanOptions{Sink: pii.Sink(99)})
	require.ErrorIs(t, err, pii.ErrUnknownSink)
	_, err = pii.NewScanner(nil, &pii.ScanOptions{Kinds: []pii.TextKind{0}})
	require.ErrorIs(t, err, pii.ErrUnknownTextKind)
	_, err = pii.NewScanner(nil, &pii.ScanOptions{MinConfidence: 1.5})
	require.ErrorIs(t, err, pii.ErrConfidence)
	s, err := pii.NewScanner(nil, nil)
	require.NoError(t, err)
	assert.Equal(t, "x", s.RedactString("x"))
}

func TestParseTextKind(t *testing.T) {
	t.Parallel()
	for _, k := range pii.TextKinds() {
		got, err := pii.ParseTextKind(k.String())
		require.NoError(t, err)
		assert.Equal(t, k, got)
	}
	_, err := pii.ParseTextKind("EMAIL")
	require.ErrorIs(t, err, pii.ErrUnknownTextKind)
	assert.Equal(t, "TextKind(0)", pii.TextKind(0).String())
	assert.Equal(t, pii.Category(0), pii.TextKind(200).Category())
}

// TestScannerLogDefaults: with the default Redactor, text in the log sink gets the policy's
// log treatments: contact data masked, IP addresses truncated (§3.5), payment data and
// identifiers redacted (§2.6, §3.9), credentials redacted (§17).
func TestScannerLogDefaults(t *testing.T) {
	t.Parallel()
	s := newTestScanner(t, nil, nil)
	for _, tc := range []struct{ name, in, want string }{
		{"§2.1 e-mail keeps its domain", "from alice@example.com", "from ***@example.com"},
		{"§3.5 IPv4 truncated to /24", "client 203.0.113.7 ok", "client 203.0.113.0 ok"},
		{"§3.5 IPv6 truncated to /48", "src 2001:db8:1:2::7", "src 2001:db8:1::"},
		{"§2.6 card redacted in logs", "card 4111 1111 1111 1111", "card [REDACTED]"},
		{"§2.1 identification number redacted", "aadhaar 2345 6789 0124", "aadhaar [REDACTED]"},
		{"§17 bearer token redacted", "Authorization: Bearer mF_9.B5f-4.1JqM", "Authorization: Bearer [REDACTED]"},
		{"§17 password in a URL redacted", "dsn postgres://app:s3cr3t@db/app", "dsn postgres://[REDACTED]@db/app"},
		{"§17 Basic credentials redacted", "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "Authorization: Basic [REDACTED]"},
		{"nothing found", "GET /health 200 12ms", "GET /health 200 12ms"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.want, s.RedactString(tc.in))
			assert.Equal(t, tc.want, string(s.Redact(nil, []byte(tc.in))))
		})
	}
}

// TestScannerPseudonymEqualsStruct is issue 4's promise: a pseudonym computed by the text
// scanner, directly or inside the slog handler, is the pseudonym the Redactor writes into a
// tagged struct, because both go through Redactor.RedactString.
func TestScannerPseudonymEqualsStruct(t *testing.T) {
	t.Parallel()
	r, err := pii.NewRedactor(&pii.Options{
		PseudonymKeys: []pii.Key{scanTestKey},
		Overrides:     []pii.Override{{Category: pii.CategoryEmail, Sink: pii.SinkLog, Treatment: pii.TreatmentPseudonym}},
	})
	require.NoError(t, err)
	type Account struct {
		Email string `pii:"email"`
	}
	v, err := r.Redact(pii.SinkLog, Account{Email: "alice@example.com"})
	require.NoError(t, err)
	token := v.(Account).Email
	require.True(t, strings.HasPrefix(token, "pii:p1:k1:"), token)

	s, err := pii.NewScanner(r, nil)
	require.NoError(t, err)
	assert.Equal(t, "login by "+token+" failed", s.RedactString("login by Alice@Example.com failed"),
		"the scanner's pseudonym, of a differently cased address")

	var buf bytes.Buffer
	h, err := pii.NewLogHandler(slog.NewTextHandler(&buf, nil), r, &pii.LogOptions{Text: s})
	require.NoError(t, err)
	slog.New(h).Info("password reset requested by alice@example.com", "note", "reply to alice@example.com")
	assert.Equal(t, 2, strings.Count(buf.String(), token), "the log line: %s", buf.String())
	assert.NotContains(t, buf.String(), "alice@example.com")
}

// TestScannerTreatments: a typed marker, a partial mask and a keyed pseudonym, chosen through
// the Redactor's overrides.
func TestScannerTreatments(t *testing.T) {
	t.Parallel()
	const in = "user alice@example.com paid with 4111 1111 1111 1111 from 203.0.113.7"
	marker := newTestScanner(t, &pii.Options{Marker: pii.TypedMarker, Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)}, nil)
	assert.Equal(t, "user [EMAIL] paid with [CARD] from [IP]", marker.RedactString(in))

	mask := newTestScanner(t, &pii.Options{Overrides: overrideEverything(pii.SinkLog, pii.TreatmentMask)}, nil)
	assert.Equal(t, "user ***@example.com paid with 411111******1111 from 203.0.113.0", mask.RedactString(in))

	pseudo := newTestScanner(t, &pii.Options{PseudonymKeys: []pii.Key{scanTestKey}, Overrides: overrideEverything(pii.SinkLog, pii.TreatmentPseudonym)}, nil)
	out := pseudo.RedactString(in)
	assert.Equal(t, 3, strings.Count(out, "pii:p1:k1:"), out)
	assert.Equal(t, out, pseudo.RedactString(in), "pseudonyms are deterministic")

	dropped := newTestScanner(t, &pii.Options{Overrides: overrideEverything(pii.SinkLog, pii.TreatmentDrop)}, nil)
	assert.Equal(t, "user  paid with  from ", dropped.RedactString(in))
}

// TestScannerScan: findings carry kinds, spans and confidences, and the kinds and the
// minimum confidence of ScanOptions filter them.
func TestScannerScan(t *testing.T) {
	t.Parallel()
	const in = "alice@example.com 98765 43210 +91 98765 43210"
	type got struct {
		Kind  pii.TextKind
		Value string
	}
	collect := func(s *pii.Scanner) []got {
		var out []got
		for _, f := range s.Scan(nil, []byte(in)) {
			require.Greater(t, f.Confidence, float32(0))
			out = append(out, got{f.Kind, in[f.Start:f.End]})
		}
		return out
	}
	all := newTestScanner(t, nil, nil)
	if diff := cmp.Diff([]got{{pii.TextEmail, "alice@example.com"}, {pii.TextPhone, "98765 43210"}, {pii.TextPhone, "+91 98765 43210"}}, collect(all)); diff != "" {
		t.Errorf("Scan mismatch (-want +got):\n%s", diff)
	}
	phones := newTestScanner(t, nil, &pii.ScanOptions{Kinds: []pii.TextKind{pii.TextPhone}, MinConfidence: 0.8})
	if diff := cmp.Diff([]got{{pii.TextPhone, "+91 98765 43210"}}, collect(phones)); diff != "" {
		t.Errorf("Scan with filters mismatch (-want +got):\n%s", diff)
	}
}

func TestScannerAllocations(t *testing.T) {
	s := newTestScanner(t, nil, nil)
	clean := "GET /api/v1/items?page=2 status=200 took=12ms " + strings.Repeat("request completed ", 20)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = s.RedactString(clean) }), "RedactString of clean text")
	text := []byte("from alice@example.com card 4111 1111 1111 1111 " + clean)
	dst := make([]pii.Finding, 0, 16)
	assert.Zero(t, testing.AllocsPerRun(100, func() { dst = s.Scan(dst[:0], text) }), "Scan into a slice with room")
	out := make([]byte, 0, 1024)
	cleanBytes := []byte(clean)
	assert.Zero(t, testing.AllocsPerRun(100, func() { out = s.Redact(out[:0], cleanBytes) }), "Redact of clean text into a buffer with room")
	marker := newTestScanner(t, &pii.Options{Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)}, nil)
	assert.Zero(t, testing.AllocsPerRun(100, func() { out = marker.Redact(out[:0], text) }), "Redact to markers into a buffer with room")
}

// TestRedactStream: the stream writes what Redact writes for the whole input, counts what it
// treats by kind, and in line mode treats each line alone.
func TestRedactStream(t *testing.T) {
	t.Parallel()
	s := newTestScanner(t, &pii.Options{Marker: pii.TypedMarker}, nil)
	var in strings.Builder
	for i := range 2000 {
		in.WriteString("line ")
		in.WriteString(strings.Repeat("x", i%50))
		in.WriteString(" bob@example.org 4111111111111111 from 198.51.100.7\n")
	}
	var out bytes.Buffer
	res, err := s.RedactStream(&out, strings.NewReader(in.String()), &pii.StreamOptions{Chunk: 1000})
	require.NoError(t, err)
	assert.Equal(t, string(s.Redact(nil, []byte(in.String()))), out.String())
	assert.Equal(t, int64(out.Len()), res.Written)
	assert.Equal(t, 2000, res.Count(pii.TextEmail))
	assert.Equal(t, 2000, res.Count(pii.TextCard))
	assert.Equal(t, 2000, res.Count(pii.TextIPv4))
	assert.Equal(t, 6000, res.Total())
	assert.Zero(t, res.Count(0))

	out.Reset()
	res, err = s.RedactStream(&out, strings.NewReader("aadhaar\n234567890124\nAadhaar 234567890124\n"), &pii.StreamOptions{Lines: true})
	require.NoError(t, err)
	assert.Equal(t, "aadhaar\n234567890124\nAadhaar [AADHAAR]\n", out.String(), "context stays on its line")
	assert.Equal(t, 1, res.Count(pii.TextAadhaar))
}

// TestScannerConfidenceLevels pins the levels ScanOptions.MinConfidence documents.
func TestScannerConfidenceLevels(t *testing.T) {
	t.Parallel()
	s := newTestScanner(t, nil, nil)
	for _, tc := range []struct {
		text string
		kind pii.TextKind
		want float32
	}{
		{"paid 4111 1111 1111 1111", pii.TextCard, 0.9},
		{"card 4111 1111 1111 1111", pii.TextCard, 0.99},
		{"to DE89370400440532013000", pii.TextIBAN, 0.95},
		{"seller 29AAICA3918J1ZE", pii.TextGSTIN, 0.9},
		{"employee AB123456C", pii.TextNINO, 0.85},
		{"from bob@example.org", pii.TextEmail, 0.95},
		{"from 203.0.113.7", pii.TextIPv4, 0.85},
		{"from 2001:db8::1", pii.TextIPv6, 0.9},
		{"Authorization: Bearer mF_9.B5f-4.1JqM", pii.TextBearer, 0.95},
		{"Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", pii.TextBasicAuth, 0.95},
		{"GET /reset?token=abc123", pii.TextURLCredential, 0.95},
		{"at +44 20 7946 0958", pii.TextPhone, 0.9},
		{"DOB: 1985-03-12", pii.TextBirthDate, 0.9},
		{"ssn: 536221234", pii.TextSSN, 0.99},
		{"aadhaar 234567890124", pii.TextAadhaar, 0.95},
		{"phone: 612 345 678", pii.TextPhone, 0.85},
		{"holder AACCG0527D", pii.TextPAN, 0.8},
		{"hw 00:1A:2B:3C:4D:5E", pii.TextMAC, 0.8},
		{"passport J8369854", pii.TextPassport, 0.8},
		{"git https://ghp_abcdefghijklmnopqrstuv@github.com/x.git", pii.TextURLCredential, 0.8},
		{"applicant 536-22-1234", pii.TextSSN, 0.75},
		{"at +65 8123 4567", pii.TextPhone, 0.75},
		{"id 2345 6789 0124", pii.TextAadhaar, 0.7},
		{"callback 020 7946 0958", pii.TextPhone, 0.6},
	} {
		found := s.Scan(nil, []byte(tc.text))
		require.Len(t, found, 1, tc.text)
		assert.Equal(t, tc.kind, found[0].Kind, tc.text)
		assert.InDelta(t, tc.want, found[0].Confidence, 1e-6, tc.text)
	}
}

// TestRedactStreamBoundedMemory: the buffers RedactStream allocates do not grow with the
// input (issue 4: bounded memory), in block and in line mode. (Treatments that build a
// string, such as masks, allocate that string per value on top.)
func TestRedactStreamBoundedMemory(t *testing.T) {
	s := newTestScanner(t, &pii.Options{Marker: pii.TypedMarker, Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)}, nil)
	line := "login bob@example.org card 4111 1111 1111 1111 from 198.51.100.7 took=12ms\n"
	small, large := strings.Repeat(line, 2_000), strings.Repeat(line, 16_000)
	for _, lines := range []bool{false, true} {
		opts := &pii.StreamOptions{Lines: lines, Chunk: 16 << 10}
		allocs := func(in string) float64 {
			return testing.AllocsPerRun(5, func() {
				_, err := s.RedactStream(io.Discard, strings.NewReader(in), opts)
				require.NoError(t, err)
			})
		}
		a, b := allocs(small), allocs(large)
		assert.LessOrEqual(t, b, a+2, "lines=%v: %v allocations for %d bytes, %v for %d", lines, a, len(small), b, len(large))
	}
}

// TestScannerIdempotent: a second pass over the Scanner's output changes nothing with the
// default and the typed markers, and with a marker of stars (issue 4); with a marker of
// another shape it can only redact more.
func TestScannerIdempotent(t *testing.T) {
	t.Parallel()
	const in = "aadhaar 2345 6789 0124 then 345678901238, DOB: 1985-03-12 and 1990-01-02"
	for _, opts := range []*pii.Options{
		{Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)},
		{Marker: pii.TypedMarker, Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)},
		{Marker: func(pii.Category) string { return "***" }, Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)},
	} {
		s := newTestScanner(t, opts, nil)
		once := s.RedactString(in)
		assert.Equal(t, once, s.RedactString(once))
		assert.Contains(t, once, "345678901238", "a context word speaks for one value")
	}
	s := newTestScanner(t, &pii.Options{Marker: func(pii.Category) string { return "<hidden>" }, Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)}, nil)
	once := s.RedactString(in)
	assert.Equal(t, "aadhaar <hidden> then 345678901238, DOB: <hidden> and 1990-01-02", once)
	assert.Equal(t, "aadhaar <hidden> then <hidden>, DOB: <hidden> and <hidden>", s.RedactString(once))
}

// TestScannerRedactTwiceNextToValues: texts where values meet, each once found to change
// on a second pass with markers or masks, redact to a fixed point in one pass with every
// treatment of redactionCheck (issue 4: "redaction is idempotent").
func TestScannerRedactTwiceNextToValues(t *testing.T) {
	t.Parallel()
	c := newRedactionCheck(t)
	for _, text := range []string{
		"4111 1111 1111 1111/0.0.0.0", // the crasher of the CI run
		"2345 6789 0124 4111111111111111",
		"536 22 1234:0.0.0.0",
		"0124 5555-5555-5555-4444",
		"02345 6789 0124::",
		"2345 6789 0124::",
		"536-22-1234::1",
		"ssn ssn 2345 6789 0124-(415) 555-0132",
		"mobile: 020 7946 09582024",
		"phone ::3056 930902 5904[CARD]",
		"j.doe+news@mail.example.co.uk.born 12.03.1985",
		"alice@example.compostgres://admin:s3cr3t@db:5432/app",
		"912-70-1234@5555-5555-5555-4444j.doe+news@mail.example.co.uk1",
		"x://(415) 555-0132+1%12345678912.03.1985***@example.com",
		"x://user:pass@+14155550132",
		"x://::ffff:00:1A:2B:3C:4D:5Ealice@example.com",
		"2001:db8:1::AB123456C",
		"2001:db8::1::ffff:192.0.2.128",
		"Bearer ::ffff:192.0.2.128/0",
		"Bearer Z+::ffff:192.0.2.128",
		"Bearer +-4111 1111 1111 1111",
		"+49 30 12345678.::2001:0db8:85a3:0000:0000:8a2e:0370:7334",
		"+0124 0:0:0:0:0:ffff:00:1A:2B:3C:4D:5E",
		"::ffff:c000:280@x.io",
		"00:1A:2B:3C:4D:5E:020 7946 0958",
		"fe80::1%eth0-.eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
		"2001:0db8:85a3:0000:0000:8a2e:0370:7334%2345-6789-0124[REDACTED]",
		"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln_-10.0.0.1-10.0.0.9#access_token=x",
		"ssn eyJhbGciOiJub25lIn0._10.0.0.1-10.0.0.9@x.io_.",
		"Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==AB123456C",
		"(0)nino +203.0.113.7-GB29 NWBK 6016 1331 9268 19",
		"4111 1111 1111 1111(4111111111111111)v1.2.3.4",
		" &sig=[AACCG0527D],",
	} {
		t.Run(text, func(t *testing.T) { c.check(t, []byte(text)) })
	}
}
