// Package pii knows what personal data is, where it sits in a program's values, and how it
// may leave the process: in a log line, an API response, an export or an analytics record.
//
// Personal information is anything that identifies a person or can be linked to one (§1.3
// of the Clootrack privacy policy). Developers mark it with struct tags; a [Redactor] then
// makes a deep copy of any value with every tagged field treated for the [Sink] the copy is
// going to, by the rules of the policy:
//
//	type User struct {
//		ID       int64
//		Name     string `pii:"name"`
//		Email    string `pii:"email,api=clear"`
//		Password string `pii:"password"`
//		LastIP   string `pii:"ip"`
//	}
//
//	r, err := pii.NewRedactor(nil)
//	...
//	safe, err := r.Redact(pii.SinkLog, &u) // *User: "A. S.", "***@example.com", "[REDACTED]", "203.0.113.0"
//
// # Categories
//
// A [Category] is a kind of personal data, with its tag name, the clause or statute it comes
// from ([Category.Clause]) and a [Sensitivity]:
//
//   - identity (§2.1): name, location, birthdate, gender, idnumber;
//   - credentials (§2.1, §17): username, password, secret;
//   - contact (§2.1): email, phone, address;
//   - tracking (§2.1, §3.4, §3.5): ip, deviceid, url (referrer and next URL), useragent;
//   - behaviour and usage (§2.2, §2.4, §2.5): browsing, behavior, search, usage;
//   - payment (§2.6, §3.9): card, bankaccount, billingaddress;
//   - government identifiers: aadhaar, pan, gstin, ssn, passport, nino;
//   - special categories (GDPR Art. 9(1), Art. 10): health, biometric, genetic, ethnicity,
//     politics, religion, tradeunion, sexuality, criminal;
//   - children's data: child; precise location: geo.
//
// # Sinks and treatments
//
// A [Sink] is where a copy goes: [SinkLog], [SinkAPI], [SinkExport] or [SinkAnalytics]. A
// [Treatment] is what happens to a value on its way there:
//
//   - [TreatmentRedact]: a fixed marker, "[REDACTED]" unless [Options.Marker] says otherwise;
//   - [TreatmentMask]: a harmless part, such as an e-mail's domain, a card's first 6 and
//     last 4 digits, an IP address's /24 network, a birth date's year;
//   - [TreatmentPseudonym]: a keyed HMAC-SHA256 token, "pii:p1:<key id>:<base64url>", equal
//     for equal values (after normalization) across services sharing the key;
//   - [TreatmentSeal]: AES-256-GCM encryption that [Redactor.Open] reverses;
//   - [TreatmentDrop]: the zero value;
//   - [TreatmentClear]: the value as it is.
//
// Each category has a default treatment per sink, set by its sensitivity
// ([Category.Treatment]); no default is clear. [Options.Overrides] change a default for a
// whole category, a tag for one field. The policy's rules hold whatever the tags and options
// say ([CheckTreatment]): a password or other credential is only ever redacted or dropped,
// never masked, pseudonymized, sealed or shown (§17); payment data is never logged in clear
// (§2.6, §3.9), and a card never shows more than its first 6 and last 4 digits; IP addresses
// in logs are truncated or redacted (§3.5). A tag that breaks a rule is an invalid tag.
//
// [Redactor.RedactString] treats one string of a category for a sink. It is the single place
// where a value's treatment is computed: the struct engine, the slog handler and the text
// scanner all go through it, so the pseudonym of an e-mail address in a log line equals the
// one in an exported record.
//
// # Struct tags
//
// The tag key is pii. Its grammar:
//
//	tag    = "-" [ ",key=" category ] | category { "," option }
//	option = treatment              the treatment in every sink
//	       | sink "=" treatment     the treatment in one sink
//	       | "key=" category        the category of a map's string keys
//
// Names are lower case; the tag has no spaces; each option appears at most once; a sink's
// own option beats a bare treatment, which beats the defaults. Examples:
//
//	Email  string            `pii:"email"`                     // the defaults of email
//	Email  string            `pii:"email,log=mask,api=clear,export=pseudonym,analytics=drop"`
//	Token  string            `pii:"secret,drop"`               // dropped everywhere
//	Notes  string            `pii:"health,seal"`               // sealed everywhere
//	Phones []string          `pii:"phone"`                     // every element is a phone
//	Home   Address           `pii:"address"`                   // every value inside is an address
//	ByMail map[string]int    `pii:"-,key=email"`               // keys are e-mails, values are not personal
//	Meta   map[string]string `pii:"-"`                         // not personal
//
// A tag on a struct, pointer, slice, array, map or interface field applies to every value
// inside it, except fields with a category tag of their own. pii:"-" says a field is not
// personal: it is kept even with [Options.RedactUntagged], but tags inside it still apply;
// inside a field tagged with a category, the enclosing category wins over "-" (fail closed).
//
// A tag that cannot be parsed, names an unknown category, sink or treatment, repeats an
// option or breaks a policy rule is an error, a [*TagError], never ignored: [Validate] and
// [ValidateType] report it (call them in tests and at start-up), and [Redactor.Redact]
// refuses to copy a value of an invalid type rather than redact it in part.
//
// Other libraries use the pii key with other grammars: ln80/pii (pii:"subjectID",
// pii:"data,kind=email", pii:"dive"), vsemashko/go-pii-sanitizer (pii:"redact",
// pii:"preserve"), and eskit/gdpr (pii:"key"). None of their first tokens is a category of
// this package, so a struct tagged for one of them fails validation here instead of being
// half understood.
//
// # What a copy holds
//
// [Redactor.Redact] returns a deep copy and never changes its input:
//
//   - Structs are copied field by field, nested and embedded ones included. Unexported
//     fields are never copied: they hold their zero value in the copy, whatever their tag,
//     because nothing outside the type can know what they hold (fail closed). A tag on an
//     unexported field is still validated. The exported fields of an unexported embedded
//     struct are copied, as encoding/json would show them; an unexported embedded pointer is
//     left nil. A type whose state is all unexported (a sync.Mutex, a big.Int, a Secret)
//     therefore copies as its zero value.
//   - The one exception: time.Time, netip.Addr, netip.Prefix and netip.AddrPort, whose
//     unexported fields are their representation, are copied as single values.
//   - Pointers, slices, arrays, maps and interfaces are copied deeply. A cycle is copied as a
//     cycle of the same shape. References shared without a cycle may be copied separately.
//   - Map values take the map's tag. Map keys are kept, or treated when the tag says key=
//     (the keys must be strings; they take the key category's treatment for the sink).
//     Treated keys that collide are made unique deterministically, "#2", "#3" and so on in
//     the sorted order of the original keys (which is all the suffixes reveal). A map whose
//     key type holds pointers, tags or unexported fields cannot be copied safely and is a
//     [*TypeError]; so is, at run time, such a key inside an interface.
//   - Channels, functions and unsafe pointers cannot be copied safely: a copy holds nil.
//
// Strings and byte slices take any treatment. Other values cannot hold a marker, a token or
// a mask, so for them every treatment but clear gives the zero value, with these
// exceptions for [TreatmentMask]: a time.Time keeps its year (1 January, UTC), so a date of
// birth shows only the year; a net.IP, netip.Addr, netip.Prefix or netip.AddrPort keeps its
// network; a float of category geo is rounded to one decimal.
//
// Untagged fields are copied as they are, unless [Options.RedactUntagged] is set.
//
// [Redactor.Open] reverses [TreatmentSeal]: it copies a value with every sealed token in a
// tagged field opened. [Fields] lists where a type holds personal data without copying
// anything, for code that exports or erases a subject's data.
//
// # Pseudonyms and keys
//
// Pseudonyms are HMAC-SHA256, never unkeyed hashes, and name their key: with keys
// [Options.PseudonymKeys] rotating, old tokens still match ([Redactor.MatchPseudonym]).
// Values are normalized first (Unicode NFKC, case folding with golang.org/x/text/cases,
// category-aware: phone numbers keep their digits, identifiers lose separators), so that
// "Alice@Example.com" and "alice@example.com" give one pseudonym. Sealed values are
// AES-256-GCM tokens bound to their category, "pii:s1:<key id>:<base64url>", from an
// [AESSealer] whose keys rotate the same way, or from any other [Sealer].
//
// # Safe values
//
// A struct tag protects a field only where a Redactor is used. A [Secret] protects one value
// everywhere: it holds something that must never be shown, such as a password (§17) or an
// API token, and prints, logs and encodes only as "[REDACTED]" through every fmt verb,
// [log/slog.LogValuer], encoding/json, [encoding.TextMarshaler] and encoding/gob. Its value
// lives in a closure, so even reflection over an unexported field (which is how fmt prints
// structs) finds no data; it leaves only through [Secret.Reveal]. A [Value] does the same
// for one value of a known [Category], such as an e-mail address, and a [LogHandler] gives
// it its category's log treatment (a masked address) instead of the bare marker. Both
// decode real input (JSON, text) and refuse to decode the marker itself
// ([ErrRedactedInput]), so a redacted document written back cannot overwrite a password.
//
// # Logging
//
// [NewLogHandler] wraps any [log/slog.Handler]. Before the wrapped handler sees a record,
// or an attribute given to WithAttrs, the [LogHandler] resolves LogValuers and treats
// everything for [SinkLog]: a tagged struct, pointer, slice or map is logged as a redacted
// view (exactly what [Redactor.Redact] gives, except that untagged parts needing no work are
// shared rather than copied); a [Value] gets its category's treatment and a [Secret] the
// marker; attributes under keys such as password, token or client_ip get their category's
// treatment ([DefaultKeyCategories], §17, §3.5); strings and address values holding an IP
// address are truncated to their network or redacted (§3.5, [LogOptions.KeepIPStrings]);
// an error logs as its text. It walks groups, never changes the caller's record, passes
// testing/slogtest, and logs the marker for anything it cannot redact safely, never the
// value.
//
// [ReplaceAttr] gives the same treatment as a function for
// [log/slog.HandlerOptions].ReplaceAttr, for the built-in text and JSON handlers.
// [LogOptions] configures both; [LogOptions.Text] takes a [TextRedactor] for free text:
// messages, strings and error texts.
//
// # Free text
//
// A [Scanner] finds personal data in free text: e-mail addresses, phone numbers, cards,
// IBANs, IP and MAC addresses, Aadhaar, PAN, GSTIN, SSN, ITIN and NINO numbers, passport
// numbers and dates of birth after their context words, URL credentials, JWTs and bearer
// and basic credentials ([TextKind]). It checks what can be checked (Luhn, mod 97, Verhoeff,
// the GSTIN check character, registry lengths, never-issued ranges) and uses context words
// instead of regular expressions, and treats each value it finds through
// [Redactor.RedactString], so a value in a log message gets the pseudonym or mask it gets
// in a tagged field. [Scanner.RedactStream] redacts a stream with bounded memory. A Scanner
// is a [TextRedactor]: pass it as [LogOptions.Text] to scan log messages.
//
// # Crypto-shredding
//
// The policy promises that information a user asked to remove is removed "including stored
// 'back up' systems" (§16.1). Backups cannot be edited, but they can be made unreadable: a
// [Shredder] seals each subject's data under the subject's own data key, kept in a
// [Keyring], and [Shredder.Forget] destroys the key, after which no copy of that data, in a
// database, a log archive or a backup, can be opened again. [MemoryKeyring] keeps keys in
// memory; [FileKeyring] keeps them durably in one file sealed under a [MasterKey]; a
// service can implement Keyring over its own store. Data keys rotate per subject
// ([Keyring.Rotate], [Shredder.Reseal]) and master keys per file
// ([FileKeyring.RotateMaster]) without losing data. [Shredder.Sealer] gives a [Sealer] for
// one subject: with [Redactor.WithSealer], the fields a tag seals are crypto-shredded with
// their subject.
//
// # Testing
//
// Package github.com/clootrack/privacy/pii/piitest checks outputs for leaks (it names the
// field path of every personal value found, never the value), compares values with go-cmp
// while ignoring or treating personal fields, and gives deterministic keys, sealers,
// keyrings and clocks for golden files. Call [Validate] in a test for every type you
// redact.
//
// # Concurrency, caching and performance
//
// A [Redactor], a [LogHandler], a [Scanner] and an [AESSealer] are immutable and safe for
// concurrent use; so are [Secret] and [Value] values. [MemoryKeyring] and [FileKeyring] lock
// internally and are safe for concurrent use, and a [Shredder] is as safe as its Keyring.
// The other types are plain values: an [Options], [LogOptions] or [ScanOptions] is read once
// by the constructor it is given to and may then be reused or changed.
//
// The first time a type is redacted or validated, its tags are parsed into a plan that is
// cached for the life of the process, as encoding/json caches its encoders: this write-once
// cache of immutable plans, a sync.Map keyed by type, is the package's only mutable state
// (everything else at package level is a constant table), and it depends on types only,
// never on a Redactor's options. A plan being built is visible only to the goroutine
// building it, so a recursive type finds its own placeholder and stops, and other goroutines
// only ever see complete plans.
//
// A copy is made by assignment and then fixed up in place, field by field, from the plan's
// precomputed offsets: fields that need no work cost nothing, common flat maps are cloned
// with maps.Clone, and the masks and pseudonyms of one copy share a few allocations. The
// fix-up writes through pointers computed from offsets, but every write is a typed Go
// assignment, so the garbage collector sees them all. BenchmarkRedact compares redacting a
// representative struct with json.Marshal of it, and BenchmarkLogHandler a redacting
// handler with the plain JSON handler it wraps.
//
// # Errors
//
// No error, panic or String method of this package holds personal data: errors name types,
// fields, tags, categories, key ids and option keys only. Each error matches a sentinel
// whose text starts with "pii:" ([ErrInvalidTag], [ErrForbiddenTreatment],
// [ErrInvalidOption], [ErrOpen], ...) through errors.Is, and the typed errors
// ([*TagError], [*TypeError], [*PolicyError], [*KeyError], [*LogOptionError]) carry the
// detail for errors.As.
package pii
