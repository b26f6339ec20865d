package consent_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/clootrack/privacy/consent"
	"github.com/clootrack/privacy/consent/consenttest"
	"github.com/clootrack/privacy/jurisdiction"
)

// The gate puts each request's consent state in its context. Handlers ask
// the state before doing anything optional. Here a Californian browser sends
// Global Privacy Control, which opts it out of targeted advertising
// (11 CCR §7025).
func ExampleGate_Handler() {
	gate := &consent.Gate{
		Facts: func(r *http.Request) consent.Facts {
			// A region the service cannot parse leaves the place unknown,
			// which decides in the most protective way.
			place, _ := jurisdiction.ParsePlace(r.Header.Get("X-Region"))
			return consent.Facts{Place: place}
		},
		Now: consenttest.Fixed(consenttest.Epoch()),
	}
	handler := gate.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st, _ := consent.FromContext(r.Context())
		for _, p := range []consent.PurposeID{consent.PurposeService, consent.PurposeTargetedAds} {
			d := st.Allowed(p, consenttest.Epoch())
			fmt.Fprintf(w, "%s allowed=%v reason=%q regime=%q\n", d.Purpose, d.Allowed, d.Reason, d.Regime)
		}
	}))

	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.Header.Set("X-Region", "US-CA")
	r.Header.Set("Sec-GPC", "1")
	w := httptest.NewRecorder()
	handler.ServeHTTP(w, r)
	fmt.Print(w.Body.String())
	// Output:
	// service allowed=true reason="essential" regime=""
	// targeted-advertising allowed=false reason="opted out by Global Privacy Control" regime="US-CA-CCPA"
}

// A consent cookie carries the subject's choices, signed with HMAC-SHA256,
// so that the gate needs no ledger read per request. Any change to it is
// detected.
func ExampleCookieCodec() {
	codec, err := consent.NewCookieCodec([]consent.CookieKey{
		{ID: "2025-09", Secret: []byte("a random key of at least 32 bytes!")},
	}, nil)
	if err != nil {
		panic(err)
	}
	f, _ := consenttest.Populated()
	st, _ := f.Ledger.State(context.Background(), f.Subjects["alice"], consent.Facts{})
	value, _ := codec.Encode(st, consenttest.Epoch())

	got, err := codec.Decode(value, consenttest.Epoch())
	fmt.Println(len(got.Events), "choices,", err)
	_, err = codec.Decode(value[:20]+"x"+value[21:], consenttest.Epoch())
	fmt.Println(err)
	// Output:
	// 2 choices, <nil>
	// consent: consent cookie signature invalid
}
