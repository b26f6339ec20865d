package pii

import "reflect"

// This file is the engine's interface to the log handler (loghandler.go, logattr.go): the log
// side asks for views and facts through these functions only, and never touches plans or
// walkers itself.

// logView returns the treated copy of v that a log line shows: what Redact(SinkLog, v)
// returns, except that the parts of v that need no treatment are shared with v instead of
// copied. A part needs no treatment when no tag, Options.RedactUntagged or unexported field
// applies anywhere inside it and it holds no interface (a plan's Clean property): an
// untagged slice of strings or map of numbers, or v itself if all of it is so. Copying such
// parts would cost more than the rest of a log call's redaction, for nothing.
//
// A view is for one log call. The handler encodes it before Handle returns and never
// changes it, and slog's own records share logged values with the caller in the same way;
// a copy that outlives the call (Redact's) must never share. A nil v gives nil. Errors are
// those of Redact.
func (r *Redactor) logView(v any) (any, error) {
	return r.run(v, walker{r: r, sink: SinkLog, share: true})
}

// holdsTags reports whether a value of type t holds a field with a pii tag naming a category
// or a key category, outside of interfaces. An invalid type holds tags as far as the caller
// is concerned: it must go through logView, which refuses it.
func holdsTags(t reflect.Type) bool {
	if t == nil {
		return false
	}
	n := plan(t)
	return n.Tagged || n.Err != nil
}
