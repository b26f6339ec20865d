package consent

import (
	"bufio"
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

// recover reads the whole file, rebuilds the indexes, verifies the chain
// (and, if saved is not zero, that it still holds saved), and truncates a
// torn tail. It is called once, from OpenFileStore.
func (s *FileStore) recover(log *slog.Logger, saved Head) error {
	info, err := s.f.Stat()
	if err != nil {
		return err
	}
	size := info.Size()
	if size == 0 {
		// An empty file (created by someone else, or by a crash between
		// create and the first write of a foreign tool): start a ledger.
		if _, err := s.f.WriteAt(fileHeader(), 0); err != nil {
			return err
		}
		if err := s.f.Sync(); err != nil {
			return err
		}
		size = fileHeaderSize
	}
	hdr := make([]byte, fileHeaderSize)
	if _, err := s.f.ReadAt(hdr, 0); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	if reason := checkFileHeader(hdr); reason != "" {
		return &CorruptError{Offset: 0, Reason: reason, Err: ErrMalformedRecord}
	}

	fr := newFrameReader(io.NewSectionReader(s.f, fileHeaderSize, size-fileHeaderSize), fileHeaderSize)
	var head Head
	tornAt := int64(-1)
	for fr.off < size {
		off := fr.off
		e, err := fr.next()
		if err == nil {
			bad := verifyNext(head, &e)
			if bad == nil {
				bad = checkSaved(saved, &e)
			}
			if bad != nil {
				var ce *CorruptError
				if errors.As(bad, &ce) {
					ce.Offset = off
				}
				return bad
			}
			s.offsets = append(s.offsets, off)
			s.bySubject[e.Subject] = append(s.bySubject[e.Subject], e.Seq)
			head = Head{Seq: e.Seq, Hash: e.Hash}
			continue
		}
		torn, terr := s.isTornTail(err, off, size)
		if terr != nil {
			return terr
		}
		if !torn {
			var ce *CorruptError
			if errors.As(err, &ce) {
				ce.Seq = head.Seq
				return ce
			}
			return &CorruptError{Offset: off, Seq: head.Seq, Reason: "reading record", Err: err}
		}
		tornAt = off
		break
	}
	if head.Seq < saved.Seq {
		ce := shortOfSaved(head, saved)
		ce.Offset = fr.off
		return ce
	}
	if tornAt >= 0 {
		if err := s.truncate(tornAt, size, log); err != nil {
			return err
		}
		size = tornAt
	}
	s.head, s.durable = head, head
	s.size, s.diskSize = size, size
	s.recovery.Records = head.Seq
	return nil
}

// isTornTail decides whether a frame that failed to read at off is a torn
// tail: the unfinished last write of a crashed process. That is the case
// when the frame runs past the end of the file (its header or payload is
// incomplete), or when everything from off to the end is zero bytes (a
// file extended but not yet written when power failed). A frame that is
// complete but fails its checks is damage, not a torn write.
func (s *FileStore) isTornTail(readErr error, off, size int64) (bool, error) {
	if errors.Is(readErr, io.ErrUnexpectedEOF) || errors.Is(readErr, io.EOF) {
		return true, nil
	}
	var ce *CorruptError
	if !errors.As(readErr, &ce) || ce.Reason != "frame header checksum mismatch" {
		return false, nil
	}
	rest := make([]byte, min(size-off, 1<<20))
	if int64(len(rest)) != size-off {
		return false, nil
	}
	if _, err := s.f.ReadAt(rest, off); err != nil {
		return false, err
	}
	for _, b := range rest {
		if b != 0 {
			return false, nil
		}
	}
	return true, nil
}

func (s *FileStore) truncate(off, size int64, log *slog.Logger) error {
	if err := s.f.Truncate(off); err != nil {
		return err
	}
	if err := s.f.Sync(); err != nil {
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
