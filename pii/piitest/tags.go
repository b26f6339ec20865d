package piitest

import (
	"reflect"
	"strings"

	"github.com/clootrack/privacy/pii"
)

// tagInfo is what a pii struct tag says about a field, as far as this package needs it.
type tagInfo struct {
	tagged   bool         // the field has a pii tag
	personal bool         // the tag names a category (not "-")
	category pii.Category // the category; 0 if the name is not known (still personal)
	key      pii.Category // the category of a map's string keys (key=...), or 0
	keyed    bool         // the tag has a key= option
}

// parseTag reads a field's pii tag loosely: a tag this package cannot read is still treated
// as marking personal data, so a leak check never misses a value because of a typo.
func parseTag(sf reflect.StructField) tagInfo {
	text, ok := sf.Tag.Lookup("pii")
	if !ok {
		return tagInfo{}
	}
	ti := tagInfo{tagged: true}
	first, rest, _ := strings.Cut(text, ",")
	if first != "-" {
		ti.personal = true
		ti.category, _ = pii.ParseCategory(first)
	}
	for rest != "" {
		var opt string
		opt, rest, _ = strings.Cut(rest, ",")
		if name, ok := strings.CutPrefix(opt, "key="); ok {
			ti.keyed = true
			ti.key, _ = pii.ParseCategory(name)
		}
	}
	return ti
}
