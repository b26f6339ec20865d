package jurisdiction

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Duty names what a legal clock is for: answering a kind of data-subject
// request, acknowledging a complaint, or notifying a personal-data breach.
// The zero Duty is not a duty. A Duty is a plain value, safe for concurrent
// use.
type Duty uint8

// The duties of the deadline table (law.md §3 and §5).
const (
	DutyAccess            Duty = iota + 1 // answer a request for access / to know (GDPR Art. 15; CCPA §1798.110)
	DutyRectification                     // answer a request to rectify or correct
	DutyErasure                           // answer a request to erase or delete
	DutyRestriction                       // answer a request to restrict processing
	DutyPortability                       // answer a portability request
	DutyObjection                         // answer an objection
	DutyAutomatedDecision                 // answer a request about solely automated decisions (GDPR Art. 22)
	DutyRefusal                           // tell the person that no action will be taken, and why (GDPR Art. 12(4))
	DutyOptOut                            // act on an opt-out of sale or sharing (CCPA §1798.120)
	DutyLimitSensitive                    // act on a request to limit the use of sensitive personal information
	DutyConsentRevocation                 // act on a revocation of consent
	DutyAppeal                            // decide an appeal against a refused request (US state laws)
	DutyComplaint                         // acknowledge a complaint made to the controller (UK DPA 2018 s.164A)
	DutyGrievance                         // redress a grievance (India DPDP s.13)
	DutyBreachAuthority                   // notify a breach to the supervisory authority or regulator
	DutyBreachIndividuals                 // notify a breach to the people affected
	DutyBreachController                  // a processor notifies a breach to its controller
	DutyBreachAssessment                  // finish assessing whether a suspected breach must be notified

	dutyEnd // one past the last duty
)

// name returns the duty's identifier, or "" for an unknown duty.
func (d Duty) name() string {
	switch d {
	case DutyAccess:
		return "access"
	case DutyRectification:
		return "rectification"
	case DutyErasure:
		return "erasure"
	case DutyRestriction:
		return "restriction"
	case DutyPortability:
		return "portability"
	case DutyObjection:
		return "objection"
	case DutyAutomatedDecision:
		return "automated-decision"
	case DutyRefusal:
		return "refusal-notice"
	case DutyOptOut:
		return "opt-out"
	case DutyLimitSensitive:
		return "limit-sensitive"
	case DutyConsentRevocation:
		return "consent-revocation"
	case DutyAppeal:
		return "appeal"
	case DutyComplaint:
		return "complaint-acknowledgement"
	case DutyGrievance:
		return "grievance"
	case DutyBreachAuthority:
		return "breach-authority"
	case DutyBreachIndividuals:
		return "breach-individuals"
	case DutyBreachController:
		return "breach-controller"
	case DutyBreachAssessment:
		return "breach-assessment"
	}
	return ""
}

// String returns the duty's stable identifier ("access", "breach-authority").
func (d Duty) String() string {
	if n := d.name(); n != "" {
		return n
	}
	return "Duty(" + strconv.Itoa(int(d)) + ")"
}

// MarshalText returns the duty's identifier.
func (d Duty) MarshalText() ([]byte, error) {
	n := d.name()
	if n == "" {
		return nil, fmt.Errorf("%w: unknown duty %d", ErrNoObligation, d)
	}
	return []byte(n), nil
}

// UnmarshalText parses a duty identifier written by [Duty.MarshalText].
func (d *Duty) UnmarshalText(text []byte) error {
	for x := Duty(1); x < dutyEnd; x++ {
		if x.name() == string(text) {
			*d = x
			return nil
		}
	}
	return fmt.Errorf("%w: unknown duty %s", ErrNoObligation, echo(string(text)))
}

// IsBreach reports whether d is one of the breach-notification duties.
func (d Duty) IsBreach() bool { return d >= DutyBreachAuthority && d <= DutyBreachAssessment }

// Duties is a set of duties, a plain value safe for concurrent use.
type Duties uint32

// DutiesOf returns the set of the given duties.
func DutiesOf(ds ...Duty) Duties {
	var s Duties
	for _, d := range ds {
		if d > 0 && d < dutyEnd {
			s |= 1 << d
		}
	}
	return s
}

// Has reports whether d is in the set.
func (s Duties) Has(d Duty) bool { return d > 0 && d < dutyEnd && s&(1<<d) != 0 }

// All yields the duties in the set, in order.
func (s Duties) All() []Duty {
	var out []Duty
	for d := Duty(1); d < dutyEnd; d++ {
		if s.Has(d) {
			out = append(out, d)
		}
	}
	return out
}

// String lists the set's duties, comma-separated.
func (s Duties) String() string {
	var parts []string
	for _, d := range s.All() {
		parts = append(parts, d.String())
	}
	return strings.Join(parts, ",")
}

// Trigger is the event that starts a legal clock. The caller passes the
// instant of that event to [Obligation.Deadline]. A Trigger is a plain value,
// safe for concurrent use.
type Trigger uint8

const (
	// TriggerReceipt: receipt of the request.
	TriggerReceipt Trigger = iota + 1
	// TriggerRelevantTime: the UK "relevant time", the latest of receipt of
	// the request, of the identity information asked for and of any fee;
	// time spent waiting for clarification does not count (UK GDPR
	// Art. 12A; DPA 2018 s.54).
	TriggerRelevantTime
	// TriggerAwareness: becoming aware of the breach (or discovering it).
	TriggerAwareness
	// TriggerNotifiableFinding: finding that a breach must be notified (a
	// likely high risk, a real risk of significant harm, an eligible breach).
	TriggerNotifiableFinding
	// TriggerSuspicion: becoming aware of reasonable grounds to suspect a
	// breach.
	TriggerSuspicion
	// TriggerIndividualNotice: notifying the affected individuals.
	TriggerIndividualNotice
	// TriggerAppealReceipt: receipt of the appeal.
	TriggerAppealReceipt
)

// String describes the event.
func (t Trigger) String() string {
	switch t {
	case TriggerReceipt:
		return "receipt of the request"
	case TriggerRelevantTime:
		return "the relevant time (latest of receipt, identity information and fee)"
	case TriggerAwareness:
		return "awareness of the breach"
	case TriggerNotifiableFinding:
		return "the finding that the breach is notifiable"
	case TriggerSuspicion:
		return "reasonable grounds to suspect a breach"
	case TriggerIndividualNotice:
		return "notice to the affected individuals"
	case TriggerAppealReceipt:
		return "receipt of the appeal"
	}
	return "Trigger(" + strconv.Itoa(int(t)) + ")"
}

// Obligation is one row of the deadline table: how long a regime gives for a
// duty, counted how, from what event, since when, and on whose authority.
// Obligation values returned by this package are copies; changing one (for
// example its Rule, to count a VERIFY row another way) changes nothing else.
type Obligation struct {
	// Regime is the regime that imposes the duty.
	Regime RegimeID
	// Duties are the duties this row governs.
	Duties Duties
	// Variant is empty for the general row; otherwise it names the case
	// that gets a different period ("small processing agents", "agency").
	Variant string

	// Period is the time limit. The zero Period means the law sets no
	// fixed period: Standard then says what it requires ("without undue
	// delay"), and [Obligation.Deadline] fails with [ErrNoFixedPeriod].
	Period Period
	// Rule is how Period is counted.
	Rule Rule
	// Standard is the law's own words for the limit ("without undue delay
	// and in any event within one month of receipt").
	Standard string

	// Extension is the further time the law allows, counted from the same
	// start (GDPR: two further months, so three months in all). Zero means
	// none. ExtensionNote gives the conditions.
	Extension     Period
	ExtensionNote string

	// Acknowledge is the period within which receipt must be acknowledged
	// (CCPA: 10 business days), counted by Rule from the same start; zero
	// means no statutory acknowledgement.
	Acknowledge Period

	// Trigger is the event that starts the clock; StartNote adds detail.
	Trigger   Trigger
	StartNote string

	// Applies says when the duty arises at all, if not always ("if more than
	// 500 California residents are notified").
	Applies string

	// Citation names the provisions; Effective is when the row applies,
	// judged on the date the clock starts.
	Citation  string
	Effective Validity

	// Verify marks a row whose period, count or source law.md marks VERIFY.
	Verify bool
	Note   string
}

// Sentinel errors of the deadline table.
var (
	// ErrNoObligation reports that the table has no row for a regime and
	// duty on a date: the regime or duty is unknown, the duty is not
	// encoded for that regime, or the rule was not yet (or no longer) in
	// force.
	ErrNoObligation = errors.New("jurisdiction: no deadline for this regime and duty on that date")

	// ErrNoFixedPeriod reports an obligation whose law sets no fixed period
	// ("without undue delay"): there is no date to compute, and the act is
	// due as soon as the standard requires.
	ErrNoFixedPeriod = errors.New("jurisdiction: the law sets no fixed period")
)

// Fixed reports whether the obligation has a fixed period.
func (o Obligation) Fixed() bool { return !o.Period.IsZero() }

// Deadline computes the obligation's deadline from start, the instant of the
// event named by Trigger, expressed in the local time of the place where the
// act is to be done, with cal's holidays (see [Rule.Deadline]). It fails
// with [ErrNoFixedPeriod] when the law sets no fixed period.
func (o Obligation) Deadline(start time.Time, cal Calendar) (Deadline, error) {
	if !o.Fixed() {
		return Deadline{}, fmt.Errorf("%w: %s %s: %s", ErrNoFixedPeriod, o.Regime, o.Duties, o.Standard)
	}
	return o.Rule.Deadline(start, o.Period, cal)
}

// ExtendedDeadline computes the latest deadline the law allows with the
// extension: Period and Extension together, counted from start (GDPR: three
// months from receipt; CCPA: 90 days). It fails with [ErrNoFixedPeriod] when
// the obligation has no fixed period or no fixed extension.
func (o Obligation) ExtendedDeadline(start time.Time, cal Calendar) (Deadline, error) {
	if !o.Fixed() || o.Extension.IsZero() || o.Extension.Unit != o.Period.Unit {
		return Deadline{}, fmt.Errorf("%w: %s %s has no fixed extension", ErrNoFixedPeriod, o.Regime, o.Duties)
	}
	return o.Rule.Deadline(start, Period{N: o.Period.N + o.Extension.N, Unit: o.Period.Unit}, cal)
}

// AcknowledgeBy computes the deadline to acknowledge receipt, when the law
// sets one. It fails with [ErrNoFixedPeriod] otherwise.
func (o Obligation) AcknowledgeBy(start time.Time, cal Calendar) (Deadline, error) {
	if o.Acknowledge.IsZero() {
		return Deadline{}, fmt.Errorf("%w: %s %s requires no acknowledgement", ErrNoFixedPeriod, o.Regime, o.Duties)
	}
	return o.Rule.Deadline(start, o.Acknowledge, cal)
}

// String summarises the row in one line: "EU-GDPR access,…: 1 month
// (+2 months) from receipt of the request [GDPR Art. 12(3); …]", or, without
// a fixed period, "EU-GDPR breach-individuals: no fixed period (without undue
// delay) [GDPR Art. 34(1), (3)]". Rows marked Verify end in " VERIFY".
func (o Obligation) String() string {
	var b strings.Builder
	b.WriteString(string(o.Regime))
	b.WriteByte(' ')
	b.WriteString(o.Duties.String())
	if o.Variant != "" {
		b.WriteString(" (" + o.Variant + ")")
	}
	b.WriteString(": ")
	if o.Fixed() {
		b.WriteString(o.Period.String())
		if !o.Extension.IsZero() {
			b.WriteString(" (+" + o.Extension.String() + ")")
		}
		b.WriteString(" from " + o.Trigger.String())
	} else {
		b.WriteString("no fixed period (" + o.Standard + ")")
	}
	b.WriteString(" [" + o.Citation + "]")
	if o.Verify {
		b.WriteString(" VERIFY")
	}
	return b.String()
}

// ObligationFor returns the general row (empty Variant) of the deadline table
// for regime id and duty d, as in force on the date of at (the date the clock
// starts, in at's location). Errors wrap [ErrZeroTime], [ErrBeforeCoverage]
// or [ErrNoObligation].
func ObligationFor(id RegimeID, d Duty, at time.Time) (Obligation, error) {
	day, err := civilDate(at)
	if err != nil {
		return Obligation{}, err
	}
	for _, o := range obligationTable {
		if o.Regime == id && o.Variant == "" && o.Duties.Has(d) && o.Effective.Contains(day) {
			return o, nil
		}
	}
	return Obligation{}, fmt.Errorf("%w: %s %s on %s", ErrNoObligation, echo(string(id)), d, day)
}

// Obligations returns every row of the deadline table for regime id in force
// on the date of at, variants included, in table order. The slice is fresh.
// An unknown regime gives an error wrapping [ErrNoObligation].
func Obligations(id RegimeID, at time.Time) ([]Obligation, error) {
	day, err := civilDate(at)
	if err != nil {
		return nil, err
	}
	var out []Obligation
	known := false
	for _, o := range obligationTable {
		if o.Regime != id {
			continue
		}
		known = true
		if o.Effective.Contains(day) {
			out = append(out, o)
		}
	}
	if !known {
		return nil, fmt.Errorf("%w: no rows for regime %s", ErrNoObligation, echo(string(id)))
	}
	return out, nil
}

// ObligationTable returns a copy of the whole deadline table, every regime
// and every date, in table order: law.md §3 and §5 as data.
func ObligationTable() []Obligation { return slices.Clone(obligationTable) }
