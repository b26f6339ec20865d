package textscan

import (
	"bytes"
	"io"
	"net/netip"
	"testing"

	"github.com/stretchr/testify/require"
)

// fuzzSeeds are the texts of the table tests plus a slice of the corpus.
func fuzzSeeds() []string {
	seeds := []string{
		"card 4111 1111 1111 1111 exp", "amex 3782 822463 10005", "DE89 3704 0044 0532 0130 00",
		"client 203.0.113.7:443", "fe80::1%eth0 [2001:db8::8a2e:370:7334]:443", "hw 00:1A:2B:3C:4D:5E",
		"Aadhaar: 234567890124 and 2345 6789 0124", "आधार 234567890124", "PAN AACCG0527D gstin 06AACCG0527D1Z8",
		"ssn 536-22-1234 itin 912-70-1234", "nino JG 10 37 59 A", "+44 (0)20 7946 0958 (415) 555-0132 98765 43210",
		"from alice@example.com. icon@2x.png", "postgres://admin:s3cr3t@db:5432/app?token=abc&sig=x#access_token=y",
		"Authorization: Bearer mF_9.B5f-4.1JqM", "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "DOB: 1985-03-12 born 12 March 1985", "passport no. J8369854",
		"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
		"id=550e8400-e29b-41d4-a716-446655440000 v1.2.3.4 ORD-2024-000123", "aadhaar [AADHAAR], 345678901238",
	}
	corpus := generate(3, 16<<10).b.String()
	for len(corpus) > 0 {
		n := min(len(corpus), 700)
		seeds = append(seeds, corpus[:n])
		corpus = corpus[n:]
	}
	return seeds
}

// FuzzScan checks the scanner's contract on any input: it does not panic;
// findings are in bounds, ordered, non-overlapping and well formed; the
// redacted text contains no detected value (unless the input also holds it
// outside every finding); and redacting the output again changes nothing.
func FuzzScan(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add([]byte(s))
	}
	sc := New(Config{})
	f.Fuzz(func(t *testing.T, data []byte) {
		found := sc.Scan(nil, data)
		prevEnd := 0
		masked := bytes.Clone(data)
		for _, fd := range found {
			require.True(t, fd.Start >= prevEnd && fd.Start < fd.End && fd.End <= len(data), "span %+v after %d in %d bytes", fd, prevEnd, len(data))
			require.True(t, fd.Kind > 0 && fd.Kind < kindEnd, "kind %d", fd.Kind)
			require.True(t, fd.Confidence > 0 && fd.Confidence <= 1, "confidence %v", fd.Confidence)
			require.LessOrEqual(t, fd.End-fd.Start, MaxTokenLen)
			prevEnd = fd.End
			clear(masked[fd.Start:fd.End])
		}
		out := AppendRedacted(nil, data, found, MarkerReplacer)
		// The text around the markers must not hold a detected value.
		zero := func(dst, _ []byte, _ Finding) []byte { return append(dst, 0) }
		around := AppendRedacted(nil, data, found, zero)
		for _, fd := range found {
			v := data[fd.Start:fd.End]
			if !bytes.Contains(masked, v) {
				require.False(t, bytes.Contains(around, v), "output %q still holds %v %q", out, fd.Kind, v)
			}
		}
		again := AppendRedacted(nil, out, sc.Scan(nil, out), MarkerReplacer)
		require.Equal(t, string(out), string(again), "redaction is not idempotent")
	})
}

// chunkReader returns at most n bytes per Read, varying with a seed.
type chunkReader struct {
	data []byte
	n    int
	seed uint32
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	r.seed = r.seed*1664525 + 1013904223
	k := 1 + int(r.seed>>16)%r.n
	k = min(k, len(p), len(r.data))
	copy(p, r.data[:k])
	r.data = r.data[k:]
	return k, nil
}

// smallScanner has a small token bound, so that inputs of a few hundred
// bytes already cross many chunk boundaries in a Stream.
func smallScanner() *Scanner {
	sc := New(Config{})
	sc.maxToken = 512
	return sc
}

// oneShot is what a Stream must produce: the whole text scanned at once,
// or, in line mode, each line scanned on its own.
func oneShot(sc *Scanner, data []byte, lines bool) []byte {
	if !lines {
		return AppendRedacted(nil, data, sc.Scan(nil, data), MarkerReplacer)
	}
	var out []byte
	for len(data) > 0 {
		k := bytes.IndexByte(data, '\n') + 1
		if k == 0 {
			k = len(data)
		}
		out = AppendRedacted(out, data[:k], sc.Scan(nil, data[:k]), MarkerReplacer)
		data = data[k:]
	}
	return out
}

// FuzzStream checks that a Stream with any chunk size and any read sizes
// writes exactly what a one-shot scan gives, in block and in line mode.
func FuzzStream(f *testing.F) {
	for i, s := range fuzzSeeds() {
		f.Add([]byte(s), uint16(i*37), uint16(i*11), i%2 == 0)
	}
	sc := smallScanner()
	f.Fuzz(func(t *testing.T, data []byte, chunk, reads uint16, lines bool) {
		s := Stream{Scanner: sc, Lines: lines, Chunk: 1 + int(chunk)%97}
		var out bytes.Buffer
		n, err := s.Copy(&out, &chunkReader{data: data, n: 1 + int(reads)%200, seed: uint32(chunk)})
		require.NoError(t, err)
		require.Equal(t, int64(out.Len()), n)
		require.Equal(t, string(oneShot(sc, data, lines)), out.String())
	})
}

// FuzzIPParse checks the IP grammar against net/netip.ParseAddr.
func FuzzIPParse(f *testing.F) {
	for _, s := range []string{"10.0.0.1", "01.2.3.4", "256.1.1.1", "1.2.3", "2001:db8::1", "::", "::ffff:1.2.3.4",
		"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1::2::3", "fe80::1%eth0", "fe80::1%", "1:2:3:4:5:6:1.2.3.4", "12345::1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkIPAgainstNetip(t, s)
	})
}

func checkIPAgainstNetip(t *testing.T, s string) {
	t.Helper()
	addr, err := netip.ParseAddr(s)
	colon, dot, pct := bytes.IndexByte([]byte(s), ':'), bytes.IndexByte([]byte(s), '.'), bytes.IndexByte([]byte(s), '%')
	switch {
	case colon >= 0 && (dot < 0 || colon < dot) && (pct < 0 || colon < pct):
		require.Equal(t, err == nil && addr.Is6(), parseIPv6([]byte(s)), "parseIPv6(%q), netip: %v", s, err)
	case dot >= 0 && colon < 0 && pct < 0:
		require.Equal(t, err == nil && addr.Is4(), parseIPv4([]byte(s)), "parseIPv4(%q), netip: %v", s, err)
	}
}
