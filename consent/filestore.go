package consent

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
)

// FileOptions configures [OpenFileStore]. A nil *FileOptions means the
// defaults: fsync on, no logging.
type FileOptions struct {
	// NoSync skips fsync. Appends are then acknowledged once written to the
	// operating system, and a power failure can lose them. It exists for
	// tests and for benchmark baselines; never set it for a real ledger.
	NoSync bool

	// Logger receives a warning when opening the file truncates a torn
	// tail. Messages hold offsets and counts, never record content. Nil
	// means no logging.
	Logger *slog.Logger

	// SavedHead, if not zero, is a Head of this ledger saved earlier
	// ([FileStore.Head]) somewhere its writer cannot change. Opening fails
	// with a [*CorruptError] wrapping [ErrChainBroken], leaving the file
	// untouched, unless the file still holds record SavedHead.Seq with hash
	// SavedHead.Hash: the check [VerifyAgainst] makes, which catches whole
	// records removed from the end.
	SavedHead Head
}

// Recovery describes what [OpenFileStore] found when it opened a file.
type Recovery struct {
	Records        uint64 // valid records found
	TruncatedBytes int64  // bytes of a torn tail removed (0 if the file ended cleanly)
	TruncatedAt    int64  // file offset where the torn tail began (0 if none)
}

// FileStore is the embedded, durable [Store]: one append-only file on the
// local disk (format in the package documentation, "Ledger file").
//
// # Durability
//
// Append returns only after the records are written and fsynced. Concurrent
// appends share fsyncs (group commit): while one batch is being synced the
// next batch collects, so one fsync acknowledges every append that arrived
// meanwhile. A failed write or fsync makes the store fail closed: every later
// call returns the error, and the file must be reopened (which recovers it).
//
// # Recovery
//
// [OpenFileStore] reads and checks every record: frame checksums, the
// canonical encoding, and the hash chain. A final frame cut short by a crash
// (a torn tail, never an acknowledged record) is truncated and reported in
// [FileStore.Recovery]. Any other damage — a changed byte, a missing or
// reordered record, or (with [FileOptions].SavedHead) records missing from
// the end — is a [*CorruptError] (matching [ErrCorrupt]) that says where;
// the file is left untouched for inspection. Nothing is ever dropped
// silently.
//
// Open one with [OpenFileStore]; a nil or zero FileStore returns
// [ErrNilStore] from every method.
//
// An open FileStore keeps an index in memory: the offset of every record
// (8 bytes each) and each subject's sequence numbers; records themselves
// are read from the file when asked for.
//
// A FileStore is safe for concurrent use by multiple goroutines. It holds an
// exclusive advisory lock (flock) on the file while open, so a second
// FileStore on the same file fails with [ErrLocked].
type FileStore struct {
	f        *os.File
	sync     bool
	recovery Recovery

	mu        sync.Mutex
	flushed   *sync.Cond // broadcast when a flush ends
	head      Head       // including buffered, not yet durable records
	size      int64      // file size including buffered bytes
	pending   []byte     // frames buffered for the next flush
	spare     []byte     // the other buffer, reused
	durable   Head       // last record known to be on disk
	diskSize  int64      // bytes known to be on disk
	flushing  bool
	err       error // sticky: set by a failed write or fsync
	closed    bool
	offsets   []int64 // offsets[seq-1] is the frame offset of record seq
	bySubject map[Subject][]uint64

	// flushes counts group writes (each followed by fsync when syncing), for
	// the group-commit benchmark.
	flushes atomic.Int64

	// midWrite, set only by the crash test, is called after all but the
	// last byte of a batch is written, so that a kill there tears a frame.
	midWrite func()
}

// OpenFileStore opens the ledger file at path, creating it if it does not
// exist, and recovers it (see [FileStore]). Errors: [ErrLocked] if another
// FileStore has it open, a [*CorruptError] if it is damaged, or an I/O error.
func OpenFileStore(path string, opts *FileOptions) (*FileStore, error) {
	if opts == nil {
		opts = &FileOptions{}
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		if err := createLedgerFile(path); err != nil {
			return nil, err
		}
		f, err = os.OpenFile(path, os.O_RDWR, 0)
	}
	if err != nil {
		return nil, err
	}
	if err := lockFile(f); err != nil {
		f.Close()
		return nil, err
	}
	s := &FileStore{f: f, sync: !opts.NoSync, bySubject: make(map[Subject][]uint64)}
	s.flushed = sync.NewCond(&s.mu)
	if err := s.recover(opts.Logger, opts.SavedHead); err != nil {
		unlockFile(f)
		f.Close()
		return nil, err
	}
	return s, nil
}

// createLedgerFile creates a ledger file holding only the file header,
// atomically: the header is written and synced under a temporary name, then
// linked into place, so a crash never leaves a half-written header. The
// temporary name is removed before the directory is synced, so that no
// second name for the ledger (which holds personal data) outlives a crash.
func createLedgerFile(path string) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".consent-ledger-*")
	if err != nil {
		return err
	}
	removed := false
	defer func() {
		if !removed {
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(fileHeader()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	// Link fails if another process created the file meanwhile; then use theirs.
	if err := os.Link(tmp.Name(), path); err != nil && !errors.Is(err, os.ErrExist) {
		return err
	}
	removed = true
	if err := os.Remove(tmp.Name()); err != nil {
		return err
	}
	return syncDir(dir)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}

// Recovery reports what opening the file found.
func (s *FileStore) Recovery() Recovery {
	if s == nil {
		return Recovery{}
	}
	return s.recovery
}

// Append implements [Store] with group commit: see [FileStore].
//
// ctx is checked once, before anything is buffered. After that Append waits
// for its group's fsync whatever happens to ctx: a buffered record will reach
// the file and cannot be taken back, so returning early would leave the
// caller unsure whether the event was recorded. The wait is one write and one
// fsync.
func (s *FileStore) Append(ctx context.Context, events ...Event) ([]Event, error) {
	if s == nil {
		return nil, ErrNilStore
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(events) == 0 {
		return nil, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return nil, err
	}
	// Chain and encode everything first, so that an invalid event leaves
	// the store untouched.
	out := make([]Event, 0, len(events))
	frames := make([]byte, 0, 256*len(events))
	head := s.head
	var frameOffsets []int64
	for _, e := range events {
		c, err := Chain(head, e.clone())
		if err != nil {
			return nil, err
		}
		payload, err := c.MarshalBinary()
		if err != nil {
			return nil, err
		}
		frameOffsets = append(frameOffsets, s.size+int64(len(frames)))
		frames = appendFrame(frames, payload)
		out = append(out, c)
		head = Head{Seq: c.Seq, Hash: c.Hash}
	}
	for i, c := range out {
		s.offsets = append(s.offsets, frameOffsets[i])
		s.bySubject[c.Subject] = append(s.bySubject[c.Subject], c.Seq)
	}
	s.pending = append(s.pending, frames...)
	s.size += int64(len(frames))
	s.head = head

	for s.durable.Seq < head.Seq && s.err == nil {
		if s.flushing {
			s.flushed.Wait()
			continue
		}
		s.flushLocked()
	}
	if s.durable.Seq < head.Seq {
		return nil, s.err
	}
	return cloneEvents(out), nil
}

func (s *FileStore) usableLocked() error {
	switch {
	case s.f == nil:
		return ErrNilStore
	case s.closed:
		return ErrClosed
	case s.err != nil:
		return s.err
	}
	return nil
}

// flushLocked writes and syncs everything buffered. It is called with s.mu
// held and returns with it held, but releases it during the I/O so that
// other appends can buffer the next batch meanwhile.
func (s *FileStore) flushLocked() {
	s.flushing = true
	// Writers woken by the previous flush are about to append again: let
	// them, so that this fsync carries a full batch rather than one record.
	// Yield while the batch keeps growing (a few times at most): one yield
	// is not enough for a dozen woken writers to run on a couple of CPUs.
	for range 4 {
		n := len(s.pending)
		s.mu.Unlock()
		runtime.Gosched()
		s.mu.Lock()
		if len(s.pending) == n {
			break
		}
	}
	buf, off, upto, size := s.pending, s.diskSize, s.head, s.size
	s.pending = s.spare[:0]
	s.mu.Unlock()

	var err error
	if s.midWrite != nil && len(buf) > 1 {
		last := len(buf) - 1
		if _, err = s.f.WriteAt(buf[:last], off); err == nil {
			s.midWrite()
			_, err = s.f.WriteAt(buf[last:], off+int64(last))
		}
	} else {
		_, err = s.f.WriteAt(buf, off)
	}
	if err == nil && s.sync {
		err = s.f.Sync()
	}
	s.flushes.Add(1)

	s.mu.Lock()
	s.flushing = false
	s.spare = buf[:0]
	if err != nil {
		// After a failed fsync the kernel may have dropped the dirty pages;
		// retrying could acknowledge data that is not on disk. Fail closed.
		s.err = fmt.Errorf("consent: ledger write failed, reopen the store to recover: %w", err)
	} else {
		s.durable, s.diskSize = upto, size
	}
	s.flushed.Broadcast()
}

// Head implements [Store].
func (s *FileStore) Head(ctx context.Context) (Head, error) {
	if s == nil {
		return Head{}, ErrNilStore
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return Head{}, err
	}
	return s.durable, nil
}

// Events implements [Store]. Records are read from the file and checked
// (frame checksums and canonical encoding) as they are yielded.
func (s *FileStore) Events(ctx context.Context, from uint64) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		if s == nil {
			yield(Event{}, ErrNilStore)
			return
		}
		s.mu.Lock()
		err := s.usableLocked()
		durable, end, offsets := s.durable.Seq, s.diskSize, s.offsets
		s.mu.Unlock()
		if err != nil {
			yield(Event{}, err)
			return
		}
		if from == 0 {
			from = 1
		}
		if from > durable {
			return
		}
		start := offsets[from-1]
		r := newFrameReader(io.NewSectionReader(s.f, start, end-start), start)
		for seq := from; seq <= durable; seq++ {
			if err := ctx.Err(); err != nil {
				yield(Event{}, err)
				return
			}
			e, err := r.next()
			if err != nil {
				yield(Event{}, readError(err, r.off, seq-1))
				return
			}
			if !yield(e, nil) {
				return
			}
		}
	}
}

// Subject implements [Store].
func (s *FileStore) Subject(ctx context.Context, subject Subject) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		if s == nil {
			yield(Event{}, ErrNilStore)
			return
		}
		s.mu.Lock()
		err := s.usableLocked()
		seqs, durable, offsets := s.bySubject[subject], s.durable.Seq, s.offsets
		seqs = seqs[:len(seqs):len(seqs)]
		s.mu.Unlock()
		if err != nil {
			yield(Event{}, err)
			return
		}
		for _, seq := range seqs {
			if seq > durable {
				return
			}
			if err := ctx.Err(); err != nil {
				yield(Event{}, err)
				return
			}
			off := offsets[seq-1]
			e, err := s.readAt(off)
			if err != nil {
				yield(Event{}, readError(err, off, seq-1))
				return
			}
			if !yield(e, nil) {
				return
			}
		}
	}
}

func readError(err error, off int64, seq uint64) error {
	var ce *CorruptError
	if errors.As(err, &ce) {
		return err
	}
	return &CorruptError{Offset: off, Seq: seq, Reason: "reading record", Err: err}
}

// readAt reads and decodes the frame at off.
func (s *FileStore) readAt(off int64) (Event, error) {
	var h [frameHeaderSize]byte
	if _, err := s.f.ReadAt(h[:], off); err != nil {
		return Event{}, err
	}
	n, sum, ok := parseFrameHeader(h[:])
	if !ok {
		return Event{}, &CorruptError{Offset: off, Reason: "frame header checksum mismatch", Err: ErrMalformedRecord}
	}
	payload := make([]byte, n)
	if _, err := s.f.ReadAt(payload, off+frameHeaderSize); err != nil {
		return Event{}, err
	}
	if !payloadOK(payload, sum) {
		return Event{}, &CorruptError{Offset: off, Reason: "record checksum mismatch", Err: ErrMalformedRecord}
	}
	return decodeRecord(payload)
}

// Close waits for buffered appends to reach the disk, then closes the file
// and releases its lock. Later calls return [ErrClosed].
func (s *FileStore) Close() error {
	if s == nil {
		return ErrNilStore
	}
	s.mu.Lock()
	if s.f == nil {
		s.mu.Unlock()
		return ErrNilStore
	}
	if s.closed {
		s.mu.Unlock()
		return ErrClosed
	}
	for (s.flushing || len(s.pending) > 0) && s.err == nil {
		if s.flushing {
			s.flushed.Wait()
			continue
		}
		s.flushLocked()
	}
	s.closed = true
	s.flushed.Broadcast()
	s.mu.Unlock()
	return errors.Join(unlockFile(s.f), s.f.Close())
}
