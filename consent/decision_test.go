package consent

import (
	"strings"
	"testing"
	"time"

	"github.com/clootrack/privacy/jurisdiction"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	sept2025 = time.Date(2025, time.September, 1, 12, 0, 0, 0, time.UTC)
	dec2025  = time.Date(2025, time.December, 1, 12, 0, 0, 0, time.UTC) // DPDP in force
)

type decisionCase struct {
	name    string
	policy  *Policy
	facts   Facts
	events  []Event
	purpose PurposeID
	source  Source
	at      time.Time

	allowed   bool
	reason    Reason
	rule      string // substring of Decision.Rule
	regime    jurisdiction.RegimeID
	overrides bool
	ask       bool
}

func runDecisionCases(t *testing.T, cases []decisionCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			at := tc.at
			if at.IsZero() {
				at = sept2025
			}
			st, err := tc.policy.State(MustSubject("s-1"), tc.facts, tc.events, at)
			require.NoError(t, err)
			d := st.AllowedFrom(tc.purpose, tc.source, at)
			assert.Equal(t, tc.allowed, d.Allowed, "Allowed: %v", d)
			assert.Equal(t, tc.reason, d.Reason, "Reason: %v", d)
			assert.Contains(t, d.Rule, tc.rule, "Rule: %v", d)
			assert.Equal(t, tc.regime, d.Regime, "Regime: %v", d)
			assert.Equal(t, tc.overrides, d.Overrides, "Overrides: %v", d)
			assert.Equal(t, tc.ask, d.Ask, "Ask: %v", d)
			assert.Equal(t, tc.purpose, d.Purpose)
		})
	}
}

func TestAllowedProhibitionsAndEssentials(t *testing.T) {
	t.Parallel()
	cl := Clootrack()
	de, ca := Facts{Place: place("DE")}, Facts{Place: place("US-CA")}
	forgedSaleGrant := []Event{grantEvent("s-1", sept2025.Add(-time.Hour), MechanismAPI, PurposeSale)}
	modelGrant := []Event{grantEvent("s-1", sept2025.Add(-time.Hour), MechanismBannerSave, PurposeModelTraining)}
	runDecisionCases(t, []decisionCase{
		{name: "§3.3 sale is denied in the EU", policy: cl, facts: de, purpose: PurposeSale,
			reason: ReasonProhibited, rule: "§3.3, §13.1, §15.2"},
		{name: "§3.3 sale is denied even with a grant on record", policy: cl, facts: de, events: forgedSaleGrant,
			purpose: PurposeSale, reason: ReasonProhibited, rule: "§3.3"},
		{name: "§3.3 prohibition overrides the CCPA opt-out default for sale", policy: cl, facts: ca,
			purpose: PurposeSale, reason: ReasonProhibited, rule: "§3.3", regime: jurisdiction.CCPA, overrides: true},
		{name: "§20.1 automated decisions and profiling are denied", policy: cl, facts: de,
			purpose: PurposeAutomatedDecisions, reason: ReasonProhibited, rule: "§20.1"},
		{name: "§20.1 enrichment through third-party data providers (§3.1) is profiling: denied even with a grant",
			policy: cl, facts: de, events: []Event{grantEvent("s-1", sept2025.Add(-time.Hour), MechanismBannerSave, PurposeEnrichment)},
			purpose: PurposeEnrichment, reason: ReasonProhibited, rule: "§20.1"},
		{name: "§23 connector data never trains models, even with a grant", policy: cl, facts: de, events: modelGrant,
			purpose: PurposeModelTraining, source: SourceConnector, reason: ReasonProhibited, rule: "§23"},
		{name: "§23 an unspecified source fails closed", policy: cl, facts: de, events: modelGrant,
			purpose: PurposeModelTraining, source: SourceUnspecified, reason: ReasonProhibited, rule: "§23"},
		{name: "§23 directly given data may train with consent", policy: cl, facts: de, events: modelGrant,
			purpose: PurposeModelTraining, source: SourceDirect, allowed: true, reason: ReasonGranted,
			rule: "GDPR Art. 6(1)(a)", regime: jurisdiction.GDPR},
		{name: "§6.3 essential e-mails need no consent", policy: cl, facts: de, purpose: PurposeEssentialEmail,
			allowed: true, reason: ReasonEssential, rule: "§3.2, §6.3"},
		{name: "§3.2 security rests on legitimate interest and is essential", policy: cl, facts: de, purpose: PurposeSecurity,
			allowed: true, reason: ReasonEssential, rule: "GDPR Art. 6(1)(f)"},
		{name: "an unknown purpose is denied (fail closed)", policy: cl, facts: de, purpose: "no-such-purpose",
			reason: ReasonUnknownPurpose, rule: "fail closed"},
	})
}

func TestAllowedRegimeDefaults(t *testing.T) {
	t.Parallel()
	cl, rc := Clootrack(), MustPolicy(regimeCatalog(), nil)
	before := sept2025.Add(-time.Hour)
	runDecisionCases(t, []decisionCase{
		{name: "GDPR Art. 6(1)(a), 7: opt-in in Germany", policy: cl, facts: Facts{Place: place("DE")},
			purpose: PurposeAnalytics, reason: ReasonNoConsent, rule: "GDPR Art. 6(1)(a), Art. 7", regime: jurisdiction.GDPR, ask: true},
		{name: "GDPR applies in the outermost regions (ES-CN)", policy: cl, facts: Facts{Place: place("ES-CN")},
			purpose: PurposeAnalytics, reason: ReasonNoConsent, rule: "GDPR", regime: jurisdiction.GDPR, ask: true},
		{name: "UK GDPR Art. 6(1)(a): opt-in in Britain", policy: cl, facts: Facts{Place: place("GB")},
			purpose: PurposeAnalytics, reason: ReasonNoConsent, rule: "UK GDPR", regime: jurisdiction.UKGDPR, ask: true},
		{name: "DPDP Act s.6: opt-in in India", policy: cl, facts: Facts{Place: place("IN")}, at: dec2025,
			purpose: PurposeAnalytics, reason: ReasonNoConsent, rule: "DPDP Act 2023 s.6", regime: jurisdiction.DPDP, ask: true},
		{name: "an unknown place fails closed to opt-in", policy: cl, facts: Facts{},
			purpose: PurposeAnalytics, reason: ReasonNoConsent, rule: ruleUnknownPlace, ask: true},
		{name: "the United States without a state fails closed to opt-in", policy: rc, facts: Facts{Place: place("US")},
			purpose: "ads", reason: ReasonNoConsent, rule: "fail closed", ask: true},
		{name: "a date before the law tables fails closed to opt-in", policy: rc, facts: Facts{Place: place("US-CA")},
			at: time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC), purpose: "ads", reason: ReasonNoConsent, rule: "fail closed", ask: true},
		{name: "§2.8, §3.3, §4.3: the policy keeps targeted ads off in California, overriding the CCPA opt-out",
			policy: cl, facts: Facts{Place: place("US-CA")}, purpose: PurposeTargetedAds,
			reason: ReasonNoConsent, rule: "§2.8, §3.3, §4.3", regime: jurisdiction.CCPA, overrides: true, ask: true},
		{name: "CCPA §1798.120: sharing is allowed until opt-out under the regime default",
			policy: rc, facts: Facts{Place: place("US-CA")}, purpose: "ads",
			allowed: true, reason: ReasonOptOutDefault, rule: "Cal. Civ. Code §1798.120", regime: jurisdiction.CCPA},
		{name: "CCPA §1798.120: an opt-out denies", policy: rc, facts: Facts{Place: place("US-CA")},
			events:  []Event{{ID: testID(before), Kind: KindDeny, Subject: MustSubject("s-1"), Purposes: []PurposeID{"ads"}, Mechanism: MechanismAPI, At: before}},
			purpose: "ads", reason: ReasonRefused, rule: "§1798.120", regime: jurisdiction.CCPA},
		{name: "a consent-based purpose outside the opt-out scope still needs consent in California",
			policy: rc, facts: Facts{Place: place("US-CA")}, purpose: "analytics",
			reason: ReasonNoConsent, rule: "§3 (lawful basis: consent)", ask: true},
		{name: "CCPA prohibition on sale (regime catalog has none): sale is opt-out but unprohibited",
			policy: rc, facts: Facts{Place: place("US-CA")}, purpose: "sale",
			allowed: true, reason: ReasonOptOutDefault, rule: "§1798.120", regime: jurisdiction.CCPA},
		{name: "GDPR Art. 21: legitimate interest is allowed until objection", policy: rc, facts: Facts{Place: place("DE")},
			purpose: "insights", allowed: true, reason: ReasonLegitimateInterest, rule: "GDPR Art. 6(1)(f)"},
		{name: "GDPR Art. 21(1): an objection denies legitimate interest", policy: rc, facts: Facts{Place: place("DE")},
			events:  []Event{{ID: testID(before), Kind: KindDeny, Subject: MustSubject("s-1"), Purposes: []PurposeID{"insights"}, Mechanism: MechanismAPI, At: before}},
			purpose: "insights", reason: ReasonRefused, rule: "GDPR Art. 21(1)"},
	})
}

func TestAllowedGrantsWithdrawalsExpiry(t *testing.T) {
	t.Parallel()
	cl := Clootrack()
	de := Facts{Place: place("DE")}
	granted := sept2025
	grant := []Event{grantEvent("s-1", granted, MechanismBannerAccept, PurposeAnalytics)}
	withdraw := append(append([]Event(nil), grant...), Event{ID: testID(granted.Add(time.Hour)), Kind: KindWithdraw,
		Subject: MustSubject("s-1"), Purposes: []PurposeID{PurposeAnalytics}, Mechanism: MechanismEmailUnsubscribe, At: granted.Add(time.Hour)})
	expire := append(append([]Event(nil), grant...), Event{ID: testID(granted.Add(time.Hour)), Kind: KindExpire,
		Subject: MustSubject("s-1"), Purposes: []PurposeID{PurposeAnalytics}, Mechanism: MechanismSystem, At: granted.Add(time.Hour)})
	short := MustPolicy(ClootrackCatalog(), &PolicyOptions{RenewAfterMonths: 6, ReaskAfterMonths: 1})
	runDecisionCases(t, []decisionCase{
		{name: "GDPR Art. 7: a grant allows", policy: cl, facts: de, events: grant, purpose: PurposeAnalytics,
			at: granted, allowed: true, reason: ReasonGranted, rule: "GDPR Art. 6(1)(a)", regime: jurisdiction.GDPR},
		{name: "law.md §17: consent is valid up to 13 months", policy: cl, facts: de, events: grant, purpose: PurposeAnalytics,
			at: addMonths(granted, 13).Add(-time.Second), allowed: true, reason: ReasonGranted, rule: "GDPR", regime: jurisdiction.GDPR},
		{name: "law.md §17: consent older than 13 months must be renewed", policy: cl, facts: de, events: grant,
			purpose: PurposeAnalytics, at: addMonths(granted, 13), reason: ReasonExpired, rule: "13 months", ask: true},
		{name: "law.md §17: the renewal window is configurable", policy: short, facts: de, events: grant,
			purpose: PurposeAnalytics, at: addMonths(granted, 6), reason: ReasonExpired, rule: "6 months", ask: true},
		{name: "GDPR Art. 7(3), §6.4: a withdrawal takes effect at once", policy: cl, facts: de, events: withdraw,
			purpose: PurposeAnalytics, at: granted.Add(time.Hour), reason: ReasonWithdrawn, rule: "GDPR Art. 7(3); policy §6.4"},
		{name: "law.md §17: no re-ask within 6 months of a refusal", policy: cl, facts: de, events: withdraw,
			purpose: PurposeAnalytics, at: addMonths(granted.Add(time.Hour), 6).Add(-time.Second), reason: ReasonWithdrawn, rule: "7(3)"},
		{name: "law.md §17: re-ask allowed after 6 months", policy: cl, facts: de, events: withdraw,
			purpose: PurposeAnalytics, at: addMonths(granted.Add(time.Hour), 6), reason: ReasonWithdrawn, rule: "7(3)", ask: true},
		{name: "law.md §17: the re-ask window is configurable", policy: short, facts: de, events: withdraw,
			purpose: PurposeAnalytics, at: addMonths(granted.Add(time.Hour), 1), reason: ReasonWithdrawn, rule: "7(3)", ask: true},
		{name: "an expiry event ends the grant", policy: cl, facts: de, events: expire,
			purpose: PurposeAnalytics, at: granted.Add(2 * time.Hour), reason: ReasonExpired, rule: "13 months", ask: true},
		{name: "a choice made after the time asked about does not count", policy: cl, facts: de, events: grant,
			purpose: PurposeAnalytics, at: granted.Add(-time.Minute), reason: ReasonNoConsent, rule: "GDPR", regime: jurisdiction.GDPR, ask: true},
	})
}

// law.md §17: re-ask windows after a refusal.
func TestReaskWindows(t *testing.T) {
	t.Parallel()
	rc := MustPolicy(regimeCatalog(), nil)
	refused := t0
	deny := func(purpose PurposeID) []Event {
		return []Event{{ID: testID(refused), Kind: KindDeny, Subject: MustSubject("s-1"), Purposes: []PurposeID{purpose},
			Notice: NoticeRef{Version: 1}, Mechanism: MechanismBannerReject, At: refused}}
	}
	ca, de := Facts{Place: place("US-CA")}, Facts{Place: place("DE")}
	tests := []struct {
		name    string
		policy  *Policy
		facts   Facts
		purpose PurposeID
		at      time.Time
		ask     bool
	}{
		{"CNIL: not within 6 months of a refusal", rc, de, "analytics", addMonths(refused, 6).Add(-time.Second), false},
		{"CNIL: after 6 months", rc, de, "analytics", addMonths(refused, 6), true},
		{"Cal. Civ. Code §1798.135: not within 12 months of an opt-out of sharing", rc, ca, "ads", addMonths(refused, 11), false},
		{"Cal. Civ. Code §1798.135: after 12 months", rc, ca, "ads", addMonths(refused, 12), true},
		{"§1798.135 is about sale and sharing only", rc, ca, "analytics", addMonths(refused, 6), true},
		{"§1798.135 window is configurable", MustPolicy(regimeCatalog(), &PolicyOptions{ReaskAfterSaleOptOutMonths: 7}), ca, "ads", addMonths(refused, 7), true},
		{"§1798.135 applies only under the CCPA", rc, de, "ads", addMonths(refused, 6), true},
	}
	for _, tt := range tests {
		st, err := tt.policy.State(MustSubject("s-1"), tt.facts, deny(tt.purpose), tt.at)
		require.NoError(t, err)
		d := st.Allowed(tt.purpose, tt.at)
		assert.False(t, d.Allowed, tt.name)
		assert.Equal(t, tt.ask, d.Ask, tt.name)
	}

	// Czech DPA (law.md §17): a material change of the notice lets the
	// service ask again before the window has passed — but not within the
	// CCPA's year.
	c := regimeCatalog()
	c.Notices = append(c.Notices, Notice{ID: "notice", Version: 2, Revised: refused.AddDate(0, 1, 0), Hash: HashText([]byte("v2")), Material: true})
	changed := MustPolicy(c, nil)
	at := refused.AddDate(0, 2, 0)
	st, err := changed.State(MustSubject("s-1"), de, deny("analytics"), at)
	require.NoError(t, err)
	assert.True(t, st.Allowed("analytics", at).Ask, "material change: ask again")
	st, err = changed.State(MustSubject("s-1"), ca, deny("ads"), at)
	require.NoError(t, err)
	assert.False(t, st.Allowed("ads", at).Ask, "§1798.135 still applies")
}

func TestAllowedNoticeChanges(t *testing.T) {
	t.Parallel()
	v1 := Notice{ID: "n", Version: 1, Revised: t0.AddDate(0, -2, 0), Hash: HashText([]byte("one")), Material: true}
	minor := Notice{ID: "n", Version: 2, Revised: t0.AddDate(0, 0, 10), Hash: HashText([]byte("two")), Material: false}
	material := Notice{ID: "n", Version: 3, Revised: t0.AddDate(0, 0, 20), Hash: HashText([]byte("three")), Material: true}
	c := regimeCatalog()
	c.Notices = []Notice{v1, minor, material}
	p := MustPolicy(c, nil)
	grant := []Event{grantEvent("s-1", t0, MechanismBannerAccept, "analytics")}
	de := Facts{Place: place("DE")}
	runDecisionCases(t, []decisionCase{
		{name: "§19.1: a minor revision keeps consent", policy: p, facts: de, events: grant, purpose: "analytics",
			at: t0.AddDate(0, 0, 15), allowed: true, reason: ReasonGranted, rule: "GDPR", regime: jurisdiction.GDPR},
		{name: "§19.1: a material revision needs fresh consent once in force", policy: p, facts: de, events: grant, purpose: "analytics",
			at: t0.AddDate(0, 0, 25), reason: ReasonNoticeChanged, rule: "§19.1", ask: true},
	})
	// A material version not yet in force does not invalidate consent.
	st, err := p.State(MustSubject("s-1"), de, grant, t0.AddDate(0, 0, 15))
	require.NoError(t, err)
	assert.True(t, st.Allowed("analytics", t0.AddDate(0, 0, 15)).Allowed)
	n, ok := p.Notice(t0.AddDate(0, 0, 15))
	require.True(t, ok)
	assert.Equal(t, 2, n.Version)
}

func TestAllowedSignals(t *testing.T) {
	t.Parallel()
	cl, rc := Clootrack(), MustPolicy(regimeCatalog(), nil)
	everywhere := MustPolicy(regimeCatalog(), &PolicyOptions{HonourGPCEverywhere: true})
	before := sept2025.Add(-time.Hour)
	gpcCA := Facts{Place: place("US-CA"), Signals: Signals{GPC: true}}
	gpcDE := Facts{Place: place("DE"), Signals: Signals{GPC: true}}
	grantNoGPC := []Event{grantEvent("s-1", before, MechanismBannerAccept, "ads", "analytics")}
	grantWithGPC := []Event{grantEvent("s-1", before, MechanismBannerAccept, "ads")}
	grantWithGPC[0].Evidence.GPC = true
	clAds := []Event{grantEvent("s-1", before, MechanismBannerAccept, PurposeTargetedAds, PurposeAnalytics)}
	runDecisionCases(t, []decisionCase{
		{name: "11 CCR §7025(c)(1): GPC opts out of sharing in California", policy: rc, facts: gpcCA, purpose: "ads",
			reason: ReasonOptOutSignal, rule: "7025", regime: jurisdiction.CCPA},
		{name: "11 CCR §7025(c)(1): GPC overrides an earlier grant for the browser", policy: rc, facts: gpcCA, events: grantNoGPC,
			purpose: "ads", reason: ReasonOptOutSignal, rule: "7025", regime: jurisdiction.CCPA},
		{name: "11 CCR §7025(c)(3): a grant made while GPC was on stands", policy: rc, facts: gpcCA, events: grantWithGPC,
			purpose: "ads", allowed: true, reason: ReasonGranted, rule: "§1798.120", regime: jurisdiction.CCPA},
		{name: "GPC does not touch purposes outside sale, sharing and targeted ads", policy: rc, facts: gpcCA, events: grantNoGPC,
			purpose: "analytics", allowed: true, reason: ReasonGranted, rule: "lawful basis: consent"},
		{name: "law.md §16: GPC is not a withdrawal of GDPR consent", policy: rc, facts: gpcDE, events: grantNoGPC,
			purpose: "ads", allowed: true, reason: ReasonGranted, rule: "GDPR", regime: jurisdiction.GDPR},
		{name: "GPC can be honoured everywhere by option", policy: everywhere, facts: gpcDE, events: grantNoGPC,
			purpose: "ads", reason: ReasonOptOutSignal, rule: "policy choice"},
		{name: "GPC with an unknown place is honoured (fail closed)", policy: rc, facts: Facts{Signals: Signals{GPC: true}},
			events: grantNoGPC, purpose: "ads", reason: ReasonOptOutSignal, rule: "fail closed"},
		{name: "§6.2: DNT switches off cross-site tracking", policy: cl, facts: Facts{Place: place("DE"), Signals: Signals{DNT: true}},
			events: clAds, purpose: PurposeTargetedAds, reason: ReasonDoNotTrack, rule: "§6.2"},
		{name: "§6.2: DNT leaves first-party analytics alone", policy: cl, facts: Facts{Place: place("DE"), Signals: Signals{DNT: true}},
			events: clAds, purpose: PurposeAnalytics, allowed: true, reason: ReasonGranted, rule: "GDPR", regime: jurisdiction.GDPR},
	})
}

func TestAllowedMinors(t *testing.T) {
	t.Parallel()
	cl, rc := Clootrack(), MustPolicy(regimeCatalog(), nil)
	before := sept2025.Add(-time.Hour)
	self := []Event{grantEvent("s-1", before, MechanismBannerAccept, PurposeAnalytics, "analytics", "ads")}
	guardian := []Event{grantEvent("s-1", before, MechanismGuardian, PurposeAnalytics, "analytics", "ads")}
	dk14 := func(at time.Time) Facts { return Facts{Place: place("DK"), Age: AgeOf(14)} }
	runDecisionCases(t, []decisionCase{
		{name: "§12.1: under 18 optional purposes are denied", policy: cl, facts: Facts{Place: place("DE"), Age: AgeOf(17)},
			events: self, purpose: PurposeAnalytics, reason: ReasonMinor, rule: "§12.1"},
		{name: "§12.1: a guardian cannot lift the policy's floor", policy: cl, facts: Facts{Place: place("DE"), Age: AgeOf(17)},
			events: guardian, purpose: PurposeAnalytics, reason: ReasonMinor, rule: "§12.1"},
		{name: "§12.1: essential purposes still run for a minor", policy: cl, facts: Facts{Place: place("DE"), Age: AgeOf(15)},
			purpose: PurposeSecurity, allowed: true, reason: ReasonEssential, rule: "§3.2"},
		{name: "§12.1: at 18 the floor no longer applies", policy: cl, facts: Facts{Place: place("DE"), Age: AgeOf(18)},
			events: self, purpose: PurposeAnalytics, allowed: true, reason: ReasonGranted, rule: "GDPR", regime: jurisdiction.GDPR},
		{name: "GDPR Art. 8(1): below 16 in Germany the child's own grant is not enough", policy: rc,
			facts: Facts{Place: place("DE"), Age: AgeOf(15)}, events: self, purpose: "analytics", reason: ReasonMinor, rule: "Art. 8", regime: jurisdiction.GDPR},
		{name: "GDPR Art. 8(1): a guardian's grant allows", policy: rc,
			facts: Facts{Place: place("DE"), Age: AgeOf(15)}, events: guardian, purpose: "analytics",
			allowed: true, reason: ReasonGuardianGranted, rule: "Art. 8", regime: jurisdiction.GDPR},
		{name: "GDPR Art. 8(1): no grant at all denies the minor", policy: rc,
			facts: Facts{Place: place("DE"), Age: AgeOf(15)}, purpose: "insights", reason: ReasonMinor, rule: "Art. 8", regime: jurisdiction.GDPR},
		{name: "Denmark: 14-year-olds consent alone before 2024 (age 13)", policy: rc, facts: dk14(time.Time{}),
			events: []Event{grantEvent("s-1", time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC), MechanismBannerAccept, "analytics")},
			at:     time.Date(2023, 6, 2, 0, 0, 0, 0, time.UTC), purpose: "analytics", allowed: true, reason: ReasonGranted, rule: "GDPR", regime: jurisdiction.GDPR},
		{name: "Denmark: from 2024-01-01 the age is 15", policy: rc, facts: dk14(time.Time{}),
			events: []Event{grantEvent("s-1", time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), MechanismBannerAccept, "analytics")},
			at:     time.Date(2024, 6, 2, 0, 0, 0, 0, time.UTC), purpose: "analytics", reason: ReasonMinor, regime: jurisdiction.GDPR},
		{name: "CCPA §1798.120(c): 13-15 opt in personally", policy: rc, facts: Facts{Place: place("US-CA"), Age: AgeOf(14)},
			events: self, purpose: "ads", allowed: true, reason: ReasonGranted, rule: "§1798.120(c)", regime: jurisdiction.CCPA},
		{name: "CCPA §1798.120(c): 13-15 without opt-in are denied, no opt-out default", policy: rc,
			facts: Facts{Place: place("US-CA"), Age: AgeOf(14)}, purpose: "ads", reason: ReasonMinor, rule: "§1798.120(c)", regime: jurisdiction.CCPA},
		{name: "CCPA §1798.120(c): under 13 the consumer's own grant is not enough", policy: rc,
			facts: Facts{Place: place("US-CA"), Age: AgeOf(12)}, events: self, purpose: "ads", reason: ReasonMinor, rule: "§7070", regime: jurisdiction.CCPA},
		{name: "CCPA §1798.120(c): under 13 a parent authorises", policy: rc, facts: Facts{Place: place("US-CA"), Age: AgeOf(12)},
			events: guardian, purpose: "ads", allowed: true, reason: ReasonGuardianGranted, rule: "§1798.120(c)", regime: jurisdiction.CCPA},
		{name: "DPDP s.9(1): verifiable guardian consent allows for a child", policy: rc, facts: Facts{Place: place("IN"), Age: AgeOf(17)},
			at: dec2025, events: []Event{grantEvent("s-1", dec2025.Add(-time.Hour), MechanismGuardian, "analytics", "ads")},
			purpose: "analytics", allowed: true, reason: ReasonGuardianGranted, regime: jurisdiction.DPDP},
		{name: "DPDP s.9(3): no targeted advertising of children, whatever the consent", policy: rc,
			facts: Facts{Place: place("IN"), Age: AgeOf(17)}, at: dec2025,
			events:  []Event{grantEvent("s-1", dec2025.Add(-time.Hour), MechanismGuardian, "analytics", "ads")},
			purpose: "ads", reason: ReasonMinor, rule: "s.9(3)", regime: jurisdiction.DPDP},
		{name: "an unknown age is not a minor by default (actual knowledge)", policy: cl, facts: Facts{Place: place("DE")},
			events: self, purpose: PurposeAnalytics, allowed: true, reason: ReasonGranted, rule: "GDPR", regime: jurisdiction.GDPR},
		{name: "an unknown age can be treated as a minor by option", policy: MustPolicy(ClootrackCatalog(), &PolicyOptions{AssumeMinorWhenAgeUnknown: true}),
			facts: Facts{Place: place("DE")}, events: self, purpose: PurposeAnalytics, reason: ReasonMinor, rule: "age unknown"},
		{name: "a known minor in an unknown place fails closed", policy: rc, facts: Facts{Age: AgeOf(16)},
			events: guardian, purpose: "analytics", reason: ReasonMinor, rule: "fail closed"},
		{name: "no age in the tables (Texas): under 18 is a minor (fail closed)", policy: rc,
			facts: Facts{Place: place("US-TX"), Age: AgeOf(15)}, events: self, purpose: "analytics",
			reason: ReasonMinor, rule: "under 18 treated as a minor"},
		{name: "no age in the tables (Texas): a guardian may consent", policy: rc,
			facts: Facts{Place: place("US-TX"), Age: AgeOf(15)}, events: guardian, purpose: "analytics",
			allowed: true, reason: ReasonGuardianGranted, rule: "fail closed"},
		{name: "no age in the tables (Texas): at 18 the subject consents alone", policy: rc,
			facts: Facts{Place: place("US-TX"), Age: AgeOf(18)}, events: self, purpose: "analytics",
			allowed: true, reason: ReasonGranted, rule: "lawful basis: consent"},
	})
}

func TestAllowedNilStateDenies(t *testing.T) {
	t.Parallel()
	var st *State
	d := st.Allowed(PurposeEssentialEmail, sept2025)
	assert.False(t, d.Allowed)
	assert.Equal(t, ReasonNoState, d.Reason)
	assert.Nil(t, st.Decisions(sept2025))
	assert.True(t, st.Subject().IsZero())
}

func TestDecisionString(t *testing.T) {
	t.Parallel()
	st, err := Clootrack().State(MustSubject("s-1"), Facts{Place: place("US-CA")}, nil, sept2025)
	require.NoError(t, err)
	s := st.Allowed(PurposeSale, sept2025).String()
	assert.Equal(t, "sale: denied, prohibited (§3.3, §13.1, §15.2; overrides US-CA-CCPA)", s)
	assert.False(t, strings.Contains(s, "s-1"))
}

func TestStateRejectsOtherSubjectsEvents(t *testing.T) {
	t.Parallel()
	_, err := Clootrack().State(MustSubject("a"), Facts{}, []Event{grantEvent("b", t0, MechanismAPI, PurposeAnalytics)}, t0)
	require.ErrorIs(t, err, ErrSubjectMismatch)
}

// A decision that rests on a lawful basis other than consent cites the
// article of the statute that applies in the place (GDPR Art. 6(1), UK GDPR
// Art. 6(1)); where neither applies, it cites the policy clause alone rather
// than a regulation that does not govern the processing.
func TestAllowedBasisCitationFollowsRegime(t *testing.T) {
	t.Parallel()
	cl := Clootrack()
	for _, tc := range []struct {
		place string
		want  string
	}{
		{"DE", "GDPR Art. 6(1)(b); §3.2, §6.3"},
		{"ES-CN", "GDPR Art. 6(1)(b); §3.2, §6.3"},
		{"GB", "UK GDPR Art. 6(1)(b); §3.2, §6.3"},
		{"US-CA", "§3.2, §6.3"},
		{"IN", "§3.2, §6.3"},
		{"", "§3.2, §6.3"}, // unknown place
	} {
		t.Run(tc.place, func(t *testing.T) {
			var f Facts
			if tc.place != "" {
				f.Place = place(tc.place)
			}
			st, err := cl.State(MustSubject("s-1"), f, nil, dec2025)
			require.NoError(t, err)
			d := st.Allowed(PurposeEssentialEmail, dec2025)
			assert.True(t, d.Allowed)
			assert.Equal(t, ReasonEssential, d.Reason)
			assert.Equal(t, tc.want, d.Rule)
		})
	}
}

// GDPR Art. 7(3) and Art. 21(1) (and the UK GDPR's) are cited for a
// withdrawal or an objection only where they govern the processing;
// elsewhere the decision cites the policy's promise (§6.4) or the purpose's
// own clause, like TestAllowedBasisCitationFollowsRegime.
func TestWithdrawalAndObjectionCitationFollowsRegime(t *testing.T) {
	t.Parallel()
	cl, rc := Clootrack(), MustPolicy(regimeCatalog(), nil)
	before := dec2025.Add(-time.Hour)
	withdraw := []Event{{ID: testID(before), Kind: KindWithdraw, Subject: MustSubject("s-1"), Purposes: []PurposeID{PurposeAnalytics},
		Mechanism: MechanismEmailUnsubscribe, At: before}}
	object := []Event{{ID: testID(before), Kind: KindDeny, Subject: MustSubject("s-1"), Purposes: []PurposeID{"insights"},
		Mechanism: MechanismAPI, At: before}}
	for _, tc := range []struct {
		place              string
		withdrawn, objects string
	}{
		{"DE", "GDPR Art. 7(3); policy §6.4", "GDPR Art. 21(1)"},
		{"GB", "UK GDPR Art. 7(3); policy §6.4", "UK GDPR Art. 21(1)"},
		{"US-CA", "policy §6.4", "§4"},
		{"IN", "policy §6.4", "§4"},
	} {
		t.Run(tc.place, func(t *testing.T) {
			f := Facts{Place: place(tc.place)}
			st, err := cl.State(MustSubject("s-1"), f, withdraw, dec2025)
			require.NoError(t, err)
			d := st.Allowed(PurposeAnalytics, dec2025)
			assert.Equal(t, ReasonWithdrawn, d.Reason)
			assert.Equal(t, tc.withdrawn, d.Rule, "§6.4 withdrawal")
			st, err = rc.State(MustSubject("s-1"), f, object, dec2025)
			require.NoError(t, err)
			d = st.Allowed("insights", dec2025)
			assert.Equal(t, ReasonRefused, d.Reason)
			assert.Equal(t, tc.objects, d.Rule, "objection to legitimate interest")
		})
	}
}
