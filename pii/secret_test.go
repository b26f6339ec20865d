package pii_test

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

// fmtVerbs is every verb (with the flags that change fmt's reflection path) a Secret must
// survive.
var fmtVerbs = []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%o", "%p", "%t", "%10v", "%-12s", "%.3s", "% x", "%#x", "%T"}

// forms returns the strings through which v could show up in printed output: every verb's
// rendering of the clear value, so a leak in hex or decimal is caught too.
func forms(v any) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		s = strings.Trim(s, "[]{}&\"")
		if len(s) >= 4 && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, verb := range []string{"%v", "%x", "%X", "%d", "%q", "%o"} {
		add(fmt.Sprintf(verb, v))
	}
	if s, ok := v.(string); ok {
		add(fmt.Sprintf("%d", []byte(s)))
		add(strings.ToLower(s))
		b, _ := json.Marshal(s)
		add(string(b))
	}
	return out
}

// assertNoLeak fails if out contains any form of the clear value.
func assertNoLeak(t *testing.T, out string, clear any, where string) {
	t.Helper()
	for _, f := range forms(clear) {
		if strings.Contains(strings.ToLower(out), strings.ToLower(f)) {
			t.Errorf("%s: output contains the secret (form %q): %s", where, f, out)
		}
	}
}

type cardHolder struct{ Number string }

// holder puts a secret in every place fmt's reflection visits without calling methods.
type holder[T any] struct {
	Exported   pii.Secret[T]
	unexported pii.Secret[T]
	ptr        *pii.Secret[T]
	iface      any
	slice      []pii.Secret[T]
	array      [1]pii.Secret[T]
	mapped     map[string]pii.Secret[T]
	nested     struct{ inner pii.Secret[T] }
	embedded
}

type embedded struct{ deep any }

func newHolder[T any](v T) holder[T] {
	s := pii.NewSecret(v)
	return holder[T]{
		Exported:   s,
		unexported: s,
		ptr:        &s,
		iface:      s,
		slice:      []pii.Secret[T]{s},
		array:      [1]pii.Secret[T]{s},
		mapped:     map[string]pii.Secret[T]{"k": s},
		nested:     struct{ inner pii.Secret[T] }{s},
		embedded:   embedded{deep: &s},
	}
}

func checkAllSinks[T any](t *testing.T, clear T) {
	s := pii.NewSecret(clear)
	h := newHolder(clear)
	values := map[string]any{
		"secret":              s,
		"pointer":             &s,
		"slice":               []pii.Secret[T]{s},
		"map":                 map[string]pii.Secret[T]{"k": s},
		"interface slice":     []any{s, &s},
		"holder":              h,
		"pointer to holder":   &h,
		"holder in interface": []any{h},
	}
	for name, v := range values {
		for _, verb := range fmtVerbs {
			assertNoLeak(t, fmt.Sprintf(verb, v), clear, name+" "+verb)
		}
		assertNoLeak(t, fmt.Errorf("wrapped: %v", v).Error(), clear, name+" error")
		b, err := json.Marshal(v)
		require.NoError(t, err, name)
		assertNoLeak(t, string(b), clear, name+" json")
		var buf bytes.Buffer
		slog.New(slog.NewJSONHandler(&buf, nil)).Info("m", "v", v)
		slog.New(slog.NewTextHandler(&buf, nil)).Info("m", "v", v)
		assertNoLeak(t, buf.String(), clear, name+" slog")
	}
}

// TestSecretNeverPrinted covers the logfusc flaw (anchors.md §4.5): a secret reached by
// reflection through unexported fields, interfaces, pointers, maps and slices must not print.
// Passwords are the §17 case.
func TestSecretNeverPrinted(t *testing.T) {
	t.Parallel()
	t.Run("string password §17", func(t *testing.T) { checkAllSinks(t, "hunter2-Correct-Horse") })
	t.Run("bytes", func(t *testing.T) { checkAllSinks(t, []byte("api-token-0x5eed")) })
	t.Run("int", func(t *testing.T) { checkAllSinks(t, 9876543210) })
	t.Run("struct", func(t *testing.T) { checkAllSinks(t, cardHolder{Number: "4111111111111111"}) })
	t.Run("pointer", func(t *testing.T) {
		c := &cardHolder{Number: "5500005555555559"}
		s := pii.NewSecret(c)
		for _, verb := range fmtVerbs {
			assertNoLeak(t, fmt.Sprintf(verb, newHolder(c)), "5500005555555559", verb)
			assertNoLeak(t, fmt.Sprintf(verb, s), "5500005555555559", verb)
		}
	})
}

func TestSecretFormat(t *testing.T) {
	t.Parallel()
	s := pii.NewSecret("hunter2")
	tests := []struct{ format, want string }{
		{"%v", "[REDACTED]"},
		{"%+v", "[REDACTED]"},
		{"%s", "[REDACTED]"},
		{"%d", "[REDACTED]"},
		{"%x", "[REDACTED]"},
		{"%q", `"[REDACTED]"`},
		{"%#v", "pii.Secret[string]{[REDACTED]}"},
		{"%12v|", "  [REDACTED]|"},
		{"%-12s|", "[REDACTED]  |"},
		{"%.3s", "[REDACTED]"},
		{"%T", "pii.Secret[string]"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fmt.Sprintf(tt.format, s), tt.format)
	}
	assert.Equal(t, "[REDACTED]", s.String())
	assert.Equal(t, "hunter2", s.Reveal())
}

func TestSecretZeroValue(t *testing.T) {
	t.Parallel()
	var zero pii.Secret[string]
	assert.True(t, zero.IsZero())
	assert.Empty(t, zero.Reveal())
	assert.Equal(t, "[REDACTED]", fmt.Sprint(zero))
	assert.False(t, pii.NewSecret("").IsZero(), "a secret set to an empty string is set")

	var nilPtr *pii.Secret[string]
	assert.NotPanics(t, func() { _ = fmt.Sprint(nilPtr) })
}

func TestSecretJSON(t *testing.T) {
	t.Parallel()
	type login struct {
		User     string             `json:"user"`
		Password pii.Secret[string] `json:"password"`
		Token    pii.Secret[string] `json:"token,omitzero"`
	}
	out, err := json.Marshal(login{User: "ann", Password: pii.NewSecret("hunter2")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"user":"ann","password":"[REDACTED]"}`, string(out))

	var in login
	require.NoError(t, json.Unmarshal([]byte(`{"user":"ann","password":"hunter2","token":null}`), &in))
	assert.Equal(t, "hunter2", in.Password.Reveal(), "input decodes the clear value")
	assert.True(t, in.Token.IsZero(), "null leaves the secret unset")

	err = json.Unmarshal(out, &in)
	require.ErrorIs(t, err, pii.ErrRedactedInput, "a redacted document must not round-trip silently")

	var n pii.Secret[int]
	err = json.Unmarshal([]byte(`"31337"`), &n)
	require.ErrorIs(t, err, pii.ErrDecode)
	assert.NotContains(t, err.Error(), "31337", "errors never contain the value")
	assert.Contains(t, err.Error(), "int")
}

func TestSecretText(t *testing.T) {
	t.Parallel()
	s := pii.NewSecret("hunter2")
	b, err := s.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "[REDACTED]", string(b))

	x, err := xml.Marshal(struct {
		XMLName xml.Name           `xml:"login"`
		Pass    pii.Secret[string] `xml:"pass,attr"`
		Body    pii.Secret[string] `xml:"body"`
	}{Pass: s, Body: s})
	require.NoError(t, err)
	assert.NotContains(t, string(x), "hunter2")

	type word string
	tests := []struct {
		name string
		dec  func([]byte) (any, error)
		in   string
		want any
		err  error
	}{
		{"string", decodeText[string], "pw", "pw", nil},
		{"named string", decodeText[word], "pw", word("pw"), nil},
		{"bytes", decodeText[[]byte], "pw", []byte("pw"), nil},
		{"text unmarshaler", decodeText[pii.Secret[string]], "pw", "[REDACTED]", nil},
		{"marker refused", decodeText[string], "[REDACTED]", nil, pii.ErrRedactedInput},
		{"unsupported kind", decodeText[int], "12345", nil, pii.ErrDecode},
	}
	for _, tt := range tests {
		got, err := tt.dec([]byte(tt.in))
		if tt.err != nil {
			require.ErrorIs(t, err, tt.err, tt.name)
			assert.NotContains(t, err.Error(), tt.in, tt.name)
			continue
		}
		require.NoError(t, err, tt.name)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: UnmarshalText mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func decodeText[T any](b []byte) (any, error) {
	var s pii.Secret[T]
	if err := s.UnmarshalText(b); err != nil {
		return nil, err
	}
	if v, ok := any(s.Reveal()).(fmt.Stringer); ok {
		return v.String(), nil
	}
	return s.Reveal(), nil
}

func TestSecretGob(t *testing.T) {
	t.Parallel()
	type rec struct {
		Name string
		Pass pii.Secret[string]
	}
	var buf bytes.Buffer
	require.NoError(t, gob.NewEncoder(&buf).Encode(rec{Name: "ann", Pass: pii.NewSecret("hunter2")}))
	assert.NotContains(t, buf.String(), "hunter2")
	var out rec
	err := gob.NewDecoder(&buf).Decode(&out)
	require.ErrorIs(t, err, pii.ErrRedactedInput)
}

func TestSecretEqual(t *testing.T) {
	t.Parallel()
	assert.True(t, pii.NewSecret("a").Equal(pii.NewSecret("a")))
	assert.False(t, pii.NewSecret("a").Equal(pii.NewSecret("b")))
	assert.True(t, pii.NewSecret([]byte("k")).Equal(pii.NewSecret([]byte("k"))))
	assert.False(t, pii.NewSecret([]byte(nil)).Equal(pii.NewSecret([]byte{})))
	assert.True(t, pii.NewSecret(cardHolder{"1"}).Equal(pii.NewSecret(cardHolder{"1"})))
	var zero pii.Secret[string]
	assert.True(t, zero.Equal(pii.NewSecret("")), "the zero secret reveals the zero value")

	// go-cmp picks up the Equal method, so structs holding secrets compare by content.
	type rec struct{ Pass pii.Secret[string] }
	assert.Empty(t, cmp.Diff(rec{pii.NewSecret("x")}, rec{pii.NewSecret("x")}))
	diff := cmp.Diff(rec{pii.NewSecret("x-secret-1")}, rec{pii.NewSecret("x-secret-2")})
	assert.NotEmpty(t, diff)
	assert.NotContains(t, diff, "x-secret", "a cmp diff never shows the secret")
}

func TestSecretDecodeErrorsCarryNoValue(t *testing.T) {
	t.Parallel()
	inputs := []string{`12345678`, `{"a":"4111111111111111"}`, `[1,2,3]`, `true`, `"unterminated`}
	for _, in := range inputs {
		var s pii.Secret[float32]
		err := json.Unmarshal([]byte(in), &s)
		if err == nil {
			continue
		}
		assert.True(t, errors.Is(err, pii.ErrDecode) || !strings.Contains(err.Error(), strings.Trim(in, `"{}[]`)), in)
		assert.NotContains(t, err.Error(), "4111111111111111")
	}
}
