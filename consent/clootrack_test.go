package consent

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sharedDir finds ../shared beside the module root, or skips.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("%s is absent: the policy text lives beside the project", shared)
	}
	return shared
}

// §19.1: the notice digest is the SHA-256 of the exact policy text.
func TestClootrackNoticeHashMatchesPolicyText(t *testing.T) {
	t.Parallel()
	text, err := os.ReadFile(filepath.Join(sharedDir(t), "policy", "privacy-policy.txt"))
	require.NoError(t, err)
	assert.Equal(t, ClootrackNoticeSHA256, HashText(text).String())
	assert.Contains(t, string(text), "As updated on: August 04, 2025", "the revision date the notice records")
	n, ok := Clootrack().Notice(sept2025)
	require.True(t, ok)
	assert.Equal(t, "2025-08-04", n.Revised.Format("2006-01-02"))
}

func TestClootrackCatalog(t *testing.T) {
	t.Parallel()
	p := Clootrack()
	c := p.Catalog()
	// Every purpose cites the policy clauses issue 5 names (§3.1, §3.2,
	// §3.6, §3.8, §3.11, §3.13, §5.4, §6.3) or its prohibitions.
	var clauses []string
	for _, pu := range c.Purposes {
		clauses = append(clauses, pu.Clause)
		assert.NotEmpty(t, pu.Name)
		assert.NotEmpty(t, pu.Description)
	}
	all := strings.Join(clauses, " ")
	for _, want := range []string{"§3.1", "§3.2", "§3.6", "§3.8", "§3.11", "§3.13", "§5.4", "§6.3", "§3.3", "§20.1", "§23"} {
		assert.Contains(t, all, want)
	}
	// §6.3: service, security, billing and legal e-mails are essential; marketing is not.
	ee, _ := p.Purpose(PurposeEssentialEmail)
	assert.True(t, ee.Essential)
	assert.Contains(t, ee.Description, "billing")
	me, _ := p.Purpose(PurposeMarketingEmail)
	assert.False(t, me.Essential)
	assert.Equal(t, BasisConsent, me.Basis)
	// The banner offers only optional, non-prohibited purposes.
	opt := p.Optional()
	assert.Contains(t, opt, PurposeMarketingEmail)
	assert.Contains(t, opt, PurposeModelTraining, "§23 limits the source, not the purpose")
	for _, id := range []PurposeID{PurposeSale, PurposeAutomatedDecisions, PurposeEnrichment, PurposeService, PurposeEssentialEmail} {
		assert.NotContains(t, opt, id)
	}
	// §3.3, §13.1, §15.2; §20.1 (enrichment of §3.1 is profiling); §23.
	for id, clause := range map[PurposeID]string{
		PurposeSale: "§3.3, §13.1, §15.2", PurposeAutomatedDecisions: "§20.1", PurposeEnrichment: "§20.1",
	} {
		pr, ok := p.Prohibited(id, SourceDirect)
		require.True(t, ok, id)
		assert.Equal(t, clause, pr.Clause)
	}
	pr, ok := p.Prohibited(PurposeModelTraining, SourceConnector)
	require.True(t, ok)
	assert.Equal(t, "§23", pr.Clause)
	_, ok = p.Prohibited(PurposeModelTraining, SourceDirect)
	assert.False(t, ok)
	assert.Equal(t, 18, c.MinimumAge.Age, "§12.1")
	assert.True(t, c.OptInEverywhere, "§2.8, §4.3")
	assert.Contains(t, c.OptInClause, "§4.3", "§4.3: use only within the scope of consent")
	// §6.2, §9.1: Google Analytics observes this Platform only; DNT (across
	// websites) leaves it alone but switches off remarketing.
	an, _ := p.Purpose(PurposeAnalytics)
	assert.False(t, an.Activities.Has(ActivityCrossSiteTracking))
	ads, _ := p.Purpose(PurposeTargetedAds)
	assert.True(t, ads.Activities.Has(ActivityCrossSiteTracking))

	// The catalog is a copy.
	c.Purposes[0].Name = "changed"
	again, _ := p.Purpose(c.Purposes[0].ID)
	assert.NotEqual(t, "changed", again.Name)
}

func TestNewPolicyValidation(t *testing.T) {
	t.Parallel()
	edit := func(f func(c *Catalog)) Catalog {
		c := regimeCatalog()
		f(&c)
		return c
	}
	tests := []struct {
		name string
		c    Catalog
		want error
	}{
		{"no purposes", edit(func(c *Catalog) { c.Purposes = nil }), ErrInvalidPurpose},
		{"duplicate id", edit(func(c *Catalog) { c.Purposes = append(c.Purposes, c.Purposes[1]) }), ErrInvalidPurpose},
		{"malformed id", edit(func(c *Catalog) { c.Purposes[1].ID = "Ads!" }), ErrInvalidPurpose},
		{"no basis", edit(func(c *Catalog) { c.Purposes[1].Basis = 0 }), ErrInvalidPurpose},
		{"no clause", edit(func(c *Catalog) { c.Purposes[1].Clause = "" }), ErrInvalidPurpose},
		{"no description", edit(func(c *Catalog) { c.Purposes[1].Description = " " }), ErrInvalidPurpose},
		{"essential on consent", edit(func(c *Catalog) { c.Purposes[1].Essential = true }), ErrInvalidPurpose},
		{"essential but prohibited", edit(func(c *Catalog) {
			c.Prohibitions = []Prohibition{{ID: "x", Clause: "§9", Purposes: []PurposeID{"service"}}}
		}), ErrInvalidPurpose},
		{"prohibition without clause", edit(func(c *Catalog) {
			c.Prohibitions = []Prohibition{{ID: "x", Activities: ActivitySale}}
		}), ErrInvalidPurpose},
		{"prohibition of an unknown purpose", edit(func(c *Catalog) {
			c.Prohibitions = []Prohibition{{ID: "x", Clause: "§9", Purposes: []PurposeID{"ghost"}}}
		}), ErrUnknownPurpose},
		{"opt-in everywhere without clause", edit(func(c *Catalog) { c.OptInEverywhere = true }), ErrInvalidPurpose},
		{"no notice", edit(func(c *Catalog) { c.Notices = nil }), ErrInvalidNotice},
		{"notice without digest", edit(func(c *Catalog) { c.Notices[0].Hash = Digest{} }), ErrInvalidNotice},
		{"§19.1 notice without revision date", edit(func(c *Catalog) { c.Notices[0].Revised = zeroTime() }), ErrInvalidNotice},
		{"notice versions out of order", edit(func(c *Catalog) {
			n := c.Notices[0]
			n.Version = 0
			c.Notices = append(c.Notices, n)
		}), ErrInvalidNotice},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := NewPolicy(tt.c, nil)
			require.ErrorIs(t, err, tt.want)
		})
	}
	_, err := NewPolicy(regimeCatalog(), nil)
	require.NoError(t, err)
	assert.Panics(t, func() { MustPolicy(Catalog{}, nil) })
}

func TestAddMonthsClampsToMonthEnd(t *testing.T) {
	t.Parallel()
	jan31 := mustDate("2025-01-31")
	assert.Equal(t, mustDate("2025-02-28"), addMonths(jan31, 1))
	assert.Equal(t, mustDate("2024-02-29"), addMonths(mustDate("2023-01-31"), 13))
	assert.Equal(t, mustDate("2026-02-28"), addMonths(jan31, 13))
	assert.Equal(t, mustDate("2025-03-15"), addMonths(mustDate("2024-09-15"), 6))
}
