package pii

import (
	"errors"
	"strconv"
)

// Category is a kind of personal data (§1.3): what a tagged field or a detected value is.
// Each category has a tag name ([Category.String]), the policy clause or statute it comes
// from ([Category.Clause]), a [Sensitivity] and a default [Treatment] in each [Sink]
// ([Category.Treatment]).
//
// The zero Category, and any value not declared below, is not a category: wherever one is
// expected it is treated as the most protective, redacted in every sink.
type Category uint8

// The categories of personal data. The tag name of each is given in quotes.
const (
	// Identity data, §2.1.
	CategoryName      Category = iota + 1 // "name": a person's name
	CategoryLocation                      // "location": coarse location (city, region, country)
	CategoryBirthDate                     // "birthdate": date of birth
	CategoryGender                        // "gender"
	CategoryIDNumber                      // "idnumber": an identification number of any scheme

	// Credentials, §2.1 and §17.
	CategoryUsername // "username"
	CategoryPassword // "password": never emitted in any form (§17)
	CategorySecret   // "secret": other login secrets (tokens, API keys, session ids), as a password

	// Contact details, §2.1.
	CategoryEmail   // "email"
	CategoryPhone   // "phone": mobile or other telephone number
	CategoryAddress // "address": postal address

	// Tracking information, §2.1, §3.4, §3.5.
	CategoryIP        // "ip": IP address
	CategoryDeviceID  // "deviceid": device or advertising identifier
	CategoryURL       // "url": the URL a user came from or goes to next
	CategoryUserAgent // "useragent": browser information

	// Behaviour and usage, §2.2, §2.4, §2.5.
	CategoryBrowsing // "browsing": browsing behaviour, pages viewed (§2.2)
	CategoryBehavior // "behavior": acts, subscriptions, transactions, preferences (§2.4)
	CategorySearch   // "search": search details and history (§2.5)
	CategoryUsage    // "usage": features used and for how long (§2.5)

	// Payment data, §2.6, §3.9.
	CategoryCard           // "card": credit or debit card number
	CategoryBankAccount    // "bankaccount": bank account details, IBAN
	CategoryBillingAddress // "billingaddress"

	// Government identifiers.
	CategoryAadhaar  // "aadhaar": India's Aadhaar number
	CategoryPAN      // "pan": India's Permanent Account Number
	CategoryGSTIN    // "gstin": India's GST identification number
	CategorySSN      // "ssn": US Social Security number
	CategoryPassport // "passport": passport number
	CategoryNINO     // "nino": UK National Insurance number

	// Special categories, GDPR Art. 9(1), and criminal data, Art. 10.
	CategoryHealth     // "health"
	CategoryBiometric  // "biometric"
	CategoryGenetic    // "genetic"
	CategoryEthnicity  // "ethnicity": racial or ethnic origin
	CategoryPolitics   // "politics": political opinions
	CategoryReligion   // "religion": religious or philosophical beliefs
	CategoryTradeUnion // "tradeunion": trade union membership
	CategorySexuality  // "sexuality": sex life or sexual orientation
	CategoryCriminal   // "criminal": criminal convictions and offences

	// Children and precise location.
	CategoryChild // "child": data about a child
	CategoryGeo   // "geo": precise geolocation

	numCategories = iota + 1 // one past the last category
)

// categoryInfo describes one category.
type categoryInfo struct {
	name        string
	clause      string
	sensitivity Sensitivity
}

// categories is indexed by Category; entry 0 is the invalid category.
//
// The statutes were checked against their texts in November 2026:
//   - Aadhaar Act 2016 s.29(4): no Aadhaar number may be published, displayed or posted
//     publicly (hence a mask shows the last 4 digits only);
//   - PAN: Income-tax Act 2025 s.262, in force from 1 April 2026, which replaced Income-tax
//     Act 1961 s.139A (PANs allotted under the old Act stay valid);
//   - GSTIN: CGST Act 2017 s.25, procedure for registration (the number's format is set by
//     the CGST Rules 2017);
//   - Cal. Civ. Code §1798.140(ae) (CPRA), "sensitive personal information": (1)(A) social
//     security, driver's license, state identification card or passport number; (1)(C)
//     precise geolocation;
//   - GDPR Art. 9(1), special categories; Art. 10, criminal convictions and offences;
//     Art. 8(1) and DPDP Act 2023 s.9, children (see law.md §7–§8).
//
// A clause is documentation for people; no rule in this package depends on its text.
var categories = [numCategories]categoryInfo{
	CategoryName:      {"name", "§2.1 identity data", SensitivityModerate},
	CategoryLocation:  {"location", "§2.1 identity data", SensitivityModerate},
	CategoryBirthDate: {"birthdate", "§2.1 identity data", SensitivityHigh},
	CategoryGender:    {"gender", "§2.1 identity data", SensitivityModerate},
	CategoryIDNumber:  {"idnumber", "§2.1 identity data", SensitivityHigh},

	CategoryUsername: {"username", "§2.1 username and password", SensitivityModerate},
	CategoryPassword: {"password", "§2.1 username and password; §17", SensitivitySecret},
	CategorySecret:   {"secret", "§17.2 login information", SensitivitySecret},

	CategoryEmail:   {"email", "§2.1 contact details", SensitivityModerate},
	CategoryPhone:   {"phone", "§2.1 contact details", SensitivityModerate},
	CategoryAddress: {"address", "§2.1 contact details", SensitivityModerate},

	CategoryIP:        {"ip", "§2.1 tracking information; §3.4; §3.5", SensitivityModerate},
	CategoryDeviceID:  {"deviceid", "§2.1 tracking information; §3.4", SensitivityModerate},
	CategoryURL:       {"url", "§2.1 tracking information", SensitivityModerate},
	CategoryUserAgent: {"useragent", "§2.1 tracking information", SensitivityModerate},

	CategoryBrowsing: {"browsing", "§2.2", SensitivityLow},
	CategoryBehavior: {"behavior", "§2.4", SensitivityLow},
	CategorySearch:   {"search", "§2.5", SensitivityLow},
	CategoryUsage:    {"usage", "§2.5", SensitivityLow},

	CategoryCard:           {"card", "§2.6; §3.9", SensitivityHigh},
	CategoryBankAccount:    {"bankaccount", "§2.6; §3.9", SensitivityHigh},
	CategoryBillingAddress: {"billingaddress", "§2.6; §3.9", SensitivityHigh},

	CategoryAadhaar:  {"aadhaar", "§2.1 identification number; Aadhaar Act 2016 s.29(4)", SensitivityHigh},
	CategoryPAN:      {"pan", "§2.1 identification number; Income-tax Act 2025 s.262 (Income-tax Act 1961 s.139A until 31 March 2026)", SensitivityHigh},
	CategoryGSTIN:    {"gstin", "§2.1 identification number; CGST Act 2017 s.25 (registration)", SensitivityHigh},
	CategorySSN:      {"ssn", "§2.1 identification number; Cal. Civ. Code §1798.140(ae)(1)(A)", SensitivityHigh},
	CategoryPassport: {"passport", "§2.1 identification number; Cal. Civ. Code §1798.140(ae)(1)(A)", SensitivityHigh},
	CategoryNINO:     {"nino", "§2.1 identification number", SensitivityHigh},

	CategoryHealth:     {"health", "GDPR Art. 9(1)", SensitivitySpecial},
	CategoryBiometric:  {"biometric", "GDPR Art. 9(1)", SensitivitySpecial},
	CategoryGenetic:    {"genetic", "GDPR Art. 9(1)", SensitivitySpecial},
	CategoryEthnicity:  {"ethnicity", "GDPR Art. 9(1)", SensitivitySpecial},
	CategoryPolitics:   {"politics", "GDPR Art. 9(1)", SensitivitySpecial},
	CategoryReligion:   {"religion", "GDPR Art. 9(1)", SensitivitySpecial},
	CategoryTradeUnion: {"tradeunion", "GDPR Art. 9(1)", SensitivitySpecial},
	CategorySexuality:  {"sexuality", "GDPR Art. 9(1)", SensitivitySpecial},
	CategoryCriminal:   {"criminal", "GDPR Art. 10", SensitivitySpecial},

	CategoryChild: {"child", "§12.1; GDPR Art. 8(1); DPDP Act s.9", SensitivityHigh},
	CategoryGeo:   {"geo", "Cal. Civ. Code §1798.140(ae)(1)(C) precise geolocation", SensitivityHigh},
}

// ErrUnknownCategory is returned by [ParseCategory] for a name that is not a category.
var ErrUnknownCategory = errors.New("pii: unknown category")

// ParseCategory returns the category whose tag name is name ("email", "card", ...). Names are
// lower case; any other name returns [ErrUnknownCategory].
func ParseCategory(name string) (Category, error) {
	for c := Category(1); c < numCategories; c++ {
		if categories[c].name == name {
			return c, nil
		}
	}
	return 0, ErrUnknownCategory
}

// Categories returns every category, in declaration order.
func Categories() []Category {
	all := make([]Category, 0, numCategories-1)
	for c := Category(1); c < numCategories; c++ {
		all = append(all, c)
	}
	return all
}

// Valid reports whether c is one of the declared categories.
func (c Category) Valid() bool { return c > 0 && c < numCategories }

// String returns the category's tag name, or "Category(N)" for an invalid category.
func (c Category) String() string {
	if !c.Valid() {
		return "Category(" + strconv.Itoa(int(c)) + ")"
	}
	return categories[c].name
}

// Clause returns the clause of the Clootrack privacy policy, or the statute, that makes the
// category personal or sensitive data, e.g. "§2.6; §3.9" for a card number.
func (c Category) Clause() string {
	if !c.Valid() {
		return ""
	}
	return categories[c].clause
}

// Sensitivity returns how much harm disclosure of the category can do. An invalid category is
// [SensitivitySecret], the most protective.
func (c Category) Sensitivity() Sensitivity {
	if !c.Valid() {
		return SensitivitySecret
	}
	return categories[c].sensitivity
}

// Treatment returns the category's default treatment in sink, from the Clootrack policy's
// defaults (see [Sensitivity]). [Options.Overrides] and struct tags can choose another
// treatment where the policy's rules allow it ([CheckTreatment]). An invalid category or sink
// gets [TreatmentRedact].
func (c Category) Treatment(sink Sink) Treatment {
	if !c.Valid() || !sink.Valid() {
		return TreatmentRedact
	}
	return defaultTreatments[c.Sensitivity()][sink]
}

// categoryNames lists the tag names by code, for the tag parser.
func categoryNames() []string {
	names := make([]string, numCategories)
	for c := Category(1); c < numCategories; c++ {
		names[c] = categories[c].name
	}
	return names
}
