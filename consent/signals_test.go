package consent

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// law.md §16 (W3C GPC): a server must ignore Sec-GPC unless the value is
// exactly "1"; with several fields, any exactly "1" counts.
func TestSignalsFromExactValues(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		gpc     []string
		dnt     []string
		wantGPC bool
		wantDNT bool
	}{
		{name: "GPC 1", gpc: []string{"1"}, wantGPC: true},
		{name: "GPC absent"},
		{name: "GPC 0", gpc: []string{"0"}},
		{name: "GPC true is not 1", gpc: []string{"true"}},
		{name: "GPC with space", gpc: []string{" 1"}},
		{name: "GPC list value", gpc: []string{"1, 1"}},
		{name: "GPC empty", gpc: []string{""}},
		{name: "several GPC fields, one exactly 1", gpc: []string{"0", "1"}, wantGPC: true},
		{name: "several GPC fields, none exactly 1", gpc: []string{"yes", "1 "}},
		{name: "§6.2 DNT 1", dnt: []string{"1"}, wantDNT: true},
		{name: "§6.2 DNT 0", dnt: []string{"0"}},
		{name: "both", gpc: []string{"1"}, dnt: []string{"1"}, wantGPC: true, wantDNT: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := http.Header{}
			for _, v := range tt.gpc {
				h.Add("Sec-GPC", v)
			}
			for _, v := range tt.dnt {
				h.Add("DNT", v)
			}
			assert.Equal(t, Signals{GPC: tt.wantGPC, DNT: tt.wantDNT}, SignalsFrom(h))
		})
	}
}

func TestTruncateIP(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"203.0.113.77":        "203.0.113.0/24",
		"2001:db8:abcd:12::1": "2001:db8:abcd::/48",
		"::ffff:198.51.100.9": "198.51.100.0/24",
		"fe80::1%eth0":        "fe80::/48",
	}
	for in, want := range tests {
		assert.Equal(t, netip.MustParsePrefix(want), TruncateIP(netip.MustParseAddr(in)), in)
	}
	assert.False(t, TruncateIP(netip.Addr{}).IsValid())
	assert.Equal(t, netip.MustParsePrefix("10.0.0.0/8"), truncatePrefix(netip.MustParsePrefix("10.0.0.0/8")), "wider networks stay")
}

func TestEvidenceFromRequest(t *testing.T) {
	t.Parallel()
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.RemoteAddr = "192.0.2.55:4711"
	r.Header.Set("User-Agent", strings.Repeat("é", 300))
	r.Header.Set("Sec-GPC", "1")
	r.Header.Set("X-Forwarded-For", "8.8.8.8")
	e := EvidenceFrom(r)
	assert.Equal(t, netip.MustParsePrefix("192.0.2.0/24"), e.Network, "from RemoteAddr, truncated; X-Forwarded-For ignored")
	assert.True(t, e.GPC)
	assert.LessOrEqual(t, len(e.UserAgent), 512)
	assert.True(t, strings.HasPrefix(e.UserAgent, "éé"))
}
