// Package piitest helps test code that handles personal data with package pii: it finds
// personal data leaking into an output, compares values while ignoring or treating their
// personal fields, and supplies deterministic keys, sealers, keyrings and clocks so that
// redacted output can be checked against golden files.
//
// # Leak checks
//
// [NoLeak] takes a tagged value and something the code under test produced from it (a log
// line, an API response, an error message) and returns a [*LeakError] naming the field path
// of every personal value found in the output, in clear or in a common encoding (JSON
// escaping, Go quoting, URL escaping, a different letter case, the digits of a formatted
// number). The error never contains the values themselves.
//
//	var buf bytes.Buffer
//	logger := slog.New(handlerUnderTest(&buf))
//	logger.Info("signed in", "user", u)
//	if err := piitest.NoLeak(u, buf.Bytes()); err != nil {
//		t.Error(err) // piitest: personal data in output: User.Email (email, raw)
//	}
//
// # Comparing values
//
// [IgnorePII] and [TreatPII] are go-cmp options: the first ignores personal fields (by
// category, or all of them), the second compares them as a [pii.Redactor] would emit them to
// a sink.
//
// # Determinism
//
// [Key], [Rand], [NewSealer], [NewRedactor], [NewKeyring], [FixedClock] and [StepClock] give
// the same keys, nonces, tokens and times on every run. They are for tests only: keys derived
// from a name and predictable nonces protect nothing.
//
// The package uses go-cmp, never testify, and reports failures as errors rather than
// failing the test itself, so it works with any test style.
package piitest
