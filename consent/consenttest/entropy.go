package consenttest

import (
	"io"
	"math/rand/v2"
)

// Entropy returns a deterministic random source for consent event ids:
// pass it as consent.LedgerOptions.Entropy. The same seed and the same
// clock give the same ids, so golden files and Example output stay stable.
// Never use it outside tests: the ids become guessable.
//
// The reader is not safe for concurrent use on its own; the ledger wraps it
// in a locked monotonic reader.
func Entropy(seed uint64) io.Reader {
	var s [32]byte
	for i := range 8 {
		s[i] = byte(seed >> (8 * i))
	}
	return rand.NewChaCha8(s)
}
