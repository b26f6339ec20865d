package textscan

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// splitReader returns its parts one Read at a time.
type splitReader struct{ parts []string }

func (r *splitReader) Read(p []byte) (int, error) {
	if len(r.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.parts[0])
	r.parts[0] = r.parts[0][n:]
	if r.parts[0] == "" {
		r.parts = r.parts[1:]
	}
	return n, nil
}

// TestStreamValueSplitAcrossReads: a card number, an e-mail address and a
// JWT cut in two by the reads, with the chunk boundary inside them, are
// still found (issue 4).
func TestStreamValueSplitAcrossReads(t *testing.T) {
	t.Parallel()
	sc := smallScanner()
	filler := strings.Repeat("lorem ipsum dolor ", 40)
	for _, tc := range []struct{ before, after, want string }{
		{"pay 4111 1111 ", "1111 1111 now", "pay [CARD] now"},
		{"mail alice.smi", "th@example.com ok", "mail [EMAIL] ok"},
		{"aadhaar 23456789", "0124 ok", "aadhaar [AADHAAR] ok"},
		{"DOB", ": 1985-03-12", "DOB: [DATE_OF_BIRTH]"},
	} {
		for _, chunk := range []int{1, 7, 64} {
			s := Stream{Scanner: sc, Chunk: chunk}
			var out bytes.Buffer
			_, err := s.Copy(&out, &splitReader{parts: []string{filler + tc.before, tc.after}})
			require.NoError(t, err)
			assert.Equal(t, filler+tc.want, out.String(), "chunk %d", chunk)
		}
	}
}

// TestStreamMatchesOneShot: on a corpus with the default bounds, the
// stream's output does not depend on how the input is read.
func TestStreamMatchesOneShot(t *testing.T) {
	t.Parallel()
	data := []byte(generate(11, 300<<10).b.String())
	sc := New(Config{})
	want := oneShot(sc, data, false)
	for _, r := range []io.Reader{bytes.NewReader(data), iotest.HalfReader(bytes.NewReader(data)),
		&chunkReader{data: data, n: 5000, seed: 1}} {
		s := Stream{Scanner: sc, Chunk: 4096}
		var out bytes.Buffer
		n, err := s.Copy(&out, r)
		require.NoError(t, err)
		assert.Equal(t, int64(len(want)), n)
		assert.True(t, bytes.Equal(want, out.Bytes()), "stream output differs from the one-shot output")
	}
}

// TestStreamLines: in line mode each line is scanned alone and written as
// soon as it is complete.
func TestStreamLines(t *testing.T) {
	t.Parallel()
	pr, pw := io.Pipe()
	lines := make(chan string, 4)
	w := writerFunc(func(p []byte) (int, error) { lines <- string(p); return len(p), nil })
	done := make(chan error, 1)
	go func() {
		s := Stream{Lines: true}
		_, err := s.Copy(w, pr)
		done <- err
	}()
	_, err := io.WriteString(pw, "login alice@example.com\n")
	require.NoError(t, err)
	assert.Equal(t, "login [EMAIL]\n", <-lines, "a complete line is written before the next is read")
	_, err = io.WriteString(pw, "aadhaar\n234567890124\n")
	require.NoError(t, err)
	assert.Equal(t, "aadhaar\n", <-lines)
	assert.Equal(t, "234567890124\n", <-lines, "context does not cross lines")
	require.NoError(t, pw.Close())
	require.NoError(t, <-done)
}

type writerFunc func(p []byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// TestStreamErrors: read and write errors are returned, not swallowed.
func TestStreamErrors(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	var s Stream
	_, err := s.Copy(io.Discard, iotest.ErrReader(boom))
	require.ErrorIs(t, err, boom)
	_, err = s.Copy(writerFunc(func([]byte) (int, error) { return 0, boom }), strings.NewReader("x"))
	require.ErrorIs(t, err, boom)
}

// TestStreamLongToken: a JWT longer than the token bound is redacted over
// its first bound bytes, in the stream as in one shot.
func TestStreamLongToken(t *testing.T) {
	t.Parallel()
	sc := smallScanner()
	jwt := "eyJhbGciOiJIUzI1NiJ9." + strings.Repeat("QUJD", 300) + ".c2ln"
	data := []byte("token " + jwt + " end\n")
	want := oneShot(sc, data, false)
	assert.True(t, bytes.HasPrefix(want, []byte("token [JWT]")))
	s := Stream{Scanner: sc, Chunk: 3}
	var out bytes.Buffer
	_, err := s.Copy(&out, bytes.NewReader(data))
	require.NoError(t, err)
	assert.Equal(t, string(want), out.String())
}
