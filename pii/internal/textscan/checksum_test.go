package textscan

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLuhn(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		digits string
		valid  bool
	}{
		{"79927398713", true},  // the worked example of ISO/IEC 7812-1 Annex B as given on Wikipedia, "Luhn algorithm"
		{"79927398710", false}, // same payload, wrong check digit
		{"4111111111111111", true},
		{"4111111111111112", false},
		{"378282246310005", true}, // Amex test card, docs.stripe.com/testing
		{"0", true},
		{"18", true},
		{"19", false},
	} {
		t.Run(tc.digits, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.valid, luhn([]byte(tc.digits)))
		})
	}
}

// TestLuhnCheckDigit: the computed check digit makes every payload valid
// and is the only digit that does (Luhn catches every single-digit error).
func TestLuhnCheckDigit(t *testing.T) {
	t.Parallel()
	assert.Equal(t, byte('3'), luhnCheckDigit([]byte("7992739871")), "Wikipedia, Luhn algorithm")
	for _, payload := range []string{"411111111111111", "37828224631000", "1", "000000"} {
		ck := luhnCheckDigit([]byte(payload))
		for d := byte('0'); d <= '9'; d++ {
			assert.Equal(t, d == ck, luhn([]byte(payload+string(d))), "payload %s digit %c", payload, d)
		}
	}
}

func TestVerhoeff(t *testing.T) {
	t.Parallel()
	// Wikipedia, "Verhoeff algorithm": the check digit of 236 is 3.
	assert.Equal(t, byte('3'), verhoeffCheckDigit([]byte("236")))
	assert.True(t, verhoeff([]byte("2363")))
	assert.False(t, verhoeff([]byte("2364")))
	// The worked validation of 1428570 in the same article, and the example
	// of Perl's Algorithm::CheckDigits (MXX_006): 1456789 completes to
	// 14567894.
	assert.True(t, verhoeff([]byte("1428570")))
	assert.Equal(t, byte('4'), verhoeffCheckDigit([]byte("1456789")))
	// Verhoeff catches every single-digit error and every adjacent
	// transposition (its reason to exist).
	payload := "23456789012"
	valid := payload + string(verhoeffCheckDigit([]byte(payload)))
	assert.True(t, verhoeff([]byte(valid)))
	for i := range len(valid) {
		for d := byte('0'); d <= '9'; d++ {
			if d == valid[i] {
				continue
			}
			b := []byte(valid)
			b[i] = d
			assert.False(t, verhoeff(b), "single-digit error at %d: %s", i, b)
		}
		if i+1 < len(valid) && valid[i] != valid[i+1] {
			b := []byte(valid)
			b[i], b[i+1] = b[i+1], b[i]
			assert.False(t, verhoeff(b), "transposition at %d: %s", i, b)
		}
	}
}

func TestMod97(t *testing.T) {
	t.Parallel()
	for _, iban := range []string{
		"GB82WEST12345698765432", // Wikipedia, "International Bank Account Number", validation example
		"DE89370400440532013000", // SWIFT IBAN Registry examples
		"GB29NWBK60161331926819",
		"FR1420041010050500013M02606",
		"MT84MALT011000012345MTLCAST001S",
		"NO9386011117947",
	} {
		rem, ok := mod97([]byte(iban))
		assert.True(t, ok, iban)
		assert.Equal(t, 1, rem, iban)
		assert.True(t, ibanValid([]byte(iban)), iban)
	}
	_, ok := mod97([]byte("GB82WEST1234569876543!"))
	assert.False(t, ok, "a character outside 0-9 A-Z")
	// Generating check digits as anchors.md §19 describes gives back the
	// registry's example.
	assert.Equal(t, "DE89370400440532013000", ibanWithCheck("DE", "370400440532013000"))
}

// TestGSTINCheckChar verifies the mod-36 algorithm of anchors.md §19
// against GSTINs printed on real invoices, then checks that it catches
// every single-character error.
func TestGSTINCheckChar(t *testing.T) {
	t.Parallel()
	for _, g := range []string{
		"06AACCG0527D1Z8", // Google India Private Limited, Haryana (PAN AACCG0527D, taxguru.in)
		"29AAICA3918J1ZE", // Amazon Seller Services Private Limited, Karnataka
		"27AAICA3918J1ZI", // the same company, Maharashtra
		"06AABCF5150G1ZZ", // Facebook India Online Services, Haryana
		"07AAJCA9880A1ZL", // Amazon Web Services India, Delhi
		"09AAACI1838D1ZU", // Info Edge (India), Uttar Pradesh
		"35AADCD4946L1CO", // a tax-collected-at-source registration (C at position 14)
		"27AAPFU0939F1ZV", // the worked example of insufina.in, "What is Check Sum Digit?": sum 221, 36 - 221 mod 36 = 31 = V
	} {
		ch, ok := gstinCheckChar([]byte(g[:14]))
		assert.True(t, ok)
		assert.Equal(t, string(g[14]), string(ch), g)
		assert.True(t, gstinValid([]byte(g)), g)
	}
	g := []byte("29AAICA3918J1ZE")
	for i := 2; i < 14; i++ {
		orig := g[i]
		for v := range 36 {
			c := alnumChar(v)
			if c == orig {
				continue
			}
			g[i] = c
			got, _ := gstinCheckChar(g[:14])
			assert.NotEqual(t, byte('E'), got, fmt.Sprintf("error at %d: %s", i, g))
		}
		g[i] = orig
	}
}
