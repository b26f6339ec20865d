package pii

import (
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"reflect"
)

// Value holds one value of personal data of a known [Category], such as an e-mail address or
// a phone number, in a field or a variable that is not a tagged struct field. Like a [Secret]
// it prints, logs and encodes only as the marker "[REDACTED]", through every fmt verb,
// [slog.LogValuer], encoding/json, encoding.TextMarshaler and encoding/gob, also inside
// unexported fields (the value lives in a closure reflection cannot read); it leaves only
// through [Value.Reveal].
//
// Unlike a Secret it knows its category, so a [LogHandler] or a [ReplaceAttr] function gives
// it the category's treatment for logs instead of the marker: an e-mail address logged as a
// Value shows its domain, as a tagged field would. Only values whose kind is string or byte
// slice, and netip.Addr and net.IP values, can be treated; anything else logs as the marker.
//
// Decoding (JSON, text) keeps the category of the Value decoded into: decode into a Value made
// by NewValue, or the zero Value, whose category is invalid and so redacted in every sink.
// As for a Secret, the marker itself is refused with [ErrRedactedInput], and gob decoding
// always fails.
//
// A Value is immutable and safe for concurrent use; it is not comparable with ==, use
// [Value.Equal].
type Value[T any] struct {
	category Category
	reveal   func() T // nil for the zero Value
}

// NewValue returns a [Value] of category c holding v.
func NewValue[T any](c Category, v T) Value[T] {
	return Value[T]{category: c, reveal: func() T { return v }}
}

// Category returns the category of the value; the zero Value has the invalid category 0.
func (v Value[T]) Category() Category { return v.category }

// Reveal returns the value. It is the only way to read it.
func (v Value[T]) Reveal() T {
	if v.reveal == nil {
		var zero T
		return zero
	}
	return v.reveal()
}

// IsZero reports whether no value was ever stored in v.
func (v Value[T]) IsZero() bool { return v.reveal == nil }

// Equal reports whether v and o have the same category and equal values, compared as by
// [Secret.Equal].
func (v Value[T]) Equal(o Value[T]) bool {
	return v.category == o.category && equalValues(v.Reveal(), o.Reveal())
}

// String returns the marker "[REDACTED]".
func (v Value[T]) String() string { return defaultMarker }

// GoString returns the type, the category and the marker, for the %#v verb.
func (v Value[T]) GoString() string {
	return "pii.Value[" + reflect.TypeFor[T]().String() + "]{" + v.category.String() + " " + defaultMarker + "}"
}

// Format implements [fmt.Formatter] as [Secret.Format] does.
func (v Value[T]) Format(f fmt.State, verb rune) { formatMarker(f, verb, defaultMarker, v.GoString) }

// LogValue implements [slog.LogValuer]. Handlers print the result as the marker; a
// [LogHandler] or a [ReplaceAttr] function gives it the category's log treatment.
func (v Value[T]) LogValue() slog.Value {
	return slog.AnyValue(loggedValue{category: v.category, text: v.text})
}

// MarshalJSON implements [json.Marshaler]: a Value encodes as the JSON string "[REDACTED]".
func (v Value[T]) MarshalJSON() ([]byte, error) { return markerJSON(defaultMarker), nil }

// MarshalText implements [encoding.TextMarshaler]: a Value encodes as the marker.
func (v Value[T]) MarshalText() ([]byte, error) { return []byte(defaultMarker), nil }

// GobEncode implements gob.GobEncoder: a Value is gob-encoded as the marker.
func (v Value[T]) GobEncode() ([]byte, error) { return []byte(defaultMarker), nil }

// GobDecode implements gob.GobDecoder. It always returns [ErrRedactedInput].
func (v *Value[T]) GobDecode([]byte) error { return ErrRedactedInput }

// UnmarshalJSON implements [json.Unmarshaler] as [Secret.UnmarshalJSON] does, keeping v's
// category.
func (v *Value[T]) UnmarshalJSON(data []byte) error {
	x, err := decodeJSON[T](data, defaultMarker)
	if err != nil || x == nil {
		return err
	}
	*v = NewValue(v.category, *x)
	return nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] as [Secret.UnmarshalText] does,
// keeping v's category.
func (v *Value[T]) UnmarshalText(text []byte) error {
	x, err := decodeText[T](text, defaultMarker)
	if err != nil {
		return err
	}
	*v = NewValue(v.category, x)
	return nil
}

// text returns the value as text for a treatment, if it has a textual form.
func (v Value[T]) text() (string, bool) {
	x := v.Reveal()
	switch t := any(x).(type) {
	case netip.Addr:
		return t.String(), t.IsValid()
	case net.IP:
		return t.String(), len(t) > 0
	}
	rv := reflect.ValueOf(&x).Elem()
	switch {
	case rv.Kind() == reflect.String:
		return rv.String(), true
	case rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() == reflect.Uint8:
		return string(rv.Bytes()), true
	}
	return "", false
}

// loggedValue is what a [Value] logs as. Every handler prints it as the marker (it is a
// Stringer, a TextMarshaler and a json.Marshaler, and reflection finds only a function);
// the package's own log handler and ReplaceAttr recognize it and treat the value by category.
type loggedValue struct {
	category Category
	text     func() (string, bool)
}

func (loggedValue) String() string                  { return defaultMarker }
func (loggedValue) MarshalText() ([]byte, error)    { return []byte(defaultMarker), nil }
func (loggedValue) MarshalJSON() ([]byte, error)    { return markerJSON(defaultMarker), nil }
func (l loggedValue) Format(f fmt.State, verb rune) { formatMarker(f, verb, defaultMarker, l.String) }
