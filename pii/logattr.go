package pii

import (
	"log/slog"
	"net"
	"net/netip"
	"reflect"
	"strconv"
	"strings"
)

// maxLogDepth bounds how deep the log redaction descends into groups, structs and pointers.
// Deeper values are replaced by the marker, so a LogValuer that builds an endless chain of
// groups, or a pointer cycle, cannot exhaust the stack.
const maxLogDepth = 64

// logRedactor is the redaction shared by [LogHandler] and [ReplaceAttr]. It is immutable.
type logRedactor struct {
	r         *Redactor
	keys      map[string]Category // normalized attribute key or dotted path → category
	paths     bool                // keys holds at least one dotted path
	ipStrings bool                // treat strings that parse as IP addresses as CategoryIP
	text      TextRedactor

	// keyFilter is a one-hash Bloom filter over the normalized keys (see keyBit): most
	// attribute keys fail it and skip the map lookup.
	keyFilter [64]uint64
}

func newLogRedactor(r *Redactor, opts *LogOptions) (*logRedactor, error) {
	if r == nil {
		var err error
		if r, err = NewRedactor(nil); err != nil {
			return nil, err
		}
	}
	if opts == nil {
		opts = &LogOptions{}
	}
	lr := &logRedactor{r: r, ipStrings: !opts.KeepIPStrings, text: opts.Text}
	keys := opts.KeyCategories
	if keys == nil {
		keys = DefaultKeyCategories()
	}
	lr.keys = make(map[string]Category, len(keys))
	for k, c := range keys {
		if !c.Valid() {
			return nil, &LogOptionError{Key: k, Reason: "invalid category " + c.String()}
		}
		n := string(appendNormPath(nil, k))
		if n == "" {
			return nil, &LogOptionError{Key: k, Reason: "the key is empty once normalized"}
		}
		lr.keys[n] = c
		if strings.Contains(n, ".") {
			lr.paths = true
		} else {
			i := keyBit([]byte(n))
			lr.keyFilter[i/64] |= 1 << (i % 64)
		}
	}
	return lr, nil
}

// attr returns a with its value redacted. It never panics: if anything inside fails, the
// attribute's value becomes the marker.
func (lr *logRedactor) attr(groups []string, a slog.Attr, depth int) slog.Attr {
	if c, ok := lr.keyCategory(groups, a.Key); ok {
		return lr.guarded(groups, a, c, depth)
	}
	switch a.Value.Kind() {
	case slog.KindInt64, slog.KindUint64, slog.KindFloat64, slog.KindBool, slog.KindDuration, slog.KindTime:
		return a
	case slog.KindString:
		a.Value = lr.str(a.Value.String(), a.Value)
		return a
	}
	return lr.guarded(groups, a, 0, depth)
}

// guarded redacts a, as a value of category c if c is valid; a panic anywhere below makes
// the value the marker.
func (lr *logRedactor) guarded(groups []string, a slog.Attr, c Category, depth int) (out slog.Attr) {
	defer func() {
		if recover() != nil {
			out = slog.Attr{Key: a.Key, Value: lr.marker(c)}
		}
	}()
	v, ok := resolve(a.Value)
	if !ok {
		a.Value = lr.marker(c)
		return a
	}
	if c.Valid() {
		a.Value = lr.asCategory(c, v, depth)
	} else {
		a.Value = lr.value(groups, a.Key, v, depth)
	}
	return a
}

// maxResolve bounds the LogValue calls resolve makes, as slog.Value.Resolve bounds its own.
const maxResolve = 100

// resolve calls LogValue until the value is no LogValuer, as slog.Value.Resolve does, and
// reports false if that takes more than maxResolve calls. Unlike Resolve it lets a panic
// through, to guarded, which logs the marker: Resolve would turn the panic into an error
// value holding a stack trace, which the log line would then show.
func resolve(v slog.Value) (slog.Value, bool) {
	for range maxResolve {
		if v.Kind() != slog.KindLogValuer {
			return v, true
		}
		v = v.LogValuer().LogValue()
	}
	return v, v.Kind() != slog.KindLogValuer
}

// value redacts a resolved value logged under key, inside groups.
func (lr *logRedactor) value(groups []string, key string, v slog.Value, depth int) slog.Value {
	switch v.Kind() {
	case slog.KindString:
		return lr.str(v.String(), v)
	case slog.KindInt64, slog.KindUint64, slog.KindFloat64, slog.KindBool, slog.KindDuration, slog.KindTime:
		return v
	case slog.KindGroup:
		if depth >= maxLogDepth {
			return lr.marker(0)
		}
		as := v.Group()
		inner := groups
		if lr.paths && key != "" {
			inner = append(groups[:len(groups):len(groups)], key)
		}
		out := make([]slog.Attr, len(as))
		for i, a := range as {
			out[i] = lr.attr(inner, a, depth+1)
		}
		return slog.GroupValue(out...)
	case slog.KindAny:
		return lr.any(v, depth)
	default:
		// A LogValuer cannot be left after Resolve; any other kind is one this code does not
		// know, so it is redacted (fail closed) rather than passed through.
		return lr.marker(0)
	}
}

// marker is the log value of anything of category c redacted to the marker: the Redactor's
// marker for c, or for untagged data if c is 0, so that log lines show the same markers
// as redacted structs (see Options.Marker).
func (lr *logRedactor) marker(c Category) slog.Value { return slog.StringValue(lr.r.Marker(c)) }

// str handles a string value: an IP address is treated as one (§3.5), other text goes
// through the TextRedactor if there is one. orig is returned when nothing changes.
func (lr *logRedactor) str(s string, orig slog.Value) slog.Value {
	if lr.ipStrings && looksLikeIP(s) {
		return slog.StringValue(lr.r.RedactString(SinkLog, CategoryIP, s))
	}
	if lr.text != nil && s != "" {
		return slog.StringValue(lr.safeText(s))
	}
	return orig
}

// any handles a value of kind Any: typed PII values, addresses, errors, and everything the
// struct engine knows.
func (lr *logRedactor) any(v slog.Value, depth int) slog.Value {
	x := v.Any()
	if s, ok := ipText(x); ok {
		return slog.StringValue(lr.r.RedactString(SinkLog, CategoryIP, s))
	}
	switch t := x.(type) {
	case nil, *slog.Source, slog.Level:
		return v
	case loggedValue:
		if s, ok := t.text(); ok {
			return slog.StringValue(lr.r.RedactString(SinkLog, t.category, s))
		}
		return lr.marker(t.category)
	case error:
		return lr.errorText(t)
	}
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.String:
		if lr.ipStrings && looksLikeIP(rv.String()) {
			return slog.StringValue(lr.r.RedactString(SinkLog, CategoryIP, rv.String()))
		}
		if lr.text == nil {
			return v
		}
		return slog.StringValue(lr.safeText(rv.String()))
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return v
	}
	return lr.structured(x)
}

// asCategory treats a value logged under a key of category c (see LogOptions.KeyCategories):
// its text gets the category's log treatment; a group has every value inside treated; a
// value with no text form becomes the marker.
func (lr *logRedactor) asCategory(c Category, v slog.Value, depth int) slog.Value {
	switch v.Kind() {
	case slog.KindString:
		return slog.StringValue(lr.r.RedactString(SinkLog, c, v.String()))
	case slog.KindInt64, slog.KindUint64, slog.KindFloat64, slog.KindBool, slog.KindDuration, slog.KindTime:
		return slog.StringValue(lr.r.RedactString(SinkLog, c, v.String()))
	case slog.KindGroup:
		if depth >= maxLogDepth {
			return lr.marker(c)
		}
		as := v.Group()
		out := make([]slog.Attr, len(as))
		for i, a := range as {
			v, ok := resolve(a.Value)
			if !ok {
				v = lr.marker(c)
			}
			out[i] = slog.Attr{Key: a.Key, Value: lr.asCategory(c, v, depth+1)}
		}
		return slog.GroupValue(out...)
	case slog.KindAny:
		if s, ok := ipText(v.Any()); ok {
			return slog.StringValue(lr.r.RedactString(SinkLog, c, s))
		}
		switch t := v.Any().(type) {
		case loggedValue:
			if s, ok := t.text(); ok {
				return slog.StringValue(lr.r.RedactString(SinkLog, c, s))
			}
		case []byte:
			return slog.StringValue(lr.r.RedactString(SinkLog, c, string(t)))
		}
		if rv := reflect.ValueOf(v.Any()); rv.Kind() == reflect.String {
			return slog.StringValue(lr.r.RedactString(SinkLog, c, rv.String()))
		}
	}
	return lr.marker(c)
}

// ipText returns the text of a typed network address.
func ipText(x any) (string, bool) {
	switch t := x.(type) {
	case netip.Addr:
		return t.String(), t.IsValid()
	case netip.AddrPort:
		return t.Addr().String(), t.IsValid()
	case netip.Prefix:
		return t.Addr().String(), t.IsValid()
	case net.IP:
		return t.String(), len(t) > 0
	case *net.IPAddr:
		if t != nil && len(t.IP) > 0 {
			return t.IP.String(), true
		}
	case *net.TCPAddr:
		if t != nil && len(t.IP) > 0 {
			return t.IP.String(), true
		}
	case *net.UDPAddr:
		if t != nil && len(t.IP) > 0 {
			return t.IP.String(), true
		}
	}
	return "", false
}

// looksLikeIP reports whether s is an IP address, with or without a port or zone:
// "203.0.113.7", "2001:db8::1", "203.0.113.7:443", "[2001:db8::1]:443". Most strings fail a
// byte scan before any parsing.
func looksLikeIP(s string) bool {
	if len(s) < 2 || len(s) > 64 {
		return false
	}
	sep := false
scan:
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.' || c == ':':
			sep = true
		case c == '%': // an IPv6 zone may hold anything
			break scan
		case '0' <= c && c <= '9', 'a' <= c && c <= 'f', 'A' <= c && c <= 'F', c == '[', c == ']':
		default:
			return false
		}
	}
	if !sep {
		return false
	}
	_, ok := parseIP(s) // the parser the IP mask uses
	return ok
}

// keyCategory reports the category configured for an attribute key, matched on the key alone
// and, if dotted paths are configured, on the path of open groups and the key (a dot in a
// group name or in the key separates segments, as in a configured path).
func (lr *logRedactor) keyCategory(groups []string, key string) (Category, bool) {
	if len(lr.keys) == 0 || key == "" {
		return 0, false
	}
	var buf [64]byte
	if k := appendNormKey(buf[:0], key); len(k) > 0 && lr.keyFilter[keyBit(k)/64]&(1<<(keyBit(k)%64)) != 0 {
		if c, ok := lr.keys[string(k)]; ok {
			return c, true
		}
	}
	if !lr.paths || len(groups) == 0 && strings.IndexByte(key, '.') < 0 {
		return 0, false
	}
	// The path: the open groups and the key, whose own dots separate segments too, so that
	// "user.email" logged flat matches the configured path "user.email".
	p := buf[:0]
	for _, g := range groups {
		p = appendNormPath(p, g)
	}
	c, ok := lr.keys[string(appendNormPath(p, key))]
	return c, ok
}

// keyBit is the filter bit of a non-empty normalized key, from its length and its first,
// middle and last bytes.
func keyBit(k []byte) uint {
	h := uint(len(k))*0x9e37 ^ uint(k[0])*0x85eb ^ uint(k[len(k)-1])*0xc2b2 ^ uint(k[len(k)/2])*0x27d4
	return (h ^ h>>7) % 4096
}

// appendNormKey appends the normalized form of one key: ASCII letters in lower case, without
// '-', '_', ' ' and '.', so "X-Forwarded-For", "x_forwarded_for" and "xForwardedFor" match.
func appendNormKey(b []byte, key string) []byte {
	for i := 0; i < len(key); i++ {
		switch c := key[i]; {
		case c == '-' || c == '_' || c == ' ' || c == '.':
		case 'A' <= c && c <= 'Z':
			b = append(b, c+('a'-'A'))
		default:
			b = append(b, c)
		}
	}
	return b
}

// appendNormPath appends path, a configured key or a logged group or key that may hold dots,
// normalized segment by segment and joined to b with a dot; it allocates only if b is full.
func appendNormPath(b []byte, path string) []byte {
	for seg := range strings.SplitSeq(path, ".") {
		sep := len(b)
		if sep > 0 {
			b = append(b, '.')
		}
		start := len(b)
		if b = appendNormKey(b, seg); len(b) == start {
			b = b[:sep] // a segment that normalizes to nothing counts for nothing
		}
	}
	return b
}

// LogOptionError reports an invalid entry in [LogOptions.KeyCategories]. It names the key
// (configuration, not data), and matches [ErrInvalidOption].
type LogOptionError struct {
	// Key is the entry's key as given.
	Key string
	// Reason says what is wrong, in words.
	Reason string
}

// Error returns the key and the reason.
func (e *LogOptionError) Error() string {
	return "pii: log option key " + strconv.Quote(e.Key) + ": " + e.Reason
}

// Is reports whether target is [ErrInvalidOption].
func (e *LogOptionError) Is(target error) bool { return target == ErrInvalidOption }
