package pii

import "strconv"

// Sensitivity ranks categories by the harm their disclosure can do. Higher is more sensitive.
// It chooses each category's default treatment in each sink.
type Sensitivity uint8

// The sensitivities, from least to most sensitive.
const (
	// SensitivityLow is behaviour and usage data (§2.2, §2.4, §2.5): personal, but of
	// little harm alone.
	SensitivityLow Sensitivity = iota + 1
	// SensitivityModerate is identity, contact and tracking data that identifies a person
	// (§2.1).
	SensitivityModerate
	// SensitivityHigh is payment data (§2.6, §3.9), government identifiers, dates of birth,
	// children's data and precise location: misuse enables fraud or tracking.
	SensitivityHigh
	// SensitivitySpecial is a special category of GDPR Art. 9(1), or criminal data (Art. 10).
	SensitivitySpecial
	// SensitivitySecret is a credential (§17): never emitted in any form.
	SensitivitySecret

	numSensitivities = iota + 1
)

var sensitivityNames = [numSensitivities]string{
	SensitivityLow:      "low",
	SensitivityModerate: "moderate",
	SensitivityHigh:     "high",
	SensitivitySpecial:  "special",
	SensitivitySecret:   "secret",
}

// String returns "low", "moderate", "high", "special" or "secret".
func (s Sensitivity) String() string {
	if s == 0 || s >= numSensitivities {
		return "Sensitivity(" + strconv.Itoa(int(s)) + ")"
	}
	return sensitivityNames[s]
}
