package pii

// treatString applies treatment t to s, a value of category c. It is the one place where the
// treatment of a text value is computed: RedactString, the struct engine (strings, byte
// slices, map keys) and everything built on them call it.
//
// An empty string stays empty, except under TreatmentRedact, whose result is always the
// marker. An error means the treatment could not be computed; callers fail closed.
func (r *Redactor) treatString(t Treatment, c Category, s string) (string, error) {
	switch t {
	case TreatmentClear:
		return s, nil
	case TreatmentDrop:
		return "", nil
	case TreatmentMask:
		if s == "" {
			return "", nil
		}
		if m, ok := r.mask(c, s); ok {
			return m, nil
		}
		return r.Marker(c), nil
	case TreatmentPseudonym:
		if s == "" {
			return "", nil
		}
		if len(r.keys) == 0 {
			return r.Marker(c), nil
		}
		return r.pseudonym(r.keys[0], c, s), nil
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

// sealAAD is the additional data a sealed value is bound to: its category, so a token moved
// to a field of another category does not open.
func sealAAD(c Category) []byte { return []byte("pii:" + c.String()) }
