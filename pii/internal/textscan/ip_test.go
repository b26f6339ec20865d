package textscan

import "testing"

// TestIPGrammarMatchesNetip: parseIPv4 and parseIPv6 accept exactly what
// net/netip.ParseAddr accepts (FuzzIPParse explores further).
func TestIPGrammarMatchesNetip(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"0.0.0.0", "255.255.255.255", "1.2.3.4", "01.2.3.4", "1.2.3.04", "256.0.0.1", "1.2.3", "1.2.3.4.5", "1..2.3", "1.2.3.4.",
		"::", "::1", "1::", "2001:db8::1", "2001:0db8:0000:0000:0000:ff00:0042:8329", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::",
		"1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7", "1::2::3", "12345::", "::ffff:192.0.2.1",
		"1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:1.2.3.4", "::1.2.3.04", "fe80::1%eth0", "fe80::1%", "1:", ":1", ":::", "1:2::3:4:5:6:7:8",
	} {
		t.Run(s, func(t *testing.T) {
			t.Parallel()
			checkIPAgainstNetip(t, s)
		})
	}
}
