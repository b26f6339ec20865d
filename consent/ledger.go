package consent

import (
	"context"
	"errors"
	"io"
	"slices"
	"sync"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

// Choice is what a subject decided, as a service passes it to a [Ledger]:
// who, which purposes, seeing which notice, how and where.
type Choice struct {
	Subject   Subject
	Purposes  []PurposeID
	Notice    NoticeRef          // the notice shown; zero means the policy's notice in force now
	Mechanism Mechanism          // how the subject chose
	Place     jurisdiction.Place // where the subject is, if known
	Evidence  Evidence           // from the request; the network is truncated before it is stored
}

// LedgerOptions configures a [Ledger]. A nil *LedgerOptions means the
// defaults.
type LedgerOptions struct {
	// Now returns the current time. Nil means time.Now.
	Now func() time.Time
	// Entropy is the randomness for event ids. Nil means crypto/rand; a
	// seeded source (consenttest.Entropy) gives reproducible ids in tests.
	Entropy io.Reader
}

// WithdrawalHook is called after a withdrawal or refusal has been durably
// recorded, with the recorded event, so that other systems can act on it at
// once: retention deletes the contact data kept for marketing (policy §3.8),
// a cookie gate expires cookies, processors are told. The ledger does not
// retry a hook that fails; see [HookError].
type WithdrawalHook func(ctx context.Context, e Event) error

// Ledger records subjects' choices in a [Store] and answers questions about
// them. It validates each choice against a [Policy] before recording it:
// unknown purposes are refused, a grant of a prohibited purpose is refused
// (no consent can lift a prohibition), and essential purposes cannot be
// refused (§6.3).
//
// Withdrawing is as easy as granting: one call, the same arguments, effective
// at once (GDPR Art. 7(3); policy §6.4).
//
// A Ledger is safe for concurrent use by multiple goroutines. Build it with
// [NewLedger]: a nil or zero Ledger records nothing (its methods return
// [ErrNilStore]) and its decisions deny.
type Ledger struct {
	policy *Policy
	store  Store
	now    func() time.Time
	ids    *idSource

	mu     sync.RWMutex
	hooks  []registeredHook
	nextID int
}

type registeredHook struct {
	id int
	h  WithdrawalHook
}

// NewLedger returns a Ledger that records into store under policy. A nil
// policy means [Clootrack]. It returns [ErrNilStore] if store is nil and
// [ErrNilPolicy] for a Policy not built with [NewPolicy].
func NewLedger(policy *Policy, store Store, opts *LedgerOptions) (*Ledger, error) {
	if store == nil {
		return nil, ErrNilStore
	}
	if policy == nil {
		policy = Clootrack()
	}
	if !policy.built() {
		return nil, ErrNilPolicy
	}
	if opts == nil {
		opts = &LedgerOptions{}
	}
	l := &Ledger{policy: policy, store: store, now: opts.Now, ids: newIDSource(opts.Entropy)}
	if l.now == nil {
		l.now = time.Now
	}
	return l, nil
}

// usable reports why l cannot be used, or nil.
func (l *Ledger) usable() error {
	switch {
	case l == nil || l.store == nil:
		return ErrNilStore
	case !l.policy.built():
		return ErrNilPolicy
	}
	return nil
}

// Policy returns the ledger's policy (nil for a nil Ledger).
func (l *Ledger) Policy() *Policy {
	if l == nil {
		return nil
	}
	return l.policy
}

// Store returns the ledger's store (nil for a nil Ledger).
func (l *Ledger) Store() Store {
	if l == nil {
		return nil
	}
	return l.store
}

// OnWithdrawal registers h to be called, in registration order, after every
// withdrawal or refusal is durably recorded. It returns a function that
// unregisters h. Hooks registered while a withdrawal is in progress may or
// may not see it.
func (l *Ledger) OnWithdrawal(h WithdrawalHook) (unregister func()) {
	if l == nil || h == nil {
		return func() {}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.nextID++
	id := l.nextID
	l.hooks = append(l.hooks, registeredHook{id: id, h: h})
	return func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.hooks = slices.DeleteFunc(l.hooks, func(r registeredHook) bool { return r.id == id })
	}
}

// Grant records that the subject agreed to c.Purposes. Errors: a
// [*PurposeError] wrapping [ErrUnknownPurpose], [ErrProhibited] or
// [ErrEssentialPurpose]; [ErrNoPurposes]; [ErrUnknownNotice]; [ErrInvalidEvent]
// (a signal used to grant, an invalid mechanism or subject); or the store's
// error.
func (l *Ledger) Grant(ctx context.Context, c Choice) (Event, error) {
	return l.record(ctx, KindGrant, c)
}

// Deny records that the subject refused c.Purposes, objected to them, or
// opted out of them. Refusing an essential purpose is [ErrEssentialPurpose].
// Withdrawal hooks run after it is recorded.
func (l *Ledger) Deny(ctx context.Context, c Choice) (Event, error) {
	return l.record(ctx, KindDeny, c)
}

// Withdraw records that the subject withdrew consent to c.Purposes, at
// once. With no purposes it withdraws every optional purpose of the policy
// (an "unsubscribe from everything"). Withdrawal hooks run after it is
// recorded; if one fails the withdrawal still stands and the error is a
// [*HookError].
func (l *Ledger) Withdraw(ctx context.Context, c Choice) (Event, error) {
	if err := l.usable(); err != nil {
		return Event{}, err
	}
	if len(c.Purposes) == 0 {
		c.Purposes = l.policy.Optional()
	}
	return l.record(ctx, KindWithdraw, c)
}

// Expire records that consent to purposes lapsed (for example because it is
// older than the renewal window), with [MechanismSystem].
func (l *Ledger) Expire(ctx context.Context, subject Subject, purposes ...PurposeID) (Event, error) {
	return l.record(ctx, KindExpire, Choice{Subject: subject, Purposes: purposes, Mechanism: MechanismSystem})
}

// Save records a banner's individual choices at once: a grant of granted
// and a refusal of denied, appended together (both or neither).
func (l *Ledger) Save(ctx context.Context, c Choice, granted, denied []PurposeID) ([]Event, error) {
	if err := l.usable(); err != nil {
		return nil, err
	}
	var events []Event
	for _, part := range []struct {
		kind Kind
		ps   []PurposeID
	}{{KindGrant, granted}, {KindDeny, denied}} {
		if len(part.ps) == 0 {
			continue
		}
		cc := c
		cc.Purposes = part.ps
		e, err := l.prepare(part.kind, cc)
		if err != nil {
			return nil, err
		}
		events = append(events, e)
	}
	if len(events) == 0 {
		return nil, ErrNoPurposes
	}
	out, err := l.store.Append(ctx, events...)
	if err != nil {
		return nil, err
	}
	var hookErrs []error
	for _, e := range out {
		if e.Kind == KindDeny {
			if err := l.runHooks(ctx, e); err != nil {
				hookErrs = append(hookErrs, err)
			}
		}
	}
	return out, errors.Join(hookErrs...)
}

func (l *Ledger) record(ctx context.Context, kind Kind, c Choice) (Event, error) {
	if err := l.usable(); err != nil {
		return Event{}, err
	}
	e, err := l.prepare(kind, c)
	if err != nil {
		return Event{}, err
	}
	out, err := l.store.Append(ctx, e)
	if err != nil {
		return Event{}, err
	}
	e = out[0]
	if kind == KindWithdraw || kind == KindDeny {
		return e, l.runHooks(ctx, e)
	}
	return e, nil
}

// prepare validates a choice and turns it into an unchained event.
func (l *Ledger) prepare(kind Kind, c Choice) (Event, error) {
	p := l.policy
	switch {
	case c.Subject.IsZero():
		return Event{}, invalidEvent("zero subject")
	case !c.Mechanism.Valid():
		return Event{}, invalidEvent("unknown mechanism")
	case kind == KindGrant && c.Mechanism.isSignal():
		return Event{}, invalidEvent("a browser signal can opt out, never grant")
	case kind == KindGrant && c.Mechanism == MechanismEmailUnsubscribe:
		return Event{}, invalidEvent("an unsubscribe cannot grant")
	case kind != KindExpire && c.Mechanism == MechanismSystem:
		return Event{}, invalidEvent("only expiry is recorded by the system")
	case len(c.Purposes) == 0:
		return Event{}, ErrNoPurposes
	}
	for _, id := range c.Purposes {
		i, ok := p.index[id]
		if !ok {
			return Event{}, purposeError(id, ErrUnknownPurpose, "")
		}
		pu := &p.catalog.Purposes[i]
		if pu.Essential {
			return Event{}, purposeError(id, ErrEssentialPurpose, pu.Clause)
		}
		if kind == KindGrant {
			// A grant is refused only if the purpose is prohibited for every
			// source; a source-limited prohibition (§23) is enforced when the
			// data is used.
			if j := p.meta[i].prohibited[SourceDirect]; j >= 0 {
				return Event{}, purposeError(id, ErrProhibited, p.catalog.Prohibitions[j].Clause)
			}
		}
	}
	at := l.now().UTC().Round(0)
	notice := c.Notice
	if notice.IsZero() {
		n, ok := p.Notice(at)
		if !ok {
			return Event{}, ErrUnknownNotice
		}
		notice = n.Ref()
	} else if _, ok := p.notices.find(notice); !ok {
		return Event{}, ErrUnknownNotice
	}
	id, err := l.ids.next(at)
	if err != nil {
		return Event{}, err
	}
	return Event{
		ID:        id,
		Kind:      kind,
		Subject:   c.Subject,
		Purposes:  normalizePurposes(c.Purposes),
		Notice:    notice,
		Mechanism: c.Mechanism,
		Place:     c.Place,
		Evidence:  c.Evidence.normalized(),
		At:        at,
	}, nil
}

func (l *Ledger) runHooks(ctx context.Context, e Event) error {
	l.mu.RLock()
	hooks := slices.Clone(l.hooks)
	l.mu.RUnlock()
	var errs []error
	for _, r := range hooks {
		if err := r.h(ctx, e.clone()); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return &HookError{Event: e.ID, Err: errors.Join(errs...)}
}

// Events returns a subject's events in ledger order.
func (l *Ledger) Events(ctx context.Context, subject Subject) ([]Event, error) {
	if err := l.usable(); err != nil {
		return nil, err
	}
	var out []Event
	for e, err := range l.store.Subject(ctx, subject) {
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// State replays the subject's events into a [State] as of now.
func (l *Ledger) State(ctx context.Context, subject Subject, facts Facts) (*State, error) {
	events, err := l.Events(ctx, subject)
	if err != nil {
		return nil, err
	}
	return l.policy.State(subject, facts, events, l.now())
}

// Allowed decides whether subject's data may be used for purpose now.
// An error (from the store) comes with a denying decision.
func (l *Ledger) Allowed(ctx context.Context, subject Subject, facts Facts, purpose PurposeID) (Decision, error) {
	st, err := l.State(ctx, subject, facts)
	if err != nil {
		return Decision{Purpose: safePurpose(purpose), Reason: ReasonNoState, Rule: ruleNoState}, err
	}
	return st.Allowed(purpose, st.At()), nil
}

// HonourSignals records an opt-out preference signal as the law asks
// (11 CCR §7025(c)(1): for the browser and, if known, the consumer): if the
// facts carry GPC where it is honoured, it records a refusal with
// [MechanismGPC] of every purpose the signal opts out of that is not
// already refused. It returns the recorded event, or ok false if nothing
// needed recording. DNT is a policy promise, not an opt-out under law, and
// is not recorded here; it is evidence on the events that are.
func (l *Ledger) HonourSignals(ctx context.Context, subject Subject, facts Facts, ev Evidence) (e Event, ok bool, err error) {
	st, err := l.State(ctx, subject, facts)
	if err != nil || !st.law.gpc {
		return Event{}, false, err
	}
	var purposes []PurposeID
	for i := range l.policy.catalog.Purposes {
		pu := &l.policy.catalog.Purposes[i]
		if pu.Essential || !pu.Activities.Has(OptOutActivities) || l.policy.meta[i].prohibited[SourceDirect] >= 0 {
			continue
		}
		c := st.choices[i]
		if c.kind == KindDeny || c.kind == KindWithdraw || (c.kind == KindGrant && c.gpc) {
			continue // already opted out, or granted knowing the signal was on (§7025(c)(3))
		}
		purposes = append(purposes, pu.ID)
	}
	if len(purposes) == 0 {
		return Event{}, false, nil
	}
	ev.GPC = true
	e, err = l.Deny(ctx, Choice{Subject: subject, Purposes: purposes, Mechanism: MechanismGPC, Place: facts.Place, Evidence: ev})
	if err != nil && !errors.As(err, new(*HookError)) {
		return Event{}, false, err
	}
	return e, true, err
}
