package pii_test

import (
	"bytes"
	"testing"

	"github.com/clootrack/privacy/pii"
	"github.com/stretchr/testify/require"
)

// FuzzScannerRedact: on any text, Scanner.Redact does not panic; with markers the output
// holds no value it found (unless the input also holds it outside every finding); and
// redacting the output again changes nothing, with markers and with the log sink's default
// masks.
func FuzzScannerRedact(f *testing.F) {
	for _, s := range []string{
		"refund for priya@example.in, card 4111 1111 1111 1111, from 203.0.113.7",
		"retry GET /reset?token=eW91LWZvdW5kLWl0&sig=abc (aadhaar 2345 6789 0124)",
		"GSTIN 29AAICA3918J1ZE, DOB: 1985-03-12, +44 20 7946 0958, ssn 536-22-1234",
		"postgres://app:s3cr3t@db/app fe80::1%eth0 00:1A:2B:3C:4D:5E NINO AB123456C",
		"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln aadhaar [REDACTED], 234567890124",
		"Proxy-Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== via 10.0.0.1",
	} {
		f.Add([]byte(s))
	}
	r, err := pii.NewRedactor(&pii.Options{Marker: pii.TypedMarker, Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)})
	require.NoError(f, err)
	markers, err := pii.NewScanner(r, nil)
	require.NoError(f, err)
	masks, err := pii.NewScanner(nil, nil)
	require.NoError(f, err)
	// For the leak check, a marker that no value can contain.
	z, err := pii.NewRedactor(&pii.Options{Marker: func(pii.Category) string { return "\x00" }, Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)})
	require.NoError(f, err)
	zeros, err := pii.NewScanner(z, nil)
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, data []byte) {
		found := markers.Scan(nil, data)
		masked := bytes.Clone(data)
		for _, fd := range found {
			clear(masked[fd.Start:fd.End])
		}
		around := zeros.Redact(nil, data)
		for _, fd := range found {
			if v := data[fd.Start:fd.End]; !bytes.Contains(masked, v) && !bytes.Contains(v, []byte{0}) {
				require.NotContains(t, string(around), string(v), "a %v stayed in the output", fd.Kind)
			}
		}
		out := markers.Redact(nil, data)
		require.Equal(t, string(out), string(markers.Redact(nil, out)), "markers: redacting twice changes the text")
		m := masks.Redact(nil, data)
		require.Equal(t, string(m), string(masks.Redact(nil, m)), "masks: redacting twice changes the text")
	})
}
