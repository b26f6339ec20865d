package textscan

import (
	"bytes"
	"encoding/base64"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The regexp baseline of issue 4: the same kinds found with Go's regexp
// package, each match checked by the SAME validators the scanner uses. It
// exists to be measured against; BenchmarkScan runs both on one corpus.

type reDetector struct {
	kind  Kind
	re    *regexp.Regexp
	group int                    // submatch holding the value; 0 for the whole match
	valid func(m []byte) bool    // the scanner's validator for the value
	ctx   func(m []byte) float32 // confidence, when not fixed
}

func digitsOf(m []byte) []byte {
	out := make([]byte, 0, len(m))
	for _, c := range m {
		if isDigit(c) {
			out = append(out, c)
		}
	}
	return out
}

func alnumOf(m []byte) []byte {
	out := make([]byte, 0, len(m))
	for _, c := range m {
		if isAlnum(c) {
			out = append(out, c)
		}
	}
	return out
}

// e164Valid applies the scanner's E.164 rule to a "+..." match.
func e164Valid(m []byte) bool {
	st := scanState{sc: New(Config{}), text: m}
	st.e164(0)
	return st.npend == 1 && st.pend[0].End == len(m)
}

// nationalValid applies the scanner's national-format rule to a match.
func nationalValid(m []byte) bool {
	st := scanState{sc: New(Config{}), text: m}
	var r digitRun
	parseRun(m, 0, &r, false)
	if r.n == 0 || r.spanEnd(r.n-1) != len(m) {
		return false
	}
	return st.nationalPhone(&r, digitsOf(m), 0, len(m))
}

func ssnValid(m []byte) bool  { return ssnClass(digitsOf(m)) == KindSSN }
func itinValid(m []byte) bool { return ssnClass(digitsOf(m)) == KindITIN }

func macValid(m []byte) bool {
	e, ok := macAt(m, 0)
	return ok && e == len(m)
}

func jwtValid(m []byte) bool {
	e, ok := jwtAt(m, 0, MaxTokenLen)
	return ok && e == len(m)
}

func dateValid(m []byte) bool {
	st := scanState{sc: New(Config{}), text: append([]byte("dob "), m...)}
	var r digitRun
	parseRun(st.text, 4, &r, false)
	return st.numericDate(&r) && st.npend == 1
}

func ninoValid(m []byte) bool {
	st := scanState{sc: New(Config{}), text: m}
	return st.nino(0) && st.pend[0].End == len(m)
}

func basicValid(m []byte) bool {
	b, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(string(m), "="))
	return err == nil && len(b) >= 3 && basicCredentials(b)
}

func notAllLetters(m []byte) bool {
	return slices.ContainsFunc(m, func(c byte) bool { return !isAlpha(c) })
}

var baseline = []reDetector{
	{kind: KindEmail, re: regexp.MustCompile(`[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`), valid: validEmail},
	{kind: KindPhone, re: regexp.MustCompile(`\+[1-9][0-9 ().-]{6,22}[0-9]`), valid: e164Valid},
	{kind: KindPhone, re: regexp.MustCompile(`(?:\([0-9]{2,5}\) ?|\b[0-9]{1,5}[ .-])[0-9]{2,8}(?:[ .-][0-9]{2,8}){0,3}\b`), valid: nationalValid},
	{kind: KindCard, re: regexp.MustCompile(`\b[0-9]{4}(?:[ -][0-9]{4,6}){2,3}(?:[ -][0-9]{1,5})?\b|\b[0-9]{12,19}\b`), valid: func(m []byte) bool { return cardValid(digitsOf(m)) }},
	{kind: KindIBAN, re: regexp.MustCompile(`\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b`), valid: func(m []byte) bool { return ibanValid(alnumOf(m)) }},
	{kind: KindIPv4, re: regexp.MustCompile(`\b[0-9]{1,3}(?:\.[0-9]{1,3}){3}\b`), valid: parseIPv4},
	{kind: KindIPv6, re: regexp.MustCompile(`[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%[A-Za-z0-9_.-]+)?`), valid: parseIPv6},
	{kind: KindMAC, re: regexp.MustCompile(`\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b|\b[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\b`), valid: macValid},
	{kind: KindAadhaar, re: regexp.MustCompile(`\b[2-9][0-9]{3}[ -][0-9]{4}[ -][0-9]{4}\b`), valid: func(m []byte) bool { return aadhaarValid(digitsOf(m)) }},
	{kind: KindAadhaar, re: regexp.MustCompile(`(?i)(?:aadhaar|aadhar|uidai|uid|आधार)\D{0,20}\b([2-9][0-9]{11})\b`), group: 1, valid: aadhaarValid},
	{kind: KindPAN, re: regexp.MustCompile(`\b[A-Z]{3}[ABCEFGHJLPT][A-Z][0-9]{4}[A-Z]\b`), valid: panValid},
	{kind: KindGSTIN, re: regexp.MustCompile(`\b[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][ZC][0-9A-Z]\b`), valid: gstinValid},
	{kind: KindSSN, re: regexp.MustCompile(`\b[0-9]{3}[- ][0-9]{2}[- ][0-9]{4}\b`), valid: ssnValid},
	{kind: KindSSN, re: regexp.MustCompile(`(?i)(?:ssn|social security)\D{0,20}\b([0-9]{9})\b`), group: 1, valid: ssnValid},
	{kind: KindITIN, re: regexp.MustCompile(`\b9[0-9]{2}[- ][0-9]{2}[- ][0-9]{4}\b`), valid: itinValid},
	{kind: KindNINO, re: regexp.MustCompile(`\b[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b`), valid: ninoValid},
	{kind: KindURLCredential, re: regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.-]*://([^\s/?#@:]+:[^\s/?#@]+)@`), group: 1},
	{kind: KindURLCredential, re: regexp.MustCompile(`(?i)[?&;#](?:password|passwd|pwd|pass|secret|client_secret|token|access_token|refresh_token|id_token|auth|auth_token|authorization|api_key|apikey|api-key|key|access_key|secret_key|private_key|private_token|jwt|code|otp|sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential|session|sessionid|session_id|sid|credential|credentials)=([^&#;\s"'<>,)\]}|]+)`), group: 1},
	{kind: KindJWT, re: regexp.MustCompile(`eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*`), valid: jwtValid},
	{kind: KindBearer, re: regexp.MustCompile(`(?i)\bbearer {1,4}([A-Za-z0-9._~+/-]{8,}=*)`), group: 1, valid: notAllLetters},
	{kind: KindBasicAuth, re: regexp.MustCompile(`(?i)\bbasic {1,4}([A-Za-z0-9+/]{4,}={0,2})`), group: 1, valid: basicValid},
	{kind: KindDateOfBirth, re: regexp.MustCompile(`(?i)(?:dob|d\.o\.b|birth|born)\D{0,20}\b([0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4})\b`), group: 1, valid: dateValid},
	{kind: KindPassport, re: regexp.MustCompile(`(?i)passport\W{0,20}(?:no\.?|number)?\W{0,5}\b([A-Z]{1,2}[0-9]{6,8}|[0-9]{8,9})\b`), group: 1},
}

// regexpScan finds with the baseline, then keeps the earliest of
// overlapping findings, as the scanner does.
func regexpScan(dst []Finding, text []byte) []Finding {
	start := len(dst)
	for _, d := range baseline {
		for _, m := range d.re.FindAllSubmatchIndex(text, -1) {
			s, e := m[2*d.group], m[2*d.group+1]
			if s < 0 || d.valid != nil && !d.valid(text[s:e]) {
				continue
			}
			dst = append(dst, Finding{Start: s, End: e, Kind: d.kind, Confidence: 0.9})
		}
	}
	found := dst[start:]
	slices.SortFunc(found, func(a, b Finding) int { return a.Start - b.Start })
	keep := found[:0]
	lastEnd := 0
	for _, f := range found {
		if f.Start >= lastEnd {
			keep = append(keep, f)
			lastEnd = f.End
		}
	}
	return dst[:start+len(keep)]
}

func benchCorpus(size int) []byte {
	return []byte(generate(1, size).b.String())
}

// BenchmarkScan compares the scanner with the regexp baseline on a 1 MiB
// log-like corpus (issue 4: at least 20x faster and above 100 MB/s).
func BenchmarkScan(b *testing.B) {
	text := benchCorpus(1 << 20)
	b.Run("scanner", func(b *testing.B) {
		sc := New(Config{})
		found := make([]Finding, 0, 8192)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			found = sc.Scan(found[:0], text)
		}
	})
	b.Run("regexp", func(b *testing.B) {
		found := make([]Finding, 0, 8192)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			found = regexpScan(found[:0], text)
		}
	})
}

// BenchmarkStream redacts 1 MiB and 8 MiB through a new Stream each time:
// B/op is the Stream's fixed buffers and does not grow with the input.
func BenchmarkStream(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"1MiB", 1 << 20}, {"8MiB", 8 << 20}} {
		text := benchCorpus(size.n)
		b.Run(size.name, func(b *testing.B) {
			sc := New(Config{})
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				s := Stream{Scanner: sc}
				if _, err := s.Copy(io.Discard, bytes.NewReader(text)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestRegexpBaselineIsFair: the baseline BenchmarkScan measures against is a
// working detector, not a straw man: on the labeled corpus it finds most of
// what the scanner finds, with the same validators.
func TestRegexpBaselineIsFair(t *testing.T) {
	t.Parallel()
	c := generate(5, 256<<10)
	text := []byte(c.b.String())
	per, _, _ := evaluate(regexpScan(nil, text), c.truth)
	var total score
	for _, s := range per {
		total.tp += s.tp
		total.fp += s.fp
		total.fn += s.fn
	}
	t.Logf("regexp baseline: recall %.4f precision %.4f", total.recall(), total.precision())
	if total.recall() < 0.9 || total.precision() < 0.9 {
		t.Errorf("the regexp baseline is too weak to compare with: recall %.4f, precision %.4f", total.recall(), total.precision())
	}
}

// BenchmarkScanAdversarial measures text built to be slow (the package
// comment's "a few MB/s"): digits that each start a run of groups to try,
// and a base64url run with a word start every few bytes, each of which
// opens a JWT header to read.
func BenchmarkScanAdversarial(b *testing.B) {
	for _, bc := range []struct{ name, unit string }{
		{"digits", "1 "},
		{"jwt-headers", "eyJhbGciOiJub25lIn0--"},
	} {
		text := []byte(strings.Repeat(bc.unit, (1<<20)/len(bc.unit)))
		b.Run(bc.name, func(b *testing.B) {
			sc := New(Config{})
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				sc.Scan(nil, text)
			}
		})
	}
}
