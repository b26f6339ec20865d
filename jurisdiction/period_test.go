package jurisdiction

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsePeriod(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want Period
	}{
		{"72 hours", Period{72, Hours}}, // GDPR Art. 33(1)
		{"72h", Period{72, Hours}},      // law.md legend H
		{"1 hour", Period{1, Hours}},
		{"45 calendar days", Period{45, CalendarDays}}, // 11 CCR §7021(b)
		{"45CD", Period{45, CalendarDays}},
		{"1 calendar day", Period{1, CalendarDays}},
		{"15 business days", Period{15, BusinessDays}}, // 11 CCR §7026(f)
		{"15 BD", Period{15, BusinessDays}},
		{"3 working days", Period{3, BusinessDays}}, // Res. CD/ANPD 15/2024
		{"1 month", Period{1, Months}},              // GDPR Art. 12(3)
		{"  3   Months ", Period{3, Months}},
		{"1M", Period{1, Months}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			got, err := ParsePeriod(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			back, err := ParsePeriod(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, back, "String must parse back")
		})
	}
}

func TestParsePeriodRejects(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		"", "hours", "-1 month", "0 hours", "1 days", "45 days", "1 week", "1 fortnight",
		"1.5 months", "1 month 2", "99999999999 hours", "1201 months", "36601 calendar days",
		"1\x00month", "٣ months",
	} {
		t.Run(in, func(t *testing.T) {
			t.Parallel()
			_, err := ParsePeriod(in)
			require.ErrorIs(t, err, ErrInvalidPeriod)
		})
	}
}

func TestParsePeriodErrorIsBounded(t *testing.T) {
	t.Parallel()
	long := "1 " + string(make([]byte, 500))
	_, err := ParsePeriod(long)
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 150)
	assert.NotContains(t, err.Error(), "\x00")
}

func TestPeriodValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    Period
		ok   bool
	}{
		{"one month", Period{1, Months}, true},
		{"zero length", Period{0, Months}, false},
		{"negative", Period{-1, CalendarDays}, false},
		{"zero unit", Period{1, 0}, false},
		{"unknown unit", Period{1, 99}, false},
		{"a century of months", Period{1200, Months}, true},
		{"more than a century of months", Period{1201, Months}, false},
		{"absurd hours", Period{1 << 40, Hours}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := tt.p.Validate()
			if tt.ok {
				assert.NoError(t, err)
			} else {
				assert.ErrorIs(t, err, ErrInvalidPeriod)
			}
		})
	}
}

func TestPeriodString(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "1 month", Period{1, Months}.String())
	assert.Equal(t, "72 hours", Period{72, Hours}.String())
	assert.Equal(t, "45 calendar days", Period{45, CalendarDays}.String())
	assert.Equal(t, "1 business day", Period{1, BusinessDays}.String())
	assert.Equal(t, "no fixed period", Period{}.String())
	assert.Equal(t, "2 Unit(9)", Period{2, 9}.String())
}

func TestPeriodJSON(t *testing.T) {
	t.Parallel()
	type row struct{ P Period }
	b, err := json.Marshal(row{Period{15, BusinessDays}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"P":"15 business days"}`, string(b))
	var r row
	require.NoError(t, json.Unmarshal(b, &r))
	assert.Equal(t, Period{15, BusinessDays}, r.P)

	b, err = json.Marshal(row{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"P":""}`, string(b), "the zero Period means no fixed period")
	require.NoError(t, json.Unmarshal(b, &r))
	assert.True(t, r.P.IsZero())

	_, err = json.Marshal(row{Period{-3, Months}})
	require.ErrorIs(t, err, ErrInvalidPeriod)
}
