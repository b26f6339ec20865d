package jurisdiction

import "time"

// builtinRegimes returns the regime table (law.md §3–§4, §10, §11). Dates are
// the days the laws began to apply; statute locations are the codified
// citations. Each call returns a fresh table.
func builtinRegimes() []regimeRow {
	return []regimeRow{
		{Regime: Regime{
			ID:        GDPR,
			Name:      "General Data Protection Regulation",
			Citation:  "Regulation (EU) 2016/679",
			InForce:   ymd(2016, time.May, 24),
			Effective: validFrom(2018, time.May, 25),
			Consent:   OptIn,
			Note: "Applies in the EU (TFEU Art. 355 territories), in Iceland, Liechtenstein and Norway from 2018-07-20 " +
				"(EEA Joint Committee Decision No 154/2018), and in the UK until 2020-12-31 (Withdrawal Agreement Art. 127).",
		}, covers: inGDPRTerritory},

		{Regime: Regime{
			ID:   UKGDPR,
			Name: "UK General Data Protection Regulation and Data Protection Act 2018",
			Citation: "UK GDPR (Regulation (EU) 2016/679 as retained by the European Union (Withdrawal) Act 2018 s.3); " +
				"Data Protection Act 2018; Data (Use and Access) Act 2025",
			Place:     Place{code: "GB"},
			InForce:   ymd(2021, time.January, 1),
			Effective: validFrom(2021, time.January, 1),
			Consent:   OptIn,
			Milestones: []Milestone{
				{Date: ymd(2026, time.February, 5), Event: "UK GDPR Art. 12A: the response clock runs from the latest of receipt, identity information and fee",
					Citation: "Data (Use and Access) Act 2025 s.76"},
				{Date: ymd(2026, time.June, 19), Event: "controllers must acknowledge complaints within 30 days",
					Citation: "Data Protection Act 2018 s.164A, inserted by Data (Use and Access) Act 2025 s.103"},
			},
			Note: "Before 2021-01-01 the EU GDPR applied in the UK, with the Data Protection Act 2018.",
		}, covers: inUKTerritory},

		{Regime: Regime{
			ID:        CCPA,
			Name:      "California Consumer Privacy Act, as amended by the California Privacy Rights Act",
			Citation:  "Cal. Civ. Code §1798.100 et seq.; Cal. Code Regs. tit. 11, §7000 et seq.",
			Place:     Place{code: "US-CA"},
			InForce:   ymd(2020, time.January, 1),
			Effective: validFrom(2020, time.January, 1),
			Consent:   OptOut,
			Milestones: []Milestone{
				{Date: ymd(2023, time.January, 1), Event: "CPRA amendments operative: opt-out of sharing, sensitive personal information, correction",
					Citation: "Proposition 24 (2020), the California Privacy Rights Act"},
				{Date: ymd(2026, time.January, 1), Event: "regulations on automated decision-making technology and risk assessments effective",
					Citation: "Cal. Code Regs. tit. 11 (2025 rulemaking)", Verify: true},
			},
			Signals: []SignalRule{
				{Regime: CCPA, Status: SignalRequired, Effective: validFrom(2020, time.August, 14),
					Citation: "Cal. Code Regs. tit. 11, §999.315(c) (2020), now §7025(b)-(c)", Verify: true},
			},
		}, covers: inSubdivision("US-CA")},

		{Regime: Regime{
			ID:        DPDP,
			Name:      "Digital Personal Data Protection Act 2023",
			Citation:  "Act No. 22 of 2023; Digital Personal Data Protection Rules 2025 (G.S.R. 846(E))",
			Place:     Place{code: "IN"},
			InForce:   ymd(2025, time.November, 13),
			Effective: validFrom(2025, time.November, 13),
			Consent:   OptIn,
			Milestones: []Milestone{
				{Date: ymd(2025, time.November, 13), Event: "Rules 1, 2 and 17-21 in force (Data Protection Board)",
					Citation: "DPDP Rules 2025 r.1(2)"},
				{Date: ymd(2026, time.November, 13), Event: "Rule 4 in force (Consent Managers)",
					Citation: "DPDP Rules 2025 r.1(2)", Verify: true},
				{Date: ymd(2027, time.May, 13), Event: "Rules 3, 5-16, 22 and 23 in force (notice, security, breach, erasure, children, rights)",
					Citation: "DPDP Rules 2025 r.1(2)", Verify: true},
			},
			Note: "The Act's own provisions commence in phases alongside the Rules; this table lists the regime from the " +
				"Rules' notification and treats it as opt-in throughout, the protective reading. The IT Act 2000 s.43A " +
				"rules that applied before are not modelled.",
		}, covers: inCountry("IN")},

		{Regime: Regime{
			ID:        LGPD,
			Name:      "Lei Geral de Proteção de Dados Pessoais",
			Citation:  "Lei nº 13.709/2018",
			Place:     Place{code: "BR"},
			InForce:   ymd(2020, time.September, 18),
			Effective: validFrom(2020, time.September, 18),
			Consent:   OptIn,
			Milestones: []Milestone{
				{Date: ymd(2021, time.August, 1), Event: "administrative sanctions (Arts. 52-54) enforceable", Citation: "Lei nº 14.010/2020"},
			},
		}, covers: inCountry("BR")},

		{Regime: Regime{
			ID:        PIPEDA,
			Name:      "Personal Information Protection and Electronic Documents Act",
			Citation:  "S.C. 2000, c. 5",
			Place:     Place{code: "CA"},
			InForce:   ymd(2001, time.January, 1),
			Effective: validFrom(2004, time.January, 1),
			Consent:   OptIn,
			Milestones: []Milestone{
				{Date: ymd(2018, time.November, 1), Event: "mandatory breach reporting (s.10.1)", Citation: "S.C. 2015, c. 32"},
			},
			Note: "Implied or opt-out consent can suffice for non-sensitive information; encoded as opt-in, the protective reading. " +
				"Provincial laws (Quebec, British Columbia, Alberta) are not modelled.",
		}, covers: inCountry("CA")},

		{Regime: Regime{
			ID:        FADP,
			Name:      "Federal Act on Data Protection",
			Citation:  "SR 235.1 (revised FADP of 25 September 2020; Data Protection Ordinance SR 235.11)",
			Place:     Place{code: "CH"},
			InForce:   ymd(1993, time.July, 1),
			Effective: validFrom(1993, time.July, 1),
			Consent:   OptIn,
			Milestones: []Milestone{
				{Date: ymd(2023, time.September, 1), Event: "revised FADP and Data Protection Ordinance in force",
					Citation: "SR 235.1; SR 235.11"},
			},
			Note: "The ID covers the FADP of 19 June 1992 until 2023-08-31 and the revised FADP from 2023-09-01. Swiss law is " +
				"justification-based rather than consent-based; encoded as opt-in, the protective reading.",
		}, covers: inCountry("CH")},

		{Regime: Regime{
			ID:        PDPA,
			Name:      "Personal Data Protection Act 2012",
			Citation:  "Act No. 26 of 2012; Personal Data Protection Regulations 2021",
			Place:     Place{code: "SG"},
			InForce:   ymd(2014, time.July, 2),
			Effective: validFrom(2014, time.July, 2),
			Consent:   OptIn,
			Milestones: []Milestone{
				{Date: ymd(2021, time.February, 1), Event: "mandatory data breach notification (Part 6A)",
					Citation: "Personal Data Protection (Amendment) Act 2020"},
			},
		}, covers: inCountry("SG")},

		{Regime: Regime{
			ID:        APPI,
			Name:      "Act on the Protection of Personal Information",
			Citation:  "Act No. 57 of 2003",
			Place:     Place{code: "JP"},
			InForce:   ymd(2005, time.April, 1),
			Effective: validFrom(2005, time.April, 1),
			Consent:   OptIn,
			Milestones: []Milestone{
				{Date: ymd(2022, time.April, 1), Event: "2020 amendments in force; articles renumbered", Citation: "Act No. 44 of 2020"},
			},
			Note: "Third-party provision of non-sensitive data may rely on a notified opt-out procedure; encoded as opt-in, the protective reading.",
		}, covers: inCountry("JP")},

		{Regime: Regime{
			ID:        AUPrivacy,
			Name:      "Privacy Act 1988",
			Citation:  "Privacy Act 1988 (Cth), Schedule 1 (Australian Privacy Principles)",
			Place:     Place{code: "AU"},
			InForce:   ymd(2014, time.March, 12),
			Effective: validFrom(2014, time.March, 12),
			Consent:   OptIn,
			Milestones: []Milestone{
				{Date: ymd(2018, time.February, 22), Event: "Notifiable Data Breaches scheme (Part IIIC)",
					Citation: "Privacy Amendment (Notifiable Data Breaches) Act 2017"},
			},
			Note: "Consent is required for sensitive information (APP 3.3) and direct marketing is opt-out (APP 7); encoded as opt-in, the protective reading.",
		}, covers: inCountry("AU")},

		usState(VCDPA, "US-VA", "Virginia Consumer Data Protection Act", "Va. Code §59.1-575 et seq.",
			ymd(2023, time.January, 1),
			SignalRule{Status: SignalNotRequired, Effective: validFrom(2023, time.January, 1),
				Citation: "W3C GPC explainer §4.1: the VCDPA is silent on opt-out signals"}),
		usState(CPA, "US-CO", "Colorado Privacy Act", "C.R.S. §6-1-1301 et seq.; 4 CCR 904-3",
			ymd(2023, time.July, 1),
			SignalRule{Status: SignalNotRequired, Effective: validBetween(2023, time.July, 1, 2024, time.June, 30),
				Citation: "C.R.S. §6-1-1306(1)(a)(IV): universal opt-out mechanisms honoured from 2024-07-01"},
			SignalRule{Status: SignalRequired, Effective: validFrom(2024, time.July, 1),
				Citation: "C.R.S. §6-1-1306(1)(a)(IV); Colorado AG UOOM list (GPC), coag.gov/uoom"}),
		usState(CTDPA, "US-CT", "Connecticut Data Privacy Act", "Conn. Gen. Stat. §42-515 et seq.",
			ymd(2023, time.July, 1),
			SignalRule{Status: SignalRequired, Effective: validFrom(2025, time.January, 1),
				Citation: "Conn. Gen. Stat. §42-520(a)(6); Connecticut AG FAQ names GPC", Verify: true}),
		usState(UCPA, "US-UT", "Utah Consumer Privacy Act", "Utah Code §13-61-101 et seq.",
			ymd(2023, time.December, 31),
			SignalRule{Status: SignalNotRequired, Effective: validFrom(2023, time.December, 31),
				Citation: "W3C GPC explainer §4.1: the UCPA is silent on opt-out signals"}),
		usState(TDPSA, "US-TX", "Texas Data Privacy and Security Act", "Tex. Bus. & Com. Code ch. 541",
			ymd(2024, time.July, 1),
			SignalRule{Status: SignalNotRequired, Effective: validBetween(2024, time.July, 1, 2024, time.December, 31),
				Citation: "Tex. Bus. & Com. Code §541.055(e): opt-out signals honoured from 2025-01-01"},
			SignalRule{Status: SignalRequired, Effective: validFrom(2025, time.January, 1),
				Citation: "Tex. Bus. & Com. Code §541.055(e)", Verify: true}),
		narrow(usState(FDBR, "US-FL", "Florida Digital Bill of Rights", "Fla. Stat. §501.701 et seq.",
			ymd(2024, time.July, 1)),
			"Controllers with global gross annual revenue over US$1 billion that meet one of the statute's further "+
				"thresholds; the IAPP tracker does not count the FDBR as comprehensive (VERIFY)."),
		usState(OCPA, "US-OR", "Oregon Consumer Privacy Act", "ORS 646A.570 et seq.",
			ymd(2024, time.July, 1),
			SignalRule{Status: SignalRequired, Effective: validFrom(2026, time.January, 1),
				Citation: "ORS 646A.574 (secondary source: zephtech.net)", Verify: true}),
		usState(MTCDPA, "US-MT", "Montana Consumer Data Privacy Act", "Mont. Code Ann. §30-14-2801 et seq.",
			ymd(2024, time.October, 1),
			SignalRule{Status: SignalRequired, Effective: validFrom(2025, time.October, 1),
				Citation: "Mont. Code Ann. §30-14-2808 (secondary source: compliancehub.wiki)", Verify: true}),
		usState(DEDPDPA, "US-DE", "Delaware Personal Data Privacy Act", "Del. Code tit. 6, §12D-101 et seq.",
			ymd(2025, time.January, 1)),
		usState(IACDPA, "US-IA", "Iowa Consumer Data Protection Act", "Iowa Code ch. 715D",
			ymd(2025, time.January, 1)),
		usState(NDPA, "US-NE", "Nebraska Data Privacy Act", "Neb. Rev. Stat. §87-1101 et seq.",
			ymd(2025, time.January, 1),
			SignalRule{Status: SignalRequired, Effective: validFrom(2025, time.January, 1),
				Citation: "W3C GPC explainer §4.1: Nebraska accepts signals recognised in another state", Verify: true}),
		usState(NHPA, "US-NH", "New Hampshire privacy act (SB 255)", "N.H. Rev. Stat. ch. 507-H",
			ymd(2025, time.January, 1),
			SignalRule{Status: SignalRequired, Effective: validFrom(2025, time.January, 1),
				Citation: "N.H. Rev. Stat. §507-H:6 (secondary source: compliancehub.wiki)", Verify: true}),
		usState(NJDPA, "US-NJ", "New Jersey Data Privacy Act", "N.J. Stat. §56:8-166.4 et seq.",
			ymd(2025, time.January, 15),
			SignalRule{Status: SignalRequired, Effective: validFrom(2025, time.July, 15),
				Citation: "N.J. Stat. §56:8-166.11; New Jersey FAQ names GPC", Verify: true}),
		usState(TIPA, "US-TN", "Tennessee Information Protection Act", "Tenn. Code §47-18-3201 et seq.",
			ymd(2025, time.July, 1)),
		usState(MNCDPA, "US-MN", "Minnesota Consumer Data Privacy Act", "Minn. Stat. §325M.10 et seq.",
			ymd(2025, time.July, 31),
			SignalRule{Status: SignalRequired, Effective: validFrom(2026, time.January, 31),
				Citation: "Minn. Stat. §325M.14 (secondary source: zephtech.net)", Verify: true}),
		withProcessingDate(usState(MODPA, "US-MD", "Maryland Online Data Privacy Act", "Md. Code, Com. Law §14-4601 et seq.",
			ymd(2025, time.October, 1),
			SignalRule{Status: SignalRequired, Effective: validFrom(2026, time.April, 1),
				Citation: "Md. Code, Com. Law §14-4605 (secondary source: compliancehub.wiki, which gives 2025-10-01; " +
					"the duty can bind only once the Act applies to processing, 2026-04-01)", Verify: true}),
			ymd(2026, time.April, 1)),
		usState(INCDPA, "US-IN", "Indiana Consumer Data Protection Act", "Ind. Code §24-15",
			ymd(2026, time.January, 1)),
		usState(KCDPA, "US-KY", "Kentucky Consumer Data Protection Act", "Ky. Rev. Stat. §367.3611 et seq.",
			ymd(2026, time.January, 1)),
		usState(RIDTPPA, "US-RI", "Rhode Island Data Transparency and Privacy Protection Act", "R.I. Gen. Laws §6-48.1",
			ymd(2026, time.January, 1)),
	}
}

// usState builds the row of a comprehensive US state law: opt-out consent for
// sale and targeted advertising, in force and applying from the same day.
func usState(id RegimeID, place, name, citation string, from Date, signals ...SignalRule) regimeRow {
	for i := range signals {
		signals[i].Regime = id
	}
	return regimeRow{Regime: Regime{
		ID:        id,
		Name:      name,
		Citation:  citation,
		Place:     Place{code: subdivisionSet[place]},
		InForce:   from,
		Effective: Validity{From: from},
		Consent:   OptOut,
		Signals:   signals,
		Note:      "Opt-out for sale, targeted advertising and profiling; sensitive data and minors' data need opt-in consent.",
	}, covers: inSubdivision(place)}
}

func narrow(row regimeRow, scope string) regimeRow {
	row.Scope, row.Narrow, row.Verify = scope, true, true
	return row
}

// withProcessingDate records a law that entered into force before it applies
// to processing (MODPA §14-4601 note: "does not apply to personal data
// processing activities before April 1, 2026").
func withProcessingDate(row regimeRow, applies Date) regimeRow {
	row.Effective.From = applies
	row.Milestones = append(row.Milestones, Milestone{Date: applies,
		Event: "applies to personal data processing activities", Citation: row.Citation})
	return row
}
