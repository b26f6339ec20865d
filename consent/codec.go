package consent

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"math"
	"net/netip"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/clootrack/privacy/jurisdiction"
)

// The canonical record encoding.
//
// A record is the canonical body of an event followed by its 32-byte hash.
// The body is, in order (integers big-endian, "uvarint" is
// encoding/binary's minimal unsigned varint, "str" is a uvarint length and
// that many bytes):
//
//	byte     format version (1)
//	uvarint  Seq
//	[16]byte ID
//	int64    At, Unix nanoseconds, UTC
//	byte     Kind
//	str      Subject
//	uvarint  number of purposes (1–256), then each purpose id as str, sorted, unique
//	str      Notice.ID
//	uvarint  Notice.Version
//	[32]byte Notice.Hash
//	byte     Mechanism
//	str      Place (canonical code, empty if unknown)
//	str      Evidence.UserAgent (valid UTF-8, at most 512 bytes)
//	byte     network family: 0 none, 4, 6; then 4 or 16 address bytes and a prefix-length byte
//	byte     flags: bit 0 GPC, bit 1 DNT
//	[32]byte Prev
//
// Hash = SHA-256("clootrack/consent ledger v1\x00" || body). Because the
// body includes Prev, each hash covers the whole chain before it.
//
// Every value has exactly one encoding: the decoder rejects anything the
// encoder would not produce (non-minimal varints, unsorted purposes, an
// address wider than /24 or /48, trailing bytes), so a record's bytes and its
// hash are in one-to-one correspondence with the event.

const (
	recordFormat  = 1
	maxPurposes   = 256
	maxNoticeID   = 64
	hashDomain    = "clootrack/consent ledger v1\x00"
	minRecordSize = 1 + 1 + 16 + 8 + 1 + 2 + 2 + 1 + 1 + 32 + 1 + 1 + 1 + 1 + 1 + 32 + 32
	// maxRecordSize bounds one record; the largest valid event is far smaller.
	maxRecordSize = 1 << 20
)

// MarshalBinary returns the canonical record encoding of e (body and hash).
// It fails with [ErrInvalidEvent] if e cannot be encoded. It does not check
// that e.Hash is right: see [Chain] and [Verify].
func (e Event) MarshalBinary() ([]byte, error) {
	body, err := appendBody(nil, &e)
	if err != nil {
		return nil, err
	}
	return append(body, e.Hash[:]...), nil
}

// UnmarshalBinary decodes a canonical record into e. Bytes that are not
// exactly what [Event.MarshalBinary] produces give an error wrapping
// [ErrMalformedRecord]; e is then unchanged. It does not check the hash.
func (e *Event) UnmarshalBinary(b []byte) error {
	v, err := decodeRecord(b)
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// Chain links e after the record identified by prev: it sets e.Seq to
// prev.Seq+1 and e.Prev to prev.Hash, and computes e.Hash. Store
// implementations call it to append; the zero Head starts a ledger.
func Chain(prev Head, e Event) (Event, error) {
	e.Seq = prev.Seq + 1
	e.Prev = prev.Hash
	body, err := appendBody(nil, &e)
	if err != nil {
		return Event{}, err
	}
	e.Hash = hashBody(body)
	return e, nil
}

func hashBody(body []byte) Digest {
	h := sha256.New()
	h.Write([]byte(hashDomain))
	h.Write(body)
	var d Digest
	h.Sum(d[:0])
	return d
}

// invalidEvent wraps ErrInvalidEvent with a reason that holds no event data.
type invalidEventError struct{ reason string }

func (e *invalidEventError) Error() string        { return ErrInvalidEvent.Error() + ": " + e.reason }
func (e *invalidEventError) Is(target error) bool { return target == ErrInvalidEvent }

func invalidEvent(reason string) error { return &invalidEventError{reason: reason} }

var (
	minTime = time.Unix(0, 0)
	maxTime = time.Unix(0, math.MaxInt64)
)

// appendBody appends the canonical body of e to dst, validating e.
func appendBody(dst []byte, e *Event) ([]byte, error) {
	switch {
	case e.Seq == 0:
		return nil, invalidEvent("sequence number 0")
	case e.ID.IsZero():
		return nil, invalidEvent("zero id")
	case e.At.Before(minTime) || e.At.After(maxTime):
		return nil, invalidEvent("time outside 1970–2262")
	case !e.Kind.Valid():
		return nil, invalidEvent("unknown kind")
	case e.Subject.IsZero():
		return nil, invalidEvent("zero subject")
	case len(e.Purposes) == 0 || len(e.Purposes) > maxPurposes:
		return nil, invalidEvent("an event names 1 to 256 purposes")
	case len(e.Notice.ID) > maxNoticeID || e.Notice.Version < 0 || e.Notice.Version > math.MaxInt32:
		return nil, invalidEvent("notice reference out of range")
	case !e.Mechanism.Valid():
		return nil, invalidEvent("unknown mechanism")
	case len(e.Evidence.UserAgent) > maxUserAgent || !utf8.ValidString(e.Evidence.UserAgent):
		return nil, invalidEvent("user agent too long or not UTF-8")
	case e.Evidence.Network != truncatePrefix(e.Evidence.Network):
		return nil, invalidEvent("network not truncated")
	}
	for i, p := range e.Purposes {
		if !p.Valid() {
			return nil, invalidEvent("malformed purpose id")
		}
		if i > 0 && e.Purposes[i-1] >= p {
			return nil, invalidEvent("purposes not sorted and unique")
		}
	}
	b := append(dst, recordFormat)
	b = binary.AppendUvarint(b, e.Seq)
	b = append(b, e.ID[:]...)
	b = binary.BigEndian.AppendUint64(b, uint64(e.At.UnixNano()))
	b = append(b, byte(e.Kind))
	b = appendString(b, e.Subject.Reveal())
	b = binary.AppendUvarint(b, uint64(len(e.Purposes)))
	for _, p := range e.Purposes {
		b = appendString(b, string(p))
	}
	b = appendString(b, e.Notice.ID)
	b = binary.AppendUvarint(b, uint64(e.Notice.Version))
	b = append(b, e.Notice.Hash[:]...)
	b = append(b, byte(e.Mechanism))
	b = appendString(b, e.Place.String())
	b = appendString(b, e.Evidence.UserAgent)
	b = appendPrefix(b, e.Evidence.Network)
	var flags byte
	if e.Evidence.GPC {
		flags |= 1
	}
	if e.Evidence.DNT {
		flags |= 2
	}
	b = append(b, flags)
	b = append(b, e.Prev[:]...)
	return b, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendPrefix(b []byte, p netip.Prefix) []byte {
	if !p.IsValid() {
		return append(b, 0)
	}
	a := p.Addr()
	if a.Is4() {
		b = append(b, 4)
		a4 := a.As4()
		b = append(b, a4[:]...)
	} else {
		b = append(b, 6)
		a16 := a.As16()
		b = append(b, a16[:]...)
	}
	return append(b, byte(p.Bits()))
}

// decoder reads a record, remembering the first failure.
type decoder struct {
	b      []byte
	failed bool
}

func (d *decoder) fail() { d.failed = true; d.b = nil }

func (d *decoder) byte() byte {
	if len(d.b) < 1 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) fixed(n int) []byte {
	if len(d.b) < n {
		d.fail()
		return make([]byte, n)
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 || n != len(binary.AppendUvarint(nil, v)) {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) str(max int) string {
	n := d.uvarint()
	if n > uint64(max) || n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func malformed(reason string) error {
	return &malformedError{reason: reason}
}

type malformedError struct{ reason string }

func (e *malformedError) Error() string        { return ErrMalformedRecord.Error() + ": " + e.reason }
func (e *malformedError) Is(target error) bool { return target == ErrMalformedRecord }

// decodeRecord decodes a canonical record (body and hash).
func decodeRecord(b []byte) (Event, error) {
	if len(b) < minRecordSize || len(b) > maxRecordSize {
		return Event{}, malformed("bad length")
	}
	d := decoder{b: b[:len(b)-len(Digest{})]}
	var e Event
	if d.byte() != recordFormat {
		return Event{}, malformed("unknown format version")
	}
	e.Seq = d.uvarint()
	copy(e.ID[:], d.fixed(16))
	e.At = time.Unix(0, int64(binary.BigEndian.Uint64(d.fixed(8)))).UTC()
	e.Kind = Kind(d.byte())
	subject := d.str(maxSubjectLen)
	if !validSubject(subject) {
		d.fail()
	}
	e.Subject = subjectOf(subject)
	n := d.uvarint()
	if n == 0 || n > maxPurposes {
		return Event{}, malformed("purpose count")
	}
	e.Purposes = make([]PurposeID, 0, n)
	for range n {
		e.Purposes = append(e.Purposes, PurposeID(d.str(64)))
	}
	e.Notice.ID = d.str(maxNoticeID)
	v := d.uvarint()
	if v > math.MaxInt32 {
		d.fail()
	}
	e.Notice.Version = int(v)
	copy(e.Notice.Hash[:], d.fixed(32))
	e.Mechanism = Mechanism(d.byte())
	if place := d.str(16); place != "" {
		p, err := jurisdiction.ParsePlace(place)
		if err != nil || p.String() != place {
			return Event{}, malformed("place")
		}
		e.Place = p
	}
	e.Evidence.UserAgent = d.str(maxUserAgent)
	switch d.byte() {
	case 0:
	case 4:
		a := netip.AddrFrom4([4]byte(d.fixed(4)))
		e.Evidence.Network = netip.PrefixFrom(a, int(d.byte()))
	case 6:
		a := netip.AddrFrom16([16]byte(d.fixed(16)))
		if a.Is4In6() {
			return Event{}, malformed("network")
		}
		e.Evidence.Network = netip.PrefixFrom(a, int(d.byte()))
	default:
		return Event{}, malformed("network family")
	}
	flags := d.byte()
	if flags > 3 {
		return Event{}, malformed("flags")
	}
	e.Evidence.GPC, e.Evidence.DNT = flags&1 != 0, flags&2 != 0
	copy(e.Prev[:], d.fixed(32))
	if d.failed {
		return Event{}, malformed("truncated or non-canonical field")
	}
	if len(d.b) != 0 {
		return Event{}, malformed("trailing bytes")
	}
	copy(e.Hash[:], b[len(b)-len(Digest{}):])
	// The encoder is the definition of canonical: re-encode and compare, so
	// every rule it enforces (sorted purposes, truncated networks, valid
	// UTF-8, …) holds for decoded records too.
	again, err := appendBody(make([]byte, 0, len(b)), &e)
	if err != nil {
		return Event{}, malformed("not a valid event")
	}
	if !bytes.Equal(again, b[:len(b)-len(Digest{})]) {
		return Event{}, malformed("not canonical")
	}
	e.Purposes = slices.Clip(e.Purposes)
	return e, nil
}
