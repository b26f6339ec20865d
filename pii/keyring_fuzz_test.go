package pii

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// fuzzMaster is the master key the keyring fuzz targets decode with.
func fuzzMaster(f *testing.F) MasterKey {
	m, err := NewMasterKey("fuzz", bytes.Repeat([]byte{9}, 32))
	if err != nil {
		f.Fatal(err)
	}
	return m
}

// sampleKeyTable returns a small table with several subjects and versions.
func sampleKeyTable() keyTable {
	r := rand.NewChaCha8([32]byte{4})
	t := keyTable{}
	for i, subject := range []string{"alice", "bob", "δ-unicode", "x"} {
		for v := range i + 1 {
			k, _ := newKeyVersion(r, uint32(v+1)*3)
			t[subject] = append(t[subject], k)
		}
	}
	return t
}

// FuzzKeyringFile checks that decoding any file never panics, and that whatever decodes
// encodes and decodes again to the same table.
func FuzzKeyringFile(f *testing.F) {
	master := fuzzMaster(f)
	r := rand.NewChaCha8([32]byte{5})
	for _, t := range []keyTable{{}, sampleKeyTable()} {
		file, err := encodeKeyring(t, master, r)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(file)
		f.Add(file[:len(file)/2])
	}
	f.Add([]byte(keyringMagic))
	f.Add([]byte("PIIKEYS\n\x00\x01\x04fuzz0123456789ab"))
	f.Fuzz(func(t *testing.T, file []byte) {
		table, id, err := decodeKeyring(file, []MasterKey{master})
		if err != nil {
			if !errors.Is(err, ErrKeyringCorrupt) && !errors.Is(err, ErrMasterKey) {
				t.Fatalf("unexpected error class: %v", err)
			}
			return
		}
		if id != master.ID() {
			t.Fatalf("decoded under %q", id)
		}
		again, err := encodeKeyring(table, master, r)
		if err != nil {
			t.Fatal(err)
		}
		table2, _, err := decodeKeyring(again, []MasterKey{master})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(table, table2, cmp.AllowUnexported(keyVersion{})); diff != "" {
			t.Fatalf("round trip mismatch (-first +second):\n%s", diff)
		}
	})
}

// FuzzKeyTable fuzzes the payload parser behind the authentication, which a file must get
// past first, so that the fuzzer reaches it directly.
func FuzzKeyTable(f *testing.F) {
	f.Add(appendKeyTable(nil, keyTable{}))
	f.Add(appendKeyTable(nil, sampleKeyTable()))
	f.Add([]byte{0, 0, 0, 1, 0, 1, 'a', 0, 1, 0, 0, 0, 1})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, payload []byte) {
		table, err := parseKeyTable(payload)
		if err != nil {
			if !errors.Is(err, ErrKeyringCorrupt) {
				t.Fatalf("unexpected error class: %v", err)
			}
			return
		}
		table2, err := parseKeyTable(appendKeyTable(nil, table))
		if err != nil {
			t.Fatalf("re-encoded table does not parse: %v", err)
		}
		if diff := cmp.Diff(table, table2, cmp.AllowUnexported(keyVersion{})); diff != "" {
			t.Fatalf("round trip mismatch (-first +second):\n%s", diff)
		}
	})
}

// FuzzShredToken checks that opening any string never panics and fails with a known error.
func FuzzShredToken(f *testing.F) {
	ctx := context.Background()
	sh, err := NewShredder(NewMemoryKeyring(&KeyringOptions{Rand: rand.NewChaCha8([32]byte{6})}), nil)
	if err != nil {
		f.Fatal(err)
	}
	tok, err := sh.Seal(ctx, "alice", []byte("secret"), nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(tok)
	f.Add("pii:c1:1:")
	f.Add("pii:c1:4294967296:AAAA")
	f.Add("pii:c1:2:" + tok[len("pii:c1:1:"):])
	f.Add("4111111111111111")
	f.Fuzz(func(t *testing.T, token string) {
		plaintext, err := sh.Open(ctx, "alice", token, nil)
		switch {
		case err == nil:
			if string(plaintext) != "secret" {
				t.Fatalf("opened a forged token")
			}
		case errors.Is(err, ErrOpen), errors.Is(err, ErrNotSealed):
		default:
			t.Fatalf("unexpected error class: %v", err)
		}
	})
}
