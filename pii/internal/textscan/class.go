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

// lower folds an ASCII letter to lower case and leaves other bytes alone.
func lower(c byte) byte {
	if isUpper(c) {
		return c + 'a' - 'A'
	}
	return c
}

// endOK reports whether a token ending at e is not glued to more of a word:
// the next byte is not alphanumeric, and is not a joiner followed by one.
func endOK(text []byte, e int) bool {
	if e >= len(text) {
		return true
	}
	c := text[e]
	if isAlnum(c) {
		return false
	}
	if c == '-' || c == '.' || c == '_' {
		return e+1 >= len(text) || !isAlnum(text[e+1])
	}
	return true
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
