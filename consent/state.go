package consent

import (
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

// State is one subject's consent as of a moment: their latest choice for
// each purpose, replayed from the ledger (or a consent cookie), together with
// the law that applies to them there and then. Ask it with [State.Allowed].
//
// A State is a snapshot: build it per request or per job with
// [Policy.State] or [Ledger.State]. The law (regimes, ages, signals) is
// resolved once, as of the time the State was built; the time given to
// Allowed is used for expiry and re-ask windows.
//
// A State is immutable and safe for concurrent use. A nil or zero *State
// denies everything ([ReasonNoState]).
type State struct {
	policy  *Policy
	subject Subject
	facts   Facts
	at      time.Time
	law     lawView
	choices []choice // indexed like the policy's purposes
	// unread is set by a Gate that could not read the subject's record:
	// a refusal or objection may be on it, so no purpose is allowed for
	// want of one (see decide, step 7).
	unread bool
}

// choice is the latest event for one purpose.
type choice struct {
	kind      Kind
	mechanism Mechanism
	gpc, dnt  bool
	notice    int
	at        time.Time
	id        ID
	// next is precomputed from at: when a grant lapses, or when a refused
	// subject may be asked again.
	next time.Time
}

// State replays a subject's events (in ledger order) into a State as of at.
// Events after at, and purposes no longer in the catalog, are ignored.
// It returns [ErrSubjectMismatch] if an event belongs to another subject,
// [ErrInvalidEvent] for an event of unknown kind or a grant by a browser
// signal (which can opt out, never in), and [ErrNilPolicy] for a nil Policy.
func (p *Policy) State(subject Subject, facts Facts, events []Event, at time.Time) (*State, error) {
	if !p.built() {
		return nil, ErrNilPolicy
	}
	st := p.newState(subject, facts, at)
	for i := range events {
		if err := st.apply(&events[i]); err != nil {
			return nil, err
		}
	}
	return st, nil
}

func (p *Policy) newState(subject Subject, facts Facts, at time.Time) *State {
	return &State{
		policy:  p,
		subject: subject,
		facts:   facts,
		at:      at,
		law:     p.resolve(facts, at),
		choices: make([]choice, len(p.catalog.Purposes)),
	}
}

func (st *State) apply(e *Event) error {
	if e.Subject != st.subject {
		return ErrSubjectMismatch
	}
	if !e.Kind.Valid() {
		return invalidEvent("unknown kind")
	}
	if e.Kind == KindGrant && e.Mechanism.isSignal() {
		return invalidEvent("a browser signal can opt out, never grant")
	}
	if e.At.After(st.at) {
		return nil
	}
	c := choice{
		kind: e.Kind, mechanism: e.Mechanism, notice: e.Notice.Version,
		gpc: e.Evidence.GPC, dnt: e.Evidence.DNT, at: e.At, id: e.ID,
	}
	switch e.Kind {
	case KindGrant:
		c.next = addMonths(e.At, st.policy.renew)
	case KindDeny, KindWithdraw:
		c.next = addMonths(e.At, st.policy.reask)
	}
	for _, id := range e.Purposes {
		if i, ok := st.policy.index[id]; ok {
			st.choices[i] = c
		}
	}
	return nil
}

// Subject returns the subject the State describes.
func (st *State) Subject() Subject {
	if st == nil {
		return Subject{}
	}
	return st.subject
}

// Facts returns the facts the State was built with.
func (st *State) Facts() Facts {
	if st == nil {
		return Facts{}
	}
	return st.facts
}

// Policy returns the policy the State decides by (nil for a nil State).
func (st *State) Policy() *Policy {
	if st == nil {
		return nil
	}
	return st.policy
}

// At returns the time the State was built as of.
func (st *State) At() time.Time {
	if st == nil {
		return time.Time{}
	}
	return st.at
}

// Allowed decides whether the subject's data may be used for purpose at
// time at, when the data's source is not specified: every prohibition
// limited to some sources applies (so connector data rules, §23, fail
// closed). It allocates nothing.
func (st *State) Allowed(purpose PurposeID, at time.Time) Decision {
	return st.AllowedFrom(purpose, SourceUnspecified, at)
}

// Decisions returns a decision for every purpose of the catalog, in catalog
// order, for data of unspecified source: what a consent banner or a receipt
// shows.
func (st *State) Decisions(at time.Time) []Decision {
	if st == nil || st.policy == nil {
		return nil
	}
	out := make([]Decision, len(st.policy.catalog.Purposes))
	for i := range st.policy.catalog.Purposes {
		out[i] = st.decide(i, SourceUnspecified, at)
	}
	return out
}

// AllowedFrom decides whether data from src may be used for purpose at time
// at. The rules, in order, each citing its clause or statute:
//
//  1. an unknown purpose is denied (fail closed);
//  2. a prohibition for the purpose and source denies, whatever was granted
//     (sale §3.3, §13.1, §15.2; automated decisions and profiling §20.1;
//     connector data for generalized AI §23) — overriding a regime that
//     would allow it until opt-out;
//  3. an essential purpose is allowed: it needs no consent (§6.3);
//  4. a minor — below the policy's floor (§12.1) or the place's age of
//     digital consent — is denied optional purposes, unless the law lets a
//     guardian (or the minor) grant and such a grant is on record;
//  5. an opt-out signal where the law honours it denies sale, sharing and
//     targeted advertising (11 CCR §7025(c)(1)); Do Not Track denies
//     cross-site tracking (§6.2) — unless the grant was given while the
//     signal was on;
//  6. the latest choice on record decides: a grant allows until it expires
//     (default 13 months) or the notice changes materially (§19.1); a
//     refusal or withdrawal denies at once (GDPR Art. 7(3), §6.4);
//  7. with no choice on record, purposes resting on consent are denied
//     where an opt-in regime applies, where the policy keeps them off
//     (§2.8), or where the place is unknown; allowed until opt-out where an
//     opt-out regime applies (CCPA §1798.120); purposes on legitimate
//     interest are allowed until the subject objects (GDPR Art. 21).
func (st *State) AllowedFrom(purpose PurposeID, src Source, at time.Time) Decision {
	if st == nil || st.policy == nil {
		return Decision{Purpose: safePurpose(purpose), Reason: ReasonNoState, Rule: ruleNoState}
	}
	i, ok := st.policy.index[purpose]
	if !ok {
		return Decision{Purpose: safePurpose(purpose), Reason: ReasonUnknownPurpose, Rule: ruleUnknownPurpose}
	}
	if !src.Valid() {
		src = SourceUnspecified
	}
	return st.decide(i, src, at)
}

func (st *State) decide(i int, src Source, at time.Time) Decision {
	p := st.policy
	pu := &p.catalog.Purposes[i]
	v := &st.law
	d := Decision{Purpose: pu.ID}

	// 2. Prohibitions.
	if j := p.meta[i].prohibited[src]; j >= 0 {
		pr := &p.catalog.Prohibitions[j]
		d.Reason, d.Rule = ReasonProhibited, pr.Clause
		if !v.optIn && v.optOutRegime != "" && pu.Activities.Has(OptOutActivities) {
			d.Regime, d.Overrides = v.optOutRegime, true
		}
		return d
	}
	// 3. Essential purposes.
	if pu.Essential {
		d.Allowed, d.Reason, d.Rule = true, ReasonEssential, p.meta[i].basisRule[v.basis]
		return d
	}
	c := st.choices[i]
	if c.kind != 0 && c.at.After(at) {
		c = choice{} // not yet made at the time asked about
	}
	// 4. Minors.
	guardian := false
	if v.minor != notMinor {
		d.Reason, d.Rule, d.Regime = ReasonMinor, v.minorRule, v.minorRegime
		if v.minor != minorLaw {
			return d
		}
		if v.childBan && pu.Activities.Has(childActivities) {
			d.Rule, d.Regime = ruleChildTracking, jurisdiction.DPDP
			return d
		}
		if c.kind != KindGrant {
			return d
		}
		guardian = c.mechanism == MechanismGuardian
		if (guardian && !v.guardian) || (!guardian && !v.selfGrant) {
			d.Event = c.id
			return d
		}
		d.Regime = ""
	}
	// 5. Signals.
	if v.gpc && pu.Activities.Has(OptOutActivities) && !(c.kind == KindGrant && c.gpc) {
		d.Reason, d.Rule, d.Regime = ReasonOptOutSignal, v.gpcRule, v.gpcRegime
		return d
	}
	if v.dnt && pu.Activities.Has(ActivityCrossSiteTracking) && !(c.kind == KindGrant && c.dnt) {
		d.Reason, d.Rule = ReasonDoNotTrack, ruleDNT
		return d
	}
	// 6. The latest choice.
	switch c.kind {
	case KindGrant:
		d.Event = c.id
		if c.notice < v.required {
			d.Reason, d.Rule, d.Ask = ReasonNoticeChanged, ruleNoticeChanged, true
			return d
		}
		until := c.next
		if !at.Before(until) {
			d.Reason, d.Rule, d.Ask = ReasonExpired, p.renewRule, true
			return d
		}
		st.consentRule(&d, i)
		d.Allowed, d.Reason, d.Until = true, ReasonGranted, until
		if v.minor == minorLaw {
			d.Rule, d.Regime, d.Overrides = v.minorRule, v.minorRegime, false
		}
		if guardian {
			d.Reason = ReasonGuardianGranted
		}
		return d
	case KindDeny, KindWithdraw:
		d.Event = c.id
		d.Reason, d.Rule = ReasonRefused, objectedRule(v.basis, pu.Clause)
		switch {
		case c.kind == KindWithdraw:
			d.Reason, d.Rule = ReasonWithdrawn, withdrawnRule(v.basis)
		case pu.Basis == BasisConsent:
			st.consentRule(&d, i)
		}
		// Ask again once the re-ask window has passed, or at once if the
		// notice has since changed materially (law.md §17, Czech DPA) —
		// but never within the CCPA's year after an opt-out of sale or
		// sharing (§1798.135).
		d.Ask = !at.Before(c.next) || (c.notice > 0 && c.notice < v.required)
		if v.optOutRegime == jurisdiction.CCPA && pu.Activities.Has(ActivitySale|ActivitySharing) {
			d.Ask = d.Ask && !at.Before(addMonths(c.at, p.reaskSale))
		}
		return d
	case KindExpire:
		d.Event = c.id
		d.Reason, d.Rule, d.Ask = ReasonExpired, p.renewRule, true
		return d
	}
	// 7. No choice on record.
	if v.minor != notMinor {
		return d // ReasonMinor, set above
	}
	if st.unread {
		// The record could not be read: it may hold an opt-out or an
		// objection, so neither the CCPA's default nor a legitimate
		// interest allows, and asking again could break a re-ask window.
		d.Reason, d.Rule = ReasonNoState, ruleUnread
		return d
	}
	if pu.Basis != BasisConsent {
		d.Allowed, d.Reason, d.Rule = true, ReasonLegitimateInterest, p.meta[i].basisRule[v.basis]
		return d
	}
	d.Reason, d.Ask = ReasonNoConsent, true
	st.consentRule(&d, i)
	if !v.optIn && !p.catalog.OptInEverywhere && v.optOutRegime != "" && inOptOutScope(pu.Activities) {
		d.Allowed, d.Reason, d.Ask = true, ReasonOptOutDefault, false
	}
	return d
}

// consentRule sets d's rule to what makes consent necessary (or, under an
// opt-out regime, sufficient) for purpose i: the opt-in regime's article; the
// policy's own opt-in clause, overriding an opt-out regime; the opt-out
// regime's article; or the purpose's own clause.
func (st *State) consentRule(d *Decision, i int) {
	v := &st.law
	p := st.policy
	pu := &p.catalog.Purposes[i]
	switch {
	case v.optIn:
		d.Rule, d.Regime = v.optInRule, v.optInRegime
	case p.catalog.OptInEverywhere:
		d.Rule, d.Regime, d.Overrides = p.catalog.OptInClause, v.optOutRegime, v.optOutRegime != ""
	case v.optOutRegime != "" && inOptOutScope(pu.Activities):
		d.Rule, d.Regime = v.optOutRule, v.optOutRegime
	default:
		d.Rule = p.meta[i].consentRule
	}
}

// inOptOutScope reports whether a purpose involves only what an opt-out
// regime lets a business do until the consumer opts out: sale, sharing,
// targeted advertising and the tracking that serves it.
func inOptOutScope(a Activity) bool {
	return a != 0 && a&^(OptOutActivities|ActivityCrossSiteTracking) == 0
}
