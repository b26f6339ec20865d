package textscan

const (
	maxGroups    = 8
	maxRunDigits = 24
)

// digitRun is a run of digit groups such as "4111 1111 1111 1111",
// "(415) 555-2671" or "10.0.0.1", parsed without allocating.
type digitRun struct {
	n      int
	start  [maxGroups]int // first digit of each group
	end    [maxGroups]int // one past the last digit of each group
	sep    [maxGroups]byte
	paren  [maxGroups]bool // group written as "(digits)"
	digits int
	// open[g] is set when another finding could begin at group g: it
	// follows a space, a '/' or a parenthesis (see groupOpens).
	open [maxGroups]bool
	// glued is set when the last group runs straight into a letter, as in
	// "2024-05-01T12:00"; only dates accept that.
	glued bool
	// cut is set when the number continues past the run (see parseRun).
	cut bool
}

// spanEnd returns where group g ends in the text, past a closing ')'.
func (r *digitRun) spanEnd(g int) int {
	if r.paren[g] {
		return r.end[g] + 1
	}
	return r.end[g]
}

// size returns the number of digits in group g.
func (r *digitRun) size(g int) int { return r.end[g] - r.start[g] }

// appendDigits appends the digits of groups [from, to) to dst.
func (r *digitRun) appendDigits(dst []byte, text []byte, from, to int) []byte {
	for g := from; g < to; g++ {
		dst = append(dst, text[r.start[g]:r.end[g]]...)
	}
	return dst
}

// uniformSep reports whether groups [1, to) are all separated by the same
// byte, which is one of seps, and none is parenthesised.
func (r *digitRun) uniformSep(to int, seps string) bool {
	if to < 2 {
		return true
	}
	s := r.sep[1]
	if !containsByte(seps, s) {
		return false
	}
	for g := 1; g < to; g++ {
		if r.sep[g] != s || r.paren[g] {
			return false
		}
	}
	return !r.paren[0]
}

// sizesAre reports whether the run has exactly the given group sizes.
func (r *digitRun) sizesAre(sizes ...int) bool {
	if r.n != len(sizes) {
		return false
	}
	for g, s := range sizes {
		if r.size(g) != s {
			return false
		}
	}
	return true
}

// isRunSep reports whether c may separate two digit groups.
func isRunSep(c byte) bool { return c == ' ' || c == '-' || c == '.' || c == '/' }

// parseRun reads digit groups starting at p, which holds a digit or '('.
// Groups are separated by one of space - . / or written in parentheses.
//
// A run keeps to one kind of separator, so that a number next to another
// number is not read as one: once a '-', '.' or '/' has been used, a space
// ends the run ("415-555-2671 2"); and a space-separated group followed by
// a '-' or '.' starts a new token ("status=200 064-32-7815",
// "4111 1111 1111 1111 10.0.0.1"), unless the number is international
// (intl: after a '+', where "+1 415 555-2671" and "+7 495 123-45-67" are
// usual), or the group follows a parenthesised area code or a lone "1"
// ("(415) 555-2671", "1 800-555-0199"). A group that continues with two
// colons ("2001:db8::1", "0124::", "12:30:00") starts a new token too,
// where another finding could begin at it. A group glued to a '*' is what a
// card mask keeps ("411111******1111"): the run ends before it, as before a
// marker.
//
// When the next group is glued to a letter or would pass maxRunDigits
// digits, the run ends before it. If another finding could begin at that
// group, the run simply ends there; otherwise cut is set: the number goes
// on, glued to the run, so only the prefixes of the run at which another
// finding could begin may be used.
func parseRun(text []byte, p int, r *digitRun, intl bool) {
	*r = digitRun{}
	n := len(text)
	var sep byte
	sawDash := false
	for r.n < maxGroups {
		paren := false
		q := p
		if q < n && text[q] == '(' {
			paren = true
			q++
		}
		ds := q
		for q < n && isDigit(text[q]) {
			q++
		}
		if q == ds || paren && (q >= n || text[q] != ')') {
			return
		}
		if q < n && text[q] == '*' {
			return // kept by a mask: part of a value already redacted
		}
		open := r.n == 0 || groupOpens(text, p)
		if q-ds+r.digits > maxRunDigits {
			r.cut = !open
			return
		}
		after := q
		if paren {
			after++
		}
		glued := !paren && q < n && isAlpha(text[q])
		if glued && r.n > 0 && text[q] != 'T' {
			r.cut = !open
			return
		}
		if r.n > 0 && open && colonGroups(text, after) {
			// The group opens an address or a time ("0db8::1",
			// "12:30:00"), whose mask ("db8::") must not join the run
			// either.
			return
		}
		if r.n > 0 && sep == ' ' && !sawDash && after+1 < n && (text[after] == '-' || text[after] == '.') && isDigit(text[after+1]) {
			// A space-separated group that continues with - or .: no
			// other finding can begin inside what follows, glued to it.
			first := r.end[0] - r.start[0]
			cc := intl || r.n == 1 && first == 1 && text[r.start[0]] == '1'
			if !r.paren[r.n-1] && !cc {
				return
			}
		}
		g := r.n
		r.start[g], r.end[g], r.sep[g], r.paren[g], r.open[g] = ds, q, sep, paren, open
		r.n++
		r.digits += q - ds
		if glued {
			r.glued = true
			return
		}
		if after >= n {
			return
		}
		c := text[after]
		switch {
		case isRunSep(c) && after+1 < n && (isDigit(text[after+1]) || text[after+1] == '('):
			if c == ' ' && sawDash {
				return
			}
			if c != ' ' {
				sawDash = true
			}
			sep = c
			p = after + 1
		case c == '(' || paren && isDigit(c):
			sep = 0
			p = after
		default:
			return
		}
	}
	// maxGroups groups: cut if another group follows, glued to the last.
	after := r.spanEnd(r.n - 1)
	if after >= n {
		return
	}
	switch c := text[after]; {
	case c == ' ' && sawDash:
	case isRunSep(c) && after+1 < n && (isDigit(text[after+1]) || text[after+1] == '('):
		r.cut = !groupOpens(text, after+1)
	case c == '(' || r.paren[r.n-1] && isDigit(c):
		r.cut = !groupOpens(text, after)
	}
}

// colonGroups reports whether a ':' at p starts a second colon within a
// hex group: "::", or ":db8:".
func colonGroups(text []byte, p int) bool {
	if p+1 >= len(text) || text[p] != ':' {
		return false
	}
	k := p + 1
	for k < len(text) && k-p <= 4 && isHex(text[k]) {
		k++
	}
	return k < len(text) && text[k] == ':'
}

// groupOpens reports whether another finding could begin at the group (or
// its '(') at p, inside a run: a group in parentheses, where a word begins
// after the '(', or a group after a byte that is not a digit, nor a '-' or
// '.' glued to one ("415-555" is one token; "415 555", "415/555",
// "(415)555" and "415(555)" are two).
func groupOpens(text []byte, p int) bool {
	if text[p] == '(' {
		return true
	}
	b := text[p-1]
	if isAlnum(b) {
		return false
	}
	return !(b == '-' || b == '.') || !isAlnum(text[p-2])
}
