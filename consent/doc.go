// Package consent answers "may I use this subject's data for this purpose,
// now?" with a [Decision] that says why, and keeps the proof that GDPR
// Art. 7(1) asks for: an append-only, hash-chained ledger of every grant,
// refusal, withdrawal and expiry.
//
// The package imports only package jurisdiction from this module; the law
// (regimes, ages of digital consent, opt-out signals, each effective-dated)
// comes from there.
//
// # Purposes, prohibitions and notices
//
// A [Catalog] lists a controller's purposes ([Purpose]: id, readable name
// and description, lawful [Basis], essential or optional, data categories,
// the special [Activity] it involves, and its clause), the prohibitions no
// consent can lift ([Prohibition]), and every version of its [Notice], with
// the SHA-256 of the text and its revision date. [NewPolicy] validates a
// catalog into an immutable [Policy]. [ClootrackCatalog] and [Clootrack] are
// the Clootrack privacy policy: essential purposes (§3.2, §6.3), optional
// ones (§3.1, §3.6, §3.8, §5.4), and the bans on sale (§3.3, §13.1, §15.2),
// automated decisions and profiling (§20.1) and training generalized models
// on connector data (§23, through [Source]). Where the policy's text leaves
// room — opt-in everywhere (§4.3), enrichment through third-party data
// providers read as profiling (§3.1 against §20.1), analytics not counted as
// cross-site tracking (§9.1 against §6.2) — [ClootrackCatalog] says how it
// reads it and why.
//
// # Decisions
//
// [Policy.State] replays a subject's events, with the [Facts] of the moment
// (place, age, browser [Signals]), into a [State]; [State.Allowed] and
// [State.AllowedFrom] decide, allocating nothing. The rules, in order:
// unknown purposes are denied; prohibitions deny (and override a regime that
// would allow until opt-out); essential purposes are allowed; minors — below
// the policy's floor of 18 (§12.1) or the place's age of digital consent —
// are denied optional purposes unless the law lets a guardian grant and one
// did (see Minors); an opt-out preference signal denies sale, sharing and targeted
// advertising where the law honours it (11 CCR §7025); Do Not Track denies
// cross-site tracking (policy §6.2); then the latest choice decides (a grant
// lasts 13 months and only while the notice has not changed materially, a
// withdrawal applies at once); and with no choice, consent purposes are off
// where GDPR, UK GDPR or DPDP apply, where the place is unknown, or where
// the policy says so ([Catalog].OptInEverywhere; Clootrack: §2.8, §3.3,
// §4.3), and on until opt-out under the CCPA. The
// windows are [PolicyOptions].
//
// # Minors
//
// Two kinds of age bar optional purposes. The policy's own floor
// ([Catalog].MinimumAge; Clootrack: 18, §12.1) denies every optional purpose
// below it, and no guardian can lift it. The law's age of digital consent
// (package jurisdiction: GDPR Art. 8 as each member state set it, such as
// Denmark's 13, raised to 15 on 2024-01-01; the UK's 13; India's 18;
// California's bands) denies optional purposes below it unless the law lets someone
// grant: a parent or guardian ([MechanismGuardian]: GDPR Art. 8(1), DPA
// 2018 s.9, DPDP s.9(1), and under 13 in California), or the minor
// personally (13 to 15 in California, Cal. Civ. Code §1798.120(c)). In
// India nothing lifts the ban on tracking, behavioural monitoring and
// targeted advertising of children (DPDP s.9(3)). Where the place is known
// but the tables hold no age (most US states), under 18 counts as a minor
// whom a guardian may consent for; where the place is unknown, under 18
// counts as a minor and nothing optional is allowed. Each denial says which
// rule decided ([ReasonMinor]).
//
// An unknown age is not treated as a minor by default. The duties attach
// to knowledge: California's to "actual knowledge" of age (wilful disregard
// counts as knowledge, §1798.120(c)), the policy's to children's data
// collected "knowingly" (§12.1), GDPR Art. 8(2)'s to "reasonable efforts" to
// verify a guardian's consent. Assuming every visitor of unknown age is a
// child would deny every optional purpose to everyone and make consent
// meaningless, which no law asks. So pass the age in [Facts] whenever the
// service knows it (a birth date at sign-up, a declared age); never discard
// it. A service directed at children, or one that cannot establish ages
// where the law has no knowledge qualifier (law.md records none for DPDP
// s.9), sets [PolicyOptions].AssumeMinorWhenAgeUnknown, which fails closed.
//
// # Signals
//
// [SignalsFrom] reads Sec-GPC and DNT exactly: only the value "1" counts.
// GPC is an opt-out of sale, sharing and targeted advertising where the law
// requires honouring it (package jurisdiction's OptOutSignal, effective-dated
// per state), never a withdrawal of GDPR consent; [Ledger.HonourSignals]
// records it for a known subject. DNT is no law's requirement; the policy
// (§6.2) describes it as a wish not to be tracked "over time and across
// websites", so it switches off purposes with [ActivityCrossSiteTracking] and
// nothing else. A grant given while a signal was on is the subject's
// affirmative choice and stands (§7025(c)(3)).
//
// # The ledger
//
// A [Ledger] validates each [Choice] against the policy and appends an
// [Event] to a [Store]: a ULID [ID], the pseudonymous [Subject] (which never
// prints its id), the purposes, the notice version and digest, the
// [Mechanism], the place, [Evidence] with the IP truncated to /24 or /48, and
// the time. Each record's hash covers the previous hash and the record's
// canonical encoding ([Event.MarshalBinary]); [Verify] detects any change,
// insertion, removal or reordering of records. One thing no chain can show
// by itself is whole records removed from the end (or the ledger rewritten
// and re-chained from some record on): the shorter ledger is a valid chain.
// To catch that, save the [Head] ([Store.Head]) regularly somewhere the
// ledger's writer cannot change, and check it with [VerifyAgainst] or
// [FileOptions].SavedHead. [Ledger.OnWithdrawal] hooks run after a
// withdrawal is durable, so that retention can delete at once (§3.8).
// [Ledger.Receipt] gives the subject a [Receipt] with Kantara-style field
// names whose records verify on their own.
//
// Against the minimum consent record of law.md §18, an event holds: who
// (the pseudonymous Subject); when (At, in UTC); which notice (its id,
// version and SHA-256; its language and URL are on the [Notice]); how (the
// Mechanism, the place, the user agent and truncated network); which
// purposes and whether granted, refused, withdrawn or expired (each
// purpose's lawful basis is in the catalog); the signals seen (GPC, DNT);
// and integrity (the chain). A withdrawal is its own event, later in the
// chain than the grant it ends. The controller, the regimes that apply and
// the expiry or re-ask date are not repeated in every record: they follow
// from the catalog, from the place and date (package jurisdiction; keep its
// DataVersion with the ledger) and from [PolicyOptions], and every [Decision] and
// [Receipt] states them.
//
// # Ledger file
//
// [FileStore] keeps the ledger in one file: a 16-byte header (the magic
// "\x89CONSENT", a big-endian uint32 version, currently 1, and the CRC-32C
// of those 12 bytes), then one frame per record: the payload length, the
// payload's CRC-32C and the CRC-32C of those 8 bytes (uint32 each,
// big-endian), then the payload. Appends from concurrent goroutines are
// group-committed: one write and one fsync acknowledge every append waiting
// for it, so a crash loses no acknowledged append. Reopening checks every
// byte and the chain, truncates a torn tail (a last frame cut short by a
// crash, or zero bytes a file was extended by, which were never
// acknowledged), and reports any other damage as a [*CorruptError] without
// touching the file.
//
// # HTTP
//
// A [Gate] resolves each request's State — the subject from the service's
// session or a [CookieCodec]-signed consent cookie (HMAC-SHA256, key ids for
// rotation, expiry), their choices from the ledger (so a withdrawal made
// anywhere applies at once) or, without a ledger, from the cookie — and
// hands it on in the request context ([NewContext], [FromContext]) without
// changing the incoming request. The zero Gate denies every purpose that is
// not essential.
//
// # Concurrency
//
// [Policy], [State], [CookieCodec] and [Decision] values are immutable and
// safe for concurrent use. [Ledger], [MemoryStore], [FileStore] and [Gate]
// are safe for concurrent use by multiple goroutines. Every other exported
// type is a plain value or a configuration struct: safe to copy and to read
// from several goroutines, not to change while others read it. The package
// has no mutable package-level state; time and randomness are injected
// (the at arguments, [LedgerOptions], [Gate].Now).
//
// # Errors
//
// Errors wrap sentinels such as [ErrUnknownPurpose], [ErrProhibited],
// [ErrEssentialPurpose], [ErrCorrupt] and [ErrCookieSignature]; match them
// with [errors.Is], and use [errors.As] for [*PurposeError], [*CorruptError]
// and [*HookError].
//
// # Personal data never prints
//
// No error, panic, String method, fmt verb (%v, %+v, %#v, …), slog record
// or JSON log of this package's values shows a subject's id, a user agent
// or a network: [Subject], [Evidence], [Event], [Choice], [State],
// [CookieValue], [Receipt], the stores, the [Ledger] and the [Gate] print a
// summary that says what is present without showing it, and a malformed
// purpose id (which could be anything a client sent) is never echoed. The
// data leaves only through the calls made to carry it: [Subject.Reveal],
// [Event.MarshalBinary], a [Receipt] encoded for its subject, the consent
// cookie.
package consent
