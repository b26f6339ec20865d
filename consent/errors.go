package consent

import (
	"errors"
	"strconv"
)

// Sentinel errors. Functions wrap them, often in a typed error that carries
// detail; match them with [errors.Is]. No error of this package contains
// personal data: subjects, user agents and network addresses never appear.
var (
	// ErrUnknownPurpose reports a purpose id that is not in the policy's
	// catalog. Decisions never return it: an unknown purpose is denied.
	ErrUnknownPurpose = errors.New("consent: unknown purpose")

	// ErrInvalidPurpose reports a malformed purpose, purpose id or catalog.
	ErrInvalidPurpose = errors.New("consent: invalid purpose")

	// ErrEssentialPurpose reports an attempt to refuse, withdraw or grant a
	// purpose that needs no consent and cannot be opted out of (policy §6.3).
	ErrEssentialPurpose = errors.New("consent: essential purpose needs no consent and cannot be refused")

	// ErrProhibited reports an attempt to grant consent to a purpose that a
	// prohibition forbids whatever the subject agrees to (policy §3.3, §20.1, §23).
	ErrProhibited = errors.New("consent: purpose is prohibited and no consent can lift that")

	// ErrNoPurposes reports a grant or refusal that names no purpose.
	ErrNoPurposes = errors.New("consent: no purposes")

	// ErrUnknownNotice reports a notice version or content hash the policy
	// does not know: consent to an unknown text is not informed consent.
	ErrUnknownNotice = errors.New("consent: unknown notice version or hash")

	// ErrInvalidNotice reports a malformed notice or notice history.
	ErrInvalidNotice = errors.New("consent: invalid notice")

	// ErrInvalidSubject reports a subject id that is empty, too long or holds
	// characters outside the allowed set.
	ErrInvalidSubject = errors.New("consent: invalid subject id")

	// ErrInvalidID reports a string that is not a canonical ULID.
	ErrInvalidID = errors.New("consent: invalid event id")

	// ErrInvalidEvent reports an event that cannot be recorded: a zero
	// subject, an unknown kind or mechanism, a signal used to grant, a time
	// outside the encodable range, or a field too long to encode.
	ErrInvalidEvent = errors.New("consent: invalid event")

	// ErrMalformedRecord reports bytes that are not a canonical ledger record.
	ErrMalformedRecord = errors.New("consent: malformed ledger record")

	// ErrChainBroken reports a ledger whose hash chain does not verify: a
	// record was changed, removed, inserted or reordered.
	ErrChainBroken = errors.New("consent: ledger hash chain broken")

	// ErrCorrupt reports a ledger file that is damaged somewhere other than
	// a torn tail. The file store never repairs such a file by itself.
	ErrCorrupt = errors.New("consent: ledger file corrupt")

	// ErrClosed reports use of a store after Close.
	ErrClosed = errors.New("consent: store closed")

	// ErrLocked reports a ledger file already opened by another FileStore.
	ErrLocked = errors.New("consent: ledger file in use")

	// ErrNilStore reports a ledger built without a store, or use of a nil
	// or zero store (a FileStore not opened with OpenFileStore).
	ErrNilStore = errors.New("consent: nil store")

	// ErrNilPolicy reports use of a nil *Policy, or of one not built with
	// NewPolicy: with no rules, nothing can be decided or recorded.
	ErrNilPolicy = errors.New("consent: nil policy (build one with NewPolicy)")

	// ErrSubjectMismatch reports events of another subject passed where one
	// subject's events were expected.
	ErrSubjectMismatch = errors.New("consent: event belongs to another subject")

	// ErrCookieMalformed reports a consent cookie that cannot be parsed.
	ErrCookieMalformed = errors.New("consent: malformed consent cookie")

	// ErrCookieSignature reports a consent cookie whose HMAC does not verify:
	// it was changed or forged.
	ErrCookieSignature = errors.New("consent: consent cookie signature invalid")

	// ErrCookieUnknownKey reports a consent cookie signed with a key id the
	// codec does not hold (retired or forged).
	ErrCookieUnknownKey = errors.New("consent: consent cookie key unknown")

	// ErrCookieExpired reports a consent cookie past its expiry.
	ErrCookieExpired = errors.New("consent: consent cookie expired")

	// ErrInvalidKey reports a cookie signing key that is too short or has a
	// malformed key id.
	ErrInvalidKey = errors.New("consent: invalid cookie key")
)

// PurposeError reports a problem with one purpose. Purpose ids are chosen by
// the controller and are not personal data, so the error names the purpose.
type PurposeError struct {
	Purpose PurposeID // the purpose concerned; empty if the id was malformed (it could hold anything)
	Err     error     // a sentinel such as ErrUnknownPurpose or ErrProhibited
	Detail  string    // optional: the clause or rule, e.g. "§3.3"
}

// Error names the sentinel, the purpose and the detail.
func (e *PurposeError) Error() string {
	s := e.Err.Error() + " " + strconv.Quote(printablePurpose(e.Purpose))
	if e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}

// Unwrap returns the sentinel the error wraps.
func (e *PurposeError) Unwrap() error { return e.Err }

func purposeError(id PurposeID, err error, detail string) error {
	return &PurposeError{Purpose: safePurpose(id), Err: err, Detail: detail}
}

// CorruptError locates damage in a ledger file or a sequence of records. It
// matches [ErrCorrupt] with [errors.Is] and unwraps to the specific cause
// ([ErrChainBroken], [ErrMalformedRecord], or an I/O error).
type CorruptError struct {
	Offset int64  // byte offset of the damaged frame in the file; -1 if not from a file
	Seq    uint64 // sequence number of the last good record before the damage
	Reason string // what was wrong, in words; never record content
	Err    error  // the cause
}

// Error says where the damage is and what is wrong, never what a record holds.
func (e *CorruptError) Error() string {
	s := "consent: ledger corrupt"
	if e.Offset >= 0 {
		s += " at offset " + strconv.FormatInt(e.Offset, 10)
	}
	s += " after record " + strconv.FormatUint(e.Seq, 10) + ": " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Is reports whether target is [ErrCorrupt].
func (e *CorruptError) Is(target error) bool { return target == ErrCorrupt }

// Unwrap returns the cause.
func (e *CorruptError) Unwrap() error { return e.Err }

// HookError reports that a withdrawal was recorded durably but one or more
// withdrawal hooks failed. The withdrawal stands; the hooks' work (deleting
// data, notifying processors) must be retried by the caller.
//
// Its text names the event only: a hook's own error could say anything (an
// address it failed to delete), so reach it with [errors.Unwrap] or
// [errors.As] and decide yourself whether it is fit for a log.
type HookError struct {
	Event ID    // the recorded withdrawal
	Err   error // the hooks' errors, joined
}

// Error names the recorded withdrawal, never the hooks' own error text.
func (e *HookError) Error() string {
	return "consent: withdrawal " + e.Event.String() + " recorded, but a withdrawal hook failed"
}

// Unwrap returns the hooks' joined errors.
func (e *HookError) Unwrap() error { return e.Err }
