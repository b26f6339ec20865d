// Package consenttest helps test code that uses package consent, the way
// net/http/httptest helps test HTTP handlers: clocks that stand still or
// step, a seeded entropy source that makes event ids reproducible, fixtures
// (a small catalog, a notice history, a ledger populated with typical
// subjects), and go-cmp options for comparing events and decisions.
//
// It never imports testify; its helpers return errors rather than failing a
// test themselves.
//
// # Concurrency
//
// [Clock] and [Stepper] are safe for concurrent use. Each [Entropy] reader
// is not (consent's ledger wraps it in a locked reader). Fixtures are built
// fresh on every call.
package consenttest
