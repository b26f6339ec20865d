package textscan

// Bounds that make every decision local (see the package comment).
const (
	// MaxTokenLen is the longest span the scanner reports. A longer token
	// (only a JWT, a bearer token or a secret URL parameter can be) is
	// reported over its first MaxTokenLen bytes.
	MaxTokenLen = 8 << 10
	// LookAhead is how far past the end of a span a recogniser may read to
	// decide where the span ends.
	LookAhead = 16
	// loopBack is how far before a start offset the scan loop begins, so
	// that anchors which report a span after themselves ("Bearer ",
	// "?token=", "://") are seen.
	loopBack = 16
	// maxLookBehind bounds every backward read of a recogniser, measured
	// from the loop's first position: context windows, e-mail local parts,
	// URL schemes and query keys.
	maxLookBehind = 128
	// Carry is the most a [Stream] keeps from one chunk for the next: the
	// look-behind of the spans it has not written yet, and the longest span.
	Carry = maxLookBehind + MaxTokenLen + LookAhead
)

// Config selects what a [Scanner] reports. The zero Config reports every
// kind at any confidence.
type Config struct {
	// Kinds limits the kinds reported; zero means all.
	Kinds KindSet
	// MinConfidence drops findings below it.
	MinConfidence float32
}

// Scanner finds personal data in text. It is immutable and safe for
// concurrent use.
type Scanner struct {
	kinds    KindSet
	minConf  float32
	maxToken int // MaxTokenLen; smaller in tests, to exercise the carry-over
}

// New returns a Scanner for cfg.
func New(cfg Config) *Scanner {
	k := cfg.Kinds & AllKinds
	if k == 0 {
		k = AllKinds
	}
	return &Scanner{kinds: k, minConf: cfg.MinConfidence, maxToken: MaxTokenLen}
}

// Scan appends to dst the findings in text, in order of their start, with
// no two overlapping, and returns the extended slice. It allocates only if
// dst needs to grow.
func (s *Scanner) Scan(dst []Finding, text []byte) []Finding {
	return scan(s, dst, text, 0, 0, sameFinding)
}

// Append is [Scanner.Scan] for a caller with its own finding type, such as
// package pii: it appends conv(f) to dst for each finding f, in order, and
// returns the extended slice. It allocates only if dst needs to grow.
func Append[F any](s *Scanner, dst []F, text []byte, conv func(Finding) F) []F {
	return scan(s, dst, text, 0, 0, conv)
}

func sameFinding(f Finding) Finding { return f }

// scan reports the findings that start at or after from, with the text
// before from available as context; floor is the end of the last finding
// before from, which context words do not reach past. A finding's
// existence depends only on the bytes in [start-maxLookBehind,
// end+LookAhead) and on floor.
func scan[F any](s *Scanner, dst []F, text []byte, from, floor int, conv func(Finding) F) []F {
	st := scanState{sc: s, text: text, from: from, lastEnd: from, floor: floor}
	n := len(text)
	i := max(from-loopBack, 0)
	for i < n {
		c := classOf[text[i]]
		if c&cAlnum != 0 {
			j := i + 1
			mask := c
			for j < n {
				c2 := classOf[text[j]]
				if c2&cAlnum == 0 {
					break
				}
				mask |= c2
				j++
			}
			if st.isStart(i) {
				st.word(i, j, mask)
				if st.npend > 0 {
					dst = flush(&st, dst, conv)
				}
			}
			i = j
			continue
		}
		if c&cAnchor != 0 {
			st.anchor(i)
			if st.npend > 0 {
				dst = flush(&st, dst, conv)
			}
		}
		i++
	}
	return dst
}

// carry is how many bytes a Stream keeps between chunks for this scanner.
func (s *Scanner) carry() int { return maxLookBehind + s.maxToken + LookAhead }

// scanState is the per-call state of a scan.
type scanState struct {
	sc      *Scanner
	text    []byte
	from    int
	lastEnd int // end of the last finding, where the next may start
	floor   int // end of the last finding, where context words stop
	// pend holds the findings of one recogniser call (at most two: an IPv4
	// range) until the scan loop appends them to the caller's slice. The
	// caller's slice is never stored here, so it can live on the stack.
	pend  [2]Finding
	npend int
}

// flush appends the pending findings to dst, converted, and clears them.
func flush[F any](st *scanState, dst []F, conv func(Finding) F) []F {
	for _, f := range st.pend[:st.npend] {
		dst = append(dst, conv(f))
	}
	st.npend = 0
	return dst
}

// back returns the byte at p as a scan of the redacted text would see it:
// a byte of the last finding reads as ']', the end of the marker that
// replaces it, and a byte before the text as a space. Every look behind a
// start goes through back (or stops at floor), so that redacting a text
// twice changes nothing.
func (st *scanState) back(p int) byte {
	switch {
	case p < 0:
		return ' '
	case p < st.floor:
		return ']'
	}
	return st.text[p]
}

// isStart reports whether a word beginning at i starts a token: the byte
// before it is not alphanumeric, and is not a joiner (- . _) glued to an
// alphanumeric byte before that. So "v1.2.3.4", "ORD-2024-000123",
// "user_4111111111111111" and the groups of a UUID are not starts. Nor is
// what a mask kept of a value (see maskedBefore).
func (st *scanState) isStart(i int) bool {
	switch p := st.back(i - 1); {
	case isAlnum(p):
		return false
	case p == ' ':
		return st.back(i-2) != 'X' || !st.maskedBefore(i) // the common case first
	case p == '-' || p == '.' || p == '_':
		return !isAlnum(st.back(i-2)) && !st.maskedBefore(i) && !st.inMaskedDomain(i)
	case p == '*' || p == '@':
		return !st.maskedBefore(i)
	}
	return true
}

// maskedBefore reports whether a token beginning at i continues what a
// mask of package pii kept of a value: it follows a run of three or more
// '*' ("******0100"), or a '*' and a joiner or '@' ("***-**-6789", the
// domain of "***@example.com"), or begins with a joiner after a '*', or
// follows Aadhaar's "XXXX XXXX ". Such a token is never the start of a
// finding, so that redacting a masked text finds nothing new in it.
// Markdown's "**bold**" has only two stars.
func (st *scanState) maskedBefore(i int) bool {
	switch st.back(i - 1) {
	case '*':
		c := st.text[i]
		return st.back(i-2) == '*' && st.back(i-3) == '*' || c == '-' || c == '.' || c == '_'
	case '-', '.', '_', '@':
		return st.back(i-2) == '*'
	case ' ':
		const aadhaarMask = "XXXX XXXX "
		for k := 2; k <= len(aadhaarMask); k++ {
			if st.back(i-k) != aadhaarMask[len(aadhaarMask)-k] {
				return false
			}
		}
		return true
	}
	return false
}

// maskedDomainReach bounds how far inMaskedDomain looks back for "*@". It
// stays within maxLookBehind less the scan loop's own loopBack, so that a
// stream decides exactly as a one-shot scan.
const maskedDomainReach = maxLookBehind - loopBack

// inMaskedDomain reports whether a token beginning at i lies inside the
// domain of a masked e-mail address ("***@0--0100000.example"): walking back
// over domain bytes (letters, digits, '-' and '.') reaches an '@' after a
// '*'. Inside a domain, only a token after a '-' or '.' that is not glued to
// a letter or digit can start, so isStart asks only then. A domain longer
// than maskedDomainReach before the token is not recognised; a second pass
// may then redact digits in it, more and never less.
func (st *scanState) inMaskedDomain(i int) bool {
	for k := i - 1; k >= 0 && i-k <= maskedDomainReach; k-- {
		switch c := st.back(k); {
		case c == '@':
			return st.back(k-1) == '*'
		case isAlnum(c) || c == '-' || c == '.':
		default:
			return false
		}
	}
	return false
}

// add records a finding if its kind is wanted, it starts at or after from,
// and it does not overlap the previous finding. It reports whether the
// finding was recorded.
func (st *scanState) add(k Kind, start, end int, conf float32) bool {
	if start < st.lastEnd || start < st.from || end <= start {
		return false
	}
	if !st.sc.kinds.Has(k) || conf < st.sc.minConf {
		return false
	}
	if st.npend == len(st.pend) {
		return false
	}
	st.pend[st.npend] = Finding{Start: start, End: end, Kind: k, Confidence: conf}
	st.npend++
	st.lastEnd, st.floor = end, end
	return true
}

// want reports whether any of ks may still be recorded at start.
func (st *scanState) want(start int, ks KindSet) bool {
	return start >= st.lastEnd && start >= st.from && st.sc.kinds&ks != 0
}

// word dispatches a word [i, j) that starts a token; mask is the union of
// its byte classes.
func (st *scanState) word(i, j int, mask uint8) {
	hasDigit := mask&cDigit != 0
	hasAlpha := mask&(cUpper|cLower) != 0
	text := st.text
	if j-i <= 4 && j < len(text) && (text[j] == ':' || text[j] == '-' || text[j] == '.') && allHex(text[i:j]) {
		// A hex word followed by ':' '-' or '.' may open a MAC or IPv6 address.
		if st.hexColon(i) {
			return
		}
	}
	switch {
	case !hasAlpha:
		st.numeric(i, j)
	case !hasDigit:
		if mayOpenLetters(text, i, j, mask) {
			st.letters(i, j, mask)
		}
	default:
		st.mixed(i, j, mask)
	}
}

// anchor runs the recognisers that start at a punctuation byte.
func (st *scanState) anchor(i int) {
	text := st.text
	switch text[i] {
	case '@':
		st.email(i)
	case '+':
		if i+1 < len(text) && isDigit(text[i+1]) && !isAlnum(st.back(i-1)) {
			st.e164(i)
		}
	case '(':
		if i+1 < len(text) && isDigit(text[i+1]) && !isAlnum(st.back(i-1)) {
			st.parenPhone(i)
		}
	case ':':
		if i+2 < len(text) && text[i+1] == '/' && text[i+2] == '/' {
			st.userinfo(i)
			return
		}
		if i+1 < len(text) && text[i+1] == ':' && opensColons(st.back(i-1)) {
			st.ipv6(i)
		}
	case '=':
		st.queryValue(i)
	}
}

// opensColons reports whether an address written from "::" ("::1",
// "::ffff:192.0.2.1") may begin after p: a space, a bracket, a quote or a
// separator (= , ; | / < > { }), not a byte that a token before it reads
// on from ('+', '-', '.', '%', a letter or a digit). The mask of such an
// address may begin with a digit ("0:2001:db8::" for "::2001:db8:..."),
// which must not join what precedes it ("+49 30 1234.", "fe80::1%"); and it
// never begins right after a finding or a marker (']'), whose mask may end
// in "::".
func opensColons(p byte) bool {
	switch p {
	case ' ', '\t', '\r', '\n', '[', '(', '"', '\'', '=', ',', ';', '<', '>', '|', '{', '}', '/':
		return true
	}
	return false
}

func (st *scanState) email(a int) {
	if !st.sc.kinds.Has(KindEmail) {
		return
	}
	if s, e, ok := emailAt(st.text, a, st.floor); ok && !st.maskedBefore(s) {
		st.add(KindEmail, s, e, 0.95)
	}
}

func allHex(b []byte) bool {
	for _, c := range b {
		if !isHex(c) {
			return false
		}
	}
	return true
}

// mayOpenLetters is a cheap filter for words of letters, most of which open
// nothing: it passes "Bearer" and "Basic", the "eyJ" of a JWT, a two-letter
// NINO prefix and a month name followed by a space or a dot.
func mayOpenLetters(text []byte, i, j int, mask uint8) bool {
	n := j - i
	switch c := text[i] | 0x20; {
	case (n == 6 || n == 5) && c == 'b':
		return true
	case n >= 3 && text[i] == 'e' && text[i+1] == 'y' && text[i+2] == 'J':
		return true
	case n == 2:
		return mask&cLower == 0 && j < len(text) && text[j] == ' '
	case n >= 3 && n <= 9 && j+2 < len(text) && (text[j] == ' ' || text[j] == '.'):
		return c == 'j' || c == 'f' || c == 'm' || c == 'a' || c == 's' || c == 'o' || c == 'n' || c == 'd'
	}
	return false
}
