package pii

import (
	"errors"
	"reflect"
	"strconv"
)

// Errors returned by this package. None of them, and no error wrapping them, ever holds a
// value of a field: they name types, fields, tags and keys only.
var (
	// ErrInvalidTag matches every [*TagError].
	ErrInvalidTag = errors.New("pii: invalid struct tag")
	// ErrForbiddenTreatment matches every [*PolicyError]: a treatment the policy forbids.
	ErrForbiddenTreatment = errors.New("pii: treatment forbidden by policy")
	// ErrUnsupportedType is returned for a type whose values cannot be copied safely, such as
	// a map whose keys hold pointers, tags or unexported fields.
	ErrUnsupportedType = errors.New("pii: unsupported type")
	// ErrInvalidKey is returned by [NewRedactor] and [NewAESSealer] for a key that is missing,
	// too short, or has an invalid or repeated id; see [Key].
	ErrInvalidKey = errors.New("pii: invalid key")
	// ErrNoKey is returned when a treatment needs a key or a [Sealer] that is not configured.
	ErrNoKey = errors.New("pii: no key configured")
	// ErrNotSealed is returned by a [Sealer]'s Open for a string that is not one of its
	// tokens; [Redactor.Open] leaves such values as they are.
	ErrNotSealed = errors.New("pii: not a sealed token")
	// ErrOpen is returned when a sealed token cannot be opened: a wrong or unknown key, a
	// forgotten subject, or a token that was tampered with or moved to another category.
	ErrOpen = errors.New("pii: cannot open sealed token")
	// ErrInvalidOption is matched by every error [NewRedactor], [NewLogHandler] and
	// [ReplaceAttr] return for an invalid setting in their options (other than a key, see
	// [ErrInvalidKey], or a treatment the policy forbids, see [ErrForbiddenTreatment]).
	ErrInvalidOption = errors.New("pii: invalid option")
	// ErrInternal is returned if the engine fails unexpectedly; the copy is discarded.
	ErrInternal = errors.New("pii: internal error")
)

// TagError reports a malformed or forbidden pii struct tag: the struct type, the field, the
// tag's text and why it is wrong. It never holds a value. It matches [ErrInvalidTag] with
// errors.Is, and unwraps to the detail: [ErrUnknownCategory], [ErrUnknownTreatment],
// [ErrUnknownSink] or a [*PolicyError].
type TagError struct {
	// Type is the struct type that declares the field.
	Type reflect.Type
	// Field is the name of the field.
	Field string
	// Tag is the text of the field's pii tag.
	Tag string
	// Reason says what is wrong, in words.
	Reason string
	// Err is the detail, or nil.
	Err error
}

// Error names the type, the field, the tag and the reason.
func (e *TagError) Error() string {
	return "pii: " + typeName(e.Type) + "." + e.Field + ": tag `pii:\"" + e.Tag + "\"`: " + e.Reason
}

// Is reports whether target is [ErrInvalidTag].
func (e *TagError) Is(target error) bool { return target == ErrInvalidTag }

// Unwrap returns the detail of the error.
func (e *TagError) Unwrap() error { return e.Err }

// TypeError reports a type whose values cannot be redacted safely. It matches
// [ErrUnsupportedType].
type TypeError struct {
	// Type is the offending type.
	Type reflect.Type
	// Reason says what is wrong, in words.
	Reason string
}

// Error names the type and the reason.
func (e *TypeError) Error() string { return "pii: " + typeName(e.Type) + ": " + e.Reason }

// Is reports whether target is [ErrUnsupportedType].
func (e *TypeError) Is(target error) bool { return target == ErrUnsupportedType }

// PolicyError reports a treatment the policy forbids for a category in a sink, with the
// clause that forbids it. It matches [ErrForbiddenTreatment].
type PolicyError struct {
	Category  Category
	Sink      Sink
	Treatment Treatment
	// Clause is the policy clause or statute, e.g. "§17".
	Clause string
	// Reason is the rule, in words.
	Reason string
}

// Error names the treatment, category and sink, the rule and its clause.
func (e *PolicyError) Error() string {
	return "pii: " + e.Treatment.String() + " of " + e.Category.String() + " in sink " + e.Sink.String() +
		" is forbidden: " + e.Reason + " (" + e.Clause + ")"
}

// Is reports whether target is [ErrForbiddenTreatment].
func (e *PolicyError) Is(target error) bool { return target == ErrForbiddenTreatment }

// KeyError reports an invalid key by its id (never its secret). It matches [ErrInvalidKey].
type KeyError struct {
	// ID is the key's id as given, or "" if it had none.
	ID string
	// Reason says what is wrong, in words.
	Reason string
}

// Error names the key by its id and says what is wrong.
func (e *KeyError) Error() string { return "pii: key " + strconv.Quote(e.ID) + ": " + e.Reason }

// Is reports whether target is [ErrInvalidKey].
func (e *KeyError) Is(target error) bool { return target == ErrInvalidKey }

func typeName(t reflect.Type) string {
	if t == nil {
		return "<nil>"
	}
	return t.String()
}

func isNotSealed(err error) bool { return errors.Is(err, ErrNotSealed) }
