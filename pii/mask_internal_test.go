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

// TestMaskLenBound: no mask is longer than maskLenBound says, so a copy's text chunk, sized
// from the bounds, never has to grow.
func TestMaskLenBound(t *testing.T) {
	t.Parallel()
	r, err := NewRedactor(nil)
	require.NoError(t, err)
	samples := []string{
		"a@b.io", "alice@example.com", `"odd@local"@example.org`, "A", "A B", "Élodie Ñúñez", "a b c d",
		"+91 98765 43210", "020 7946 0018", "4111 1111 1111 1111", "378282246310005", "203.0.113.77",
		"::1", "1::", "2001:db8:1234:5678::9", "::ffff:10.0.0.1", "::ffff:a00:1", "::ffff:ffff:ffff", "0:0:0:0:0:ffff:1.2.3.4", "::ffff:1.2.3.4%eth0", "1:0:1:1:1:1:1:1", "[2001:db8::1]:443", "fe80::1%eth0",
		"1990-05-17", "17.05.1990", "1 January 2000", "https://user:pw@example.com:8443/a?b#c",
		"1,2", "-89.99,-179.99", "12.9716, 77.5946", "2345 6789 0124", "234567890124", "123-45-6789",
		"123456789", "ABCDE1234F", "22ABCDE1234F1Z5", "GB29 NWBK 6016 1331 9268 19", "QQ123456C",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	const alphabet = "0123456789abcfXYZ .-@:,/()+%[]"
	for range 2000 {
		b := make([]byte, 1+rng.IntN(30))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		samples = append(samples, string(b))
	}
	for c := Category(1); c < numCategories; c++ {
		for _, s := range samples {
			out, ok := r.appendMask(nil, c, s)
			if ok {
				assert.LessOrEqual(t, len(out), maskLenBound(c, s), "%s mask of %q is %q", c, s, out)
			}
		}
	}
}
