package textscan

// e164 handles '+' at i: an international number "+CC NSN" of at most 15
// digits (ITU-T E.164 §6.2.1; anchors.md §19), optionally written with the
// UK-style "(0)" trunk hint. The country code must be assigned; for the
// countries of phonePlans the national number must also have a possible
// length and leading digit.
func (st *scanState) e164(i int) {
	if !st.want(i, 1<<KindPhone) {
		return
	}
	text := st.text
	var r digitRun
	parseRun(text, i+1, &r, true)
	if r.paren[0] {
		return
	}
	st.segments(&r, func(seg *digitRun) bool { return !seg.glued && st.e164Segment(seg, i) })
}

// e164Segment checks one segment after the '+' at i.
func (st *scanState) e164Segment(r *digitRun, i int) bool {
	text := st.text
	end := r.spanEnd(r.n - 1)
	if r.cut || !endOK(text, end) {
		return false
	}
	var buf [maxRunDigits]byte
	d := buf[:0]
	for g := range r.n {
		if r.paren[g] && r.size(g) == 1 && text[r.start[g]] == '0' {
			continue // "+44 (0)20 ...": the trunk prefix is not dialled
		}
		d = append(d, text[r.start[g]:r.end[g]]...)
	}
	if len(d) > 15 || len(d) < 8 {
		return false
	}
	cc := 0
	for l := 1; l <= 3; l++ {
		if callingCodes[uint16(atoi(d[:l]))] {
			cc = l
			break
		}
	}
	if cc == 0 {
		return false
	}
	conf := float32(0.75)
	if p := planFor(d[:cc]); p != nil {
		if !p.matches(d[cc:]) {
			return false
		}
		conf = 0.9
	} else if len(d)-cc < 4 {
		return false
	}
	return st.add(KindPhone, i, end, boost(conf, st.hasContext(i, ctxPhone)))
}

// parenPhone handles '(' at i: a national number whose area code is in
// parentheses, "(415) 555-2671" or "(020) 7946 0958".
func (st *scanState) parenPhone(i int) {
	if !st.want(i, 1<<KindPhone) {
		return
	}
	text := st.text
	var r digitRun
	parseRun(text, i, &r, false)
	st.segments(&r, func(seg *digitRun) bool {
		end := seg.spanEnd(seg.n - 1)
		if seg.n < 2 || seg.glued || seg.cut || !endOK(text, end) {
			return false
		}
		var buf [maxRunDigits]byte
		return st.nationalPhone(seg, seg.appendDigits(buf[:0], text, 0, seg.n), i, end)
	})
}

// nationalPhone reports a phone number written without its country code.
// Without a context word only formats that are hard to mistake count: the
// NANP's 3-3-4 (with an optional leading 1 and an optional parenthesised
// area code), a grouped number with a trunk 0 whose national number has a
// possible length in the GB, DE, FR, NL or IN plan, and India's 5-5 mobile
// format. After a context word ("phone", "mobile", "tel"...) any grouping,
// or none, of a possible number of any plan counts.
func (st *scanState) nationalPhone(r *digitRun, d []byte, start, end int) bool {
	if !st.sc.kinds.Has(KindPhone) || len(d) < 7 || len(d) > 13 {
		return false
	}
	for g := 1; g < r.n; g++ {
		if r.paren[g] && !(g == 1 && r.size(0) == 1) {
			return false
		}
	}
	if r.sizesAre(3, 2, 4) {
		return false // the grouping of a US SSN, never of a phone number
	}
	// The tail of a longer spaced number ("5018 1410 0203 4602 103") is a
	// phone number only after a context word.
	distinct := !st.continuesNumber(start, r) && (nanpFormat(r, d) || trunkFormat(r, d) || indiaMobileFormat(r, d))
	if distinct {
		return st.add(KindPhone, start, end, boost(0.6, st.hasContext(start, ctxPhone)))
	}
	if !phoneGrouping(r) || !possibleNational(d) {
		return false
	}
	return st.hasContext(start, ctxPhone) && st.add(KindPhone, start, end, 0.85)
}

// possibleNational reports whether d is a possible national number of one
// of the plans, dialled with its trunk prefix or, where that is usual,
// without it.
func possibleNational(d []byte) bool {
	for k := range phonePlans {
		p := &phonePlans[k]
		nsn := d
		switch {
		case p.trunk != 0 && d[0] == p.trunk:
			nsn = d[1:]
		case p.trunk != 0 && !containsByte(p.bare, d[0]):
			continue // a national number dialled without its trunk prefix is a local number
		}
		if p.matches(nsn) {
			return true
		}
	}
	return false
}

// nanpFormat: NPA-NXX-XXXX with dashes, dots or spaces, "(NPA) NXX-XXXX",
// optionally after a leading "1".
func nanpFormat(r *digitRun, d []byte) bool {
	off := 0
	if r.n == 4 && r.size(0) == 1 && d[0] == '1' {
		off = 1
	}
	if r.n-off != 3 || r.size(off) != 3 || r.size(off+1) != 3 || r.size(off+2) != 4 {
		return false
	}
	if r.paren[off+1] || r.paren[off+2] {
		return false
	}
	if !r.paren[off] && (r.sep[off+1] != r.sep[off+2] || r.sep[off+1] == '/') {
		return false
	}
	return nanpValid(d[off:])
}

// trunkFormat: a grouped national number dialled with the trunk prefix 0
// ("020 7946 0958", "030 12345678", "01 23 45 67 89", "(0161) 496 0000"),
// of at least nine national digits, possible in a plan with that prefix.
func trunkFormat(r *digitRun, d []byte) bool {
	if r.n < 2 || d[0] != '0' || d[1] == '0' || len(d) < 10 {
		return false
	}
	for g := range r.n {
		if r.size(g) < 2 {
			return false
		}
	}
	if !r.paren[0] && !r.uniformSep(r.n, " -./") {
		return false
	}
	for k := range phonePlans {
		p := &phonePlans[k]
		if p.trunk == '0' && p.matches(d[1:]) {
			return true
		}
	}
	return false
}

// phoneGrouping accepts how national numbers are grouped: one block, or
// blocks of two digits or more (a leading "1" or trunk "0" may stand alone)
// with one kind of separator, or after a parenthesised area code.
func phoneGrouping(r *digitRun) bool {
	if r.n == 1 {
		return true
	}
	for g := range r.n {
		if r.size(g) < 2 && !(g == 0 && r.size(0) == 1) {
			return false
		}
	}
	if r.paren[0] || r.paren[1] && r.size(0) == 1 {
		return true
	}
	return r.uniformSep(r.n, " -./")
}

// indiaMobileFormat: India's mobile format "98765 43210".
func indiaMobileFormat(r *digitRun, d []byte) bool {
	return r.sizesAre(5, 5) && (r.sep[1] == ' ' || r.sep[1] == '-') && d[0] >= '6'
}
