package pii

import (
	"reflect"

	"github.com/clootrack/privacy/pii/internal/fieldplan"
)

// Field describes one field of a struct type that holds personal data, as its pii tag
// declares it. See [Fields]. It is a plain value; [Fields] returns new ones on each call.
type Field struct {
	// Path locates the field from the root type in Go syntax: "Billing.Card"; "Phones[]" for
	// the elements of a slice or an array, "Notes[*]" for the values of a map.
	Path string
	// Index is the index sequence of the field for reflect.Value.FieldByIndexErr when Path
	// crosses only struct fields (embedded or nested by value); nil otherwise. For a root
	// pointer type it is relative to the struct pointed to.
	Index []int
	// Type is the field's type.
	Type reflect.Type
	// Category is the category of the field's values, or 0 for a field tagged pii:"-" whose
	// map keys are personal.
	Category Category
	// KeyCategory is the category of the keys of a map field tagged key=..., or 0.
	KeyCategory Category
	// Tag is the text of the field's pii tag.
	Tag string
}

// Fields lists the fields of t (a struct type, or a pointer, slice, array or map of one)
// that hold personal data, in declaration order, depth first: the fields with a category or
// a key category, and the tagged fields nested inside them. It follows nested and embedded
// structs, pointers, slices, arrays and map values; it cannot see inside interfaces, and it
// lists a recursive type's fields once. Unexported fields are not listed: a copy never holds
// them. It returns the error [ValidateType] would for an invalid type.
//
// Fields is the read-only view of the cached plans for code that must find personal data
// without copying it, such as the export and erasure of a data-subject request.
func Fields(t reflect.Type) ([]Field, error) {
	if t == nil {
		return nil, nil
	}
	n := plan(t)
	if n.Err != nil {
		return nil, problemError(n.Err)
	}
	for n.Kind == fieldplan.KindPointer {
		n = n.Elem // indexes are relative to the value a root pointer points to
	}
	var out []Field
	listFields(n, "", []int{}, map[reflect.Type]bool{}, &out)
	return out, nil
}

func listFields(n *fieldplan.Node, path string, index []int, onPath map[reflect.Type]bool, out *[]Field) {
	if onPath[n.Type] {
		return
	}
	onPath[n.Type] = true
	defer delete(onPath, n.Type)
	switch n.Kind {
	case fieldplan.KindPointer:
		listFields(n.Elem, path, nil, onPath, out)
	case fieldplan.KindSlice, fieldplan.KindArray:
		listFields(n.Elem, path+"[]", nil, onPath, out)
	case fieldplan.KindMap:
		listFields(n.Elem, path+"[*]", nil, onPath, out)
	case fieldplan.KindStruct:
		for i := range n.Fields {
			f := &n.Fields[i]
			if f.Skip {
				continue
			}
			p := f.Name
			if path != "" {
				p = path + "." + f.Name
			}
			var idx []int
			if index != nil {
				idx = append(append(make([]int, 0, len(index)+1), index...), f.Index)
			}
			if f.Personal() || f.Tag.Key != 0 {
				*out = append(*out, Field{
					Path: p, Index: idx, Type: f.Node.Type, Category: Category(f.Tag.Category),
					KeyCategory: Category(f.Tag.Key), Tag: f.TagText,
				})
			}
			listFields(f.Node, p, idx, onPath, out)
		}
	}
}
