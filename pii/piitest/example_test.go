package piitest_test

import (
	"bytes"
	"fmt"
	"log/slog"

	"github.com/clootrack/privacy/pii"
	"github.com/clootrack/privacy/pii/piitest"
)

// NoLeak checks a log line for the personal data of the value that was logged: through a
// plain handler the e-mail address leaks, through a pii.LogHandler it does not.
func ExampleNoLeak() {
	type User struct {
		ID    int
		Email string `pii:"email"`
	}
	u := User{ID: 7, Email: "ann@example.com"}

	var plain, redacted bytes.Buffer
	slog.New(slog.NewJSONHandler(&plain, nil)).Info("signed in", "user", u)
	h, _ := pii.NewLogHandler(slog.NewJSONHandler(&redacted, nil), nil, nil)
	slog.New(h).Info("signed in", "user", u)

	fmt.Println(piitest.NoLeak(u, plain.Bytes()))
	fmt.Println(piitest.NoLeak(u, redacted.Bytes()))
	// Output:
	// piitest: personal data in output: User.Email (email, raw)
	// <nil>
}
