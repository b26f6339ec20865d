package textscan

// letters handles a word of letters at [i, j).
func (st *scanState) letters(i, j int, mask uint8) {
	text := st.text
	w := text[i:j]
	switch {
	case len(w) == 6 && equalFold(w, "bearer"):
		st.bearer(j)
	case len(w) == 5 && equalFold(w, "basic"):
		st.basic(j)
	case len(w) >= 3 && w[0] == 'e' && w[1] == 'y' && w[2] == 'J':
		st.jwt(i)
	case len(w) == 2 && mask&cLower == 0 && j+1 < len(text) && text[j] == ' ' && isDigit(text[j+1]):
		st.nino(i)
	case len(w) >= 3 && len(w) <= 9 && j+2 < len(text) && (text[j] == ' ' || text[j] == '.'):
		st.monthDayYear(i, j)
	}
}

// mixed handles a word of letters and digits at [i, j).
func (st *scanState) mixed(i, j int, mask uint8) {
	text := st.text
	w := text[i:j]
	if len(w) >= 3 && w[0] == 'e' && w[1] == 'y' && w[2] == 'J' {
		st.jwt(i)
		return
	}
	if mask&cLower != 0 {
		return // every identifier below is upper case
	}
	switch len(w) {
	case 10:
		if st.sc.kinds.Has(KindPAN) && panValid(w) && endOK(text, j) {
			st.add(KindPAN, i, j, boost(0.8, st.hasContext(i, ctxPAN)))
			return
		}
	case 15:
		if st.sc.kinds.Has(KindGSTIN) && gstinValid(w) && endOK(text, j) {
			st.add(KindGSTIN, i, j, boost(0.9, st.hasContext(i, ctxGSTIN)))
			return
		}
	case 8, 9:
		if st.nino(i) {
			return
		}
	}
	if len(w) >= 4 && isUpper(w[0]) && isUpper(w[1]) && isDigit(w[2]) && isDigit(w[3]) {
		if st.iban(i, j) {
			return
		}
	}
	if len(w) >= 7 && len(w) <= 10 && st.sc.kinds.Has(KindPassport) && passportShape(w) && endOK(text, j) &&
		st.hasContext(i, ctxPassport) {
		st.add(KindPassport, i, j, 0.8)
	}
}

// panValid checks the structure of an Indian PAN (anchors.md §19): five
// letters, the fourth a holder type, four digits not all zero, a letter.
// The check letter's algorithm is not published, so it is not verified.
func panValid(w []byte) bool {
	if len(w) != 10 {
		return false
	}
	for k := range 5 {
		if !isUpper(w[k]) {
			return false
		}
	}
	if !containsByte(panHolderTypes, w[3]) {
		return false
	}
	zero := true
	for k := 5; k < 9; k++ {
		if !isDigit(w[k]) {
			return false
		}
		if w[k] != '0' {
			zero = false
		}
	}
	return !zero && isUpper(w[9])
}

// gstinValid checks a GSTIN: a state code, the holder's PAN, an entity
// number 1-9 or A-Z, the letter Z (or C, which tax-collected-at-source
// registrations of e-commerce operators carry, as in 35AADCD4946L1CO), and
// the mod-36 check character.
func gstinValid(w []byte) bool {
	if len(w) != 15 || !isDigit(w[0]) || !isDigit(w[1]) || !gstStateCode(w[0], w[1]) {
		return false
	}
	if !panValid(w[2:12]) || w[12] == '0' || !isDigit(w[12]) && !isUpper(w[12]) || w[13] != 'Z' && w[13] != 'C' {
		return false
	}
	c, ok := gstinCheckChar(w[:14])
	return ok && c == w[14]
}

// ninoPrefixOK applies HMRC's prefix rules (National Insurance Manual
// NIM39110): the first letter is not D, F, I, Q, U or V; the second is not
// D, F, I, O, Q, U or V; and BG, GB, KN, NK, NT, TN and ZZ are never issued.
func ninoPrefixOK(a, b byte) bool {
	if !isUpper(a) || !isUpper(b) || containsByte("DFIQUV", a) || containsByte("DFIOQUV", b) {
		return false
	}
	for _, bad := range [...]string{"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"} {
		if a == bad[0] && b == bad[1] {
			return false
		}
	}
	return true
}

// nino reports a UK National Insurance number at i: two prefix letters, six
// digits and a suffix A-D, written "QQ123456C", "QQ 12 34 56 C",
// "QQ 123456 C" or "QQ123456 C".
func (st *scanState) nino(i int) bool {
	if !st.want(i, 1<<KindNINO) {
		return false
	}
	text := st.text
	n := len(text)
	if i+9 > n || !ninoPrefixOK(text[i], text[i+1]) {
		return false
	}
	p := i + 2
	switch {
	case text[p] != ' ':
		if !allDigits(text, p, 6) {
			return false
		}
		p += 6
	case allDigits(text, p+1, 6):
		p += 7
	case allDigits(text, p+1, 2) && p+9 <= n && text[p+3] == ' ' && allDigits(text, p+4, 2) && text[p+6] == ' ' && allDigits(text, p+7, 2):
		p += 9
	default:
		return false
	}
	if p < n && text[p] == ' ' {
		p++
	}
	if p >= n || text[p] < 'A' || text[p] > 'D' || !endOK(text, p+1) {
		return false
	}
	return st.add(KindNINO, i, p+1, boost(0.85, st.hasContext(i, ctxNINO)))
}

// allDigits reports whether text[p:p+k] exists, is all digits, and is not
// followed by another digit.
func allDigits(text []byte, p, k int) bool {
	if p < 0 || p+k > len(text) {
		return false
	}
	for _, c := range text[p : p+k] {
		if !isDigit(c) {
			return false
		}
	}
	return p+k == len(text) || !isDigit(text[p+k])
}

// iban reports an IBAN starting at the word [i, j): either the whole word,
// or blocks of four separated by single spaces or dashes, with the length
// the IBAN registry gives its country and a mod-97 remainder of 1.
func (st *scanState) iban(i, j int) bool {
	if !st.want(i, 1<<KindIBAN) {
		return false
	}
	text := st.text
	want, ok := ibanLengths[[2]byte{text[i], text[i+1]}]
	if !ok {
		return false
	}
	L := int(want)
	var buf [34]byte
	end := j
	if j-i == L {
		copy(buf[:], text[i:j])
	} else if j-i == 4 && j+1 < len(text) && (text[j] == ' ' || text[j] == '-') {
		sep := text[j]
		copy(buf[:], text[i:j])
		got := 4
		p := j
		for got < L && p < len(text) && text[p] == sep {
			q := p + 1
			for q < len(text) && q-p-1 < 4 && classOf[text[q]]&(cDigit|cUpper) != 0 {
				q++
			}
			g := q - p - 1
			if g == 0 || got+g > L || g < 4 && got+g != L {
				return false
			}
			copy(buf[got:], text[p+1:q])
			got += g
			p = q
		}
		if got != L {
			return false
		}
		end = p
	} else {
		return false
	}
	if !endOK(text, end) || !ibanValid(buf[:L]) {
		return false
	}
	return st.add(KindIBAN, i, end, 0.95)
}

// ibanValid checks a compact IBAN: registry length for its country, check
// digits 02-98, upper-case alphanumeric BBAN, and ISO 7064 mod 97-10 == 1.
func ibanValid(b []byte) bool {
	if len(b) < 5 || !isUpper(b[0]) || !isUpper(b[1]) || !isDigit(b[2]) || !isDigit(b[3]) {
		return false
	}
	if want, ok := ibanLengths[[2]byte{b[0], b[1]}]; !ok || int(want) != len(b) {
		return false
	}
	if ck := atoi(b[2:4]); ck < 2 || ck > 98 { // ISO 13616: check digits are 02-98
		return false
	}
	rem, ok := mod97(b)
	return ok && rem == 1
}

// passportShape accepts one or two capital letters and six to eight digits
// (India: one letter and seven digits; the US next-generation book: one
// letter and eight). Passports are reported only after a context word.
func passportShape(w []byte) bool {
	l := 0
	for l < len(w) && isUpper(w[l]) {
		l++
	}
	if l < 1 || l > 2 {
		return false
	}
	d := len(w) - l
	if d < 6 || d > 8 {
		return false
	}
	for _, c := range w[l:] {
		if !isDigit(c) {
			return false
		}
	}
	return true
}
