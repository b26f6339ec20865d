package textscan

import (
	"encoding/base64"
	"encoding/json"
	"unicode/utf8"
)

// maxJWTHeader bounds the base64url header of a JWT the scanner decodes.
const maxJWTHeader = 1364 // decodes to at most 1023 bytes

// jwtAt returns the end of a JSON Web Token starting at i: three (JWS) or
// five (JWE) base64url segments separated by dots, the first decoding to a
// JSON object with an "alg" member (RFC 7515 §7.1, RFC 7516 §7.1). The last
// JWS segment may be empty (an unsecured JWT, "alg":"none"). It reads at most
// MaxTokenLen bytes: a longer token is reported over its first MaxTokenLen.
func jwtAt(text []byte, i, maxToken int) (end int, ok bool) {
	limit := min(len(text), i+maxToken)
	segTo := func(p, lim int) int {
		for p < lim && isB64(text[p]) {
			if p > i && startsWord(text, i, p) && startsIPv4(text, p) {
				break // an IPv4 address, where another finding may begin
			}
			p++
		}
		return p
	}
	seg := func(p int) int { return segTo(p, limit) }
	// A header longer than maxJWTHeader is rejected, so reading one byte
	// past that bound is enough: a long base64url run with a word start
	// every few bytes then costs maxJWTHeader per start, not MaxTokenLen.
	h := segTo(i, min(limit, i+maxJWTHeader+1))
	if h-i < 4 || h-i > maxJWTHeader || h >= limit || text[h] != '.' {
		return 0, false
	}
	var hdr [maxJWTHeader * 3 / 4]byte
	m, err := base64.RawURLEncoding.Decode(hdr[:], text[i:h])
	if err != nil || !jwtHeader(hdr[:m]) {
		return 0, false
	}
	truncated := func(e int) bool { return e == i+maxToken }
	e := seg(h + 1)
	if truncated(e) && e > h+1 {
		return e, true
	}
	if e == h+1 || e >= limit || text[e] != '.' {
		return 0, false
	}
	end3 := seg(e + 1)
	if end3 < limit && text[end3] == '.' { // JWE: encrypted key . iv . ciphertext . tag
		if e4 := seg(end3 + 1); e4 < limit && text[e4] == '.' {
			if end, ok := jwtLast(text, i, e4+1, seg(e4+1), truncated(seg(e4+1))); ok {
				return end, true
			}
		}
	}
	return jwtLast(text, i, e+1, end3, truncated(end3))
}

// jwtLast returns the end of the JWT at i whose last segment is [last,
// end): end, unless the token is glued to more ('.' or '=' follows) and is
// not cut (truncated). Then, if another finding may begin inside the
// segment, where a word starts after two joiners ("sig_-10.0.0.1"), the
// token ends there, as it does once that finding is replaced by its marker
// or mask.
func jwtLast(text []byte, i, last, end int, truncated bool) (int, bool) {
	if truncated || end >= len(text) || text[end] != '.' && text[end] != '=' {
		return end, true
	}
	for q := end - 1; q >= last; q-- {
		if isAlnum(text[q]) && startsWord(text, i, q) {
			return q, true
		}
	}
	return 0, false
}

// jwtHeader reports whether b is a JSON object with an "alg" member.
func jwtHeader(b []byte) bool {
	if len(b) < 2 || b[0] != '{' || !json.Valid(b) {
		return false
	}
	const key = `"alg"`
	for k := 0; k+len(key) <= len(b); k++ {
		if string(b[k:k+len(key)]) != key {
			continue
		}
		p := k + len(key)
		for p < len(b) && (b[p] == ' ' || b[p] == '\t' || b[p] == '\n' || b[p] == '\r') {
			p++
		}
		if p < len(b) && b[p] == ':' {
			return true
		}
	}
	return false
}

func (st *scanState) jwt(i int) {
	if !st.want(i, 1<<KindJWT) {
		return
	}
	if e, ok := jwtAt(st.text, i, st.sc.maxToken); ok {
		st.add(KindJWT, i, e, 0.99)
	}
}

// isToken68 reports the characters of an RFC 7235 token68, the credential
// after an auth scheme.
func isToken68(c byte) bool {
	return isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/'
}

// bearer handles the credential after the word "Bearer" ending at j
// (RFC 6750 §2.1): one to four spaces, then a token68 of at least eight
// characters that is not a plain word ("Bearer realm", "Bearer token").
// A JWT is reported as a JWT.
func (st *scanState) bearer(j int) {
	text := st.text
	n := len(text)
	p := j
	for p < n && p-j < 4 && text[p] == ' ' {
		p++
	}
	if p == j || p >= n || !isToken68(text[p]) {
		return
	}
	if e, ok := jwtAt(text, p, st.sc.maxToken); ok && st.sc.kinds.Has(KindJWT) {
		st.add(KindJWT, p, e, 0.99)
		return
	}
	if !st.want(p, 1<<KindBearer) {
		return
	}
	e := p
	for e < n && e-p < st.sc.maxToken && isToken68(text[e]) {
		if startsWord(text, p, e) && startsIPv4(text, e) {
			break // an IPv4 address, where another finding may begin
		}
		e++
	}
	e = beforeMask(text, p, e)
	plain := true
	for _, c := range text[p:e] {
		if !isAlpha(c) {
			plain = false
		}
	}
	for e < n && e-p < st.sc.maxToken && text[e] == '=' {
		e++
	}
	if e-p < 8 || plain {
		return // too short, or a word
	}
	st.add(KindBearer, p, e, 0.95)
}

// startsIPv4 reports whether a dotted quad starts at p.
func startsIPv4(text []byte, p int) bool {
	q := p
	for q < len(text) && q-p < 15 && (isDigit(text[q]) || text[q] == '.') {
		q++
	}
	for q > p && text[q-1] == '.' {
		q--
	}
	return parseIPv4(text[p:q])
}

// beforeMask returns e, the end of a token [p, e), or, if a mask follows it
// ('*'), the start of the letters and digits glued to the mask: what a card
// mask keeps ("411111******1111") of a value that another finding took,
// and where the token ended before, at the value's first separator
// ("4111 1111 ..."). A token is never judged on what a mask kept.
func beforeMask(text []byte, p, e int) int {
	if e >= len(text) || text[e] != '*' {
		return e
	}
	for e > p && isAlnum(text[e-1]) {
		e--
	}
	return e
}

// maxBasic bounds the base64 credentials after "Basic" that the scanner
// decodes: 1024 characters decode to at most 768 bytes of "user:password".
const maxBasic = 1024

// basic handles the credentials after the word "Basic" ending at j
// (RFC 7617 §2): one to four spaces, then the base64 of "user-id:password".
// They are reported only if they decode to at least three bytes of printable
// UTF-8 text holding a colon, so "basic auth failed" and `Basic
// realm="api"` are left alone.
func (st *scanState) basic(j int) {
	text := st.text
	n := len(text)
	p := j
	for p < n && p-j < 4 && text[p] == ' ' {
		p++
	}
	if p == j || !st.want(p, 1<<KindBasicAuth) {
		return
	}
	e := p
	for e < n && e-p <= maxBasic && (isAlnum(text[e]) || text[e] == '+' || text[e] == '/') {
		e++
	}
	if e = beforeMask(text, p, e); e-p < 4 || e-p > maxBasic {
		return
	}
	raw := e
	for e < n && e-raw < 2 && text[e] == '=' {
		e++
	}
	if e < n && text[e] == '=' || !endOK(text, e) {
		return
	}
	var buf [maxBasic * 3 / 4]byte
	m, err := base64.RawStdEncoding.Decode(buf[:], text[p:raw])
	if err != nil || m < 3 || !basicCredentials(buf[:m]) {
		return
	}
	st.add(KindBasicAuth, p, e, 0.95)
}

// basicCredentials reports whether b is printable UTF-8 text holding a colon.
func basicCredentials(b []byte) bool {
	colon := false
	for _, c := range b {
		if c < ' ' || c == 0x7f {
			return false
		}
		colon = colon || c == ':'
	}
	return colon && utf8.Valid(b)
}

// userinfo handles "scheme://user:password@host" at the ':' at c and
// reports the user-info (RFC 3986 §3.2.1). A user name alone is reported
// only when it is long enough to be a token (20 bytes or more), so that
// "ssh://git@github.com" stays readable.
func (st *scanState) userinfo(c int) {
	text := st.text
	s := c
	for s > st.floor && c-s <= 32 && isSchemeByte(text[s-1]) {
		s--
	}
	if s == c || c-s > 32 || !isAlpha(text[s]) || st.back(s-1) == '@' || st.maskedBefore(s) {
		// No scheme (too long to be one), or the domain of an address,
		// or what a mask kept.
		return
	}
	u := c + 3
	if !st.want(u, 1<<KindURLCredential) {
		return
	}
	n := len(text)
	p := u
	colon := -1
	for p < n && p-u <= 256 {
		ch := text[p]
		if ch == '@' {
			break
		}
		if ch == ':' && colon < 0 {
			colon = p
		}
		if !isUserinfo(ch) || ch == '*' && p-u >= 2 && text[p-1] == '*' && text[p-2] == '*' {
			return // not user-info, or a mask in it: not a credential in clear
		}
		p++
	}
	if p >= n || text[p] != '@' || p == u || p+1 >= n || !opensHost(text[p+1]) {
		return
	}
	switch {
	case colon >= u && colon < p-1:
		st.add(KindURLCredential, u, p, 0.99)
	case colon < 0 && p-u >= 20:
		st.add(KindURLCredential, u, p, 0.8)
	}
}

// isSchemeByte reports the bytes of a URI scheme (RFC 3986 §3.1).
func isSchemeByte(c byte) bool {
	return isAlnum(c) || c == '+' || c == '.' || c == '-'
}

// opensHost reports whether c may begin the host after user-info: a letter,
// a digit or '[', and also whatever a finding that starts there, or the
// marker or mask that replaces it, may begin with (so that redacting the
// host does not change whether the user-info is reported).
func opensHost(c byte) bool {
	return opener(c) || c == '%' || c == '-' || c == '_'
}

// isUserinfo reports the characters RFC 3986 allows in user-info:
// unreserved, percent-encoded, sub-delims and ':'.
func isUserinfo(c byte) bool {
	if isAlnum(c) {
		return true
	}
	switch c {
	case '-', '.', '_', '~', '%', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':':
		return true
	}
	return false
}

// secretParams are query and fragment parameters that carry credentials:
// passwords, OAuth tokens and codes (RFC 6749 §4.1.2, §4.2.2), API keys,
// and the signatures of pre-signed URLs (AWS SigV4 X-Amz-Signature and
// X-Amz-Credential, Google X-Goog-Signature, Azure SAS sig).
var secretParams = []string{
	"password", "passwd", "pwd", "pass", "secret", "client_secret",
	"token", "access_token", "refresh_token", "id_token", "auth", "auth_token", "authorization",
	"api_key", "apikey", "api-key", "key", "access_key", "secret_key", "private_key", "private_token", "jwt", "code", "otp",
	"sig", "signature", "x-amz-signature", "x-amz-credential", "x-amz-security-token",
	"x-goog-signature", "x-goog-credential", "session", "sessionid", "session_id", "sid",
	"credential", "credentials",
}

// queryValue handles the '=' at q of a URL query or fragment parameter
// ("?token=...", "&password=...", "#access_token=...") whose name is a
// secret, and reports its value.
func (st *scanState) queryValue(q int) {
	text := st.text
	k := q
	for k > st.floor && q-k < 32 && (isAlnum(text[k-1]) || text[k-1] == '_' || text[k-1] == '-' || text[k-1] == '.') {
		k--
	}
	if k == q {
		return
	}
	switch st.back(k - 1) {
	case '?', '&', ';', '#':
	default:
		return
	}
	v := q + 1
	if !st.want(v, 1<<KindURLCredential) || !isSecretParam(text[k:q]) {
		return
	}
	n := len(text)
	if v < n && text[v] == '[' {
		// Already redacted ("?token=[REDACTED]"), or in brackets, where
		// another finding may begin and be replaced by its marker.
		return
	}
	e := v
	for e < n && e-v < st.sc.maxToken && !endsParam(text[e]) {
		e++
	}
	if e > v {
		st.add(KindURLCredential, v, e, 0.95)
	}
}

func isSecretParam(name []byte) bool {
	for _, p := range secretParams {
		if equalFold(name, p) {
			return true
		}
	}
	return false
}

// endsParam reports bytes that end a parameter value in running text.
func endsParam(c byte) bool {
	if c <= ' ' || c == 0x7f {
		return true
	}
	switch c {
	case '&', '#', ';', '"', '\'', '<', '>', '`', ')', ']', '}', ',', '|':
		return true
	}
	return false
}

// hexColon handles a short hex word at i followed by ':', '-' or '.': a
// MAC address, else an IPv6 address. It reports whether one was recorded.
func (st *scanState) hexColon(i int) bool {
	text := st.text
	if p := st.back(i - 2); st.back(i-1) == ':' && (isHex(p) || p == ':') {
		return false // inside a longer colon-separated run
	}
	if st.want(i, 1<<KindMAC) {
		if e, ok := macAt(text, i); ok {
			return st.add(KindMAC, i, e, 0.8)
		}
	}
	return st.ipv6(i)
}

// ipv6 reports an IPv6 address starting at i, where a hex group or "::"
// begins. The candidate is the longest run of hex digits, colons and dots
// (less a last group that runs into a word), without a trailing '.' or lone
// ':'; if that is not an address that ends well (ipv6Ends), each shorter
// prefix that ends before a ':' or '.' or after a "::" is tried, longest
// first, so that what is left of a run after redacting a later value in it
// was already tried ("2001:db8::1::2" gives 2001:db8::1).
// Short forms of one or two tiny groups ("a::b", "::1") are not reported:
// they are far more often code ("std::max") than addresses.
func (st *scanState) ipv6(i int) bool {
	if !st.want(i, 1<<KindIPv6|1<<KindIPv4) {
		return false
	}
	text := st.text
	n := len(text)
	e := i
	for e < n && e-i < 45 && (isHex(text[e]) || text[e] == ':' || text[e] == '.') {
		e++
	}
	if e < n && isAlnum(text[e]) {
		// The last group runs into a word ("0::1:eyJ...", "::1..AB12Z"):
		// it is not part of the address, and the word may start a finding
		// of its own.
		for e > i && text[e-1] != ':' && text[e-1] != '.' {
			e--
		}
	}
	for e > i && text[e-1] == '.' {
		e--
	}
	if e > i+1 && text[e-1] == ':' && text[e-2] != ':' {
		e--
	}
	if st.ipv6Ends(i, e) && st.addIPv6(i, e) {
		return true
	}
	// A prefix can only parse if the run has a "::" or six colons (an
	// embedded IPv4 address): times of day ("12:34:56") skip this.
	colons, double := 0, false
	for k := i; k < e; k++ {
		if text[k] == ':' {
			colons++
			double = double || k > i && text[k-1] == ':'
		}
	}
	if !double && colons < 6 {
		return false
	}
	for end := e - 1; end > i+1; end-- {
		c := text[end]
		afterDouble := text[end-1] == ':' && text[end-2] == ':'
		if c != ':' && c != '.' && !afterDouble {
			continue
		}
		if st.ipv6Ends(i, end) && st.addIPv6(i, end) {
			return true
		}
	}
	return false
}

// addIPv6 records the address [i, e). An IPv4-mapped address written with
// a dotted quad ("::ffff:192.0.2.1") is recorded as the IPv4 address it
// maps, after its fixed prefix, as the dotted quad would be on its own:
// the IPv4 address is the personal data, and its mask keeps the shape of
// the text ("::ffff:192.0.2.0"), where the mask of the whole address would
// be a bare IPv4 address that reads differently next to what follows.
//
// An IPv4-mapped address written in hex ("::ffff:c000:201") is recorded as
// an IPv6 address, but only where a dotted quad, its mask ("192.0.2.0"),
// reads the same (dottedMayStart, ipv4End).
func (st *scanState) addIPv6(i, e int) bool {
	b := st.text[i:e]
	if d := mappedDotted(b); d > 0 {
		return st.ipv4End(e) && st.add(KindIPv4, i+d, e, 0.85)
	}
	if mappedHex(b) && !(st.dottedMayStart(i) && st.ipv4End(e)) {
		return false
	}
	return st.add(KindIPv6, i, e, 0.9)
}

// dottedMayStart reports whether a dotted quad at i, the mask of an
// address written in hex there, reads as it does: after a delimiter where
// an address written from "::" may begin (opensColons), but not after a
// space or '/' that a run of digit groups crosses ("+44 20 ", "2024/").
func (st *scanState) dottedMayStart(i int) bool {
	p := st.back(i - 1)
	if !opensColons(p) {
		return false
	}
	q := st.back(i - 2)
	return !(p == ' ' || p == '/') || !isDigit(q) && q != ')'
}

// mappedDotted returns the offset of the dotted quad in b, an IPv6 address
// that parses, if b is an IPv4-mapped address written with one (RFC 4291
// §2.5.5.2: "::ffff:" or "0:0:0:0:0:ffff:" and a dotted quad); otherwise 0.
func mappedDotted(b []byte) int {
	d := 0
	for k, c := range b {
		if c == ':' {
			d = k + 1
		}
	}
	if d == 0 || indexByte(b[d:], '.') < 0 || !mappedPrefix(b[:d-1]) {
		return 0
	}
	return d
}

// mappedHex reports whether b, an IPv6 address without a dotted quad that
// parses, is IPv4-mapped (::ffff:0:0/96): its first five 16-bit groups are
// zero and the sixth is ffff.
func mappedHex(b []byte) bool {
	var w [8]uint16
	head, tail := b, []byte(nil)
	for k := 0; k+1 < len(b); k++ {
		if b[k] == ':' && b[k+1] == ':' {
			head, tail = b[:k], b[k+2:]
			break
		}
	}
	n := hexGroups(head, w[:])
	if n < 0 {
		return false
	}
	var t [8]uint16
	m := hexGroups(tail, t[:])
	if m < 0 || n+m > 8 {
		return false
	}
	copy(w[8-m:], t[:m])
	return w == [8]uint16{0, 0, 0, 0, 0, 0xffff, w[6], w[7]}
}

// hexGroups parses colon-separated hex groups into w and returns how many,
// or -1 for anything else (an empty b has none).
func hexGroups(b []byte, w []uint16) int {
	n := 0
	for len(b) > 0 {
		if n == len(w) {
			return -1
		}
		var v uint16
		k := 0
		for k < len(b) && k < 4 && isHex(b[k]) {
			c := lower(b[k])
			if c <= '9' {
				v = v<<4 | uint16(c-'0')
			} else {
				v = v<<4 | uint16(c-'a'+10)
			}
			k++
		}
		if k == 0 || k < len(b) && b[k] != ':' {
			return -1
		}
		w[n] = v
		n++
		if k == len(b) {
			break
		}
		b = b[k+1:]
	}
	return n
}

// mappedPrefix reports whether b is the prefix of an IPv4-mapped address
// before its last colon: "::ffff", "0:0:0:0:0:ffff".
func mappedPrefix(b []byte) bool {
	if len(b) < 6 || !equalFold(b[len(b)-4:], "ffff") || b[len(b)-5] != ':' {
		return false
	}
	for _, c := range b[:len(b)-4] {
		if c != '0' && c != ':' {
			return false
		}
	}
	return true
}

// ipv6Ends reports whether the candidate [i, e) is an address that may be
// reported: it is plausible, parses, and ends
//   - before a '%', whatever follows: a zone ("%eth0") names a network
//     interface, not a person, and is never part of the finding, and what
//     follows the '%' is scanned on its own, as another finding may begin
//     there;
//   - after a hex digit, before neither a letter or digit nor a '.' and one
//     (a longer dotted token);
//   - after "::", before nothing that opens a finding, a marker or a mask
//     (endOK): a masked address ends in "::" too ("2001:db8:1::"), and with
//     hex digits after it would read as a new, longer address; and a later
//     finding right after the "::" must not decide differently from the
//     marker or mask that replaces it;
//   - and is not "::ffff" before a ':', the prefix of an IPv4-mapped address
//     whose IPv4 address was replaced.
func (st *scanState) ipv6Ends(i, e int) bool {
	text := st.text
	if !plausibleIPv6(text[i:e]) || !parseIPv6(text[i:e]) {
		return false
	}
	switch {
	case e == len(text) || text[e] == '%':
		return true
	case text[e-1] == ':':
		return endOK(text, e)
	case text[e] == ':':
		return !mappedPrefix(text[i:e])
	case text[e] == '.':
		return e+1 == len(text) || !isAlnum(text[e+1])
	}
	return !isAlnum(text[e])
}

// plausibleIPv6 rejects candidates that parse but are rarely addresses in
// text: fewer than two colons, or only one or two groups of one or two hex
// digits and no embedded IPv4 ("a::b", "::1", "std::max" would be "d::").
func plausibleIPv6(b []byte) bool {
	colons, groups, run, big, dots := 0, 0, 0, false, false
	for _, c := range b {
		switch c {
		case ':':
			colons++
			run = 0
		case '.':
			dots = true
			run = 0
		default:
			if run++; run == 1 {
				groups++
			}
			if run >= 3 {
				big = true
			}
		}
	}
	return colons >= 2 && (groups >= 3 || big || dots)
}
