// Command logscrub copies standard input to standard output with the personal data it finds
// redacted, and prints to standard error how many values of each kind it treated.
//
//	kubectl logs deploy/api | logscrub > scrubbed.log
//	logscrub -treatment mask < app.log
//	LOGSCRUB_KEY="$(cat key)" logscrub -treatment pseudonym -key-id 2026 < app.log
//
// Flags:
//
//	-treatment marker     a typed marker for every value: [EMAIL], [CARD], [IP], [SECRET] (default)
//	-treatment mask       the partial form where a category has one: ***@example.com,
//	                      411111******1111, 203.0.113.0; the marker otherwise
//	-treatment pseudonym  a keyed HMAC pseudonym, pii:p1:<key id>:..., equal to the one the
//	                      pii.Redactor writes into tagged structs with the same key; the key
//	                      (32 bytes or more) comes from the environment variable LOGSCRUB_KEY
//	-treatment policy     the Clootrack policy's treatment of each category in the sink
//	-sink log             the sink whose policy applies (log, api, export, analytics)
//	-lines=true           scan and write line by line (false: in 64 KiB blocks)
//	-kinds email,card     only these kinds (default: all; see pii.TextKinds)
//	-min-confidence 0.8   drop findings below this confidence
//
// Credentials (URL credentials, JWTs, bearer tokens, Basic credentials) are always redacted: the policy never
// lets them out in any form (§17). logscrub exits 2 on bad flags and 1 on a read or write
// error.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/clootrack/privacy/pii"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// errUsage marks an error in the command line.
var errUsage = errors.New("usage")

// run is the whole program, with its inputs and outputs passed in so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	s, lines, err := configure(args, stderr, getenv)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "logscrub:", err)
		}
		return 2
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	w := io.Writer(out)
	if lines {
		w = lineFlusher{out} // a pipe sees each line as soon as it is scrubbed
	}
	res, err := s.RedactStream(w, stdin, &pii.StreamOptions{Lines: lines})
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	for _, k := range pii.TextKinds() {
		if n := res.Count(k); n > 0 {
			fmt.Fprintf(stderr, "%-15s %d\n", k, n)
		}
	}
	fmt.Fprintf(stderr, "%-15s %d\n", "total", res.Total())
	if err != nil {
		fmt.Fprintln(stderr, "logscrub:", err)
		return 1
	}
	return 0
}

// configure parses the flags and builds the Scanner.
func configure(args []string, stderr io.Writer, getenv func(string) string) (*pii.Scanner, bool, error) {
	fs := flag.NewFlagSet("logscrub", flag.ContinueOnError)
	fs.SetOutput(stderr)
	treatment := fs.String("treatment", "marker", "marker, mask, pseudonym or policy")
	sinkName := fs.String("sink", "log", "log, api, export or analytics")
	lines := fs.Bool("lines", true, "scan and write line by line")
	kinds := fs.String("kinds", "", "comma-separated kinds to look for (default all)")
	minConf := fs.Float64("min-confidence", 0, "drop findings below this confidence")
	keyID := fs.String("key-id", "logscrub", "id of the pseudonym key in $LOGSCRUB_KEY")
	if err := fs.Parse(args); err != nil {
		return nil, false, err
	}
	if fs.NArg() > 0 {
		return nil, false, fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	sink, err := pii.ParseSink(*sinkName)
	if err != nil {
		return nil, false, err
	}
	opts := &pii.Options{Marker: pii.TypedMarker}
	switch *treatment {
	case "marker":
		opts.Overrides = everyCategory(sink, pii.TreatmentRedact)
	case "mask":
		opts.Overrides = everyCategory(sink, pii.TreatmentMask)
	case "pseudonym":
		secret := getenv("LOGSCRUB_KEY")
		if secret == "" {
			return nil, false, fmt.Errorf("%w: -treatment pseudonym needs a key of 32 bytes or more in $LOGSCRUB_KEY", errUsage)
		}
		opts.PseudonymKeys = []pii.Key{{ID: *keyID, Secret: []byte(secret)}}
		opts.Overrides = everyCategory(sink, pii.TreatmentPseudonym)
	case "policy":
	default:
		return nil, false, fmt.Errorf("%w: unknown -treatment %q", errUsage, *treatment)
	}
	r, err := pii.NewRedactor(opts)
	if err != nil {
		return nil, false, err
	}
	sopts := &pii.ScanOptions{Sink: sink, MinConfidence: float32(*minConf)}
	if *kinds != "" {
		for _, name := range strings.Split(*kinds, ",") {
			k, err := pii.ParseTextKind(strings.TrimSpace(name))
			if err != nil {
				return nil, false, fmt.Errorf("%w: %q", err, name)
			}
			sopts.Kinds = append(sopts.Kinds, k)
		}
	}
	s, err := pii.NewScanner(r, sopts)
	return s, *lines, err
}

// everyCategory overrides every category's treatment in sink with t, where the policy
// allows it; the others (credentials, §17) keep theirs.
func everyCategory(sink pii.Sink, t pii.Treatment) []pii.Override {
	var out []pii.Override
	for _, c := range pii.Categories() {
		if pii.CheckTreatment(c, sink, t) == nil {
			out = append(out, pii.Override{Category: c, Sink: sink, Treatment: t})
		}
	}
	return out
}

// lineFlusher flushes a buffered writer after each write: in line mode each write is one
// scrubbed line (or part of an overlong one).
type lineFlusher struct{ w *bufio.Writer }

func (l lineFlusher) Write(p []byte) (int, error) {
	n, err := l.w.Write(p)
	if err == nil {
		err = l.w.Flush()
	}
	return n, err
}
