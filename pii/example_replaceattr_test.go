package pii_test

import (
	"log/slog"
	"os"

	"github.com/clootrack/privacy/pii"
)

// With the built-in handlers, ReplaceAttr gives the same redaction without wrapping the
// handler. Here IP addresses are redacted outright instead of truncated (§3.5).
func ExampleReplaceAttr() {
	r, err := pii.NewRedactor(&pii.Options{Overrides: []pii.Override{
		{Category: pii.CategoryIP, Sink: pii.SinkLog, Treatment: pii.TreatmentRedact},
	}})
	if err != nil {
		panic(err)
	}
	redact, err := pii.ReplaceAttr(r, nil)
	if err != nil {
		panic(err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{} // stable output
			}
			return redact(groups, a)
		},
	}))

	type Card struct {
		Holder string `pii:"name"`
		Number string `pii:"card"`
	}
	logger.Info("charge", "card", Card{Holder: "Ann Lee", Number: "4111111111111111"}, "peer", "203.0.113.7", "password", "hunter2")
	// Output:
	// level=INFO msg=charge card="{Holder:A. L. Number:[REDACTED]}" peer=[REDACTED] password=[REDACTED]
}
