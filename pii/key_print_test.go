package pii_test

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

// TestKeyNeverPrintsItsSecret: a pseudonym or sealing key that reaches fmt, slog or JSON,
// alone or inside Options, shows its id and never its secret in any encoding (fail closed:
// a key in a log line is a key given away).
func TestKeyNeverPrintsItsSecret(t *testing.T) {
	t.Parallel()
	secret := []byte("0123456789abcdef0123456789ABCDEF")
	key := pii.Key{ID: "k2026", Secret: secret}
	opts := pii.Options{PseudonymKeys: []pii.Key{key}}
	forms := []string{
		string(secret), "0123456789abcdef",
		base64.StdEncoding.EncodeToString(secret)[:16], hex.EncodeToString(secret)[:16],
		fmt.Sprint(secret[:8])[1:16], // as fmt prints a byte slice: "48 49 50 51 ..."
	}
	for name, v := range map[string]any{"Key": key, "*Key": &key, "[]Key": []pii.Key{key}, "Options": opts, "*Options": &opts} {
		var out []string
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%d"} {
			out = append(out, fmt.Sprintf(verb, v), fmt.Sprintf(verb, struct{ V any }{v}))
		}
		var logs bytes.Buffer
		slog.New(slog.NewJSONHandler(&logs, nil)).Info("m", "v", v)
		slog.New(slog.NewTextHandler(&logs, nil)).Info("m", "v", v)
		out = append(out, logs.String())
		if b, err := json.Marshal(v); err == nil { // Options has a func field: json refuses it
			out = append(out, string(b))
		}
		for _, o := range out {
			for _, f := range forms {
				require.NotContains(t, o, f, "%s printed the key's secret", name)
			}
		}
		assert.Contains(t, strings.Join(out, "\n"), "k2026", "%s still names the key", name)
	}
	assert.Equal(t, `pii.Key{ID:"k2026" Secret:[REDACTED]}`, fmt.Sprint(key))
	assert.Equal(t, `pii.Key{ID:"" Secret:none}`, fmt.Sprint(pii.Key{}))
	assert.Equal(t, `pii.Options{PseudonymKeys:["k2026"] Sealer:false Overrides:0 RedactUntagged:false Marker:false IPv4PrefixLen:0 IPv6PrefixLen:0}`,
		fmt.Sprint(opts))
}
