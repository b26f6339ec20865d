package consenttest

import (
	"context"
	"fmt"
	"time"

	"github.com/clootrack/privacy/consent"
	"github.com/clootrack/privacy/jurisdiction"
)

// Epoch returns the instant fixtures start from: 2025-09-01 12:00 UTC, after the
// Clootrack policy's revision of 2025-08-04.
func Epoch() time.Time { return time.Date(2025, time.September, 1, 12, 0, 0, 0, time.UTC) }

// Notices returns a notice history of three versions: v1 (the first text,
// 2025-01-01), v2 (a minor revision, 2025-06-01) and v3 (a material
// revision, 2026-01-01, which needs fresh consent once in force).
func Notices() []consent.Notice {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	return []consent.Notice{
		{ID: "notice", Version: 1, Revised: day(2025, time.January, 1), Hash: consent.HashText([]byte("notice v1")), Material: true, Language: "en"},
		{ID: "notice", Version: 2, Revised: day(2025, time.June, 1), Hash: consent.HashText([]byte("notice v2")), Language: "en"},
		{ID: "notice", Version: 3, Revised: day(2026, time.January, 1), Hash: consent.HashText([]byte("notice v3")), Material: true, Language: "en"},
	}
}

// Catalog returns a small catalog that follows each regime's own defaults
// (no policy-wide opt-in, no age floor), with the [Notices] history:
// "service" (essential, contract), "ads" (consent; targeted advertising,
// sharing, cross-site tracking), "analytics" (consent), "insights"
// (legitimate interest, optional) and "ai" (consent; model training,
// prohibited on connector data).
func Catalog() consent.Catalog {
	return consent.Catalog{
		Controller: consent.Controller{Name: "Example Ltd", Address: "1 Example Street", Contact: "privacy@example.com"},
		Purposes: []consent.Purpose{
			{ID: "service", Name: "Service", Description: "Run the service you signed up for.",
				Basis: consent.BasisContract, Essential: true, Categories: []consent.Category{"identity", "contact"}, Clause: "§1"},
			{ID: "ads", Name: "Targeted ads", Description: "Show ads chosen from your activity across sites.",
				Basis:      consent.BasisConsent,
				Activities: consent.ActivityTargetedAdvertising | consent.ActivitySharing | consent.ActivityCrossSiteTracking,
				Categories: []consent.Category{"tracking"}, Clause: "§2"},
			{ID: "analytics", Name: "Analytics", Description: "Count how the service is used.",
				Basis: consent.BasisConsent, Categories: []consent.Category{"usage"}, Clause: "§3"},
			{ID: "insights", Name: "Insights", Description: "Aggregate product insights.",
				Basis: consent.BasisLegitimateInterest, Categories: []consent.Category{"usage"}, Clause: "§4"},
			{ID: "ai", Name: "Model training", Description: "Train models on your data.",
				Basis: consent.BasisConsent, Activities: consent.ActivityModelTraining, Categories: []consent.Category{"content"}, Clause: "§5"},
		},
		Prohibitions: []consent.Prohibition{{
			ID: "no-connector-training", Description: "Connector data never trains models.", Clause: "§5",
			Activities: consent.ActivityModelTraining, Sources: []consent.Source{consent.SourceConnector},
		}},
		Notices: Notices(),
	}
}

// Fixture is a ledger over an in-memory store, populated by [Populated].
type Fixture struct {
	Policy *consent.Policy
	Store  *consent.MemoryStore
	Ledger *consent.Ledger
	Clock  *Clock
	// Subjects maps the fixture's names to subjects: "alice" granted
	// analytics and marketing, "bob" refused everything optional, "carol"
	// granted marketing and then withdrew it by e-mail, "dave" (in
	// California) opted out by Global Privacy Control, "erin" (aged 16) was
	// granted analytics by a guardian.
	Subjects map[string]consent.Subject
}

// Populated returns a [Fixture] under the Clootrack policy: a ledger with
// deterministic ids (seed 1) whose clock starts at [Epoch] and moves one
// minute per event, holding the choices listed on [Fixture.Subjects]. The
// clock is left one minute after the last event.
func Populated() (*Fixture, error) {
	p := consent.Clootrack()
	f := &Fixture{
		Policy:   p,
		Store:    consent.NewMemoryStore(),
		Clock:    NewClock(Epoch()),
		Subjects: make(map[string]consent.Subject),
	}
	l, err := consent.NewLedger(p, f.Store, &consent.LedgerOptions{Now: f.Clock.Now, Entropy: Entropy(1)})
	if err != nil {
		return nil, err
	}
	f.Ledger = l
	for _, name := range []string{"alice", "bob", "carol", "dave", "erin"} {
		f.Subjects[name] = consent.MustSubject(name)
	}
	de, ca := jurisdiction.MustParsePlace("DE"), jurisdiction.MustParsePlace("US-CA")
	ctx := context.Background()
	steps := []func() error{
		func() error {
			_, err := l.Grant(ctx, consent.Choice{Subject: f.Subjects["alice"], Place: de, Mechanism: consent.MechanismBannerSave,
				Purposes: []consent.PurposeID{consent.PurposeAnalytics, consent.PurposeMarketingEmail}})
			return err
		},
		func() error {
			_, err := l.Deny(ctx, consent.Choice{Subject: f.Subjects["bob"], Place: de, Mechanism: consent.MechanismBannerReject,
				Purposes: p.Optional()})
			return err
		},
		func() error {
			_, err := l.Grant(ctx, consent.Choice{Subject: f.Subjects["carol"], Place: de, Mechanism: consent.MechanismBannerSave,
				Purposes: []consent.PurposeID{consent.PurposeMarketingEmail}})
			return err
		},
		func() error {
			_, err := l.Withdraw(ctx, consent.Choice{Subject: f.Subjects["carol"], Place: de, Mechanism: consent.MechanismEmailUnsubscribe,
				Purposes: []consent.PurposeID{consent.PurposeMarketingEmail}})
			return err
		},
		func() error {
			_, ok, err := l.HonourSignals(ctx, f.Subjects["dave"], consent.Facts{Place: ca, Signals: consent.Signals{GPC: true}}, consent.Evidence{})
			if err == nil && !ok {
				err = fmt.Errorf("consenttest: GPC opt-out for dave was not recorded")
			}
			return err
		},
		func() error {
			_, err := l.Grant(ctx, consent.Choice{Subject: f.Subjects["erin"], Place: de, Mechanism: consent.MechanismGuardian,
				Purposes: []consent.PurposeID{consent.PurposeAnalytics}})
			return err
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
		f.Clock.Advance(time.Minute)
	}
	return f, nil
}
