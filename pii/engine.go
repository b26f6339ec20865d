package pii

import (
	"cmp"
	"math"
	"net"
	"net/netip"
	"reflect"
	"slices"
	"strconv"
	"time"

	"github.com/clootrack/privacy/pii/internal/fieldplan"
)

// walker holds the state of one Redact or Open call: the deep copy it is making and the
// references it has already copied, so that cycles terminate and keep their shape.
type walker struct {
	r    *Redactor
	sink Sink
	open bool // Open: unseal tagged values instead of treating them
	seen map[ref]reflect.Value
	err  error
}

// ref identifies a pointer, slice or map already copied. A slice is identified by its
// length too, since two slices can share a backing array.
type ref struct {
	typ reflect.Type
	ptr uintptr
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
		return out // "-": not personal, but tags inside still apply
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

// copy sets dst, a settable zero value of n's type, to the treated copy of src.
func (w *walker) copy(dst, src reflect.Value, n *fieldplan.Node, sc scope) {
	if !sc.active && n.Flat {
		dst.Set(src)
		return
	}
	switch n.Kind {
	case fieldplan.KindUnsupported:
		// chan, func, unsafe.Pointer: the copy keeps the zero value.
	case fieldplan.KindScalar:
		w.scalar(dst, src, sc)
	case fieldplan.KindString:
		if !sc.active {
			dst.Set(src)
			return
		}
		if out, ok := w.text(sc, src.String()); ok {
			dst.SetString(out)
		}
	case fieldplan.KindBytes:
		w.bytes(dst, src, n, sc)
	case fieldplan.KindOpaque:
		w.opaque(dst, src, n, sc)
	case fieldplan.KindStruct:
		w.structure(dst, src, n, sc, false)
	case fieldplan.KindPointer:
		if !src.IsNil() {
			dst.Set(w.pointer(src, n, sc))
		}
	case fieldplan.KindSlice:
		w.slice(dst, src, n, sc)
	case fieldplan.KindArray:
		for i := range src.Len() {
			w.copy(dst.Index(i), src.Index(i), n.Elem, sc)
		}
	case fieldplan.KindMap:
		w.mapping(dst, src, n, sc)
	case fieldplan.KindInterface:
		w.iface(dst, src, sc)
	}
}

// structure copies a struct. When the struct holds no unexported state it is copied whole
// and then the fields that need work are redone; otherwise (or when its fields can only be
// set one by one, as in an unexported embedded struct) field by field, so unexported fields
// stay zero.
func (w *walker) structure(dst, src reflect.Value, n *fieldplan.Node, sc scope, byField bool) {
	whole := !n.Hidden && !byField
	if whole {
		dst.Set(src)
	}
	for i := range n.Fields {
		if w.err != nil {
			return
		}
		f := &n.Fields[i]
		if f.Skip {
			if whole { // an exported chan, func or unsafe.Pointer copied with the struct
				dst.Field(i).SetZero()
			}
			continue
		}
		fsc := w.field(sc, f)
		if whole && !fsc.active && fsc.key == 0 && f.Node.Flat {
			continue
		}
		df := dst.Field(i)
		if whole {
			df.SetZero()
		}
		if !f.Exported { // unexported embedded struct: only its exported fields are settable
			w.structure(df, src.Field(i), f.Node, fsc, true)
			continue
		}
		w.copy(df, src.Field(i), f.Node, fsc)
	}
}

// pointer returns a new pointer to a treated copy of what src points to.
func (w *walker) pointer(src reflect.Value, n *fieldplan.Node, sc scope) reflect.Value {
	if src.IsNil() {
		return reflect.Zero(n.Type)
	}
	var id ref
	if n.Recursive {
		id = ref{typ: n.Type, ptr: src.Pointer()}
		if p, ok := w.seen[id]; ok {
			return p
		}
	}
	p := reflect.New(n.Elem.Type)
	if n.Recursive {
		w.remember(id, p)
	}
	w.copy(p.Elem(), src.Elem(), n.Elem, sc)
	return p
}

func (w *walker) remember(id ref, v reflect.Value) {
	if w.seen == nil {
		w.seen = make(map[ref]reflect.Value)
	}
	w.seen[id] = v
}

func (w *walker) slice(dst, src reflect.Value, n *fieldplan.Node, sc scope) {
	if src.IsNil() {
		return
	}
	var id ref
	if n.Recursive {
		id = ref{typ: n.Type, ptr: src.Pointer(), n: src.Len()}
		if s, ok := w.seen[id]; ok {
			dst.Set(s)
			return
		}
	}
	l := src.Len()
	s := reflect.MakeSlice(n.Type, l, l)
	if n.Recursive {
		w.remember(id, s)
	}
	if !sc.active && n.Elem.Flat {
		reflect.Copy(s, src)
	} else {
		for i := range l {
			if w.err != nil {
				return
			}
			w.copy(s.Index(i), src.Index(i), n.Elem, sc)
		}
	}
	dst.Set(s)
}

func (w *walker) iface(dst, src reflect.Value, sc scope) {
	if src.IsNil() {
		return
	}
	e := src.Elem()
	n := plan(e.Type())
	if n.Err != nil {
		w.fail(problemError(n.Err))
		return
	}
	sc.key = 0
	if n.Kind == fieldplan.KindPointer {
		dst.Set(w.pointer(e, n, sc))
		return
	}
	v := reflect.New(n.Type).Elem()
	w.copy(v, e, n, sc)
	dst.Set(v)
}

// text treats or opens one string value in an active scope. It reports false when dst must
// keep its zero value.
func (w *walker) text(sc scope, s string) (string, bool) {
	if w.open {
		return w.unseal(sc, s)
	}
	out, err := w.r.treatString(sc.treat, sc.cat, s)
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

func (w *walker) bytes(dst, src reflect.Value, n *fieldplan.Node, sc scope) {
	if src.IsNil() {
		return
	}
	if !sc.active || (!w.open && sc.treat == TreatmentClear) {
		dst.SetBytes(slices.Clone(src.Bytes()))
		return
	}
	if n.Type == netIPType {
		w.netIP(dst, src, sc)
		return
	}
	if out, ok := w.text(sc, string(src.Bytes())); ok && (out != "" || !w.open && sc.treat == TreatmentRedact) {
		dst.SetBytes([]byte(out))
	}
}

var netIPType = reflect.TypeFor[net.IP]()

// netIP treats a net.IP, which holds 4 or 16 bytes, not text: only a mask (its network) or
// clear keep anything; every other treatment leaves nil.
func (w *walker) netIP(dst, src reflect.Value, sc scope) {
	if w.open || sc.treat != TreatmentMask {
		if w.open {
			dst.SetBytes(slices.Clone(src.Bytes()))
		}
		return
	}
	a, ok := netip.AddrFromSlice(src.Bytes())
	if !ok {
		return
	}
	m := w.r.maskAddr(a)
	dst.SetBytes(m.AsSlice())
}

// scalar treats a bool or a number. No treatment but clear can keep a number meaningful, so
// every other treatment gives zero; a masked coordinate of category geo is rounded.
func (w *walker) scalar(dst, src reflect.Value, sc scope) {
	if !sc.active || w.open || sc.treat == TreatmentClear {
		dst.Set(src)
		return
	}
	if sc.treat == TreatmentMask && sc.cat == CategoryGeo {
		switch dst.Kind() {
		case reflect.Float32, reflect.Float64:
			if f := src.Float(); !math.IsNaN(f) && !math.IsInf(f, 0) {
				dst.SetFloat(roundGeo(f))
			}
		}
	}
}

// opaque treats a time.Time or a netip value. A mask keeps a time's year (as 1 January, UTC)
// and an address's network; clear keeps the value; every other treatment gives zero.
func (w *walker) opaque(dst, src reflect.Value, n *fieldplan.Node, sc scope) {
	if !sc.active || w.open || sc.treat == TreatmentClear {
		dst.Set(src)
		return
	}
	if sc.treat != TreatmentMask {
		return
	}
	switch v := src.Interface().(type) {
	case time.Time:
		if !v.IsZero() {
			dst.Set(reflect.ValueOf(time.Date(v.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)))
		}
	case netip.Addr:
		if v.IsValid() {
			dst.Set(reflect.ValueOf(w.r.maskAddr(v)))
		}
	case netip.Prefix:
		if v.IsValid() {
			a := w.r.maskAddr(v.Addr())
			bits := min(v.Bits(), w.r.prefixBits(a))
			dst.Set(reflect.ValueOf(netip.PrefixFrom(a, bits).Masked()))
		}
	case netip.AddrPort:
		if v.IsValid() {
			dst.Set(reflect.ValueOf(netip.AddrPortFrom(w.r.maskAddr(v.Addr()), 0)))
		}
	}
}

func (r *Redactor) prefixBits(a netip.Addr) int {
	if a.Is4() {
		return r.ipv4Bits
	}
	return r.ipv6Bits
}

// mapping copies a map. Values are copied in the map's scope; keys are kept as they are,
// unless the field's tag names a key category (key=...), in which case the keys, always
// strings, are treated too. Treated keys that collide are made unique deterministically: in
// the order of the original keys, the second gets "#2", the third "#3", and so on.
func (w *walker) mapping(dst, src reflect.Value, n *fieldplan.Node, sc scope) {
	if src.IsNil() {
		return
	}
	var id ref
	if n.Recursive {
		id = ref{typ: n.Type, ptr: src.Pointer()}
		if m, ok := w.seen[id]; ok {
			dst.Set(m)
			return
		}
	}
	m := reflect.MakeMapWithSize(n.Type, src.Len())
	if n.Recursive {
		w.remember(id, m)
	}
	dst.Set(m)
	keyCat := sc.key
	sc.key = 0
	if keyCat != 0 {
		w.treatedKeys(m, src, n, sc, keyCat)
		return
	}
	val := reflect.New(n.Elem.Type).Elem()
	it := src.MapRange()
	for it.Next() {
		if w.err != nil {
			return
		}
		k := it.Key()
		if !n.KeyFlat && !w.flatKey(k) {
			return
		}
		val.SetZero()
		w.copy(val, it.Value(), n.Elem, sc)
		m.SetMapIndex(k, val)
	}
}

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
		w.copy(val, it.Value(), n.Elem, sc)
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
