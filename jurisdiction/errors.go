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

// maxEchoedCode, maxEchoedText and maxEchoedDigits bound what of a rejected
// input an error repeats: a place code (the length of "GB-SCT", the longest),
// and any other short text (a period, a duty, a regime ID) with no more digits
// than a period needs; a run of digits may be a phone or card number.
const (
	maxEchoedCode   = len("GB-SCT")
	maxEchoedText   = 24
	maxEchoedDigits = 4
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

// echo returns untrusted input for an error message. Input shaped like the
// package's vocabulary (a period, a duty, a regime ID: at most maxEchoedText
// ASCII letters, digits, spaces, '-', '_' and '.', with at most
// maxEchoedDigits digits) is quoted; anything else is given only by its
// length, so that personal data put in the wrong field (an e-mail address, a
// phone or card number) never reaches an error or a log line.
func echo(s string) string {
	if !vocabularyShaped(s) {
		return "(" + strconv.Itoa(len(s)) + " bytes, not shown)"
	}
	return strconv.Quote(s)
}

func vocabularyShaped(s string) bool {
	if len(s) > maxEchoedText {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digits++
		case 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == ' ' || c == '-' || c == '_' || c == '.':
		default:
			return false
		}
	}
	return digits <= maxEchoedDigits
}

func quoteCode(s string) string { return `"` + s + `"` }
