package pii

import "log/slog"

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
		return markerValue()
	}
	return slog.AnyValue(view)
}
