package consent

import "strings"

// Activity is a set of processing activities that the law or the policy
// treats specially, whatever a purpose is called. Purposes declare the
// activities they involve; prohibitions, signals and the rules for minors
// act on activities, so a purpose a controller adds later is caught by the
// same rules (a purpose that sells data is prohibited by §3.3 whatever its id).
//
// Activity values are bit flags: combine them with |, test with [Activity.Has].
// The zero Activity is the empty set.
type Activity uint16

// The activities the rules act on.
const (
	// ActivitySale is selling, licensing, trading or renting personal data
	// (policy §3.3, §13.1, §15.2; "sale" in Cal. Civ. Code §1798.140(ad)).
	ActivitySale Activity = 1 << iota
	// ActivitySharing is disclosing personal data for cross-context
	// behavioural advertising ("sharing" in Cal. Civ. Code §1798.140(ah)).
	ActivitySharing
	// ActivityTargetedAdvertising is showing advertising chosen from a
	// person's activity over time (policy §3.1, §3.6; the US state laws' "targeted advertising").
	ActivityTargetedAdvertising
	// ActivityCrossSiteTracking is collecting information about a person's
	// web visits over time and across other websites or online services:
	// what Do Not Track asks a site not to do (policy §6.2).
	ActivityCrossSiteTracking
	// ActivityProfiling is automated evaluation of personal aspects (GDPR Art. 4(4)).
	ActivityProfiling
	// ActivityAutomatedDecisions is decisions based solely on automated
	// processing with legal or similarly significant effects (GDPR Art. 22).
	ActivityAutomatedDecisions
	// ActivityModelTraining is developing, improving or training generalized
	// (non-personalized) AI or ML models (policy §23).
	ActivityModelTraining

	activityEnd
)

// OptOutActivities are the activities an opt-out preference signal switches
// off where the law honours one: sale, sharing and targeted advertising
// (11 CCR §7025(c)(1); the US state laws' universal opt-out mechanisms).
const OptOutActivities = ActivitySale | ActivitySharing | ActivityTargetedAdvertising

var activityNames = []string{
	"sale", "sharing", "targeted-advertising", "cross-site-tracking",
	"profiling", "automated-decisions", "model-training",
}

// Has reports whether a contains any activity in b.
func (a Activity) Has(b Activity) bool { return a&b != 0 }

// String lists the activities joined by '|' ("sale|sharing"), "none" for the
// empty set. Unknown bits print as "unknown".
func (a Activity) String() string {
	if a == 0 {
		return "none"
	}
	var parts []string
	for i, name := range activityNames {
		if a&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	if a >= activityEnd {
		parts = append(parts, "unknown")
	}
	return strings.Join(parts, "|")
}
