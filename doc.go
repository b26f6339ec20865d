// Package privacy is the root of a library that builds a privacy policy into Go services:
// which law applies to a person, what counts as personal data and how it may leave a
// process, what each person agreed to, which cookies may be set, how long data may live,
// and how data-subject requests are answered on time.
//
// The root package holds no code. It documents the module: the packages below, the order
// in which they import one another, and where each clause of the Clootrack privacy policy
// is enforced. The policy ships as ready-made defaults; another controller can supply its own.
//
// # Packages
//
// Imports point downwards only; jurisdiction and pii are leaves.
//
//   - [github.com/clootrack/privacy/jurisdiction]: places (ISO 3166-1 and 3166-2), EU and
//     EEA membership, adequacy decisions, the regimes that apply in a place on a date (GDPR,
//     UK GDPR, CCPA/CPRA, DPDP, LGPD, PIPEDA, FADP, PDPA, APPI, the Australian Privacy Act
//     and the US state laws), legal periods counted as the statutes count them, public
//     holidays, ages of digital consent, international transfers and breach clocks.
//   - [github.com/clootrack/privacy/pii]: a taxonomy of personal data, pii:"…" struct tags,
//     a redactor that copies values with personal data redacted, masked, pseudonymised with
//     keyed HMAC, sealed with AES-256-GCM or dropped, safe value types, a redacting
//     log/slog handler, crypto-shredding, and a free-text PII scanner.
//   - [github.com/clootrack/privacy/consent]: purposes with lawful bases, versioned notices,
//     an append-only, hash-chained consent ledger, decisions that explain themselves,
//     Global Privacy Control and Do Not Track, and an HTTP gate.
//   - github.com/clootrack/privacy/cookies, retention and rights: planned; see README.md.
//   - github.com/clootrack/privacy/examples/...: runnable programs. Start with
//     examples/quickstart.
//
// Two packages have a companion for users' tests, in the way net/http has
// net/http/httptest: pii/piitest and consent/consenttest.
//
// # Policy clauses and where they are enforced
//
// The clause numbers are those of the Clootrack privacy policy of 4 August 2025.
//
//	§1.3             what personal information is          pii: taxonomy; tagged or detected data is personal
//	§2.1             identity, credentials, contact,        pii: categories; passwords never leave a process
//	                 tracking (IP, device, URLs, browser)
//	§2.2, §2.4, §2.5 behaviour, search history, usage       pii: categories
//	§2.6, §3.9       payment data                           pii: card shows first 6 and last 4 at most; never logged
//	§2.8, §6.3       optional communications opt-in,        consent: optional purposes off by default;
//	                 essential e-mail stays                 essential purposes cannot be withdrawn
//	§3.1, §3.2       purposes of use                        consent: the Clootrack purpose catalog
//	§3.3, §13.1,     never sell, license, trade or rent     consent: sale is a prohibition no consent lifts
//	§15.2
//	§3.4, §3.5       tracking data; server logs with IPs    pii: log redaction of IP addresses
//	§3.8, §6.4       withdraw consent at any time; delete   consent: withdrawal takes effect at once, with hooks
//	                 contact data on unsubscribe
//	§4.1             sources of data                        consent: data carries its source
//	§6.2             Do Not Track                           consent: signals
//	§7.1, §9.2       transfers out of the UK/EEA only with  jurisdiction: transfer check
//	                 adequacy or approved contracts
//	§12.1            nobody under 18                        jurisdiction: the policy's own age floor; consent: age gate
//	§15.1            breaches notified per applicable law   jurisdiction: breach clocks
//	§16.1            old data removed, backups included     pii: crypto-shredding
//	§17              passwords                              pii: credentials are never logged or exported
//	§19.1            amendments with a revision date        consent: notice versions and re-consent
//	§20.1            no automated decisions or profiling    consent: prohibition
//	§22              answer within one month, or sooner     jurisdiction: legal periods and deadline tables
//	§23              connector data never trains            consent: prohibition on source × purpose
//	                 generalized AI/ML models
package privacy
