package consent

import (
	"bytes"
	"errors"
	"slices"
	"testing"
)

// FuzzLedgerFile reads arbitrary bytes as a ledger file, the way
// OpenFileStore does (scanLedger, on memory so that each run is fast).
// Reading never panics; damage is ErrCorrupt; what it accepts is a prefix
// of the input (only a torn tail may be cut: a frame running past the end,
// or zero bytes), verifies as a chain whose records re-encode, frame by
// frame, to exactly the bytes kept, and is indexed by offset and subject.
func FuzzLedgerFile(f *testing.F) {
	m := newEventMaker()
	events := chain(f,
		m.make(f, "s-1", KindGrant, "analytics", "marketing-email"),
		m.make(f, "s-2", KindDeny, "targeted-advertising"),
		m.make(f, "s-1", KindWithdraw, "analytics"),
	)
	file := fileHeader()
	for _, e := range events {
		payload, err := e.MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		file = appendFrame(file, payload)
	}
	f.Add(file)
	f.Add(file[:len(file)-7])                                        // torn tail
	f.Add(append(append([]byte(nil), file...), make([]byte, 30)...)) // zero-filled tail
	f.Add(file[:fileHeaderSize])
	f.Add([]byte("not a ledger"))
	flipped := append([]byte(nil), file...)
	flipped[len(flipped)/2] ^= 1
	f.Add(flipped)

	f.Fuzz(func(t *testing.T, in []byte) {
		sc, err := scanLedger(bytes.NewReader(in), int64(len(in)), Head{})
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("refused with %v, want ErrCorrupt", err)
			}
			return
		}
		kept := in[:sc.end]
		if sc.tornAt >= 0 {
			if sc.tornAt != sc.end {
				t.Fatalf("torn tail at %d, but records end at %d", sc.tornAt, sc.end)
			}
			if !tornTailShape(in[sc.end:]) {
				t.Fatal("cut a tail that is neither a frame running past the end nor zeros")
			}
		} else if sc.end != int64(len(in)) {
			t.Fatalf("records end at %d of %d bytes, with no torn tail", sc.end, len(in))
		}
		var got []Event
		fr := newFrameReader(bytes.NewReader(kept[fileHeaderSize:]), fileHeaderSize)
		again := fileHeader()
		for fr.off < int64(len(kept)) {
			off := fr.off
			e, err := fr.next()
			if err != nil {
				t.Fatalf("kept bytes do not read back: %v", err)
			}
			if sc.offsets[e.Seq-1] != off {
				t.Fatalf("record %d indexed at %d, found at %d", e.Seq, sc.offsets[e.Seq-1], off)
			}
			payload, err := e.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			again = appendFrame(again, payload)
			got = append(got, e)
		}
		if !bytes.Equal(again, kept) {
			t.Fatal("re-encoding the records does not give the bytes kept")
		}
		head, err := Verify(seqOf(got))
		if err != nil || head != sc.head || uint64(len(sc.offsets)) != head.Seq {
			t.Fatalf("head %v, scan says %v: %v", head, sc.head, err)
		}
		for _, e := range got {
			if !slices.Contains(sc.bySubject[e.Subject], e.Seq) {
				t.Fatalf("record %d missing from its subject's index", e.Seq)
			}
		}
	})
}

// tornTailShape reports whether tail is what a crash can leave: all zero
// bytes, or the start of one frame whose header (if complete) checks out
// and whose payload runs past the end.
func tornTailShape(tail []byte) bool {
	if !slices.ContainsFunc(tail, func(b byte) bool { return b != 0 }) {
		return true
	}
	if len(tail) < frameHeaderSize {
		return true
	}
	n, _, ok := parseFrameHeader(tail)
	return ok && len(tail) < frameHeaderSize+n
}
