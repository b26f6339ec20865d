package textscan

// Byte classes. The scanner's hot loop looks up one byte in classOf per step.
const (
	cDigit  uint8 = 1 << iota // 0-9
	cUpper                    // A-Z
	cLower                    // a-z
	cHex                      // 0-9 a-f A-F
	cAnchor                   // @ + ( : = : a recogniser starts here
	cJoiner                   // - . _ : a word after one of these, glued to a word before, is not a new start
	cLocal                    // punctuation allowed in an e-mail local part: . _ % + -
	cB64                      // - _ : base64url beyond alphanumerics
)

const cAlnum = cDigit | cUpper | cLower

var classOf = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] |= cDigit | cHex
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] |= cUpper
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= cLower
	}
	for _, c := range "abcdefABCDEF" {
		t[c] |= cHex
	}
	for _, c := range "@+(:=" {
		t[c] |= cAnchor
	}
	for _, c := range "-._" {
		t[c] |= cJoiner
	}
	for _, c := range "._%+-" {
		t[c] |= cLocal
	}
	for _, c := range "-_" {
		t[c] |= cB64
	}
	return t
}()

func isDigit(c byte) bool { return c-'0' < 10 }
func isUpper(c byte) bool { return c-'A' < 26 }
func isAlpha(c byte) bool { return classOf[c]&(cUpper|cLower) != 0 }
func isAlnum(c byte) bool { return classOf[c]&cAlnum != 0 }
func isHex(c byte) bool   { return classOf[c]&cHex != 0 }
func isB64(c byte) bool   { return classOf[c]&(cAlnum|cB64) != 0 }

func isJoinerByte(c byte) bool { return classOf[c]&cJoiner != 0 }

// lower folds an ASCII letter to lower case and leaves other bytes alone.
func lower(c byte) byte {
	if isUpper(c) {
		return c + 'a' - 'A'
	}
	return c
}

// opener reports whether c may be the first byte of a finding that starts
// after punctuation (a letter, a digit, '+', '(' or ':'), or the first byte
// of the marker ('[') or of a mask ('*', a digit, a letter, ':') that
// replaces one.
func opener(c byte) bool {
	return isAlnum(c) || c == '[' || c == '*' || c == '+' || c == '(' || c == ':'
}

// opensAt reports whether a finding, or the marker or mask that replaces
// it, may begin at p, or at p+1 past a joiner (- . _), when the byte before
// p is punctuation.
func opensAt(text []byte, p int) bool {
	if p >= len(text) {
		return false
	}
	c := text[p]
	if c == '-' || c == '.' || c == '_' {
		return p+1 < len(text) && opener(text[p+1])
	}
	return opener(c)
}

// startsWord reports whether a finding could begin at q, inside a token
// that begins at p, if the token were not one: q is the token's start, or
// the byte before q is neither alphanumeric nor a joiner (- . _) glued to an
// alphanumeric byte (the rule of the scan loop's word starts).
func startsWord(text []byte, p, q int) bool {
	if q == p {
		return true
	}
	b := text[q-1]
	if isAlnum(b) {
		return false
	}
	return !isJoinerByte(b) || q-1 == p || !isAlnum(text[q-2])
}

// endOK reports whether a token ending at e is not glued to more of a word.
//
// After a token that ends with a letter or a digit, the next byte must not
// be alphanumeric. After a token that ends with punctuation ("(415)",
// "fe80::", "...=="), nothing that opens a finding, a marker or a mask may
// follow it: another finding may begin right at e, and what replaces it
// when the text is redacted ("[PHONE]", "***@example.com") must be read the
// same as the finding itself. After either, a joiner (- . _) must not be
// followed by such an opener: a finding may begin there once a shorter
// token ending at e is reported ("+203.0.113.7-GB29 NWBK ...").
func endOK(text []byte, e int) bool {
	if e >= len(text) {
		return true
	}
	if !isAlnum(text[e-1]) || isJoinerByte(text[e]) {
		return !opensAt(text, e)
	}
	return !isAlnum(text[e])
}

// equalFold reports whether b equals the lower-case ASCII word w, ignoring
// the case of b.
func equalFold(b []byte, w string) bool {
	if len(b) != len(w) {
		return false
	}
	for i := range len(b) {
		if lower(b[i]) != w[i] {
			return false
		}
	}
	return true
}
