package pii

import (
	"testing"
	"unsafe"

	"github.com/clootrack/privacy/pii/internal/textscan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTextKindsMatchEngine: every TextKind is the engine's kind of the same name and has a
// category, and Finding has the engine's layout, which Scanner.Scan relies on.
func TestTextKindsMatchEngine(t *testing.T) {
	t.Parallel()
	require.Equal(t, textscan.NumKinds, int(numTextKinds))
	for _, k := range TextKinds() {
		assert.Equal(t, textscan.Kind(k).String(), k.String())
		assert.True(t, k.Category().Valid(), "%v has no category", k)
	}
	var a Finding
	var b textscan.Finding
	assert.Equal(t, unsafe.Sizeof(b), unsafe.Sizeof(a))
	assert.Equal(t, unsafe.Offsetof(b.Start), unsafe.Offsetof(a.Start))
	assert.Equal(t, unsafe.Offsetof(b.End), unsafe.Offsetof(a.End))
	assert.Equal(t, unsafe.Offsetof(b.Kind), unsafe.Offsetof(a.Kind))
	assert.Equal(t, unsafe.Offsetof(b.Confidence), unsafe.Offsetof(a.Confidence))
	assert.Equal(t, unsafe.Sizeof(b.Kind), unsafe.Sizeof(a.Kind))
}
