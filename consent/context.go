package consent

import "context"

type contextKey struct{}

// NewContext returns a copy of ctx carrying st. A [Gate] does this for
// every request it passes on.
func NewContext(ctx context.Context, st *State) context.Context {
	return context.WithValue(ctx, contextKey{}, st)
}

// FromContext returns the State carried by ctx, and whether there was one.
// The returned *State may be used without checking ok: a nil *State denies
// every purpose ([ReasonNoState]), which is the safe answer for a request
// that did not pass through a Gate.
func FromContext(ctx context.Context) (*State, bool) {
	st, ok := ctx.Value(contextKey{}).(*State)
	return st, ok && st != nil
}
