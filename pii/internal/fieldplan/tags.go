package fieldplan

import (
	"strings"
)

// MaxSinks is the number of sinks a [Tag] can hold a treatment for.
const MaxSinks = 8

// Vocabulary names what a tag may say: categories, sinks and treatments, each by its index,
// and the policy rules that forbid some treatments. Package pii passes one immutable
// Vocabulary to every call; the plan cache assumes it never changes.
type Vocabulary struct {
	// Categories holds the category names by code; code 0 and empty names are never valid.
	Categories []string
	// Sinks holds the sink names by index; at most MaxSinks.
	Sinks []string
	// Treatments holds the treatment names by code; code 0 and empty names are never valid.
	Treatments []string
	// Check reports why treatment is forbidden for category in sink, or nil if it is allowed.
	Check func(category, sink, treatment uint8) error
}

// Tag is a parsed pii struct tag. The zero Tag means "not personal" (the tag "-").
type Tag struct {
	// Category is the code of the field's category; 0 means "not personal".
	Category uint8
	// All is the treatment for every sink without its own option; 0 means the default.
	All uint8
	// Sinks holds the treatment chosen for each sink; 0 means All, or the default.
	Sinks [MaxSinks]uint8
	// Key is the category of a map's keys; 0 means the keys are not personal.
	Key uint8
}

// Treatment returns the treatment the tag chooses for sink, or 0 if it leaves it to the default.
func (t *Tag) Treatment(sink int) uint8 {
	if s := t.Sinks[sink]; s != 0 {
		return s
	}
	return t.All
}

// Reason says what is wrong with a tag or a type.
type Reason uint8

// The reasons a tag or a type is rejected.
const (
	ReasonSyntax             Reason = iota + 1 // malformed tag text
	ReasonUnknownCategory                      // the first token is not a category
	ReasonUnknownOption                        // an option is neither a treatment, sink=treatment nor key=category
	ReasonDuplicateOption                      // an option repeats
	ReasonForbiddenTreatment                   // a policy rule forbids the treatment
	ReasonKeyNotString                         // key= on a field whose type has no string map keys
	ReasonUnsupportedKey                       // a map key type that cannot be copied safely
)

// SyntaxError reports a tag that cannot be parsed. Detail never holds a field's value: only
// the tag's own text, which is source code.
type SyntaxError struct {
	Reason Reason
	Detail string
	// Err is the policy's own error for ReasonForbiddenTreatment, nil otherwise.
	Err error
}

// Error returns the detail.
func (e *SyntaxError) Error() string { return e.Detail }

// Unwrap returns the policy error behind a forbidden treatment.
func (e *SyntaxError) Unwrap() error { return e.Err }

func syntaxErr(r Reason, detail string) error { return &SyntaxError{Reason: r, Detail: detail} }

// ParseTag parses the value of a pii struct tag:
//
//	tag    = "-" [ ",key=" category ] | category { "," option }
//	option = treatment | sink "=" treatment | "key=" category
//
// Names are lower case and the tag holds no spaces. Each option may appear once; a
// sink=treatment option overrides a bare treatment for that sink.
func ParseTag(s string, v *Vocabulary) (Tag, error) {
	var t Tag
	if s == "" {
		return t, syntaxErr(ReasonSyntax, "empty tag")
	}
	if strings.ContainsAny(s, " \t\r\n") {
		return t, syntaxErr(ReasonSyntax, "tag contains white space")
	}
	head, rest, more := strings.Cut(s, ",")
	notPersonal := head == "-"
	if !notPersonal {
		c, ok := lookup[uint8](v.Categories, head)
		if !ok {
			if head == "" {
				return t, syntaxErr(ReasonSyntax, "tag must start with a category")
			}
			return t, syntaxErr(ReasonUnknownCategory, "unknown category "+quote(head))
		}
		t.Category = c
	}
	if more && rest == "" {
		return t, syntaxErr(ReasonSyntax, "empty option")
	}
	for more {
		var opt string
		opt, rest, more = strings.Cut(rest, ",")
		if opt == "" {
			return t, syntaxErr(ReasonSyntax, "empty option")
		}
		if err := t.applyOption(opt, notPersonal, v); err != nil {
			return Tag{}, err
		}
	}
	if err := t.check(v); err != nil {
		return Tag{}, err
	}
	return t, nil
}

func (t *Tag) applyOption(opt string, notPersonal bool, v *Vocabulary) error {
	name, value, hasValue := strings.Cut(opt, "=")
	if !hasValue {
		tr, ok := lookup[uint8](v.Treatments, name)
		if !ok {
			return syntaxErr(ReasonUnknownOption, "unknown option "+quote(opt))
		}
		if notPersonal {
			return syntaxErr(ReasonUnknownOption, "a field marked \"-\" takes no treatment")
		}
		if t.All != 0 {
			return syntaxErr(ReasonDuplicateOption, "more than one treatment for every sink")
		}
		t.All = tr
		return nil
	}
	if name == "key" {
		c, ok := lookup[uint8](v.Categories, value)
		if !ok {
			return syntaxErr(ReasonUnknownCategory, "unknown key category "+quote(value))
		}
		if t.Key != 0 {
			return syntaxErr(ReasonDuplicateOption, "key category given twice")
		}
		t.Key = c
		return nil
	}
	sink, ok := lookup[int](v.Sinks, name)
	if !ok {
		return syntaxErr(ReasonUnknownOption, "unknown option "+quote(opt))
	}
	if notPersonal {
		return syntaxErr(ReasonUnknownOption, "a field marked \"-\" takes no treatment")
	}
	tr, ok := lookup[uint8](v.Treatments, value)
	if !ok {
		return syntaxErr(ReasonUnknownOption, "unknown treatment "+quote(value)+" for sink "+name)
	}
	if t.Sinks[sink] != 0 {
		return syntaxErr(ReasonDuplicateOption, "sink "+name+" given twice")
	}
	t.Sinks[sink] = tr
	return nil
}

// check applies the policy's rules to every treatment the tag chooses.
func (t *Tag) check(v *Vocabulary) error {
	if t.Category == 0 || v.Check == nil {
		return nil
	}
	for sink := range v.Sinks {
		tr := t.Treatment(sink)
		if tr == 0 {
			continue
		}
		if err := v.Check(t.Category, uint8(sink), tr); err != nil {
			return &SyntaxError{
				Reason: ReasonForbiddenTreatment,
				Detail: v.Sinks[sink] + "=" + v.Treatments[tr] + ": " + err.Error(),
				Err:    err,
			}
		}
	}
	return nil
}

// Format returns the canonical text of t: the category (or "-"), the treatment for every
// sink, the sink options in sink order, then the key category. ParseTag(t.Format(v)) == t.
func (t *Tag) Format(v *Vocabulary) string {
	var b strings.Builder
	if t.Category == 0 {
		b.WriteString("-")
	} else {
		b.WriteString(v.Categories[t.Category])
	}
	if t.All != 0 {
		b.WriteString(",")
		b.WriteString(v.Treatments[t.All])
	}
	for sink, tr := range t.Sinks {
		if tr != 0 {
			b.WriteString(",")
			b.WriteString(v.Sinks[sink])
			b.WriteString("=")
			b.WriteString(v.Treatments[tr])
		}
	}
	if t.Key != 0 {
		b.WriteString(",key=")
		b.WriteString(v.Categories[t.Key])
	}
	return b.String()
}

func lookup[N ~uint8 | ~int](names []string, name string) (N, bool) {
	if name == "" {
		return 0, false
	}
	for i, n := range names {
		if n == name {
			return N(i), true
		}
	}
	return 0, false
}

// quote quotes tag text for an error message, cutting it short so a long tag stays readable.
func quote(s string) string {
	const limit = 40
	if r := []rune(s); len(r) > limit {
		s = string(r[:limit]) + "…"
	}
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}
