package consent

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	key1 = CookieKey{ID: "k1", Secret: []byte("0123456789abcdef0123456789abcdef")}
	key2 = CookieKey{ID: "k2", Secret: []byte("fedcba9876543210fedcba9876543210")}
)

func cookieState(t testing.TB) *State {
	t.Helper()
	events := []Event{
		grantEvent("s-1", sept2025.Add(-2*time.Hour), MechanismBannerAccept, PurposeAnalytics, PurposeSurveys),
		{ID: testID(sept2025.Add(-time.Hour)), Kind: KindDeny, Subject: MustSubject("s-1"), Purposes: []PurposeID{PurposeTargetedAds},
			Mechanism: MechanismGPC, At: sept2025.Add(-time.Hour), Notice: NoticeRef{Version: 1}, Evidence: Evidence{GPC: true}},
	}
	st, err := Clootrack().State(MustSubject("s-1"), Facts{Place: place("DE")}, events, sept2025)
	require.NoError(t, err)
	return st
}

func TestCookieRoundTrip(t *testing.T) {
	t.Parallel()
	c, err := NewCookieCodec([]CookieKey{key1}, nil)
	require.NoError(t, err)
	st := cookieState(t)
	v, err := c.Encode(st, sept2025)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(v, "c1.k1."))
	got, err := c.Decode(v, sept2025.Add(time.Hour))
	require.NoError(t, err)
	assert.Equal(t, st.Subject(), got.Subject)
	assert.Equal(t, addMonths(sept2025, 13), got.Expires)
	// The state rebuilt from the cookie decides like the original.
	st2, err := Clootrack().State(got.Subject, st.Facts(), got.Events, sept2025)
	require.NoError(t, err)
	if diff := cmp.Diff(st.Decisions(sept2025), st2.Decisions(sept2025)); diff != "" {
		t.Fatalf("decisions from cookie mismatch (-want +got):\n%s", diff)
	}
	hc, err := c.Cookie(st, sept2025)
	require.NoError(t, err)
	assert.True(t, hc.Secure)
	assert.True(t, hc.HttpOnly)
	assert.Equal(t, "consent", hc.Name)
}

func TestCookieTamperingDetected(t *testing.T) {
	t.Parallel()
	c, err := NewCookieCodec([]CookieKey{key1}, nil)
	require.NoError(t, err)
	v, err := c.Encode(cookieState(t), sept2025)
	require.NoError(t, err)
	alphabet := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
	for i := range len(v) {
		for _, r := range []byte{alphabet[(strings.IndexByte(alphabet, v[i])+1)%len(alphabet)], '!'} {
			b := []byte(v)
			b[i] = r
			_, err := c.Decode(string(b), sept2025)
			require.Error(t, err, "changing byte %d was not detected", i)
		}
	}
	// encoding/base64 skips CR and LF even in strict mode: a line break in
	// the signature must still make the value malformed, or one cookie would
	// have many spellings.
	for _, brk := range []string{"\n", "\r", "\r\n"} {
		for _, at := range []int{len(v) - 1, len(v) - 20, strings.IndexByte(v[6:], '.') + 6 + 3} {
			_, err := c.Decode(v[:at]+brk+v[at:], sept2025)
			require.ErrorIs(t, err, ErrCookieMalformed, "line break %q at %d", brk, at)
		}
	}
}

func TestCookieErrors(t *testing.T) {
	t.Parallel()
	old, err := NewCookieCodec([]CookieKey{key2}, nil)
	require.NoError(t, err)
	rotated, err := NewCookieCodec([]CookieKey{key1, key2}, nil)
	require.NoError(t, err)
	only1, err := NewCookieCodec([]CookieKey{key1}, nil)
	require.NoError(t, err)
	forger, err := NewCookieCodec([]CookieKey{{ID: "k1", Secret: []byte("not-the-real-key-but-32-bytes!!!")}}, nil)
	require.NoError(t, err)
	st := cookieState(t)

	oldValue, err := old.Encode(st, sept2025)
	require.NoError(t, err)
	_, err = rotated.Decode(oldValue, sept2025)
	require.NoError(t, err, "a retired key still verifies during rotation")
	_, err = only1.Decode(oldValue, sept2025)
	require.ErrorIs(t, err, ErrCookieUnknownKey)

	forged, err := forger.Encode(st, sept2025)
	require.NoError(t, err)
	_, err = only1.Decode(forged, sept2025)
	require.ErrorIs(t, err, ErrCookieSignature)

	v, err := only1.Encode(st, sept2025)
	require.NoError(t, err)
	_, err = only1.Decode(v, addMonths(sept2025, 13))
	require.ErrorIs(t, err, ErrCookieExpired)

	for _, bad := range []string{"", "c1", "c2.k1.AA.AA", "c1.k1.AA", "c1.k1.%%.AA", strings.Repeat("a", 5000)} {
		_, err := only1.Decode(bad, sept2025)
		require.Error(t, err, "%q", bad)
	}

	_, err = NewCookieCodec(nil, nil)
	require.ErrorIs(t, err, ErrInvalidKey)
	_, err = NewCookieCodec([]CookieKey{{ID: "k", Secret: []byte("short")}}, nil)
	require.ErrorIs(t, err, ErrInvalidKey)
	_, err = NewCookieCodec([]CookieKey{{ID: "Bad ID", Secret: key1.Secret}}, nil)
	require.ErrorIs(t, err, ErrInvalidKey)
	_, err = NewCookieCodec([]CookieKey{key1, key1}, nil)
	require.ErrorIs(t, err, ErrInvalidKey)
}

// FuzzCookieDecode: the consent cookie decoder never panics, and any value
// it accepts re-encodes to the same string.
func FuzzCookieDecode(f *testing.F) {
	c, err := NewCookieCodec([]CookieKey{key1}, nil)
	if err != nil {
		f.Fatal(err)
	}
	v, err := c.Encode(cookieState(f), sept2025)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(v)
	f.Add(v[:len(v)-3])
	f.Add("c1.k1..")
	f.Add(v[:len(v)-5] + "\n" + v[len(v)-5:]) // base64 skips line breaks; Decode must not
	f.Add("c1.k2.AAAA.AAAA")
	f.Fuzz(func(t *testing.T, s string) {
		got, err := c.Decode(s, sept2025)
		if err != nil {
			return
		}
		again, err := c.encode(got)
		if err != nil {
			t.Fatalf("decoded cookie does not encode: %v", err)
		}
		if again != s {
			t.Fatalf("round trip changed the cookie")
		}
	})
}

// FuzzCookiePayload exercises the payload parser directly, past the
// signature check a random input would never pass.
func FuzzCookiePayload(f *testing.F) {
	c, err := NewCookieCodec([]CookieKey{key1}, nil)
	if err != nil {
		f.Fatal(err)
	}
	v, err := c.Encode(cookieState(f), sept2025)
	if err != nil {
		f.Fatal(err)
	}
	payload, err := b64.DecodeString(strings.Split(v, ".")[2])
	if err != nil {
		f.Fatal(err)
	}
	f.Add(payload)
	f.Add([]byte{1, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := parseCookiePayload(b)
		if err != nil {
			return
		}
		s, err := c.encode(got)
		if err != nil {
			t.Fatalf("parsed payload does not encode: %v", err)
		}
		back, err := b64.DecodeString(strings.Split(s, ".")[2])
		if err != nil || string(back) != string(b) {
			t.Fatalf("payload round trip changed the bytes")
		}
	})
}
