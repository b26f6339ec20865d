package pii

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// The layout of a keyring file is documented on [FileKeyring] (# File format).
const (
	keyringMagic         = "PIIKEYS\n"
	keyringFormatVersion = 1
	keyringNonceSize     = 12
	keyringHeaderFixed   = len(keyringMagic) + 2 + 1 // magic, version, id length
	keyRecordSize        = 4 + dataKeySize
)

// ErrKeyringCorrupt is returned when a keyring file cannot be read: it is truncated, not a
// keyring file, of an unknown format version, or fails authentication (altered, or wrapped
// under a different key with the same id). The error names the file and the reason, never
// a subject or key.
var ErrKeyringCorrupt = errors.New("pii: keyring file is corrupt")

// ErrMasterKey is returned when no configured master key has the id a keyring file names,
// or for an invalid master key.
var ErrMasterKey = errors.New("pii: master key")

// corrupt returns an error wrapping ErrKeyringCorrupt.
func corrupt(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrKeyringCorrupt}, args...)...)
}

// keyringHeader is the clear part of a keyring file.
type keyringHeader struct {
	masterID string
	nonce    []byte
	raw      []byte // the header bytes, the GCM additional data
}

// parseKeyringHeader splits a keyring file into its header and ciphertext.
func parseKeyringHeader(file []byte) (keyringHeader, []byte, error) {
	if len(file) < keyringHeaderFixed {
		return keyringHeader{}, nil, corrupt("%d bytes is too short for a header", len(file))
	}
	if string(file[:len(keyringMagic)]) != keyringMagic {
		return keyringHeader{}, nil, corrupt("not a keyring file")
	}
	if v := binary.BigEndian.Uint16(file[len(keyringMagic):]); v != keyringFormatVersion {
		return keyringHeader{}, nil, corrupt("format version %d is not supported (want %d)", v, keyringFormatVersion)
	}
	n := int(file[keyringHeaderFixed-1])
	end := keyringHeaderFixed + n + keyringNonceSize
	if n == 0 || len(file) < end {
		return keyringHeader{}, nil, corrupt("truncated header")
	}
	return keyringHeader{
		masterID: string(file[keyringHeaderFixed : keyringHeaderFixed+n]),
		nonce:    file[keyringHeaderFixed+n : end],
		raw:      file[:end],
	}, file[end:], nil
}

// encodeKeyring wraps t under master and returns the whole file.
func encodeKeyring(t keyTable, master MasterKey, r io.Reader) ([]byte, error) {
	aead, err := newGCM(master.key.Reveal())
	if err != nil {
		return nil, err
	}
	header := make([]byte, 0, keyringHeaderFixed+len(master.id)+keyringNonceSize)
	header = append(header, keyringMagic...)
	header = binary.BigEndian.AppendUint16(header, keyringFormatVersion)
	header = append(header, byte(len(master.id)))
	header = append(header, master.id...)
	nonceAt := len(header)
	header = header[:nonceAt+keyringNonceSize]
	if _, err := io.ReadFull(r, header[nonceAt:]); err != nil {
		return nil, fmt.Errorf("pii: generating a keyring nonce: %w", err)
	}
	payload := appendKeyTable(nil, t)
	defer clear(payload)
	// The output gets its own array: Seal's dst must not overlap its additional data.
	out := make([]byte, len(header), len(header)+len(payload)+aead.Overhead())
	copy(out, header)
	return aead.Seal(out, header[nonceAt:], payload, header), nil
}

// decodeKeyring opens a keyring file with whichever of masters it names.
func decodeKeyring(file []byte, masters []MasterKey) (keyTable, string, error) {
	h, sealed, err := parseKeyringHeader(file)
	if err != nil {
		return nil, "", err
	}
	var master *MasterKey
	for i := range masters {
		if masters[i].id == h.masterID {
			master = &masters[i]
			break
		}
	}
	if master == nil {
		return nil, "", fmt.Errorf("%w: the file is wrapped under master key %q, which is not configured", ErrMasterKey, h.masterID)
	}
	aead, err := newGCM(master.key.Reveal())
	if err != nil {
		return nil, "", err
	}
	payload, err := aead.Open(nil, h.nonce, sealed, h.raw)
	if err != nil {
		return nil, "", corrupt("authentication failed: the file was altered, or master key %q is not the one that wrote it", h.masterID)
	}
	defer clear(payload)
	t, err := parseKeyTable(payload)
	if err != nil {
		return nil, "", err
	}
	return t, h.masterID, nil
}

// appendKeyTable appends the payload encoding of t to b.
func appendKeyTable(b []byte, t keyTable) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(t)))
	for subject, versions := range t {
		b = binary.BigEndian.AppendUint16(b, uint16(len(subject)))
		b = append(b, subject...)
		b = binary.BigEndian.AppendUint16(b, uint16(len(versions)))
		for _, k := range versions {
			b = binary.BigEndian.AppendUint32(b, k.version)
			b = append(b, k.key[:]...)
		}
	}
	return b
}

// parseKeyTable decodes a payload. It checks every length against the bytes left before
// allocating, so hostile input cannot make it allocate more than the input's size.
func parseKeyTable(p []byte) (keyTable, error) {
	if len(p) < 4 {
		return nil, corrupt("payload truncated")
	}
	count := binary.BigEndian.Uint32(p)
	p = p[4:]
	// Each record takes at least 2+1+2+keyRecordSize bytes.
	if uint64(count)*(5+keyRecordSize) > uint64(len(p)) {
		return nil, corrupt("payload declares %d subjects but holds %d bytes", count, len(p))
	}
	t := make(keyTable, count)
	for i := range count {
		if len(p) < 2 {
			return nil, corrupt("record %d truncated", i)
		}
		n := int(binary.BigEndian.Uint16(p))
		p = p[2:]
		if n == 0 || n > MaxSubjectLen || len(p) < n+2 {
			return nil, corrupt("record %d: bad subject length", i)
		}
		subject := string(p[:n])
		p = p[n:]
		if _, dup := t[subject]; dup {
			return nil, corrupt("record %d: duplicate subject", i)
		}
		k := int(binary.BigEndian.Uint16(p))
		p = p[2:]
		if k == 0 || len(p) < k*keyRecordSize {
			return nil, corrupt("record %d: bad key count", i)
		}
		versions := make([]keyVersion, k)
		for j := range versions {
			versions[j].version = binary.BigEndian.Uint32(p)
			copy(versions[j].key[:], p[4:keyRecordSize])
			p = p[keyRecordSize:]
			if versions[j].version == 0 || (j > 0 && versions[j].version <= versions[j-1].version) {
				return nil, corrupt("record %d: key versions out of order", i)
			}
		}
		t[subject] = versions
	}
	if len(p) != 0 {
		return nil, corrupt("%d bytes after the last record", len(p))
	}
	return t, nil
}

func newGCM(key [32]byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key[:])
	if err != nil {
		return nil, fmt.Errorf("pii: %w", err)
	}
	return cipher.NewGCM(block)
}
