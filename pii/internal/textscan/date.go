package textscan

// numericDate handles a run shaped like a calendar date: Y-M-D, D-M-Y or
// M-D-Y with '-', '/' or '.' throughout. A valid date is reported as a date
// of birth only after a birth context word; either way it is claimed, so a
// date is never read as a phone number. ISO timestamps
// ("2024-05-01T12:00:00Z") are dates too.
func (st *scanState) numericDate(r *digitRun) bool {
	if r.n < 3 || r.paren[0] || r.paren[1] || r.paren[2] {
		return false
	}
	s := r.sep[1]
	if s != '-' && s != '/' && s != '.' || r.sep[2] != s {
		return false
	}
	if r.n > 3 && r.sep[3] == s {
		return false
	}
	text := st.text
	a, b, c := text[r.start[0]:r.end[0]], text[r.start[1]:r.end[1]], text[r.start[2]:r.end[2]]
	var ok bool
	switch {
	case len(a) == 4 && len(b) <= 2 && len(c) <= 2:
		ok = validDate(atoi(a), atoi(b), atoi(c))
	case len(a) <= 2 && len(b) <= 2 && len(c) == 4:
		y := atoi(c)
		ok = validDate(y, atoi(b), atoi(a)) || validDate(y, atoi(a), atoi(b))
	default:
		return false
	}
	if !ok {
		return false
	}
	start, end := r.start[0], r.end[2]
	if st.sc.kinds.Has(KindDateOfBirth) && st.hasContext(start, ctxDOB) {
		st.add(KindDateOfBirth, start, end, 0.9)
	}
	return true
}

// validDate reports whether y-m-d is a real date between 1900 and 2099.
func validDate(y, m, d int) bool {
	if y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

var monthNames = [12]string{"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"}

// monthOf returns 1-12 for an English month name or its three-letter
// abbreviation ("Mar", "march"; "Sept" too), or 0.
func monthOf(w []byte) int {
	if len(w) < 3 || len(w) > 9 {
		return 0
	}
	switch lower(w[0]) {
	case 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd':
	default:
		return 0
	}
	for m, name := range monthNames {
		if equalFold(w, name) || len(w) == 3 && equalFold(w, name[:3]) || m == 8 && equalFold(w, "sept") {
			return m + 1
		}
	}
	return 0
}

// dayMonthYear handles "12 March 1985" and "12-Mar-1985" at a day word
// [i, j), after a birth context word.
func (st *scanState) dayMonthYear(i, j int) {
	if !st.sc.kinds.Has(KindDateOfBirth) {
		return
	}
	text := st.text
	n := len(text)
	if j >= n || text[j] != ' ' && text[j] != '-' {
		return
	}
	sep := text[j]
	ms := j + 1
	me := ms
	for me < n && me-ms < 10 && isAlpha(text[me]) {
		me++
	}
	m := monthOf(text[ms:me])
	if m == 0 {
		return
	}
	p := me
	if p < n && text[p] == '.' && sep == ' ' { // "12 Mar. 1985"
		p++
	}
	if p >= n || text[p] != sep {
		return
	}
	p++
	y, e, ok := year4(text, p)
	if !ok || !validDate(y, m, atoi(text[i:j])) || !st.hasContext(i, ctxDOB) {
		return
	}
	st.add(KindDateOfBirth, i, e, 0.9)
}

// monthDayYear handles "March 12, 1985" at a month word [i, j), after a
// birth context word.
func (st *scanState) monthDayYear(i, j int) {
	text := st.text
	n := len(text)
	p := j
	if p < n && text[p] == '.' {
		p++
	}
	if p+1 >= n || text[p] != ' ' || !isDigit(text[p+1]) {
		return
	}
	p = j
	m := monthOf(text[i:j])
	if m == 0 || !st.sc.kinds.Has(KindDateOfBirth) {
		return
	}
	if p < n && text[p] == '.' {
		p++
	}
	if p >= n || text[p] != ' ' {
		return
	}
	p++
	ds := p
	for p < n && p-ds < 2 && isDigit(text[p]) {
		p++
	}
	if p == ds {
		return
	}
	day := atoi(text[ds:p])
	if p < n && text[p] == ',' {
		p++
	}
	if p >= n || text[p] != ' ' {
		return
	}
	y, e, ok := year4(text, p+1)
	if !ok || !validDate(y, m, day) || !st.hasContext(i, ctxDOB) {
		return
	}
	st.add(KindDateOfBirth, i, e, 0.9)
}

// year4 reads exactly four digits at p that end a token.
func year4(text []byte, p int) (y, end int, ok bool) {
	if p+4 > len(text) {
		return 0, 0, false
	}
	for k := range 4 {
		if !isDigit(text[p+k]) {
			return 0, 0, false
		}
	}
	if !endOK(text, p+4) {
		return 0, 0, false
	}
	return atoi(text[p : p+4]), p + 4, true
}
