package textscan

// Limits from RFC 5321 §4.5.3.1: a local part has at most 64 octets and a
// domain at most 255 (253 in text form).
const (
	maxLocal  = 64
	maxDomain = 253
	maxLabel  = 63
)

// fileExtensions are endings that follow '@' in asset names ("icon@2x.png")
// and are not top-level domains in the IANA root zone database
// (https://www.iana.org/domains/root/db), so "x@2x.png" is not an address.
var fileExtensions = []string{
	"png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "tif", "tiff",
	"css", "js", "mjs", "json", "html", "htm", "txt", "xml", "yaml", "yml", "pdf",
}

// emailAt finds an e-mail address around the '@' at a. It returns the span
// or ok=false. The local part is the run of [A-Za-z0-9._%+-] before '@' (at
// most 64 bytes, no leading, trailing or doubled dot); the domain is at least
// two labels of [A-Za-z0-9-] (no label starting or ending with '-') and ends
// in an alphabetic TLD that is not a file extension.
func emailAt(text []byte, a, floor int) (start, end int, ok bool) {
	// Local part, walking left, not into the last finding.
	s := a
	for s > floor && classOf[text[s-1]]&(cAlnum|cLocal) != 0 {
		s--
		if a-s > maxLocal {
			return 0, 0, false
		}
	}
	for s < a && text[s] == '.' { // a sentence's dot is not part of the address
		s++
	}
	if s == a || text[a-1] == '.' || hasDoubleDot(text[s:a]) {
		return 0, 0, false
	}
	if s-3 >= floor && text[s-1] == '/' && text[s-2] == '/' && text[s-3] == ':' {
		return 0, 0, false // "ssh://git@host": user-info and a host, not a mailbox
	}
	// Domain, walking right label by label.
	n := len(text)
	p := a + 1
	labels := 0
	lastLabel := p
	for {
		ls := p
		for p < n && (isAlnum(text[p]) || text[p] == '-') {
			p++
			if p-ls > maxLabel {
				return 0, 0, false
			}
		}
		if p == ls || text[ls] == '-' || text[p-1] == '-' {
			return 0, 0, false
		}
		labels++
		lastLabel = ls
		if p-(a+1) > maxDomain {
			return 0, 0, false
		}
		if p+1 < n && text[p] == '.' && isAlnum(text[p+1]) {
			p++
			continue
		}
		break
	}
	if labels < 2 || !validTLD(text[lastLabel:p]) {
		return 0, 0, false
	}
	if p < n && (text[p] == '@' || text[p] == '-' && p+1 < n && isAlnum(text[p+1])) {
		return 0, 0, false
	}
	return s, p, true
}

func hasDoubleDot(b []byte) bool {
	for i := 1; i < len(b); i++ {
		if b[i] == '.' && b[i-1] == '.' {
			return true
		}
	}
	return false
}

// validTLD accepts 2-63 ASCII letters, or an IDNA "xn--" label, and rejects
// common file extensions.
func validTLD(t []byte) bool {
	if len(t) >= 5 && equalFold(t[:4], "xn--") {
		return true
	}
	if len(t) < 2 {
		return false
	}
	for _, c := range t {
		if !isAlpha(c) {
			return false
		}
	}
	for _, ext := range fileExtensions {
		if equalFold(t, ext) {
			return false
		}
	}
	return true
}

// validEmail reports whether b, entirely, is an address emailAt accepts.
// The regexp baseline in the tests shares it.
func validEmail(b []byte) bool {
	a := indexByte(b, '@')
	if a < 0 {
		return false
	}
	s, e, ok := emailAt(b, a, 0)
	return ok && s == 0 && e == len(b)
}
