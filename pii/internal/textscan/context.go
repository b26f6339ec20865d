package textscan

import "bytes"

// ContextWindow is how many bytes before a candidate a context word may
// start.
const ContextWindow = 64

// contextWords is how many words before a candidate its context may reach
// (Presidio's LemmaContextAwareEnhancer looks five tokens back, anchors.md
// §3.2).
const contextWords = 5

// ctxSet is a list of context words, lower case, with a table of their
// first bytes so a window is checked in one pass. ASCII words must stand
// alone (no ASCII letter on either side, so "pan" does not match inside
// "company"); words in other scripts match as exact bytes.
type ctxSet struct {
	words []string
	first [256]bool // first bytes of the words, in both cases
}

func newCtxSet(words ...string) *ctxSet {
	c := &ctxSet{words: words}
	for _, w := range words {
		c.first[w[0]] = true
		if w[0] >= 'a' && w[0] <= 'z' {
			c.first[w[0]-'a'+'A'] = true
		}
	}
	return c
}

// Context words. Generic words that log messages are full of ("call",
// "contact", "number") are left out, or only count in a phrase.
var (
	ctxAadhaar  = newCtxSet("aadhaar", "aadhar", "adhaar", "uidai", "uid", "आधार")
	ctxPAN      = newCtxSet("pan", "permanent account number", "income tax", "पैन")
	ctxGSTIN    = newCtxSet("gstin", "gst", "जीएसटी")
	ctxSSN      = newCtxSet("ssn", "social security", "ss#", "itin", "taxpayer")
	ctxNINO     = newCtxSet("nino", "national insurance", "ni number", "ni no")
	ctxPhone    = newCtxSet("phone", "telephone", "tel", "mobile", "mob", "cell", "cellphone", "whatsapp", "fax", "sms", "call me", "call us", "call at", "contact no", "contact number", "फ़ोन", "फोन", "मोबाइल")
	ctxCard     = newCtxSet("card", "credit", "debit", "visa", "mastercard", "amex", "rupay", "maestro", "cc")
	ctxDOB      = newCtxSet("dob", "d.o.b", "birth", "birthdate", "birthday", "born", "जन्म")
	ctxPassport = newCtxSet("passport", "पासपोर्ट")
)

// ctxVersion are words that, right before a dotted quad, make it a
// version, not an address.
var ctxVersion = []string{"version", "ver", "v", "release", "rel", "build", "firmware", "fw", "rev", "revision"}

// hasContext reports whether one of words occurs shortly before s: within
// ContextWindow bytes and contextWords words, on the same line, and with no
// value between it and s. A context word speaks for the first value after
// it: the window starts after the previous finding, the last redaction
// marker, and the last word that holds a digit, '*', '@' or "::" (a value,
// or what a mask kept of one; see valueEnd). So "aadhaar [AADHAAR]
// 234567890124", "aadhaar XXXX XXXX 0124 234567890124" and "aadhaar
// 10.0.0.1 234567890124" read the same before and after redaction.
func (st *scanState) hasContext(s int, set *ctxSet) bool {
	text := st.text
	lo := max(s-ContextWindow, st.floor, 0)
	if lo >= s {
		return false // s is inside an earlier finding: it will not be recorded
	}
	lo += valueEnd(text[lo:s])
	lo += markerEnd(text[lo:s])
	m := set.last(text[lo:s])
	if m < 0 {
		return false
	}
	words := 0
	for p := lo + m; p < s; p++ {
		if isWordByte(text[p]) && (p == lo || !isWordByte(text[p-1])) {
			words++
		}
	}
	return words <= contextWords
}

// valueEnd returns the offset just past the last line break in win, or past
// the last word (of bytes above ' ') that holds a digit, '*', '@' or "::",
// the bytes of a value or of what a mask keeps of one ("10.0.0.1",
// "***@example.com", "2001:db8::"), whichever is later; or 0.
func valueEnd(win []byte) int {
	for k := len(win) - 1; k >= 0; k-- {
		c := win[k]
		if c == '\n' {
			return k + 1
		}
		if isDigit(c) || c == '*' || c == '@' || c == ':' && k > 0 && win[k-1] == ':' {
			for k < len(win) && win[k] > ' ' {
				k++
			}
			return k
		}
	}
	return 0
}

func isWordByte(c byte) bool { return isAlnum(c) || c >= 0x80 }

// last returns the offset in win of the last occurrence of one of the set's
// words, or -1.
func (c *ctxSet) last(win []byte) int {
	for i := len(win) - 1; i >= 0; i-- {
		if !c.first[win[i]] {
			continue
		}
		b := lower(win[i])
		if b < 0x80 && i > 0 && isAlpha(win[i-1]) {
			continue
		}
		for _, w := range c.words {
			if w[0] == b && matchAt(win, i, w) {
				return i
			}
		}
	}
	return -1
}

// matchAt reports whether w occurs at win[i:], ASCII case-insensitively,
// and, for an ASCII word, is not followed by an ASCII letter.
func matchAt(win []byte, i int, w string) bool {
	if i+len(w) > len(win) {
		return false
	}
	for j := 1; j < len(w); j++ {
		if lower(win[i+j]) != w[j] {
			return false
		}
	}
	end := i + len(w)
	return w[0] >= 0x80 || end == len(win) || !isAlpha(win[end])
}

// wordBefore returns the ASCII word that ends just before s, skipping up to
// three separator bytes (space, ':', '=', '#'), or nil. It does not read
// into the last finding.
func (st *scanState) wordBefore(s int) []byte {
	text := st.text[st.floor:]
	s -= st.floor
	e := s
	for k := 0; k < 3 && e > 0; k++ {
		c := text[e-1]
		if c != ' ' && c != ':' && c != '=' && c != '#' && c != '\t' {
			break
		}
		e--
	}
	b := e
	for b > 0 && e-b < 16 && isAlpha(text[b-1]) {
		b--
	}
	if b == e {
		return nil
	}
	return text[b:e]
}

// boost raises a base confidence when a context word is present.
func boost(base float32, ctx bool) float32 {
	if !ctx {
		return base
	}
	return min(base+0.25, 0.99)
}

// markerEnd returns the offset just past the last redaction marker in win,
// "[" upper-case letters, digits or '_' "]" as [Kind.Marker] and pii's
// markers write them (or such a marker's tail at the start of win), or 0
// if there is none.
func markerEnd(win []byte) int {
	for e := len(win); e > 0; {
		k := bytes.LastIndexByte(win[:e], ']')
		if k < 0 {
			return 0
		}
		j := k
		for j > 0 && k-j < 32 && (isUpper(win[j-1]) || isDigit(win[j-1]) || win[j-1] == '_') {
			j--
		}
		if j < k && (j > 0 && win[j-1] == '[' || j == 0) {
			// A marker, or the tail of one cut by the window's start:
			// "[DATE_OF_BIRTH]" must not lend its "BIRTH" to a date after it.
			return k + 1
		}
		e = k
	}
	return 0
}
