package consent

import (
	"context"
	"net/netip"
	"strconv"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

// ReceiptVersion names the receipt format. Field names follow the Kantara
// Consent Receipt v1.1 and ISO/IEC 27560 (law.md §18); "notice", "events"
// and the per-purpose "status" fields are this package's extensions.
const ReceiptVersion = "clootrack-consent-receipt-1 (Kantara CR v1.1 fields)"

// Receipt is a subject's proof of what they agreed to, when, and to which
// notice: the decisions in force for each purpose, and the ledger records
// behind them, each with its chain hash. [Receipt.Verify] recomputes every
// record's hash, so a receipt cannot be edited without detection; comparing
// the hashes with the controller's ledger proves the records are the
// controller's own.
//
// A Receipt is for the subject (and their representatives): it holds their
// pseudonymous id, evidence and notice digests. Encode it with encoding/json.
type Receipt struct {
	Version          string              `json:"version"`
	Jurisdiction     string              `json:"jurisdiction"`
	ConsentTimestamp int64               `json:"consentTimestamp"` // Unix seconds of the latest event
	CollectionMethod string              `json:"collectionMethod"` // mechanism of the latest event
	ConsentReceiptID string              `json:"consentReceiptID"` // the latest event's id
	Language         string              `json:"language,omitempty"`
	PIIPrincipalID   string              `json:"piiPrincipalId"`
	PIIControllers   []ReceiptController `json:"piiControllers"`
	PolicyURL        string              `json:"policyUrl,omitempty"`
	Services         []ReceiptService    `json:"services"`
	Sensitive        bool                `json:"sensitive"`
	SPICat           []string            `json:"spiCat"`
	IssuedAt         time.Time           `json:"issuedAt"`
	Notice           ReceiptNotice       `json:"notice"`
	Events           []ReceiptEvent      `json:"events"`
}

// ReceiptController names the controller (Kantara "piiControllers").
type ReceiptController struct {
	PIIController string `json:"piiController"`
	Contact       string `json:"contact"`
	Address       string `json:"address"`
}

// ReceiptService groups purposes (Kantara "services").
type ReceiptService struct {
	Service  string           `json:"service"`
	Purposes []ReceiptPurpose `json:"purposes"`
}

// ReceiptPurpose is one purpose and where the subject stands on it.
type ReceiptPurpose struct {
	Purpose              string     `json:"purpose"` // the readable name
	PurposeID            PurposeID  `json:"purposeId"`
	PurposeCategory      []string   `json:"purposeCategory"` // activities, e.g. "targeted-advertising"
	ConsentType          string     `json:"consentType"`     // "EXPLICIT" for consent, "NOT-REQUIRED" otherwise
	PIICategory          []Category `json:"piiCategory"`
	PrimaryPurpose       bool       `json:"primaryPurpose"` // essential to the service
	Termination          string     `json:"termination"`    // how and when it ends
	ThirdPartyDisclosure bool       `json:"thirdPartyDisclosure"`
	LawfulBasis          string     `json:"lawfulBasis"`
	Clause               string     `json:"clause"`
	Status               string     `json:"status"` // "allowed" or "denied"
	Reason               string     `json:"reason"`
	Rule                 string     `json:"rule"`
	Event                ID         `json:"event,omitzero"`
	ValidUntil           *time.Time `json:"validUntil,omitempty"`
}

// ReceiptNotice is the notice in force when the receipt was issued.
type ReceiptNotice struct {
	ID       string    `json:"id"`
	Version  int       `json:"version"`
	Revised  time.Time `json:"revised"`
	SHA256   Digest    `json:"sha256"`
	URL      string    `json:"url,omitempty"`
	Language string    `json:"language,omitempty"`
}

// ReceiptEvent is one ledger record, with every field its hash covers.
type ReceiptEvent struct {
	ID        ID           `json:"id"`
	Seq       uint64       `json:"seq"`
	Kind      string       `json:"kind"`
	Purposes  []PurposeID  `json:"purposes"`
	Notice    string       `json:"notice"`
	Version   int          `json:"noticeVersion"`
	SHA256    Digest       `json:"noticeSha256"`
	Mechanism string       `json:"mechanism"`
	Place     string       `json:"place"`
	UserAgent string       `json:"userAgent"`
	Network   netip.Prefix `json:"network"`
	GPC       bool         `json:"gpc"`
	DNT       bool         `json:"dnt"`
	At        time.Time    `json:"at"`
	Prev      Digest       `json:"prev"`
	Hash      Digest       `json:"hash"`
}

// Receipt builds the receipt for a subject from their events (in ledger
// order) as of at. It returns the errors of [Policy.State].
func (p *Policy) Receipt(subject Subject, facts Facts, events []Event, at time.Time) (*Receipt, error) {
	st, err := p.State(subject, facts, events, at)
	if err != nil {
		return nil, err
	}
	r := &Receipt{
		Version:        ReceiptVersion,
		PIIPrincipalID: subject.Reveal(),
		PIIControllers: []ReceiptController{{
			PIIController: p.catalog.Controller.Name,
			Contact:       p.catalog.Controller.Contact,
			Address:       p.catalog.Controller.Address,
		}},
		SPICat:       []string{},
		IssuedAt:     at.UTC(),
		Jurisdiction: facts.Place.String(),
	}
	if n, ok := p.Notice(at); ok {
		r.Notice = ReceiptNotice{ID: n.ID, Version: n.Version, Revised: n.Revised, SHA256: n.Hash, URL: n.URL, Language: n.Language}
		r.PolicyURL, r.Language = n.URL, n.Language
	}
	if len(events) > 0 {
		last := events[len(events)-1]
		r.ConsentTimestamp = last.At.Unix()
		r.CollectionMethod = last.Mechanism.String()
		r.ConsentReceiptID = last.ID.String()
		if r.Jurisdiction == "" {
			r.Jurisdiction = last.Place.String()
		}
	}
	svc := ReceiptService{Service: p.catalog.Controller.Name}
	for i, d := range st.Decisions(at) {
		pu := &p.catalog.Purposes[i]
		rp := ReceiptPurpose{
			Purpose:              pu.Name,
			PurposeID:            pu.ID,
			PurposeCategory:      activityList(pu.Activities),
			ConsentType:          "NOT-REQUIRED",
			PIICategory:          append([]Category{}, pu.Categories...),
			PrimaryPurpose:       pu.Essential,
			Termination:          "ends with the service",
			ThirdPartyDisclosure: pu.Activities.Has(ActivitySale | ActivitySharing),
			LawfulBasis:          pu.Basis.String(),
			Clause:               pu.Clause,
			Status:               "denied",
			Reason:               d.Reason.String(),
			Rule:                 d.Rule,
			Event:                d.Event,
		}
		if pu.Basis == BasisConsent {
			rp.ConsentType = "EXPLICIT"
			rp.Termination = "withdraw at any time; renew after " + strconv.Itoa(p.renew) + " months"
		} else if !pu.Essential {
			rp.Termination = "object at any time (" + objectedRule(st.law.basis, pu.Clause) + ")"
		}
		if d.Allowed {
			rp.Status = "allowed"
		}
		if !d.Until.IsZero() {
			u := d.Until
			rp.ValidUntil = &u
		}
		svc.Purposes = append(svc.Purposes, rp)
	}
	r.Services = []ReceiptService{svc}
	for _, e := range events {
		r.Events = append(r.Events, receiptEvent(e))
	}
	return r, nil
}

// Receipt builds the subject's receipt from the ledger, as of now.
func (l *Ledger) Receipt(ctx context.Context, subject Subject, facts Facts) (*Receipt, error) {
	events, err := l.Events(ctx, subject)
	if err != nil {
		return nil, err
	}
	return l.policy.Receipt(subject, facts, events, l.now())
}

func receiptEvent(e Event) ReceiptEvent {
	return ReceiptEvent{
		ID: e.ID, Seq: e.Seq, Kind: e.Kind.String(), Purposes: append([]PurposeID{}, e.Purposes...),
		Notice: e.Notice.ID, Version: e.Notice.Version, SHA256: e.Notice.Hash,
		Mechanism: e.Mechanism.String(), Place: e.Place.String(),
		UserAgent: e.Evidence.UserAgent, Network: e.Evidence.Network, GPC: e.Evidence.GPC, DNT: e.Evidence.DNT,
		At: e.At, Prev: e.Prev, Hash: e.Hash,
	}
}

// Verify recomputes the hash of every event in the receipt from its fields
// and the receipt's subject, and checks that consecutive events of the
// receipt that are consecutive in the ledger are linked. It returns a
// [*CorruptError] wrapping [ErrChainBroken] for the first event that does
// not match.
func (r *Receipt) Verify() error {
	if r == nil {
		return &CorruptError{Offset: -1, Reason: "nil receipt", Err: ErrChainBroken}
	}
	subject, err := NewSubject(r.PIIPrincipalID)
	if err != nil {
		return err
	}
	for i, re := range r.Events {
		e, err := re.event(subject)
		if err != nil {
			return &CorruptError{Offset: -1, Seq: re.Seq, Reason: "receipt event cannot be decoded", Err: ErrChainBroken}
		}
		body, err := appendBody(nil, &e)
		if err != nil || hashBody(body) != re.Hash {
			return &CorruptError{Offset: -1, Seq: re.Seq, Reason: "receipt event does not match its hash", Err: ErrChainBroken}
		}
		if i > 0 && r.Events[i-1].Seq+1 == re.Seq && r.Events[i-1].Hash != re.Prev {
			return &CorruptError{Offset: -1, Seq: re.Seq, Reason: "receipt events not linked", Err: ErrChainBroken}
		}
	}
	return nil
}

func (re ReceiptEvent) event(subject Subject) (Event, error) {
	var place jurisdiction.Place
	if err := place.UnmarshalText([]byte(re.Place)); err != nil {
		return Event{}, err
	}
	return Event{
		ID: re.ID, Seq: re.Seq, Kind: parseKind(re.Kind), Subject: subject, Purposes: re.Purposes,
		Notice:    NoticeRef{ID: re.Notice, Version: re.Version, Hash: re.SHA256},
		Mechanism: parseMechanism(re.Mechanism), Place: place,
		Evidence: Evidence{UserAgent: re.UserAgent, Network: re.Network, GPC: re.GPC, DNT: re.DNT},
		At:       re.At.UTC(), Prev: re.Prev, Hash: re.Hash,
	}, nil
}

func parseKind(s string) Kind {
	for k := KindGrant; k < kindEnd; k++ {
		if k.String() == s {
			return k
		}
	}
	return 0
}

func parseMechanism(s string) Mechanism {
	for m := MechanismBannerAccept; m < mechanismEnd; m++ {
		if m.String() == s {
			return m
		}
	}
	return 0
}

func activityList(a Activity) []string {
	out := []string{}
	for i, name := range activityNames {
		if a&(1<<i) != 0 {
			out = append(out, name)
		}
	}
	return out
}
