package textscan

// parseIPv4 reports whether b is an IPv4 address in the grammar of
// net/netip.ParseAddr: exactly four decimal fields separated by dots, each
// 0-255, without leading zeros.
func parseIPv4(b []byte) bool {
	fields := 0
	i := 0
	for {
		start := i
		v := 0
		for i < len(b) && isDigit(b[i]) {
			if i-start == 3 {
				return false
			}
			v = v*10 + int(b[i]-'0')
			i++
		}
		n := i - start
		if n == 0 || v > 255 || (n > 1 && b[start] == '0') {
			return false
		}
		fields++
		if i == len(b) {
			return fields == 4
		}
		if b[i] != '.' || fields == 4 {
			return false
		}
		i++
	}
}

// parseIPv6 reports whether b is an IPv6 address in the grammar of
// net/netip.ParseAddr: up to eight groups of one to four hex digits
// separated by colons, at most one "::" standing for at least one zero
// group, an optional dotted IPv4 address in place of the last two groups,
// and an optional non-empty zone after '%'.
func parseIPv6(b []byte) bool {
	if z := indexByte(b, '%'); z >= 0 {
		if z == len(b)-1 {
			return false
		}
		b = b[:z]
	}
	groups := 0 // 16-bit groups parsed so far
	ellipsis := -1
	s := b
	if len(s) >= 2 && s[0] == ':' && s[1] == ':' {
		ellipsis = 0
		s = s[2:]
		if len(s) == 0 {
			return true
		}
	}
	for groups < 8 {
		off := 0
		for off < len(s) && isHex(s[off]) {
			if off == 4 {
				return false
			}
			off++
		}
		if off == 0 {
			return false
		}
		if off < len(s) && s[off] == '.' {
			if ellipsis < 0 && groups != 6 {
				return false
			}
			if groups+2 > 8 {
				return false
			}
			if !parseIPv4(s) {
				return false
			}
			groups += 2
			s = s[len(s):]
			break
		}
		groups++
		s = s[off:]
		if len(s) == 0 {
			break
		}
		if s[0] != ':' || len(s) == 1 {
			return false
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis >= 0 {
				return false
			}
			ellipsis = groups
			s = s[1:]
			if len(s) == 0 {
				break
			}
		}
	}
	if len(s) != 0 {
		return false
	}
	if groups < 8 {
		return ellipsis >= 0
	}
	return ellipsis < 0
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// macAt reports the end of an EUI-48 MAC address starting at i: six hex
// pairs separated by one consistent ':' or '-', or three hex quads separated
// by '.' (the Cisco form). The address must not continue with another
// separator and hex digit. All-zero and broadcast addresses identify no
// device and are not reported.
func macAt(text []byte, i int) (end int, ok bool) {
	n := len(text)
	if i+14 <= n && isHex4(text[i:]) && text[i+4] == '.' && isHex4(text[i+5:]) && text[i+9] == '.' && isHex4(text[i+10:]) {
		end = i + 14
		if end < n && (isHex(text[end]) || text[end] == '.' && end+1 < n && isHex(text[end+1])) {
			return 0, false
		}
		return end, !trivialMAC(text[i:end]) && endOK(text, end)
	}
	if i+17 > n {
		return 0, false
	}
	sep := text[i+2]
	if sep != ':' && sep != '-' {
		return 0, false
	}
	for g := range 6 {
		p := i + 3*g
		if !isHex(text[p]) || !isHex(text[p+1]) {
			return 0, false
		}
		if g < 5 && text[p+2] != sep {
			return 0, false
		}
	}
	end = i + 17
	if end < n && (isHex(text[end]) || text[end] == sep && end+1 < n && isHex(text[end+1])) {
		return 0, false
	}
	if sep == ':' && end+1 < n && text[end] == ':' && opener(text[end+1]) {
		// Another finding may begin after the ':' ("…:4D:5E:+44…"), and
		// must decide the same as its marker or mask.
		return 0, false
	}
	return end, !trivialMAC(text[i:end]) && endOK(text, end)
}

func isHex4(b []byte) bool {
	return len(b) >= 4 && isHex(b[0]) && isHex(b[1]) && isHex(b[2]) && isHex(b[3])
}

// trivialMAC reports an all-zero or all-ones (broadcast) address.
func trivialMAC(b []byte) bool {
	zero, ones := true, true
	for _, c := range b {
		if !isHex(c) {
			continue
		}
		if c != '0' {
			zero = false
		}
		if lower(c) != 'f' {
			ones = false
		}
	}
	return zero || ones
}
