package pii_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/clootrack/privacy/pii"
)

// FuzzSecretDecode checks the decoders of Secret and Value: any input decodes or fails with
// one of the package's errors, whose text never depends on the input, and a decoded secret
// prints only the marker.
func FuzzSecretDecode(f *testing.F) {
	for _, s := range []string{`"hunter2"`, `null`, `"[REDACTED]"`, `12345678`, `{"a":1}`, `"\u00e9t\u00e9"`, `"unterminated`, ` "x" `} {
		f.Add([]byte(s))
	}
	allowed := map[string]bool{pii.ErrRedactedInput.Error(): true}
	for _, typ := range []string{"string", "int", "[]uint8"} {
		allowed[pii.ErrDecode.Error()+": JSON into "+typ] = true
		allowed[pii.ErrDecode.Error()+": text into "+typ] = true
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		check := func(err error, out string) {
			if err != nil {
				if !errors.Is(err, pii.ErrDecode) && !errors.Is(err, pii.ErrRedactedInput) || !allowed[err.Error()] {
					t.Fatalf("unexpected error %q", err)
				}
				return
			}
			if out != `"[REDACTED]"` {
				t.Fatalf("a decoded secret encodes as %s", out)
			}
		}
		var s pii.Secret[string]
		err := s.UnmarshalJSON(data)
		b, _ := json.Marshal(s)
		check(err, string(b))

		var n pii.Value[int]
		err = n.UnmarshalJSON(data)
		b, _ = json.Marshal(n)
		check(err, string(b))

		var raw pii.Secret[[]byte]
		err = raw.UnmarshalText(data)
		b, _ = json.Marshal(raw)
		check(err, string(b))
	})
}
