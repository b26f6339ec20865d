package consent

import (
	"encoding/binary"
	"hash/crc32"
)

// The ledger file format (version 1).
//
// A ledger file is a 16-byte file header followed by record frames, back to
// back, nothing else:
//
//	file header:  [8]byte magic "\x89CONSENT" | uint32 version (1) | uint32 CRC-32C of the previous 12 bytes
//	record frame: uint32 payload length | uint32 CRC-32C of the payload |
//	              uint32 CRC-32C of the previous 8 bytes | payload
//
// Integers are big-endian. The payload is a canonical record (see
// [Event.MarshalBinary]): the event's body and its chain hash.
//
// Every byte is covered: the header by its own checksum, each frame's length
// and payload checksum by the frame-header checksum, the payload by its
// checksum and by the hash chain. So a changed byte anywhere is detected,
// and a frame whose header is intact but whose payload runs past the end of
// the file can only be a write that was cut short: a torn tail.

const (
	fileMagic        = "\x89CONSENT"
	fileVersion      = 1
	fileHeaderSize   = 16
	frameHeaderSize  = 12
	maxFramePayload  = maxRecordSize
	minFramePayload  = minRecordSize
	frameLengthBytes = 8 // the part of the frame header the header checksum covers
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func fileHeader() []byte {
	b := make([]byte, 0, fileHeaderSize)
	b = append(b, fileMagic...)
	b = binary.BigEndian.AppendUint32(b, fileVersion)
	return binary.BigEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

// checkFileHeader reports what is wrong with a file header, or "".
func checkFileHeader(b []byte) string {
	switch {
	case len(b) < fileHeaderSize:
		return "file header truncated"
	case string(b[:8]) != fileMagic:
		return "not a consent ledger file (bad magic)"
	case crc32.Checksum(b[:12], castagnoli) != binary.BigEndian.Uint32(b[12:16]):
		return "file header checksum mismatch"
	case binary.BigEndian.Uint32(b[8:12]) != fileVersion:
		return "unsupported ledger file version"
	}
	return ""
}

// appendFrame appends a frame holding payload to dst.
func appendFrame(dst, payload []byte) []byte {
	start := len(dst)
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(payload)))
	dst = binary.BigEndian.AppendUint32(dst, crc32.Checksum(payload, castagnoli))
	dst = binary.BigEndian.AppendUint32(dst, crc32.Checksum(dst[start:start+frameLengthBytes], castagnoli))
	return append(dst, payload...)
}

// parseFrameHeader validates a 12-byte frame header and returns the payload
// length and checksum; ok is false if the header checksum fails or the
// length is out of range.
func parseFrameHeader(h []byte) (length int, sum uint32, ok bool) {
	if crc32.Checksum(h[:frameLengthBytes], castagnoli) != binary.BigEndian.Uint32(h[8:12]) {
		return 0, 0, false
	}
	n := binary.BigEndian.Uint32(h[0:4])
	if n < minFramePayload || n > maxFramePayload {
		return 0, 0, false
	}
	return int(n), binary.BigEndian.Uint32(h[4:8]), true
}

func payloadOK(payload []byte, sum uint32) bool {
	return crc32.Checksum(payload, castagnoli) == sum
}
