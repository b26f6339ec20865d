package jurisdiction

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2026-05-25", Date{2026, time.May, 25}, true},
		{"2024-02-29", Date{2024, time.February, 29}, true}, // leap year
		{"2025-02-29", Date{}, false},                       // not a leap year
		{"1900-02-29", Date{}, false},                       // century, not leap
		{"2000-02-29", Date{2000, time.February, 29}, true}, // 400-year leap
		{"2026-13-01", Date{}, false},
		{"2026-00-10", Date{}, false},
		{"2026-04-31", Date{}, false},
		{"2026-4-30", Date{}, false},
		{"+026-04-30", Date{}, false},
		{"2026-+4-30", Date{}, false},
		{"2026/04/30", Date{}, false},
		{"", Date{}, false},
		{"2026-04-30T00:00", Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			got, err := ParseDate(tt.in)
			if !tt.ok {
				require.ErrorIs(t, err, ErrMalformedDate)
				if tt.in != "" {
					assert.NotContains(t, err.Error(), tt.in, "errors must not echo a date (it may be a birth date)")
				}
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.in, got.String())
		})
	}
}

func TestDateAgreesWithTime(t *testing.T) {
	t.Parallel()
	// Walk every day from 1900 to 2200 and compare the integer arithmetic
	// with the time package.
	start := time.Date(1900, 1, 1, 12, 0, 0, 0, time.UTC)
	d0 := DateOf(start)
	for i := 0; i < 300*366; i += 1 {
		tt := start.AddDate(0, 0, i)
		want := DateOf(tt)
		got := d0.AddDays(i)
		if got != want {
			t.Fatalf("AddDays(%d) = %v, want %v", i, got, want)
		}
		if got.Weekday() != tt.Weekday() {
			t.Fatalf("%v.Weekday() = %v, want %v", got, got.Weekday(), tt.Weekday())
		}
		if n := d0.DaysUntil(got); n != i {
			t.Fatalf("DaysUntil = %d, want %d", n, i)
		}
	}
	// Step one day at a time, forwards and back (the fast path of AddDays).
	fwd, back := d0, DateOf(start.AddDate(300, 0, 0))
	for i := 0; i < 300*365; i++ {
		want := DateOf(start.AddDate(0, 0, i+1))
		if fwd = fwd.AddDays(1); fwd != want {
			t.Fatalf("stepping forward: got %v, want %v", fwd, want)
		}
		wantBack := DateOf(start.AddDate(300, 0, -i-1))
		if back = back.AddDays(-1); back != wantBack {
			t.Fatalf("stepping back: got %v, want %v", back, wantBack)
		}
	}
}

func TestDateAddMonths(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		from Date
		n    int
		want Date
	}{
		{"same date next month", Date{2026, time.September, 3}, 1, Date{2026, time.October, 3}},
		{"31 Jan to 29 Feb in a leap year (Reg. 1182/71 Art. 3(2)(c))", Date{2024, time.January, 31}, 1, Date{2024, time.February, 29}},
		{"31 Jan to 28 Feb otherwise", Date{2025, time.January, 31}, 1, Date{2025, time.February, 28}},
		{"30 Jan to 29 Feb 2024 (ICO example)", Date{2024, time.January, 30}, 1, Date{2024, time.February, 29}},
		{"31 Mar to 30 Apr", Date{2026, time.March, 31}, 1, Date{2026, time.April, 30}},
		{"across the year", Date{2026, time.December, 15}, 1, Date{2027, time.January, 15}},
		{"three months", Date{2026, time.November, 30}, 3, Date{2027, time.February, 28}},
		{"backwards", Date{2026, time.March, 31}, -1, Date{2026, time.February, 28}},
		{"twelve months from a leap day", Date{2024, time.February, 29}, 12, Date{2025, time.February, 28}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, tt.from.AddMonths(tt.n))
		})
	}
}

func TestMakeDateNormalises(t *testing.T) {
	t.Parallel()
	assert.Equal(t, Date{2026, time.March, 2}, MakeDate(2026, time.February, 30))
	assert.Equal(t, Date{2027, time.January, 1}, MakeDate(2026, 13, 1))
	assert.Equal(t, Date{2025, time.December, 31}, MakeDate(2026, time.January, 0))
	assert.Equal(t, Date{2025, time.November, 1}, MakeDate(2026, -1, 1))
}

func TestDateCompareAndValidity(t *testing.T) {
	t.Parallel()
	a, b := Date{2026, time.May, 24}, Date{2026, time.May, 25}
	assert.True(t, a.Before(b))
	assert.True(t, b.After(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.Equal(t, -1, Date{2025, time.December, 31}.Compare(Date{2026, time.January, 1}))
	assert.True(t, Date{}.IsZero())
	assert.False(t, Date{}.IsValid())
	assert.False(t, Date{2026, time.February, 29}.IsValid())
	assert.True(t, Date{2028, time.February, 29}.IsValid())
}

func TestDateStartIsLocalMidnight(t *testing.T) {
	t.Parallel()
	berlin, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	got := Date{2026, time.March, 29}.Start(berlin) // the day clocks go forward
	assert.Equal(t, "2026-03-29T00:00:00+01:00", got.Format(time.RFC3339))
	assert.Equal(t, time.UTC, Date{2026, time.March, 29}.Start(nil).Location())
}

// TestDateStartWhenMidnightIsSkipped: in Chile the clocks go from 24:00 on
// Saturday 5 September 2026 to 01:00 on Sunday 6 September (tz database,
// America/Santiago), so 6 September has no midnight and begins at 01:00
// local time (04:00 UTC). time.Date alone gives 23:00 on 5 September.
func TestDateStartWhenMidnightIsSkipped(t *testing.T) {
	t.Parallel()
	santiago, err := time.LoadLocation("America/Santiago")
	require.NoError(t, err)
	got := Date{2026, time.September, 6}.Start(santiago)
	assert.Equal(t, "2026-09-06T01:00:00-03:00", got.Format(time.RFC3339))
	assert.Equal(t, "2026-09-06T04:00:00Z", got.UTC().Format(time.RFC3339))
	assert.Equal(t, Date{2026, time.September, 5}, DateOf(got.Add(-time.Nanosecond)), "the instant before is the day before")

	// Lebanon skips midnight too, east of UTC (2026-03-29 00:00 → 01:00).
	beirut, err := time.LoadLocation("Asia/Beirut")
	require.NoError(t, err)
	assert.Equal(t, "2026-03-29T01:00:00+03:00", Date{2026, time.March, 29}.Start(beirut).Format(time.RFC3339))

	// A day whose midnight exists is unchanged, even on a clock-change day.
	assert.Equal(t, "2026-04-05T00:00:00-04:00", Date{2026, time.April, 5}.Start(santiago).Format(time.RFC3339),
		"Chile's autumn change turns 24:00 on 4 April back to 23:00; 5 April starts at the one midnight, in -04")
}

func TestDateJSONRoundTrip(t *testing.T) {
	t.Parallel()
	in := struct{ Due Date }{Date{2026, time.May, 26}}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"Due":"2026-05-26"}`, string(b))
	var out struct{ Due Date }
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)
	require.ErrorIs(t, json.Unmarshal([]byte(`{"Due":"2026-02-30"}`), &out), ErrMalformedDate)
}

func TestDateStringOddYears(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "0099-01-02", Date{99, time.January, 2}.String())
	assert.Equal(t, "12026-01-02", Date{12026, time.January, 2}.String())
	assert.Equal(t, "-0001-01-02", Date{-1, time.January, 2}.String())
}
