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
	seg := func(p int) int {
		for p < limit && isB64(text[p]) {
			p++
		}
		return p
	}
	h := seg(i)
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
	end = seg(e + 1)
	if end < limit && text[end] == '.' { // JWE: encrypted key . iv . ciphertext . tag
		e2 := seg(end + 1)
		if e2 < limit && text[e2] == '.' {
			end = seg(e2 + 1)
		}
	}
	if truncated(end) {
		return end, true
	}
	if end < len(text) && (text[end] == '.' || text[end] == '=') {
		return 0, false
	}
	return end, true
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
	plain := true
	for e < n && e-p < st.sc.maxToken && isToken68(text[e]) {
		if !isAlpha(text[e]) {
			plain = false
		}
		e++
	}
	for e < n && e-p < st.sc.maxToken && text[e] == '=' {
		e++
	}
	if e-p < 8 || plain {
		return
	}
	st.add(KindBearer, p, e, 0.95)
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
	if e-p < 4 || e-p > maxBasic {
		return
	}
	raw := e
	for e < n && e-raw < 2 && text[e] == '=' {
		e++
	}
	if e < n && (isAlnum(text[e]) || text[e] == '=') {
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
	for s > st.floor && c-s < 32 && (isAlnum(text[s-1]) || text[s-1] == '+' || text[s-1] == '.' || text[s-1] == '-') {
		s--
	}
	if s == c || !isAlpha(text[s]) {
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
		if !isUserinfo(ch) {
			return
		}
		p++
	}
	if p >= n || text[p] != '@' || p == u || p+1 >= n || !(isAlnum(text[p+1]) || text[p+1] == '[') {
		return
	}
	switch {
	case colon > u && colon < p-1:
		st.add(KindURLCredential, u, p, 0.99)
	case colon < 0 && p-u >= 20:
		st.add(KindURLCredential, u, p, 0.8)
	}
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
	if m := markerAt(text, v); m > 0 && (v+m == n || endsParam(text[v+m])) {
		return // already redacted: "?token=[REDACTED]"
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
// ':', plus a zone ("%eth0"); if that does not parse, each shorter prefix
// that ends before a ':' or '.' or after a "::" is tried, longest first, so
// that what is left of a run after redacting a later value in it was
// already tried ("2001:db8::1::2" gives 2001:db8::1).
// Short forms of one or two tiny groups ("a::b", "::1") are not reported:
// they are far more often code ("std::max") than addresses.
func (st *scanState) ipv6(i int) bool {
	if !st.want(i, 1<<KindIPv6) {
		return false
	}
	text := st.text
	n := len(text)
	e := i
	for e < n && e-i < 45 && (isHex(text[e]) || text[e] == ':' || text[e] == '.') {
		e++
	}
	if e < n && isAlnum(text[e]) {
		// The last group runs into a word ("0::1:eyJ..."): it is not part
		// of the address, and the word may start a finding of its own.
		for e > i && text[e-1] != ':' {
			e--
		}
	}
	for e > i && text[e-1] == '.' {
		e--
	}
	if e > i+1 && text[e-1] == ':' && text[e-2] != ':' {
		e--
	}
	if z, ok := st.ipv6Zone(i, e); ok {
		return st.add(KindIPv6, i, z, 0.9)
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
		if afterDouble && isHex(c) {
			// "…::" glued to hex digits: a masked address ends in "::" too,
			// and would read as a new address with what follows.
			continue
		}
		if plausibleIPv6(text[i:end]) && parseIPv6(text[i:end]) {
			return st.add(KindIPv6, i, end, 0.9)
		}
	}
	return false
}

// ipv6Zone checks the candidate [i, e) with its optional zone and returns
// the end of the finding. The zone ("%eth0") must be well formed but is not
// part of the finding: it names a network interface, not a person, and
// leaving it outside keeps redaction idempotent (a masked address followed
// by the zone must not read as a new address with a zone).
func (st *scanState) ipv6Zone(i, e int) (int, bool) {
	text := st.text
	n := len(text)
	if !plausibleIPv6(text[i:e]) {
		return 0, false
	}
	end := e
	if e+1 < n && text[e] == '%' && isAlnum(text[e+1]) {
		z := e + 1
		for z < n && z-e <= 16 && (isAlnum(text[z]) || text[z] == '_' || text[z] == '-' || text[z] == '.') {
			z++
		}
		for text[z-1] == '.' {
			z--
		}
		end = z
	}
	if end < n && isAlnum(text[end]) || !parseIPv6(text[i:e]) {
		return 0, false
	}
	return e, true
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
