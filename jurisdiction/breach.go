package jurisdiction

import (
	"fmt"
	"strings"
	"time"
)

// BreachClock is one breach-notification duty of a regime, with its deadline
// when one can be computed from the moment of awareness.
//
// Three cases, told apart by the fields:
//   - a fixed period from awareness (GDPR: 72 hours to the supervisory
//     authority): Deadline is set;
//   - a fixed period from a later event (California: 15 days after the
//     residents are notified; Singapore: 3 days after the assessment):
//     Deadline is zero, and Obligation.Deadline computes it once that event's
//     instant is known;
//   - no fixed period ("without undue delay", "as soon as feasible"):
//     Obligation.Fixed is false, Deadline is zero, Obligation.Standard says
//     what the law requires.
//
// A BreachClock is a plain value, safe to copy and to use concurrently.
type BreachClock struct {
	Obligation
	Deadline Deadline
}

// String explains the clock: the duty, the deadline or the standard, and the
// citation.
func (c BreachClock) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", c.Regime, c.Duties)
	if c.Variant != "" {
		fmt.Fprintf(&b, " (%s)", c.Variant)
	}
	switch {
	case !c.Deadline.IsZero() && c.Period.Unit == Hours:
		fmt.Fprintf(&b, ": by %s (%s from awareness)", c.Deadline.End.Format("2006-01-02 15:04 MST"), c.Period)
	case !c.Deadline.IsZero():
		fmt.Fprintf(&b, ": by end of %s (%s from awareness)", c.Deadline.Last, c.Period)
	case c.Fixed():
		fmt.Fprintf(&b, ": %s from %s", c.Period, c.Trigger)
	default:
		fmt.Fprintf(&b, ": %s (no fixed period)", c.Standard)
	}
	fmt.Fprintf(&b, " [%s]", c.Citation)
	return b.String()
}

// BreachClocks returns the breach-notification clocks of regime id for a
// breach the controller became aware of at aware (law.md §5): to the
// authority, to the individuals, from processor to controller and for the
// assessment, variants included, as in force on the date of aware. The
// Clootrack policy promises to inform users and the authorities of a breach
// "in accordance with applicable law" (§15.1); these are those laws' clocks.
//
// aware must be expressed in the local time of the place where the
// notification is made, and cal is that place's holiday calendar (nil for
// weekends only); hours are exact and never roll (72 hours from a Friday
// evening end on Monday evening). Errors wrap [ErrZeroTime],
// [ErrBeforeCoverage], [ErrNoObligation] (no breach rows for the regime, as
// for the US state laws other than California, whose breach statutes are
// separate laws not encoded here) or a deadline error.
func BreachClocks(id RegimeID, aware time.Time, cal Calendar) ([]BreachClock, error) {
	rows, err := Obligations(id, aware)
	if err != nil {
		return nil, err
	}
	var out []BreachClock
	for _, o := range rows {
		if !o.Duties.Has(DutyBreachAuthority) && !o.Duties.Has(DutyBreachIndividuals) &&
			!o.Duties.Has(DutyBreachController) && !o.Duties.Has(DutyBreachAssessment) {
			continue
		}
		c := BreachClock{Obligation: o}
		if o.Fixed() && o.Trigger == TriggerAwareness {
			if c.Deadline, err = o.Deadline(aware, cal); err != nil {
				return nil, err
			}
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no breach clocks for %s on %s", ErrNoObligation, echo(string(id)), DateOf(aware))
	}
	return out, nil
}
