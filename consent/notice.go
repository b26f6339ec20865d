package consent

import (
	"strconv"
	"time"
)

// Notice is one version of the text that tells subjects what is done with
// their data and asks for their consent: a privacy policy or a consent
// banner's wording (policy §4.2).
//
// Versions are numbered from 1 and carry the revision date the text shows
// (policy §19.1: "indicate the date of the latest revision") and the SHA-256
// digest of the exact text. A version is in force from its revision date.
//
// A version that changes the previous one materially (new purposes, new
// recipients, a wider use) needs fresh consent: a grant recorded against an
// earlier version no longer counts once it is in force (GDPR Art. 4(11)
// "informed"; EDPB Guidelines 05/2020). A minor change (wording, contact
// details) does not.
type Notice struct {
	ID       string    // which notice, e.g. "privacy-policy"
	Version  int       // 1, 2, …; strictly increasing
	Revised  time.Time // the revision date; the version is in force from then
	Hash     Digest    // HashText of the exact text shown
	Material bool      // changes the previous version materially: fresh consent needed
	URL      string    // where the text is published (optional)
	Language string    // BCP 47 tag of the text, e.g. "en" (optional)
}

// NoticeRef is what an event records of a notice: enough to prove which
// text the subject saw.
type NoticeRef struct {
	ID      string
	Version int
	Hash    Digest
}

// Ref returns the reference an event records for n.
func (n Notice) Ref() NoticeRef { return NoticeRef{ID: n.ID, Version: n.Version, Hash: n.Hash} }

// IsZero reports whether r is the zero NoticeRef.
func (r NoticeRef) IsZero() bool { return r == NoticeRef{} }

// String returns "id v3 (sha256:…12 hex)".
func (r NoticeRef) String() string {
	return r.ID + " v" + strconv.Itoa(r.Version) + " (sha256:" + r.Hash.String()[:12] + ")"
}

// noticeHistory is a validated, ordered list of notice versions.
type noticeHistory struct {
	versions []Notice
	// lastMaterial[i] is the index of the latest version ≤ i whose change
	// was material (version 1 counts as material: it is the first text).
	lastMaterial []int
}

func newNoticeHistory(ns []Notice) (noticeHistory, error) {
	h := noticeHistory{versions: append([]Notice(nil), ns...)}
	if len(ns) == 0 {
		return h, noticeError("no notice versions")
	}
	for i := range h.versions {
		n := &h.versions[i]
		switch {
		case n.ID == "" || len(n.ID) > 64:
			return h, noticeError("notice id must be 1 to 64 bytes")
		case n.ID != h.versions[0].ID:
			return h, noticeError("all versions must share one notice id")
		case n.Version < 1 || n.Version > 1<<30:
			return h, noticeError("versions are numbered from 1")
		case i > 0 && n.Version <= h.versions[i-1].Version:
			return h, noticeError("versions must increase")
		case n.Revised.IsZero():
			return h, noticeError("a version needs its revision date (§19.1)")
		case i > 0 && n.Revised.Before(h.versions[i-1].Revised):
			return h, noticeError("revision dates must not go back")
		case n.Hash.IsZero():
			return h, noticeError("a version needs the digest of its text")
		}
		last := i
		if i > 0 && !n.Material {
			last = h.lastMaterial[i-1]
		}
		h.lastMaterial = append(h.lastMaterial, last)
	}
	return h, nil
}

func noticeError(detail string) error {
	return &noticeErr{detail: detail}
}

type noticeErr struct{ detail string }

func (e *noticeErr) Error() string        { return ErrInvalidNotice.Error() + ": " + e.detail }
func (e *noticeErr) Is(target error) bool { return target == ErrInvalidNotice }

// current returns the index of the version in force at t, or -1 if none
// is yet.
func (h *noticeHistory) current(t time.Time) int {
	for i := len(h.versions) - 1; i >= 0; i-- {
		if !h.versions[i].Revised.After(t) {
			return i
		}
	}
	return -1
}

// find returns the index of the version r refers to, checking id and hash.
func (h *noticeHistory) find(r NoticeRef) (int, bool) {
	for i := range h.versions {
		n := &h.versions[i]
		if n.Version == r.Version {
			return i, n.ID == r.ID && n.Hash == r.Hash
		}
	}
	return -1, false
}

// requiredVersion returns the lowest notice version a grant must have been
// given to, to count at t: the latest material version in force.
func (h *noticeHistory) requiredVersion(t time.Time) int {
	i := h.current(t)
	if i < 0 {
		return h.versions[0].Version
	}
	return h.versions[h.lastMaterial[i]].Version
}
