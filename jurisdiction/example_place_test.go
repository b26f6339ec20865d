package jurisdiction_test

import (
	"errors"
	"fmt"

	"github.com/clootrack/privacy/jurisdiction"
)

func ExampleParsePlace() {
	for _, code := range []string{"deu", "826", "UK", "EL", "us-ca", "ES-CN", "XK", "EU"} {
		p, err := jurisdiction.ParsePlace(code)
		switch {
		case errors.Is(err, jurisdiction.ErrPrivateUsePlace):
			fmt.Printf("%-5s private use\n", code)
		case errors.Is(err, jurisdiction.ErrUnknownPlace):
			fmt.Printf("%-5s unknown\n", code)
		case err != nil:
			fmt.Printf("%-5s %v\n", code, err)
		default:
			fmt.Printf("%-5s %s (country %s, subdivision %t)\n", code, p, p.Country(), p.IsSubdivision())
		}
	}
	// Output:
	// deu   DE (country DE, subdivision false)
	// 826   GB (country GB, subdivision false)
	// UK    GB (country GB, subdivision false)
	// EL    GR (country GR, subdivision false)
	// us-ca US-CA (country US, subdivision true)
	// ES-CN ES-CN (country ES, subdivision true)
	// XK    private use
	// EU    unknown
}
