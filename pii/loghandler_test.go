package pii_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"testing/slogtest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

// noTime drops the time attribute so outputs are deterministic.
func noTime(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

// jsonLogger returns a logger writing JSON through a LogHandler into buf.
func jsonLogger(t *testing.T, buf *bytes.Buffer, r *pii.Redactor, opts *pii.LogOptions) *slog.Logger {
	t.Helper()
	h, err := pii.NewLogHandler(slog.NewJSONHandler(buf, &slog.HandlerOptions{ReplaceAttr: noTime}), r, opts)
	require.NoError(t, err)
	return slog.New(h)
}

// lastLine parses the last JSON line in buf.
func lastLine(t *testing.T, buf *bytes.Buffer) map[string]any {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[len(lines)-1]), &m), buf.String())
	return m
}

func TestLogHandlerSlogtest(t *testing.T) {
	var buf bytes.Buffer
	slogtest.Run(t, func(t *testing.T) slog.Handler {
		buf.Reset()
		h, err := pii.NewLogHandler(slog.NewJSONHandler(&buf, nil), nil, nil)
		require.NoError(t, err)
		return h
	}, func(t *testing.T) map[string]any {
		var m map[string]any
		require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
		return m
	})
}

type logUser struct {
	ID       int64
	Name     string `pii:"name"`
	Email    string `pii:"email"`
	Password string `pii:"password"`
	LastIP   string `pii:"ip"`
	Plan     string
	note     string
}

func newLogUser() logUser {
	return logUser{ID: 7, Name: "Ann Lee", Email: "ann.lee@example.com", Password: "hunter2-Correct", LastIP: "198.51.100.23", Plan: "pro", note: "prefers-evenings"}
}

// wantUser is how newLogUser logs for SinkLog with the default policy.
var wantUser = map[string]any{"ID": 7.0, "Name": "A. L.", "Email": "***@example.com", "Password": "[REDACTED]", "LastIP": "198.51.100.0", "Plan": "pro"}

type selfLogger struct{ u logUser }

func (s selfLogger) LogValue() slog.Value { return slog.AnyValue(s.u) }

type panicker struct{}

func (panicker) LogValue() slog.Value { panic("a LogValuer blew up holding ann.lee@example.com") }

// bomb is a LogValuer whose group contains itself, without end.
type bomb struct{}

func (bomb) LogValue() slog.Value { return slog.GroupValue(slog.Any("again", bomb{})) }

// loop is a LogValuer that resolves to itself, forever.
type loop struct{}

func (loop) LogValue() slog.Value { return slog.AnyValue(loop{}) }

type badTag struct {
	Email string `pii:"emial"`
}

func TestLogHandlerRedacts(t *testing.T) {
	t.Parallel()
	u := newLogUser()
	tests := []struct {
		name string
		args []any
		want map[string]any // expected attributes, besides level and msg
	}{
		{"tagged struct", []any{"user", u}, map[string]any{"user": wantUser}},
		{"pointer to tagged struct", []any{"user", &u}, map[string]any{"user": wantUser}},
		{"slice of tagged structs", []any{"users", []logUser{u}}, map[string]any{"users": []any{wantUser}}},
		{"map of tagged structs", []any{"byID", map[string]logUser{"7": u}}, map[string]any{"byID": map[string]any{"7": wantUser}}},
		{"struct in a group", []any{slog.Group("req", "user", u)}, map[string]any{"req": map[string]any{"user": wantUser}}},
		{"LogValuer resolving to a struct", []any{"user", selfLogger{u}}, map[string]any{"user": wantUser}},
		{"Secret §17", []any{"pw", pii.NewSecret("hunter2-Correct")}, map[string]any{"pw": "[REDACTED]"}},
		{"typed email value", []any{"to", pii.NewValue(pii.CategoryEmail, "ann.lee@example.com")}, map[string]any{"to": "***@example.com"}},
		{"typed password value §17", []any{"x", pii.NewValue(pii.CategoryPassword, "hunter2-Correct")}, map[string]any{"x": "[REDACTED]"}},
		{"typed non-text value", []any{"x", pii.NewValue(pii.CategoryBirthDate, time.Date(1990, 5, 17, 0, 0, 0, 0, time.UTC))}, map[string]any{"x": "[REDACTED]"}},
		{"IP string under any key §3.5", []any{"peer", "198.51.100.23"}, map[string]any{"peer": "198.51.100.0"}},
		{"IP with port §3.5", []any{"peer", "198.51.100.23:443"}, map[string]any{"peer": "198.51.100.0"}},
		{"IPv6 §3.5", []any{"peer", "2001:db8:1234:5678::9"}, map[string]any{"peer": "2001:db8:1234::"}},
		{"netip.Addr §3.5", []any{"peer", netip.MustParseAddr("198.51.100.23")}, map[string]any{"peer": "198.51.100.0"}},
		{"net.IP §3.5", []any{"peer", net.ParseIP("198.51.100.23")}, map[string]any{"peer": "198.51.100.0"}},
		{"*net.TCPAddr §3.5", []any{"peer", &net.TCPAddr{IP: net.ParseIP("198.51.100.23"), Port: 80}}, map[string]any{"peer": "198.51.100.0"}},
		{"nil *net.TCPAddr", []any{"peer", (*net.TCPAddr)(nil)}, map[string]any{"peer": nil}},
		{"IP key with text §3.5", []any{"X-Forwarded-For", "198.51.100.23, 203.0.113.9"}, map[string]any{"X-Forwarded-For": "[REDACTED]"}},
		{"password key §17", []any{"password", "hunter2-Correct"}, map[string]any{"password": "[REDACTED]"}},
		{"password key, number §17", []any{"Password", 123456}, map[string]any{"Password": "[REDACTED]"}},
		{"password key, group §17", []any{slog.Group("password", "old", "hunter2-Correct", "new", "hunter3-Correct")},
			map[string]any{"password": map[string]any{"old": "[REDACTED]", "new": "[REDACTED]"}}},
		{"authorization key §17", []any{"Authorization", "Bearer eyJhbGciOi.secret"}, map[string]any{"Authorization": "[REDACTED]"}},
		{"email key", []any{"email", "ann.lee@example.com"}, map[string]any{"email": "***@example.com"}},
		{"plain values pass", []any{"n", 3, "ok", true, "d", time.Second, "s", "hello"}, map[string]any{"n": 3.0, "ok": true, "d": 1e9, "s": "hello"}},
		{"invalid tag fails closed", []any{"bad", badTag{Email: "ann.lee@example.com"}}, map[string]any{"bad": "[REDACTED]"}},
		{"panicking LogValuer", []any{"p", panicker{}}, map[string]any{"p": "[REDACTED]"}},
		{"endless LogValuer", []any{"b", bomb{}}, nil},
		{"LogValuer resolving to itself", []any{"l", loop{}}, map[string]any{"l": "[REDACTED]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			require.NotPanics(t, func() { jsonLogger(t, &buf, nil, nil).Info("m", tt.args...) })
			for _, leak := range []string{"ann.lee", "hunter2", "hunter3", "198.51.100.23", "Ann Lee", "prefers-evenings", "eyJhbGciOi"} {
				assert.NotContains(t, buf.String(), leak)
			}
			got := lastLine(t, &buf)
			delete(got, "level")
			delete(got, "msg")
			if tt.want == nil {
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("log line mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLogHandlerTextHandlerUnexported: the text handler prints structs with fmt, which reads
// unexported fields by reflection; the logged copy has them zeroed.
func TestLogHandlerTextHandlerUnexported(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	h, err := pii.NewLogHandler(slog.NewTextHandler(&buf, nil), nil, nil)
	require.NoError(t, err)
	u := newLogUser()
	slog.New(h).Info("m", "user", u, "ptr", &u, "any", []any{u})
	assert.NotContains(t, buf.String(), "prefers-evenings")
	assert.NotContains(t, buf.String(), "ann.lee@")
	assert.Contains(t, buf.String(), "***@example.com")
}

func TestLogHandlerWithAttrsAndGroups(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	opts := &pii.LogOptions{KeyCategories: map[string]pii.Category{"req.client": pii.CategoryIP, "secret": pii.CategorySecret}}
	logger := jsonLogger(t, &buf, nil, opts)
	logger.With("user", newLogUser(), "secret", "s3cr3t-value").
		WithGroup("req").With("client", "not an ip, but under req.client").
		Info("m", "client", "also here", slog.Group("inner", "client", "kept"))
	assert.NotContains(t, buf.String(), "s3cr3t-value")
	assert.NotContains(t, buf.String(), "ann.lee")
	got := lastLine(t, &buf)
	want := map[string]any{
		"level": "INFO", "msg": "m",
		"user": wantUser, "secret": "[REDACTED]",
		"req": map[string]any{"client": "[REDACTED]", "inner": map[string]any{"client": "kept"}},
	}
	// The inner handler holds both "client" attributes of group req; JSON keeps the last.
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("log line mismatch (-want +got):\n%s", diff)
	}
	assert.Equal(t, 2, strings.Count(buf.String(), `"client":"[REDACTED]"`), buf.String())
}

// TestLogHandlerDottedKeys: a configured path matches however its dots are spelled in the
// record: groups, a flat attribute key with dots, or a group name with dots. A value the
// configuration names never goes out in clear because of how it was logged.
func TestLogHandlerDottedKeys(t *testing.T) {
	t.Parallel()
	opts := &pii.LogOptions{KeyCategories: map[string]pii.Category{"user.profile.e-mail": pii.CategoryEmail}}
	tests := []struct {
		name string
		log  func(*slog.Logger)
	}{
		{"groups", func(l *slog.Logger) {
			l.WithGroup("user").Info("m", slog.Group("profile", "e_mail", "ann.lee@example.com"))
		}},
		{"flat key", func(l *slog.Logger) { l.Info("m", "user.profile.email", "ann.lee@example.com") }},
		{"group and dotted key", func(l *slog.Logger) { l.WithGroup("user").Info("m", "Profile.EMail", "ann.lee@example.com") }},
		{"dotted group", func(l *slog.Logger) { l.WithGroup("user.profile").Info("m", "email", "ann.lee@example.com") }},
		{"empty segments", func(l *slog.Logger) { l.Info("m", slog.Group("user.", "profile..email", "ann.lee@example.com")) }},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		tt.log(jsonLogger(t, &buf, nil, opts))
		assert.NotContains(t, buf.String(), "ann.lee", tt.name)
		assert.Contains(t, buf.String(), "***@example.com", tt.name)
	}
	var buf bytes.Buffer
	jsonLogger(t, &buf, nil, opts).Info("m", "user.email", "kept@example.com")
	assert.Contains(t, buf.String(), "kept@example.com", "another path is not matched")
}

func TestLogHandlerIPOptions(t *testing.T) {
	t.Parallel()
	redactIPs, err := pii.NewRedactor(&pii.Options{Overrides: []pii.Override{{Category: pii.CategoryIP, Sink: pii.SinkLog, Treatment: pii.TreatmentRedact}}})
	require.NoError(t, err)
	tests := []struct {
		name string
		r    *pii.Redactor
		opts *pii.LogOptions
		want map[string]any
	}{
		{"default truncates §3.5", nil, nil, map[string]any{"peer": "198.51.100.0", "addr": "198.51.100.0", "ip": "198.51.100.0"}},
		{"override redacts §3.5", redactIPs, nil, map[string]any{"peer": "[REDACTED]", "addr": "[REDACTED]", "ip": "[REDACTED]"}},
		{"keys only §3.5", nil, &pii.LogOptions{KeepIPStrings: true}, map[string]any{"peer": "198.51.100.23", "addr": "198.51.100.0", "ip": "198.51.100.0"}},
		{"values only §3.5", nil, &pii.LogOptions{KeyCategories: map[string]pii.Category{}}, map[string]any{"peer": "198.51.100.0", "addr": "198.51.100.0", "ip": "198.51.100.0"}},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		jsonLogger(t, &buf, tt.r, tt.opts).Info("m", "peer", "198.51.100.23", "addr", netip.MustParseAddr("198.51.100.23"), "ip", "198.51.100.23")
		got := lastLine(t, &buf)
		delete(got, "level")
		delete(got, "msg")
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestLogHandlerDoesNotChangeRecords(t *testing.T) {
	t.Parallel()
	h, err := pii.NewLogHandler(slog.NewJSONHandler(&bytes.Buffer{}, nil), nil, nil)
	require.NoError(t, err)
	u := newLogUser()
	rec := slog.NewRecord(time.Now(), slog.LevelInfo, "m", 0)
	group := []slog.Attr{slog.String("password", "hunter2-Correct")}
	rec.AddAttrs(slog.Any("user", &u), slog.Attr{Key: "g", Value: slog.GroupValue(group...)})
	require.NoError(t, h.Handle(context.Background(), rec))
	assert.Equal(t, newLogUser(), u, "the logged value is not changed")
	assert.Equal(t, "hunter2-Correct", group[0].Value.String(), "the caller's group is not changed")
	var keys []string
	for a := range rec.Attrs {
		keys = append(keys, a.Key)
	}
	assert.Equal(t, []string{"user", "g"}, keys)
}

// fakeScanner stands in for the free-text scanner behind LogOptions.Text.
type fakeScanner struct{}

func (fakeScanner) RedactString(s string) string {
	return strings.ReplaceAll(s, "ann.lee@example.com", "[EMAIL]")
}

type panickingScanner struct{}

func (panickingScanner) RedactString(string) string { panic("scanner bug") }

func TestLogHandlerText(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	logger := jsonLogger(t, &buf, nil, &pii.LogOptions{Text: fakeScanner{}})
	logger.Info("mail to ann.lee@example.com failed", "detail", "bounce from ann.lee@example.com",
		"err", errors.New("smtp: ann.lee@example.com: mailbox full"))
	assert.NotContains(t, buf.String(), "ann.lee")
	got := lastLine(t, &buf)
	assert.Equal(t, "mail to [EMAIL] failed", got["msg"])
	assert.Equal(t, "bounce from [EMAIL]", got["detail"])
	assert.Equal(t, "smtp: [EMAIL]: mailbox full", got["err"])

	buf.Reset()
	logger = jsonLogger(t, &buf, nil, &pii.LogOptions{Text: panickingScanner{}})
	require.NotPanics(t, func() { logger.Info("mail to ann.lee@example.com", "detail", "ann.lee@example.com") })
	assert.NotContains(t, buf.String(), "ann.lee", "a failing scanner fails closed")
}

// TestLogHandlerUsesTheRedactorsMarkers: whatever the log side redacts to the marker (a
// value with no text under a credential key, a type with an invalid tag, a panicking
// LogValuer) shows the Redactor's marker (Options.Marker), as a redacted struct would.
func TestLogHandlerUsesTheRedactorsMarkers(t *testing.T) {
	t.Parallel()
	r, err := pii.NewRedactor(&pii.Options{Marker: func(c pii.Category) string { return "<" + c.String() + ">" }})
	require.NoError(t, err)
	var buf bytes.Buffer
	jsonLogger(t, &buf, r, nil).Info("m", "password", []int{1, 2}, "bad", badTag{Email: "ann.lee@example.com"},
		"p", panicker{}, "user", newLogUser())
	got := lastLine(t, &buf)
	assert.Equal(t, "<password>", got["password"], "§17")
	assert.Equal(t, "<Category(0)>", got["bad"])
	assert.Equal(t, "<Category(0)>", got["p"])
	assert.Equal(t, "<password>", got["user"].(map[string]any)["Password"])
	assert.NotContains(t, buf.String(), "ann.lee")
}

// TestLogHandlerManyAttrs: attributes are redacted in batches; a record with more attributes
// than a batch keeps them all, in order.
func TestLogHandlerManyAttrs(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	args := []any{}
	for i := range 20 {
		args = append(args, fmt.Sprintf("k%02d", i), fmt.Sprintf("198.51.100.%d", i+1))
	}
	jsonLogger(t, &buf, nil, nil).Info("m", args...)
	out := buf.String()
	last := 0
	for i := range 20 {
		at := strings.Index(out, fmt.Sprintf(`"k%02d":"198.51.100.0"`, i))
		require.Greater(t, at, last, "attribute %d, in order and redacted (§3.5)", i)
		last = at
	}
}

// userNotFound is an error type that carries personal data in a tagged field.
type userNotFound struct {
	Email string `pii:"email"`
}

func (e *userNotFound) Error() string { return "no user " + e.Email }

// TestLogHandlerErrors: an error logs as its text, the form handlers print it in. A view of
// the error value would zero the unexported fields its Error method reads (the message of
// errors.New and fmt.Errorf), so it would log as "". An error type with pii tags logs the
// text of its view, with the fields treated.
func TestLogHandlerErrors(t *testing.T) {
	t.Parallel()
	tagged := &userNotFound{Email: "ann.lee@example.com"}
	for _, tt := range []struct {
		name string
		opts *pii.LogOptions
		err  error
		want string
	}{
		{"errors.New", nil, errors.New("disk full"), "disk full"},
		{"fmt.Errorf with %w", nil, fmt.Errorf("saving: %w", errors.New("disk full")), "saving: disk full"},
		{"tagged error type", nil, tagged, "no user ***@example.com"},
		{"tagged error type and Text", &pii.LogOptions{Text: fakeScanner{}}, tagged, "no user ***@example.com"},
		{"free text through Text", &pii.LogOptions{Text: fakeScanner{}}, errors.New("mail to ann.lee@example.com"), "mail to [EMAIL]"},
		{"invalid tags fail closed", nil, badTagError{Email: "ann.lee@example.com"}, "[REDACTED]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, mk := range []func(io.Writer) slog.Handler{
				func(w io.Writer) slog.Handler { return slog.NewJSONHandler(w, nil) },
				func(w io.Writer) slog.Handler { return slog.NewTextHandler(w, nil) },
			} {
				var buf bytes.Buffer
				h, err := pii.NewLogHandler(mk(&buf), nil, tt.opts)
				require.NoError(t, err)
				slog.New(h).Error("failed", "err", tt.err)
				assert.Contains(t, buf.String(), tt.want)
				assert.NotContains(t, buf.String(), "ann.lee")
			}
		})
	}
	assert.Equal(t, "ann.lee@example.com", tagged.Email, "the logged error is not changed")
}

type badTagError struct {
	Email string `pii:"emial"`
}

func (e badTagError) Error() string { return "bad " + e.Email }

func TestNewLogHandlerErrors(t *testing.T) {
	t.Parallel()
	_, err := pii.NewLogHandler(nil, nil, nil)
	require.ErrorIs(t, err, pii.ErrNoHandler)

	var optErr *pii.LogOptionError
	_, err = pii.NewLogHandler(slog.DiscardHandler, nil, &pii.LogOptions{KeyCategories: map[string]pii.Category{"ip": 0}})
	require.ErrorAs(t, err, &optErr)
	assert.Equal(t, "ip", optErr.Key)
	assert.ErrorIs(t, err, pii.ErrInvalidOption)
	_, err = pii.ReplaceAttr(nil, &pii.LogOptions{KeyCategories: map[string]pii.Category{"-_": pii.CategoryIP}})
	require.ErrorAs(t, err, &optErr)

	h, err := pii.NewLogHandler(slog.DiscardHandler, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, slog.DiscardHandler, h.Handler())
	assert.False(t, h.Enabled(context.Background(), slog.LevelError))
}

func TestDefaultKeyCategories(t *testing.T) {
	t.Parallel()
	m := pii.DefaultKeyCategories()
	assert.Equal(t, pii.CategoryIP, m["client_ip"], "§3.5")
	assert.Equal(t, pii.CategoryPassword, m["password"], "§17")
	m["client_ip"] = pii.CategoryName
	assert.Equal(t, pii.CategoryIP, pii.DefaultKeyCategories()["client_ip"], "each call returns a fresh map")

	// Every default key is matched, in any case and with '-' for '_'.
	replace, err := pii.ReplaceAttr(nil, nil)
	require.NoError(t, err)
	values := map[pii.Category]string{pii.CategoryIP: "198.51.100.23", pii.CategoryEmail: "ann@example.com", pii.CategoryPhone: "+91 98765 43210"}
	for k, c := range pii.DefaultKeyCategories() {
		v, ok := values[c]
		if !ok {
			v = "hunter2-xyz" // §17: credentials
		}
		for _, key := range []string{k, strings.ToUpper(k), strings.ReplaceAll(k, "_", "-")} {
			got := replace(nil, slog.String(key, v)).Value.String()
			assert.NotEqual(t, v, got, "key %q (%s) is not treated", key, c)
		}
	}
}

// TestLogHandlerConcurrent logs through one handler tree from many goroutines under -race.
func TestLogHandlerConcurrent(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var buf bytes.Buffer
	h, err := pii.NewLogHandler(slog.NewJSONHandler(lockedWriter{&mu, &buf}, nil), nil, nil)
	require.NoError(t, err)
	base := slog.New(h).With("svc", "api")
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			l := base.WithGroup(fmt.Sprintf("g%d", g)).With("user", newLogUser())
			for range 50 {
				u := newLogUser()
				l.Info("m", "u", &u, "ip", "198.51.100.23", "pw", pii.NewSecret("hunter2-Correct"))
			}
		})
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, 400, strings.Count(buf.String(), "\n"))
	for _, leak := range []string{"ann.lee", "hunter2", "198.51.100.23"} {
		assert.NotContains(t, buf.String(), leak)
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *bytes.Buffer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

type groupLogger struct{ u logUser }

func (g groupLogger) LogValue() slog.Value {
	return slog.GroupValue(slog.Any("user", g.u), slog.String("password", g.u.Password), slog.String("from", g.u.LastIP))
}

func TestReplaceAttr(t *testing.T) {
	t.Parallel()
	replace, err := pii.ReplaceAttr(nil, nil)
	require.NoError(t, err)
	for _, mk := range []func(*bytes.Buffer, *slog.HandlerOptions) slog.Handler{
		func(b *bytes.Buffer, o *slog.HandlerOptions) slog.Handler { return slog.NewJSONHandler(b, o) },
		func(b *bytes.Buffer, o *slog.HandlerOptions) slog.Handler { return slog.NewTextHandler(b, o) },
	} {
		var buf bytes.Buffer
		logger := slog.New(mk(&buf, &slog.HandlerOptions{ReplaceAttr: replace, AddSource: true}))
		logger.With("password", "hunter2-Correct").Info("m", "user", newLogUser(), "peer", "198.51.100.23", "g", groupLogger{newLogUser()})
		out := buf.String()
		for _, leak := range []string{"ann.lee", "hunter2", "198.51.100.23", "prefers-evenings"} {
			assert.NotContains(t, out, leak)
		}
		assert.Contains(t, out, "***@example.com")
		assert.Contains(t, out, "level")
		assert.Contains(t, out, "loghandler_test.go", "the handler's own attributes are kept")
	}
}

// TestReplaceAttrGroup is golang/go#62731: ReplaceAttr is documented never to see a group,
// yet handlers pass one when a LogValuer resolves to a group. The function must redact
// everything inside it.
func TestReplaceAttrGroup(t *testing.T) {
	t.Parallel()
	replace, err := pii.ReplaceAttr(nil, nil)
	require.NoError(t, err)
	a := replace([]string{"outer"}, slog.Any("g", groupLogger{newLogUser()}))
	require.Equal(t, slog.KindGroup, a.Value.Kind())
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: noTime})).Info("m", a)
	got := lastLine(t, &buf)
	want := map[string]any{"level": "INFO", "msg": "m", "g": map[string]any{"user": wantUser, "password": "[REDACTED]", "from": "198.51.100.0"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReplaceAttr(group) mismatch (-want +got):\n%s", diff)
	}
	resolved := replace(nil, slog.Attr{Key: "g", Value: groupLogger{newLogUser()}.LogValue()})
	assert.NotContains(t, fmt.Sprint(resolved), "hunter2")
}

var _ pii.TextRedactor = (*pii.Scanner)(nil)

// TestLogHandlerWithScanner plugs the package's free-text Scanner into the handler: personal
// data in messages, string values and errors gets the same log treatment as a tagged field.
func TestLogHandlerWithScanner(t *testing.T) {
	t.Parallel()
	r, err := pii.NewRedactor(nil)
	require.NoError(t, err)
	sc, err := pii.NewScanner(r, nil)
	require.NoError(t, err)
	var buf bytes.Buffer
	logger := jsonLogger(t, &buf, r, &pii.LogOptions{Text: sc})
	logger.Info("reset link sent to ann.lee@example.com", "note", "card 4111 1111 1111 1111 declined",
		"err", errors.New("smtp 550: ann.lee@example.com unknown"))
	for _, leak := range []string{"ann.lee@", "4111 1111 1111 1111", "4111111111111111"} {
		assert.NotContains(t, buf.String(), leak)
	}
	got := lastLine(t, &buf)
	assert.Equal(t, "reset link sent to ***@example.com", got["msg"])
	assert.Equal(t, "smtp 550: ***@example.com unknown", got["err"])
}
