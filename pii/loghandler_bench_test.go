package pii_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/clootrack/privacy/pii"
)

// BenchmarkLogHandler logs one record holding the representative struct of BenchmarkRedact
// (12 fields, a nested struct, a slice, a map, 5 tagged fields) and three other attributes:
// "plain" through slog's JSON handler, "redacting" through a LogHandler wrapping the same
// handler. The redacting handler should cost at most 1.5 times the plain one.
func BenchmarkLogHandler(b *testing.B) {
	acct := newBenchAccount()
	ctx := context.Background()
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	record := func() slog.Record {
		r := slog.NewRecord(at, slog.LevelInfo, "account updated", 0)
		r.AddAttrs(
			slog.Any("account", acct),
			slog.String("request_id", "01JH4W6Q2YV7ZC1N8D5P0X3K9M"),
			slog.Int("status", 200),
			slog.Duration("elapsed", 1500*time.Microsecond),
		)
		return r
	}
	plain := slog.NewJSONHandler(io.Discard, nil)
	redacting, err := pii.NewLogHandler(slog.NewJSONHandler(io.Discard, nil), nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		h    slog.Handler
	}{{"plain", plain}, {"redacting", redacting}} {
		b.Run(bc.name, func(b *testing.B) {
			r := record()
			b.ReportAllocs()
			for b.Loop() {
				if err := bc.h.Handle(ctx, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
