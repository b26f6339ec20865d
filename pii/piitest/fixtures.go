package piitest

import (
	"crypto/sha256"
	"io"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/clootrack/privacy/pii"
)

// Key returns a 32-byte key named id whose secret is derived from id, so that the same id
// gives the same key, pseudonyms and tokens on every run. For tests and golden files only.
func Key(id string) pii.Key {
	sum := sha256.Sum256([]byte("piitest key " + id))
	return pii.Key{ID: id, Secret: sum[:]}
}

// Rand returns a deterministic source of bytes for the given seed, for the Rand options of
// package pii (keyrings, shredders, sealers). It is not safe for concurrent use; give each
// user its own, or use [NewKeyring] and [NewSealer], which lock.
func Rand(seed uint64) io.Reader {
	var s [32]byte
	for i := range 8 {
		s[i] = byte(seed >> (8 * i))
	}
	return rand.NewChaCha8(s)
}

// lockedReader makes a reader safe for concurrent use.
type lockedReader struct {
	mu sync.Mutex
	r  io.Reader
}

func (l *lockedReader) Read(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.Read(p)
}

// NewSealer returns an AES-256-GCM sealer with the key [Key]("seal-test") and nonces from
// [Rand](seed): the same values sealed in the same order give the same tokens on every run.
// It is safe for concurrent use (the order of concurrent seals, and so their tokens, is not
// deterministic).
func NewSealer(seed uint64) *pii.AESSealer {
	s, err := pii.NewAESSealer(&lockedReader{r: Rand(seed)}, Key("seal-test"))
	if err != nil {
		panic("piitest: " + err.Error()) // Key always gives a valid key
	}
	return s
}

// NewRedactor returns a Redactor configured by opts (nil means the defaults) whose
// pseudonym key, if opts sets none, is [Key]("pseudonym-test"), and whose sealer, if opts
// sets none, is [NewSealer](1): pseudonyms and sealed tokens are the same on every run.
func NewRedactor(opts *pii.Options) (*pii.Redactor, error) {
	o := pii.Options{}
	if opts != nil {
		o = *opts
	}
	if len(o.PseudonymKeys) == 0 {
		o.PseudonymKeys = []pii.Key{Key("pseudonym-test")}
	}
	if o.Sealer == nil {
		o.Sealer = NewSealer(1)
	}
	return pii.NewRedactor(&o)
}

// NewKeyring returns a MemoryKeyring whose data keys come from [Rand](seed): subjects get
// the same keys, in the order they are first used, on every run.
func NewKeyring(seed uint64) *pii.MemoryKeyring {
	return pii.NewMemoryKeyring(&pii.KeyringOptions{Rand: &lockedReader{r: Rand(seed)}})
}

// FixedClock returns a clock, for the Now options of the module's packages, that always
// reads t.
func FixedClock(t time.Time) func() time.Time {
	return func() time.Time { return t }
}

// StepClock returns a clock that reads start, then start+step, start+2*step, and so on, one
// step per call. It is safe for concurrent use.
func StepClock(start time.Time, step time.Duration) func() time.Time {
	var mu sync.Mutex
	next := start
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		t := next
		next = next.Add(step)
		return t
	}
}
