package pii

import (
	"errors"
	"strconv"
	"unsafe"

	"github.com/clootrack/privacy/pii/internal/textscan"
)

// TextKind is the kind of a value a [Scanner] finds in free text. Each kind belongs to a
// [Category] ([TextKind.Category]), whose treatment the Scanner applies.
type TextKind uint8

// The kinds of values the free-text scanner finds, with how each is recognized. The
// zero TextKind is invalid.
const (
	TextEmail         TextKind = TextKind(textscan.KindEmail)         // a mailbox, RFC 5321 lengths, an alphabetic TLD
	TextPhone         TextKind = TextKind(textscan.KindPhone)         // E.164, or a national format of IN, US, GB, DE, FR, IT, ES, NL, PL
	TextCard          TextKind = TextKind(textscan.KindCard)          // 12-19 digits, Luhn, a known IIN range and length
	TextIBAN          TextKind = TextKind(textscan.KindIBAN)          // ISO 13616 registry length, ISO 7064 mod 97-10
	TextIPv4          TextKind = TextKind(textscan.KindIPv4)          // a dotted quad as net/netip parses it, not a version; also in "::ffff:192.0.2.1"
	TextIPv6          TextKind = TextKind(textscan.KindIPv6)          // RFC 4291 text as net/netip parses it; a zone ("%eth0") after it is left in place
	TextMAC           TextKind = TextKind(textscan.KindMAC)           // an EUI-48 address
	TextAadhaar       TextKind = TextKind(textscan.KindAadhaar)       // 12 digits, first 2-9, Verhoeff
	TextPAN           TextKind = TextKind(textscan.KindPAN)           // India's PAN, with its holder-type letter
	TextGSTIN         TextKind = TextKind(textscan.KindGSTIN)         // state code, PAN, mod-36 check character
	TextSSN           TextKind = TextKind(textscan.KindSSN)           // never-issued SSA ranges rejected
	TextITIN          TextKind = TextKind(textscan.KindITIN)          // an IRS ITIN (area 9xx, ITIN groups)
	TextNINO          TextKind = TextKind(textscan.KindNINO)          // HMRC prefix and suffix rules
	TextURLCredential TextKind = TextKind(textscan.KindURLCredential) // user-info or a secret query parameter of a URL
	TextJWT           TextKind = TextKind(textscan.KindJWT)           // a JWS or JWE whose header has "alg"
	TextBearer        TextKind = TextKind(textscan.KindBearer)        // the credential after "Bearer "
	TextBirthDate     TextKind = TextKind(textscan.KindDateOfBirth)   // a calendar date after a birth context word
	TextPassport      TextKind = TextKind(textscan.KindPassport)      // a passport number after a passport context word
	TextBasicAuth     TextKind = TextKind(textscan.KindBasicAuth)     // the base64 "user:password" after "Basic " (RFC 7617)

	numTextKinds = TextKind(textscan.NumKinds)
)

// textCategories maps each kind to the category whose treatment it gets.
var textCategories = [numTextKinds]Category{
	TextEmail:         CategoryEmail,
	TextPhone:         CategoryPhone,
	TextCard:          CategoryCard,
	TextIBAN:          CategoryBankAccount,
	TextIPv4:          CategoryIP,
	TextIPv6:          CategoryIP,
	TextMAC:           CategoryDeviceID,
	TextAadhaar:       CategoryAadhaar,
	TextPAN:           CategoryPAN,
	TextGSTIN:         CategoryGSTIN,
	TextSSN:           CategorySSN,
	TextITIN:          CategoryIDNumber,
	TextNINO:          CategoryNINO,
	TextURLCredential: CategorySecret,
	TextJWT:           CategorySecret,
	TextBearer:        CategorySecret,
	TextBirthDate:     CategoryBirthDate,
	TextPassport:      CategoryPassport,
	TextBasicAuth:     CategorySecret,
}

// TextKinds returns every TextKind, in declaration order.
func TextKinds() []TextKind {
	out := make([]TextKind, 0, numTextKinds-1)
	for k := TextKind(1); k < numTextKinds; k++ {
		out = append(out, k)
	}
	return out
}

// Valid reports whether k is one of the declared kinds.
func (k TextKind) Valid() bool { return k > 0 && k < numTextKinds }

// String returns the kind's name ("email", "url_credential", "date_of_birth"), or
// "TextKind(N)" for an invalid kind.
func (k TextKind) String() string {
	if !k.Valid() {
		return "TextKind(" + strconv.Itoa(int(k)) + ")"
	}
	return textscan.Kind(k).String()
}

// Category returns the category whose treatment values of kind k get: [CategoryIP] for both
// IP kinds, [CategorySecret] for URL credentials, JWTs, bearer tokens and Basic credentials
// (§17), and so on. An invalid kind has no category (0), which every sink redacts.
func (k TextKind) Category() Category {
	if !k.Valid() {
		return 0
	}
	return textCategories[k]
}

// ParseTextKind returns the kind named name, as [TextKind.String] spells it.
func ParseTextKind(name string) (TextKind, error) {
	for k := TextKind(1); k < numTextKinds; k++ {
		if k.String() == name {
			return k, nil
		}
	}
	return 0, ErrUnknownTextKind
}

// ErrUnknownTextKind is returned by [ParseTextKind] for an unknown name, and by [NewScanner]
// for an invalid kind in [ScanOptions.Kinds].
var ErrUnknownTextKind = errors.New("pii: unknown text kind")

// ErrConfidence is returned by [NewScanner] for a [ScanOptions.MinConfidence] outside [0, 1].
var ErrConfidence = errors.New("pii: MinConfidence outside [0, 1]")

// Finding is a value a [Scanner] found: its byte span [Start, End) in the scanned text, its
// kind, and a confidence in (0, 1]. A Finding holds offsets, never the value.
type Finding struct {
	Start, End int
	Kind       TextKind
	Confidence float32
}

// ScanOptions configures a [Scanner]. A nil *ScanOptions, and the zero ScanOptions, give the
// defaults: every kind, any confidence, the treatments of [SinkLog].
type ScanOptions struct {
	// Sink is the sink whose treatments the Scanner applies to what it finds, through the
	// Redactor: [SinkLog] (the zero value) masks e-mail addresses, phone numbers, IP and
	// MAC addresses and redacts identifiers and credentials by default. Use
	// [Options.Overrides] on the Redactor to choose another treatment for a category, such
	// as a pseudonym or the marker for everything.
	Sink Sink

	// Kinds limits what the Scanner looks for. Nil or empty means every kind.
	Kinds []TextKind

	// MinConfidence drops findings whose confidence is below it (0 keeps all). Values that
	// a strong check digit or a strict grammar confirms score 0.85 and above: cards, IBANs,
	// GSTINs, NINOs, e-mail and IP addresses, JWTs, bearer tokens, Basic credentials, URL
	// credentials, a phone number that fits its country's plan, and a date of birth, or a
	// bare SSN, Aadhaar or national phone number, after its context word. Weaker evidence
	// scores less: a PAN, a MAC address, a passport number or a URL user name alone 0.8, a
	// formatted SSN or ITIN and a phone number of a country without a plan here 0.75, a
	// grouped Aadhaar number 0.7, a national phone number recognized by its format alone
	// 0.6. A context word before a card, a phone number or an identifier adds 0.25, up to
	// 0.99.
	MinConfidence float32
}

// Scanner finds personal data in free text (log lines, support tickets, search queries,
// §2.5) and redacts it with a [Redactor]'s treatments, so that a value found in text gets
// exactly what [Redactor.RedactString] gives it: the pseudonym of an e-mail address in a log
// line equals the one in a tagged struct.
//
// It recognizes the kinds of [TextKind] in one pass over the bytes, without regular
// expressions, validating what it finds (check digits, numbering plans, never-issued
// ranges) and using context words ("aadhaar", "आधार", "date of birth", "passport") where a
// pattern is too weak alone. Near misses are not reported: wrong check digits, UUIDs,
// timestamps, version strings, hex hashes, order numbers. Context words count within 64
// bytes and five words before a value, on its line, and not past an earlier finding, a
// redaction marker or a number: a context word speaks for the first value after it.
//
// Redacting a text twice changes nothing: a second pass over the Scanner's output finds
// nothing new in it. This holds with the default marker, [TypedMarker] and a marker of
// stars ("***"), and with the masks of [Redactor.RedactString] ("***@example.com",
// "411111******1111", "XXXX XXXX 0124", "203.0.113.0", "2001:db8:1::", "1985-**-**"...),
// which the scanner reads as what they are, the remains of values already redacted. With
// other markers, or with pseudonyms, sealed tokens or dropped values, a second pass may
// redact more, never less.
//
// A Scanner implements [TextRedactor]: pass it as [LogOptions.Text] to scan log messages,
// string attributes and error texts. Scanning allocates nothing when the caller supplies the
// findings slice ([Scanner.Scan]); [Scanner.RedactString] allocates only when it finds
// something; [Scanner.RedactStream] redacts a reader of any size in bounded memory.
//
// A Scanner is immutable and safe for concurrent use by multiple goroutines. Make one with
// [NewScanner]; the zero Scanner is not usable.
type Scanner struct {
	r       *Redactor
	sink    Sink
	sc      *textscan.Scanner
	treat   [numTextKinds]Treatment
	marker  [numTextKinds]string
	replace textscan.Replacer // s.appendTreated, bound once
}

// NewScanner returns a Scanner that redacts with r (nil means a Redactor with the default
// [Options]). It returns [ErrUnknownSink] for an invalid [ScanOptions.Sink],
// [ErrUnknownTextKind] for an invalid kind, and [ErrConfidence] for a confidence outside
// [0, 1].
func NewScanner(r *Redactor, opts *ScanOptions) (*Scanner, error) {
	if opts == nil {
		opts = &ScanOptions{}
	}
	if !opts.Sink.Valid() {
		return nil, ErrUnknownSink
	}
	if !(opts.MinConfidence >= 0 && opts.MinConfidence <= 1) {
		return nil, ErrConfidence
	}
	var kinds []textscan.Kind
	for _, k := range opts.Kinds {
		if !k.Valid() {
			return nil, ErrUnknownTextKind
		}
		kinds = append(kinds, textscan.Kind(k))
	}
	if r == nil {
		var err error
		if r, err = NewRedactor(nil); err != nil {
			return nil, err
		}
	}
	s := &Scanner{
		r:    r,
		sink: opts.Sink,
		sc:   textscan.New(textscan.Config{Kinds: textscan.KindSetOf(kinds...), MinConfidence: opts.MinConfidence}),
	}
	for k := TextKind(1); k < numTextKinds; k++ {
		c := k.Category()
		s.treat[k] = r.Treatment(opts.Sink, c)
		s.marker[k] = r.Marker(c)
	}
	s.replace = s.appendTreated
	return s, nil
}

// Scan appends to dst the findings in text, ordered by start and never overlapping, and
// returns the extended slice. It allocates only if dst must grow.
func (s *Scanner) Scan(dst []Finding, text []byte) []Finding {
	return textscan.Append(s.sc, dst, text, publicFinding)
}

// publicFinding converts one of the engine's findings.
func publicFinding(f textscan.Finding) Finding {
	return Finding{Start: f.Start, End: f.End, Kind: TextKind(f.Kind), Confidence: f.Confidence}
}

// Redact appends text to dst with every value the Scanner finds replaced by its
// treatment, and returns the extended slice. Apart from growing dst, it allocates only for
// treatments that build a string (masks, pseudonyms, sealed values) and for a text with
// more than 16 values.
func (s *Scanner) Redact(dst, text []byte) []byte {
	var buf [16]textscan.Finding
	return textscan.AppendRedacted(dst, text, s.engineScan(buf[:0], text), s.replace)
}

// RedactString returns text with every value the Scanner finds replaced by its treatment,
// or text itself, without allocating, if it finds nothing. It implements [TextRedactor].
func (s *Scanner) RedactString(text string) string {
	// The scan and the treatments only read text, so they may read it in place.
	b := unsafe.Slice(unsafe.StringData(text), len(text))
	var buf [16]textscan.Finding
	found := s.engineScan(buf[:0], b)
	if len(found) == 0 {
		return text
	}
	out := textscan.AppendRedacted(make([]byte, 0, len(text)+32), b, found, s.replace)
	// out is new and referenced nowhere else, so the string may share its bytes, as
	// strings.Builder does.
	return unsafe.String(unsafe.SliceData(out), len(out))
}

// engineScan appends the engine's findings in text to dst. It goes through textscan.Append,
// instantiated in this package, rather than textscan.Scanner.Scan: the compiler then proves
// that dst does not escape, and the callers' buffers stay on the stack
// (TestScannerAllocations).
func (s *Scanner) engineScan(dst []textscan.Finding, text []byte) []textscan.Finding {
	return textscan.Append(s.sc, dst, text, sameFinding)
}

func sameFinding(f textscan.Finding) textscan.Finding { return f }

// appendTreated appends the treatment of one finding: the Redactor's marker, nothing, or the
// value itself when the category's treatment in the sink is redact, drop or clear, and
// otherwise what [Redactor.RedactString] returns for it (a mask, a pseudonym, a sealed
// token).
func (s *Scanner) appendTreated(dst, text []byte, f textscan.Finding) []byte {
	k := TextKind(f.Kind)
	switch s.treat[k] {
	case TreatmentRedact:
		return append(dst, s.marker[k]...)
	case TreatmentDrop:
		return dst
	case TreatmentClear:
		return append(dst, text[f.Start:f.End]...)
	}
	return append(dst, s.r.RedactString(s.sink, k.Category(), string(text[f.Start:f.End]))...)
}
