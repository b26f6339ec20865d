package pii

import (
	"errors"
	"strconv"
)

// Treatment is what happens to a value of a category on its way to a sink.
//
// The zero Treatment is not a treatment: in an [Override] it is invalid, and anywhere a value
// is treated it acts as [TreatmentRedact].
type Treatment uint8

// The treatments. The tag option name of each is given in quotes.
const (
	// TreatmentRedact ("redact") replaces the value with a fixed marker, "[REDACTED]" by
	// default (see [Options.Marker]). A value that cannot hold text gets its zero value.
	TreatmentRedact Treatment = iota + 1
	// TreatmentMask ("mask") keeps a harmless part of the value: an e-mail address keeps its
	// domain, a card its first 6 and last 4 digits at most (§2.6, §3.9), a phone number its
	// last digits, an IP address its /24 or /48 network (§3.5), a date of birth its year.
	// A category with no partial form gets the marker.
	TreatmentMask
	// TreatmentPseudonym ("pseudonym") replaces the value with a keyed HMAC-SHA256 token,
	// "pii:p1:<key id>:<base64url>", computed from the normalized value, so that equal values
	// give equal tokens across services sharing the key. Without a key it gets the marker.
	TreatmentPseudonym
	// TreatmentSeal ("seal") encrypts the value with the [Sealer] of [Options.Sealer]
	// (AES-256-GCM by default, see [NewAESSealer]); [Redactor.Open] reverses it. Without a
	// Sealer it gets the marker.
	TreatmentSeal
	// TreatmentDrop ("drop") replaces the value with its zero value.
	TreatmentDrop
	// TreatmentClear ("clear") keeps the value as it is. It is never a default: a tag or an
	// override must ask for it, and the policy forbids it for credentials (§17), for payment
	// data in logs (§2.6, §3.9) and for IP addresses in logs (§3.5).
	TreatmentClear

	numTreatments = iota + 1
)

var treatmentNames = [numTreatments]string{
	TreatmentRedact:    "redact",
	TreatmentMask:      "mask",
	TreatmentPseudonym: "pseudonym",
	TreatmentSeal:      "seal",
	TreatmentDrop:      "drop",
	TreatmentClear:     "clear",
}

// ErrUnknownTreatment is returned by [ParseTreatment] for an unknown name, and for an
// [Override] whose treatment is not declared.
var ErrUnknownTreatment = errors.New("pii: unknown treatment")

// ParseTreatment returns the treatment named name: "redact", "mask", "pseudonym", "seal",
// "drop" or "clear".
func ParseTreatment(name string) (Treatment, error) {
	for t := TreatmentRedact; t < numTreatments; t++ {
		if treatmentNames[t] == name {
			return t, nil
		}
	}
	return 0, ErrUnknownTreatment
}

// Valid reports whether t is one of the declared treatments.
func (t Treatment) Valid() bool { return t > 0 && t < numTreatments }

// String returns the treatment's tag option name, or "Treatment(N)" for an invalid one.
func (t Treatment) String() string {
	if !t.Valid() {
		return "Treatment(" + strconv.Itoa(int(t)) + ")"
	}
	return treatmentNames[t]
}
