package piitest

import (
	"reflect"

	"github.com/google/go-cmp/cmp"

	"github.com/clootrack/privacy/pii"
)

// IgnorePII returns a go-cmp option that ignores struct fields tagged with one of the given
// categories, and everything inside them; with no categories, every field with a category
// tag. Fields tagged pii:"-" are compared.
//
//	if diff := cmp.Diff(want, got, piitest.IgnorePII()); diff != "" { ... }
func IgnorePII(categories ...pii.Category) cmp.Option {
	return cmp.FilterPath(func(p cmp.Path) bool {
		ti, ok := fieldTag(p)
		if !ok || !ti.personal {
			return false
		}
		return len(categories) == 0 || containsCategory(categories, ti.category)
	}, cmp.Ignore())
}

// TreatPII returns a go-cmp option that compares the strings of personal fields as r emits
// them to sink (with [pii.Redactor.RedactString]), so that values equal once redacted,
// masked or pseudonymized compare equal: two records whose e-mail addresses differ only in
// case compare equal under a pseudonym, and any two passwords compare equal as "[REDACTED]".
// The category of a string is that of the nearest enclosing field with a pii tag.
func TreatPII(r *pii.Redactor, sink pii.Sink) cmp.Option {
	opts := make(cmp.Options, 0, len(pii.Categories()))
	for _, c := range pii.Categories() {
		opts = append(opts, cmp.FilterPath(func(p cmp.Path) bool {
			if p.Last().Type().Kind() != reflect.String {
				return false
			}
			ti, ok := enclosingTag(p)
			return ok && ti.personal && ti.category == c
		}, cmp.Transformer("pii."+c.String(), func(s string) string {
			return r.RedactString(sink, c, s)
		})))
	}
	return opts
}

// fieldTag returns the tag of the struct field p ends at.
func fieldTag(p cmp.Path) (tagInfo, bool) {
	sf, ok := p.Last().(cmp.StructField)
	if !ok || len(p) < 2 {
		return tagInfo{}, false
	}
	parent := p.Index(-2).Type()
	if parent.Kind() != reflect.Struct {
		return tagInfo{}, false
	}
	return parseTag(parent.Field(sf.Index())), true
}

// enclosingTag returns the tag of the nearest struct field with a pii tag on the path; a
// pii:"-" inside a field tagged with a category gives way to that category, as in pii's
// engine.
func enclosingTag(p cmp.Path) (tagInfo, bool) {
	var found tagInfo
	for i := len(p) - 1; i > 0; i-- {
		sf, ok := p.Index(i).(cmp.StructField)
		if !ok {
			continue
		}
		parent := p.Index(i - 1).Type()
		if parent.Kind() != reflect.Struct {
			continue
		}
		if ti := parseTag(parent.Field(sf.Index())); ti.tagged {
			if ti.personal {
				return ti, true
			}
			if !found.tagged {
				found = ti
			}
		}
	}
	return found, found.tagged
}

func containsCategory(cs []pii.Category, c pii.Category) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}
