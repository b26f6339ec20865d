package jurisdiction

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOptOutSignal encodes law.md §10 and §16: where GPC counts as an opt-out.
func TestOptOutSignal(t *testing.T) {
	t.Parallel()
	tests := []struct {
		place  string
		at     time.Time
		status SignalStatus
		honour bool
		cite   string
	}{
		{"US-CA", onDate(2026, 1, 1), SignalRequired, true, "11 CCR §7025(b)-(c)"},
		{"US-CO", onDate(2024, 6, 30), SignalNotRequired, false, "C.R.S. §6-1-1306: UOOM from 2024-07-01"},
		{"US-CO", onDate(2024, 7, 1), SignalRequired, true, "C.R.S. §6-1-1306; coag.gov/uoom"},
		{"US-TX", onDate(2024, 12, 31), SignalNotRequired, false, "Tex. Bus. & Com. Code §541.055(e): from 2025-01-01"},
		{"US-TX", onDate(2025, 1, 1), SignalRequired, true, "Tex. Bus. & Com. Code §541.055(e)"},
		{"US-VA", onDate(2026, 1, 1), SignalNotRequired, false, "W3C GPC explainer: VA silent"},
		{"US-UT", onDate(2026, 1, 1), SignalNotRequired, false, "W3C GPC explainer: UT silent"},
		{"US-CT", onDate(2026, 1, 1), SignalRequired, true, "CTDPA; AG FAQ names GPC"},
		{"US-NJ", onDate(2026, 1, 1), SignalRequired, true, "NJ FAQ names GPC"},
		{"US-OR", onDate(2025, 12, 31), SignalUnknown, true, "OR UOOM from 2026-01-01 (secondary)"},
		{"US-OR", onDate(2026, 1, 1), SignalRequired, true, "OR UOOM from 2026-01-01 (secondary)"},
		{"US-MD", onDate(2026, 4, 1), SignalRequired, true, "MD from 2025-10-01 (secondary), applies 2026-04-01"},
		{"US-DE", onDate(2026, 1, 1), SignalUnknown, true, "law.md has no Delaware signal rule: honour"},
		{"US-TX", onDate(2024, 6, 1), SignalUnknown, true, "no regime yet: honour"},
		{"DE", onDate(2026, 1, 1), SignalUnknown, true, "GDPR is opt-in; GPC is no withdrawal of ePrivacy consent"},
	}
	for _, tc := range tests {
		got, err := OptOutSignal(MustParsePlace(tc.place), tc.at)
		require.NoError(t, err)
		assert.Equal(t, tc.status, got.Status, "%s on %s: %s", tc.place, tc.at.Format(time.DateOnly), tc.cite)
		assert.Equal(t, tc.honour, got.Honour(), "%s on %s: %s", tc.place, tc.at.Format(time.DateOnly), tc.cite)
	}
	_, err := OptOutSignal(MustParsePlace("US"), onDate(2026, 1, 1))
	assert.ErrorIs(t, err, ErrNeedSubdivision)
	_, err = OptOutSignal(MustParsePlace("US-CA"), time.Time{})
	assert.ErrorIs(t, err, ErrZeroTime)

	var zero SignalRule
	assert.True(t, zero.Honour(), "the zero rule honours the signal (fail closed)")
	assert.Equal(t, "unknown", SignalUnknown.String())
	assert.Equal(t, "not required", SignalNotRequired.String())
	assert.Equal(t, "required", SignalRequired.String())
}
