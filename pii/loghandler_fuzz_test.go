package pii_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"testing"

	"github.com/clootrack/privacy/pii"
)

// FuzzLogAttr logs arbitrary keys and string values through a LogHandler: it never panics,
// always writes one valid JSON line, and a value under a credential key is always redacted
// (§17), whatever the key's case and separators.
func FuzzLogAttr(f *testing.F) {
	f.Add("peer", "203.0.113.7")
	f.Add("X-Forwarded-For", "[2001:db8::1]:443")
	f.Add("PassWord", "hunter2")
	f.Add("note", "::ffff:203.0.113.7%eth0")
	f.Add("", "fe80::1%zone")
	f.Add("g.h", "1.2.3.4:99999")
	var buf bytes.Buffer
	h, err := pii.NewLogHandler(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: noTime}), nil, nil)
	if err != nil {
		f.Fatal(err)
	}
	logger := slog.New(h)
	f.Fuzz(func(t *testing.T, key, value string) {
		buf.Reset()
		logger.Info("m", key, value, "password", value, slog.Group("g", "pass_word", value))
		var m map[string]any
		if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
			t.Fatalf("invalid JSON line %q: %v", buf.String(), err)
		}
		if m["password"] != "[REDACTED]" {
			t.Fatalf("password logged as %q", m["password"])
		}
		if g, ok := m["g"].(map[string]any); !ok || g["pass_word"] != "[REDACTED]" {
			t.Fatalf("grouped password logged as %v", m["g"])
		}
	})
}
