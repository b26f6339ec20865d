package consent

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeLedger creates a ledger file with n records and returns its path and
// the acknowledged events.
func writeLedger(t *testing.T, n int) (string, []Event) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ledger")
	s, err := OpenFileStore(path, nil)
	require.NoError(t, err)
	m := newEventMaker()
	var out []Event
	for i := range n {
		got, err := s.Append(context.Background(), m.make(t, fmt.Sprintf("s-%d", i%3), KindGrant, "analytics"))
		require.NoError(t, err)
		out = append(out, got...)
	}
	require.NoError(t, s.Close())
	return path, out
}

func TestFileStoreReopenVerifies(t *testing.T) {
	t.Parallel()
	path, want := writeLedger(t, 10)
	s, err := OpenFileStore(path, nil)
	require.NoError(t, err)
	defer s.Close()
	assert.Equal(t, Recovery{Records: 10}, s.Recovery())
	got := collect(t, s.Events(context.Background(), 0))
	if diff := cmp.Diff(want, got, eventCmp); diff != "" {
		t.Fatalf("reopened ledger mismatch (-want +got):\n%s", diff)
	}
	// Appending after a reopen continues the chain.
	more, err := s.Append(context.Background(), newEventMaker().make(t, "s-9", KindDeny, "surveys"))
	require.NoError(t, err)
	assert.Equal(t, uint64(11), more[0].Seq)
	assert.Equal(t, want[9].Hash, more[0].Prev)
}

func TestFileStoreLocked(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "ledger")
	s, err := OpenFileStore(path, nil)
	require.NoError(t, err)
	defer s.Close()
	_, err = OpenFileStore(path, nil)
	require.ErrorIs(t, err, ErrLocked)
}

func TestFileStoreHeaderChecks(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	notLedger := filepath.Join(dir, "text")
	require.NoError(t, os.WriteFile(notLedger, []byte("hello, this is not a ledger"), 0o600))
	_, err := OpenFileStore(notLedger, nil)
	require.ErrorIs(t, err, ErrCorrupt)
	assert.Contains(t, err.Error(), "bad magic")

	empty := filepath.Join(dir, "empty")
	require.NoError(t, os.WriteFile(empty, nil, 0o600))
	s, err := OpenFileStore(empty, nil)
	require.NoError(t, err, "an empty file starts a ledger")
	require.NoError(t, s.Close())
	b, err := os.ReadFile(empty)
	require.NoError(t, err)
	assert.Equal(t, fileHeader(), b)

	// A header write cut short by a crash is completed; any other short
	// file is not a ledger.
	half := filepath.Join(dir, "half-header")
	require.NoError(t, os.WriteFile(half, fileHeader()[:7], 0o600))
	s, err = OpenFileStore(half, nil)
	require.NoError(t, err)
	require.NoError(t, s.Close())
	b, err = os.ReadFile(half)
	require.NoError(t, err)
	assert.Equal(t, fileHeader(), b)
	short := filepath.Join(dir, "short")
	require.NoError(t, os.WriteFile(short, []byte("\x89CONSENX"), 0o600))
	_, err = OpenFileStore(short, nil)
	require.ErrorIs(t, err, ErrCorrupt)

	// Creating a ledger leaves no second name for it behind.
	fresh := filepath.Join(t.TempDir(), "fresh")
	s, err = OpenFileStore(fresh, nil)
	require.NoError(t, err)
	require.NoError(t, s.Close())
	entries, err := os.ReadDir(filepath.Dir(fresh))
	require.NoError(t, err)
	require.Len(t, entries, 1, "only the ledger file")
	info, err := os.Stat(fresh)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "a ledger holds personal data: owner only")
}

// A crash can leave the last frame half-written. Reopening truncates it (it
// was never acknowledged), keeps every complete record, and appends again.
func TestFileStoreTruncatesTornTail(t *testing.T) {
	t.Parallel()
	path, want := writeLedger(t, 4)
	full, err := os.ReadFile(path)
	require.NoError(t, err)
	good := append([]byte(nil), full...)
	// The frame of a fifth record, to cut at every length.
	p5, _ := writeLedger(t, 5)
	five, err := os.ReadFile(p5)
	require.NoError(t, err)
	frame5 := five[len(full):]
	require.NotEmpty(t, frame5)

	cases := map[string][]byte{
		"zero-filled tail": append(append([]byte(nil), good...), make([]byte, 40)...),
	}
	for cut := 1; cut < len(frame5); cut++ {
		cases[fmt.Sprintf("cut at %d", cut)] = append(append([]byte(nil), good...), frame5[:cut]...)
	}
	for name, content := range cases {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "ledger")
			require.NoError(t, os.WriteFile(p, content, 0o600))
			s, err := OpenFileStore(p, nil)
			require.NoError(t, err)
			defer s.Close()
			rec := s.Recovery()
			assert.Equal(t, uint64(4), rec.Records)
			assert.Equal(t, int64(len(content)-len(good)), rec.TruncatedBytes)
			assert.Equal(t, int64(len(good)), rec.TruncatedAt)
			got := collect(t, s.Events(context.Background(), 0))
			if diff := cmp.Diff(want, got, eventCmp); diff != "" {
				t.Fatalf("records after recovery (-want +got):\n%s", diff)
			}
			_, err = s.Append(context.Background(), newEventMaker().make(t, "s-1", KindGrant, "surveys"))
			require.NoError(t, err)
		})
	}
}

// Flipping any single byte of a ledger file is detected when it is opened:
// the file header, every frame header, every payload byte. None of these is
// mistaken for a torn tail, so nothing acknowledged is ever dropped.
func TestFileStoreDetectsEveryFlippedByte(t *testing.T) {
	t.Parallel()
	path, _ := writeLedger(t, 3)
	orig, err := os.ReadFile(path)
	require.NoError(t, err)
	dir := t.TempDir()
	for i := range orig {
		for _, mask := range []byte{0x01, 0xff} {
			b := append([]byte(nil), orig...)
			b[i] ^= mask
			p := filepath.Join(dir, fmt.Sprintf("l-%d-%x", i, mask))
			require.NoError(t, os.WriteFile(p, b, 0o600))
			s, err := OpenFileStore(p, nil)
			if err == nil {
				s.Close()
				t.Fatalf("flipping byte %d (mask %#x) was not detected", i, mask)
			}
			require.ErrorIs(t, err, ErrCorrupt, "byte %d", i)
			after, rerr := os.ReadFile(p)
			require.NoError(t, rerr)
			require.Equal(t, b, after, "a corrupt file is left untouched")
			os.Remove(p)
		}
	}
}

// Damage followed by more data is corruption, not a torn tail.
func TestFileStoreGarbageAfterRecordsIsCorrupt(t *testing.T) {
	t.Parallel()
	path, _ := writeLedger(t, 2)
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.Write([]byte(strings.Repeat("garbage!", 20)))
	require.NoError(t, err)
	require.NoError(t, f.Close())
	_, err = OpenFileStore(path, nil)
	require.ErrorIs(t, err, ErrCorrupt)
	var ce *CorruptError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, uint64(2), ce.Seq, "the error says after which record")
}

// A record removed from the middle of the file, with frames intact, breaks
// the chain.
func TestFileStoreDetectsRemovedRecord(t *testing.T) {
	t.Parallel()
	path, _ := writeLedger(t, 3)
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	// Find the second frame and cut it out.
	off1 := fileHeaderSize
	n1, _, ok := parseFrameHeader(b[off1:])
	require.True(t, ok)
	off2 := off1 + frameHeaderSize + n1
	n2, _, ok := parseFrameHeader(b[off2:])
	require.True(t, ok)
	cut := append(append([]byte(nil), b[:off2]...), b[off2+frameHeaderSize+n2:]...)
	require.NoError(t, os.WriteFile(path, cut, 0o600))
	_, err = OpenFileStore(path, nil)
	require.ErrorIs(t, err, ErrChainBroken)
}

// Whole records cut from the end of the file leave a valid, shorter
// ledger; a Head saved earlier catches it on open, leaving the file as it is.
func TestFileStoreSavedHeadDetectsTruncatedRecords(t *testing.T) {
	t.Parallel()
	path, events := writeLedger(t, 5)
	saved := Head{Seq: 5, Hash: events[4].Hash}
	s, err := OpenFileStore(path, &FileOptions{SavedHead: saved})
	require.NoError(t, err)
	require.NoError(t, s.Close())

	// Cut the last two frames, exactly on a frame boundary.
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	off := fileHeaderSize
	for range 3 {
		n, _, ok := parseFrameHeader(b[off:])
		require.True(t, ok)
		off += frameHeaderSize + n
	}
	cut := b[:off]
	require.NoError(t, os.WriteFile(path, cut, 0o600))

	s, err = OpenFileStore(path, nil)
	require.NoError(t, err, "without a saved head the shorter ledger looks whole")
	assert.Equal(t, uint64(3), s.Recovery().Records)
	require.NoError(t, s.Close())

	_, err = OpenFileStore(path, &FileOptions{SavedHead: saved})
	require.ErrorIs(t, err, ErrChainBroken)
	require.ErrorIs(t, err, ErrCorrupt)
	after, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, cut, after, "the file is left untouched")

	// A saved head whose record was rewritten is caught too.
	forged := Head{Seq: 2, Hash: events[2].Hash}
	_, err = OpenFileStore(path, &FileOptions{SavedHead: forged})
	require.ErrorIs(t, err, ErrChainBroken)

	// A torn tail after the saved head is still truncated as usual.
	torn := append(append([]byte(nil), cut...), 0, 0, 0, 9)
	require.NoError(t, os.WriteFile(path, torn, 0o600))
	s, err = OpenFileStore(path, &FileOptions{SavedHead: Head{Seq: 3, Hash: events[2].Hash}})
	require.NoError(t, err)
	assert.Equal(t, int64(4), s.Recovery().TruncatedBytes)
	require.NoError(t, s.Close())
}

const (
	crashChildEnv   = "CONSENT_FILESTORE_CRASH_CHILD"
	crashKillAtEnv  = "CONSENT_FILESTORE_CRASH_KILL_AT"
	crashMidWriteAt = "mid-write"
)

// TestFileStoreCrash runs a child process that appends from several
// goroutines and prints the id of each event once Append has acknowledged
// it. After killAt acknowledgements the child announces its next write
// half-done (all but the last byte of a batch on disk) and the parent kills
// it with SIGKILL right there, four times over the same file. Every reopen
// must truncate the torn frame, verify the chain, and hold every
// acknowledged event.
func TestFileStoreCrash(t *testing.T) {
	if path := os.Getenv(crashChildEnv); path != "" {
		killAt, _ := strconv.Atoi(os.Getenv(crashKillAtEnv))
		crashChild(path, killAt)
		return
	}
	if testing.Short() {
		t.Skip("crash test re-executes the test binary")
	}
	path := filepath.Join(t.TempDir(), "ledger")
	acked := make(map[ID]bool)
	for round := range 4 {
		killAt := 100 + 37*round
		cmd := exec.Command(os.Args[0], "-test.run=^TestFileStoreCrash$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path, crashKillAtEnv+"="+strconv.Itoa(killAt))
		out, err := cmd.StdoutPipe()
		require.NoError(t, err)
		cmd.Stderr = os.Stderr
		require.NoError(t, cmd.Start())
		sc := bufio.NewScanner(out)
		n, killed := 0, false
		for sc.Scan() {
			line := sc.Text()
			if line == crashMidWriteAt && !killed {
				require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
				killed = true
				continue
			}
			id, err := ParseID(line)
			if err != nil {
				continue // the testing framework's own output
			}
			acked[id] = true
			n++
		}
		_ = cmd.Wait()
		require.True(t, killed, "round %d: the child never reached a write to kill", round)
		require.GreaterOrEqual(t, n, killAt, "round %d: the child acknowledged too few events", round)

		s, err := OpenFileStore(path, nil)
		require.NoError(t, err, "round %d: reopen after SIGKILL", round)
		rec := s.Recovery()
		assert.Positive(t, rec.TruncatedBytes, "round %d: the kill tore the last frame", round)
		head, err := Verify(s.Events(context.Background(), 0))
		require.NoError(t, err, "round %d: chain", round)
		have := make(map[ID]bool)
		for e, err := range s.Events(context.Background(), 0) {
			require.NoError(t, err)
			have[e.ID] = true
		}
		for id := range acked {
			require.True(t, have[id], "round %d: acknowledged event %s lost", round, id)
		}
		t.Logf("round %d: %d acknowledged, %d on disk (head %d), torn tail %d bytes",
			round, len(acked), len(have), head.Seq, rec.TruncatedBytes)
		require.NoError(t, s.Close())
	}
}

// crashChild appends until killed, printing the id of each acknowledged
// event; after killAt of them it announces its next write half-done and
// waits there to be killed.
func crashChild(path string, killAt int) {
	s, err := OpenFileStore(path, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(2)
	}
	var mu sync.Mutex
	acked := 0
	print := func(line string) {
		mu.Lock()
		defer mu.Unlock()
		if _, err := os.Stdout.WriteString(line + "\n"); err != nil {
			os.Exit(4)
		}
	}
	s.midWrite = func() {
		mu.Lock()
		n := acked
		mu.Unlock()
		if n >= killAt {
			print(crashMidWriteAt)
			time.Sleep(time.Minute) // the parent kills us here
		}
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ids := newIDSource(nil)
			for i := 0; ; i++ {
				at := time.Now().UTC()
				id, _ := ids.next(at)
				e := Event{
					ID: id, Kind: KindGrant, Subject: MustSubject(fmt.Sprintf("g%d-%d", g, i%5)),
					Purposes: []PurposeID{"analytics"}, Mechanism: MechanismAPI, At: at,
					Evidence: Evidence{UserAgent: strings.Repeat("ua", i%50)},
				}
				if _, err := s.Append(context.Background(), e); err != nil {
					fmt.Fprintln(os.Stderr, "child append:", err)
					os.Exit(3)
				}
				print(id.String())
				mu.Lock()
				acked++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}
