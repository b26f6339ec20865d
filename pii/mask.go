package pii

import (
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// appendMask appends to dst the partial form of s, a value of category c, and reports true;
// or reports false if the category has no partial form or s is not a value of it that mask
// can read, in which case the caller uses the marker (fail closed). On false, dst may hold
// extra bytes past its original length; callers discard them. The partial forms:
//
//   - email: "***@" and the domain;
//   - phone: its digits, each but the last 4 (or the last 2 of a number of under 10 digits)
//     replaced by '*'; fewer than 6 digits is not masked;
//   - card: the first 6 and last 4 digits of 15 to 19 digits, the last 4 of 12 to 14 digits,
//     with '*' for the rest (at most first 6 and last 4, §2.6, §3.9);
//   - ip: the /24 network of an IPv4 address and the /48 of an IPv6 address (§3.5), or the
//     prefixes of [Options];
//   - birthdate: the year, with the month and day as stars, "1985-**-**" (the stars keep it
//     a date's shape, so that the free-text scanner never reads the year as part of a
//     number beside it);
//   - name: the initials, "A. S.";
//   - url: the scheme and host, without user, path, query or fragment;
//   - geo: "lat,lon" rounded to one decimal (about 11 km);
//   - aadhaar: "XXXX XXXX " and the last 4 digits (Aadhaar Act 2016 s.29(4): no Aadhaar
//     number is displayed publicly); ssn: "***-**-" and the last 4 digits;
//   - bankaccount, idnumber, pan, gstin, passport, nino, deviceid: the last 4 letters or
//     digits of 10 or more (the last 3 of 8 or 9), the rest '*'; shorter is not masked.
func (r *Redactor) appendMask(dst []byte, c Category, s string) ([]byte, bool) {
	switch c {
	case CategoryEmail:
		return appendMaskedEmail(dst, s)
	case CategoryPhone:
		n, ok := countSymbols(s, isDigit, " -.()+/")
		if !ok || n < 6 || n > 15+4 { // E.164 allows 15 digits; leave room for an extension
			return dst, false
		}
		keep := 2
		if n >= 10 {
			keep = 4
		}
		return appendMaskedSymbols(dst, s, isDigit, n, 0, keep), true
	case CategoryCard:
		n, ok := countSymbols(s, isDigit, " -")
		switch {
		case ok && n >= 15 && n <= 19:
			return appendMaskedSymbols(dst, s, isDigit, n, 6, 4), true
		case ok && n >= 12 && n < 15:
			return appendMaskedSymbols(dst, s, isDigit, n, 0, 4), true
		}
		return dst, false
	case CategoryIP:
		if out, ok := r.appendMaskedIPv4(dst, s); ok {
			return out, true
		}
		a, ok := parseIP(s)
		if !ok {
			return dst, false
		}
		return r.maskAddr(a).AppendTo(dst), true
	case CategoryBirthDate:
		if t, ok := parseDate(s); ok {
			return append(strconv.AppendInt(dst, int64(t.Year()), 10), "-**-**"...), true
		}
		return dst, false
	case CategoryName:
		return appendInitials(dst, s)
	case CategoryURL:
		u, err := url.Parse(strings.TrimSpace(s))
		if err != nil || u.Scheme == "" || u.Host == "" {
			return dst, false
		}
		return append(append(append(dst, u.Scheme...), "://"...), u.Host...), true
	case CategoryGeo:
		return appendMaskedGeo(dst, s)
	case CategoryAadhaar:
		if n, ok := countSymbols(s, isDigit, " -"); ok && n == 12 {
			return appendMaskedSymbols(append(dst, "XXXX XXXX "...), s, isDigit, n, 0, -4), true
		}
		return dst, false
	case CategorySSN:
		if n, ok := countSymbols(s, isDigit, " -"); ok && n == 9 {
			return appendMaskedSymbols(append(dst, "***-**-"...), s, isDigit, n, 0, -4), true
		}
		return dst, false
	case CategoryBankAccount, CategoryIDNumber, CategoryPAN, CategoryGSTIN, CategoryPassport,
		CategoryNINO, CategoryDeviceID:
		n, ok := countSymbols(s, isAlnum, " -./")
		switch {
		case ok && n >= 10:
			return appendMaskedSymbols(dst, s, isAlnum, n, 0, 4), true
		case ok && n >= 8:
			return appendMaskedSymbols(dst, s, isAlnum, n, 0, 3), true
		}
		return dst, false
	}
	return dst, false
}

// maskLenBound returns the most bytes appendMask appends for the input s of category c, so
// that a copy can reserve its texts' memory exactly. The partial forms drop or keep each byte
// of the input, except: "***@" stands for a local part of one byte or more; an initial of a
// one-letter word gains ". "; Aadhaar and SSN masks add their fixed prefixes to the last 4 of
// 12 or 9 digits; a masked birth date is "yyyy-**-**"; an IPv4-mapped address written in hex
// ("::ffff:a00:1") is masked in dotted form, while any address written with a dot masks to
// no more bytes than it has; a rounded coordinate pair is at most "-90.0,-180.0".
func maskLenBound(c Category, s string) int {
	n := len(s)
	switch c {
	case CategoryEmail:
		return n + 3
	case CategoryName:
		return 2 * n
	case CategoryAadhaar, CategorySSN:
		return n + 2
	case CategoryGeo:
		return max(n, len("-90.0,-180.0"))
	case CategoryBirthDate:
		return max(n, len("9999-**-**"))
	case CategoryIP:
		if strings.IndexByte(s, '.') < 0 {
			return max(n, len("::ffff:255.255.255.255"))
		}
	}
	return n
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func isAlnum(b byte) bool { return isDigit(b) || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// countSymbols counts the bytes of s that satisfy symbol, and reports false if s holds a
// byte that is neither a symbol nor one of the separators in seps.
func countSymbols(s string, symbol func(byte) bool, seps string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		switch {
		case symbol(s[i]):
			n++
		case strings.IndexByte(seps, s[i]) < 0:
			return 0, false
		}
	}
	return n, true
}

// appendMaskedSymbols appends the n symbols of s, separators dropped, keeping the first
// first and the last last of them and writing '*' for the others. A negative last appends
// only the last -last symbols, without stars.
func appendMaskedSymbols(dst []byte, s string, symbol func(byte) bool, n, first, last int) []byte {
	onlyTail := last < 0
	if onlyTail {
		last = -last
	}
	i := 0
	for j := 0; j < len(s); j++ {
		b := s[j]
		if !symbol(b) {
			continue
		}
		switch {
		case i >= n-last || i < first:
			dst = append(dst, b)
		case !onlyTail:
			dst = append(dst, '*')
		}
		i++
	}
	return dst
}

func appendMaskedEmail(dst []byte, s string) ([]byte, bool) {
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at == len(s)-1 {
		return dst, false
	}
	domain := s[at+1:]
	for i := 0; i < len(domain); i++ {
		if domain[i] <= ' ' {
			return dst, false
		}
	}
	return append(append(dst, "***@"...), domain...), true
}

// appendMaskedIPv4 masks a dotted-quad IPv4 address without a port, the common case,
// without building a netip.Addr; it reports false for anything else, which parseIP reads.
func (r *Redactor) appendMaskedIPv4(dst []byte, s string) ([]byte, bool) {
	var ip uint32
	field, digits, dots := uint32(0), 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			if digits > 0 && field == 0 { // no leading zeros, as netip.ParseAddr
				return dst, false
			}
			field = field*10 + uint32(c-'0')
			digits++
			if field > 255 {
				return dst, false
			}
		case c == '.' && digits > 0 && dots < 3:
			ip = ip<<8 | field
			field, digits = 0, 0
			dots++
		default:
			return dst, false
		}
	}
	if dots != 3 || digits == 0 {
		return dst, false
	}
	ip = ip<<8 | field
	ip &^= 1<<(32-r.ipv4Bits) - 1
	dst = appendOctet(dst, byte(ip>>24))
	for shift := 16; shift >= 0; shift -= 8 {
		dst = appendOctet(append(dst, '.'), byte(ip>>shift))
	}
	return dst, true
}

// appendOctet appends b in decimal; strconv.AppendUint costs more for three digits at most.
func appendOctet(dst []byte, b byte) []byte {
	switch {
	case b >= 100:
		return append(dst, '0'+b/100, '0'+b/10%10, '0'+b%10)
	case b >= 10:
		return append(dst, '0'+b/10, '0'+b%10)
	}
	return append(dst, '0'+b)
}

// parseIP reads an IP address, with or without a port or a zone.
func parseIP(s string) (netip.Addr, bool) {
	s = strings.TrimSpace(s)
	if a, err := netip.ParseAddr(s); err == nil {
		return a, true
	}
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr(), true
	}
	return netip.Addr{}, false
}

// maskAddr keeps the network part of an address: the configured /24 or /48 by default. An
// IPv4-mapped IPv6 address is masked as the IPv4 address it holds and stays mapped
// ("::ffff:203.0.113.0"), so that a mask keeps the shape of what it masks.
func (r *Redactor) maskAddr(a netip.Addr) netip.Addr {
	a = a.WithZone("")
	if a.Is4In6() {
		return netip.AddrFrom16(r.maskAddr(a.Unmap()).As16())
	}
	p, err := a.Prefix(r.prefixBits(a))
	if err != nil {
		return netip.Addr{}
	}
	return p.Addr()
}

func (r *Redactor) prefixBits(a netip.Addr) int {
	if a.Is4() {
		return r.ipv4Bits
	}
	return r.ipv6Bits
}

var dateLayouts = []string{time.DateOnly, time.RFC3339, "2006/01/02", "20060102", "02.01.2006", "2 January 2006", "January 2, 2006"}

func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// appendInitials appends the first letter of each word followed by a full stop.
func appendInitials(dst []byte, s string) ([]byte, bool) {
	start, n := true, len(dst)
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		space := r == ' ' || '\t' <= r && r <= '\r'
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		i += size
		switch {
		case space:
			start = true
		case start:
			if r == utf8.RuneError {
				return dst, false
			}
			if len(dst) > n {
				dst = append(dst, ' ')
			}
			dst = append(utf8.AppendRune(dst, r), '.')
			start = false
		}
	}
	return dst, len(dst) > n
}

func appendMaskedGeo(dst []byte, s string) ([]byte, bool) {
	lat, lon, ok := strings.Cut(s, ",")
	if !ok {
		return dst, false
	}
	la, err1 := strconv.ParseFloat(strings.TrimSpace(lat), 64)
	lo, err2 := strconv.ParseFloat(strings.TrimSpace(lon), 64)
	if err1 != nil || err2 != nil || la < -90 || la > 90 || lo < -180 || lo > 180 {
		return dst, false
	}
	dst = strconv.AppendFloat(dst, roundGeo(la), 'f', 1, 64)
	return strconv.AppendFloat(append(dst, ','), roundGeo(lo), 'f', 1, 64), true
}

// roundGeo rounds a coordinate to one decimal, about 11 km.
func roundGeo(x float64) float64 {
	v := float64(int64(x*10+copysignHalf(x))) / 10
	if v == 0 {
		return 0 // no "-0.0"
	}
	return v
}

func copysignHalf(x float64) float64 {
	if x < 0 {
		return -0.5
	}
	return 0.5
}
