package pii_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/clootrack/privacy/pii"
)

// logCorpus builds size bytes of log lines, one in four holding personal data.
func logCorpus(size int) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "2026-05-%02dT10:%02d:%02d.%03dZ INFO request completed method=GET path=/api/v1/items/%d status=200 took=%dms",
			1+i%28, i%60, (i*7)%60, i%1000, i, i%500)
		switch i % 8 {
		case 1:
			fmt.Fprintf(&b, " user=user%d@example.com", i)
		case 3:
			fmt.Fprintf(&b, " client=203.0.113.%d", i%250)
		case 5:
			b.WriteString(" card=4111 1111 1111 1111")
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// BenchmarkScannerRedactStream redacts 1 MiB and 8 MiB of logs to markers through
// RedactStream: B/op is the stream's fixed buffers and does not grow with the input.
func BenchmarkScannerRedactStream(b *testing.B) {
	r, _ := pii.NewRedactor(&pii.Options{Marker: pii.TypedMarker, Overrides: overrideEverything(pii.SinkLog, pii.TreatmentRedact)})
	s, _ := pii.NewScanner(r, nil)
	for _, size := range []struct {
		name string
		n    int
	}{{"1MiB", 1 << 20}, {"8MiB", 8 << 20}} {
		text := logCorpus(size.n)
		for _, lines := range []bool{false, true} {
			b.Run(fmt.Sprintf("%s/lines=%v", size.name, lines), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := s.RedactStream(io.Discard, bytes.NewReader(text), &pii.StreamOptions{Lines: lines}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkScannerRedactString is the cost the slog handler pays per message: nothing to
// allocate for a clean line, one string for a line with personal data.
func BenchmarkScannerRedactString(b *testing.B) {
	s, _ := pii.NewScanner(nil, nil)
	for _, bc := range []struct{ name, line string }{
		{"clean", "request completed method=GET path=/api/v1/items/42 status=200 took=12ms"},
		{"pii", "payment failed for bob@example.org card 4111111111111111 from 198.51.100.7"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.line)))
			b.ReportAllocs()
			for b.Loop() {
				_ = s.RedactString(bc.line)
			}
		})
	}
}
