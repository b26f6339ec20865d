package pii

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strconv"
)

// Options configures a [Redactor]. A nil *Options, and the zero Options, give the defaults:
// the Clootrack policy's treatments ([Category.Treatment]), the marker "[REDACTED]", IP
// addresses masked to /24 (IPv4) and /48 (IPv6), untagged fields kept, and no keys, so that
// [TreatmentPseudonym] and [TreatmentSeal] fall back to the marker (fail closed).
//
// [NewRedactor] copies what it needs; changing Options afterwards, even while the Redactor
// is in use, has no effect on it.
type Options struct {
	// PseudonymKeys are the HMAC-SHA256 keys for [TreatmentPseudonym]. PseudonymKeys[0] is
	// the active key, which makes new pseudonyms; the others are older keys, kept during a
	// rotation so [Redactor.MatchPseudonym] still recognizes their tokens. Each key must be
	// valid (see [Key]); services that must join pseudonyms share the same keys.
	PseudonymKeys []Key

	// Sealer seals values for [TreatmentSeal] and opens them in [Redactor.Open]. Use
	// [NewAESSealer] for AES-256-GCM with rotating keys. Nil means seal falls back to the
	// marker and Open fails with [ErrNoKey].
	Sealer Sealer

	// Overrides replace the policy's default treatment of a category in a sink, for example
	// to redact IP addresses in logs rather than truncate them (§3.5). A struct tag's own
	// option for a sink still takes precedence over an override. [NewRedactor] rejects an
	// override the policy forbids ([CheckTreatment]).
	Overrides []Override

	// RedactUntagged treats every field without a pii tag as personal data of an unknown
	// category, which is redacted in every sink: strings become the marker, other values
	// their zero value. Fields tagged pii:"-" and everything inside them are kept (except
	// fields with a category tag of their own). Map keys are never redacted by this option.
	RedactUntagged bool

	// Marker returns the text that replaces a redacted string of category c; c is 0 for
	// untagged data redacted by RedactUntagged. Nil means "[REDACTED]" for every category;
	// [TypedMarker] gives "[EMAIL]", "[CARD]", ... [NewRedactor] calls it once per category.
	Marker func(c Category) string

	// IPv4PrefixLen and IPv6PrefixLen are the network prefixes an IP address keeps when
	// masked (§3.5). Zero means 24 and 48. IPv4PrefixLen must be at most 24, IPv6PrefixLen at
	// most 64, so that a masked address never identifies a single host.
	IPv4PrefixLen, IPv6PrefixLen int
}

// Format implements [fmt.Formatter]: every verb prints the ids of the keys and what else is
// set, never a key's secret. (Without it, fmt would print the keys' secrets through a pointer
// under a verb such as %s, where it stops calling the methods of the fields it prints.)
func (o Options) Format(f fmt.State, verb rune) {
	b := []byte("pii.Options{PseudonymKeys:[")
	for i, k := range o.PseudonymKeys {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendQuote(b, k.ID)
	}
	b = append(b, "] Sealer:"...)
	b = strconv.AppendBool(b, o.Sealer != nil)
	b = append(b, " Overrides:"...)
	b = strconv.AppendInt(b, int64(len(o.Overrides)), 10)
	b = append(b, " RedactUntagged:"...)
	b = strconv.AppendBool(b, o.RedactUntagged)
	b = append(b, " Marker:"...)
	b = strconv.AppendBool(b, o.Marker != nil)
	b = append(b, " IPv4PrefixLen:"...)
	b = strconv.AppendInt(b, int64(o.IPv4PrefixLen), 10)
	b = append(b, " IPv6PrefixLen:"...)
	b = strconv.AppendInt(b, int64(o.IPv6PrefixLen), 10)
	_, _ = f.Write(append(b, '}'))
}

// Override sets the treatment of one category in one sink. See [Options.Overrides]. It is a
// plain value.
type Override struct {
	Category  Category
	Sink      Sink
	Treatment Treatment
}

// Key is a named secret key: for pseudonyms (HMAC-SHA256) in [Options.PseudonymKeys], and for
// sealing (AES-256-GCM) in [NewAESSealer].
//
// ID names the key inside every token it makes, so that keys can rotate: 1 to 32 characters
// from A-Z, a-z, 0-9, '.', '_' and '-'. Secret must hold at least 32 random bytes; AES-256
// needs exactly 32. Errors about a key name its ID, never its secret. The constructors that
// take a Key copy its secret, so the caller may clear it afterwards.
//
// A Key prints, logs and encodes as its ID only: its [Key.Format], [Key.LogValue] and
// [Key.MarshalJSON] never show the secret, so an Options or a Key that reaches a log line
// or a debug dump does not give the key away.
type Key struct {
	ID     string
	Secret []byte
}

// keySummary is what a Key shows of itself: its id, and whether it holds a secret.
func (k Key) keySummary() (id, secret string) {
	if len(k.Secret) == 0 {
		return k.ID, "none"
	}
	return k.ID, defaultMarker
}

// Format implements [fmt.Formatter]: every verb prints the id and the marker in place of
// the secret.
func (k Key) Format(f fmt.State, verb rune) {
	id, secret := k.keySummary()
	_, _ = io.WriteString(f, "pii.Key{ID:"+strconv.Quote(id)+" Secret:"+secret+"}")
}

// LogValue implements [slog.LogValuer]: the id and the marker in place of the secret.
func (k Key) LogValue() slog.Value {
	id, secret := k.keySummary()
	return slog.GroupValue(slog.String("ID", id), slog.String("Secret", secret))
}

// MarshalJSON encodes the id and the marker in place of the secret. Keys come from a secret
// manager, never from a JSON round trip: a Key decoded from this output has no valid secret
// and is refused by the constructors.
func (k Key) MarshalJSON() ([]byte, error) {
	id, secret := k.keySummary()
	return json.Marshal(struct{ ID, Secret string }{id, secret})
}

const (
	minKeyLen   = 32
	maxKeyIDLen = 32
)

// check validates a key's id and secret length.
func (k Key) check() error {
	if k.ID == "" || len(k.ID) > maxKeyIDLen {
		return &KeyError{ID: k.ID, Reason: "the id must have 1 to 32 characters"}
	}
	for i := 0; i < len(k.ID); i++ {
		c := k.ID[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-') {
			return &KeyError{ID: k.ID, Reason: "the id may hold only A-Z, a-z, 0-9, '.', '_' and '-'"}
		}
	}
	if len(k.Secret) < minKeyLen {
		return &KeyError{ID: k.ID, Reason: "the secret must hold at least 32 bytes"}
	}
	return nil
}

// TypedMarker returns the category's tag name in upper case between brackets, such as
// "[EMAIL]", or "[REDACTED]" for an invalid category. Use it as [Options.Marker].
func TypedMarker(c Category) string {
	if !c.Valid() {
		return defaultMarker
	}
	b := []byte("[" + c.String() + "]")
	for i, ch := range b {
		if 'a' <= ch && ch <= 'z' {
			b[i] = ch - ('a' - 'A')
		}
	}
	return string(b)
}

// defaultMarker replaces redacted text unless Options.Marker says otherwise. A Secret or a
// Value, which has no Redactor, always shows it.
const defaultMarker = "[REDACTED]"
