package consent

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSubjectNeverPrintsItsID(t *testing.T) {
	t.Parallel()
	const secret = "user-QZXW-secret"
	s := MustSubject(secret)
	var out []string
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d"} {
		out = append(out, fmt.Sprintf(verb, s))
		out = append(out, fmt.Sprintf(verb, struct{ S Subject }{s}))
		out = append(out, fmt.Sprintf(verb, &s))
	}
	var logged bytes.Buffer
	slog.New(slog.NewJSONHandler(&logged, nil)).Info("x", "subject", s)
	out = append(out, logged.String(), s.String(), s.GoString())
	b, err := json.Marshal(struct{ S Subject }{s})
	require.NoError(t, err)
	out = append(out, string(b))
	for _, o := range out {
		assert.NotContains(t, o, secret)
		assert.NotContains(t, o, "QZXW")
	}
	assert.Equal(t, secret, s.Reveal())
}

func TestNewSubjectValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in string
		ok bool
	}{
		{"a", true},
		{"Ab9-_.:~", true},
		{strings.Repeat("x", 128), true},
		{strings.Repeat("x", 129), false},
		{"", false},
		{"has space", false},
		{"semi;colon", false},
		{"é", false},
		{"new\nline", false},
	}
	for _, tt := range tests {
		s, err := NewSubject(tt.in)
		if tt.ok {
			require.NoError(t, err, "%q", tt.in)
			assert.Equal(t, tt.in, s.Reveal())
		} else {
			require.ErrorIs(t, err, ErrInvalidSubject, "%q", tt.in)
			if tt.in != "" {
				assert.NotContains(t, err.Error(), tt.in, "the error never repeats the input")
			}
		}
	}
}

func TestPseudonymizeStableAndKeyed(t *testing.T) {
	t.Parallel()
	k1, k2 := []byte("key one, 32 bytes long at least!"), []byte("key two, 32 bytes long at least!")
	a := Pseudonymize(k1, "alice@example.com")
	assert.Equal(t, a, Pseudonymize(k1, "alice@example.com"), "stable")
	assert.NotEqual(t, a, Pseudonymize(k2, "alice@example.com"), "depends on the key")
	assert.NotEqual(t, a, Pseudonymize(k1, "bob@example.com"))
	_, err := NewSubject(a.Reveal())
	require.NoError(t, err, "a pseudonym is a valid subject id")
	assert.NotContains(t, a.Reveal(), "alice")
}
