// Package textscan finds personal data in free text: e-mail addresses, phone
// numbers, payment cards, IBANs, IP and MAC addresses, Indian, US and UK
// government identifiers, credentials in URLs, JWTs and bearer tokens, and
// (near a context word) dates of birth and passport numbers.
//
// It is the engine behind the free-text scanner of package pii and must not
// import pii: pii maps each [Kind] to one of its categories and applies its
// treatments.
//
// # How a scan works
//
// [Scanner.Scan] makes one pass over the bytes. A 256-entry class table tells
// letters, digits and the few anchor bytes (@ + ( : =) apart. At the start of
// every word, and at every anchor, a small hand-written recogniser expands the
// candidate (a run of digit groups, a dotted quad, a local part and a domain,
// a base64url token...) and then validates it: Luhn for cards, ISO 7064
// mod 97-10 for IBANs, Verhoeff for Aadhaar, the GSTIN mod-36 check character,
// the never-issued SSN ranges, net/netip's grammar for IP addresses. There are
// no regular expressions on this path and a scan allocates nothing when the
// caller supplies the findings slice.
//
// # Context and near misses
//
// Some patterns are too weak on their own: a bare 12-digit number, a bare
// 9-digit number, a date, an 8-character passport number. Those are reported
// only when a context word ("aadhaar", "आधार", "ssn", "date of birth",
// "passport"...) occurs in the [LookBehind] bytes before the candidate, and a
// context word raises the confidence of every other kind. Near misses are not
// reported: wrong check digits, UUIDs, timestamps, version strings
// ("v1.2.3.4", "version 1.2.3.4"), hex hashes and order numbers such as
// "ORD-2024-000123".
//
// # Locality and streaming
//
// Whether a finding starts at offset s depends only on the bytes in
// [s-LookBehind, s+MaxTokenLen+LookAhead). That bound is what lets [Stream]
// redact an unbounded reader with a fixed buffer and still produce exactly the
// output of a one-shot scan: it carries at most [Carry] bytes from one chunk
// to the next. Tokens longer than [MaxTokenLen] (a JWT of more than 8 KiB) are
// reported over their first MaxTokenLen bytes only.
//
// # Concurrency
//
// A [Scanner] is immutable after [New] and safe for concurrent use. A [Stream]
// holds buffers and must not be used by two goroutines at once.
package textscan
