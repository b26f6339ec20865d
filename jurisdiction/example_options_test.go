package jurisdiction_test

import (
	"fmt"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

// Norway's age of digital consent is marked VERIFY: a bill to raise it to 15
// was under consultation in 2025. Once you know the date, encode it in your
// own Dataset; the package-level functions keep the built-in row.
func ExampleNew() {
	no := jurisdiction.MustParsePlace("NO")
	ds, err := jurisdiction.New(&jurisdiction.Options{Ages: []jurisdiction.AgeRule{
		{Age: 13, Place: no, Regime: jurisdiction.GDPR, Citation: "Personopplysningsloven",
			Effective: jurisdiction.Validity{From: jurisdiction.MakeDate(2018, 7, 20), To: jurisdiction.MakeDate(2026, 12, 31)}},
		{Age: 15, Place: no, Regime: jurisdiction.GDPR, Citation: "Personopplysningsloven as amended (hypothetical date)",
			Effective: jurisdiction.Validity{From: jurisdiction.MakeDate(2027, 1, 1)}},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	at := time.Date(2027, 6, 1, 12, 0, 0, 0, time.UTC)
	mine, _ := ds.DigitalConsentAge(no, at)
	builtin, _ := jurisdiction.DigitalConsentAge(no, at)
	fmt.Println("my dataset:", mine.Age)
	fmt.Println("built-in:  ", builtin.Age, "verify:", builtin.Verify)
	// Output:
	// my dataset: 15
	// built-in:   13 verify: true
}

func ExampleOptOutSignal() {
	at := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	for _, code := range []string{"US-CA", "US-CO", "US-VA", "US-DE"} {
		rule, err := jurisdiction.OptOutSignal(jurisdiction.MustParsePlace(code), at)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: GPC %s, honour=%t\n", code, rule.Status, rule.Honour())
	}
	// Output:
	// US-CA: GPC required, honour=true
	// US-CO: GPC required, honour=true
	// US-VA: GPC not required, honour=false
	// US-DE: GPC unknown, honour=true
}

func ExampleBloc_Contains() {
	gb := jurisdiction.MustParsePlace("GB")
	for _, at := range []time.Time{
		time.Date(2020, 1, 31, 12, 0, 0, 0, time.UTC),
		time.Date(2020, 2, 1, 12, 0, 0, 0, time.UTC),
	} {
		in, _ := jurisdiction.EU.Contains(gb, at)
		fmt.Printf("GB in the EU on %s: %t\n", at.Format(time.DateOnly), in)
	}
	for _, code := range []string{"ES-CN", "GP", "AX", "FO", "JE", "FR-NC"} {
		in, _ := jurisdiction.EU.Contains(jurisdiction.MustParsePlace(code), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		fmt.Printf("%s in the EU: %t\n", code, in)
	}
	// Output:
	// GB in the EU on 2020-01-31: true
	// GB in the EU on 2020-02-01: false
	// ES-CN in the EU: true
	// GP in the EU: true
	// AX in the EU: true
	// FO in the EU: false
	// JE in the EU: false
	// FR-NC in the EU: false
}
