package consent

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// GDPR Art. 7(1), law.md §18: a receipt proves what was agreed, when, and to
// which notice, and cannot be edited without detection.
func TestReceipt(t *testing.T) {
	t.Parallel()
	l, now := newTestLedger(t, Clootrack())
	ctx := context.Background()
	s := MustSubject("s-1")
	g, err := l.Grant(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeAnalytics}, Mechanism: MechanismBannerAccept, Place: place("DE")})
	require.NoError(t, err)
	*now = now.Add(time.Hour)
	w, err := l.Withdraw(ctx, Choice{Subject: s, Purposes: []PurposeID{PurposeAnalytics}, Mechanism: MechanismAPI, Place: place("DE")})
	require.NoError(t, err)

	r, err := l.Receipt(ctx, s, Facts{Place: place("DE")})
	require.NoError(t, err)
	require.NoError(t, r.Verify())
	assert.Equal(t, "s-1", r.PIIPrincipalID)
	assert.Equal(t, w.ID.String(), r.ConsentReceiptID)
	assert.Equal(t, "DE", r.Jurisdiction)
	assert.Equal(t, "api", r.CollectionMethod)
	assert.Equal(t, ClootrackNoticeSHA256, r.Notice.SHA256.String())
	require.Len(t, r.Events, 2)
	assert.Equal(t, g.Hash, r.Events[0].Hash)

	b, err := json.Marshal(r)
	require.NoError(t, err)
	for _, field := range []string{`"piiPrincipalId"`, `"consentReceiptID"`, `"piiControllers"`, `"consentTimestamp"`, `"collectionMethod"`, `"services"`, `"policyUrl"`} {
		if field == `"policyUrl"` {
			continue // omitted when the notice has no URL
		}
		assert.Contains(t, string(b), field)
	}
	var back Receipt
	require.NoError(t, json.Unmarshal(b, &back))
	require.NoError(t, back.Verify(), "a receipt survives JSON")

	var analytics ReceiptPurpose
	for _, p := range back.Services[0].Purposes {
		if p.PurposeID == PurposeAnalytics {
			analytics = p
		}
	}
	assert.Equal(t, "denied", analytics.Status)
	assert.Equal(t, "withdrawn", analytics.Reason)
	assert.Equal(t, w.ID, analytics.Event)

	edited := back
	edited.Events = append([]ReceiptEvent(nil), back.Events...)
	edited.Events[1].Kind = "grant"
	require.ErrorIs(t, edited.Verify(), ErrChainBroken, "turning the withdrawal into a grant is detected")
	edited.Events[1] = back.Events[1]
	edited.Events[0].At = edited.Events[0].At.Add(time.Second)
	require.ErrorIs(t, edited.Verify(), ErrChainBroken, "moving the grant in time is detected")
}

// TestReceiptTerminationCitesTheGoverningLaw: a receipt tells the subject how
// a purpose on a basis other than consent ends. It cites the right to object
// of the statute that governs the processing (GDPR Art. 21(1), or the UK
// GDPR's), and elsewhere the purpose's own clause, never a regulation that
// does not apply.
func TestReceiptTerminationCitesTheGoverningLaw(t *testing.T) {
	t.Parallel()
	p := MustPolicy(regimeCatalog(), nil)
	at := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ place, want string }{
		{"DE", "object at any time (GDPR Art. 21(1))"},
		{"GB", "object at any time (UK GDPR Art. 21(1))"},
		{"US-CA", "object at any time (§4)"},
		{"IN", "object at any time (§4)"},
	} {
		r, err := p.Receipt(MustSubject("s-1"), Facts{Place: place(tt.place)}, nil, at)
		require.NoError(t, err, tt.place)
		var got string
		for _, rp := range r.Services[0].Purposes {
			if rp.PurposeID == "insights" { // legitimate interest, not essential
				got = rp.Termination
			}
		}
		assert.Equal(t, tt.want, got, tt.place)
	}
}
