package textscan

// numeric handles a word of digits at [i, j): dotted quads, dates, cards,
// Aadhaar, SSN and ITIN, national phone numbers and passport numbers.
func (st *scanState) numeric(i, j int) {
	const numericKinds = 1<<KindIPv4 | 1<<KindDateOfBirth | 1<<KindCard | 1<<KindAadhaar |
		1<<KindSSN | 1<<KindITIN | 1<<KindPhone | 1<<KindPassport
	if !st.want(i, numericKinds) {
		return
	}
	// Most digit words in logs are short numbers: status codes, durations,
	// counters. Nothing the scanner reports is a lone group of 1-7 digits
	// unless a separator follows.
	text := st.text
	if j-i < 8 && (j >= len(text) || !isRunSep(text[j]) && text[j] != '(') {
		if j-i <= 2 && j+1 < len(text) && text[j] == ' ' && isAlpha(text[j+1]) {
			st.dayMonthYear(i, j)
		}
		return
	}
	var r digitRun
	parseRun(text, i, &r, false)
	st.segments(&r, func(seg *digitRun) bool {
		if seg.n >= 2 && seg.sep[1] == '.' && st.dottedQuad(seg) {
			return true
		}
		if st.numericDate(seg) {
			return true
		}
		if seg.n == 1 && j-i <= 2 {
			st.dayMonthYear(i, j)
			return true
		}
		return !seg.glued && st.identifier(seg, i)
	})
}

// segments passes to try the run r, then each shorter prefix of it that
// ends where another finding could begin (before a group after a space, a
// '/' or a parenthesis: r.open), longest first, until try returns true (the
// segment was recognised, or claimed as a date or a dotted quad).
//
// Together with the scan loop, which starts again at every such group,
// this reads a sequence of numbers leftmost-longest. A segment is judged on
// its own bytes and what precedes it, never on the groups after it, which
// is what makes redaction idempotent: once a later value in the run is
// replaced by a marker or a mask, the run ends before it, and what is left
// was already tried as a segment of its own.
func (st *scanState) segments(r *digitRun, try func(seg *digitRun) bool) {
	for m := r.n; m >= 1; m-- {
		if m < r.n && !r.open[m] {
			continue
		}
		seg := *r
		if m < r.n {
			seg.n, seg.cut, seg.glued = m, false, false
		}
		if try(&seg) {
			return
		}
	}
}

// dottedQuad reports an IPv4 address in groups 0-3 of r (and a second one
// after a '-' in "10.0.0.1-10.0.0.9"). It returns true when the run is
// shaped like an address, valid or not, so nothing else claims it.
func (st *scanState) dottedQuad(r *digitRun) bool {
	if r.n < 4 || r.sep[2] != '.' || r.sep[3] != '.' {
		return false
	}
	for g := range 4 {
		if r.size(g) > 3 || r.paren[g] {
			return false
		}
	}
	if r.n > 4 && r.sep[4] == '.' {
		return false // a longer dotted chain: an OID or a version, not an address
	}
	text := st.text
	start, end := r.start[0], r.end[3]
	if !parseIPv4(text[start:end]) || !st.ipv4End(end) || st.versionBefore(start) {
		return true
	}
	st.add(KindIPv4, start, end, 0.85)
	if r.n >= 8 && r.sep[4] == '-' && r.sep[5] == '.' && r.sep[6] == '.' && r.sep[7] == '.' {
		s2, e2 := r.start[4], r.end[7]
		if parseIPv4(text[s2:e2]) && st.ipv4End(e2) {
			st.add(KindIPv4, s2, e2, 0.85)
		}
	}
	return true
}

// ipv4End accepts the end of an address: not glued to a word, not followed
// by another dotted field; a port, a slash or a range dash is fine.
func (st *scanState) ipv4End(e int) bool {
	text := st.text
	if e >= len(text) {
		return true
	}
	c := text[e]
	if isAlnum(c) || c == '@' {
		return false
	}
	if c == '.' || c == '_' {
		return e+1 >= len(text) || !isAlnum(text[e+1])
	}
	return true
}

// versionBefore reports whether the word right before s names a version
// ("version 1.2.3.4", "build=10.0.0.1").
func (st *scanState) versionBefore(s int) bool {
	w := st.wordBefore(s)
	if w == nil {
		return false
	}
	for _, v := range ctxVersion {
		if equalFold(w, v) {
			return true
		}
	}
	return false
}

// identifier tries, in order, the kinds a plain run of digit groups can be.
// The first that validates wins; it reports whether one did.
func (st *scanState) identifier(r *digitRun, i int) bool {
	text := st.text
	var buf [maxRunDigits]byte
	d := r.appendDigits(buf[:0], text, 0, r.n)
	end := r.spanEnd(r.n - 1)
	if r.cut || !endOK(text, end) {
		return false
	}
	// Aadhaar before cards: a 12-digit number that passes Verhoeff is
	// far more likely an Aadhaar than a 12-digit Maestro card, unless a
	// card word says otherwise. Grouped 4-4-4 is enough on its own, but not
	// when the groups continue a longer spaced number ("5500 0000 0000
	// 0004" with a wrong check digit is not an Aadhaar from its second group).
	if len(d) == 12 && st.sc.kinds.Has(KindAadhaar) {
		grouped := r.sizesAre(4, 4, 4) && r.uniformSep(3, " -")
		if (grouped || r.n == 1) && aadhaarValid(d) {
			ctx := st.hasContext(i, ctxAadhaar)
			if (grouped && !st.continuesNumber(i, r) || ctx) && !(st.hasContext(i, ctxCard) && cardValid(d)) {
				return st.add(KindAadhaar, i, end, boost(0.7, ctx))
			}
		}
	}
	if st.sc.kinds.Has(KindCard) && cardGrouping(r, r.n) && cardValid(d) {
		return st.add(KindCard, i, end, boost(0.9, st.hasContext(i, ctxCard)))
	}
	if st.ssn(r, d, i, end) || st.nationalPhone(r, d, i, end) {
		return true
	}
	if r.n == 1 && (len(d) == 8 || len(d) == 9) && st.sc.kinds.Has(KindPassport) && st.hasContext(i, ctxPassport) {
		return st.add(KindPassport, i, end, 0.8)
	}
	return false
}

// cardGrouping accepts the ways card numbers are printed: one block; blocks
// of four with a shorter last block (4-4-4-4, 4-4-4-4-3); or the 4-6-5 and
// 4-6-4 of American Express and Diners Club. The separator is one space or
// one dash throughout.
func cardGrouping(r *digitRun, k int) bool {
	if k == 1 {
		return !r.paren[0]
	}
	if !r.uniformSep(k, " -") {
		return false
	}
	if k == 3 && r.size(0) == 4 && r.size(1) == 6 && (r.size(2) == 5 || r.size(2) == 4) {
		return true
	}
	for g := range k - 1 {
		if r.size(g) != 4 {
			return false
		}
	}
	return r.size(k-1) >= 1 && r.size(k-1) <= 4
}

// cardValid reports whether digits are a Luhn-valid number in a known IIN
// range of the right length.
func cardValid(d []byte) bool {
	return len(d) >= 12 && len(d) <= 19 && luhn(d) && cardScheme(d) != ""
}

// aadhaarValid applies the UIDAI rules of anchors.md §19: 12 digits, the
// first 2-9, a valid Verhoeff check digit, and not a palindrome.
func aadhaarValid(d []byte) bool {
	if len(d) != 12 || d[0] < '2' {
		return false
	}
	palindrome := true
	for k := range 6 {
		if d[k] != d[11-k] {
			palindrome = false
			break
		}
	}
	return !palindrome && verhoeff(d)
}

// ssn reports a US SSN or ITIN written 3-2-4 with one consistent dash or
// space, or as nine bare digits after a context word.
func (st *scanState) ssn(r *digitRun, d []byte, i, end int) bool {
	if !st.sc.kinds.Has(KindSSN) && !st.sc.kinds.Has(KindITIN) || len(d) != 9 {
		return false
	}
	formatted := r.sizesAre(3, 2, 4) && r.uniformSep(3, "- ")
	if !formatted && r.n != 1 {
		return false
	}
	k := ssnClass(d)
	if k == 0 {
		return false
	}
	ctx := st.hasContext(i, ctxSSN)
	if !formatted && !ctx {
		return false
	}
	return st.add(k, i, end, boost(0.75, ctx))
}

// ssnClass tells an SSN from an ITIN from neither, by the rules of SSA POMS
// RM 10201.035 (https://secure.ssa.gov/apps10/poms.nsf/lnx/0110201035):
// area 000, 666 and 900-999, group 00 and serial 0000 are never issued.
// Area 9xx with a group of 50-65, 70-88, 90-92 or 94-99 is an IRS ITIN.
// Also rejected: the advertising range 987-65-4320..4329, the Woolworth
// card 078-05-1120, 123-45-6789 and numbers of one repeated digit.
func ssnClass(d []byte) Kind {
	if len(d) != 9 {
		return 0
	}
	area := atoi(d[0:3])
	group := atoi(d[3:5])
	serial := atoi(d[5:9])
	if group == 0 || serial == 0 || area == 0 {
		return 0
	}
	same := true
	for _, c := range d[1:] {
		if c != d[0] {
			same = false
			break
		}
	}
	if same {
		return 0
	}
	switch string(d) {
	case "078051120", "123456789":
		return 0
	}
	if area == 987 && group == 65 && serial >= 4320 && serial <= 4329 {
		return 0
	}
	if area >= 900 {
		if group >= 50 && group <= 65 || group >= 70 && group <= 88 || group >= 90 && group <= 92 || group >= 94 {
			return KindITIN
		}
		return 0
	}
	if area == 666 {
		return 0
	}
	return KindSSN
}

func atoi(d []byte) int {
	v := 0
	for _, c := range d {
		v = v*10 + int(c-'0')
	}
	return v
}

// prevGroup returns the number of digits in the group that ends one space
// before i ("4111 |1111"), or 0 if there is none.
func prevGroup(text []byte, i int) int {
	if i < 2 || text[i-1] != ' ' || !isDigit(text[i-2]) {
		return 0
	}
	p := i - 2
	for p > 0 && i-2-p < maxRunDigits && isDigit(text[p-1]) {
		p--
	}
	return i - 1 - p
}

// continuesNumber reports whether the run r at i looks like the later
// blocks of a longer spaced number: r is spaced (or one block), and the
// group one space before it is a 4-digit block or is itself preceded by
// another group and a space. Groups inside an earlier finding do not count
// (they will be a marker), nor does a lone value before it, as in
// "status=404 020 7946 0958".
func (st *scanState) continuesNumber(i int, r *digitRun) bool {
	if r.n > 1 && r.sep[1] != ' ' {
		return false
	}
	text := st.text[st.floor:]
	i -= st.floor
	g := prevGroup(text, i)
	if g == 0 {
		return false
	}
	return g == 4 || prevGroup(text, i-1-g) > 0
}
