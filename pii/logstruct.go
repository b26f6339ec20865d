package pii

import (
	"log/slog"
	"reflect"
)

// structured redacts a composite value logged as an attribute (a struct, a pointer, a slice,
// a map...). It logs the engine's view of the value for [SinkLog] (see logView), so the
// value prints exactly as the original would, with its tagged fields treated and its
// unexported fields zero, through any handler and any MarshalJSON or String method of its
// type. Parts that need no treatment are shared with the original rather than copied.
//
// Whatever fails (an invalid tag, an unsupported type) logs as the marker.
func (lr *logRedactor) structured(x any) slog.Value {
	view, err := lr.r.logView(x)
	if err != nil {
		return lr.marker(0)
	}
	return slog.AnyValue(view)
}

// errorText logs an error as its text, the form every handler prints it in. The text is
// free text: it goes through [LogOptions.Text] if there is one, and is kept as it is
// otherwise. An error type with pii tags gives the text of its log view instead, so that
// its Error method sees treated fields. (A view of any other error would only lose the
// unexported fields its Error method reads, such as the message of an fmt.Errorf error.)
func (lr *logRedactor) errorText(err error) slog.Value {
	if holdsTags(reflect.TypeOf(err)) {
		view, verr := lr.r.logView(err)
		if verr != nil {
			return lr.marker(0)
		}
		if err, _ = view.(error); err == nil {
			return lr.marker(0)
		}
	}
	s := err.Error()
	if lr.text != nil {
		s = lr.safeText(s)
	}
	return slog.StringValue(s)
}
