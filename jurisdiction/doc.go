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
// BR, CA, CH, DE, ES (autonomous communities and cities), FR (metropolitan
// regions, overseas regions and departments, and overseas collectivities;
// not the metropolitan departments), GB (the four nations),
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
// Privacy Act and the nineteen other comprehensive US state laws of law.md
// §10 (twenty with the CCPA, 29 regimes in all), each
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
// "One month" is not 30 days. A [Period] is a number of [Hours],
// [CalendarDays], [BusinessDays] or [Months] ("1 month", "72 hours";
// [ParsePeriod] reads them), and a [Rule] counts it the way a statute does:
//
//   - [RuleEU], Reg. (EEC, Euratom) No 1182/71, which governs the GDPR: the
//     day of the event is not counted; a month ends on the same date of the
//     last month, or on that month's last day (31 January → 28 or
//     29 February); a period not in hours that ends on a Saturday, Sunday or
//     public holiday ends on the next working day; a period of two days or
//     more includes two working days; hours never roll.
//   - [RuleUK], the ICO's rule for the UK GDPR: the day of receipt is day
//     one, a month runs to the corresponding date (3 September → 3 October;
//     30 January → 28 or 29 February), then to the next working day of the
//     nation's bank holidays.
//   - [RuleCCPA], the default for California: 45 days "begin on the day
//     that the business receives the request" (11 CCR §7021(b)), so that day
//     counts, and the end does not move. [RuleCaliforniaGeneral] is the other
//     reading (Code Civ. Proc. §§12, 12a: first day excluded, ends moved past
//     weekends and holidays). law.md marks the count VERIFY: pick the rule.
//   - [RuleLiteral]: the event day is not counted and the end never moves,
//     for regimes whose computation statute is not encoded.
//
// Public holidays are those of the place where the act is to be done
// (Reg. 1182/71 Art. 2). [CalendarFor] returns a built-in [Calendar] for GB
// (each nation: GB-ENG, GB-WLS, GB-SCT, GB-NIR), IE, DE and its Länder, FR,
// NL, ES, IT, the US (federal), US-CA and IN; [Holidays] lists any
// calendar's days; users can implement the two-method interface. A nil
// Calendar means Saturdays and Sundays only, which never gives a later
// deadline than the true one.
//
// To compute a GDPR deadline, express the start in the local time of the
// place and pass its calendar:
//
//	berlin, _ := time.LoadLocation("Europe/Berlin")
//	de, _ := jurisdiction.CalendarFor(jurisdiction.MustParsePlace("DE"))
//	month := jurisdiction.Period{N: 1, Unit: jurisdiction.Months}
//	d, err := jurisdiction.RuleEU.Deadline(received.In(berlin), month, de)
//	// received 2026-04-24: d.Last is 2026-05-26, because 24 May is a
//	// Sunday and 25 May Whit Monday; fmt.Println(d) says so.
//
// A [Deadline] explains itself: start, period, rule, the nominal end, the
// days it rolled over ([Deadline.Rolled]) or skipped ([Deadline.Skipped]),
// and a one-line String. A period in hours expires at exactly start + N
// hours; any other period at End, the first instant of the day after its
// last day in the start's location ("the expiry of the last hour of the last
// day"); [Deadline.InTime] tells whether an act was in time. Bad input (a
// zero time, an invalid period, a start outside 1970–2099) is an error, never
// a panic or a silently wrong date.
//
// The deadline table of law.md §3 is data: [ObligationFor] returns, for a
// [RegimeID] and a [Duty] (access, erasure, opt-out, appeal, breach notice,
// …), the [Obligation] in force on the day the clock starts — period, rule,
// extension, acknowledgement, the [Trigger] that starts it, citation and
// effective dates (UK GDPR Art. 12A from 2026-02-05; the UK complaint
// acknowledgement from 2026-06-19; California's 30-day breach notice from
// 2026-01-01). Duties the law leaves open ("without undue delay") have no
// fixed Period and say so in Standard. [BreachClocks] gives every breach
// clock of a regime from the moment of awareness (law.md §5). The rows
// law.md marks VERIFY carry Verify; an Obligation is a copy, so a caller can
// count one another way by changing its Rule.
//
// Computing a deadline does not allocate and takes a few hundred
// nanoseconds. The built-in calendars compute each year's holidays once, on
// first use, and keep the immutable result: a write-once cache per calendar,
// like encoding/json's cache of encoders, and the only state the package
// keeps.
//
// # Concurrency
//
// Every exported value of this package is immutable once built and safe for
// concurrent use. Its tables are built once at initialisation and only read
// afterwards; the one thing that grows is each built-in calendar's write-once
// cache of computed years (see Legal time), which never changes a value once
// stored. Answers are fresh copies the caller may change.
package jurisdiction
