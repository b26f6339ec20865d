package pii_test

import (
	"errors"
	"net"
	"net/netip"
	"reflect"
	"testing"
	"time"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

type kAddress struct {
	Street string `pii:"address"`
	City   string
}

type KBase struct {
	Email string `pii:"email"`
	Note  string
}

type kInner struct {
	Phone  string `pii:"phone"`
	Code   string
	secret string
}

type kHidden struct{ Name string }

type kEmail string

type kLabels map[string]string

type kPerson struct {
	KBase
	kInner
	*kHidden
	Name    string `pii:"name"`
	Mail    kEmail `pii:"email"`
	Home    kAddress
	Work    *kAddress
	Phones  []string `pii:"phone"`
	Past    [2]kAddress
	Extra   kLabels
	ByEmail map[string]int `pii:"-,key=email"`
	Data    any
	When    time.Time
	Ptr     unsafe.Pointer
	Fn      func()
	Ch      chan int
	token   string `pii:"secret"`
	count   int
}

func newKPerson() *kPerson {
	return &kPerson{
		KBase:   KBase{Email: "alice@example.com", Note: "vip"},
		kInner:  kInner{Phone: "+91 98765 43210", Code: "IN", secret: "inner secret"},
		kHidden: &kHidden{Name: "hidden name"},
		Name:    "Alice Smith",
		Mail:    "alice.smith@example.org",
		Home:    kAddress{Street: "1 Main Street", City: "Pune"},
		Work:    &kAddress{Street: "2 Office Road", City: "Mumbai"},
		Phones:  []string{"+1 202 555 0143", "020 7946 0018"},
		Past:    [2]kAddress{{Street: "3 Old Lane", City: "Delhi"}, {Street: "4 Elder Way", City: "Goa"}},
		Extra:   kLabels{"team": "core"},
		ByEmail: map[string]int{"bob@example.com": 1, "al@example.com": 2},
		Data:    kAddress{Street: "5 Any Street", City: "Agra"},
		When:    time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC),
		Ptr:     unsafe.Pointer(new(int)),
		Fn:      func() {},
		Ch:      make(chan int),
		token:   "tok-123456",
		count:   3,
	}
}

func redactAs[T any](t *testing.T, r *pii.Redactor, sink pii.Sink, v T) T {
	t.Helper()
	out, err := r.Redact(sink, v)
	require.NoError(t, err)
	got, ok := out.(T)
	require.True(t, ok, "Redact returned %T for %T", out, v)
	return got
}

var kCmp = cmp.Options{
	cmp.AllowUnexported(kPerson{}, kInner{}),
	cmpopts.IgnoreFields(kPerson{}, "Fn", "Ch", "Ptr"),
}

func TestRedactKinds(t *testing.T) {
	t.Parallel()
	r := newTestRedactor(t, nil)
	in := newKPerson()
	got := redactAs(t, r, pii.SinkLog, in)

	want := &kPerson{
		KBase:   KBase{Email: "***@example.com", Note: "vip"},                 // exported embedded
		kInner:  kInner{Phone: "********3210", Code: "IN"},                    // unexported embedded: exported fields only
		Name:    "A. S.",                                                      // name → initials
		Mail:    "***@example.org",                                            // named string type
		Home:    kAddress{Street: "[REDACTED]", City: "Pune"},                 // nested struct
		Work:    &kAddress{Street: "[REDACTED]", City: "Mumbai"},              // pointer
		Phones:  []string{"*******0143", "*******0018"},                       // tagged slice
		Past:    [2]kAddress{{"[REDACTED]", "Delhi"}, {"[REDACTED]", "Goa"}},  // array
		Extra:   kLabels{"team": "core"},                                      // named untagged map
		ByEmail: map[string]int{"***@example.com": 2, "***@example.com#2": 1}, // treated keys, collisions
		Data:    kAddress{Street: "[REDACTED]", City: "Agra"},                 // interface
		When:    time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC),                 // untagged time
	}
	if diff := cmp.Diff(want, got, kCmp); diff != "" {
		t.Errorf("Redact(SinkLog) mismatch (-want +got):\n%s", diff)
	}
	assert.Nil(t, got.kHidden, "an unexported embedded pointer is left nil")
	assert.Nil(t, got.Fn, "funcs cannot be copied safely")
	assert.Nil(t, got.Ch, "chans cannot be copied safely")
	assert.Nil(t, got.Ptr, "unsafe pointers cannot be copied safely")
	assert.Empty(t, got.token, "unexported fields are never copied, even tagged ones")
	assert.Zero(t, got.count, "unexported fields are never copied")
	assert.Empty(t, got.secret)
}

func TestRedactNeverChangesInput(t *testing.T) {
	t.Parallel()
	r := newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{testKey("k", 1)}, RedactUntagged: true})
	in := newKPerson()
	for _, s := range pii.Sinks() {
		out := redactAs(t, r, s, in)
		// The copy shares no memory with the input.
		assert.NotSame(t, in.Work, out.Work)
		if len(out.Phones) > 0 {
			assert.NotSame(t, &in.Phones[0], &out.Phones[0])
		}
		out.Extra["team"] = "changed"
		out.Work.City = "changed"
	}
	if diff := cmp.Diff(newKPerson(), in, kCmp, cmp.AllowUnexported(kHidden{})); diff != "" {
		t.Errorf("input changed (-want +got):\n%s", diff)
	}
}

func TestRedactFastMapIsACopy(t *testing.T) {
	t.Parallel()
	type labels struct {
		A map[string]string
		B kLabels
		C map[string]int
		D map[string]bool
		E map[string]float64
		F map[string]int64
	}
	in := labels{
		A: map[string]string{"a": "1"}, B: kLabels{"b": "2"}, C: map[string]int{"c": 3},
		D: map[string]bool{"d": true}, E: map[string]float64{"e": 5}, F: map[string]int64{"f": 6},
	}
	r := newTestRedactor(t, nil)
	out := redactAs(t, r, pii.SinkLog, in)
	assert.Equal(t, in, out)
	out.A["a"], out.B["b"], out.C["c"], out.D["d"], out.E["e"], out.F["f"] = "x", "x", 0, false, 0, 0
	assert.Equal(t, "1", in.A["a"])
	assert.Equal(t, "2", in.B["b"])
	assert.Equal(t, 3, in.C["c"])
	assert.True(t, in.D["d"])
	assert.Equal(t, 5.0, in.E["e"])
	assert.Equal(t, int64(6), in.F["f"])
}

type kNode struct {
	Name string `pii:"name"`
	Next *kNode
	Kids []*kNode
	Any  any
	Map  map[string]*kNode
}

func TestRedactCyclesKeepTheirShape(t *testing.T) {
	t.Parallel()
	r := newTestRedactor(t, nil)
	a := &kNode{Name: "Alice Smith"}
	b := &kNode{Name: "Bob Jones", Next: a}
	a.Next = b
	a.Kids = []*kNode{a, b}
	a.Any = a
	a.Map = map[string]*kNode{"self": a, "b": b}

	out := redactAs(t, r, pii.SinkLog, a)
	assert.Equal(t, "A. S.", out.Name)
	assert.Equal(t, "B. J.", out.Next.Name)
	assert.Same(t, out, out.Next.Next, "a cycle of two stays a cycle of two")
	assert.Same(t, out, out.Kids[0])
	assert.Same(t, out.Next, out.Kids[1])
	assert.Same(t, out, out.Any.(*kNode))
	assert.Same(t, out, out.Map["self"])
	assert.Same(t, out.Next, out.Map["b"])
	assert.NotSame(t, a, out)
	assert.Equal(t, "Alice Smith", a.Name, "input unchanged")

	s := make([]any, 2)
	s[0], s[1] = s, "x"
	outS := redactAs(t, r, pii.SinkLog, s)
	inner := outS[0].([]any)
	assert.Same(t, &outS[0], &inner[0], "a slice holding itself is copied as one slice")
	assert.NotSame(t, &s[0], &outS[0])

	m := map[string]any{"n": 1}
	m["self"] = m
	outM := redactAs(t, r, pii.SinkLog, m)
	assert.Equal(t, reflect.ValueOf(outM).Pointer(), reflect.ValueOf(outM["self"]).Pointer(), "a map holding itself")
	assert.NotEqual(t, reflect.ValueOf(m).Pointer(), reflect.ValueOf(outM).Pointer())

	// A long chain terminates (no depth cap, unlike masq's 32).
	head := &kNode{Name: "n"}
	for range 10_000 {
		head = &kNode{Name: "n", Next: head}
	}
	out = redactAs(t, r, pii.SinkLog, head)
	n := 0
	for p := out; p != nil; p = p.Next {
		n++
	}
	assert.Equal(t, 10_001, n)
}

func TestRedactMapKeys(t *testing.T) {
	t.Parallel()
	r := newTestRedactor(t, nil)

	type emails struct {
		ByAddr map[string]string `pii:"email,key=email"`
		Vals   map[string]string `pii:"email"`
		Ptr    *map[string]int   `pii:"-,key=phone"`
	}
	pm := map[string]int{"+91 98765 43210": 1}
	in := emails{
		ByAddr: map[string]string{"a@x.org": "b@y.org"},
		Vals:   map[string]string{"k": "c@z.org"},
		Ptr:    &pm,
	}
	out := redactAs(t, r, pii.SinkLog, in)
	assert.Equal(t, map[string]string{"***@x.org": "***@y.org"}, out.ByAddr)
	assert.Equal(t, map[string]string{"k": "***@z.org"}, out.Vals, "a tagged map treats its values, not its keys")
	assert.Equal(t, map[string]int{"********3210": 1}, *out.Ptr, "key= works through a pointer")

	// Collisions are resolved in the order of the original keys, the same every time.
	type counts struct {
		N map[string]int `pii:"-,key=password"`
	}
	c := counts{N: map[string]int{"pw3": 3, "pw1": 1, "pw2": 2}}
	for range 20 {
		got := redactAs(t, r, pii.SinkLog, c)
		assert.Equal(t, map[string]int{"[REDACTED]": 1, "[REDACTED]#2": 2, "[REDACTED]#3": 3}, got.N)
	}

	// Interface keys are allowed when they hold flat values.
	anyKeys := map[any]string{1: "a", "k": "b", [2]int{1, 2}: "c", nil: "d"}
	assert.Equal(t, anyKeys, redactAs(t, r, pii.SinkLog, anyKeys))
	_, err := r.Redact(pii.SinkLog, map[any]string{new(int): "a"})
	assert.ErrorIs(t, err, pii.ErrUnsupportedType, "a pointer key cannot be copied safely")
}

func TestRedactUnsupportedTypesFailClosed(t *testing.T) {
	t.Parallel()
	type taggedKey struct {
		Email string `pii:"email"`
	}
	type hiddenKey struct{ n int }
	type notString struct {
		M map[int]string `pii:"email,key=email"`
	}
	tests := []struct {
		name string
		v    any
		want error
	}{
		{"pointer key", map[*int]string{}, pii.ErrUnsupportedType},
		{"tagged key", map[taggedKey]int{}, pii.ErrUnsupportedType},
		{"unexported key", map[hiddenKey]int{}, pii.ErrUnsupportedType},
		{"chan key", struct{ M map[chan int]int }{}, pii.ErrUnsupportedType},
		{"key= on int keys", notString{}, pii.ErrInvalidTag},
	}
	r := newTestRedactor(t, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ErrorIs(t, pii.Validate(tt.v), tt.want)
			out, err := r.Redact(pii.SinkLog, tt.v)
			assert.ErrorIs(t, err, tt.want)
			assert.Nil(t, out, "fail closed: no partial copy")
		})
	}
}

func TestRedactInterfaces(t *testing.T) {
	t.Parallel()
	r := newTestRedactor(t, nil)
	type holder struct {
		Plain  any
		Health any `pii:"health"`
		Ptr    any
		Nil    any
	}
	in := holder{
		Plain:  &kAddress{Street: "1 Main Street", City: "Pune"},
		Health: map[string]any{"diagnosis": "flu", "visits": 3, "notes": []string{"rest"}},
		Ptr:    kEmail("alice@example.com"),
	}
	out := redactAs(t, r, pii.SinkLog, in)
	assert.Equal(t, &kAddress{Street: "[REDACTED]", City: "Pune"}, out.Plain)
	assert.Equal(t, map[string]any{"diagnosis": "[REDACTED]", "visits": 0, "notes": []string{"[REDACTED]"}}, out.Health,
		"GDPR Art. 9(1): everything inside a special-category field is redacted in logs")
	assert.Equal(t, kEmail("alice@example.com"), out.Ptr, "an untagged named string is kept")
	assert.Nil(t, out.Nil)

	// A value of an invalid type inside an interface fails the whole copy (fail closed).
	type bad struct {
		X string `pii:"data,kind=email"`
	}
	_, err := r.Redact(pii.SinkLog, holder{Plain: bad{X: "alice@example.com"}})
	var te *pii.TagError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, "X", te.Field)
}

func TestRedactRoots(t *testing.T) {
	t.Parallel()
	r := newTestRedactor(t, &pii.Options{RedactUntagged: true})
	out, err := r.Redact(pii.SinkLog, nil)
	assert.NoError(t, err)
	assert.Nil(t, out)

	assert.Equal(t, "[REDACTED]", redactAs(t, r, pii.SinkLog, "alice@example.com"), "RedactUntagged: an untagged string")
	assert.Equal(t, 0, redactAs(t, r, pii.SinkLog, 42))
	assert.Equal(t, []string{"[REDACTED]"}, redactAs(t, r, pii.SinkLog, []string{"x"}))
	assert.Equal(t, kAddress{Street: "[REDACTED]", City: "[REDACTED]"}, redactAs(t, r, pii.SinkLog, kAddress{"a", "b"}))

	type kAddrPtr *kAddress
	var p kAddrPtr = &kAddress{Street: "a", City: "b"}
	gotP := redactAs(t, r, pii.SinkLog, p)
	assert.Equal(t, kAddress{Street: "[REDACTED]", City: "[REDACTED]"}, *gotP, "a named pointer type")
	var nilP *kAddress
	assert.Nil(t, redactAs(t, r, pii.SinkLog, nilP))

	_, err = r.Redact(pii.Sink(42), kAddress{})
	assert.ErrorIs(t, err, pii.ErrUnknownSink)
}

func TestRedactUntagged(t *testing.T) {
	t.Parallel()
	type meta struct {
		Region string
		Inner  struct {
			Zone  string
			Email string `pii:"email"`
		}
	}
	type record struct {
		ID     int
		Note   string
		Email  string `pii:"email,log=clear"`
		Meta   meta   `pii:"-"`
		Tags   []string
		Counts map[string]int
		When   time.Time
	}
	in := record{ID: 7, Note: "call alice", Email: "alice@example.com", Tags: []string{"a"}, Counts: map[string]int{"k": 1},
		When: time.Now()}
	in.Meta.Region = "ap-south-1"
	in.Meta.Inner.Zone = "z1"
	in.Meta.Inner.Email = "bob@example.com"

	keep := newTestRedactor(t, nil)
	kept := in
	kept.Meta.Inner.Email = "***@example.com"
	assert.Equal(t, kept, redactAs(t, keep, pii.SinkLog, in), "untagged fields are kept by default")

	r := newTestRedactor(t, &pii.Options{RedactUntagged: true})
	got := redactAs(t, r, pii.SinkLog, in)
	want := record{Note: "[REDACTED]", Email: "alice@example.com", Tags: []string{"[REDACTED]"}, Counts: map[string]int{"k": 0}}
	want.Meta.Region = "ap-south-1"
	want.Meta.Inner.Zone = "z1"
	want.Meta.Inner.Email = "***@example.com"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("RedactUntagged mismatch (-want +got):\n%s", diff)
	}
}

func TestRedactNonStringValues(t *testing.T) {
	t.Parallel()
	type values struct {
		Born     time.Time      `pii:"birthdate"`
		Age      int            `pii:"birthdate"`
		AgeClear int            `pii:"birthdate,clear"`
		Blob     []byte         `pii:"biometric"`
		RawMail  []byte         `pii:"email"`
		IP       net.IP         `pii:"ip"`
		Addr     netip.Addr     `pii:"ip"`
		Net      netip.Prefix   `pii:"ip"`
		Peer     netip.AddrPort `pii:"ip"`
		Lat      float64        `pii:"geo"`
		Lon      float32        `pii:"geo"`
		Score    float64        `pii:"behavior"`
		Flag     bool           `pii:"health"`
		Born2    *time.Time     `pii:"birthdate"`
	}
	born := time.Date(1990, 5, 17, 8, 30, 0, 0, time.FixedZone("IST", 19800))
	in := values{
		Born: born, Age: 35, AgeClear: 35, Blob: []byte{1, 2, 3}, RawMail: []byte("alice@example.com"),
		IP: net.ParseIP("203.0.113.77").To4(), Addr: netip.MustParseAddr("2001:db8:abcd:1::7"),
		Net: netip.MustParsePrefix("203.0.113.128/25"), Peer: netip.MustParseAddrPort("198.51.100.9:443"),
		Lat: 18.52043, Lon: 73.85674, Score: 0.9, Flag: true, Born2: &born,
	}
	r := newTestRedactor(t, nil)
	year := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)

	api := redactAs(t, r, pii.SinkAPI, in) // api: moderate and high categories are masked
	assert.Equal(t, year, api.Born, "a masked date of birth keeps its year only")
	assert.Equal(t, year, *api.Born2)
	assert.Zero(t, api.Age, "a number cannot be masked: zero")
	assert.Equal(t, 35, api.AgeClear)
	assert.Equal(t, []byte("[REDACTED]"), api.Blob, "GDPR Art. 9(1): biometric data redacted")
	assert.Equal(t, []byte("***@example.com"), api.RawMail)
	assert.Equal(t, net.IP{203, 0, 113, 0}, api.IP, "§3.5")
	assert.Equal(t, netip.MustParseAddr("2001:db8:abcd::"), api.Addr)
	assert.Equal(t, netip.MustParsePrefix("203.0.113.0/24"), api.Net)
	assert.Equal(t, netip.MustParseAddrPort("198.51.100.0:0"), api.Peer)
	assert.Equal(t, 18.5, api.Lat, "a masked coordinate is rounded to about 11 km")
	assert.Equal(t, float32(73.9), api.Lon)
	assert.Zero(t, api.Score)
	assert.False(t, api.Flag)

	log := redactAs(t, r, pii.SinkLog, in) // log: high categories are redacted
	assert.True(t, log.Born.IsZero(), "a redacted time is zero")
	require.NotNil(t, log.Born2, "the pointer is copied")
	assert.True(t, log.Born2.IsZero())
	assert.Zero(t, log.Lat, "precise location is redacted in logs")
	assert.Equal(t, net.IP{203, 0, 113, 0}, log.IP, "§3.5: IPs are truncated in logs")

	ex := redactAs(t, r, pii.SinkAnalytics, in)
	assert.Nil(t, ex.Blob, "dropped")
	assert.Nil(t, ex.IP, "an IP cannot hold a pseudonym: nil")
	assert.False(t, ex.Addr.IsValid())

	assert.Equal(t, born, in.Born, "input unchanged")
	assert.Equal(t, []byte{1, 2, 3}, in.Blob)
}

func TestRedactErrorsNeverHoldValues(t *testing.T) {
	t.Parallel()
	const value = "alice.secret@example.com"
	type bad struct {
		Email string `pii:"emial"`
	}
	r := newTestRedactor(t, nil)
	_, err := r.Redact(pii.SinkLog, bad{Email: value})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "alice")
	var te *pii.TagError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, reflect.TypeFor[bad](), te.Type)
	assert.Equal(t, "Email", te.Field)
	assert.Equal(t, "emial", te.Tag)
	assert.ErrorIs(t, err, pii.ErrUnknownCategory)
	assert.Contains(t, err.Error(), "pii_test.bad.Email")

	_, err = r.Redact(pii.SinkLog, map[any]string{&struct{ S string }{value}: value})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "alice")

	sealer, err := pii.NewAESSealer(nil, testKey("k1", 9))
	require.NoError(t, err)
	_, err = sealer.Open("pii:s1:"+value+":"+value, nil)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "alice", "a malformed token is data: never quoted")
	assert.True(t, errors.Is(err, pii.ErrOpen) || errors.Is(err, pii.ErrNotSealed))
}

func TestRedactBytesAndIPsOpenAndClear(t *testing.T) {
	t.Parallel()
	type blobs struct {
		Note  []byte `pii:"health,seal,api=clear"`
		IP    net.IP `pii:"ip,export=clear,api=mask"`
		Empty []byte `pii:"health,seal"`
	}
	sealer, err := pii.NewAESSealer(nil, testKey("s1", 2))
	require.NoError(t, err)
	r := newTestRedactor(t, &pii.Options{Sealer: sealer})
	in := blobs{Note: []byte("flu"), IP: net.ParseIP("2001:db8:abcd:1::9"), Empty: []byte{}}

	clear := redactAs(t, r, pii.SinkAPI, in)
	assert.Equal(t, []byte("flu"), clear.Note)
	assert.NotSame(t, &in.Note[0], &clear.Note[0], "clear still copies")
	assert.Equal(t, net.ParseIP("2001:db8:abcd::"), clear.IP, "§3.5 /48")

	sealed := redactAs(t, r, pii.SinkExport, in)
	assert.Equal(t, in.IP, sealed.IP)
	assert.NotNil(t, sealed.Empty, "an empty, non-nil slice stays empty")
	assert.Empty(t, sealed.Empty)
	opened, err := r.Open(sealed)
	require.NoError(t, err)
	assert.Equal(t, []byte("flu"), opened.(blobs).Note)
	assert.Equal(t, in.IP, opened.(blobs).IP)

	assert.NoError(t, pii.Validate(nil))
	assert.NoError(t, pii.ValidateType(nil))
	fields, err := pii.Fields(nil)
	assert.NoError(t, err)
	assert.Nil(t, fields)
}

func TestEnclosingCategoryBeatsNotPersonal(t *testing.T) {
	t.Parallel()
	type visit struct {
		Code  string `pii:"-"`
		Email string `pii:"email"`
		Note  string
	}
	type record struct {
		Visit visit `pii:"health"`
		Other visit
	}
	r := newTestRedactor(t, nil)
	in := record{Visit: visit{"J45", "alice@example.com", "asthma"}, Other: visit{"J45", "bob@example.com", "asthma"}}
	got := redactAs(t, r, pii.SinkLog, in)
	assert.Equal(t, visit{"[REDACTED]", "***@example.com", "[REDACTED]"}, got.Visit,
		"GDPR Art. 9(1): inside a health field, \"-\" does not unprotect a value")
	assert.Equal(t, visit{"J45", "***@example.com", "asthma"}, got.Other)

	untagged := newTestRedactor(t, &pii.Options{RedactUntagged: true})
	got = redactAs(t, untagged, pii.SinkLog, in)
	assert.Equal(t, visit{"J45", "***@example.com", "[REDACTED]"}, got.Other, "\"-\" exempts a field from RedactUntagged")
}
