package pii

import (
	"math/rand/v2"
	"net/netip"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMaskedIPv4FastPath: the byte-scanning mask of a dotted quad (§3.5) gives exactly what
// masking the parsed netip.Addr gives, for every octet value and every allowed prefix.
func TestMaskedIPv4FastPath(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	for bits := 1; bits <= 24; bits++ {
		r, err := NewRedactor(&Options{IPv4PrefixLen: bits})
		require.NoError(t, err)
		for i := range 600 {
			octets := [4]int{i % 256, rng.IntN(256), rng.IntN(256), rng.IntN(256)}
			s := strconv.Itoa(octets[0]) + "." + strconv.Itoa(octets[1]) + "." + strconv.Itoa(octets[2]) + "." + strconv.Itoa(octets[3])
			got, ok := r.appendMaskedIPv4(nil, s)
			require.True(t, ok, s)
			want := r.maskAddr(netip.MustParseAddr(s)).String()
			assert.Equal(t, want, string(got), "%s /%d", s, bits)
		}
	}
	r, err := NewRedactor(nil)
	require.NoError(t, err)
	for _, s := range []string{"", "1.2.3", "1.2.3.4.5", "01.2.3.4", "256.1.1.1", "1..2.3", "1.2.3.4:80", " 1.2.3.4", "1.2.3.", "::1"} {
		_, ok := r.appendMaskedIPv4(nil, s)
		assert.False(t, ok, "%q is left to the netip parser", s)
	}
}
