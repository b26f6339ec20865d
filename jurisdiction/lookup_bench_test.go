package jurisdiction

import "testing"

func BenchmarkParsePlace(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParsePlace("us-ca"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParsePlaceAlpha3(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParsePlace("DEU"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkApplicable(b *testing.B) {
	p, at := MustParsePlace("US-CA"), onDate(2026, 1, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Applicable(p, at); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDigitalConsentAge(b *testing.B) {
	p, at := MustParsePlace("ES-CN"), onDate(2026, 1, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DigitalConsentAge(p, at); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckTransfer(b *testing.B) {
	from, to, at := MustParsePlace("DE"), MustParsePlace("US"), onDate(2026, 1, 1)
	s := Safeguards{DPF: true}
	b.ReportAllocs()
	for b.Loop() {
		if v := CheckTransfer(from, to, at, s); !v.Allowed {
			b.Fatal(v.Reason)
		}
	}
}
