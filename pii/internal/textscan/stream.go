package textscan

import (
	"bytes"
	"io"
)

// DefaultChunk is the default size of the chunks a [Stream] reads.
const DefaultChunk = 64 << 10

// Replacer appends to dst the text that replaces finding f of text.
type Replacer func(dst, text []byte, f Finding) []byte

// MarkerReplacer replaces each finding with its kind's marker ("[EMAIL]").
func MarkerReplacer(dst, _ []byte, f Finding) []byte {
	return append(dst, f.Kind.Marker()...)
}

// AppendRedacted appends text to dst with every finding in found (sorted,
// non-overlapping, as [Scanner.Scan] returns them) replaced by repl.
func AppendRedacted(dst, text []byte, found []Finding, repl Replacer) []byte {
	return appendRange(dst, text, 0, len(text), found, repl)
}

// appendRange appends text[lo:hi] with the findings that start in [lo, hi)
// replaced. No finding may straddle hi.
func appendRange(dst, text []byte, lo, hi int, found []Finding, repl Replacer) []byte {
	p := lo
	for _, f := range found {
		if f.Start < lo {
			continue
		}
		if f.Start >= hi {
			break
		}
		dst = append(dst, text[p:f.Start]...)
		dst = repl(dst, text, f)
		p = f.End
	}
	return append(dst, text[p:hi]...)
}

// Stream redacts text read from an [io.Reader] into an [io.Writer] in
// bounded memory: its buffer holds one chunk plus at most [Carry] bytes
// kept from the previous chunk, so a value split across two reads is still
// found, and the output is byte for byte that of a one-shot scan of the
// whole input.
//
// In line mode each line (up to and including its '\n') is scanned on its
// own, as if it were the whole text, and written as soon as it is complete,
// which suits a log pipe; a line longer than a chunk is carried over
// like a block.
//
// A Stream may be reused for several copies but not by two goroutines at
// once.
type Stream struct {
	Scanner *Scanner // nil means New(Config{})
	Replace Replacer // nil means MarkerReplacer
	Lines   bool     // line mode
	Chunk   int      // bytes per read; 0 means DefaultChunk

	buf   []byte
	out   []byte
	found []Finding
}

// Copy reads r to its end, writes the redacted text to w, and returns the
// number of bytes written and the first read or write error (io.EOF is not
// an error).
func (s *Stream) Copy(w io.Writer, r io.Reader) (written int64, err error) {
	sc := s.Scanner
	if sc == nil {
		sc = New(Config{})
	}
	repl := s.Replace
	if repl == nil {
		repl = MarkerReplacer
	}
	chunk := s.Chunk
	if chunk <= 0 {
		chunk = DefaultChunk
	}
	carry := sc.carry()
	if cap(s.buf) < chunk+carry {
		s.buf = make([]byte, 0, chunk+carry)
	}
	// In block mode a round writes about a buffer's worth (more only where a
	// treatment is longer than its value): size the output for that once,
	// rather than let appends grow it in steps on every Copy of a fresh
	// Stream. In line mode a round writes one line.
	if !s.Lines && cap(s.out) < chunk+carry {
		s.out = make([]byte, 0, chunk+carry)
	}
	buf := s.buf[:0]
	base, from := 0, 0 // the scanned text starts at base; bytes before from are written
	lastEnd := 0       // end of the last finding written, for context words
	eof := false
	for {
		end, final := len(buf), eof
		if s.Lines {
			if k := bytes.IndexByte(buf[from:], '\n'); k >= 0 {
				end, final = from+k+1, true
			}
		}
		if !final && (len(buf) < cap(buf) || base > 0) {
			if base > 0 { // make room: drop what is written and out of context
				m := copy(buf, buf[base:])
				buf = buf[:m]
				from -= base
				lastEnd -= base
				base = 0
			}
			var n int
			n, err = r.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if err == io.EOF {
				eof, err = true, nil
			} else if err != nil {
				return written, err
			}
			continue // in block mode, fill the buffer before scanning
		}
		s.found = scan(sc, s.found[:0], buf[base:end], from-base, max(lastEnd-base, 0), sameFinding)
		cut := end
		if !final {
			cut = end - (carry - maxLookBehind)
			for _, f := range s.found {
				if base+f.Start < cut && base+f.End > cut {
					cut = base + f.End
					break
				}
			}
		}
		s.out = appendRange(s.out[:0], buf[base:end], from-base, cut-base, s.found, repl)
		for _, f := range s.found {
			if base+f.Start < cut {
				lastEnd = base + f.End
			}
		}
		m, werr := w.Write(s.out)
		written += int64(m)
		if werr != nil {
			return written, werr
		}
		from = cut
		if final {
			base = from
			if eof && from == len(buf) {
				s.buf = buf[:0]
				return written, nil
			}
		} else {
			// Keep the unwritten tail and its context; the next round reads more.
			base = max(base, cut-maxLookBehind)
			m := copy(buf, buf[base:])
			buf = buf[:m]
			from -= base
			lastEnd -= base
			base = 0
		}
	}
}
