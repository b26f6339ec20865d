package jurisdiction

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckTransfer(t *testing.T) {
	t.Parallel()
	none := Safeguards{}
	sccs := Safeguards{SCCs: true}
	bcrs := Safeguards{BCRs: true}
	dpf := Safeguards{DPF: true}
	dpfUK := Safeguards{DPF: true, DPFUKExtension: true}
	private := Safeguards{PrivateSector: true}
	tests := []struct {
		from, to string
		at       time.Time
		s        Safeguards
		allowed  bool
		basis    TransferBasis
		cite     string // a fragment the verdict's citation must contain
	}{
		// Within the EEA: free flow (GDPR Art. 1(3)).
		{"DE", "FR", onDate(2026, 1, 1), none, true, BasisFreeFlow, "Art. 1(3)"},
		{"DE", "ES-CN", onDate(2026, 1, 1), none, true, BasisFreeFlow, "Art. 1(3)"},
		{"IE", "AX", onDate(2026, 1, 1), none, true, BasisFreeFlow, "Art. 1(3)"},
		{"FR", "NO", onDate(2026, 1, 1), none, true, BasisFreeFlow, "Decision No 154/2018"},
		{"DE", "GB", onDate(2020, 6, 1), none, true, BasisFreeFlow, "Withdrawal Agreement Art. 127"},
		// Out of the EEA to an overseas territory of a member state: Chapter V.
		{"DE", "FR-NC", onDate(2026, 1, 1), none, false, BasisNone, "Art. 44"},
		{"DE", "FR-NC", onDate(2026, 1, 1), sccs, true, BasisSCCs, "Art. 46(2)(c)"},
		// EU → UK, through Brexit.
		{"DE", "GB", onDate(2021, 3, 1), none, true, BasisInterim, "FINPROV.10A"},
		{"DE", "GB", onDate(2021, 6, 28), none, true, BasisAdequacy, "(EU) 2021/1772"},
		{"DE", "GB-SCT", onDate(2025, 12, 27), none, true, BasisAdequacy, "Art. 45(1)"},
		{"DE", "GB", onDate(2025, 12, 28), none, true, BasisAdequacy, "19 December 2025"},
		{"DE", "GB", onDate(2031, 12, 27), none, true, BasisAdequacy, "19 December 2025"},
		{"DE", "GB", onDate(2031, 12, 28), none, false, BasisNone, "Art. 44"},
		{"DE", "GB", onDate(2031, 12, 28), sccs, true, BasisSCCs, "2021/914"},
		// Brazil from 2026-01-27 (law.md §9).
		{"DE", "BR", onDate(2026, 1, 26), none, false, BasisNone, "Art. 44"},
		{"DE", "BR", onDate(2026, 1, 27), none, true, BasisAdequacy, "27 January 2026"},
		// The US: only certified recipients (Decision (EU) 2023/1795).
		{"DE", "US", onDate(2026, 1, 1), none, false, BasisNone, "Art. 44"},
		{"DE", "US", onDate(2026, 1, 1), dpf, true, BasisAdequacy, "(EU) 2023/1795"},
		{"DE", "US-CA", onDate(2026, 1, 1), dpf, true, BasisAdequacy, "(EU) 2023/1795"},
		{"DE", "US", onDate(2023, 7, 9), dpf, false, BasisNone, "Art. 44"},
		{"DE", "US", onDate(2023, 7, 10), dpf, true, BasisAdequacy, "(EU) 2023/1795"},
		{"DE", "US", onDate(2019, 1, 1), dpf, true, BasisAdequacy, "(EU) 2016/1250"},
		{"DE", "US", onDate(2020, 7, 16), dpf, false, BasisNone, "Art. 44"}, // C-311/18 Schrems II
		{"DE", "US", onDate(2026, 1, 1), sccs, true, BasisSCCs, "Art. 46(2)(c)"},
		{"DE", "US", onDate(2026, 1, 1), bcrs, true, BasisBCRs, "Art. 46(2)(b)"},
		// Canada: commercial organisations only; Japan: private sector only.
		{"DE", "CA", onDate(2026, 1, 1), none, false, BasisNone, "Art. 44"},
		{"DE", "CA-ON", onDate(2026, 1, 1), private, true, BasisAdequacy, "2002/2/EC"},
		{"DE", "JP", onDate(2026, 1, 1), none, false, BasisNone, "Art. 44"},
		{"DE", "JP", onDate(2026, 1, 1), private, true, BasisAdequacy, "(EU) 2019/419"},
		// Whole-country decisions.
		{"NL", "CH", onDate(2026, 1, 1), none, true, BasisAdequacy, "2000/518/EC"},
		{"NL", "FO", onDate(2026, 1, 1), none, true, BasisAdequacy, "2010/146/EU"},
		{"NL", "JE", onDate(2026, 1, 1), none, true, BasisAdequacy, "2008/393/EC"},
		{"NL", "KR", onDate(2026, 1, 1), none, true, BasisAdequacy, "(EU) 2022/254"},
		{"NL", "IN", onDate(2026, 1, 1), none, false, BasisNone, "Art. 44"},
		{"NL", "IN", onDate(2026, 1, 1), sccs, true, BasisSCCs, "Art. 46(2)(c)"},
		// Out of the UK: the UK's own adequacy regulations.
		{"GB", "GB-NIR", onDate(2026, 1, 1), none, true, BasisFreeFlow, "UK GDPR"},
		{"GB", "DE", onDate(2026, 1, 1), none, true, BasisAdequacy, "Sch. 21 para. 4"},
		{"GB", "GI", onDate(2026, 1, 1), none, true, BasisAdequacy, "Gibraltar"},
		{"GB", "CH", onDate(2026, 1, 1), none, true, BasisAdequacy, "Sch. 21 para. 5"},
		{"GB", "KR", onDate(2026, 1, 1), none, true, BasisAdequacy, "Republic of Korea"},
		{"GB", "US", onDate(2026, 1, 1), dpf, false, BasisNone, "UK GDPR Art. 44"},
		{"GB", "US", onDate(2023, 10, 11), dpfUK, false, BasisNone, "UK GDPR Art. 44"},
		{"GB", "US", onDate(2023, 10, 12), dpfUK, true, BasisAdequacy, "United States of America"},
		{"GB", "US", onDate(2026, 1, 1), sccs, true, BasisSCCs, "IDTA"},
		{"GB", "IN", onDate(2026, 1, 1), bcrs, true, BasisBCRs, "UK GDPR Art. 46(2)(b)"},
		{"GB", "BR", onDate(2026, 6, 1), none, false, BasisNone, "UK GDPR Art. 44"},
		{"GB", "CA", onDate(2026, 1, 1), private, true, BasisAdequacy, "Sch. 21 para. 5"},
		// Before 2021 the UK exported under the EU GDPR.
		{"GB", "US", onDate(2019, 1, 1), dpf, true, BasisAdequacy, "(EU) 2016/1250"},
		// Origins whose transfer rules are not modelled: fail closed.
		{"US-CA", "US-TX", onDate(2026, 1, 1), none, true, BasisDomestic, ""},
		{"IN", "IN-KA", onDate(2026, 1, 1), none, true, BasisDomestic, ""},
		{"US", "IN", onDate(2026, 1, 1), sccs, false, BasisNone, "policy §7.1"},
		{"CH", "DE", onDate(2026, 1, 1), none, false, BasisNone, "policy §7.1"},
	}
	for _, tc := range tests {
		name := tc.from + "→" + tc.to + "/" + tc.at.Format(time.DateOnly) + "/" + tc.basis.String()
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			v := CheckTransfer(MustParsePlace(tc.from), MustParsePlace(tc.to), tc.at, tc.s)
			require.NoError(t, v.Err)
			assert.Equal(t, tc.allowed, v.Allowed, v.Reason)
			assert.Equal(t, tc.basis, v.Basis, v.Reason)
			assert.Contains(t, v.Citation, tc.cite)
			assert.NotEmpty(t, v.Reason)
			if v.Basis == BasisAdequacy && v.Adequacy.Scope != ScopeUnknown {
				assert.True(t, v.Adequacy.Effective.Contains(DateOf(tc.at)))
			}
		})
	}
}

// TestGoogleAnalyticsTransfer encodes policy §9.2: IP addresses collected by
// Google Analytics may be sent to Google's servers in the United States. From
// the EEA and the UK that is lawful only with DPF certification (UK: with the
// UK Extension) or standard contractual clauses (policy §7.1).
func TestGoogleAnalyticsTransfer(t *testing.T) {
	t.Parallel()
	us := MustParsePlace("US")
	now := onDate(2026, 11, 30)
	for _, origin := range []string{"DE", "IE", "FR", "GB"} {
		from := MustParsePlace(origin)
		bare := CheckTransfer(from, us, now, Safeguards{})
		assert.False(t, bare.Allowed, "policy §9.2 from %s without safeguards", origin)

		certified := Safeguards{DPF: true, DPFUKExtension: origin == "GB"}
		v := CheckTransfer(from, us, now, certified)
		assert.True(t, v.Allowed, "policy §9.2 from %s with DPF certification: %s", origin, v.Reason)
		assert.Equal(t, BasisAdequacy, v.Basis)
		assert.Equal(t, ScopeCertified, v.Adequacy.Scope)

		contracts := CheckTransfer(from, us, now, Safeguards{SCCs: true})
		assert.True(t, contracts.Allowed, "policy §9.2 from %s with SCCs", origin)
		assert.Equal(t, BasisSCCs, contracts.Basis)
		assert.Contains(t, contracts.Citation, "policy §7.1(ii)")
	}
	v := CheckTransfer(MustParsePlace("GB"), us, now, Safeguards{DPF: true})
	assert.False(t, v.Allowed, "the UK–US data bridge needs the UK Extension")
}

func TestCheckTransferBadInput(t *testing.T) {
	t.Parallel()
	de, us := MustParsePlace("DE"), MustParsePlace("US")
	tests := []struct {
		from, to Place
		at       time.Time
		err      error
	}{
		{Place{}, us, onDate(2026, 1, 1), ErrUnknownPlace},
		{de, Place{}, onDate(2026, 1, 1), ErrUnknownPlace},
		{de, us, time.Time{}, ErrZeroTime},
		{de, us, onDate(2017, 1, 1), ErrBeforeCoverage},
	}
	for _, tc := range tests {
		v := CheckTransfer(tc.from, tc.to, tc.at, Safeguards{SCCs: true, DPF: true})
		assert.False(t, v.Allowed)
		assert.Equal(t, BasisNone, v.Basis)
		assert.ErrorIs(t, v.Err, tc.err)
		assert.NotEmpty(t, v.Reason)
	}
	var zero TransferVerdict
	assert.False(t, zero.Allowed, "the zero verdict refuses")
	assert.Equal(t, "none", zero.Basis.String())
}

func TestTransferBasisStrings(t *testing.T) {
	t.Parallel()
	want := map[TransferBasis]string{
		BasisNone: "none", BasisDomestic: "domestic", BasisFreeFlow: "free flow", BasisInterim: "interim bridge",
		BasisAdequacy: "adequacy", BasisBCRs: "binding corporate rules", BasisSCCs: "standard contractual clauses",
	}
	for b, s := range want {
		assert.Equal(t, s, b.String())
	}
	scopes := map[Scope]string{ScopeUnknown: "unknown", ScopeWhole: "whole country", ScopeCommercial: "commercial organisations",
		ScopePrivateSector: "private sector", ScopeCertified: "certified organisations"}
	for s, str := range scopes {
		assert.Equal(t, str, s.String())
	}
}

// TestAdequacyValidity is the golden validity of the decisions law.md §9
// dates: the UK renewal of 2025-12-19 to 2031-12-27 and Brazil from
// 2026-01-27.
func TestAdequacyValidity(t *testing.T) {
	t.Parallel()
	var ukRows, brRows []Adequacy
	for _, a := range AdequacyDecisions() {
		assert.NoError(t, validateAdequacy(a), "%s %s", a.Exporter, a.Country)
		if a.Exporter != GDPR {
			continue
		}
		switch a.Country.String() {
		case "GB":
			ukRows = append(ukRows, a)
		case "BR":
			brRows = append(brRows, a)
		}
	}
	require.Len(t, ukRows, 2)
	assert.Equal(t, "2021-06-28..2025-12-27", ukRows[0].Effective.String())
	assert.Equal(t, "2025-12-19..2031-12-27", ukRows[1].Effective.String())
	require.Len(t, brRows, 1)
	assert.Equal(t, "2026-01-27..", brRows[0].Effective.String())
}

func TestCheckTransferConcurrent(t *testing.T) {
	t.Parallel()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			for j := 0; j < 200; j++ {
				v := CheckTransfer(MustParsePlace("DE"), MustParsePlace("US"), onDate(2026, 1, 1), Safeguards{DPF: true})
				if !v.Allowed {
					t.Error("DPF transfer refused under concurrency")
					return
				}
			}
		})
	}
	wg.Wait()
}
