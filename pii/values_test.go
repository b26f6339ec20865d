package pii_test

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/netip"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

type valueHolder struct {
	Exported   pii.Value[string]
	unexported pii.Value[string]
	iface      any
	ptr        *pii.Value[string]
	mapped     map[string]pii.Value[string]
}

// TestValueNeverPrinted: a typed PII value prints only the marker through every fmt verb, in
// every place fmt's reflection reaches, and through json and slog.
func TestValueNeverPrinted(t *testing.T) {
	t.Parallel()
	const clear = "ann.lee@example.com"
	v := pii.NewValue(pii.CategoryEmail, clear)
	h := valueHolder{Exported: v, unexported: v, iface: v, ptr: &v, mapped: map[string]pii.Value[string]{"k": v}}
	for _, x := range []any{v, &v, h, &h, []any{h}} {
		for _, verb := range fmtVerbs {
			assertNoLeak(t, fmt.Sprintf(verb, x), clear, verb)
		}
		b, err := json.Marshal(x)
		require.NoError(t, err)
		assertNoLeak(t, string(b), clear, "json")
		var buf bytes.Buffer
		slog.New(slog.NewJSONHandler(&buf, nil)).Info("m", "v", x)
		slog.New(slog.NewTextHandler(&buf, nil)).Info("m", "v", x)
		assertNoLeak(t, buf.String(), clear, "slog")
	}
	assert.Equal(t, "pii.Value[string]{email [REDACTED]}", fmt.Sprintf("%#v", v))
	assert.Equal(t, clear, v.Reveal())
	assert.Equal(t, pii.CategoryEmail, v.Category())
}

func TestValueDecoding(t *testing.T) {
	t.Parallel()
	type invite struct {
		To pii.Value[string] `json:"to"`
	}
	in := invite{To: pii.NewValue(pii.CategoryEmail, "")}
	require.NoError(t, json.Unmarshal([]byte(`{"to":"ann@example.com"}`), &in))
	assert.Equal(t, "ann@example.com", in.To.Reveal())
	assert.Equal(t, pii.CategoryEmail, in.To.Category(), "decoding keeps the category")

	var zero invite
	require.NoError(t, json.Unmarshal([]byte(`{"to":"ann@example.com"}`), &zero))
	assert.Equal(t, pii.Category(0), zero.To.Category(), "a zero Value has the invalid category, redacted everywhere")

	require.ErrorIs(t, json.Unmarshal([]byte(`{"to":"[REDACTED]"}`), &in), pii.ErrRedactedInput)

	var txt pii.Value[string]
	require.NoError(t, txt.UnmarshalText([]byte("x@example.com")))
	assert.Equal(t, "x@example.com", txt.Reveal())

	var buf bytes.Buffer
	require.NoError(t, gob.NewEncoder(&buf).Encode(in))
	assert.NotContains(t, buf.String(), "ann@example.com")
	require.ErrorIs(t, gob.NewDecoder(&buf).Decode(&in), pii.ErrRedactedInput)
}

func TestValueEqual(t *testing.T) {
	t.Parallel()
	a := pii.NewValue(pii.CategoryEmail, "a@example.com")
	assert.True(t, a.Equal(pii.NewValue(pii.CategoryEmail, "a@example.com")))
	assert.False(t, a.Equal(pii.NewValue(pii.CategoryName, "a@example.com")), "the category is part of the value")
	assert.False(t, a.Equal(pii.NewValue(pii.CategoryEmail, "b@example.com")))
	type rec struct{ V pii.Value[string] }
	assert.Empty(t, cmp.Diff(rec{a}, rec{pii.NewValue(pii.CategoryEmail, "a@example.com")}))
	var zero pii.Value[string]
	assert.True(t, zero.IsZero())
	assert.False(t, a.IsZero())
}

// TestValueLogTreatment: through the LogHandler a Value gets its category's log treatment:
// §3.5 for an address, §17 for a password.
func TestValueLogTreatment(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"email masked", pii.NewValue(pii.CategoryEmail, "ann@example.com"), "***@example.com"},
		{"bytes", pii.NewValue(pii.CategoryEmail, []byte("ann@example.com")), "***@example.com"},
		{"ip string §3.5", pii.NewValue(pii.CategoryIP, "203.0.113.77"), "203.0.113.0"},
		{"netip.Addr §3.5", pii.NewValue(pii.CategoryIP, netip.MustParseAddr("203.0.113.77")), "203.0.113.0"},
		{"password §17", pii.NewValue(pii.CategoryPassword, "hunter2"), "[REDACTED]"},
		{"zero Value", pii.Value[string]{}, "[REDACTED]"},
		{"non-text", pii.NewValue(pii.CategoryPhone, 5551234), "[REDACTED]"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		jsonLogger(t, &buf, nil, &pii.LogOptions{KeyCategories: map[string]pii.Category{}}).Info("m", "v", tt.v)
		assert.Equal(t, tt.want, lastLine(t, &buf)["v"], tt.name)
	}
}
