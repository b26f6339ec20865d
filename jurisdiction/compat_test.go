package jurisdiction

import (
	"bufio"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateAccepted = flag.Bool("update-accepted", false, "append newly accepted place codes to testdata/accepted-places.txt")

const acceptedPlacesFile = "testdata/accepted-places.txt"

// TestParsePlaceCompatibility holds ParsePlace to its compatibility promise:
// every code accepted by an earlier release is still accepted, with the same
// canonical form. The file is append-only; run
//
//	go test ./jurisdiction/ -run TestParsePlaceCompatibility -update-accepted
//
// after adding places to the tables.
func TestParsePlaceCompatibility(t *testing.T) {
	f, err := os.Open(acceptedPlacesFile)
	require.NoError(t, err)
	defer f.Close()
	known := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		code := strings.TrimSpace(sc.Text())
		if code == "" || strings.HasPrefix(code, "#") {
			continue
		}
		known[code] = true
		p, err := ParsePlace(code)
		if assert.NoError(t, err, "a code accepted by an earlier release is refused: %s", code) {
			assert.Equal(t, code, p.String(), "the canonical form of a stored code changed")
		}
	}
	require.NoError(t, sc.Err())
	if !*updateAccepted {
		require.NotEmpty(t, known, "the list of accepted codes is empty")
	}

	var added []string
	for _, code := range acceptedNow() {
		if !known[code] {
			added = append(added, code)
		}
	}
	if len(added) == 0 {
		return
	}
	if !*updateAccepted {
		t.Fatalf("%d accepted codes are missing from %s (e.g. %s); rerun with -update-accepted", len(added), acceptedPlacesFile, added[0])
	}
	out, err := os.OpenFile(acceptedPlacesFile, os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	defer out.Close()
	_, err = out.WriteString(strings.Join(added, "\n") + "\n")
	require.NoError(t, err)
}

// acceptedNow lists the canonical codes ParsePlace accepts today: every
// alpha-2 country and every subdivision the tables hold.
func acceptedNow() []string {
	var codes []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			p, err := ParsePlace(string([]rune{a, b}))
			if err != nil || p.String() != string([]rune{a, b}) {
				continue
			}
			codes = append(codes, p.String())
			if p.Country() == p {
				for _, s := range Subdivisions(p) {
					codes = append(codes, s.String())
				}
			}
		}
	}
	return codes
}
