package jurisdiction

import "time"

// builtinAges returns the digital-consent age table: GDPR Art. 8 per member
// state (law.md §7: Bird & Bird GDPR tracker "Children"; Commission SWD 2020
// p.17; later changes per row), the UK, India and California (law.md §8).
//
// law.md gives no start dates for the national derogations except Denmark's
// change; rows therefore start with the GDPR (2018-05-25; 2018-07-20 for the
// EEA EFTA states). Some derogations took effect later (Czechia 2019, Greece
// 2019), when the default of 16 applied in between: override those rows
// through [Options] if a decision turns on a 2018–2019 date.
func builtinAges() []AgeRule {
	gdpr := func(country string, age int, cite string) AgeRule {
		return AgeRule{Age: age, Place: Place{code: country}, Regime: GDPR, Citation: cite,
			Effective: Validity{From: coverageStart}}
	}
	noDerogation := func(country, cite string) AgeRule {
		r := gdpr(country, 16, "GDPR Art. 8(1), no national derogation ("+cite+")")
		r.Default = true
		return r
	}
	efta := func(r AgeRule) AgeRule {
		r.Effective.From = gdprInEEAFrom
		return r
	}
	verify := func(r AgeRule, note string) AgeRule {
		r.Verify, r.Note = true, note
		return r
	}
	denmark13 := gdpr("DK", 13, "Databeskyttelsesloven §6 (before the 2023 amendment)")
	denmark13.Effective.To = ymd(2023, time.December, 31)
	denmark15 := gdpr("DK", 15, "Databeskyttelsesloven §6 as amended, in force 2024-01-01")
	denmark15.Effective.From = ymd(2024, time.January, 1)
	slovenia16 := verify(noDerogation("SI", "Commission SWD 2020 lists no Slovenian law"),
		"law.md §7: no derogation before ZVOP-2")
	slovenia16.Effective.To = ymd(2023, time.January, 25)
	slovenia15 := verify(gdpr("SI", 15, "ZVOP-2 (Zakon o varstvu osebnih podatkov, 2023)"),
		"law.md §7: reportedly 15 under ZVOP-2; age and entry-into-force date (taken as 2023-01-26) unverified")
	slovenia15.Effective.From = ymd(2023, time.January, 26)

	return []AgeRule{
		gdpr("AT", 14, "Datenschutzgesetz (DSG) §4(4)"),
		gdpr("BE", 13, "national derogation (Bird & Bird GDPR tracker)"),
		gdpr("BG", 14, "national derogation (Commission SWD 2020)"),
		noDerogation("HR", "Commission SWD 2020"),
		gdpr("CY", 14, "Law 125(I)/2018 s.8"),
		gdpr("CZ", 15, "Act No. 110/2019 Coll. §7"),
		denmark13,
		denmark15,
		gdpr("EE", 13, "national derogation (Commission SWD 2020)"),
		gdpr("FI", 13, "national derogation (Bird & Bird GDPR tracker)"),
		gdpr("FR", 15, "Loi n° 78-17, art. 45 (below 15: joint consent of the child and a parent)"),
		noDerogation("DE", "Bird & Bird; Commission SWD 2020"),
		gdpr("GR", 15, "Law 4624/2019 (Commission SWD 2020)"),
		noDerogation("HU", "Bird & Bird; Commission SWD 2020"),
		gdpr("IE", 16, "Data Protection Act 2018 s.31"),
		gdpr("IT", 14, "Codice in materia di protezione dei dati personali art. 2-quinquies"),
		gdpr("LV", 13, "national derogation (Commission SWD 2020)"),
		gdpr("LT", 14, "national derogation (Commission SWD 2020)"),
		noDerogation("LU", "Commission SWD 2020"),
		gdpr("MT", 13, "national derogation (Commission SWD 2020)"),
		noDerogation("NL", "Bird & Bird"),
		noDerogation("PL", "Bird & Bird; Commission SWD 2020"),
		gdpr("PT", 13, "national derogation (Commission SWD 2020)"),
		noDerogation("RO", "Commission SWD 2020"),
		noDerogation("SK", "Bird & Bird"),
		slovenia16,
		slovenia15,
		gdpr("ES", 14, "Ley Orgánica 3/2018 (LOPDGDD) art. 7"),
		gdpr("SE", 13, "national derogation (Bird & Bird GDPR tracker)"),
		efta(verify(gdpr("IS", 13, "national derogation (law.md §7, no primary source)"), "law.md §7: VERIFY, unverified")),
		efta(verify(noDerogation("LI", "eliechtensteinensia.li"), "law.md §7: no derogation found; VERIFY")),
		efta(verify(gdpr("NO", 13, "national derogation (advokatforeningen.no, 2025)"),
			"law.md §7: a bill to raise the age to 15 was under consultation in October 2025; VERIFY")),

		{Age: 13, Place: Place{code: "GB"}, Regime: GDPR, Citation: "Data Protection Act 2018 s.9",
			Effective: Validity{From: coverageStart, To: ukTransitionUntil}},
		{Age: 13, Place: Place{code: "GB"}, Regime: UKGDPR, Citation: "UK GDPR Art. 8(1) as modified by Data Protection Act 2018 s.9",
			Effective: validFrom(2021, time.January, 1)},

		{Age: 18, Place: Place{code: "IN"}, Regime: DPDP,
			Citation:  "DPDP Act 2023 s.2(f) (child: under 18), s.9 (verifiable parental consent); DPDP Rules 2025 r.10",
			Effective: validFrom(2025, time.November, 13),
			Note: "No tracking, behavioural monitoring or targeted advertising directed at children (s.9(3)). " +
				"Rule 10 is in the phase that commences on 2027-05-13."},

		{Age: 16, Place: Place{code: "US-CA"}, Regime: CCPA,
			Citation:  "Cal. Civ. Code §1798.120(c)",
			Effective: validFrom(2020, time.January, 1),
			Note:      "Below 16, sale or sharing needs affirmative authorisation: see SaleAuthoriser."},
	}
}
