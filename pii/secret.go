package pii

import (
	"bytes"
	"crypto/subtle"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"reflect"
)

// ErrRedactedInput is returned when a [Secret] or a [Value] is asked to decode a redaction marker
// (for example JSON written by MarshalJSON) into a value: storing the marker as if it were the
// real password or address would lose data silently, so decoding fails loudly instead.
var ErrRedactedInput = errors.New("pii: refusing to decode a redaction marker as a value")

// ErrDecode is returned when a [Secret] or a [Value] cannot decode its input. The error names the
// target type only: the decoder's own message, which may quote the input, is dropped.
var ErrDecode = errors.New("pii: cannot decode value")

// Secret holds a value of type T that must never be printed, logged or encoded in clear, such
// as a password (§17), an API token or a key. Every output path shows the marker "[REDACTED]"
// instead of the value:
//
//   - fmt, with every verb and flag (Secret implements [fmt.Formatter], [fmt.Stringer] and
//     [fmt.GoStringer]);
//   - log/slog ([slog.LogValuer]);
//   - encoding/json ([json.Marshaler]), encoding.TextMarshaler users such as encoding/xml and
//     flag.TextVar, and encoding/gob.
//
// The value leaves only through an explicit call to [Secret.Reveal].
//
// # Unexported fields and other reflection
//
// fmt prints an unexported struct field by reflection, without calling its methods, which is
// how a wrapper that only implements String leaks (anchors.md §4.5). A Secret therefore keeps
// its value inside a closure: reflection over a Secret, by fmt, go-spew, go-cmp or any other
// printer, finds only a function pointer, never the value. Only unsafe code that decodes the
// closure's memory could recover it.
//
// # Decoding
//
// Input is where secrets come from (request bodies, configuration), so a Secret decodes the
// real value from JSON ([Secret.UnmarshalJSON]) and from text ([Secret.UnmarshalText]). It
// refuses the marker itself with [ErrRedactedInput], so a redacted document written back does
// not silently replace a password with "[REDACTED]". Gob decoding always fails with
// [ErrRedactedInput], because gob encoding only ever writes the marker.
//
// # Comparison
//
// A Secret is not comparable with ==, so it cannot be a map key and the language does not let
// code compare secrets by accident; use [Secret.Equal] (go-cmp uses it automatically).
//
// The zero Secret holds the zero value of T and is ready to use. A Secret is immutable and
// safe for concurrent use; if T is a pointer, slice or map, the value it refers to is shared
// with the caller of [NewSecret] and with every caller of [Secret.Reveal].
type Secret[T any] struct {
	// reveal is nil for the zero Secret.
	reveal func() T
}

// NewSecret returns a [Secret] holding v.
func NewSecret[T any](v T) Secret[T] {
	return Secret[T]{reveal: func() T { return v }}
}

// Reveal returns the value held by s. It is the only way to read it; the zero Secret reveals
// the zero value of T.
func (s Secret[T]) Reveal() T {
	if s.reveal == nil {
		var zero T
		return zero
	}
	return s.reveal()
}

// IsZero reports whether s is the zero Secret, that is, whether no value was ever stored in
// it. A Secret made by NewSecret from a zero value is not zero. encoding/json's omitzero
// option uses this method.
func (s Secret[T]) IsZero() bool { return s.reveal == nil }

// Equal reports whether s and o hold equal values: in constant time for strings and byte
// slices (so comparing a password does not leak its prefix through timing), and by
// [reflect.DeepEqual] for other types.
func (s Secret[T]) Equal(o Secret[T]) bool {
	return equalValues(s.Reveal(), o.Reveal())
}

// String returns the marker "[REDACTED]".
func (s Secret[T]) String() string { return defaultMarker }

// GoString returns the type of s and the marker, for the %#v verb.
func (s Secret[T]) GoString() string {
	return "pii.Secret[" + reflect.TypeFor[T]().String() + "]{" + defaultMarker + "}"
}

// Format implements [fmt.Formatter]: every verb prints the marker, %q quotes it, %#v prints
// [Secret.GoString], and width and the '-' flag pad it as for a string.
func (s Secret[T]) Format(f fmt.State, verb rune) {
	formatMarker(f, verb, defaultMarker, s.GoString)
}

// LogValue implements [slog.LogValuer]: a Secret logs as the marker.
func (s Secret[T]) LogValue() slog.Value { return slog.StringValue(defaultMarker) }

// MarshalJSON implements [json.Marshaler]: a Secret encodes as the JSON string "[REDACTED]".
func (s Secret[T]) MarshalJSON() ([]byte, error) { return markerJSON(defaultMarker), nil }

// MarshalText implements [encoding.TextMarshaler]: a Secret encodes as the marker.
func (s Secret[T]) MarshalText() ([]byte, error) { return []byte(defaultMarker), nil }

// GobEncode implements gob.GobEncoder: a Secret is gob-encoded as the marker, never the value.
func (s Secret[T]) GobEncode() ([]byte, error) { return []byte(defaultMarker), nil }

// GobDecode implements gob.GobDecoder. It always returns [ErrRedactedInput], since gob input
// for a Secret is only ever the marker.
func (s *Secret[T]) GobDecode([]byte) error { return ErrRedactedInput }

// UnmarshalJSON implements [json.Unmarshaler]: it decodes the value as encoding/json would
// decode a T. JSON null leaves s unchanged. The JSON string "[REDACTED]" is refused with
// [ErrRedactedInput]; any other failure returns an error wrapping [ErrDecode] that names
// only the type, never the input.
func (s *Secret[T]) UnmarshalJSON(data []byte) error {
	v, err := decodeJSON[T](data, defaultMarker)
	if err != nil || v == nil {
		return err
	}
	*s = NewSecret(*v)
	return nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] for a T whose kind is string or byte
// slice, or whose pointer implements encoding.TextUnmarshaler; for any other T it returns an
// error wrapping [ErrDecode]. The marker "[REDACTED]" is refused with [ErrRedactedInput].
func (s *Secret[T]) UnmarshalText(text []byte) error {
	v, err := decodeText[T](text, defaultMarker)
	if err != nil {
		return err
	}
	*s = NewSecret(v)
	return nil
}

// formatMarker writes marker for any verb, honouring width and the '-' flag; %q quotes it and
// %#v prints goString().
func formatMarker(f fmt.State, verb rune, marker string, goString func() string) {
	switch {
	case verb == 'v' && f.Flag('#'):
		_, _ = io.WriteString(f, goString())
	case verb == 'q':
		_, _ = fmt.Fprintf(f, fmt.FormatString(f, 'q'), marker)
	default:
		// Drop '#', '+' and precision: only width and '-' make sense for a fixed marker, and
		// precision would cut it into something that no longer looks redacted.
		format := "%"
		if f.Flag('-') {
			format += "-"
		}
		if w, ok := f.Width(); ok {
			format += fmt.Sprint(w)
		}
		_, _ = fmt.Fprintf(f, format+"s", marker)
	}
}

// markerJSON returns marker as a JSON string. The markers are ASCII without quotes or
// backslashes, so no escaping is needed.
func markerJSON(marker string) []byte {
	b := make([]byte, 0, len(marker)+2)
	b = append(b, '"')
	b = append(b, marker...)
	return append(b, '"')
}

// decodeJSON decodes data as a T. It returns nil, nil for JSON null.
func decodeJSON[T any](data []byte, marker string) (*T, error) {
	trimmed := bytes.TrimSpace(data)
	if string(trimmed) == "null" {
		return nil, nil
	}
	if bytes.Equal(trimmed, markerJSON(marker)) {
		return nil, ErrRedactedInput
	}
	var v T
	if err := json.Unmarshal(trimmed, &v); err != nil {
		// json's errors can quote the input (a number, a character): never wrap them.
		return nil, fmt.Errorf("%w: JSON into %s", ErrDecode, reflect.TypeFor[T]())
	}
	return &v, nil
}

// decodeText decodes text as a T: the kinds string and []byte directly, other types through
// their encoding.TextUnmarshaler.
func decodeText[T any](text []byte, marker string) (T, error) {
	var v T
	if string(text) == marker {
		return v, ErrRedactedInput
	}
	if u, ok := any(&v).(encoding.TextUnmarshaler); ok {
		if err := u.UnmarshalText(text); err != nil {
			return v, fmt.Errorf("%w: text into %s", ErrDecode, reflect.TypeFor[T]())
		}
		return v, nil
	}
	rv := reflect.ValueOf(&v).Elem()
	switch {
	case rv.Kind() == reflect.String:
		rv.SetString(string(text))
	case rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() == reflect.Uint8:
		rv.SetBytes(bytes.Clone(text))
	default:
		return v, fmt.Errorf("%w: text into %s", ErrDecode, reflect.TypeFor[T]())
	}
	return v, nil
}

// equalValues compares a and b in constant time when they are strings or byte slices, and
// with reflect.DeepEqual otherwise.
func equalValues[T any](a, b T) bool {
	va, vb := reflect.ValueOf(&a).Elem(), reflect.ValueOf(&b).Elem()
	switch {
	case va.Kind() == reflect.String:
		return subtle.ConstantTimeCompare([]byte(va.String()), []byte(vb.String())) == 1
	case va.Kind() == reflect.Slice && va.Type().Elem().Kind() == reflect.Uint8:
		if va.IsNil() != vb.IsNil() {
			return false
		}
		return subtle.ConstantTimeCompare(va.Bytes(), vb.Bytes()) == 1
	default:
		return reflect.DeepEqual(a, b)
	}
}
