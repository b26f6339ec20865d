package pii

import (
	"net/netip"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// normalize appends to dst the canonical form of s, a value of category c, so that equal
// values written differently get one pseudonym:
//
//   - every value is put in Unicode NFKC form (full-width letters and digits become ASCII,
//     ligatures are split);
//   - phone numbers keep their digits only: "+91 98765-43210" and "919876543210" are one;
//   - card, bank account and identification numbers lose spaces, '-', '.' and '/', and are
//     case folded: "abcde 1234 f" and "ABCDE1234F" are one;
//   - IP addresses take their canonical text ("::ffff:10.0.0.1" is "10.0.0.1");
//   - URLs keep their case, since paths are case-sensitive; white space is trimmed;
//   - every other value is case folded (x/text/cases: "Straße" and "STRASSE" are one), with
//     leading and trailing white space removed and inner runs of white space made one space.
//
// E-mail addresses are folded whole, local part included: mail providers treat local parts
// case-insensitively in practice, and a pseudonym that split one person in two would defeat
// joining.
func (r *Redactor) normalize(c Category, s string, dst []byte) []byte {
	if !isASCII(s) {
		s = norm.NFKC.String(s)
	}
	switch c {
	case CategoryPhone:
		for i := 0; i < len(s); i++ {
			if '0' <= s[i] && s[i] <= '9' {
				dst = append(dst, s[i])
			}
		}
		return dst
	case CategoryCard, CategoryBankAccount, CategoryIDNumber, CategoryAadhaar, CategoryPAN,
		CategoryGSTIN, CategorySSN, CategoryPassport, CategoryNINO, CategoryDeviceID:
		s = strings.Map(func(r rune) rune {
			switch r {
			case ' ', '-', '.', '/', '\t':
				return -1
			}
			return r
		}, s)
		return r.fold(s, dst)
	case CategoryIP:
		if a, err := netip.ParseAddr(strings.TrimSpace(s)); err == nil {
			return a.Unmap().AppendTo(dst)
		}
	case CategoryURL:
		return append(dst, strings.TrimSpace(s)...)
	}
	return r.fold(collapseSpace(s), dst)
}

// fold appends the case-folded s to dst.
func (r *Redactor) fold(s string, dst []byte) []byte {
	if isASCII(s) {
		for i := 0; i < len(s); i++ {
			b := s[i]
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			dst = append(dst, b)
		}
		return dst
	}
	c := r.folders.Get().(*cases.Caser)
	dst = append(dst, c.String(s)...)
	r.folders.Put(c)
	return dst
}

// collapseSpace trims s and replaces each inner run of white space with one space.
func collapseSpace(s string) string {
	s = strings.TrimSpace(s)
	prev := false
	for _, r := range s {
		space := r == ' '
		if !space && unicode.IsSpace(r) || space && prev {
			return strings.Join(strings.Fields(s), " ")
		}
		prev = space
	}
	return s
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
