package piitest_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/clootrack/privacy/pii"
	"github.com/clootrack/privacy/pii/piitest"
)

type profile struct {
	ID       int
	Email    string `pii:"email"`
	Password string `pii:"password"`
	Home     struct {
		City string
	} `pii:"address"`
	Team string `pii:"-"`
}

func TestIgnorePII(t *testing.T) {
	t.Parallel()
	a := profile{ID: 1, Email: "a@example.com", Password: "x", Team: "core"}
	b := profile{ID: 1, Email: "b@example.org", Password: "y", Team: "core"}
	b.Home.City = "Pune"
	if diff := cmp.Diff(a, b, piitest.IgnorePII()); diff != "" {
		t.Errorf("IgnorePII() should ignore every personal field (-a +b):\n%s", diff)
	}
	if cmp.Equal(a, b, piitest.IgnorePII(pii.CategoryEmail)) {
		t.Error("IgnorePII(email) must still compare the password and the address")
	}
	if !cmp.Equal(a, b, piitest.IgnorePII(pii.CategoryEmail, pii.CategoryPassword, pii.CategoryAddress)) {
		t.Error("IgnorePII(email, password, address) should ignore all three")
	}
	b.Team = "billing"
	if cmp.Equal(a, b, piitest.IgnorePII()) {
		t.Error(`fields tagged pii:"-" are compared`)
	}
}

func TestTreatPII(t *testing.T) {
	t.Parallel()
	r, err := piitest.NewRedactor(&pii.Options{Overrides: []pii.Override{{Category: pii.CategoryEmail, Sink: pii.SinkAnalytics, Treatment: pii.TreatmentPseudonym}}})
	if err != nil {
		t.Fatal(err)
	}
	a := profile{ID: 1, Email: "Ann@Example.com", Password: "x"}
	b := profile{ID: 1, Email: "ann@example.com", Password: "y"}
	if diff := cmp.Diff(a, b, piitest.TreatPII(r, pii.SinkAnalytics)); diff != "" {
		t.Errorf("equal pseudonyms and redacted passwords compare equal (-a +b):\n%s", diff)
	}
	b.Email = "bob@example.com"
	if cmp.Equal(a, b, piitest.TreatPII(r, pii.SinkAnalytics)) {
		t.Error("different e-mail addresses have different pseudonyms")
	}
	if cmp.Equal(a, profile{ID: 1, Email: "Ann@Example.com", Password: "x", Team: "x"}, piitest.TreatPII(r, pii.SinkAnalytics)) {
		t.Error("untagged fields are compared as they are")
	}
}

// TestTreatPIINotPersonalInsideATag: a field tagged pii:"-" inside a field tagged with a
// category takes that category, as in pii's engine, so it is compared as treated.
func TestTreatPIINotPersonalInsideATag(t *testing.T) {
	t.Parallel()
	type home struct {
		City string
		Door string `pii:"-"`
	}
	type person struct {
		Home home   `pii:"address"`
		Team string `pii:"-"`
	}
	r, err := piitest.NewRedactor(nil)
	if err != nil {
		t.Fatal(err)
	}
	a := person{Home: home{City: "Pune", Door: "blue door"}, Team: "core"}
	b := person{Home: home{City: "Agra", Door: "red door"}, Team: "core"}
	if diff := cmp.Diff(a, b, piitest.TreatPII(r, pii.SinkLog)); diff != "" {
		t.Errorf("both addresses redact to the marker in logs (-a +b):\n%s", diff)
	}
	b.Team = "billing"
	if cmp.Equal(a, b, piitest.TreatPII(r, pii.SinkLog)) {
		t.Error(`a top-level pii:"-" field is compared as it is`)
	}
}
