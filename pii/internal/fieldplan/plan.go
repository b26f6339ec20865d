package fieldplan

import (
	"net/netip"
	"reflect"
	"time"
)

// Kind is how the engine copies and treats a value of a type.
type Kind uint8

// The kinds of [Node].
const (
	// KindUnsupported is a chan, func or unsafe.Pointer: it cannot be copied safely, so a
	// copy holds its zero value.
	KindUnsupported Kind = iota
	// KindScalar is a bool or a number.
	KindScalar
	// KindString is a string or a named string type.
	KindString
	// KindBytes is a slice of bytes ([]byte, net.IP, json.RawMessage, ...).
	KindBytes
	// KindOpaque is a value type of the standard library whose unexported fields are its
	// representation (time.Time, netip.Addr, netip.Prefix, netip.AddrPort): it is copied by
	// assignment and treated as one value.
	KindOpaque
	KindStruct
	KindPointer
	KindSlice
	KindArray
	KindMap
	KindInterface
)

// Node is the immutable plan for one type: how to copy a value of it and where its tagged
// fields are. Nodes refer to each other, and a recursive type refers back to itself.
type Node struct {
	Type reflect.Type
	Kind Kind
	// Elem is the plan of the element of a pointer, slice, array or map.
	Elem *Node
	// Key is the plan of a map's key.
	Key *Node
	// Fields lists a struct's fields in declaration order.
	Fields []Field
	// Work lists the indexes of the fields that copying the struct by assignment does not
	// finish when no enclosing tag applies: tagged fields, fields that need a deep copy or
	// hold unexported state, and skipped fields, which must be cleared.
	Work []int
	// Flat reports that assignment makes a full copy of a value and that nothing inside it
	// needs a treatment unless an enclosing tag or Options say so: no pointers, slices, maps,
	// interfaces, tags or unexported fields.
	Flat bool
	// Hidden reports that a struct or array holds, in its own memory, unexported state that
	// reflection cannot write: it must be copied field by field so that this state stays zero.
	Hidden bool
	// Recursive reports, for a pointer, slice or map, that a value may lead back to itself
	// (through its own type or an interface), so the engine must track what it has copied.
	Recursive bool
	// KeyFlat reports, for a map, that its keys can be copied as they are.
	KeyFlat bool
	// Clean reports that nothing reachable from a value needs a treatment or hides state
	// unless an enclosing tag or Options say so: no tags, no unexported fields, no chan, func
	// or unsafe.Pointer, and no interfaces (whose content is known only at run time), through
	// any pointer, slice, array or map. A Flat type is Clean; a Clean type may hold
	// references, so a copy of it shares memory with the original unless they are copied too.
	Clean bool
	// Tagged reports that a field with a pii tag naming a category or a key category is
	// reachable from a value without crossing an interface.
	Tagged bool
	// Err is the first problem found in this type or in any type it contains, or nil.
	Err *Problem

	own *Problem // the first problem found in this type itself
}

// Field is one field of a struct.
type Field struct {
	Name  string
	Index int
	// Offset is the field's offset in the struct, and Type its type.
	Offset uintptr
	Type   reflect.Type
	// Skip reports a field a copy always leaves at its zero value: an unexported field (other
	// than an embedded struct, whose exported fields are promoted) or a chan, func or
	// unsafe.Pointer.
	Skip bool
	// Embedded reports an embedded field; with Exported false it is an unexported embedded
	// struct whose exported fields are copied one by one.
	Embedded bool
	Exported bool
	// Tagged reports a pii tag; Tag is then the parsed tag ("-" parses to the zero Tag).
	Tagged bool
	Tag    Tag
	// TagText is the raw tag, for error messages.
	TagText string
	Node    *Node
}

// Personal reports whether the field's tag names a category.
func (f *Field) Personal() bool { return f.Tagged && f.Tag.Category != 0 }

// Problem reports what is wrong with a field's tag or a type. It never holds a value.
type Problem struct {
	// Type is the struct holding the field, or the offending type itself.
	Type reflect.Type
	// Field is the name of the field, or "" for a type.
	Field string
	// Tag is the raw pii tag of the field, or "".
	Tag    string
	Reason Reason
	Detail string
	// Err is the policy's error for a forbidden treatment.
	Err error
}

var (
	timeType     = reflect.TypeFor[time.Time]()
	addrType     = reflect.TypeFor[netip.Addr]()
	prefixType   = reflect.TypeFor[netip.Prefix]()
	addrPortType = reflect.TypeFor[netip.AddrPort]()
)

// IsOpaque reports whether t is one of the standard library value types copied whole.
func IsOpaque(t reflect.Type) bool {
	return t == timeType || t == addrType || t == prefixType || t == addrPortType
}

// builder builds the plans of one type and of every type it reaches that is not yet cached.
// Its map holds each new node before the node is filled in (the placeholder), so a recursive
// type finds itself and stops; the nodes become visible to other goroutines only once every
// one of them is complete.
type builder struct {
	vocab *Vocabulary
	local map[reflect.Type]*Node
	order []*Node
}

func (b *builder) node(t reflect.Type) *Node {
	if n, ok := cache.Load(t); ok {
		return n.(*Node)
	}
	if n := b.local[t]; n != nil {
		return n
	}
	n := &Node{Type: t}
	b.local[t] = n
	b.order = append(b.order, n)
	b.fill(n)
	return n
}

func (b *builder) fill(n *Node) {
	t := n.Type
	if IsOpaque(t) {
		n.Kind, n.Flat = KindOpaque, true
		return
	}
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		n.Kind, n.Flat = KindScalar, true
	case reflect.String:
		n.Kind, n.Flat = KindString, true
	case reflect.Slice:
		n.Elem = b.node(t.Elem())
		n.Kind = KindSlice
		if t.Elem().Kind() == reflect.Uint8 {
			n.Kind = KindBytes
		}
	case reflect.Array:
		n.Kind, n.Elem = KindArray, b.node(t.Elem())
		n.Flat, n.Hidden = n.Elem.Flat, n.Elem.Hidden
	case reflect.Pointer:
		n.Kind, n.Elem = KindPointer, b.node(t.Elem())
	case reflect.Map:
		n.Kind, n.Key, n.Elem = KindMap, b.node(t.Key()), b.node(t.Elem())
		n.KeyFlat = n.Key.Flat
		if !n.KeyFlat && n.Key.Kind != KindInterface {
			n.own = &Problem{Type: t, Reason: ReasonUnsupportedKey,
				Detail: "map key type " + t.Key().String() + " cannot be copied safely (it holds pointers, tags or unexported fields)"}
		}
	case reflect.Interface:
		n.Kind = KindInterface
	case reflect.Struct:
		n.Kind = KindStruct
		b.fillStruct(n)
	default: // chan, func, unsafe.Pointer
		n.Kind = KindUnsupported
	}
}

func (b *builder) fillStruct(n *Node) {
	t := n.Type
	n.Fields = make([]Field, t.NumField())
	n.Flat = true
	for i := range n.Fields {
		sf := t.Field(i)
		f := &n.Fields[i]
		f.Name, f.Index, f.Embedded, f.Exported = sf.Name, i, sf.Anonymous, sf.IsExported()
		f.Offset, f.Type = sf.Offset, sf.Type
		if text, ok := sf.Tag.Lookup("pii"); ok {
			f.Tagged, f.TagText = true, text
			tag, err := ParseTag(text, b.vocab)
			if err != nil {
				b.problem(n, f, err)
			} else {
				f.Tag = tag
				if tag.Key != 0 && !hasStringKeys(sf.Type) {
					b.problem(n, f, syntaxErr(ReasonKeyNotString, "key= needs a map with string keys, not "+sf.Type.String()))
				}
			}
		}
		unexportedStruct := !f.Exported && f.Embedded && sf.Type.Kind() == reflect.Struct
		if !f.Exported && !unexportedStruct {
			f.Skip = true
			n.Hidden, n.Flat = true, false
			continue
		}
		f.Node = b.node(sf.Type) // may still be a placeholder: look only at its type
		switch sf.Type.Kind() {
		case reflect.Chan, reflect.Func, reflect.UnsafePointer:
			f.Skip = true
		}
		if f.Node.Hidden {
			n.Hidden = true
		}
		if !f.Node.Flat || f.Personal() || f.Tag.Key != 0 {
			n.Flat = false
		}
	}
	for i := range n.Fields {
		f := &n.Fields[i]
		if f.Skip || !f.Node.Flat || f.Personal() || f.Tag.Key != 0 {
			n.Work = append(n.Work, i)
		}
	}
}

func (b *builder) problem(n *Node, f *Field, err error) {
	if n.own != nil {
		return
	}
	p := &Problem{Type: n.Type, Field: f.Name, Tag: f.TagText, Reason: ReasonSyntax, Detail: err.Error()}
	if se, ok := err.(*SyntaxError); ok {
		p.Reason, p.Err = se.Reason, se.Err
	}
	n.own = p
}

func hasStringKeys(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Map && t.Key().Kind() == reflect.String
}

// finish computes the properties that depend on the whole graph: Err, Recursive, Clean and
// Tagged.
func (b *builder) finish() {
	for _, n := range b.order {
		n.Err = firstProblem(n, map[*Node]bool{})
		n.Clean = !reaches(n, dirty, map[*Node]bool{})
		n.Tagged = reaches(n, tagged, map[*Node]bool{})
		switch n.Kind {
		case KindPointer, KindSlice, KindMap:
			seen := map[*Node]bool{}
			n.Recursive = leadsTo(n.Elem, n.Type, seen) || (n.Key != nil && leadsTo(n.Key, n.Type, seen))
		}
	}
}

func firstProblem(n *Node, seen map[*Node]bool) *Problem {
	if seen[n] {
		return nil
	}
	seen[n] = true
	if n.own != nil {
		return n.own
	}
	if n.Key != nil {
		if p := firstProblem(n.Key, seen); p != nil {
			return p
		}
	}
	if n.Elem != nil {
		if p := firstProblem(n.Elem, seen); p != nil {
			return p
		}
	}
	for i := range n.Fields {
		if f := &n.Fields[i]; f.Node != nil {
			if p := firstProblem(f.Node, seen); p != nil {
				return p
			}
		}
	}
	return nil
}

// reaches reports whether pred holds for n or for a node reachable from n through keys,
// elements and fields. Interfaces end the search: their content has no plan.
func reaches(n *Node, pred func(*Node) bool, seen map[*Node]bool) bool {
	if seen[n] {
		return false
	}
	seen[n] = true
	if pred(n) {
		return true
	}
	if n.Key != nil && reaches(n.Key, pred, seen) {
		return true
	}
	if n.Elem != nil && reaches(n.Elem, pred, seen) {
		return true
	}
	for i := range n.Fields {
		if f := &n.Fields[i]; f.Node != nil && reaches(f.Node, pred, seen) {
			return true
		}
	}
	return false
}

// dirty reports a node that is not Clean by itself: an interface, a chan, func or
// unsafe.Pointer, or a struct with a skipped or tagged field.
func dirty(n *Node) bool {
	switch n.Kind {
	case KindInterface, KindUnsupported:
		return true
	case KindStruct:
		for i := range n.Fields {
			if f := &n.Fields[i]; f.Skip || f.Personal() || f.Tag.Key != 0 {
				return true
			}
		}
	}
	return false
}

// tagged reports a struct with a field whose tag names a category or a key category.
func tagged(n *Node) bool {
	for i := range n.Fields {
		if f := &n.Fields[i]; f.Personal() || f.Tag.Key != 0 {
			return true
		}
	}
	return false
}

// leadsTo reports whether a value of n's type can hold a value of type t, directly or
// through an interface (which can hold anything).
func leadsTo(n *Node, t reflect.Type, seen map[*Node]bool) bool {
	if seen[n] {
		return false
	}
	seen[n] = true
	if n.Type == t || n.Kind == KindInterface {
		return true
	}
	if n.Key != nil && leadsTo(n.Key, t, seen) {
		return true
	}
	if n.Elem != nil && leadsTo(n.Elem, t, seen) {
		return true
	}
	for i := range n.Fields {
		if f := &n.Fields[i]; f.Node != nil && leadsTo(f.Node, t, seen) {
			return true
		}
	}
	return false
}
