package pii_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/clootrack/privacy/pii"
)

type fuzzInner struct {
	Email string   `pii:"email"`
	Notes []string `pii:"health"`
}

type fuzzRecord struct {
	Name   string            `pii:"name"`
	Inner  fuzzInner         // nested, untagged: its own tags apply
	Ptr    *fuzzInner        // pointer
	ByKey  map[string]string `pii:"address,key=phone"`
	Any    any               `pii:"email"`
	Arr    [2]string         `pii:"name"`
	Bytes  []byte            `pii:"health"`
	Plain  string            // untagged: kept
	Self   *fuzzRecord       // a cycle
	hidden string            `pii:"email"` // unexported: never copied
}

// fuzzCategories are the categories fuzzRecord uses; the fuzz redactor gives each of them a
// treatment that reveals nothing in every sink.
var fuzzCategories = []pii.Category{pii.CategoryName, pii.CategoryEmail, pii.CategoryHealth, pii.CategoryAddress, pii.CategoryPhone}

func newFuzzRedactor(t testing.TB) *pii.Redactor {
	sealer, err := pii.NewAESSealer(nil, testKey("s1", 8))
	if err != nil {
		t.Fatal(err)
	}
	var overrides []pii.Override
	for _, c := range fuzzCategories {
		overrides = append(overrides,
			pii.Override{Category: c, Sink: pii.SinkLog, Treatment: pii.TreatmentRedact},
			pii.Override{Category: c, Sink: pii.SinkAPI, Treatment: pii.TreatmentPseudonym},
			pii.Override{Category: c, Sink: pii.SinkExport, Treatment: pii.TreatmentSeal},
			pii.Override{Category: c, Sink: pii.SinkAnalytics, Treatment: pii.TreatmentDrop})
	}
	return newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{testKey("k1", 1)}, Sealer: sealer, Overrides: overrides})
}

// FuzzRedact fills a fixed, tagged type (nested structs, pointers, slices, arrays, maps with
// treated keys, interfaces, bytes, a cycle and an unexported field) with fuzzed strings and
// redacts it for every sink with treatments that must reveal nothing (redact, pseudonym,
// seal, drop). Every string of the copy must be a marker, empty, the untagged value, a
// pseudonym of an input or a sealed token that opens to an input: no input, whatever its
// content, ever appears in clear.
func FuzzRedact(f *testing.F) {
	f.Add("Alice Smith", "alice@example.com", "+91 98765 43210")
	f.Add("", "[REDACTED]", "pii:s1:s1:AAAA")
	f.Add("same", "same", "same")
	f.Add("ﬁ Straße", "ＡＬＩＣＥ@example.com", "4111 1111 1111 1111")
	r := newFuzzRedactor(f)
	f.Fuzz(func(t *testing.T, a, b, c string) {
		in := &fuzzRecord{
			Name:   a,
			Inner:  fuzzInner{Email: b, Notes: []string{c, a}},
			Ptr:    &fuzzInner{Email: c, Notes: []string{b}},
			ByKey:  map[string]string{a: b, c: a},
			Any:    []any{b, fuzzInner{Email: a}},
			Arr:    [2]string{c, b},
			Bytes:  []byte(a),
			Plain:  "plain-untagged",
			hidden: b,
		}
		in.Self = in
		inputs := []string{a, b, c}
		for _, sink := range pii.Sinks() {
			out, err := r.Redact(sink, in)
			if err != nil {
				t.Fatalf("%s: %v", sink, err)
			}
			got := out.(*fuzzRecord)
			if got.Self != got {
				t.Fatalf("%s: the cycle lost its shape", sink)
			}
			if got.hidden != "" {
				t.Fatalf("%s: an unexported field was copied", sink)
			}
			for _, s := range collectStrings(reflect.ValueOf(got)) {
				if s == "plain-untagged" {
					continue
				}
				if !allowedOutput(r, s, inputs) {
					t.Fatalf("%s: output %q is neither a marker, a pseudonym nor a sealed token of an input", sink, s)
				}
			}
		}
		if in.Name != a || in.Inner.Email != b || in.ByKey[a] != b && a != c {
			t.Fatal("the input changed")
		}
	})
}

// allowedOutput reports whether s is a form a tagged input may take in the fuzz redactor's
// output: empty, the marker, a pseudonym or a sealed token of one of inputs, optionally with
// a "#n" suffix from a map-key collision.
func allowedOutput(r *pii.Redactor, s string, inputs []string) bool {
	if i := strings.LastIndexByte(s, '#'); i >= 0 && strings.Trim(s[i+1:], "0123456789") == "" && len(s) > i+1 {
		if allowedOutput(r, s[:i], inputs) {
			return true
		}
	}
	if s == "" || s == "[REDACTED]" {
		return true
	}
	for _, in := range inputs {
		for _, c := range fuzzCategories {
			if r.MatchPseudonym(s, c, in) {
				return true
			}
		}
	}
	if strings.HasPrefix(s, "pii:s1:") {
		for _, c := range fuzzCategories {
			v := reflect.New(taggedType(c.String()))
			v.Elem().Field(0).SetString(s)
			opened, err := r.Open(v.Interface())
			if err != nil {
				continue
			}
			plain := reflect.ValueOf(opened).Elem().Field(0).String()
			for _, in := range inputs {
				if plain == in {
					return true
				}
			}
		}
	}
	return false
}

// collectStrings returns every string, byte slice and string map key reachable from v.
func collectStrings(v reflect.Value) []string {
	var out []string
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			out = append(out, v.String())
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			walk(v.Elem())
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice:
			if v.Type().Elem().Kind() == reflect.Uint8 {
				out = append(out, string(v.Bytes()))
				return
			}
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			it := v.MapRange()
			for it.Next() {
				walk(it.Key())
				walk(it.Value())
			}
		}
	}
	walk(v)
	return out
}
