package jurisdiction

import "time"

// Scope is the part of a country's recipients an adequacy decision covers.
// Adequacy is per recipient scope, not per country (law.md §9).
//
// The zero value is [ScopeUnknown], which covers no recipient. A Scope is a
// plain value, safe for concurrent use.
type Scope uint8

const (
	// ScopeUnknown covers nothing; [New] rejects it in [Options].
	ScopeUnknown Scope = iota
	// ScopeWhole covers every recipient in the country.
	ScopeWhole
	// ScopeCommercial covers commercial organisations subject to the
	// country's private-sector law (Canada: organisations subject to PIPEDA).
	ScopeCommercial
	// ScopePrivateSector covers private-sector business operators under the
	// country's law and supplementary rules (Japan: APPI).
	ScopePrivateSector
	// ScopeCertified covers only organisations certified under a framework
	// (United States: the EU–US Data Privacy Framework, or for the UK its UK
	// Extension; earlier the Privacy Shield).
	ScopeCertified
)

// String returns a short description of the scope.
func (s Scope) String() string {
	switch s {
	case ScopeWhole:
		return "whole country"
	case ScopeCommercial:
		return "commercial organisations"
	case ScopePrivateSector:
		return "private sector"
	case ScopeCertified:
		return "certified organisations"
	}
	return "unknown"
}

// Adequacy is a finding that a country (or part of its recipients) protects
// personal data adequately, so that data may go there without further
// safeguards: a European Commission decision under GDPR Art. 45 (Exporter
// [GDPR]) or UK adequacy regulations under Data Protection Act 2018 s.17A and
// Sch. 21 (Exporter [UKGDPR]).
//
// An Adequacy is a plain value: the package hands out copies, which are safe
// to use concurrently and to change.
type Adequacy struct {
	Exporter  RegimeID // GDPR or UKGDPR: whose finding this is
	Country   Place    // the recipient country (an ISO 3166-1 country)
	Scope     Scope
	Effective Validity // from adoption (or entry into force) to expiry; zero To = no expiry
	Decision  string   // the decision or regulations, with date
	Verify    bool     // a date or reference still needs checking (law.md §9, §20)
	Note      string
}

// covers reports whether the finding extends to a recipient with safeguards s.
func (a Adequacy) covers(s Safeguards) bool {
	switch a.Scope {
	case ScopeWhole:
		return true
	case ScopeCommercial, ScopePrivateSector:
		return s.PrivateSector
	case ScopeCertified:
		if a.Exporter == UKGDPR {
			return s.DPF && s.DPFUKExtension
		}
		return s.DPF
	}
	return false
}

// AdequacyDecisions returns the built-in adequacy findings, EU then UK, in a
// stable order, as a fresh slice: a starting point for [Options.Adequacy].
func AdequacyDecisions() []Adequacy { return builtin.AdequacyDecisions() }

// AdequacyDecisions returns the dataset's adequacy findings as a fresh slice.
func (ds *Dataset) AdequacyDecisions() []Adequacy {
	ds = ds.tables()
	return append([]Adequacy(nil), ds.adequacy...)
}

// adequacyFor returns the finding of exporter that covers a transfer to
// country on d for a recipient with safeguards s. When several rows match
// (a renewal overlapping its predecessor) the one that started last wins.
func (ds *Dataset) adequacyFor(exporter RegimeID, country Place, d Date, s Safeguards) (Adequacy, bool) {
	var best Adequacy
	found := false
	for _, a := range ds.adequacy {
		if a.Exporter != exporter || a.Country != country || !a.Effective.Contains(d) || !a.covers(s) {
			continue
		}
		if !found || a.Effective.From.After(best.Effective.From) {
			best, found = a, true
		}
	}
	return best, found
}

// builtinAdequacy returns the adequacy tables (law.md §9 and the UK's own
// regulations).
func builtinAdequacy() []Adequacy {
	eu := func(country string, scope Scope, v Validity, decision string) Adequacy {
		return Adequacy{Exporter: GDPR, Country: Place{code: country}, Scope: scope, Effective: v, Decision: decision}
	}
	uk := func(country string, scope Scope, v Validity, decision string) Adequacy {
		return Adequacy{Exporter: UKGDPR, Country: Place{code: country}, Scope: scope, Effective: v, Decision: decision}
	}
	const preGDPR = "; in force under GDPR Art. 45(9), reaffirmed in the Commission's first review (2024)"
	// The UK recognised, from the end of the transition period, the EU
	// decisions then in force (Data Protection Act 2018 Sch. 21 para. 5).
	// The paragraph numbers are marked Verify: law.md does not list the UK's
	// regulations.
	ukFromExit := validFrom(2021, time.January, 1)
	const ukPara5 = "Data Protection Act 2018 Sch. 21 para. 5 (EU adequacy decisions in force on 2020-12-31)"
	ukSch21 := func(country string, scope Scope, decision string) Adequacy {
		a := uk(country, scope, ukFromExit, decision)
		a.Verify = true
		return a
	}

	ukRenewed := eu("GB", ScopeWhole, validBetween(2025, time.December, 19, 2031, time.December, 27),
		"Commission Implementing Decision of 19 December 2025 renewing the UK decisions")
	ukRenewed.Verify, ukRenewed.Note = true, "Decision reference to be checked; also covers immigration data (law.md §9)."
	brazil := eu("BR", ScopeWhole, validFrom(2026, time.January, 27),
		"Commission Implementing Decision of 27 January 2026 (mutual adequacy with Brazil; review after four years)")
	brazil.Verify, brazil.Note = true, "Decision reference to be checked (law.md §9, secondary sources)."
	korea := eu("KR", ScopeWhole, validFrom(2021, time.December, 17), "Commission Implementing Decision (EU) 2022/254 of 17 December 2021")
	korea.Note = "Covers recipients subject to Korea's Personal Information Protection Act."
	privacyShield := eu("US", ScopeCertified, validBetween(2016, time.August, 1, 2020, time.July, 15),
		"Commission Implementing Decision (EU) 2016/1250 (EU–US Privacy Shield)")
	privacyShield.Note = "Invalidated by the Court of Justice in Case C-311/18 (Schrems II), 16 July 2020."
	dpf := eu("US", ScopeCertified, validFrom(2023, time.July, 10),
		"Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU–US Data Privacy Framework)")
	dpf.Note = "Upheld by the General Court on 3 September 2025 (T-553/23, Latombe); appeal C-703/25 P pending."
	ukKorea := uk("KR", ScopeWhole, validFrom(2022, time.December, 19), "The Data Protection (Adequacy) (Republic of Korea) Regulations 2022")
	ukKorea.Verify = true
	ukUS := uk("US", ScopeCertified, validFrom(2023, time.October, 12),
		"The Data Protection (Adequacy) (United States of America) Regulations 2023 (UK–US data bridge)")
	ukUS.Note = "Only organisations certified under the UK Extension to the EU–US Data Privacy Framework."

	return []Adequacy{
		eu("CH", ScopeWhole, validFrom(2000, time.July, 26), "Commission Decision 2000/518/EC of 26 July 2000"+preGDPR),
		eu("CA", ScopeCommercial, validFrom(2001, time.December, 20), "Commission Decision 2002/2/EC of 20 December 2001"+preGDPR),
		eu("AR", ScopeWhole, validFrom(2003, time.June, 30), "Commission Decision 2003/490/EC of 30 June 2003"+preGDPR),
		eu("GG", ScopeWhole, validFrom(2003, time.November, 21), "Commission Decision 2003/821/EC of 21 November 2003"+preGDPR),
		eu("IM", ScopeWhole, validFrom(2004, time.April, 28), "Commission Decision 2004/411/EC of 28 April 2004"+preGDPR),
		eu("JE", ScopeWhole, validFrom(2008, time.May, 8), "Commission Decision 2008/393/EC of 8 May 2008"+preGDPR),
		eu("FO", ScopeWhole, validFrom(2010, time.March, 5), "Commission Decision 2010/146/EU of 5 March 2010"+preGDPR),
		eu("AD", ScopeWhole, validFrom(2010, time.October, 19), "Commission Decision 2010/625/EU of 19 October 2010"+preGDPR),
		eu("IL", ScopeWhole, validFrom(2011, time.January, 31), "Commission Decision 2011/61/EU of 31 January 2011"+preGDPR),
		eu("UY", ScopeWhole, validFrom(2012, time.August, 21), "Commission Implementing Decision 2012/484/EU of 21 August 2012"+preGDPR),
		eu("NZ", ScopeWhole, validFrom(2012, time.December, 19), "Commission Implementing Decision 2013/65/EU of 19 December 2012"+preGDPR),
		eu("JP", ScopePrivateSector, validFrom(2019, time.January, 23), "Commission Implementing Decision (EU) 2019/419 of 23 January 2019"),
		eu("GB", ScopeWhole, validBetween(2021, time.June, 28, 2025, time.December, 27),
			"Commission Implementing Decision (EU) 2021/1772 of 28 June 2021, extended to 2025-12-27"),
		ukRenewed,
		korea,
		privacyShield,
		dpf,
		brazil,

		ukSch21("AD", ScopeWhole, ukPara5),
		ukSch21("AR", ScopeWhole, ukPara5),
		ukSch21("CA", ScopeCommercial, ukPara5),
		ukSch21("CH", ScopeWhole, ukPara5),
		ukSch21("FO", ScopeWhole, ukPara5),
		ukSch21("GG", ScopeWhole, ukPara5),
		ukSch21("IL", ScopeWhole, ukPara5),
		ukSch21("IM", ScopeWhole, ukPara5),
		ukSch21("JE", ScopeWhole, ukPara5),
		ukSch21("JP", ScopePrivateSector, ukPara5),
		ukSch21("NZ", ScopeWhole, ukPara5),
		ukSch21("UY", ScopeWhole, ukPara5),
		ukSch21("GI", ScopeWhole, "Data Protection Act 2018 Sch. 21 para. 4 (Gibraltar)"),
		ukKorea,
		ukUS,
	}
}
