package consent

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"net/http"
	"slices"
	"strings"
	"time"
)

// The consent cookie.
//
// A consent cookie carries a subject's latest choices so that a gate can
// decide without reading the ledger on every request. Its value is
//
//	"c1." key-id "." base64url(payload) "." base64url(HMAC-SHA256(key, "consent-cookie c1\x00" key-id "." base64url(payload)))
//
// (base64url unpadded). The payload is binary: a format byte (1); issued and
// expiry times as uvarint Unix seconds; the subject id (uvarint length and
// bytes); then the number of choices and, for each, sorted by purpose id:
// the purpose id, the kind, mechanism and flags (bit 0 GPC, bit 1 DNT)
// bytes, the time as uvarint Unix milliseconds, the 16-byte event id and the
// notice version as uvarint. The cookie is signed, not encrypted: it holds a
// pseudonymous id and choices, nothing else.

const (
	cookieFormat     = "c1"
	cookieMACDomain  = "consent-cookie c1\x00"
	maxCookieValue   = 4000
	minCookieKeySize = 32
	maxCookieKeyID   = 16
)

var b64 = base64.RawURLEncoding.Strict()

// CookieKey is one HMAC-SHA256 key for consent cookies. ID names it in the
// cookie, so that keys can rotate: 1 to 16 characters of a–z, 0–9 and '-'.
// Secret must be at least 32 bytes of randomness.
type CookieKey struct {
	ID     string
	Secret []byte
}

// CookieOptions configures a [CookieCodec]. A nil *CookieOptions means the
// defaults.
type CookieOptions struct {
	Name string // cookie name; default "consent"
	// MaxAgeMonths is how long a cookie lives; default 13 months, the
	// default consent lifetime (law.md §17). A cookie never outlives the
	// choices it carries by more than that.
	MaxAgeMonths int
	Path         string // default "/"
	Domain       string // default: host-only
	// Insecure drops the Secure attribute, for local development over
	// plain HTTP only.
	Insecure bool
}

// CookieCodec signs and verifies consent cookies. The first key signs; all
// keys verify, so a retired key can stay for verification while its cookies
// expire.
//
// Build one with [NewCookieCodec]; a nil or zero CookieCodec signs nothing
// and accepts no cookie ([ErrInvalidKey], [ErrCookieUnknownKey]). A
// CookieCodec is immutable and safe for concurrent use.
type CookieCodec struct {
	keys    map[string][]byte
	current string
	name    string
	months  int
	path    string
	domain  string
	secure  bool
}

// CookieValue is what a consent cookie carries.
type CookieValue struct {
	Subject Subject
	Issued  time.Time
	Expires time.Time
	// Events are the subject's latest choices, one per purpose, rebuilt as
	// events: they carry the id, kind, purpose, mechanism, time, notice
	// version and signals of the ledger event they come from, but no
	// sequence number, chain hash or evidence.
	Events []Event
}

// NewCookieCodec returns a codec that signs with keys[0] and verifies with
// any of keys. Errors wrap [ErrInvalidKey].
func NewCookieCodec(keys []CookieKey, opts *CookieOptions) (*CookieCodec, error) {
	if opts == nil {
		opts = &CookieOptions{}
	}
	if len(keys) == 0 {
		return nil, ErrInvalidKey
	}
	c := &CookieCodec{
		keys: make(map[string][]byte, len(keys)), current: keys[0].ID,
		name: opts.Name, months: opts.MaxAgeMonths, path: opts.Path, domain: opts.Domain, secure: !opts.Insecure,
	}
	for _, k := range keys {
		if !validKeyID(k.ID) || len(k.Secret) < minCookieKeySize {
			return nil, ErrInvalidKey
		}
		if _, dup := c.keys[k.ID]; dup {
			return nil, ErrInvalidKey
		}
		c.keys[k.ID] = slices.Clone(k.Secret)
	}
	if c.name == "" {
		c.name = "consent"
	}
	if c.months <= 0 {
		c.months = defaultRenewAfterMonths
	}
	if c.path == "" {
		c.path = "/"
	}
	return c, nil
}

func validKeyID(id string) bool {
	if id == "" || len(id) > maxCookieKeyID {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// Name returns the cookie name ("" for a nil codec).
func (c *CookieCodec) Name() string {
	if c == nil {
		return ""
	}
	return c.name
}

// Encode returns the signed cookie value for st's subject and latest
// choices, issued at at.
func (c *CookieCodec) Encode(st *State, at time.Time) (string, error) {
	if c == nil || c.keys[c.current] == nil {
		return "", ErrInvalidKey
	}
	if st == nil || st.policy == nil || st.subject.IsZero() {
		return "", ErrInvalidSubject
	}
	v := CookieValue{Subject: st.subject, Issued: at, Expires: addMonths(at, c.months)}
	for i, ch := range st.choices {
		if ch.kind == 0 {
			continue
		}
		v.Events = append(v.Events, Event{
			ID: ch.id, Kind: ch.kind, Subject: st.subject, Mechanism: ch.mechanism, At: ch.at,
			Purposes: []PurposeID{st.policy.catalog.Purposes[i].ID},
			Notice:   NoticeRef{Version: ch.notice}, Evidence: Evidence{GPC: ch.gpc, DNT: ch.dnt},
		})
	}
	return c.encode(v)
}

// Cookie returns the http.Cookie to set for st: HttpOnly, Secure (unless
// Insecure), SameSite=Lax, expiring with the value.
func (c *CookieCodec) Cookie(st *State, at time.Time) (*http.Cookie, error) {
	v, err := c.Encode(st, at)
	if err != nil {
		return nil, err
	}
	exp := addMonths(at, c.months)
	return &http.Cookie{
		Name: c.name, Value: v, Path: c.path, Domain: c.domain,
		Expires: exp, MaxAge: int(exp.Sub(at).Seconds()),
		Secure: c.secure, HttpOnly: true, SameSite: http.SameSiteLaxMode,
	}, nil
}

// encode signs v with the current key. Events must each name one purpose.
func (c *CookieCodec) encode(v CookieValue) (string, error) {
	events := slices.Clone(v.Events)
	slices.SortFunc(events, func(a, b Event) int { return strings.Compare(string(a.Purposes[0]), string(b.Purposes[0])) })
	b := []byte{1}
	b = binary.AppendUvarint(b, uint64(v.Issued.Unix()))
	b = binary.AppendUvarint(b, uint64(v.Expires.Unix()))
	b = appendString(b, v.Subject.Reveal())
	b = binary.AppendUvarint(b, uint64(len(events)))
	for i, e := range events {
		if len(e.Purposes) != 1 || (i > 0 && events[i-1].Purposes[0] == e.Purposes[0]) {
			return "", ErrCookieMalformed
		}
		var flags byte
		if e.Evidence.GPC {
			flags |= 1
		}
		if e.Evidence.DNT {
			flags |= 2
		}
		b = appendString(b, string(e.Purposes[0]))
		b = append(b, byte(e.Kind), byte(e.Mechanism), flags)
		b = binary.AppendUvarint(b, uint64(e.At.UnixMilli()))
		b = append(b, e.ID[:]...)
		b = binary.AppendUvarint(b, uint64(e.Notice.Version))
	}
	signed := cookieFormat + "." + c.current + "." + b64.EncodeToString(b)
	out := signed + "." + b64.EncodeToString(c.mac(c.keys[c.current], signed))
	if len(out) > maxCookieValue {
		return "", ErrCookieMalformed
	}
	return out, nil
}

func (c *CookieCodec) mac(key []byte, signed string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(cookieMACDomain))
	m.Write([]byte(signed))
	return m.Sum(nil)
}

// Decode verifies and parses a cookie value as of at. Errors:
// [ErrCookieMalformed], [ErrCookieUnknownKey], [ErrCookieSignature] (the
// value was changed or forged), [ErrCookieExpired]. The signature is checked
// before anything in the payload is trusted.
func (c *CookieCodec) Decode(value string, at time.Time) (CookieValue, error) {
	if c == nil {
		return CookieValue{}, ErrInvalidKey
	}
	if len(value) > maxCookieValue || !cookieAlphabet(value) {
		return CookieValue{}, ErrCookieMalformed
	}
	parts := strings.Split(value, ".")
	if len(parts) != 4 || parts[0] != cookieFormat {
		return CookieValue{}, ErrCookieMalformed
	}
	key, ok := c.keys[parts[1]]
	if !ok {
		return CookieValue{}, ErrCookieUnknownKey
	}
	mac, err := b64.DecodeString(parts[3])
	if err != nil || len(mac) != sha256.Size {
		return CookieValue{}, ErrCookieMalformed
	}
	if !hmac.Equal(mac, c.mac(key, value[:len(value)-len(parts[3])-1])) {
		return CookieValue{}, ErrCookieSignature
	}
	payload, err := b64.DecodeString(parts[2])
	if err != nil {
		return CookieValue{}, ErrCookieMalformed
	}
	v, err := parseCookiePayload(payload)
	if err != nil {
		return CookieValue{}, err
	}
	if !at.Before(v.Expires) {
		return CookieValue{}, ErrCookieExpired
	}
	return v, nil
}

// cookieAlphabet reports whether value holds only the bytes Encode writes:
// the base64url alphabet and the dots between fields. It is checked first
// because encoding/base64 skips CR and LF even in strict mode, so without it
// a value with a line break inside its signature would verify, and one cookie
// would have many spellings.
func cookieAlphabet(value string) bool {
	for i := 0; i < len(value); i++ {
		c := value[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

func parseCookiePayload(b []byte) (CookieValue, error) {
	d := decoder{b: b}
	if d.byte() != 1 {
		return CookieValue{}, ErrCookieMalformed
	}
	var v CookieValue
	issued, expires := d.uvarint(), d.uvarint()
	if issued > expires || expires > 1<<40 {
		return CookieValue{}, ErrCookieMalformed
	}
	v.Issued, v.Expires = time.Unix(int64(issued), 0).UTC(), time.Unix(int64(expires), 0).UTC()
	subject := d.str(maxSubjectLen)
	if !validSubject(subject) {
		return CookieValue{}, ErrCookieMalformed
	}
	v.Subject = subjectOf(subject)
	n := d.uvarint()
	if n > maxPurposes {
		return CookieValue{}, ErrCookieMalformed
	}
	var prev PurposeID
	for i := range n {
		p := PurposeID(d.str(64))
		kind, mech, flags := Kind(d.byte()), Mechanism(d.byte()), d.byte()
		ms := d.uvarint()
		var id ID
		copy(id[:], d.fixed(16))
		version := d.uvarint()
		if d.failed || !p.Valid() || (i > 0 && p <= prev) || !kind.Valid() || !mech.Valid() ||
			flags > 3 || ms > 1<<50 || version > 1<<30 || id.IsZero() {
			return CookieValue{}, ErrCookieMalformed
		}
		prev = p
		v.Events = append(v.Events, Event{
			ID: id, Kind: kind, Subject: v.Subject, Purposes: []PurposeID{p}, Mechanism: mech,
			At: time.UnixMilli(int64(ms)).UTC(), Notice: NoticeRef{Version: int(version)},
			Evidence: Evidence{GPC: flags&1 != 0, DNT: flags&2 != 0},
		})
	}
	if d.failed || len(d.b) != 0 {
		return CookieValue{}, ErrCookieMalformed
	}
	return v, nil
}
