package textscan

// luhn reports whether the ASCII digits pass the Luhn check: from the right,
// every second digit is doubled (minus 9 when above 9) and the sum is a
// multiple of 10 (ISO/IEC 7812-1 Annex B; anchors.md §19).
func luhn(digits []byte) bool {
	sum := 0
	double := false
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// luhnCheckDigit returns the digit that makes payload+digit Luhn-valid.
func luhnCheckDigit(payload []byte) byte {
	sum := 0
	double := true // the check digit will sit at index 0 from the right
	for i := len(payload) - 1; i >= 0; i-- {
		d := int(payload[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return byte('0' + (10-sum%10)%10)
}

// Verhoeff tables (dihedral group D5), as listed in anchors.md §19 from
// microsoft/presidio in_aadhaar_recognizer.py.
var (
	verhoeffD = [10][10]uint8{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
		{1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
		{2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
		{3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
		{4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
		{5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
		{6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
		{7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
		{8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
		{9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
	}
	verhoeffP = [8][10]uint8{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
		{1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
		{5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
		{8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
		{9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
		{4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
		{2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
		{7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
	}
	verhoeffInv = [10]uint8{0, 4, 3, 2, 1, 5, 6, 7, 8, 9}
)

// verhoeff reports whether the ASCII digits carry a valid Verhoeff check
// digit: c = d[c][p[i mod 8][n]] over the digits from the right, valid iff
// c == 0 (anchors.md §19).
func verhoeff(digits []byte) bool {
	var c uint8
	for i := range len(digits) {
		n := digits[len(digits)-1-i] - '0'
		c = verhoeffD[c][verhoeffP[i%8][n]]
	}
	return c == 0
}

// verhoeffCheckDigit returns the digit that makes payload+digit
// Verhoeff-valid: the same walk with every index shifted by one, then inv[c].
func verhoeffCheckDigit(payload []byte) byte {
	var c uint8
	for i := range len(payload) {
		n := payload[len(payload)-1-i] - '0'
		c = verhoeffD[c][verhoeffP[(i+1)%8][n]]
	}
	return '0' + verhoeffInv[c]
}

// alnumValue maps 0-9 to 0..9 and A-Z to 10..35 (ISO 13616, GSTIN), or -1.
func alnumValue(c byte) int {
	switch {
	case isDigit(c):
		return int(c - '0')
	case isUpper(c):
		return int(c-'A') + 10
	}
	return -1
}

// mod97 returns the ISO 7064 mod 97-10 remainder of an IBAN-like string
// after moving its first four characters to the end and replacing letters
// by 10..35, computed piecewise so it never overflows (anchors.md §19).
// ok is false if a character is not 0-9 or A-Z.
func mod97(s []byte) (rem int, ok bool) {
	if len(s) < 4 {
		return 0, false
	}
	step := func(r int, c byte) (int, bool) {
		v := alnumValue(c)
		switch {
		case v < 0:
			return 0, false
		case v < 10:
			return (r*10 + v) % 97, true
		default:
			return (r*100 + v) % 97, true
		}
	}
	r := 0
	for _, c := range s[4:] {
		if r, ok = step(r, c); !ok {
			return 0, false
		}
	}
	for _, c := range s[:4] {
		if r, ok = step(r, c); !ok {
			return 0, false
		}
	}
	return r, true
}

// gstinCheckChar computes the 15th character of a GSTIN from the first 14:
// each character's value (0-9, A-Z = 0..35) is multiplied by 1 at even and 2
// at odd positions (from the left, 0-based); the product contributes
// product/36 + product%36; the check value is (36 - sum%36) % 36 (the
// "Luhn mod 36" variant described in anchors.md §19 and checked in the tests
// against GSTINs published on real invoices). ok is false for a bad character.
func gstinCheckChar(first14 []byte) (byte, bool) {
	sum := 0
	for i, c := range first14 {
		v := alnumValue(c)
		if v < 0 {
			return 0, false
		}
		p := v * (1 + i%2)
		sum += p/36 + p%36
	}
	return alnumChar((36 - sum%36) % 36), true
}

// alnumChar is the inverse of alnumValue for 0..35.
func alnumChar(v int) byte {
	if v < 10 {
		return byte('0' + v)
	}
	return byte('A' + v - 10)
}
