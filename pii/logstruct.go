package pii

import (
	"log/slog"
	"reflect"
	"unsafe"

	"github.com/clootrack/privacy/pii/internal/fieldplan"
)

// structured redacts a composite value logged as an attribute (a struct, a pointer, a slice,
// a map...). It logs a copy made by the Redactor's engine for [SinkLog], so the value prints
// exactly as the original would, with its tagged fields treated, through any handler and any
// MarshalJSON or String method of its type.
//
// The copy is a view made for one log call: parts of the value that need no treatment (no
// tags, no unexported fields, no interfaces inside) are shared with the original instead of
// copied, since the handler encodes the value before Handle returns. That sharing is what
// keeps a redacting handler close to the cost of a plain one. (slog's own records share
// logged values with the caller in the same way.)
//
// Whatever fails (an invalid tag, an unsupported type) logs as the marker.
func (lr *logRedactor) structured(x any, rv reflect.Value) slog.Value {
	n := plan(rv.Type())
	if n.Err != nil {
		return markerValue()
	}
	w := walker{r: lr.r, sink: SinkLog}
	sc := w.rootScope()
	if !sc.active && shareable(n) {
		return slog.AnyValue(x)
	}
	var view reflect.Value
	switch {
	case n.Kind == fieldplan.KindStruct:
		view = reflect.New(n.Type)
		view.Elem().Set(rv)
		viewStruct(&w, view.UnsafePointer(), n, sc)
		view = view.Elem()
	case n.Kind == fieldplan.KindPointer && n.Elem.Kind == fieldplan.KindStruct && n.Type.Name() == "":
		if rv.IsNil() {
			return slog.AnyValue(x)
		}
		view = reflect.New(n.Elem.Type)
		view.Elem().Set(rv.Elem())
		viewStruct(&w, view.UnsafePointer(), n.Elem, sc)
	default:
		copied, err := lr.r.Redact(SinkLog, x)
		if err != nil {
			return markerValue()
		}
		return slog.AnyValue(copied)
	}
	if w.err != nil {
		return markerValue()
	}
	return slog.AnyValue(view.Interface())
}

// shareable reports whether a value of plan n can be logged as it is when no tag encloses
// it: nothing inside it is tagged, hidden or of a type known only at run time.
func shareable(n *fieldplan.Node) bool {
	switch n.Kind {
	case fieldplan.KindScalar, fieldplan.KindString, fieldplan.KindOpaque, fieldplan.KindBytes:
		return true
	case fieldplan.KindStruct, fieldplan.KindArray:
		return n.Flat
	case fieldplan.KindSlice:
		return n.Elem.Flat
	case fieldplan.KindMap:
		return n.KeyFlat && n.Elem.Flat
	}
	return false
}

// viewStruct turns *p, a shallow copy of a struct of plan n, into a log view: the fields the
// engine must fix are fixed (treated, deep-copied, or zeroed if unexported), except those
// that need no treatment and can be shared with the original.
func viewStruct(w *walker, p unsafe.Pointer, n *fieldplan.Node, sc scope) {
	fields := n.Work
	if sc.active {
		fields = allFields(n)
	}
	for _, i := range fields {
		f := &n.Fields[i]
		if !f.Skip {
			if fsc := w.field(sc, f); !fsc.active && fsc.key == 0 && shareable(f.Node) {
				continue
			}
		}
		w.structField(p, f, sc)
	}
}

func allFields(n *fieldplan.Node) []int {
	all := make([]int, len(n.Fields))
	for i := range all {
		all[i] = i
	}
	return all
}
