package consent

import (
	"errors"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// Gate resolves the consent state of each HTTP request and hands it to the
// handlers behind it in the request's context ([FromContext]). It reads the
// browser's signals (Sec-GPC, DNT) and finds the subject from Subject or the
// signed consent cookie. With a Ledger, the subject's choices come from the
// ledger on every request, so a withdrawal made through any channel takes
// effect at once (GDPR Art. 7(3)); without one, the cookie is the record,
// and a choice made elsewhere reaches the request when the cookie is
// re-issued.
//
// The zero Gate is valid and fails closed: it uses the [Clootrack] policy,
// has no cookie codec and no ledger, and so allows essential purposes and
// denies every other one. A nil *Gate acts as the zero Gate. Set the fields before the Gate serves its first
// request and do not change them afterwards.
//
// A Gate is safe for concurrent use by multiple goroutines, as are [Gate.Check]
// and the handler [Gate.Handler] returns.
type Gate struct {
	// Policy decides; nil means Clootrack().
	Policy *Policy
	// Cookies, if set, reads the consent cookie: it identifies the subject
	// (for visitors without an account) and, without a Ledger, carries
	// their choices.
	Cookies *CookieCodec
	// Ledger, if set, supplies the subject's events on every request, and
	// records GPC opt-outs when RecordSignals is set.
	Ledger *Ledger
	// Subject, if set, returns the signed-in subject of a request (from the
	// service's own session). A cookie for a different subject is ignored.
	Subject func(*http.Request) (Subject, bool)
	// Facts, if set, returns the place and age of the request's subject
	// (from geolocation, an account profile). Signals are always read from
	// the request's headers and added. Nil means place and age unknown,
	// which decides in the most protective way.
	Facts func(*http.Request) Facts
	// RecordSignals makes Handler record a GPC opt-out in the ledger the
	// first time it is seen for a known subject where the law honours it
	// (11 CCR §7025(c)(1)). It needs Ledger and Subject.
	RecordSignals bool
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
	// Logger, if set, receives a warning for a rejected cookie, a failed
	// ledger read or a failed GPC recording. Messages never hold personal
	// data (a withdrawal hook's own error text is not part of a
	// [*HookError]'s). A custom Store's errors are logged as they are, so
	// keep them free of personal data.
	Logger *slog.Logger

	once          sync.Once
	defaultPolicy *Policy
}

func (g *Gate) policy() *Policy {
	if g.Policy != nil {
		return g.Policy
	}
	g.once.Do(func() { g.defaultPolicy = Clootrack() })
	return g.defaultPolicy
}

func (g *Gate) now() time.Time {
	if g.Now != nil {
		return g.Now()
	}
	return time.Now()
}

// Check resolves the request's consent state. It never changes r. The
// State it returns is always safe to ask; the error, if any, says why it
// has fewer choices than it might (a tampered or expired cookie, a ledger
// that could not be read) — such a State denies what it cannot prove: with
// the subject's record unread, even what the CCPA allows until an opt-out
// and what rests on a legitimate interest ([ReasonNoState]). With
// a Policy not built by [NewPolicy] the State is nil, which denies
// everything ([ReasonNoState]).
func (g *Gate) Check(r *http.Request) (*State, error) {
	if g == nil {
		g = new(Gate) // a nil Gate acts as the zero Gate
	}
	if r == nil {
		r = &http.Request{Header: http.Header{}} // no subject, no signals
	}
	now := g.now()
	var facts Facts
	if g.Facts != nil {
		facts = g.Facts(r)
	}
	s := SignalsFrom(r.Header)
	facts.Signals.GPC = facts.Signals.GPC || s.GPC
	facts.Signals.DNT = facts.Signals.DNT || s.DNT

	var (
		subject Subject
		known   bool
		events  []Event
		errs    []error
	)
	if g.Subject != nil {
		subject, known = g.Subject(r)
		known = known && !subject.IsZero()
	}
	if g.Cookies != nil {
		if c, err := r.Cookie(g.Cookies.Name()); err == nil {
			v, err := g.Cookies.Decode(c.Value, now)
			switch {
			case err != nil:
				errs = append(errs, err)
			case known && v.Subject != subject:
				// A cookie left by another account on this browser: ignored.
			default:
				subject, known = v.Subject, true
				events = v.Events
			}
		}
	}
	unread := false
	if known && g.Ledger != nil {
		// The ledger is the record: a withdrawal made through any channel
		// (an unsubscribe link, an API call) applies to the next request,
		// whatever the cookie still says. If it cannot be read, nothing is
		// proven and the state denies what is optional.
		evs, err := g.Ledger.Events(r.Context(), subject)
		if err != nil {
			errs = append(errs, err)
			evs, unread = nil, true
		}
		events = evs
	}
	st, err := g.policy().State(subject, facts, events, now)
	if err != nil {
		// Events that do not replay prove nothing: decide without them. With
		// a Policy not built by NewPolicy the State is nil, which denies all.
		st, _ = g.policy().State(subject, facts, nil, now)
		errs = append(errs, err)
		unread = true
	}
	if st != nil && unread {
		// Without the record an opt-out or objection cannot be ruled out:
		// deny what only its absence would allow ([ReasonNoState]).
		st.unread = true
	}
	return st, errors.Join(errs...)
}

// Handler returns a handler that resolves the consent state with Check,
// stores it in the request's context and calls next with a shallow copy of
// the request (r.WithContext); the incoming request is never changed. A
// Check error is logged and the request proceeds with the fail-closed state.
func (g *Gate) Handler(next http.Handler) http.Handler {
	if g == nil {
		g = new(Gate)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st, err := g.Check(r)
		if err != nil && g.Logger != nil {
			g.Logger.LogAttrs(r.Context(), slog.LevelWarn, "consent: request state incomplete", slog.String("error", err.Error()))
		}
		if g.RecordSignals && g.Ledger != nil && st != nil && st.law.gpc && !st.subject.IsZero() {
			if _, _, err := g.Ledger.HonourSignals(r.Context(), st.subject, st.facts, EvidenceFrom(r)); err != nil && g.Logger != nil {
				g.Logger.LogAttrs(r.Context(), slog.LevelWarn, "consent: recording GPC opt-out failed", slog.String("error", err.Error()))
			}
		}
		next.ServeHTTP(w, r.WithContext(NewContext(r.Context(), st)))
	})
}
