package pii_test

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/clootrack/privacy/pii"
)

// A password held in a Secret prints, logs and encodes as a marker, even inside an unexported
// field; it leaves only through Reveal (§17).
func ExampleSecret() {
	type login struct {
		User     string             `json:"user"`
		Password pii.Secret[string] `json:"password"`
		session  pii.Secret[string]
	}
	var in login
	_ = json.Unmarshal([]byte(`{"user":"ann","password":"hunter2"}`), &in)
	in.session = pii.NewSecret("sess-8f2a")

	fmt.Printf("%v %+v %q\n", in.Password, in.Password, in.Password)
	// fmt reads unexported fields by reflection; the session id is not there to find.
	fmt.Println(strings.Contains(fmt.Sprintf("%#v", in), "sess-8f2a"))
	out, _ := json.Marshal(in)
	fmt.Println(string(out))
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	logger.Info("login", "password", in.Password)

	fmt.Println(in.Password.Reveal() == "hunter2")
	// Output:
	// [REDACTED] [REDACTED] "[REDACTED]"
	// false
	// {"user":"ann","password":"[REDACTED]"}
	// level=INFO msg=login password=[REDACTED]
	// true
}
