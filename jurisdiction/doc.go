// Package jurisdiction answers "which law applies to this person, here, on this
// date?" and counts legal time the way the statutes do.
//
// It is the lowest package of the module: consent, retention and rights import
// it, and it imports only the standard library and golang.org/x/text.
//
// # Places
//
// A [Place] is an ISO 3166-1 country or an ISO 3166-2 subdivision, parsed by
// [ParsePlace] from an alpha-2 ("DE"), alpha-3 ("DEU") or numeric ("276")
// country code, or from a subdivision code ("US-CA", "GB-SCT", "ES-CN",
// "PT-20"). Parsing is case-insensitive and canonical: "uk" and "826" both give
// GB, the EU's "EL" gives GR. Private-use codes (AA, QM–QZ, XA–XZ, ZZ and their
// alpha-3 and numeric forms, which includes XK for Kosovo), CLDR groupings and
// quirks (EU, EZ, UN, 150, …), exceptionally reserved codes (AC, CP, DG, EA,
// FX, IC, TA) and withdrawn codes (SU, YU, DD, …) are rejected. Errors wrap
// [ErrMalformedPlace], [ErrUnknownPlace] or [ErrPrivateUsePlace].
//
// Subdivisions are known for these countries only (see [Subdivisions]): AU,
// BR, CA, CH, DE, ES (autonomous communities and cities), FR (regions,
// overseas regions, departments and collectivities), GB (the four nations),
// IN (states and union territories), IT (regions), PT (districts and the
// autonomous regions PT-20 and PT-30) and US (states, DC and outlying
// areas). Any other subdivision code is [ErrUnknownPlace]: the package never
// guesses.
//
// # Membership
//
// [EU] and [EEA] membership come from this package's own dated tables, never
// from x/text's CLDR 32 (2017) data, which still counts the UK in the EU. The
// UK was a member until 2020-01-31. Territorial rules follow TFEU Art. 355:
// the outermost regions (GP, GF, MQ, RE, YT, MF, ES-CN, PT-20, PT-30) and Åland
// (AX) are in; the Faroe Islands, Greenland, the Crown Dependencies and the
// overseas countries and territories are out.
//
// # Regimes
//
// [Applicable] lists the [Regime] values that govern processing in a place on
// a date: the EU GDPR, UK GDPR, CCPA/CPRA, India's DPDP Act, Brazil's LGPD,
// Canada's PIPEDA, the Swiss FADP, Singapore's PDPA, Japan's APPI, Australia's
// Privacy Act and the twenty comprehensive US state laws of law.md §10, each
// identified by a [RegimeID] ([GDPR], [CCPA], [TDPSA], …). A subdivision
// inherits its country's regimes and adds its own. An empty answer means "no
// regime in these tables", never "no law": see [Applicable] for the exact
// contract. The United States alone is [ErrNeedSubdivision]: its privacy laws
// are state laws. Arkansas is deliberately absent (law.md §10), and Florida's
// FDBR is listed but marked Narrow.
//
// Each regime carries its consent model ([OptIn] or [OptOut]), its dated
// [Milestone] list (CPRA from 2023-01-01; the DPDP Rules' phases of
// 2025-11-13, 2026-11-13 and 2027-05-13) and, for the US laws, whether a
// universal opt-out signal such as GPC must be honoured: [OptOutSignal].
//
// # Ages
//
// [DigitalConsentAge] gives the age of digital consent (GDPR Art. 8 and its
// national derogations, the UK's 13, India's 18, California's 16);
// [SaleAuthoriser] says who must authorise the sale or sharing of a minor's
// data under Cal. Civ. Code §1798.120(c); [PolicyMinimumAge] is the Clootrack
// policy's own floor of 18 (§12.1), a separate rule.
//
// # Transfers
//
// [CheckTransfer] decides whether personal data may move from one place to
// another on a date given [Safeguards], under GDPR Chapter V (Arts. 45–46) and
// the UK's equivalent, and explains its [TransferVerdict]. Anything it cannot
// justify is refused.
//
// # Dates
//
// Every question takes the instant it is asked about. Legal tables hold civil
// dates; an instant is turned into a civil date in its own location (call
// t.In(loc) first to ask about a local date). A zero time is an error
// ([ErrZeroTime]). The tables describe the law from [CoverageStart]
// (2018-05-25, the day the GDPR began to apply); earlier dates are an error
// ([ErrBeforeCoverage]) rather than a silently incomplete answer.
//
// # Configuration and VERIFY items
//
// Rows that law.md marks VERIFY (for example the Art. 8 ages of Slovenia,
// Iceland, Liechtenstein and Norway, several US opt-out-signal dates, the
// references of the 2025 UK and 2026 Brazil adequacy decisions) are encoded
// as stated, flagged with a Verify field that travels into every answer, and
// can be replaced: [New] builds an immutable [Dataset] from the built-in
// tables plus [Options], without touching the built-in tables. The
// package-level functions ask [Default]. [DataVersion] names the revision of
// these tables; record it next to any decision you persist.
//
// # Legal time
//
// (This section is written by the legal-time half of the package: periods,
// counting rules, holidays, deadlines and breach clocks.)
//
// # Concurrency
//
// Every exported value of this package is immutable once built and safe for
// concurrent use. The package has no mutable package-level state: its tables
// are built once at initialisation and only read afterwards, and answers are
// fresh copies the caller may change.
package jurisdiction
