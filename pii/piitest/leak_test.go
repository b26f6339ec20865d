package piitest_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/clootrack/privacy/pii"
	"github.com/clootrack/privacy/pii/piitest"
)

type address struct {
	Street string
	City   string
	Note   string `pii:"-"` // inside Home, tagged address, this is still an address
}

type account struct {
	ID       int
	Email    string            `pii:"email"`
	Phones   []string          `pii:"phone"`
	Home     address           `pii:"address"`
	Card     string            `pii:"card"`
	Born     time.Time         `pii:"birthdate"`
	IP       netip.Addr        `pii:"ip"`
	ByMail   map[string]int    `pii:"-,key=email"`
	Meta     map[string]string `pii:"-"`
	Token    pii.Secret[string]
	Alt      pii.Value[string]
	Plan     string
	Next     *account
	Any      any
	note     string `pii:"health"`
	Nickname string
}

func sample() *account {
	a := &account{
		ID:     1,
		Email:  "Ann.Lee@Example.com",
		Phones: []string{"+91 98765 43210", "+44 20 7946 0958"},
		Home:   address{Street: "221B Baker Street", City: "London", Note: "ring-twice-at-221B"},
		Card:   "4111 1111 1111 1111",
		Born:   time.Date(1990, 5, 17, 0, 0, 0, 0, time.UTC),
		IP:     netip.MustParseAddr("198.51.100.23"),
		ByMail: map[string]int{"bob.k@example.org": 2},
		Meta:   map[string]string{"team": "core"},
		Token:  pii.NewSecret("tok-5f2a9c"),
		Alt:    pii.NewValue(pii.CategoryEmail, "alt.ann@example.net"),
		Plan:   "pro",
		Any: struct {
			Name string `pii:"name"`
		}{"Ann Lee"},
		note: "asthma-since-2001",
	}
	a.Next = a // a cycle
	return a
}

func TestNoLeak(t *testing.T) {
	t.Parallel()
	v := sample()
	tests := []struct {
		name   string
		output string
		want   []piitest.Leak // nil: no leak
	}{
		{"clean output", `{"ID":1,"Email":"***@example.com","Plan":"pro","Meta":{"team":"core"}}`, nil},
		{"raw email", `user Ann.Lee@Example.com signed in`, []piitest.Leak{{Path: "account.Email", Category: pii.CategoryEmail, Encoding: "raw"}}},
		{"case-folded email", `to=ann.lee@example.com`, []piitest.Leak{{Path: "account.Email", Category: pii.CategoryEmail, Encoding: "case-folded"}}},
		{"slice element", `call +44 20 7946 0958`, []piitest.Leak{{Path: "account.Phones[1]", Category: pii.CategoryPhone, Encoding: "raw"}}},
		{"card digits", `card=4111111111111111`, []piitest.Leak{{Path: "account.Card", Category: pii.CategoryCard, Encoding: "digits"}}},
		{"nested struct under a tag", `"Street":"221B Baker Street"`, []piitest.Leak{{Path: "account.Home.Street", Category: pii.CategoryAddress, Encoding: "raw"}}},
		{"map key", `bob.k@example.org`, []piitest.Leak{{Path: "account.ByMail[#0 key]", Category: pii.CategoryEmail, Encoding: "raw"}}},
		{"birth date", `born 1990-05-17`, []piitest.Leak{{Path: "account.Born", Category: pii.CategoryBirthDate, Encoding: "raw"}}},
		{"ip", `from 198.51.100.23`, []piitest.Leak{{Path: "account.IP", Category: pii.CategoryIP, Encoding: "raw"}}},
		{"secret", `token=tok-5f2a9c`, []piitest.Leak{{Path: "account.Token", Category: pii.CategorySecret, Encoding: "raw"}}},
		{"value", `alt.ann@example.net`, []piitest.Leak{{Path: "account.Alt", Category: pii.CategoryEmail, Encoding: "raw"}}},
		{"unexported field", `asthma-since-2001`, []piitest.Leak{{Path: "account.note", Category: pii.CategoryHealth, Encoding: "raw"}}},
		{"interface", `Ann Lee`, []piitest.Leak{{Path: "account.Any.Name", Category: pii.CategoryName, Encoding: "raw"}}},
		{"url-escaped", `?to=Ann.Lee%40Example.com`, []piitest.Leak{{Path: "account.Email", Category: pii.CategoryEmail, Encoding: "url"}}},
		{"\"-\" inside a tagged field", `ring-twice-at-221B`, []piitest.Leak{{Path: "account.Home.Note", Category: pii.CategoryAddress, Encoding: "raw"}}},
		{"untagged values are not personal", `pro core London`, []piitest.Leak{{Path: "account.Home.City", Category: pii.CategoryAddress, Encoding: "raw"}}},
	}
	for _, tt := range tests {
		err := piitest.NoLeak(v, tt.output)
		if tt.want == nil {
			if err != nil {
				t.Errorf("%s: NoLeak = %v, want nil", tt.name, err)
			}
			continue
		}
		var le *piitest.LeakError
		if !errors.As(err, &le) {
			t.Errorf("%s: NoLeak = %v, want a *LeakError", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, le.Leaks); diff != "" {
			t.Errorf("%s: leaks mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestNoLeakEncodings(t *testing.T) {
	t.Parallel()
	type rec struct {
		Name string `pii:"name"`
	}
	v := rec{Name: `Zoë "Z" <Ng>`}
	q := fmt.Sprintf("%q", v.Name)
	j, _ := json.Marshal(v)
	for _, out := range []string{q, fmt.Sprintf("%+q", v.Name), string(j)} {
		err := piitest.NoLeak(v, []byte(out))
		if err == nil {
			t.Errorf("NoLeak(%s) = nil, want a leak", out)
			continue
		}
		if strings.Contains(err.Error(), "Zo") {
			t.Errorf("the error holds the value: %v", err)
		}
	}
}

// TestNoLeakFloat: a coordinate is a number the doc says NoLeak looks for; a precise one in
// clear is a leak, the one-decimal mask pii gives it is not.
func TestNoLeakFloat(t *testing.T) {
	t.Parallel()
	type place struct {
		Lat float64 `pii:"geo"`
		Lon float32 `pii:"geo"`
	}
	v := place{Lat: 48.8566, Lon: 2.3522}
	for _, out := range []string{fmt.Sprintf("%v", v), mustJSON(t, v)} {
		var le *piitest.LeakError
		if err := piitest.NoLeak(v, out); !errors.As(err, &le) || len(le.Leaks) != 2 {
			t.Errorf("NoLeak(%s) = %v, want both coordinates", out, err)
		}
	}
	if err := piitest.NoLeak(v, `{"Lat":48.9,"Lon":2.4}`); err != nil {
		t.Errorf("a rounded coordinate is no leak: %v", err)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestNoLeakMinLen(t *testing.T) {
	t.Parallel()
	type rec struct {
		Gender string `pii:"gender"`
	}
	if err := piitest.NoLeak(rec{"F"}, "Fine"); err != nil {
		t.Errorf("a one-letter value is skipped by default: %v", err)
	}
	if err := piitest.NoLeak(rec{"F"}, "Fine", piitest.MinLen(1)); err == nil {
		t.Error("MinLen(1) finds a one-letter value")
	}
	if err := piitest.NoLeak(nil, "anything"); err != nil {
		t.Errorf("nil has no personal data: %v", err)
	}
}

func TestLeakErrorMessage(t *testing.T) {
	t.Parallel()
	err := piitest.NoLeak(sample(), "Ann.Lee@Example.com 4111 1111 1111 1111")
	want := "piitest: personal data in output: account.Email (email, raw), account.Card (card, raw)"
	if err == nil || err.Error() != want {
		t.Errorf("NoLeak error = %v, want %q", err, want)
	}
}
