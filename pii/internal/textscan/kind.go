package textscan

// Kind is the type of a finding.
type Kind uint8

// The kinds the scanner reports. The zero Kind is invalid.
const (
	KindEmail         Kind = iota + 1 // RFC 5321 mailbox, domain with an alphabetic TLD
	KindPhone                         // E.164 or a national format of IN, US, GB, DE, FR, IT, ES, NL, PL
	KindCard                          // payment card: 12-19 digits, Luhn, known IIN range and length
	KindIBAN                          // ISO 13616 IBAN: registry length and ISO 7064 mod 97-10
	KindIPv4                          // dotted quad, net/netip grammar; also the one an IPv4-mapped IPv6 address maps
	KindIPv6                          // RFC 4291 text form, net/netip grammar; a zone ("%eth0") is not part of it
	KindMAC                           // EUI-48: six hex pairs or three hex quads
	KindAadhaar                       // India UIDAI number: 12 digits, Verhoeff
	KindPAN                           // India Permanent Account Number
	KindGSTIN                         // India GST identification number, mod-36 check character
	KindSSN                           // US Social Security number
	KindITIN                          // US Individual Taxpayer Identification Number
	KindNINO                          // UK National Insurance number
	KindURLCredential                 // user-info or a secret query parameter of a URL
	KindJWT                           // JSON Web Token (JWS or JWE compact form)
	KindBearer                        // the token after "Bearer "
	KindDateOfBirth                   // a calendar date near a birth context word
	KindPassport                      // a passport number near a passport context word
	KindBasicAuth                     // the base64 "user:password" after "Basic " (RFC 7617)
	kindEnd
)

// NumKinds is one more than the largest Kind, for arrays indexed by Kind.
const NumKinds = int(kindEnd)

var kindNames = [NumKinds]string{
	KindEmail:         "email",
	KindPhone:         "phone",
	KindCard:          "card",
	KindIBAN:          "iban",
	KindIPv4:          "ipv4",
	KindIPv6:          "ipv6",
	KindMAC:           "mac",
	KindAadhaar:       "aadhaar",
	KindPAN:           "pan",
	KindGSTIN:         "gstin",
	KindSSN:           "ssn",
	KindITIN:          "itin",
	KindNINO:          "nino",
	KindURLCredential: "url_credential",
	KindJWT:           "jwt",
	KindBearer:        "bearer_token",
	KindDateOfBirth:   "date_of_birth",
	KindPassport:      "passport",
	KindBasicAuth:     "basic_auth",
}

var kindMarkers = [NumKinds]string{
	KindEmail:         "[EMAIL]",
	KindPhone:         "[PHONE]",
	KindCard:          "[CARD]",
	KindIBAN:          "[IBAN]",
	KindIPv4:          "[IPV4]",
	KindIPv6:          "[IPV6]",
	KindMAC:           "[MAC]",
	KindAadhaar:       "[AADHAAR]",
	KindPAN:           "[PAN]",
	KindGSTIN:         "[GSTIN]",
	KindSSN:           "[SSN]",
	KindITIN:          "[ITIN]",
	KindNINO:          "[NINO]",
	KindURLCredential: "[URL_CREDENTIAL]",
	KindJWT:           "[JWT]",
	KindBearer:        "[BEARER_TOKEN]",
	KindDateOfBirth:   "[DATE_OF_BIRTH]",
	KindPassport:      "[PASSPORT]",
	KindBasicAuth:     "[BASIC_AUTH]",
}

// String returns the kind's lower-case name ("email", "url_credential"), or
// "unknown" for an invalid Kind.
func (k Kind) String() string {
	if k == 0 || k >= kindEnd {
		return "unknown"
	}
	return kindNames[k]
}

// Marker returns the typed marker that replaces a finding of this kind
// ("[EMAIL]"). An invalid Kind gets "[REDACTED]".
func (k Kind) Marker() string {
	if k == 0 || k >= kindEnd {
		return "[REDACTED]"
	}
	return kindMarkers[k]
}

// Kinds returns every valid Kind in order.
func Kinds() []Kind {
	out := make([]Kind, 0, NumKinds-1)
	for k := Kind(1); k < kindEnd; k++ {
		out = append(out, k)
	}
	return out
}

// KindSet is a set of kinds. The zero KindSet is empty; [AllKinds] holds
// every kind.
type KindSet uint32

// AllKinds is the set of every Kind.
const AllKinds KindSet = (1<<kindEnd - 1) &^ 1

// KindSetOf returns the set holding ks.
func KindSetOf(ks ...Kind) KindSet {
	var s KindSet
	for _, k := range ks {
		if k > 0 && k < kindEnd {
			s |= 1 << k
		}
	}
	return s
}

// Has reports whether k is in s.
func (s KindSet) Has(k Kind) bool { return s&(1<<k) != 0 }

// Finding is one detected value: its kind, its byte span [Start, End) in the
// scanned text, and a confidence in (0, 1].
type Finding struct {
	Start, End int
	Kind       Kind
	Confidence float32
}
