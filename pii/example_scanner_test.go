package pii_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/clootrack/privacy/pii"
)

// A Scanner finds personal data in free text and gives it the Redactor's treatment for the
// log sink: e-mail addresses keep their domain, IP addresses their network (§3.5), cards
// (§2.6) and identification numbers (§2.1) become the marker, and so do credentials (§17).
func ExampleScanner() {
	s, err := pii.NewScanner(nil, nil) // the default Redactor, the log sink
	if err != nil {
		panic(err)
	}
	fmt.Println(s.RedactString("refund for priya@example.in, card 4111 1111 1111 1111, from 203.0.113.7"))
	fmt.Println(s.RedactString("retry GET /reset?token=eW91LWZvdW5kLWl0 (aadhaar 2345 6789 0124)"))
	fmt.Println(s.RedactString("version 1.2.3.4 build 550e8400-e29b-41d4-a716-446655440000"))
	// Output:
	// refund for ***@example.in, card [REDACTED], from 203.0.113.0
	// retry GET /reset?token=[REDACTED] (aadhaar [REDACTED])
	// version 1.2.3.4 build 550e8400-e29b-41d4-a716-446655440000
}

// RedactString is what the slog handler calls on each message: with the typed markers of
// Options.Marker every value shows its kind, and a text with nothing to redact comes back as
// it was, without an allocation. Near misses, here a card number with a wrong check digit
// and a Luhn-valid order number outside every card range, stay.
func ExampleScanner_RedactString() {
	r, _ := pii.NewRedactor(&pii.Options{Marker: pii.TypedMarker})
	s, _ := pii.NewScanner(r, nil)
	fmt.Println(s.RedactString("ssn 536-22-1234, passport no. J8369854, DOB 12/03/1985"))
	fmt.Println(s.RedactString("card 4111 1111 1111 1112, order 1234567812345670"))
	// Output:
	// ssn [SSN], passport no. [PASSPORT], DOB [BIRTHDATE]
	// card 4111 1111 1111 1112, order 1234567812345670
}

// Scan reports what it finds, with the kind, the byte span and a confidence; it appends to
// the caller's slice and allocates nothing when the slice has room.
func ExampleScanner_Scan() {
	s, _ := pii.NewScanner(nil, nil)
	text := []byte("GSTIN 29AAICA3918J1ZE, DOB: 1985-03-12, +44 20 7946 0958, ref 2345 6789 0125")
	found := make([]pii.Finding, 0, 8)
	for _, f := range s.Scan(found, text) {
		fmt.Printf("%-14s %-9s %.2f %q\n", f.Kind, f.Kind.Category(), f.Confidence, text[f.Start:f.End])
	}
	// Output:
	// gstin          gstin     0.99 "29AAICA3918J1ZE"
	// date_of_birth  birthdate 0.90 "1985-03-12"
	// phone          phone     0.90 "+44 20 7946 0958"
}

// With a pseudonym key and an override, the scanner writes the same keyed pseudonym the
// Redactor writes into a tagged struct: log lines and exported records join on it.
func ExampleNewScanner() {
	r, _ := pii.NewRedactor(&pii.Options{
		PseudonymKeys: []pii.Key{{ID: "2026", Secret: bytes.Repeat([]byte{1}, 32)}},
		Overrides:     []pii.Override{{Category: pii.CategoryEmail, Sink: pii.SinkLog, Treatment: pii.TreatmentPseudonym}},
	})
	type Customer struct {
		Email string `pii:"email"`
	}
	v, _ := r.Redact(pii.SinkLog, Customer{Email: "alice@example.com"})
	s, _ := pii.NewScanner(r, nil)
	line := s.RedactString("ticket 881: Alice@Example.com cannot log in")
	fmt.Println(v.(Customer).Email)
	fmt.Println(line)
	fmt.Println(strings.Contains(line, v.(Customer).Email))
	// Output:
	// pii:p1:2026:j9KyrHUwfcDRj1LLYcsbDw
	// ticket 881: pii:p1:2026:j9KyrHUwfcDRj1LLYcsbDw cannot log in
	// true
}

// RedactStream redacts a reader of any size into a writer in bounded memory; in line mode
// each line is written as soon as it is complete.
func ExampleScanner_RedactStream() {
	r, _ := pii.NewRedactor(&pii.Options{Marker: pii.TypedMarker})
	s, _ := pii.NewScanner(r, nil)
	logs := strings.NewReader("login alice@example.com from 198.51.100.7\n" +
		"charge 5555 5555 5555 4444 declined\n" +
		"Authorization: Bearer mF_9.B5f-4.1JqM\n")
	res, err := s.RedactStream(os.Stdout, logs, &pii.StreamOptions{Lines: true})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Total(), "values:", res.Count(pii.TextEmail), "email,", res.Count(pii.TextCard), "card,",
		res.Count(pii.TextIPv4), "ipv4,", res.Count(pii.TextBearer), "bearer token")
	// Output:
	// login ***@example.com from 198.51.100.0
	// charge [CARD] declined
	// Authorization: Bearer [SECRET]
	// 4 values: 1 email, 1 card, 1 ipv4, 1 bearer token
}

// Give the Scanner to the slog handler as LogOptions.Text and it scans every message, string
// attribute and error text, after the handler's own rules for keys and typed values.
func ExampleScanner_logHandler() {
	s, _ := pii.NewScanner(nil, nil)
	text := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	})
	h, _ := pii.NewLogHandler(text, nil, &pii.LogOptions{Text: s})
	logger := slog.New(h)
	logger.Warn("payment failed for bob@example.org", "detail", "card 4111111111111111 expired")
	// Output:
	// level=WARN msg="payment failed for ***@example.org" detail="card [REDACTED] expired"
}
