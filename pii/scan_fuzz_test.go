package pii_test

import (
	"bytes"
	"testing"

	"github.com/clootrack/privacy/pii"
	"github.com/stretchr/testify/require"
)

// redactionCheck holds the Scanners that the fuzz targets of the free-text scanner check
// a text with (issue 4).
type redactionCheck struct {
	// The treatments whose output a second pass must leave as it is: typed markers, a
	// marker of stars, the log sink's defaults (masks for e-mail, phone, IP and device,
	// "[REDACTED]" for the rest), and the API sink's, which mask cards, IBANs, Aadhaar,
	// PAN, GSTIN, SSN, ITIN, NINO, passport numbers and dates of birth too.
	idempotent []*pii.Scanner
	// zeros redacts every value to a byte no value holds, for the leak check.
	zeros *pii.Scanner
}

func newRedactionCheck(t testing.TB) *redactionCheck {
	return &redactionCheck{
		idempotent: []*pii.Scanner{
			newTestScanner(t, &pii.Options{Marker: pii.TypedMarker, Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)}, nil),
			newTestScanner(t, &pii.Options{Marker: func(pii.Category) string { return "***" }, Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)}, nil),
			newTestScanner(t, nil, nil),
			newTestScanner(t, nil, &pii.ScanOptions{Sink: pii.SinkAPI}),
		},
		zeros: newTestScanner(t, &pii.Options{Marker: func(pii.Category) string { return "\x00" }, Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)}, nil),
	}
}

// check asserts, on any text: Scanner.Redact does not panic; the output holds no value the
// scanner found (unless the input also holds it outside every finding); and redacting the
// output again changes nothing, with each of the idempotent treatments.
func (c *redactionCheck) check(t *testing.T, data []byte) {
	found := c.zeros.Scan(nil, data)
	masked := bytes.Clone(data)
	for _, fd := range found {
		clear(masked[fd.Start:fd.End])
	}
	around := c.zeros.Redact(nil, data)
	for _, fd := range found {
		if v := data[fd.Start:fd.End]; !bytes.Contains(masked, v) && !bytes.Contains(v, []byte{0}) {
			require.NotContains(t, string(around), string(v), "a %v stayed in the output", fd.Kind)
		}
	}
	for i, s := range c.idempotent {
		once := s.Redact(nil, data)
		require.Equal(t, string(once), string(s.Redact(nil, once)), "treatments %d: redacting twice changes the text", i)
	}
}

// FuzzScannerRedact checks redactionCheck.check on any bytes.
func FuzzScannerRedact(f *testing.F) {
	for _, s := range []string{
		"refund for priya@example.in, card 4111 1111 1111 1111, from 203.0.113.7",
		"retry GET /reset?token=eW91LWZvdW5kLWl0&sig=abc (aadhaar 2345 6789 0124)",
		"GSTIN 29AAICA3918J1ZE, DOB: 1985-03-12, +44 20 7946 0958, ssn 536-22-1234",
		"postgres://app:s3cr3t@db/app fe80::1%eth0 00:1A:2B:3C:4D:5E NINO AB123456C",
		"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln aadhaar [REDACTED], 234567890124",
		"Proxy-Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== via 10.0.0.1",
		"src ::ffff:192.0.2.128 iban GB29 NWBK 6016 1331 9268 19, passport J8369854, itin 912-70-1234",
	} {
		f.Add([]byte(s))
	}
	c := newRedactionCheck(f)
	f.Fuzz(c.check)
}

// textPieces are what FuzzScannerRedactComposed builds texts from: values of every kind in
// their usual forms, parts of values, what markers and masks leave, context words, and the
// punctuation that joins tokens. Random bytes rarely put two values side by side; these
// pieces do, in every order and with every separator.
var textPieces = []string{
	// Values.
	"alice@example.com", "j.doe+news@mail.example.co.uk", "+14155550132", "+1 (415) 555-0132", "+44 (0)20 7946 0958",
	"+44 7700 900123", "+91 98765 43210", "+49 30 12345678", "+33 1 23 45 67 89", "(415) 555-0132", "415-555-0132",
	"020 7946 0958", "07700 900123", "98765 43210", "01 23 45 67 89", "030 12345678", "9876543210",
	"4111 1111 1111 1111", "4111111111111111", "5555-5555-5555-4444", "3782 822463 10005", "371449635398431", "3056 930902 5904",
	"DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "GB29 NWBK 6016 1331 9268 19", "NL91ABNA0417164300",
	"203.0.113.7", "10.0.0.1-10.0.0.9", "0.0.0.0", "2001:db8::1", "fe80::1%eth0", "::ffff:192.0.2.128", "::ffff:c000:280",
	"2001:0db8:85a3:0000:0000:8a2e:0370:7334", "00:1A:2B:3C:4D:5E", "3c-22-fb-12-34-56", "001a.2b3c.4d5e",
	"2345 6789 0124", "234567890124", "2345-6789-0124", "AACCG0527D", "06AACCG0527D1Z8", "536-22-1234", "536 22 1234",
	"536221234", "912-70-1234", "AB123456C", "JG 10 37 59 A", "JG 103759 A", "postgres://admin:s3cr3t@db:5432/app",
	"?token=abc123&lang=en", "#access_token=2YotnFZFEjr1zCsicMWpAA", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
	"Bearer mF_9.B5f-4.1JqM", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "1985-03-12", "12/03/1985", "12 March 1985",
	"Mar 12, 1985", "12.03.1985", "J8369854", "123456789",
	// Parts of values.
	"4111", "1111", "0124", "2345 6789", "1", "12", "2024", "0", "00", "::", "::1", "fe80", "ffff", "1234", "5678",
	"12345", "415", "555", "2024-05-01T12:00:00Z", "v1.2.3.4", "abc", "x", "A", "Z", "9", "ab", "AB", "1.2", "10.0",
	"-0", "/0", "2", "05", "2001", "99", "+44", "+1", "(0)", "(020)", "0 ", " 1", "GB", "DE89", "IN", "PL61",
	"eyJ", "eyJhbGciOiJub25lIn0.", "eyJzdWIiOiIxIn0.", "::ffff:", "0:0:0:0:0:ffff:", "fe80::", "%eth0", "[::1]",
	"Bearer ", "Basic ", "Basic dXNlcjpwYXNz", "://", "x://", "user:pw@", "?token=", "&sig=", "?sig=", "@x.io",
	// What markers and masks leave.
	"[CARD]", "[REDACTED]", "[IP]", "***@example.com", "********3210", "411111******1111", "XXXX XXXX 0124",
	"***-**-1234", "203.0.113.0", "2001:db8:1::", "********4D5E", "******234F", "**", "***", "XXXX XXXX ",
	// Context words.
	"aadhaar ", "ssn ", "dob ", "passport ", "phone ", "card ", "pan ", "आधार ", "gstin ", "nino ", "version ",
	"mobile: ", "Mar ", "March ", ", 1985", "born ", "DOB: ", "ssn: ", "D.O.B. ", "call me at ", "itin ",
	// Separators.
	" ", " ", " ", "/", "-", ".", ":", "_", "(", ")", "+", "=", "@", "\n", ",", "?", "&", "#", "%", "*", "[", "]",
	"T", "'", "_.", "_-", "-_",
}

// FuzzScannerRedactComposed checks redactionCheck.check on texts built from textPieces, one
// piece per input byte.
func FuzzScannerRedactComposed(f *testing.F) {
	for _, seed := range [][]byte{
		{17, 165, 29},           // "4111 1111 1111 1111/0.0.0.0", the crasher of issue 4
		{38, 162, 18},           // "2345 6789 0124 4111111111111111"
		{31, 167, 167, 47},      // "fe80::1%eth0..AB123456C"
		{84, 174, 58, 165},      // "x@12 March 1985/"
		{131, 129, 134, 135},    // what masks leave, side by side
		{141, 132, 162, 39},     // "aadhaar XXXX XXXX 0124 234567890124"
		{143, 56, 162, 13},      // "dob 1985-03-12 98765 43210"
		{116, 32, 174, 130, 17}, // "Bearer ::ffff:192.0.2.128@********32104111 1111 1111 1111"
	} {
		f.Add(seed)
	}
	c := newRedactionCheck(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 24 {
			data = data[:24]
		}
		var text []byte
		for _, b := range data {
			text = append(text, textPieces[int(b)%len(textPieces)]...)
		}
		c.check(t, text)
	})
}
