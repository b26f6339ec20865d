package pii_test

import (
	"log/slog"
	"os"

	"github.com/clootrack/privacy/pii"
)

// Wrap any slog.Handler: tagged structs, typed values, credential keys and IP addresses are
// treated for the log sink before the wrapped handler sees them (§3.5, §17).
func ExampleLogHandler() {
	type User struct {
		ID       int64
		Email    string `pii:"email"`
		Password string `pii:"password"`
		LastIP   string `pii:"ip"`
	}
	// Drop the time so the output is stable.
	json := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	})
	h, err := pii.NewLogHandler(json, nil, nil) // nil: the default Redactor and options
	if err != nil {
		panic(err)
	}
	logger := slog.New(h)

	u := User{ID: 42, Email: "ann@example.com", Password: "hunter2", LastIP: "203.0.113.7"}
	logger.Info("signed in", "user", u, "client_ip", "198.51.100.23:51234", "token", "eyJhbGciOi")
	logger.Info("mail sent", "to", pii.NewValue(pii.CategoryEmail, "bob@example.org"))
	// Output:
	// {"level":"INFO","msg":"signed in","user":{"ID":42,"Email":"***@example.com","Password":"[REDACTED]","LastIP":"203.0.113.0"},"client_ip":"198.51.100.0","token":"[REDACTED]"}
	// {"level":"INFO","msg":"mail sent","to":"***@example.org"}
}
