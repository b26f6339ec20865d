package jurisdiction

import (
	"errors"
	"strconv"
)

// Sentinel errors. Functions wrap them, often in a [*PlaceError]; match them
// with [errors.Is]. No error of this package contains personal data.
var (
	// ErrMalformedPlace reports a place code that is not syntactically a
	// country or subdivision code (empty, too long, wrong characters).
	ErrMalformedPlace = errors.New("jurisdiction: malformed place code")

	// ErrUnknownPlace reports a well-formed code that names no country or
	// known subdivision: a withdrawn or reserved code, a grouping such as EU
	// or 150, or a subdivision missing from this package's tables.
	ErrUnknownPlace = errors.New("jurisdiction: unknown place")

	// ErrPrivateUsePlace reports a code from the ISO 3166 user-assigned
	// ranges (AA, QM–QZ, XA–XZ, ZZ; AAA–AAZ, QMA–QZZ, XAA–XZZ, ZZA–ZZZ;
	// 900–999), which never name a jurisdiction.
	ErrPrivateUsePlace = errors.New("jurisdiction: private-use place code")

	// ErrZeroTime reports a zero [time.Time] where an instant is required.
	ErrZeroTime = errors.New("jurisdiction: zero time")

	// ErrBeforeCoverage reports an instant before [CoverageStart]: the tables
	// do not describe the law before the GDPR began to apply.
	ErrBeforeCoverage = errors.New("jurisdiction: date before the tables' coverage")
)

// maxEchoedCode and maxEchoedText bound how much of a rejected input an
// error repeats: a place code (the length of "GB-SCT", the longest), and any
// other short text (a period, a duty, a regime ID).
const (
	maxEchoedCode = len("GB-SCT")
	maxEchoedText = 24
)

// PlaceError describes a place code that could not be parsed. Code holds the
// rejected input only when it has the shape of a place code: at most six
// ASCII letters, digits and hyphens ("US-XX", "zz"). A place code is not
// personal data, but any other input may be anything, an e-mail address
// passed by mistake for example, so it is not repeated: Code is then empty
// and Error gives only its length. A PlaceError is not changed after it is
// returned and is safe for concurrent use.
type PlaceError struct {
	Code string // the offending input if it is shaped like a place code, else ""
	Err  error  // ErrMalformedPlace, ErrUnknownPlace or ErrPrivateUsePlace

	size int // the input's length in bytes when Code does not repeat it
}

// Error returns the sentinel's text followed by the quoted code, or by the
// input's length when the input is not shaped like a place code.
func (e *PlaceError) Error() string {
	if e.Code == "" && e.size > 0 {
		return e.Err.Error() + " (" + strconv.Itoa(e.size) + " bytes, not shown)"
	}
	return e.Err.Error() + " " + quoteCode(e.Code)
}

// Unwrap returns the sentinel the error wraps.
func (e *PlaceError) Unwrap() error { return e.Err }

func placeError(input string, err error) error {
	if !codeShaped(input) {
		return &PlaceError{Err: err, size: len(input)}
	}
	return &PlaceError{Code: input, Err: err}
}

// codeShaped reports whether s could be a place code: at most
// maxEchoedCode ASCII letters, digits and hyphens.
func codeShaped(s string) bool {
	if len(s) > maxEchoedCode {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// echo returns a printable copy of at most limit bytes of untrusted input for
// an error message, so that hostile input cannot flood a log: bytes outside
// printable ASCII become '?', and a cut is marked with "...".
func echo(s string, limit int) string {
	truncated := len(s) > limit
	if truncated {
		s = s[:limit]
	}
	b := make([]byte, 0, len(s)+3)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c > 0x7e {
			c = '?'
		}
		b = append(b, c)
	}
	if truncated {
		b = append(b, "..."...)
	}
	return string(b)
}

func quoteCode(s string) string { return `"` + s + `"` }
