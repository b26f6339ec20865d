package jurisdiction

import (
	"errors"
	"strconv"
)

// Rule is a way of counting a legal [Period]: where counting starts, and
// whether a period that ends on a Saturday, Sunday or public holiday moves to
// the next working day. The rules are constants; choose the one the law of the
// place prescribes ([Obligation] values carry theirs). The zero Rule is not a
// rule: counting with it is an error.
//
// Under every rule, a period in hours is an exact duration (start + N hours)
// and never moves off a weekend; a period in months ends on the same date in
// the last month, or on that month's last day when the date does not exist
// (31 January + 1 month = 28 or 29 February); business days are days that are
// not a Saturday, a Sunday or a public holiday of the [Calendar].
//
// A Rule is a plain value; its methods are safe for concurrent use.
type Rule uint8

const (
	// RuleEU is Regulation (EEC, Euratom) No 1182/71 on periods, dates and
	// time limits, which governs the GDPR's periods (EDPB Guidelines 01/2022
	// §5.3):
	//   - Art. 3(1): the day (or hour) of the event that starts the period is
	//     not counted;
	//   - Art. 3(2)(b)–(c): a period in days ends at the end of its last day;
	//     one in months on the same date of the last month, or its last day;
	//   - Art. 3(3)–(4): Saturdays, Sundays and public holidays count, but a
	//     period not expressed in hours whose last day is one of them ends at
	//     the end of the following working day; hours never roll;
	//   - Art. 3(5): a period of two days or more includes at least two
	//     working days;
	//   - Art. 2: the public holidays are those of the Member State where the
	//     action is to be taken, so pass that place's [Calendar].
	// Art. 3(2)(a) would start an hour period at the next full hour; this
	// package counts hours from the exact instant, which is never later.
	RuleEU Rule = iota + 1

	// RuleUK is the United Kingdom's rule for UK GDPR and DPA 2018 time
	// limits, as the ICO states it: the day of receipt is day one (since
	// 15 August 2019), a month runs to the corresponding calendar date in
	// the next month, or the last day of that month where there is none (a
	// request received on 3 September is due on 3 October; one received on
	// 30 January on 28 February, or 29 in a leap year), and an end on a
	// weekend or bank holiday moves to the next working day, with the bank
	// holidays of the nation concerned (GB-ENG, GB-WLS, GB-SCT, GB-NIR).
	// Periods in days "beginning with" the day of receipt count it as day
	// one: 30 days from 1 June end on 30 June. Sources: ICO, "Right of
	// access: what should we consider when responding"; DPA 2018 s.54;
	// UK GDPR Art. 12A.
	RuleUK

	// RuleCCPA is 11 CCR §7021(b): "The 45-day period will begin on the
	// day that the business receives the request". The day of receipt is day
	// one, so 45 days from 1 March end on 14 April, and the end does not move
	// off a weekend or holiday. A period in business days counts the day of
	// receipt as its first day when it is a working day. This is the
	// conservative reading and this package's default for California; law.md
	// marks the count VERIFY. [RuleCaliforniaGeneral] is the alternative.
	RuleCCPA

	// RuleCaliforniaGeneral is California's general rule for time limits set
	// by law: the first day is excluded and the last included, and if the
	// last day is a holiday (which includes every Saturday and Sunday) the
	// period runs to the next day that is not (Code Civ. Proc. §§12, 12a;
	// Civ. Code §10; Gov. Code §6800). Under it 45 days from 1 March end on
	// 15 April, or later if that is a holiday. It is the other reading of the
	// CCPA's 45 days (law.md §2, VERIFY).
	RuleCaliforniaGeneral

	// RuleLiteral counts a period as written, without a computation statute:
	// the day of the event is not counted and the end never moves off a
	// weekend or holiday. The package uses it for regimes whose counting rule
	// law.md does not give (marked Verify in the [Obligation] table). It is
	// never later than RuleEU or RuleCaliforniaGeneral, which count the same
	// days and then roll; for a period in calendar days it ends one day after
	// RuleCCPA and can end one day after RuleUK, which count the day of the
	// event. (In business days it can end one working day after RuleCCPA.)
	RuleLiteral
)

// ErrUnknownRule reports a [Rule] that is not one of the package's constants.
var ErrUnknownRule = errors.New("jurisdiction: unknown counting rule")

// Valid reports whether r is one of the rule constants.
func (r Rule) Valid() bool { return r >= RuleEU && r <= RuleLiteral }

// String returns the rule's short name, suitable for an explanation
// ("Reg. (EEC, Euratom) No 1182/71").
func (r Rule) String() string {
	switch r {
	case RuleEU:
		return "Reg. (EEC, Euratom) No 1182/71"
	case RuleUK:
		return "UK rule (ICO; DPA 2018 s.54; UK GDPR Art. 12A)"
	case RuleCCPA:
		return "11 CCR §7021(b), receipt day counted"
	case RuleCaliforniaGeneral:
		return "Cal. Code Civ. Proc. §§12, 12a"
	case RuleLiteral:
		return "literal count"
	}
	return "Rule(" + strconv.Itoa(int(r)) + ")"
}

// Citation returns where the rule comes from.
func (r Rule) Citation() string {
	switch r {
	case RuleEU:
		return "Regulation (EEC, Euratom) No 1182/71 Arts. 2–3, http://data.europa.eu/eli/reg/1971/1182/oj"
	case RuleUK:
		return "ICO guidance on the right of access (day of receipt is day one; corresponding date; next working day); DPA 2018 s.54; UK GDPR Art. 12A"
	case RuleCCPA:
		return "11 CCR §7021(b); Cal. Civ. Code §1798.130(a)(2)"
	case RuleCaliforniaGeneral:
		return "Cal. Code Civ. Proc. §§12, 12a; Cal. Civ. Code §10; Cal. Gov. Code §6800"
	case RuleLiteral:
		return "no computation statute encoded: event day excluded, no roll-forward"
	}
	return ""
}

// MarshalText returns the rule's stable identifier: "eu", "uk", "ccpa",
// "ca-general" or "literal".
func (r Rule) MarshalText() ([]byte, error) {
	if id := r.id(); id != "" {
		return []byte(id), nil
	}
	return nil, ErrUnknownRule
}

// UnmarshalText parses a rule identifier written by [Rule.MarshalText].
func (r *Rule) UnmarshalText(text []byte) error {
	for c := RuleEU; c <= RuleLiteral; c++ {
		if string(text) == c.id() {
			*r = c
			return nil
		}
	}
	return ErrUnknownRule
}

func (r Rule) id() string {
	switch r {
	case RuleEU:
		return "eu"
	case RuleUK:
		return "uk"
	case RuleCCPA:
		return "ccpa"
	case RuleCaliforniaGeneral:
		return "ca-general"
	case RuleLiteral:
		return "literal"
	}
	return ""
}

// countsEventDay reports whether the day of the event is the first day of a
// period in days.
func (r Rule) countsEventDay() bool { return r == RuleUK || r == RuleCCPA }

// rolls reports whether a period not in hours that ends on a non-working day
// ends on the next working day instead.
func (r Rule) rolls() bool { return r == RuleEU || r == RuleUK || r == RuleCaliforniaGeneral }

// twoWorkingDays reports whether a period of two days or more must include
// two working days (Reg. 1182/71 Art. 3(5)).
func (r Rule) twoWorkingDays() bool { return r == RuleEU }
