package pii

import "unsafe"

// treatString applies treatment t to s, a value of category c. It is the one place where the
// treatment of a text value is computed: RedactString, the struct engine (strings, byte
// slices, map keys) and everything built on them call it.
//
// Texts it builds (masks, pseudonyms) are appended to buf and returned as strings that share
// its memory, so that the strings of one copy share a few allocations; buf may be nil. A part of
// buf a returned string points to is never written again: callers only ever append.
//
// An empty string stays empty, except under TreatmentRedact, whose result is always the
// marker. An error means the treatment could not be computed; callers fail closed.
func (r *Redactor) treatString(t Treatment, c Category, s string, buf *textBuf) (string, error) {
	if buf == nil {
		buf = new(textBuf)
	}
	switch t {
	case TreatmentClear:
		return s, nil
	case TreatmentDrop:
		return "", nil
	case TreatmentMask:
		if s == "" {
			return "", nil
		}
		start := len(buf.b)
		b, ok := r.appendMask(buf.b, c, s)
		if !ok {
			return r.Marker(c), nil
		}
		return buf.take(b, start), nil
	case TreatmentPseudonym:
		if s == "" {
			return "", nil
		}
		if len(r.keys) == 0 {
			return r.Marker(c), nil
		}
		start := len(buf.b)
		return buf.take(r.appendPseudonym(buf.b, r.keys[0], c, s), start), nil
	case TreatmentSeal:
		if s == "" {
			return "", nil
		}
		if r.sealer == nil {
			return r.Marker(c), nil
		}
		return r.sealer.Seal([]byte(s), sealAAD(c))
	default:
		return r.Marker(c), nil
	}
}

// textBuf is the append-only memory the texts of one copy are built in.
type textBuf struct{ b []byte }

// reserve makes room in the buffer for a text of at most n bytes, so that the strings of one
// copy share a few chunks instead of one allocation each. It is only a hint: a text longer
// than reserved makes append grow the chunk, which is just as correct. A new chunk leaves
// the old one to the strings already pointing into it.
//
// Chunks start small and double: the bytes a copy allocates drive the cost of garbage
// collection, which is most of the cost of a log call's redaction, and most copies hold a
// few short masks (the benchmark struct's three fit in 32 bytes).
func (t *textBuf) reserve(n int) {
	if cap(t.b)-len(t.b) < n {
		t.b = make([]byte, 0, max(n, 2*cap(t.b), 32))
	}
}

// take keeps b, the buffer after appending one text from start on, and returns that text.
func (t *textBuf) take(b []byte, start int) string {
	t.b = b
	if len(b) == start {
		return ""
	}
	return unsafe.String(&b[start], len(b)-start)
}

// sealAAD is the additional data a sealed value is bound to: its category, so a token moved
// to a field of another category does not open.
func sealAAD(c Category) []byte { return []byte("pii:" + c.String()) }
