package pii

import (
	"testing"

	"github.com/clootrack/privacy/pii/internal/textscan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTextKindsMatchEngine: every TextKind is the engine's kind of the same name and has a
// category.
func TestTextKindsMatchEngine(t *testing.T) {
	t.Parallel()
	require.Equal(t, textscan.NumKinds, int(numTextKinds))
	for _, k := range TextKinds() {
		assert.Equal(t, textscan.Kind(k).String(), k.String())
		assert.True(t, k.Category().Valid(), "%v has no category", k)
	}
}

// TestScanMatchesEngine: Scanner.Scan reports exactly the engine's findings, field by field,
// after what is already in the caller's slice.
func TestScanMatchesEngine(t *testing.T) {
	t.Parallel()
	s, err := NewScanner(nil, nil)
	require.NoError(t, err)
	text := []byte("mail alice@example.com, card 4111 1111 1111 1111, ip 203.0.113.7, aadhaar 2345 6789 0124")
	engine := s.sc.Scan(nil, text)
	require.Len(t, engine, 4)
	prior := Finding{Start: -1}
	got := s.Scan([]Finding{prior}, text)
	require.Len(t, got, 1+len(engine))
	assert.Equal(t, prior, got[0])
	for i, f := range engine {
		assert.Equal(t, Finding{Start: f.Start, End: f.End, Kind: TextKind(f.Kind), Confidence: f.Confidence}, got[1+i])
	}
}
