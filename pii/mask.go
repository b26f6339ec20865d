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

// mask returns the partial form of s, a value of category c, and true; or false if the
// category has no partial form or s is not a value of it that mask can read, in which case
// the caller uses the marker (fail closed). The partial forms:
//
//   - email: "***@" and the domain;
//   - phone: its digits, each but the last 4 (or the last 2 of a number of under 10 digits)
//     replaced by '*'; fewer than 6 digits is not masked;
//   - card: the first 6 and last 4 digits of 15 to 19 digits, the last 4 of 12 to 14 digits,
//     with '*' for the rest (at most first 6 and last 4, §2.6, §3.9);
//   - ip: the /24 network of an IPv4 address and the /48 of an IPv6 address (§3.5), or the
//     prefixes of [Options];
//   - birthdate: the year;
//   - name: the initials, "A. S.";
//   - url: the scheme and host, without user, path, query or fragment;
//   - geo: "lat,lon" rounded to one decimal (about 11 km);
//   - aadhaar: "XXXX XXXX " and the last 4 digits; ssn: "***-**-" and the last 4 digits;
//   - bankaccount, idnumber, pan, gstin, passport, nino, deviceid: the last 4 letters or
//     digits of 10 or more (the last 3 of 8 or 9), the rest '*'; shorter is not masked.
func (r *Redactor) mask(c Category, s string) (string, bool) {
	switch c {
	case CategoryEmail:
		return maskEmail(s)
	case CategoryPhone:
		return maskPhone(s)
	case CategoryCard:
		return maskCard(s)
	case CategoryIP:
		if m, ok := r.maskIPv4(s); ok {
			return m, true
		}
		a, ok := parseIP(s)
		if !ok {
			return "", false
		}
		return r.maskAddr(a).String(), true
	case CategoryBirthDate:
		if t, ok := parseDate(s); ok {
			return strconv.Itoa(t.Year()), true
		}
		return "", false
	case CategoryName:
		return initials(s)
	case CategoryURL:
		return maskURL(s)
	case CategoryGeo:
		return maskGeo(s)
	case CategoryAadhaar:
		if d, ok := digitsOnly(s); ok && len(d) == 12 {
			return "XXXX XXXX " + d[8:], true
		}
		return "", false
	case CategorySSN:
		if d, ok := digitsOnly(s); ok && len(d) == 9 {
			return "***-**-" + d[5:], true
		}
		return "", false
	case CategoryBankAccount, CategoryIDNumber, CategoryPAN, CategoryGSTIN, CategoryPassport,
		CategoryNINO, CategoryDeviceID:
		return maskTail(s)
	}
	return "", false
}

func maskEmail(s string) (string, bool) {
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at == len(s)-1 {
		return "", false
	}
	domain := s[at+1:]
	for i := 0; i < len(domain); i++ {
		if c := domain[i]; c <= ' ' {
			return "", false
		}
	}
	var b strings.Builder
	b.Grow(len("***@") + len(domain))
	b.WriteString("***@")
	b.WriteString(domain)
	return b.String(), true
}

func maskPhone(s string) (string, bool) {
	var d []byte
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case '0' <= b && b <= '9':
			d = append(d, b)
		case b == ' ' || b == '-' || b == '.' || b == '(' || b == ')' || b == '+' || b == '/':
		default:
			return "", false
		}
	}
	if len(d) < 6 || len(d) > 15+4 { // E.164 allows 15 digits; leave room for an extension
		return "", false
	}
	keep := 2
	if len(d) >= 10 {
		keep = 4
	}
	return strings.Repeat("*", len(d)-keep) + string(d[len(d)-keep:]), true
}

func maskCard(s string) (string, bool) {
	d, ok := digitsOnly(s)
	if !ok {
		return "", false
	}
	switch n := len(d); {
	case n >= 15 && n <= 19:
		return d[:6] + strings.Repeat("*", n-10) + d[n-4:], true
	case n >= 12 && n < 15:
		return strings.Repeat("*", n-4) + d[n-4:], true
	}
	return "", false
}

// digitsOnly returns the ASCII digits of s, which may also hold spaces and dashes; any other
// character makes it fail.
func digitsOnly(s string) (string, bool) {
	d := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case '0' <= b && b <= '9':
			d = append(d, b)
		case b == ' ' || b == '-':
		default:
			return "", false
		}
	}
	return string(d), true
}

// maskTail keeps the last letters or digits of an identifier; separators are dropped.
func maskTail(s string) (string, bool) {
	var d []byte
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case '0' <= b && b <= '9', 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z':
			d = append(d, b)
		case b == ' ' || b == '-' || b == '.' || b == '/':
		default:
			return "", false
		}
	}
	keep := 0
	switch {
	case len(d) >= 10:
		keep = 4
	case len(d) >= 8:
		keep = 3
	default:
		return "", false
	}
	return strings.Repeat("*", len(d)-keep) + string(d[len(d)-keep:]), true
}

// maskIPv4 masks a dotted-quad IPv4 address without a port, the common case, without
// building a netip.Addr; it reports false for anything else, which parseIP then reads.
func (r *Redactor) maskIPv4(s string) (string, bool) {
	var ip uint32
	field, digits, dots := uint32(0), 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			if digits > 0 && field == 0 { // no leading zeros, as netip.ParseAddr
				return "", false
			}
			field = field*10 + uint32(c-'0')
			digits++
			if field > 255 {
				return "", false
			}
		case c == '.' && digits > 0 && dots < 3:
			ip = ip<<8 | field
			field, digits = 0, 0
			dots++
		default:
			return "", false
		}
	}
	if dots != 3 || digits == 0 {
		return "", false
	}
	ip = ip<<8 | field
	ip &^= 1<<(32-r.ipv4Bits) - 1
	var buf [15]byte
	b := strconv.AppendUint(buf[:0], uint64(ip>>24), 10)
	for shift := 16; shift >= 0; shift -= 8 {
		b = append(b, '.')
		b = strconv.AppendUint(b, uint64(ip>>shift&0xff), 10)
	}
	return string(b), true
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

// maskAddr keeps the network part of an address: the configured /24 or /48 by default.
func (r *Redactor) maskAddr(a netip.Addr) netip.Addr {
	a = a.Unmap().WithZone("")
	bits := r.ipv6Bits
	if a.Is4() {
		bits = r.ipv4Bits
	}
	p, err := a.Prefix(bits)
	if err != nil {
		return netip.Addr{}
	}
	return p.Addr()
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

// initials returns the first letter of each word followed by a full stop.
func initials(s string) (string, bool) {
	var buf [32]byte
	b := buf[:0]
	start := true
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
				return "", false
			}
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b = utf8.AppendRune(b, r)
			b = append(b, '.')
			start = false
		}
	}
	if len(b) == 0 {
		return "", false
	}
	return string(b), true
}

func maskURL(s string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Scheme == "" || u.Host == "" {
		return "", false
	}
	return u.Scheme + "://" + u.Host, true
}

func maskGeo(s string) (string, bool) {
	lat, lon, ok := strings.Cut(s, ",")
	if !ok {
		return "", false
	}
	la, err1 := strconv.ParseFloat(strings.TrimSpace(lat), 64)
	lo, err2 := strconv.ParseFloat(strings.TrimSpace(lon), 64)
	if err1 != nil || err2 != nil || la < -90 || la > 90 || lo < -180 || lo > 180 {
		return "", false
	}
	return strconv.FormatFloat(roundGeo(la), 'f', 1, 64) + "," + strconv.FormatFloat(roundGeo(lo), 'f', 1, 64), true
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
