package pii_test

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/clootrack/privacy/pii"
)

// BenchmarkShredder seals and opens a 32-byte value under a subject's own key, with the
// memory keyring and with the file keyring (reads are served from memory; only new subjects,
// rotations and Forget write the file).
func BenchmarkShredder(b *testing.B) {
	ctx := context.Background()
	fk, err := pii.OpenFileKeyring(filepath.Join(b.TempDir(), "keys"), masterKey(b, "m1", 1), nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, kc := range []struct {
		name string
		kr   pii.Keyring
	}{{"memory", pii.NewMemoryKeyring(nil)}, {"file", fk}} {
		sh, err := pii.NewShredder(kc.kr, nil)
		if err != nil {
			b.Fatal(err)
		}
		for i := range 100 { // a keyring with some subjects in it
			if _, err := sh.Seal(ctx, "subject-"+strconv.Itoa(i), nil, nil); err != nil {
				b.Fatal(err)
			}
		}
		plaintext := []byte("ann.lee@example.com, +9198765432")
		token, err := sh.Seal(ctx, "subject-7", plaintext, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(kc.name+"/seal", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := sh.Seal(ctx, "subject-7", plaintext, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(kc.name+"/open", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := sh.Open(ctx, "subject-7", token, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
