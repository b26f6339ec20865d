package pii_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/clootrack/privacy/pii"
)

// benchAccount is the representative struct of BenchmarkRedact: 12 fields, one nested
// struct, a slice, a map, and 5 tagged fields.
type benchAccount struct {
	ID        int64
	Name      string `pii:"name"`
	Email     string `pii:"email"`
	Password  string `pii:"password"`
	LastIP    string `pii:"ip"`
	Card      string `pii:"card"`
	Plan      string
	Active    bool
	CreatedAt time.Time
	Address   benchAddress
	Roles     []string
	Labels    map[string]string
}

type benchAddress struct {
	City    string
	Country string
	Zip     string
}

func newBenchAccount() *benchAccount {
	return &benchAccount{
		ID:        1234567,
		Name:      "Alice Smith",
		Email:     "alice.smith@example.com",
		Password:  "correct horse battery staple",
		LastIP:    "203.0.113.77",
		Card:      "4111 1111 1111 1111",
		Plan:      "enterprise",
		Active:    true,
		CreatedAt: time.Date(2024, 3, 1, 12, 30, 0, 0, time.UTC),
		Address:   benchAddress{City: "Pune", Country: "IN", Zip: "411001"},
		Roles:     []string{"admin", "billing", "support"},
		Labels:    map[string]string{"team": "core", "region": "ap-south-1", "tier": "gold"},
	}
}

// BenchmarkRedact compares redacting the representative struct for the log sink with
// marshalling it to JSON, in the same run: the redactor must take at most half the time.
func BenchmarkRedact(b *testing.B) {
	v := newBenchAccount()
	b.Run("redactor", func(b *testing.B) {
		r, err := pii.NewRedactor(nil)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := r.Redact(pii.SinkLog, v); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(v); err != nil {
				b.Fatal(err)
			}
		}
	})
}
