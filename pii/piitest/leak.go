package piitest

import (
	"cmp"
	"encoding/json"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/clootrack/privacy/pii"
)

// Leak is one personal value of the checked value found in an output: where it sits in the
// value, its category, and the form it was found in ("raw", "case-folded", "json", "quoted",
// "url" or "digits"). It never holds the value.
type Leak struct {
	// Path is the value's place in the checked value, such as "User.Emails[1]". Map entries
	// are numbered in key order, "Labels[#0]", and a map key is "Labels[#0 key]", so that a
	// personal map key never appears in a path.
	Path string
	// Category is the category of the field's tag; 0 for a tag with an unknown category.
	Category pii.Category
	// Encoding is the form the value was found in.
	Encoding string
}

// LeakError reports personal values found in an output. Its message lists paths,
// categories and encodings, never values.
type LeakError struct {
	// Leaks lists what was found, in the order of the checked value's fields.
	Leaks []Leak
}

// Error lists the leaks' paths, categories and encodings.
func (e *LeakError) Error() string {
	var b strings.Builder
	b.WriteString("piitest: personal data in output: ")
	for i, l := range e.Leaks {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s (%s, %s)", l.Path, l.Category, l.Encoding)
	}
	return b.String()
}

// LeakOption configures [NoLeak].
type LeakOption func(*leakConfig)

type leakConfig struct {
	minLen int
}

// MinLen sets the shortest value, in bytes, that [NoLeak] looks for; shorter values (a
// one-letter gender, a two-digit age) appear in any output by chance. The default is 4.
func MinLen(n int) LeakOption {
	return func(c *leakConfig) { c.minLen = max(n, 1) }
}

// NoLeak reports whether any personal value of v appears in output. The personal values of v
// are those in fields with a pii category tag, at any depth (nested structs, pointers,
// slices, arrays, maps with their keys when tagged key=..., interfaces; unexported fields
// included, cycles followed once), and the content of pii.Secret and pii.Value values
// reachable through exported fields. Strings, byte slices, numbers, times and IP addresses
// count.
//
// It returns nil, or a [*LeakError] naming the path of each value found: in clear, in a
// different letter case (e-mail addresses are case-insensitive), JSON-escaped, Go-quoted
// (%q, also with non-ASCII escaped), URL-escaped, or, for a value with digits and separators
// such as a card or phone number, as its digits alone.
func NoLeak[O ~string | ~[]byte](v any, output O, opts ...LeakOption) error {
	cfg := leakConfig{minLen: 4}
	for _, o := range opts {
		o(&cfg)
	}
	c := collector{seen: map[visit]bool{}}
	rv := reflect.ValueOf(v)
	if rv.IsValid() {
		c.walk(rv, typeName(rv.Type()), scope{})
	}
	out := string(output)
	lower := strings.ToLower(out)
	var leaks []Leak
	for _, f := range c.found {
		if len(f.value) < cfg.minLen {
			continue
		}
		if enc, ok := find(out, lower, f.value); ok {
			leaks = append(leaks, Leak{Path: f.path, Category: f.category, Encoding: enc})
		}
	}
	if len(leaks) == 0 {
		return nil
	}
	return &LeakError{Leaks: leaks}
}

// find looks for value in out (and lower, its lower-case form) in every encoding.
func find(out, lower, value string) (string, bool) {
	if strings.Contains(out, value) {
		return "raw", true
	}
	if strings.Contains(lower, strings.ToLower(value)) {
		return "case-folded", true
	}
	forms := []struct{ name, s string }{}
	if b, err := json.Marshal(value); err == nil {
		forms = append(forms, struct{ name, s string }{"json", strings.Trim(string(b), `"`)})
	}
	forms = append(forms,
		struct{ name, s string }{"quoted", strings.Trim(strconv.Quote(value), `"`)},
		struct{ name, s string }{"quoted", strings.Trim(strconv.QuoteToASCII(value), `"`)},
		struct{ name, s string }{"url", url.QueryEscape(value)},
		struct{ name, s string }{"url", url.PathEscape(value)},
	)
	if d := digits(value); len(d) >= 6 && d != value {
		forms = append(forms, struct{ name, s string }{"digits", d})
	}
	for _, f := range forms {
		if f.s != value && strings.Contains(lower, strings.ToLower(f.s)) {
			return f.name, true
		}
	}
	return "", false
}

// digits returns the digits of s if s holds at least as many digits as other characters,
// as a formatted card, phone or account number does; otherwise "".
func digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if '0' <= r && r <= '9' {
			b.WriteRune(r)
		}
	}
	if b.Len()*2 < len(s) {
		return ""
	}
	return b.String()
}

// collector walks a value and collects its personal values.
type collector struct {
	seen  map[visit]bool
	found []found
}

type found struct {
	path     string
	category pii.Category
	value    string
}

type visit struct {
	typ reflect.Type
	ptr uintptr
}

type scope struct {
	personal bool
	category pii.Category
	key      pii.Category
	keyed    bool
}

const maxDepth = 512

func (c *collector) add(path string, sc scope, s string) {
	c.found = append(c.found, found{path: path, category: sc.category, value: s})
}

var (
	timeType = reflect.TypeFor[time.Time]()
	addrType = reflect.TypeFor[netip.Addr]()
	ipType   = reflect.TypeFor[net.IP]()
)

func (c *collector) walk(v reflect.Value, path string, sc scope) {
	if len(c.found) > 1<<20 || strings.Count(path, ".")+strings.Count(path, "[") > maxDepth {
		return
	}
	if v.CanInterface() {
		if c.revealed(v, path, sc) {
			return
		}
	}
	switch v.Type() {
	case timeType:
		if sc.personal && v.CanInterface() {
			t := v.Interface().(time.Time)
			if !t.IsZero() {
				c.add(path, sc, t.Format(time.DateOnly))
			}
		}
		return
	case addrType:
		if sc.personal && v.CanInterface() {
			if a := v.Interface().(netip.Addr); a.IsValid() {
				c.add(path, sc, a.String())
			}
		}
		return
	case ipType:
		if sc.personal && v.Len() > 0 {
			c.add(path, sc, net.IP(v.Bytes()).String())
		}
		return
	}
	switch v.Kind() {
	case reflect.String:
		if sc.personal && v.Len() > 0 {
			c.add(path, sc, v.String())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if sc.personal {
			c.add(path, sc, strconv.FormatInt(v.Int(), 10))
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if sc.personal {
			c.add(path, sc, strconv.FormatUint(v.Uint(), 10))
		}
	case reflect.Float32, reflect.Float64:
		if sc.personal {
			// The shortest form, which fmt's %v and encoding/json print too.
			c.add(path, sc, strconv.FormatFloat(v.Float(), 'g', -1, v.Type().Bits()))
		}
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			if sc.personal && v.Len() > 0 {
				c.add(path, sc, string(v.Bytes()))
			}
			return
		}
		if !c.first(v) {
			return
		}
		fallthrough
	case reflect.Array:
		for i := range v.Len() {
			c.walk(v.Index(i), path+"["+strconv.Itoa(i)+"]", sc)
		}
	case reflect.Pointer:
		if v.IsNil() || !c.first(v) {
			return
		}
		c.walk(v.Elem(), path, sc)
	case reflect.Interface:
		if !v.IsNil() {
			c.walk(v.Elem(), path, sc)
		}
	case reflect.Map:
		if v.IsNil() || !c.first(v) {
			return
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, compareKeys)
		for i, k := range keys {
			p := path + "[#" + strconv.Itoa(i)
			if sc.keyed {
				c.walk(k, p+" key]", scope{personal: true, category: sc.key})
			}
			c.walk(v.MapIndex(k), p+"]", scope{personal: sc.personal, category: sc.category})
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			sf := t.Field(i)
			fsc := sc
			fsc.keyed, fsc.key = false, 0
			if ti := parseTag(sf); ti.tagged {
				if ti.personal || !sc.personal {
					fsc = scope{personal: ti.personal, category: ti.category}
				}
				// Inside a field tagged with a category, pii:"-" does not make a field
				// non-personal: pii's engine treats it with the enclosing category.
				fsc.key, fsc.keyed = ti.key, ti.keyed
			}
			c.walk(v.Field(i), path+"."+sf.Name, fsc)
		}
	}
}

// first reports whether a pointer, slice or map is met for the first time.
func (c *collector) first(v reflect.Value) bool {
	id := visit{typ: v.Type(), ptr: v.Pointer()}
	if c.seen[id] {
		return false
	}
	c.seen[id] = true
	return true
}

// piiPkg is the import path of package pii, whose Secret and Value types NoLeak opens.
var piiPkg = reflect.TypeFor[pii.Category]().PkgPath()

// revealed collects the content of a pii.Secret or pii.Value, and reports whether v was one.
func (c *collector) revealed(v reflect.Value, path string, sc scope) bool {
	if t := v.Type(); t.PkgPath() != piiPkg || !(strings.HasPrefix(t.Name(), "Secret[") || strings.HasPrefix(t.Name(), "Value[")) {
		return false
	}
	m := v.MethodByName("Reveal")
	if !m.IsValid() || m.Type().NumIn() != 0 || m.Type().NumOut() != 1 {
		return false
	}
	inner := scope{personal: true, category: pii.CategorySecret}
	if cm := v.MethodByName("Category"); cm.IsValid() && cm.Type().NumIn() == 0 && cm.Type().NumOut() == 1 {
		if cat, ok := cm.Call(nil)[0].Interface().(pii.Category); ok {
			inner.category = cat
		}
	}
	if sc.personal && sc.category != 0 {
		inner.category = sc.category
	}
	c.walk(m.Call(nil)[0], path, inner)
	return true
}

func compareKeys(a, b reflect.Value) int {
	if a.Kind() == reflect.String && b.Kind() == reflect.String {
		return cmp.Compare(a.String(), b.String())
	}
	return cmp.Compare(fmt.Sprint(a), fmt.Sprint(b))
}

// typeName names the root of a path: the type's name, without its package.
func typeName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer && t.Name() == "" {
		t = t.Elem()
	}
	if t.Name() != "" {
		return t.Name()
	}
	return t.Kind().String()
}
