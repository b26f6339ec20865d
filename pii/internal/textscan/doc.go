// Package textscan finds personal data in free text: e-mail addresses, phone
// numbers, payment cards, IBANs, IP and MAC addresses, Indian, US and UK
// government identifiers, credentials in URLs, JWTs, bearer tokens and HTTP
// Basic credentials, and (near a context word) dates of birth and passport
// numbers.
//
// It is the engine behind the free-text scanner of package pii and does not
// import pii: pii maps each [Kind] to one of its categories and applies its
// treatments through a [Replacer].
//
// # How a scan works
//
// [Scanner.Scan] ([Append] for a caller's own finding type) makes one pass
// over the bytes. A 256-entry class table tells
// letters, digits and the few anchor bytes (@ + ( : =) apart. At the start of
// every word, and at every anchor, a small hand-written recogniser expands the
// candidate (a run of digit groups, a dotted quad, a local part and a domain,
// a base64url token...) and then validates it: Luhn and IIN ranges for cards,
// ISO 7064 mod 97-10 and the registry length for IBANs, Verhoeff for Aadhaar,
// the GSTIN mod-36 character, the SSA's never-issued SSN ranges, HMRC's NINO
// prefixes, net/netip's grammar for IP addresses, numbering-plan lengths for
// phones. Each table names its source (tables.go). There are no regular
// expressions, and a scan allocates nothing when the caller's findings slice
// has room. Every position costs bounded work, so a scan is linear in its
// input: ordinary logs scan at over 100 MB/s, and text built to be slow, such
// as "1 1 1 1 ..." where every digit starts a run of groups to try, at a few
// MB/s.
//
// # Context and near misses
//
// Some patterns are too weak on their own: a bare 12-digit number, a bare
// 9-digit number, a date, a passport number, a national phone number in an
// unusual grouping. Those are reported only after a context word ("aadhaar",
// "आधार", "ssn", "date of birth", "passport", "mobile"...), and a context word
// raises the confidence of a card, a phone number or an identifier found
// without one. A context word counts when it starts within [ContextWindow]
// bytes and five words before the value, on the same line, and after the
// previous finding, the last redaction marker and the last word that holds
// a digit, a '*', an '@' or "::": it speaks for the first value after it.
// Near misses are not reported: wrong check digits, UUIDs, timestamps,
// version strings ("v1.2.3.4", "version 1.2.3.4"), hex hashes and order
// numbers such as "ORD-2024-000123".
//
// # Spaced numbers
//
// A run of digit groups separated by spaces ("4111 1111 1111 1111 2024") is
// read leftmost-longest: from each group, the longest prefix that validates
// and ends where another value could begin (before a space, a '/' or a
// parenthesis) is reported, and reading resumes after it. A prefix is judged
// on its own bytes and what precedes it, never on the groups after it.
//
// # Locality and streaming
//
// Whether a finding starts at offset s depends only on the bytes in
// [s-128, s+MaxTokenLen+LookAhead) and on where the previous finding ends.
// That bound lets [Stream] redact a reader of any size with a fixed buffer,
// carrying at most [Carry] bytes from one chunk to the next, and write
// exactly what a one-shot scan writes. Tokens longer than [MaxTokenLen] (a JWT,
// a bearer token or a secret URL parameter of more than 8 KiB) are reported
// over their first MaxTokenLen bytes.
//
// # Idempotence
//
// Redacting a text twice changes nothing: scanning the redacted text finds
// nothing new (at most a masked address again, whose mask is itself),
// whether the findings were replaced by markers ("[EMAIL]", "[REDACTED]",
// "***") or by the masks of package pii ("***@example.com", "******3210",
// "411111******1111", "XXXX XXXX 0124", "***-**-6789", "203.0.113.0",
// "2001:db8:1::", "1985-**-**"). Every rule that reads around a candidate
// is written so that replacing another finding by its marker or mask can
// only confirm what the scan decided, never make it find more:
//
//   - Looking back, the bytes of the previous finding read as ']', the end
//     of a marker; what a mask keeps of a value (the digits after "***" or
//     "XXXX XXXX ", a domain after "***@", the digits glued to a '*') never
//     starts or continues a finding; and context ends where a value or a
//     mask does (see above).
//   - Looking ahead, a token is judged on its own bytes. Where another
//     finding could begin inside it or right after it, it is judged as if
//     it ended there too, longest first (spaced numbers, IPv6 prefixes, the
//     last segment of a JWT, a bearer token before an IPv4 address), and
//     its end check treats the first byte of a finding, of a marker ('[')
//     and of a mask ('*', a digit) alike.
//   - The mask of an address is an address that reads as the value did: an
//     IPv4-mapped IPv6 address ("::ffff:192.0.2.1") is reported as the IPv4
//     address it maps, an address written from "::" begins only after a
//     delimiter, one that ends in "::" only before one.
//
// FuzzScan and FuzzStream check these properties with markers; the fuzz
// targets of package pii check them with its masks.
//
// # Concurrency
//
// A [Scanner] is immutable and safe for concurrent use. A [Stream] holds
// buffers and must not be used by two goroutines at once.
package textscan
