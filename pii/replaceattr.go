package pii

import "log/slog"

// ReplaceAttr returns a function for [slog.HandlerOptions].ReplaceAttr that redacts each
// attribute as a [LogHandler] does, for the built-in JSON and text handlers. A nil r means a
// Redactor with the default [Options]; opts may be nil. It returns a [*LogOptionError] for an
// invalid [LogOptions.KeyCategories] entry.
//
// The function is a lighter alternative to a LogHandler, with two limits a LogHandler does
// not have: the handler has already resolved LogValuers and turned the message into the
// "msg" attribute (which the function scans with [LogOptions.Text] like any string), and
// handlers other than the built-in ones may not call ReplaceAttr at all. It also handles a
// group value, although the slog documentation says ReplaceAttr never sees one: handlers do
// pass one when a LogValuer resolves to a group (golang/go#62731), and the function then
// redacts everything in it.
//
// The function is safe for concurrent use. To combine it with a ReplaceAttr of your own,
// call one from the other.
func ReplaceAttr(r *Redactor, opts *LogOptions) (func(groups []string, a slog.Attr) slog.Attr, error) {
	lr, err := newLogRedactor(r, opts)
	if err != nil {
		return nil, err
	}
	return func(groups []string, a slog.Attr) slog.Attr {
		if len(groups) == 0 {
			switch a.Key {
			case slog.TimeKey, slog.LevelKey, slog.SourceKey:
				if a.Value.Kind() != slog.KindString && a.Value.Kind() != slog.KindGroup {
					return a // the handler's own attributes
				}
			}
		}
		return lr.attr(groups, a, 0)
	}, nil
}
