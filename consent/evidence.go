package consent

import (
	"net"
	"net/http"
	"net/netip"
	"unicode/utf8"
)

// maxUserAgent bounds the user agent an event stores, in bytes.
const maxUserAgent = 512

// Evidence is what a ledger event keeps about the circumstances of a choice
// (law.md §18 "how", "signals seen"). It holds no full IP address: only the
// network, truncated to /24 for IPv4 and /48 for IPv6 before it is stored.
type Evidence struct {
	UserAgent string       // the User-Agent header, cut to 512 bytes of valid UTF-8
	Network   netip.Prefix // the client's network, never a full address (see TruncateIP)
	GPC       bool         // Sec-GPC: 1 was present (law.md §16)
	DNT       bool         // DNT: 1 was present (policy §6.2)
}

// TruncateIP returns the network an address belongs to, wide enough not to
// identify a host: the /24 of an IPv4 address, the /48 of an IPv6 address
// (IPv4-mapped IPv6 addresses are treated as IPv4). An invalid address gives
// the zero Prefix.
func TruncateIP(addr netip.Addr) netip.Prefix {
	addr = addr.Unmap()
	var bits int
	switch {
	case addr.Is4():
		bits = 24
	case addr.Is6():
		bits = 48
		addr = addr.WithZone("")
	default:
		return netip.Prefix{}
	}
	p, err := addr.Prefix(bits)
	if err != nil {
		return netip.Prefix{}
	}
	return p
}

// truncatePrefix narrows p to at most /24 (IPv4) or /48 (IPv6).
func truncatePrefix(p netip.Prefix) netip.Prefix {
	if !p.IsValid() {
		return netip.Prefix{}
	}
	t := TruncateIP(p.Addr())
	if p.Bits() < t.Bits() {
		q, _ := t.Addr().Prefix(p.Bits())
		return q
	}
	return t
}

// normalized returns e as the ledger stores it: the network truncated, the
// user agent cut to valid UTF-8 within 512 bytes.
func (e Evidence) normalized() Evidence {
	e.Network = truncatePrefix(e.Network)
	e.UserAgent = cutUTF8(e.UserAgent, maxUserAgent)
	return e
}

func cutUTF8(s string, n int) string {
	if len(s) <= n && utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, min(len(s), n))
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				r = '\uFFFD'
			}
		}
		if len(b)+utf8.RuneLen(r) > n {
			break
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// EvidenceFrom collects evidence from a request: its User-Agent, its
// network (from RemoteAddr, truncated), and the GPC and DNT signals. It does
// not trust X-Forwarded-For; a service behind a proxy should set Network
// itself from the address its proxy vouches for.
func EvidenceFrom(r *http.Request) Evidence {
	if r == nil {
		return Evidence{}
	}
	s := SignalsFrom(r.Header)
	e := Evidence{UserAgent: r.UserAgent(), GPC: s.GPC, DNT: s.DNT}
	host := r.RemoteAddr
	if h, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		host = h
	}
	if a, err := netip.ParseAddr(host); err == nil {
		e.Network = TruncateIP(a)
	}
	return e.normalized()
}
