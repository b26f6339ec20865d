package pii

import (
	"context"
	"errors"
	"log/slog"
	"slices"
)

// TextRedactor redacts personal data found in free text. A [LogHandler] or a [ReplaceAttr]
// function given one in [LogOptions.Text] passes it every log message, every string value
// that no other rule treated, and the text of every error value. The package's free-text
// scanner implements it; so can any func-like adapter.
//
// RedactString must return its input unchanged when it finds nothing, must never return the
// personal data it found, and must be safe for concurrent use. If it panics, the text it was
// given is replaced by the marker.
type TextRedactor interface {
	RedactString(s string) string
}

// LogOptions configures a [LogHandler] and [ReplaceAttr]. A nil *LogOptions, and the zero
// LogOptions, give the defaults. The constructors copy KeyCategories; changing LogOptions
// afterwards has no effect on them.
type LogOptions struct {
	// KeyCategories names attribute keys whose values are personal data of a category,
	// whatever their type: such a value gets the category's log treatment from the
	// Redactor, as a tagged field would. Keys match without regard to case, '-', '_' and
	// spaces ("X-Forwarded-For" matches "x_forwarded_for"), on the attribute's own key; a
	// key with dots ("request.ip") matches the path of open groups and the key, where a dot
	// in a group name or in the attribute's key also separates segments. Inside a
	// logged struct, pii tags decide, not field names.
	//
	// Nil means [DefaultKeyCategories]: common names of IP address keys (§3.5), password and
	// other credential keys (§17), e-mail and phone keys. An empty, non-nil map matches
	// nothing.
	KeyCategories map[string]Category

	// KeepIPStrings turns off the default treatment of attribute values that are strings
	// holding an IP address ("203.0.113.7", "2001:db8::1", "203.0.113.7:443"), whatever
	// their key, as [CategoryIP] (§3.5). Attribute values of the address types
	// (netip.Addr, netip.AddrPort, netip.Prefix, net.IP, *net.IPAddr, *net.TCPAddr,
	// *net.UDPAddr) are always treated as IP addresses. Inside a logged struct, pii tags
	// decide.
	//
	// The treatment itself is the Redactor's for CategoryIP in SinkLog: truncation to the
	// network (/24 or /48 by default, see [Options.IPv4PrefixLen]), or, with an
	// [Options.Overrides] entry {CategoryIP, SinkLog, TreatmentRedact}, the marker.
	KeepIPStrings bool

	// Text, if not nil, redacts personal data in free text: messages, string values and
	// error texts. Nil means free text is logged as it is (struct fields, typed values,
	// keys and IP addresses are still treated).
	Text TextRedactor
}

// DefaultKeyCategories returns the attribute keys [LogOptions] treats by default: IP address
// keys (§3.5), passwords and other credentials (§17), e-mail addresses and phone numbers.
// It returns a new map on each call, which callers may change and pass as
// [LogOptions.KeyCategories].
func DefaultKeyCategories() map[string]Category {
	m := map[string]Category{}
	for _, k := range []string{"ip", "ip_address", "client_ip", "remote_ip", "remote_addr", "peer_ip",
		"source_ip", "src_ip", "user_ip", "real_ip", "x_real_ip", "x_forwarded_for", "forwarded_for"} {
		m[k] = CategoryIP
	}
	for _, k := range []string{"password", "passwd", "new_password", "old_password", "passphrase"} {
		m[k] = CategoryPassword
	}
	for _, k := range []string{"secret", "client_secret", "token", "access_token", "refresh_token", "id_token",
		"api_key", "authorization", "cookie", "set_cookie", "session_id", "private_key"} {
		m[k] = CategorySecret
	}
	for _, k := range []string{"email", "email_address"} {
		m[k] = CategoryEmail
	}
	for _, k := range []string{"phone", "phone_number", "mobile"} {
		m[k] = CategoryPhone
	}
	return m
}

// ErrNoHandler is returned by [NewLogHandler] given a nil next handler.
var ErrNoHandler = errors.New("pii: nil slog.Handler")

// LogHandler is a [slog.Handler] that redacts personal data in every record, and in every
// attribute given to WithAttrs, before passing them to the handler it wraps:
//
//   - a struct, pointer, slice, map or interface value is logged as a copy made by the
//     Redactor for [SinkLog]: tagged fields are treated exactly as [Redactor.Redact] treats
//     them, unexported fields are zero, and the copy prints as the original would (through
//     the wrapped handler, and its type's MarshalJSON or String methods if it has them);
//     parts that need no treatment are shared with the original rather than copied;
//   - a [Value] gets its category's log treatment, a [Secret] logs as the marker;
//   - values under keys of [LogOptions.KeyCategories] get their category's treatment;
//   - IP addresses are truncated or redacted (§3.5), see [LogOptions.KeepIPStrings];
//   - an error logs as its text, as handlers print errors; an error type with pii tags
//     logs the text of its treated copy;
//   - free text (the message, strings no other rule treated, error texts) goes through
//     [LogOptions.Text], if set.
//
// LogValuers are resolved first, groups are walked to any depth (up to a bound, beyond which
// values become the marker), and records are copied, never changed. A value that cannot be
// redacted safely (an invalid tag, an unsupported type, a panic in a LogValuer or a
// TextRedactor) is logged as the marker: the handler never panics and never fails open.
//
// A LogHandler is immutable and safe for concurrent use, as slog requires of handlers.
type LogHandler struct {
	next   slog.Handler
	lr     *logRedactor
	groups []string // groups opened by WithGroup, for KeyCategories paths
}

// NewLogHandler returns a LogHandler that redacts with r and passes records to next. A nil r
// means a Redactor with the default [Options]; opts may be nil. It returns [ErrNoHandler] for
// a nil next, and a [*LogOptionError] for an invalid [LogOptions.KeyCategories] entry.
func NewLogHandler(next slog.Handler, r *Redactor, opts *LogOptions) (*LogHandler, error) {
	if next == nil {
		return nil, ErrNoHandler
	}
	lr, err := newLogRedactor(r, opts)
	if err != nil {
		return nil, err
	}
	return &LogHandler{next: next, lr: lr}, nil
}

// Handler returns the handler h wraps.
func (h *LogHandler) Handler() slog.Handler { return h.next }

// Enabled reports whether the wrapped handler handles records at level.
func (h *LogHandler) Enabled(ctx context.Context, level slog.Level) bool {
	return h.next.Enabled(ctx, level)
}

// Handle passes a redacted copy of rec to the wrapped handler; rec is not changed.
func (h *LogHandler) Handle(ctx context.Context, rec slog.Record) error {
	msg := rec.Message
	if h.lr.text != nil {
		msg = h.lr.safeText(msg)
	}
	out := slog.NewRecord(rec.Time, rec.Level, msg, rec.PC)
	// Redacted attributes are added in batches: one AddAttrs per attribute costs more.
	var batch [8]slog.Attr
	as := batch[:0]
	for a := range rec.Attrs {
		if len(as) == len(batch) {
			out.AddAttrs(as...)
			as = as[:0]
		}
		as = append(as, h.lr.attr(h.groups, a, 0))
	}
	out.AddAttrs(as...)
	return h.next.Handle(ctx, out)
}

// WithAttrs returns a LogHandler whose wrapped handler has the redacted attrs. The wrapped
// handler never sees them in clear, even if it formats them in advance.
func (h *LogHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	if len(attrs) == 0 {
		return h
	}
	red := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		red[i] = h.lr.attr(h.groups, a, 0)
	}
	return &LogHandler{next: h.next.WithAttrs(red), lr: h.lr, groups: h.groups}
}

// WithGroup returns a LogHandler whose wrapped handler opens the group name.
func (h *LogHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	return &LogHandler{next: h.next.WithGroup(name), lr: h.lr, groups: append(slices.Clip(h.groups), name)}
}

// safeText passes s through the TextRedactor, or returns the marker if it panics.
func (lr *logRedactor) safeText(s string) (out string) {
	defer func() {
		if recover() != nil {
			out = lr.r.Marker(0)
		}
	}()
	return lr.text.RedactString(s)
}
