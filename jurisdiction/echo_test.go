package jurisdiction

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestErrorsHideWhatIsNotVocabulary: an error repeats a rejected period, duty
// or regime ID only when it is shaped like one. Personal data put in the wrong
// field (an e-mail address, a phone or card number, a long text) is given by
// its length alone, so it never reaches an error or the log line that prints it.
func TestErrorsHideWhatIsNotVocabulary(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	errorOf := map[string]func(string) error{
		"ParsePeriod": func(s string) error { _, err := ParsePeriod(s); return err },
		"Duty.UnmarshalText": func(s string) error {
			var d Duty
			return d.UnmarshalText([]byte(s))
		},
		"ObligationFor": func(s string) error { _, err := ObligationFor(RegimeID(s), DutyAccess, at); return err },
		"BreachClocks":  func(s string) error { _, err := BreachClocks(RegimeID(s), at, nil); return err },
	}
	hidden := []string{
		"alice@example.com",
		"+91 98765 43210",
		"4111 1111 1111 1111 days",
		"12 months of Alice Smith's data",
		"Ålesund",
	}
	for name, fn := range errorOf {
		for _, in := range hidden {
			err := fn(in)
			require.Error(t, err, "%s(%q)", name, in)
			assert.NotContains(t, err.Error(), in, "%s repeats personal data", name)
			assert.Contains(t, err.Error(), "bytes, not shown", "%s says how long the hidden input was", name)
		}
		// Text shaped like the vocabulary is quoted, so a typo is easy to find.
		err := fn("1 fortnight")
		require.Error(t, err, name)
		assert.Contains(t, err.Error(), `"1 fortnight"`, name)
	}
}
