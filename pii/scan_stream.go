package pii

import (
	"io"

	"github.com/clootrack/privacy/pii/internal/textscan"
)

// StreamOptions configures [Scanner.RedactStream]. A nil *StreamOptions, and the zero
// StreamOptions, redact in blocks of 64 KiB.
type StreamOptions struct {
	// Lines scans each line (up to and including its '\n') on its own and writes it as soon
	// as it is complete, which suits a log pipe: a context word never reaches into the next
	// line, and output does not wait for a full block. A line longer than a block is
	// carried over like a block.
	Lines bool

	// Chunk is how many bytes to read at a time; 0 means 64 KiB. Memory use depends on
	// Chunk, never on the input size: about 2*Chunk plus 17 KiB for ordinary text (the
	// chunk and the 8 KiB carried from one chunk to the next, and the redacted output of
	// one round), and several times that for text dense with values whose treatment is
	// longer than they are (short addresses given pseudonyms or sealed tokens), where the
	// findings and the output of one round grow.
	Chunk int
}

// StreamResult is what [Scanner.RedactStream] did.
type StreamResult struct {
	// Written is the number of bytes written.
	Written int64
	counts  [numTextKinds]int
}

// Count returns how many values of kind k were found and treated.
func (r *StreamResult) Count(k TextKind) int {
	if !k.Valid() {
		return 0
	}
	return r.counts[k]
}

// Total returns how many values were found and treated.
func (r *StreamResult) Total() int {
	n := 0
	for _, c := range r.counts {
		n += c
	}
	return n
}

// RedactStream reads r to its end and writes to w the text with every value the Scanner
// finds replaced by its treatment, in bounded memory. A value split across reads is still
// found: the stream keeps, from one chunk to the next, the longest span the scanner reports
// (8 KiB) and the context before it, and its output is byte for byte what
// [Scanner.Redact] would give for the whole input (for each line, with [StreamOptions.Lines]).
//
// It returns the number of bytes written, the count of values found by kind, and the first
// read or write error (io.EOF is not an error). opts may be nil.
func (s *Scanner) RedactStream(w io.Writer, r io.Reader, opts *StreamOptions) (StreamResult, error) {
	if opts == nil {
		opts = &StreamOptions{}
	}
	var res StreamResult
	st := textscan.Stream{
		Scanner: s.sc,
		Lines:   opts.Lines,
		Chunk:   opts.Chunk,
		Replace: func(dst, text []byte, f textscan.Finding) []byte {
			res.counts[f.Kind]++
			return s.appendTreated(dst, text, f)
		},
	}
	n, err := st.Copy(w, r)
	res.Written = n
	return res, err
}
