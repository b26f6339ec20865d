package pii

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type viewAccount struct {
	ID     int64
	Email  string `pii:"email"`
	Roles  []string
	Labels map[string]int
	Home   *viewAddress
	Extra  any
	note   string
}

type viewAddress struct{ City, Zip string }

// TestLogViewSharesCleanParts: a log view treats what Redact treats, but shares the parts
// that need nothing with the input, where Redact copies them.
func TestLogViewSharesCleanParts(t *testing.T) {
	t.Parallel()
	r, err := NewRedactor(nil)
	require.NoError(t, err)
	in := &viewAccount{
		ID: 7, Email: "ann@example.com", Roles: []string{"admin"}, Labels: map[string]int{"a": 1},
		Home: &viewAddress{City: "Pune"}, Extra: []string{"x"}, note: "private",
	}

	v, err := r.logView(in)
	require.NoError(t, err)
	view := v.(*viewAccount)
	assert.NotSame(t, in, view)
	assert.Equal(t, "***@example.com", view.Email)
	assert.Empty(t, view.note, "unexported fields are zero in a view too")
	assert.Same(t, unsafe.SliceData(in.Roles), unsafe.SliceData(view.Roles), "a clean slice is shared")
	assert.Same(t, in.Home, view.Home, "a pointer to a clean struct is shared")
	assert.Equal(t, in.Labels, view.Labels)

	c, err := r.Redact(SinkLog, in)
	require.NoError(t, err)
	copied := c.(*viewAccount)
	assert.NotSame(t, unsafe.SliceData(in.Roles), unsafe.SliceData(copied.Roles), "Redact never shares")
	assert.NotSame(t, in.Home, copied.Home)
	assert.Equal(t, view, copied, "a view and a copy hold the same values")

	assert.Equal(t, "ann@example.com", in.Email, "the input is never changed")
	assert.Equal(t, "private", in.note)

	clean := &viewAddress{City: "Pune"}
	v, err = r.logView(clean)
	require.NoError(t, err)
	assert.Same(t, clean, v.(*viewAddress), "a clean value is its own view")

	_, err = r.logView(struct {
		X string `pii:"emial"`
	}{})
	assert.ErrorIs(t, err, ErrInvalidTag, "a view fails closed as Redact does")

	untagged, err := NewRedactor(&Options{RedactUntagged: true})
	require.NoError(t, err)
	v, err = untagged.logView(clean)
	require.NoError(t, err)
	assert.Equal(t, &viewAddress{City: defaultMarker, Zip: defaultMarker}, v, "RedactUntagged: nothing is clean")
}
