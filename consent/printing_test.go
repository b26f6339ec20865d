package consent

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/netip"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Personal data never prints (design.md §2.3): every exported type that
// holds a subject id, a user agent or a network, or a cookie secret, is
// printed with every fmt verb, logged through both slog handlers, and
// JSON-encoded; none of the secrets may show.
func TestNoPersonalDataInPrintsOrLogs(t *testing.T) {
	t.Parallel()
	const (
		subjectID = "subj-QZXW-secret"
		userAgent = "Agent/SECRET-UA"
		email     = "alice@example.com" // passed where a purpose id belongs
	)
	secrets := []string{subjectID, "QZXW", userAgent, "SECRET-UA", "198.51.100", "alice", string(key1.Secret),
		base64.StdEncoding.EncodeToString(key1.Secret)[:16], hex.EncodeToString(key1.Secret)[:16]}

	ctx := context.Background()
	subject := MustSubject(subjectID)
	ev := Evidence{UserAgent: userAgent, Network: TruncateIP(netip.MustParseAddr("198.51.100.77")), GPC: true}
	choice := Choice{Subject: subject, Purposes: []PurposeID{PurposeAnalytics}, Mechanism: MechanismBannerAccept,
		Place: place("DE"), Evidence: ev}

	mem := NewMemoryStore()
	file, err := OpenFileStore(filepath.Join(t.TempDir(), "ledger"), &FileOptions{NoSync: true})
	require.NoError(t, err)
	defer file.Close()
	l, _ := newTestLedger(t, Clootrack())
	event, err := l.Grant(ctx, choice)
	require.NoError(t, err)
	_, err = mem.Append(ctx, event)
	require.NoError(t, err)
	_, err = file.Append(ctx, event)
	require.NoError(t, err)

	st, err := l.State(ctx, subject, Facts{Place: place("DE"), Signals: Signals{DNT: true}})
	require.NoError(t, err)
	receipt, err := l.Receipt(ctx, subject, Facts{Place: place("DE")})
	require.NoError(t, err)
	codec, err := NewCookieCodec([]CookieKey{key1, key2}, nil)
	require.NoError(t, err)
	cookie, err := codec.Encode(st, sept2025)
	require.NoError(t, err)
	cv, err := codec.Decode(cookie, sept2025)
	require.NoError(t, err)

	_, grantErr := l.Grant(ctx, Choice{Subject: subject, Purposes: []PurposeID{PurposeID(email)}, Mechanism: MechanismAPI})
	require.ErrorIs(t, grantErr, ErrUnknownPurpose)
	unknown := st.Allowed(PurposeID(email), sept2025)

	values := map[string]any{
		"Subject":      subject,
		"Evidence":     ev,
		"*Evidence":    &ev,
		"Choice":       choice,
		"Event":        event,
		"*Event":       &event,
		"[]Event":      []Event{event, event},
		"*State":       st,
		"State":        *st, // a value copied out of its pointer
		"CookieValue":  cv,
		"*MemoryStore": mem,
		"*FileStore":   file,
		"*Receipt":     receipt,
		"Receipt":      *receipt, // held by value, e.g. in a response struct
		"ReceiptEvent": receipt.Events[0],
		"CookieKey":    key1,
		"[]CookieKey":  []CookieKey{key1, key2},
		"*CookieCodec": codec,
		"*Ledger":      l,
		"*Gate":        &Gate{Ledger: l, Cookies: codec},
		"*Choice":      &choice,
		"*CookieValue": &cv,
		"Decision":     unknown,
		"grant error":  grantErr,
		"Facts":        st.Facts(),
	}
	for name, v := range values {
		t.Run(name, func(t *testing.T) {
			var out []string
			for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%d"} {
				out = append(out, fmt.Sprintf(verb, v), fmt.Sprintf(verb, struct{ V any }{v}))
			}
			var logs bytes.Buffer
			slog.New(slog.NewJSONHandler(&logs, nil)).Info("m", "v", v)
			slog.New(slog.NewTextHandler(&logs, nil)).Info("m", "v", v)
			out = append(out, logs.String())
			if s, ok := v.(fmt.Stringer); ok {
				out = append(out, s.String())
			}
			if e, ok := v.(error); ok {
				out = append(out, e.Error())
			}
			switch v.(type) {
			case *Receipt, Receipt, ReceiptEvent:
				// A receipt is for its subject and carries everything.
			default:
				// Every other value's JSON stays private.
				if b, err := json.Marshal(v); err == nil {
					out = append(out, string(b))
				}
			}
			for _, o := range out {
				for _, s := range secrets {
					require.NotContains(t, o, s, "%s printed personal data", name)
				}
			}
		})
	}

	// fmt prints some fields without calling their methods: an unexported
	// field, and everything behind a pointer printed under a verb such as %s.
	// A Subject shows an address there, never its id.
	type account struct {
		Subject Subject
		owner   Subject
	}
	acct := &account{Subject: subject, owner: subject}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%d", "%x", "%t"} {
		for _, v := range []any{acct, *acct, struct{ A *account }{acct}, []*account{acct}} {
			out := fmt.Sprintf(verb, v)
			for _, s := range secrets[:2] {
				require.NotContains(t, out, s, "%T printed a subject id with %s", v, verb)
			}
		}
	}

	// An age is personal data too: a Facts or an Age prints whether it is
	// known, never the years.
	facts := Facts{Place: place("DE"), Age: AgeOf(137)}
	for _, v := range []any{facts, &facts, facts.Age} {
		var logs bytes.Buffer
		slog.New(slog.NewJSONHandler(&logs, nil)).Info("m", "v", v)
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%d"} {
			out := fmt.Sprintf(verb, v) + fmt.Sprintf(verb, struct{ V any }{v}) + logs.String()
			assert.NotContains(t, out, "137", "%T printed an age with %s", v, verb)
			assert.Contains(t, out, redacted, "%T says the age is known with %s", v, verb)
		}
	}
	assert.Equal(t, "unknown", Age{}.String())
	assert.Equal(t, "consent.Facts{Place:unknown Age:unknown GPC:false DNT:false}", fmt.Sprint(Facts{}))

	// The data is still there for the calls made to carry it.
	b, err := json.Marshal(receipt)
	require.NoError(t, err)
	assert.Contains(t, string(b), subjectID, "a receipt names its subject")
	assert.Contains(t, string(b), userAgent, "a receipt carries the evidence")
	rec, err := event.MarshalBinary()
	require.NoError(t, err)
	assert.True(t, bytes.Contains(rec, []byte(userAgent)), "the ledger record keeps the evidence")
	assert.Equal(t, "(malformed purpose id): denied, unknown purpose (unknown purpose: denied (fail closed))", unknown.String())
	assert.True(t, strings.HasPrefix(fmt.Sprint(ev), "consent.Evidence{UserAgent:redacted Network:redacted GPC:true"))
}
