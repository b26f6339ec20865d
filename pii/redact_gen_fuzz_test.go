package pii_test

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/clootrack/privacy/pii"
)

// FuzzRedactGeneratedTypes builds a struct type from the fuzz input with reflect.StructOf:
// up to six fields, each of a kind (string, slice, map, pointer, array, interface, nested
// struct, bytes, number) and a tag (none, a category, "-", key=, a treatment, a misspelt
// category) chosen by the input's bytes, nested up to three levels. It fills every personal
// position with a unique value and redacts the value for every sink with a Redactor whose
// treatments reveal nothing. Then:
//
//   - Redact fails exactly when ValidateType does, and its error holds no value;
//   - no personal value appears in the copy's strings, byte slices and map keys, or in the
//     copy printed with %+v;
//   - every non-personal string is kept.
//
// It checks the plan builder and the engine on shapes no table test lists.
func FuzzRedactGeneratedTypes(f *testing.F) {
	f.Add([]byte{0, 1, 1, 2, 2, 4, 3, 3, 5, 0, 6, 1, 0, 1})
	f.Add([]byte{6, 3, 6, 0, 0, 1, 9, 2, 1, 2})
	f.Add([]byte{2, 7, 2, 4, 0, 6, 7, 1, 8, 1, 5, 5})
	f.Add([]byte{9, 0, 0, 2, 4, 8, 3, 1, 7, 5})
	r := newGenRedactor(f)
	f.Fuzz(func(t *testing.T, shape []byte) {
		g := &typeGen{shape: shape}
		typ := g.structType(0)
		v := reflect.New(typ).Elem()
		g.fill(v, false)
		want := pii.ValidateType(typ)
		for _, sink := range pii.Sinks() {
			out, err := r.Redact(sink, v.Interface())
			if (err == nil) != (want == nil) {
				t.Fatalf("%s: Redact error %v, ValidateType error %v, for %v", sink, err, want, typ)
			}
			if err != nil {
				g.noLeak(t, sink.String()+" error", err.Error())
				continue
			}
			text := strings.Join(collectStrings(reflect.ValueOf(out)), "\x00")
			g.noLeak(t, sink.String(), text)
			g.noLeak(t, sink.String()+" %+v", fmt.Sprintf("%+v", out))
			for _, s := range g.kept {
				if !strings.Contains(text, s) {
					t.Fatalf("%s: the untagged value %q was not kept in %s, for %v", sink, s, text, typ)
				}
			}
		}
	})
}

// newGenRedactor gives every category the generated types use a treatment that reveals
// nothing in every sink (passwords have that already, §17).
func newGenRedactor(t testing.TB) *pii.Redactor {
	sealer, err := pii.NewAESSealer(nil, testKey("s1", 8))
	if err != nil {
		t.Fatal(err)
	}
	var overrides []pii.Override
	for _, c := range []pii.Category{pii.CategoryEmail, pii.CategoryName, pii.CategoryHealth, pii.CategoryPhone} {
		overrides = append(overrides,
			pii.Override{Category: c, Sink: pii.SinkLog, Treatment: pii.TreatmentRedact},
			pii.Override{Category: c, Sink: pii.SinkAPI, Treatment: pii.TreatmentPseudonym},
			pii.Override{Category: c, Sink: pii.SinkExport, Treatment: pii.TreatmentSeal},
			pii.Override{Category: c, Sink: pii.SinkAnalytics, Treatment: pii.TreatmentDrop})
	}
	return newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{testKey("k1", 1)}, Sealer: sealer, Overrides: overrides})
}

// genTags are the tags a generated field may carry. None of them asks for clear.
var genTags = []string{
	"", `pii:"email"`, `pii:"name"`, `pii:"-"`, `pii:"health,key=email"`, `pii:"password"`,
	`pii:"emial"`, `pii:"-,key=phone"`, `pii:"email,seal,log=drop"`,
}

// typeGen turns fuzz bytes into a struct type and fills values of it.
type typeGen struct {
	shape []byte
	n     int
	// leaks are the personal values put into the value; kept, the untagged strings.
	leaks, kept []string
}

func (g *typeGen) next() int {
	if len(g.shape) == 0 {
		return 0
	}
	b := g.shape[0]
	g.shape = g.shape[1:]
	return int(b)
}

func (g *typeGen) structType(depth int) reflect.Type {
	n := 1 + g.next()%6
	fields := make([]reflect.StructField, n)
	for i := range fields {
		fields[i] = reflect.StructField{
			Name: "F" + strconv.Itoa(i),
			Type: g.fieldType(depth),
			Tag:  reflect.StructTag(genTags[g.next()%len(genTags)]),
		}
	}
	return reflect.StructOf(fields)
}

func (g *typeGen) fieldType(depth int) reflect.Type {
	switch k := g.next() % 10; {
	case k == 1:
		return reflect.TypeFor[[]string]()
	case k == 2:
		return reflect.TypeFor[map[string]string]()
	case k == 3:
		return reflect.TypeFor[*string]()
	case k == 4:
		return reflect.TypeFor[[2]string]()
	case k == 5:
		return reflect.TypeFor[any]()
	case k == 6 && depth < 2:
		return g.structType(depth + 1)
	case k == 7:
		return reflect.TypeFor[[]byte]()
	case k == 8:
		return reflect.TypeFor[int]()
	case k == 9 && depth < 2:
		return reflect.SliceOf(g.structType(depth + 1))
	}
	return reflect.TypeFor[string]()
}

// text returns a new unique string, recorded as a leak if personal or as kept if not.
func (g *typeGen) text(personal bool) string {
	g.n++
	if personal {
		s := "leak" + strconv.Itoa(g.n) + "q"
		g.leaks = append(g.leaks, s)
		return s
	}
	s := "keep" + strconv.Itoa(g.n) + "k"
	g.kept = append(g.kept, s)
	return s
}

// fill sets v, a value of a generated type, with personal saying whether a tag encloses it.
func (g *typeGen) fill(v reflect.Value, personal bool) {
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			g.fillField(v.Field(i), t.Field(i).Tag.Get("pii"), personal)
		}
	case reflect.String:
		v.SetString(g.text(personal))
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			v.SetBytes([]byte(g.text(personal)))
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		g.fill(v.Index(0), personal)
		g.fill(v.Index(1), personal)
	case reflect.Array:
		g.fill(v.Index(0), personal)
		g.fill(v.Index(1), personal)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		g.fill(v.Elem(), personal)
	case reflect.Interface:
		v.Set(reflect.ValueOf(g.text(personal)))
	case reflect.Int:
		v.SetInt(int64(g.n)) // numbers are too short to look for
	}
}

// fillField fills a field with the given pii tag. A category makes the values personal; "-"
// does not, unless a category encloses it (fail closed); key= makes the map's keys personal.
func (g *typeGen) fillField(v reflect.Value, tag string, personal bool) {
	name, opts, _ := strings.Cut(tag, ",")
	if tag != "" && name != "-" {
		personal = true
	}
	if v.Kind() == reflect.Map {
		v.Set(reflect.MakeMap(v.Type()))
		keyPersonal := strings.Contains(opts, "key=")
		for range 2 {
			v.SetMapIndex(reflect.ValueOf(g.text(keyPersonal)), reflect.ValueOf(g.text(personal)))
		}
		return
	}
	g.fill(v, personal)
}

func (g *typeGen) noLeak(t *testing.T, where, text string) {
	t.Helper()
	for _, s := range g.leaks {
		if strings.Contains(text, s) {
			t.Fatalf("%s: the personal value %q appears in %s", where, s, text)
		}
	}
}
