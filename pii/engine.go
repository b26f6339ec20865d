package pii

import (
	"cmp"
	"maps"
	"math"
	"net"
	"net/netip"
	"reflect"
	"slices"
	"strconv"
	"time"
	"unsafe"

	"github.com/clootrack/privacy/pii/internal/fieldplan"
)

// The engine copies a value in two steps: a shallow copy (assignment), then a fix-up in
// place of that fresh copy, guided by the type's cached plan: references are replaced by
// deep copies, tagged values by their treatment, unexported fields by zero values. The
// fix-up reads each reference from the copy before replacing it and never writes through a
// reference of the input, so the input is never changed.
//
// The fix-up works on unsafe.Pointers into the fresh copy, with the field offsets of the plan,
// instead of reflect.Value: this halves the cost of a redaction. Every such pointer points
// to a value of the type the plan names for it; memory that may hold pointers is written
// only through typed Go assignments or reflect, never with raw memory operations, so the
// garbage collector's write barriers always see the writes. Reflection remains for the
// kinds that need a type at run time: interfaces, maps and slices of general element types.

// walker holds the state of one Redact or Open call: the references already copied, so that
// cycles terminate and keep their shape, and the first error.
type walker struct {
	r     *Redactor
	sink  Sink
	open  bool // Open: unseal tagged values instead of treating them
	share bool // logView: Clean subtrees are shared with the input, not copied
	seen  map[ref]reflect.Value
	buf   textBuf // the texts of the copy
	err   error
}

// ref identifies a pointer, slice or map of the input already copied. A slice is identified
// by its length too, since two slices can share a backing array.
type ref struct {
	typ reflect.Type
	ptr unsafe.Pointer
	n   int
}

// scope is what applies to the values below a field: whether they are personal, of which
// category, and the treatment they get in this call's sink.
type scope struct {
	active bool      // values here are treated
	cat    Category  // their category; 0 is unknown (Options.RedactUntagged)
	treat  Treatment // the treatment, already resolved for the sink
	key    Category  // the category of the keys of the map at this level, 0 for none
}

func (w *walker) rootScope() scope {
	if w.r.redactUntagged && !w.open {
		return scope{active: true, treat: TreatmentRedact}
	}
	return scope{}
}

// field returns the scope of a struct field inside sc.
func (w *walker) field(sc scope, f *fieldplan.Field) scope {
	if !f.Tagged {
		sc.key = 0
		return sc
	}
	tag := &f.Tag
	out := scope{key: Category(tag.Key)}
	if tag.Category == 0 {
		if sc.active && sc.cat != 0 {
			// "-" inside a field tagged with a category: the enclosing tag says everything
			// in it is personal, and the more protective reading wins (fail closed).
			sc.key = out.key
			return sc
		}
		return out // "-": not personal (and not redacted by RedactUntagged); tags inside still apply
	}
	out.active, out.cat = true, Category(tag.Category)
	if t := Treatment(tag.Treatment(int(w.sink))); t != 0 {
		out.treat = t
	} else {
		out.treat = w.r.policy[out.cat][w.sink]
	}
	return out
}

func (w *walker) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

// root returns the treated deep copy of v, whose plan is n.
func (w *walker) root(v reflect.Value, n *fieldplan.Node) reflect.Value {
	sc := w.rootScope()
	if n.Kind == fieldplan.KindPointer {
		if v.IsNil() {
			return v
		}
		p := w.pointee(v.UnsafePointer(), n, sc)
		out := reflect.NewAt(n.Elem.Type, p)
		if out.Type() != n.Type {
			out = out.Convert(n.Type) // a named pointer type
		}
		return out
	}
	dst := reflect.New(n.Type).Elem()
	dst.Set(v)
	w.fix(dst.Addr().UnsafePointer(), n, sc)
	return dst
}

// fix turns *p, a shallow copy of an input value of n's type, into its treated deep copy.
func (w *walker) fix(p unsafe.Pointer, n *fieldplan.Node, sc scope) {
	if w.err != nil || !sc.active && sc.key == 0 && (n.Flat || w.share && n.Clean) {
		return
	}
	switch n.Kind {
	case fieldplan.KindUnsupported:
		zero(n.Type, p)
	case fieldplan.KindScalar:
		w.scalar(p, n, sc)
	case fieldplan.KindString:
		if sc.active {
			s := (*string)(p)
			*s, _ = w.text(sc, *s)
		}
	case fieldplan.KindBytes:
		w.bytes(p, n, sc)
	case fieldplan.KindOpaque:
		w.opaque(p, n, sc)
	case fieldplan.KindStruct:
		w.structure(p, n, sc)
	case fieldplan.KindPointer:
		if old := *(*unsafe.Pointer)(p); old != nil {
			*(*unsafe.Pointer)(p) = w.pointee(old, n, sc)
		}
	case fieldplan.KindSlice:
		w.slice(p, n, sc)
	case fieldplan.KindArray:
		size := n.Elem.Type.Size()
		for i := range n.Type.Len() {
			w.fix(unsafe.Add(p, uintptr(i)*size), n.Elem, sc)
		}
	case fieldplan.KindMap:
		w.mapping(p, n, sc)
	case fieldplan.KindInterface:
		w.iface(p, n, sc)
	}
}

// structure fixes the fields of a struct: with no enclosing tag, only the fields the plan
// lists as work; under a tag, every field.
func (w *walker) structure(p unsafe.Pointer, n *fieldplan.Node, sc scope) {
	if sc.active {
		for i := range n.Fields {
			w.structField(p, &n.Fields[i], sc)
		}
		return
	}
	for _, i := range n.Work {
		w.structField(p, &n.Fields[i], sc)
	}
}

func (w *walker) structField(p unsafe.Pointer, f *fieldplan.Field, sc scope) {
	fp := unsafe.Add(p, f.Offset)
	if f.Skip {
		zero(f.Type, fp)
		return
	}
	w.fix(fp, f.Node, w.field(sc, f))
}

// zero sets *p, a value of type t, to its zero value with a typed write.
func zero(t reflect.Type, p unsafe.Pointer) { reflect.NewAt(t, p).Elem().SetZero() }

// pointee returns a new pointer to a treated copy of *old; n is the pointer's plan.
func (w *walker) pointee(old unsafe.Pointer, n *fieldplan.Node, sc scope) unsafe.Pointer {
	var id ref
	if n.Recursive {
		id = ref{typ: n.Type, ptr: old}
		if v, ok := w.seen[id]; ok {
			return v.UnsafePointer()
		}
	}
	nv := reflect.New(n.Elem.Type)
	np := nv.UnsafePointer()
	if n.Recursive {
		w.remember(id, nv)
	}
	nv.Elem().Set(reflect.NewAt(n.Elem.Type, old).Elem())
	w.fix(np, n.Elem, sc)
	return np
}

func (w *walker) remember(id ref, v reflect.Value) {
	if w.seen == nil {
		w.seen = make(map[ref]reflect.Value)
	}
	w.seen[id] = v
}

func (w *walker) slice(p unsafe.Pointer, n *fieldplan.Node, sc scope) {
	if !sc.active && n.Elem.Kind == fieldplan.KindString && !n.Recursive {
		s := (*[]string)(p) // any slice of a string kind has this layout
		*s = slices.Clone(*s)
		return
	}
	v := reflect.NewAt(n.Type, p).Elem()
	if v.IsNil() {
		return
	}
	var id ref
	if n.Recursive {
		id = ref{typ: n.Type, ptr: v.UnsafePointer(), n: v.Len()}
		if s, ok := w.seen[id]; ok {
			v.Set(s)
			return
		}
	}
	l := v.Len()
	s := reflect.MakeSlice(n.Type, l, l)
	if n.Recursive {
		w.remember(id, s)
	}
	reflect.Copy(s, v)
	if sc.active || sc.key != 0 || !n.Elem.Flat {
		data, size := s.UnsafePointer(), n.Elem.Type.Size()
		for i := range l {
			w.fix(unsafe.Add(data, uintptr(i)*size), n.Elem, sc)
		}
	}
	v.Set(s)
}

func (w *walker) iface(p unsafe.Pointer, n *fieldplan.Node, sc scope) {
	v := reflect.NewAt(n.Type, p).Elem()
	if v.IsNil() {
		return
	}
	e := v.Elem()
	en := plan(e.Type())
	if en.Err != nil {
		w.fail(problemError(en.Err))
		return
	}
	if !sc.active && (en.Flat || w.share && en.Clean) {
		return // the copy may share the boxed value: nothing can change a value in an interface
	}
	sc.key = 0
	c := reflect.New(en.Type).Elem()
	c.Set(e)
	w.fix(c.Addr().UnsafePointer(), en, sc)
	v.Set(c)
}

// text treats or opens one string value in an active scope. It reports false, with "", when
// the value must be left empty.
func (w *walker) text(sc scope, s string) (string, bool) {
	if w.open {
		return w.unseal(sc, s)
	}
	switch sc.treat { // the treatments that build text
	case TreatmentMask:
		w.buf.reserve(maskLenBound(sc.cat, s))
	case TreatmentPseudonym:
		w.buf.reserve(pseudonymMaxLen)
	}
	out, err := w.r.treatString(sc.treat, sc.cat, s, &w.buf)
	if err != nil {
		w.fail(err)
		return "", false
	}
	return out, true
}

// unseal opens s if it is a sealed token; other values are kept.
func (w *walker) unseal(sc scope, s string) (string, bool) {
	if !sc.cat.Valid() || s == "" {
		return s, true
	}
	plain, err := w.r.sealer.Open(s, sealAAD(sc.cat))
	switch {
	case err == nil:
		return string(plain), true
	case isNotSealed(err):
		return s, true
	}
	w.fail(err)
	return "", false
}

// bytes treats a byte slice as text (a net.IP as an address).
func (w *walker) bytes(p unsafe.Pointer, n *fieldplan.Node, sc scope) {
	b := (*[]byte)(p) // any slice of a byte kind has this layout
	if *b == nil {
		return
	}
	if !sc.active || !w.open && sc.treat == TreatmentClear {
		*b = slices.Clone(*b)
		return
	}
	if n.Type == netIPType {
		*b = w.netIP(*b, sc)
		return
	}
	out, ok := w.text(sc, string(*b))
	switch {
	case ok && out == "" && len(*b) == 0:
		*b = []byte{} // empty stays empty, not nil
	case !ok || out == "":
		*b = nil // dropped
	default:
		*b = []byte(out)
	}
}

var netIPType = reflect.TypeFor[net.IP]()

// netIP treats a net.IP, which holds 4 or 16 bytes, not text: a mask keeps its network,
// clear (and Open) keep it; every other treatment leaves nil.
func (w *walker) netIP(ip []byte, sc scope) []byte {
	if w.open {
		return slices.Clone(ip)
	}
	if sc.treat != TreatmentMask {
		return nil
	}
	a, ok := netip.AddrFromSlice(ip)
	if !ok {
		return nil
	}
	return w.r.maskAddr(a).AsSlice()
}

// scalar treats a bool or a number. No treatment but clear keeps a number meaningful, so
// every other treatment gives zero; a masked float of category geo is rounded.
func (w *walker) scalar(p unsafe.Pointer, n *fieldplan.Node, sc scope) {
	if !sc.active || w.open || sc.treat == TreatmentClear {
		return
	}
	if sc.treat == TreatmentMask && sc.cat == CategoryGeo {
		switch n.Type.Kind() {
		case reflect.Float64:
			f := (*float64)(p)
			*f = roundFinite(*f)
			return
		case reflect.Float32:
			f := (*float32)(p)
			*f = float32(roundFinite(float64(*f)))
			return
		}
	}
	zero(n.Type, p)
}

func roundFinite(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return roundGeo(f)
}

// opaque treats a time.Time or a netip value. A mask keeps a time's year (as 1 January, UTC)
// and an address's network; clear keeps the value; every other treatment gives zero.
func (w *walker) opaque(p unsafe.Pointer, n *fieldplan.Node, sc scope) {
	if !sc.active || w.open || sc.treat == TreatmentClear {
		return
	}
	if sc.treat != TreatmentMask {
		zero(n.Type, p)
		return
	}
	switch n.Type {
	case timeType:
		t := (*time.Time)(p)
		if !t.IsZero() {
			*t = time.Date(t.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)
		}
	case addrType:
		a := (*netip.Addr)(p)
		if a.IsValid() {
			*a = w.r.maskAddr(*a)
		}
	case prefixType:
		pf := (*netip.Prefix)(p)
		if pf.IsValid() {
			a := w.r.maskAddr(pf.Addr())
			*pf = netip.PrefixFrom(a, min(pf.Bits(), w.r.prefixBits(a))).Masked()
		}
	case addrPortType:
		ap := (*netip.AddrPort)(p)
		if ap.IsValid() {
			*ap = netip.AddrPortFrom(w.r.maskAddr(ap.Addr()), 0)
		}
	default:
		zero(n.Type, p)
	}
}

var (
	timeType     = reflect.TypeFor[time.Time]()
	addrType     = reflect.TypeFor[netip.Addr]()
	prefixType   = reflect.TypeFor[netip.Prefix]()
	addrPortType = reflect.TypeFor[netip.AddrPort]()
)

// mapping copies a map. Values are copied in the map's scope; keys are kept as they are,
// unless the field's tag names a key category (key=...), in which case the keys, always
// strings, are treated too. Treated keys that collide are made unique deterministically: in
// the order of the original keys, the second gets "#2", the third "#3", and so on.
func (w *walker) mapping(p unsafe.Pointer, n *fieldplan.Node, sc scope) {
	if !sc.active && sc.key == 0 && !n.Recursive && cloneFlatMap(p, n) {
		return
	}
	v := reflect.NewAt(n.Type, p).Elem()
	if v.IsNil() {
		return
	}
	var id ref
	if n.Recursive {
		id = ref{typ: n.Type, ptr: v.UnsafePointer()}
		if m, ok := w.seen[id]; ok {
			v.Set(m)
			return
		}
	}
	old := v.Interface() // keep the input map: v is about to be replaced
	src := reflect.ValueOf(old)
	m := reflect.MakeMapWithSize(n.Type, src.Len())
	if n.Recursive {
		w.remember(id, m)
	}
	v.Set(m)
	keyCat := sc.key
	sc.key = 0
	if keyCat != 0 {
		w.treatedKeys(m, src, n, sc, keyCat)
		return
	}
	val := reflect.New(n.Elem.Type).Elem()
	vp := val.Addr().UnsafePointer()
	it := src.MapRange()
	for it.Next() {
		if w.err != nil {
			return
		}
		k := it.Key()
		if !n.KeyFlat && !w.flatKey(k) {
			return
		}
		val.SetIterValue(it)
		w.fix(vp, n.Elem, sc)
		m.SetMapIndex(k, val)
	}
}

// cloneFlatMap copies, with maps.Clone, a map of one of the common shapes whose keys and
// values are copied by assignment: string keys and string, int, int64, bool or float64
// values, the map type itself possibly named. It reports false for any other shape.
func cloneFlatMap(p unsafe.Pointer, n *fieldplan.Node) bool {
	if n.Key.Type != stringType {
		return false
	}
	// A named map type has the same representation as the unnamed one.
	switch n.Elem.Type {
	case stringType:
		m := (*map[string]string)(p)
		*m = maps.Clone(*m)
	case intType:
		m := (*map[string]int)(p)
		*m = maps.Clone(*m)
	case int64Type:
		m := (*map[string]int64)(p)
		*m = maps.Clone(*m)
	case boolType:
		m := (*map[string]bool)(p)
		*m = maps.Clone(*m)
	case float64Type:
		m := (*map[string]float64)(p)
		*m = maps.Clone(*m)
	default:
		return false
	}
	return true
}

var (
	stringType  = reflect.TypeFor[string]()
	intType     = reflect.TypeFor[int]()
	int64Type   = reflect.TypeFor[int64]()
	boolType    = reflect.TypeFor[bool]()
	float64Type = reflect.TypeFor[float64]()
)

// flatKey checks that an interface map key holds a value that can be copied as it is.
func (w *walker) flatKey(k reflect.Value) bool {
	if k.IsNil() {
		return true
	}
	t := k.Elem().Type()
	if !plan(t).Flat {
		w.fail(&TypeError{Type: t, Reason: "a map key of this type cannot be copied safely (it holds pointers, tags or unexported fields)"})
		return false
	}
	return true
}

func (w *walker) treatedKeys(m, src reflect.Value, n *fieldplan.Node, sc scope, keyCat Category) {
	type entry struct {
		orig, key string
		val       reflect.Value
	}
	ksc := scope{active: true, cat: keyCat, treat: w.r.policy[keyCat][w.sink]}
	entries := make([]entry, 0, src.Len())
	it := src.MapRange()
	for it.Next() {
		orig := it.Key().String()
		key, ok := w.text(ksc, orig)
		if !ok {
			return
		}
		val := reflect.New(n.Elem.Type).Elem()
		val.SetIterValue(it)
		w.fix(val.Addr().UnsafePointer(), n.Elem, sc)
		if w.err != nil {
			return
		}
		entries = append(entries, entry{orig, key, val})
	}
	slices.SortFunc(entries, func(a, b entry) int { return cmp.Compare(a.orig, b.orig) })
	used := make(map[string]bool, len(entries))
	kv := reflect.New(n.Key.Type).Elem()
	for _, e := range entries {
		key := e.key
		for i := 2; used[key]; i++ {
			key = e.key + "#" + strconv.Itoa(i)
		}
		used[key] = true
		kv.SetString(key)
		m.SetMapIndex(kv, e.val)
	}
}
