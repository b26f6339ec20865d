package jurisdiction

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestEaster(t *testing.T) {
	t.Parallel()
	// Western (Gregorian) Easter Sunday, as the churches publish it; 2001–2045
	// checked against the published table "List of dates for Easter"
	// (Wikipedia, Gregorian column). 2038 and 2285 are the latest and
	// earliest possible dates (25 April, 22 March).
	want := map[int]Date{
		2000: {2000, time.April, 23},
		2019: {2019, time.April, 21},
		2024: {2024, time.March, 31},
		2025: {2025, time.April, 20},
		2026: {2026, time.April, 5},
		2027: {2027, time.March, 28},
		2028: {2028, time.April, 16},
		2029: {2029, time.April, 1},
		2030: {2030, time.April, 21},
		2031: {2031, time.April, 13},
		2032: {2032, time.March, 28},
		2033: {2033, time.April, 17},
		2034: {2034, time.April, 9},
		2035: {2035, time.March, 25},
		2038: {2038, time.April, 25}, // the latest possible date
		2285: {2285, time.March, 22}, // the earliest possible date
	}
	for y, d := range want {
		assert.Equal(t, d, Easter(y), "Easter(%d)", y)
	}
}

func TestEasterIsAlwaysASundayBetween22MarchAnd25April(t *testing.T) {
	t.Parallel()
	for y := -500; y <= 3000; y++ {
		e := Easter(y)
		if !e.IsValid() || e.Weekday() != time.Sunday {
			t.Fatalf("Easter(%d) = %v, a %v", y, e, e.Weekday())
		}
		lo, hi := Date{y, time.March, 22}, Date{y, time.April, 25}
		if e.Before(lo) || e.After(hi) {
			t.Fatalf("Easter(%d) = %v, outside 22 March–25 April", y, e)
		}
	}
}
