package jurisdiction

// RegimeID is the stable identifier of a privacy regime: the place code of the
// legislature, a hyphen, and the law's usual abbreviation ("EU-GDPR",
// "US-CA-CCPA"). IDs never change once published; use them as keys in data
// and logs. Look a regime up with [RegimeByID]. A RegimeID is a plain string
// value, safe for concurrent use.
type RegimeID string

// Regimes outside the United States.
const (
	GDPR      RegimeID = "EU-GDPR"    // EU General Data Protection Regulation, Reg. (EU) 2016/679
	UKGDPR    RegimeID = "UK-GDPR"    // UK GDPR with the Data Protection Act 2018
	DPDP      RegimeID = "IN-DPDP"    // India, Digital Personal Data Protection Act 2023
	LGPD      RegimeID = "BR-LGPD"    // Brazil, Lei Geral de Proteção de Dados, Lei 13.709/2018
	PIPEDA    RegimeID = "CA-PIPEDA"  // Canada, Personal Information Protection and Electronic Documents Act
	FADP      RegimeID = "CH-FADP"    // Switzerland, revised Federal Act on Data Protection
	PDPA      RegimeID = "SG-PDPA"    // Singapore, Personal Data Protection Act 2012
	APPI      RegimeID = "JP-APPI"    // Japan, Act on the Protection of Personal Information
	AUPrivacy RegimeID = "AU-PRIVACY" // Australia, Privacy Act 1988
)

// Comprehensive US state privacy laws (law.md §10). Where two states use the
// same abbreviation the Go name carries the state's postal code: MTCDPA
// (Montana) and MNCDPA (Minnesota), IACDPA (Iowa) and INCDPA (Indiana); DEDPDPA
// is Delaware's, not to be confused with India's [DPDP].
const (
	CCPA    RegimeID = "US-CA-CCPA"    // California Consumer Privacy Act, as amended by the CPRA
	VCDPA   RegimeID = "US-VA-VCDPA"   // Virginia Consumer Data Protection Act
	CPA     RegimeID = "US-CO-CPA"     // Colorado Privacy Act
	CTDPA   RegimeID = "US-CT-CTDPA"   // Connecticut Data Privacy Act
	UCPA    RegimeID = "US-UT-UCPA"    // Utah Consumer Privacy Act
	TDPSA   RegimeID = "US-TX-TDPSA"   // Texas Data Privacy and Security Act
	FDBR    RegimeID = "US-FL-FDBR"    // Florida Digital Bill of Rights (narrow scope)
	OCPA    RegimeID = "US-OR-OCPA"    // Oregon Consumer Privacy Act
	MTCDPA  RegimeID = "US-MT-MCDPA"   // Montana Consumer Data Privacy Act
	DEDPDPA RegimeID = "US-DE-DPDPA"   // Delaware Personal Data Privacy Act
	IACDPA  RegimeID = "US-IA-ICDPA"   // Iowa Consumer Data Protection Act
	NDPA    RegimeID = "US-NE-NDPA"    // Nebraska Data Privacy Act
	NHPA    RegimeID = "US-NH-NHPA"    // New Hampshire privacy act (SB 255)
	NJDPA   RegimeID = "US-NJ-NJDPA"   // New Jersey Data Privacy Act
	TIPA    RegimeID = "US-TN-TIPA"    // Tennessee Information Protection Act
	MNCDPA  RegimeID = "US-MN-MCDPA"   // Minnesota Consumer Data Privacy Act
	MODPA   RegimeID = "US-MD-MODPA"   // Maryland Online Data Privacy Act
	INCDPA  RegimeID = "US-IN-ICDPA"   // Indiana Consumer Data Protection Act
	KCDPA   RegimeID = "US-KY-KCDPA"   // Kentucky Consumer Data Protection Act
	RIDTPPA RegimeID = "US-RI-RIDTPPA" // Rhode Island Data Transparency and Privacy Protection Act
)
