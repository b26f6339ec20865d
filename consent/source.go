package consent

// Source is where a piece of personal data came from (policy §4.1). A
// prohibition may apply only to data from some sources: data from data
// connectors must never train generalized AI/ML models (§23), whatever the
// subject agreed to.
type Source uint8

// The sources of policy §4.1, plus data connectors (§23).
const (
	// SourceUnspecified means the caller did not say. Every prohibition that
	// is limited to some sources applies to it (fail closed).
	SourceUnspecified Source = iota
	// SourceDirect is data the subject gave directly: creating an account,
	// using the Platform, sending e-mail (§4.1 "Direct interactions").
	SourceDirect
	// SourceThirdParty is data third parties gave about the subject, e.g. a
	// referral (§4.1 "Third party").
	SourceThirdParty
	// SourceAutomated is technical data collected automatically through
	// cookies and similar technologies (§4.1 "Automated technologies or interactions").
	SourceAutomated
	// SourcePublic is data from analytics providers or publicly available
	// sources (§4.1 "Third parties or publicly available sources").
	SourcePublic
	// SourceConnector is data retrieved through a data connector the user
	// linked, such as the Google Workspace APIs (§23).
	SourceConnector

	sourceEnd
)

var sourceNames = [...]string{
	SourceUnspecified: "unspecified",
	SourceDirect:      "direct",
	SourceThirdParty:  "third-party",
	SourceAutomated:   "automated",
	SourcePublic:      "public",
	SourceConnector:   "connector",
}

// String returns the source as a lower-case word, "invalid" for an unknown value.
func (s Source) String() string {
	if s >= sourceEnd {
		return "invalid"
	}
	return sourceNames[s]
}

// Valid reports whether s is one of the defined sources (including SourceUnspecified).
func (s Source) Valid() bool { return s < sourceEnd }
