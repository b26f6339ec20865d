package consent

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"log/slog"
)

// frameReader reads frames sequentially.
type frameReader struct {
	r   *bufio.Reader
	off int64 // file offset of the next frame
	buf []byte
}

func newFrameReader(r io.Reader, off int64) *frameReader {
	return &frameReader{r: bufio.NewReaderSize(r, 64<<10), off: off}
}

// next reads, checks and decodes one frame; io.EOF at a clean end.
func (fr *frameReader) next() (Event, error) {
	var h [frameHeaderSize]byte
	if _, err := io.ReadFull(fr.r, h[:]); err != nil {
		return Event{}, err
	}
	n, sum, ok := parseFrameHeader(h[:])
	if !ok {
		return Event{}, &CorruptError{Offset: fr.off, Reason: "frame header checksum mismatch", Err: ErrMalformedRecord}
	}
	if cap(fr.buf) < n {
		fr.buf = make([]byte, n)
	}
	payload := fr.buf[:n]
	if _, err := io.ReadFull(fr.r, payload); err != nil {
		return Event{}, err
	}
	if !payloadOK(payload, sum) {
		return Event{}, &CorruptError{Offset: fr.off, Reason: "record checksum mismatch", Err: ErrMalformedRecord}
	}
	e, err := decodeRecord(payload)
	if err != nil {
		return Event{}, &CorruptError{Offset: fr.off, Reason: "record not canonical", Err: err}
	}
	fr.off += frameHeaderSize + int64(n)
	return e, nil
}

// ledgerScan is what reading a ledger file found.
type ledgerScan struct {
	head      Head
	offsets   []int64 // offsets[seq-1] is the frame offset of record seq
	bySubject map[Subject][]uint64
	end       int64 // where the last valid frame ends
	tornAt    int64 // where a torn tail begins (== end), or -1 if none
}

// scanLedger reads a ledger file of the given size from r: the file header,
// every frame's checksums and canonical encoding, the hash chain and, if
// saved is not zero, that the file still holds saved. A torn tail (see
// isTornTail) is reported in tornAt, not as an error; any other damage is a
// *CorruptError. It changes nothing: OpenFileStore acts on the result.
func scanLedger(r io.ReaderAt, size int64, saved Head) (*ledgerScan, error) {
	hdr := make([]byte, fileHeaderSize)
	if _, err := r.ReadAt(hdr, 0); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	if reason := checkFileHeader(hdr); reason != "" {
		return nil, &CorruptError{Offset: 0, Reason: reason, Err: ErrMalformedRecord}
	}
	sc := &ledgerScan{bySubject: make(map[Subject][]uint64), tornAt: -1}
	fr := newFrameReader(io.NewSectionReader(r, fileHeaderSize, size-fileHeaderSize), fileHeaderSize)
	for fr.off < size {
		off := fr.off
		e, err := fr.next()
		if err == nil {
			bad := verifyNext(sc.head, &e)
			if bad == nil {
				bad = checkSaved(saved, &e)
			}
			if bad != nil {
				var ce *CorruptError
				if errors.As(bad, &ce) {
					ce.Offset = off
				}
				return nil, bad
			}
			sc.offsets = append(sc.offsets, off)
			sc.bySubject[e.Subject] = append(sc.bySubject[e.Subject], e.Seq)
			sc.head = Head{Seq: e.Seq, Hash: e.Hash}
			continue
		}
		torn, terr := isTornTail(r, err, off, size)
		if terr != nil {
			return nil, terr
		}
		if !torn {
			var ce *CorruptError
			if errors.As(err, &ce) {
				ce.Seq = sc.head.Seq
				return nil, ce
			}
			return nil, &CorruptError{Offset: off, Seq: sc.head.Seq, Reason: "reading record", Err: err}
		}
		sc.tornAt = off
		break
	}
	sc.end = fr.off
	if sc.head.Seq < saved.Seq {
		ce := shortOfSaved(sc.head, saved)
		ce.Offset = sc.end
		return nil, ce
	}
	return sc, nil
}

// recover reads the whole file, rebuilds the indexes, verifies the chain
// (and, if saved is not zero, that it still holds saved), and truncates a
// torn tail. It is called once, from OpenFileStore.
func (s *FileStore) recover(log *slog.Logger, saved Head) error {
	info, err := s.f.Stat()
	if err != nil {
		return err
	}
	size := info.Size()
	if size < fileHeaderSize && headerPrefix(s.f, size) {
		// An empty file (created by someone else), or one whose header
		// write here was cut short by a crash: start a ledger.
		if _, err := s.f.WriteAt(fileHeader(), 0); err != nil {
			return err
		}
		if err := s.syncFile(); err != nil {
			return err
		}
		size = fileHeaderSize
	}
	sc, err := scanLedger(s.f, size, saved)
	if err != nil {
		return err
	}
	if sc.tornAt >= 0 {
		if err := s.truncate(sc.tornAt, size, log); err != nil {
			return err
		}
		size = sc.tornAt
	}
	s.offsets, s.bySubject = sc.offsets, sc.bySubject
	s.head, s.durable = sc.head, sc.head
	s.size, s.diskSize = size, size
	s.recovery.Records = sc.head.Seq
	return nil
}

// headerPrefix reports whether the size bytes of r are the start of a
// file header (true for an empty file).
func headerPrefix(r io.ReaderAt, size int64) bool {
	b := make([]byte, size)
	if _, err := r.ReadAt(b, 0); err != nil && !errors.Is(err, io.EOF) {
		return false
	}
	return bytes.HasPrefix(fileHeader(), b)
}

// isTornTail decides whether a frame that failed to read at off is a torn
// tail: the unfinished last write of a crashed process. That is the case
// when the frame runs past the end of the file (its header or payload is
// incomplete), or when everything from off to the end is zero bytes (a
// file extended but not yet written when power failed). A frame that is
// complete but fails its checks is damage, not a torn write.
func isTornTail(r io.ReaderAt, readErr error, off, size int64) (bool, error) {
	if errors.Is(readErr, io.ErrUnexpectedEOF) || errors.Is(readErr, io.EOF) {
		return true, nil
	}
	var ce *CorruptError
	if !errors.As(readErr, &ce) || ce.Reason != "frame header checksum mismatch" {
		return false, nil
	}
	if size-off > 1<<20 {
		return false, nil
	}
	rest := make([]byte, size-off)
	if _, err := r.ReadAt(rest, off); err != nil {
		return false, err
	}
	for _, b := range rest {
		if b != 0 {
			return false, nil
		}
	}
	return true, nil
}

// syncFile fsyncs the file unless the store was opened with NoSync.
func (s *FileStore) syncFile() error {
	if !s.sync {
		return nil
	}
	return s.f.Sync()
}

func (s *FileStore) truncate(off, size int64, log *slog.Logger) error {
	if err := s.f.Truncate(off); err != nil {
		return err
	}
	if err := s.syncFile(); err != nil {
		return err
	}
	s.recovery.TruncatedBytes = size - off
	s.recovery.TruncatedAt = off
	if log != nil {
		log.Warn("consent: truncated torn tail of ledger file",
			slog.Int64("offset", off), slog.Int64("bytes", size-off))
	}
	return nil
}
