package jurisdiction

import "time"

// obligationTable is law.md §3 (consolidated deadline table) and §5 (breach
// clocks) as data. Rows are grouped by regime; within a regime, rows that
// replace one another on a date carry their Effective spans. A zero
// Effective.From takes the regime's own Effective span (see
// buildObligations). It is built once at initialisation and only read
// afterwards; the lookup functions return copies.
var obligationTable = buildObligations()

const (
	// rights are the GDPR Arts. 15–22 rights, which share one clock.
	rights Duties = 1<<DutyAccess | 1<<DutyRectification | 1<<DutyErasure | 1<<DutyRestriction |
		1<<DutyPortability | 1<<DutyObjection | 1<<DutyAutomatedDecision
	// usStateRights are the consumer rights of the VCDPA-model state laws.
	usStateRights Duties = 1<<DutyAccess | 1<<DutyRectification | 1<<DutyErasure | 1<<DutyPortability | 1<<DutyOptOut
)

func months(n int) Period       { return Period{N: n, Unit: Months} }
func hours(n int) Period        { return Period{N: n, Unit: Hours} }
func calendarDays(n int) Period { return Period{N: n, Unit: CalendarDays} }
func businessDays(n int) Period { return Period{N: n, Unit: BusinessDays} }

func gdprRows() []Obligation {
	return []Obligation{
		{Regime: GDPR, Duties: rights, Period: months(1), Rule: RuleEU,
			Standard:  "without undue delay and in any event within one month of receipt of the request",
			Extension: months(2), ExtensionNote: "by two further months where necessary, taking into account the complexity " +
				"and number of the requests; the data subject must be told within one month of receipt, with the reasons",
			Trigger: TriggerReceipt, StartNote: "the day of receipt is not counted (Reg. 1182/71 Art. 3(1)); public holidays of the Member State where the act is done",
			Citation: "GDPR Art. 12(3); Reg. (EEC, Euratom) No 1182/71 Art. 3; EDPB Guidelines 01/2022 §5.3"},
		{Regime: GDPR, Duties: DutiesOf(DutyRefusal), Period: months(1), Rule: RuleEU,
			Standard: "without delay and at the latest within one month of receipt of the request: the reasons, and the right to complain to a supervisory authority and to seek a judicial remedy",
			Trigger:  TriggerReceipt, Citation: "GDPR Art. 12(4)"},
		{Regime: GDPR, Duties: DutiesOf(DutyBreachAuthority), Period: hours(72), Rule: RuleEU,
			Standard: "without undue delay and, where feasible, not later than 72 hours after having become aware of it",
			Trigger:  TriggerAwareness, Applies: "unless the breach is unlikely to result in a risk to the rights and freedoms of natural persons",
			Citation: "GDPR Art. 33(1), (4)",
			Note:     "A notification after 72 hours must give the reasons for the delay; information may be provided in phases."},
		{Regime: GDPR, Duties: DutiesOf(DutyBreachIndividuals), Rule: RuleEU,
			Standard: "without undue delay", Trigger: TriggerNotifiableFinding,
			Applies:  "when the breach is likely to result in a high risk to the rights and freedoms of natural persons, unless an Art. 34(3) exception applies",
			Citation: "GDPR Art. 34(1), (3)"},
		{Regime: GDPR, Duties: DutiesOf(DutyBreachController), Rule: RuleEU,
			Standard: "without undue delay after becoming aware of it", Trigger: TriggerAwareness,
			Citation: "GDPR Art. 33(2)"},
	}
}

func ukRows() []Obligation {
	const extension = "by two further months where necessary by reason of the complexity or number of the requests; " +
		"notice within the first month with the reasons (ICO: three months from the original start date)"
	return []Obligation{
		{Regime: UKGDPR, Duties: rights, Period: months(1), Rule: RuleUK,
			Standard:  "without undue delay and in any event within one month of receipt of the request",
			Extension: months(2), ExtensionNote: extension,
			Trigger: TriggerReceipt, StartNote: "the day of receipt is day one (ICO); bank holidays of the nation concerned",
			Citation:  "UK GDPR Art. 12(3); ICO guidance on the right of access",
			Effective: validBetween(2021, time.January, 1, 2026, time.February, 4)},
		{Regime: UKGDPR, Duties: rights, Period: months(1), Rule: RuleUK,
			Standard:  "without undue delay and in any event before the end of one month beginning with the relevant time",
			Extension: months(2), ExtensionNote: extension,
			Trigger: TriggerRelevantTime,
			StartNote: "the relevant time is the latest of receipt of the request, of identity information requested and of any fee; " +
				"the time between asking for clarification and receiving it does not count",
			Citation:  "UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025 s.76; in force 2026-02-05, SI 2026/82 reg. 2(h)); DPA 2018 s.54; ICO",
			Effective: validFrom(2026, time.February, 5)},
		{Regime: UKGDPR, Duties: DutiesOf(DutyRefusal), Period: months(1), Rule: RuleUK,
			Standard: "without delay and at the latest within one month of receipt of the request",
			Trigger:  TriggerReceipt, Citation: "UK GDPR Art. 12(4)"},
		{Regime: UKGDPR, Duties: DutiesOf(DutyComplaint), Period: calendarDays(30), Rule: RuleUK,
			Standard: "acknowledge receipt of the complaint within the period of 30 days beginning with the day on which it is received",
			Trigger:  TriggerReceipt, StartNote: "the day of receipt is day one",
			Citation:  "DPA 2018 s.164A (inserted by the Data (Use and Access) Act 2025 s.103)",
			Effective: validFrom(2026, time.June, 19), Verify: true,
			Note: "The controller must then respond without undue delay and tell the complainant the outcome. Whether this " +
				"statutory period moves off a weekend or bank holiday is not confirmed: RuleUK moves it, so to be safe act by the " +
				"Deadline's Nominal day, the 30th day counted from receipt, before any roll-forward."},
		{Regime: UKGDPR, Duties: DutiesOf(DutyBreachAuthority), Period: hours(72), Rule: RuleUK,
			Standard: "without undue delay and, where feasible, not later than 72 hours after having become aware of it",
			Trigger:  TriggerAwareness, Applies: "unless the breach is unlikely to result in a risk to the rights and freedoms of individuals",
			Citation: "UK GDPR Art. 33(1)"},
		{Regime: UKGDPR, Duties: DutiesOf(DutyBreachIndividuals), Rule: RuleUK,
			Standard: "without undue delay", Trigger: TriggerNotifiableFinding,
			Applies:  "when the breach is likely to result in a high risk to the rights and freedoms of individuals",
			Citation: "UK GDPR Art. 34(1)"},
		{Regime: UKGDPR, Duties: DutiesOf(DutyBreachController), Rule: RuleUK,
			Standard: "without undue delay after becoming aware of it", Trigger: TriggerAwareness,
			Citation: "UK GDPR Art. 33(2)"},
	}
}

func ccpaRows() []Obligation {
	const ext = "once by a further 45 calendar days (90 in all) when reasonably necessary, with notice and an explanation within the first 45 days"
	const verify = "law.md §2: whether the receipt day counts (receipt+44 or +45) and which holidays end a business day are VERIFY; " +
		"count with RuleCaliforniaGeneral for the other reading"
	return []Obligation{
		{Regime: CCPA, Duties: DutiesOf(DutyAccess, DutyErasure), Period: calendarDays(45), Rule: RuleCCPA,
			Standard:  "within 45 calendar days of receiving the request, regardless of the time required to verify it",
			Extension: calendarDays(45), ExtensionNote: ext, Acknowledge: businessDays(10),
			Trigger: TriggerReceipt, StartNote: "the day of receipt is day one (11 CCR §7021(b)); acknowledgement within 10 business days (§7021(a))",
			Citation: "Cal. Civ. Code §1798.130(a)(2); 11 CCR §7021(a)–(b)", Verify: true, Note: verify},
		{Regime: CCPA, Duties: DutiesOf(DutyRectification), Period: calendarDays(45), Rule: RuleCCPA,
			Standard:  "within 45 calendar days of receiving the request",
			Extension: calendarDays(45), ExtensionNote: ext, Acknowledge: businessDays(10),
			Trigger: TriggerReceipt, StartNote: "the day of receipt is day one (11 CCR §7021(b))",
			Citation:  "Cal. Civ. Code §§1798.106, 1798.130(a)(2) (CPRA, operative 2023-01-01); 11 CCR §7021",
			Effective: validFrom(2023, time.January, 1), Verify: true, Note: verify},
		{Regime: CCPA, Duties: DutiesOf(DutyOptOut), Period: businessDays(15), Rule: RuleCCPA,
			Standard: "as soon as feasibly possible, but no later than 15 business days from the date the business receives the request",
			Trigger:  TriggerReceipt, StartNote: "not a verifiable request; a Global Privacy Control signal is an opt-out request (§7025)",
			Citation: "Cal. Civ. Code §1798.120, §1798.135; 11 CCR §7026(f)", Verify: true, Note: verify},
		{Regime: CCPA, Duties: DutiesOf(DutyLimitSensitive), Period: businessDays(15), Rule: RuleCCPA,
			Standard: "as soon as feasibly possible, but no later than 15 business days from the date the business receives the request",
			Trigger:  TriggerReceipt, Citation: "Cal. Civ. Code §1798.121; 11 CCR §7027(g)",
			Effective: validFrom(2023, time.January, 1), Verify: true, Note: verify},
		{Regime: CCPA, Duties: DutiesOf(DutyBreachIndividuals), Rule: RuleCCPA,
			Standard: "in the most expedient time possible and without unreasonable delay", Trigger: TriggerAwareness,
			Applies:   "breach of unencrypted personal information of a California resident",
			Citation:  "Cal. Civ. Code §1798.82(a) (before SB 446)",
			Effective: validBetween(2020, time.January, 1, 2025, time.December, 31)},
		{Regime: CCPA, Duties: DutiesOf(DutyBreachIndividuals), Period: calendarDays(30), Rule: RuleCCPA,
			Standard:      "in the most expedient time possible and without unreasonable delay, and within 30 calendar days of discovery or notification of the breach",
			ExtensionNote: "delay allowed for the legitimate needs of law enforcement, or as needed to determine the scope of the breach and restore the integrity of the system",
			Trigger:       TriggerAwareness, StartNote: "discovery or notification of the breach; the day of discovery is counted as day one (conservative)",
			Applies:   "breach of unencrypted personal information of a California resident",
			Citation:  "Cal. Civ. Code §1798.82(a) as amended by SB 446 (Stats. 2025), from 2026-01-01",
			Effective: validFrom(2026, time.January, 1), Verify: true},
		{Regime: CCPA, Duties: DutiesOf(DutyBreachAuthority), Rule: RuleCCPA,
			Standard: "submit a sample copy of the notice to the Attorney General", Trigger: TriggerIndividualNotice,
			Applies:   "more than 500 California residents notified as a result of a single breach",
			Citation:  "Cal. Civ. Code §1798.82(f) (before SB 446)",
			Effective: validBetween(2020, time.January, 1, 2025, time.December, 31)},
		{Regime: CCPA, Duties: DutiesOf(DutyBreachAuthority), Period: calendarDays(15), Rule: RuleCCPA,
			Standard: "submit a sample copy of the notice to the Attorney General within 15 calendar days of notifying the residents",
			Trigger:  TriggerIndividualNotice, StartNote: "the clock starts when the residents are notified, not at discovery",
			Applies:   "more than 500 California residents notified as a result of a single breach",
			Citation:  "Cal. Civ. Code §1798.82(f) as amended by SB 446 (Stats. 2025), from 2026-01-01",
			Effective: validFrom(2026, time.January, 1), Verify: true},
	}
}

// usStateRows builds the rows of a VCDPA-model state law: respond within
// respond days, extendable once by 45; decide an appeal within appeal days
// (0 = no appeal row).
func usStateRows(id RegimeID, respond, appeal int, citation, appealCitation string, verify bool, note string) []Obligation {
	rows := []Obligation{
		{Regime: id, Duties: usStateRights, Period: calendarDays(respond), Rule: RuleLiteral,
			Standard:  "without undue delay, but in any event within the period after receipt of the request",
			Extension: calendarDays(45), ExtensionNote: "once by 45 days when reasonably necessary, with notice and the reason within the first period",
			Trigger: TriggerReceipt, Citation: citation, Verify: verify, Note: note},
	}
	if appeal > 0 {
		rows = append(rows, Obligation{Regime: id, Duties: DutiesOf(DutyAppeal), Period: calendarDays(appeal), Rule: RuleLiteral,
			Standard: "inform the consumer in writing of any action taken or not taken in response to the appeal, with the reasons",
			Trigger:  TriggerAppealReceipt, Citation: appealCitation, Verify: verify, Note: note})
	}
	return rows
}

func usStatesRows() []Obligation {
	const checkState = "law.md: 45 days with a 45-day extension and a 60-day appeal are typical; VERIFY against the statute"
	var rows []Obligation
	rows = append(rows, usStateRows(VCDPA, 45, 60, "Va. Code §59.1-577(B)", "Va. Code §59.1-577(C)", false, "")...)
	rows = append(rows, usStateRows(CPA, 45, 45, "C.R.S. §6-1-1306", "C.R.S. §6-1-1306(3)", true,
		"law.md: the appeal may be extended by 60 days (VERIFY)")...)
	rows = append(rows, usStateRows(CTDPA, 45, 60, "", "", true, checkState)...)
	rows = append(rows, usStateRows(TDPSA, 45, 60, "Tex. Bus. & Com. Code §541.052 (\"not later than the 45th day after the date of receipt\")",
		"Tex. Bus. & Com. Code §541.053", false, "")...)
	rows = append(rows, usStateRows(IACDPA, 90, 60, "", "", true,
		"law.md: 90 days; the extension and the appeal period are VERIFY")...)
	rows = append(rows, usStateRows(UCPA, 45, 0, "", "", true,
		"law.md: no appeal right in Utah; VERIFY the period")...)
	rows = append(rows, usStateRows(RIDTPPA, 45, 60, "", "", true, checkState)...)
	rows = append(rows, Obligation{Regime: RIDTPPA, Duties: DutiesOf(DutyConsentRevocation), Period: calendarDays(15), Rule: RuleLiteral,
		Standard: "stop processing within 15 days of receiving the revocation of consent", Trigger: TriggerReceipt,
		Verify: true})
	for _, id := range []RegimeID{FDBR, OCPA, MTCDPA, DEDPDPA, NDPA, NHPA, NJDPA, TIPA, MNCDPA, MODPA, INCDPA, KCDPA} {
		rows = append(rows, usStateRows(id, 45, 60, "", "", true, checkState)...)
	}
	return rows
}

func dpdpRows() []Obligation {
	// Rules 5–16 (notice, security, breach, rights) apply 18 months after the
	// Rules were notified on 2025-11-13 (Rule 1(2)); law.md gives ~2027-05-13.
	inForce := validFrom(2027, time.May, 13)
	return []Obligation{
		{Regime: DPDP, Duties: DutiesOf(DutyGrievance), Period: calendarDays(90), Rule: RuleLiteral,
			Standard: "respond to grievances within the period published by the Data Fiduciary, not exceeding ninety days",
			Trigger:  TriggerReceipt, Citation: "DPDP Act 2023 s.13; DPDP Rules 2025 r.14(3)",
			Effective: inForce, Verify: true, Note: "law.md: verify the ninety-day wording against the Gazette (G.S.R. 846(E)) and the commencement date"},
		{Regime: DPDP, Duties: DutiesOf(DutyAccess, DutyRectification, DutyErasure), Rule: RuleLiteral,
			Standard: "no period fixed by the Act or the Rules: the Data Fiduciary publishes how to make requests and its response period",
			Trigger:  TriggerReceipt, Citation: "DPDP Act 2023 ss.11–12; DPDP Rules 2025 r.14",
			Effective: inForce, Verify: true, Note: "Commentators treat the ninety-day grievance period as the outer bound."},
		{Regime: DPDP, Duties: DutiesOf(DutyBreachAuthority), Period: hours(72), Rule: RuleLiteral,
			Standard:      "intimate the Board without delay, and within 72 hours of becoming aware of the breach give a detailed report",
			ExtensionNote: "a longer period if the Board allows it on a written request",
			Trigger:       TriggerAwareness, Citation: "DPDP Act 2023 s.8(6); DPDP Rules 2025 r.7(2)",
			Effective: inForce, Verify: true, Note: "CERT-In's 6-hour cyber-incident report runs in parallel under a separate regime."},
		{Regime: DPDP, Duties: DutiesOf(DutyBreachIndividuals), Rule: RuleLiteral,
			Standard: "without delay, to each affected Data Principal", Trigger: TriggerAwareness,
			Citation: "DPDP Act 2023 s.8(6); DPDP Rules 2025 r.7(1)", Effective: inForce, Verify: true},
	}
}

func lgpdRows() []Obligation {
	const res = "Resolution CD/ANPD No 15/2024 (published 2024-04-26)"
	inForce := validFrom(2024, time.April, 26)
	return []Obligation{
		{Regime: LGPD, Duties: DutiesOf(DutyAccess), Period: calendarDays(15), Rule: RuleLiteral,
			Standard: "by a clear and complete declaration within fifteen days from the date of the request (a simplified answer immediately)",
			Trigger:  TriggerReceipt, Citation: "LGPD (Lei 13.709/2018) Art. 19(I)–(II)",
			Note: "The ANPD may set different periods for specific sectors (Art. 19 §4)."},
		{Regime: LGPD, Duties: DutiesOf(DutyBreachAuthority, DutyBreachIndividuals), Rule: RuleLiteral,
			Standard: "within a reasonable time, as defined by the national authority", Trigger: TriggerAwareness,
			Citation:  "LGPD Art. 48 §1 (before " + res + ")",
			Effective: validBetween(2020, time.September, 18, 2024, time.April, 25)},
		{Regime: LGPD, Duties: DutiesOf(DutyBreachAuthority, DutyBreachIndividuals), Period: businessDays(3), Rule: RuleLiteral,
			Standard: "within three business days of knowledge of the security incident",
			Trigger:  TriggerAwareness, Citation: "LGPD Art. 48; " + res,
			Effective: inForce, Note: "This package has no Brazilian holiday calendar: pass nil (weekends only, never later) or your own."},
		{Regime: LGPD, Duties: DutiesOf(DutyBreachAuthority, DutyBreachIndividuals), Variant: "small processing agents", Period: businessDays(6), Rule: RuleLiteral,
			Standard: "within six business days (periods doubled for small processing agents)",
			Trigger:  TriggerAwareness, Citation: "LGPD Art. 48; " + res + "; Resolution CD/ANPD No 2/2022",
			Effective: inForce, Verify: true},
	}
}

func otherRows() []Obligation {
	return []Obligation{
		// Canada.
		{Regime: PIPEDA, Duties: DutiesOf(DutyAccess, DutyRectification), Period: calendarDays(30), Rule: RuleLiteral,
			Standard:  "with due diligence and in any case not later than thirty days after receipt of the request",
			Extension: calendarDays(30), ExtensionNote: "by up to thirty days if meeting the limit would unreasonably interfere with activities or consultations make it impracticable, " +
				"or for as long as needed to convert to an alternative format; notice within the first thirty days with the new limit, the reasons and the right to complain",
			Trigger: TriggerReceipt, Citation: "PIPEDA s.8(3)–(5)",
			Note: "Failure to respond in time is deemed a refusal (s.8(5))."},
		{Regime: PIPEDA, Duties: DutiesOf(DutyBreachAuthority, DutyBreachIndividuals), Rule: RuleLiteral,
			Standard: "as soon as feasible after the organization determines that the breach has occurred",
			Trigger:  TriggerNotifiableFinding, Applies: "if it is reasonable to believe that the breach creates a real risk of significant harm",
			Citation: "PIPEDA s.10.1(1)–(3)", Effective: validFrom(2018, time.November, 1),
			Note: "Breach records must be kept for 24 months (Breach of Security Safeguards Regulations; VERIFY)."},

		// Switzerland, revised FADP (in force 2023-09-01).
		{Regime: FADP, Duties: DutiesOf(DutyAccess), Period: calendarDays(30), Rule: RuleLiteral,
			Standard:      "in general within 30 days",
			ExtensionNote: "if the information cannot be given within 30 days, tell the applicant and the date by which it will be given",
			Trigger:       TriggerReceipt, StartNote: "or, where a fee is charged, the end of the 10-day period to confirm the request (DPO Art. 19)",
			Citation:  "FADP Art. 25(7); Data Protection Ordinance Arts. 18–19",
			Effective: validFrom(2023, time.September, 1), Verify: true},
		{Regime: FADP, Duties: DutiesOf(DutyBreachAuthority), Rule: RuleLiteral,
			Standard: "as soon as possible", Trigger: TriggerAwareness,
			Applies:  "if the breach is likely to result in a high risk to the personality or fundamental rights of the data subject",
			Citation: "FADP Art. 24(1)", Effective: validFrom(2023, time.September, 1), Verify: true},
		{Regime: FADP, Duties: DutiesOf(DutyBreachIndividuals), Rule: RuleLiteral,
			Standard: "if necessary for their protection or if the FDPIC so requires", Trigger: TriggerAwareness,
			Citation: "FADP Art. 24(4)", Effective: validFrom(2023, time.September, 1), Verify: true},

		// Singapore.
		{Regime: PDPA, Duties: DutiesOf(DutyAccess, DutyRectification), Period: calendarDays(30), Rule: RuleLiteral,
			Standard: "as soon as reasonably possible; if not within 30 days, tell the applicant within 30 days the time by which it will respond",
			Trigger:  TriggerReceipt, Citation: "PDPA ss.21–22; Personal Data Protection Regulations 2021 reg. 5", Verify: true},
		{Regime: PDPA, Duties: DutiesOf(DutyBreachAssessment), Rule: RuleLiteral,
			Standard: "in a reasonable and expeditious manner", Trigger: TriggerSuspicion,
			Citation: "PDPA s.26C", Effective: validFrom(2021, time.February, 1),
			Note: "The PDPC expects the assessment to take no more than 30 days."},
		{Regime: PDPA, Duties: DutiesOf(DutyBreachAuthority), Period: calendarDays(3), Rule: RuleLiteral,
			Standard: "as soon as practicable, but in any case no later than 3 calendar days after the day the organisation assesses that the breach is notifiable",
			Trigger:  TriggerNotifiableFinding, StartNote: "the day of the assessment is not counted",
			Applies:  "a breach that results in, or is likely to result in, significant harm to the individuals, or that affects 500 or more individuals",
			Citation: "PDPA ss.26B, 26D(1)", Effective: validFrom(2021, time.February, 1)},
		{Regime: PDPA, Duties: DutiesOf(DutyBreachIndividuals), Rule: RuleLiteral,
			Standard: "as soon as practicable, at the same time as or after notifying the Commission", Trigger: TriggerNotifiableFinding,
			Applies:  "a breach that results in, or is likely to result in, significant harm to the individuals",
			Citation: "PDPA s.26D(2)", Effective: validFrom(2021, time.February, 1)},

		// Japan (post-2022 numbering).
		{Regime: APPI, Duties: DutiesOf(DutyAccess, DutyRectification, DutyErasure), Rule: RuleLiteral,
			Standard: "without delay", Trigger: TriggerReceipt, Citation: "APPI Arts. 33–35", Verify: true},
		{Regime: APPI, Duties: DutiesOf(DutyBreachAuthority), Period: calendarDays(30), Rule: RuleLiteral,
			Standard: "a preliminary report promptly (the PPC's guidelines: within about 3–5 days) and a final report within 30 days of becoming aware",
			Trigger:  TriggerAwareness,
			Applies:  "sensitive data, risk of financial harm, a possibly unlawful purpose, or more than 1,000 individuals",
			Citation: "APPI Art. 26(1); PPC Enforcement Rules (leakage reports)", Effective: validFrom(2022, time.April, 1), Verify: true},
		{Regime: APPI, Duties: DutiesOf(DutyBreachAuthority), Variant: "unlawful purpose", Period: calendarDays(60), Rule: RuleLiteral,
			Standard: "a final report within 60 days of becoming aware, for a breach possibly committed for an unlawful purpose",
			Trigger:  TriggerAwareness, Citation: "APPI Art. 26(1); PPC Enforcement Rules (leakage reports)",
			Effective: validFrom(2022, time.April, 1), Verify: true},
		{Regime: APPI, Duties: DutiesOf(DutyBreachIndividuals), Rule: RuleLiteral,
			Standard: "promptly, as the circumstances require", Trigger: TriggerAwareness,
			Citation: "APPI Art. 26(2)", Effective: validFrom(2022, time.April, 1), Verify: true},

		// Australia.
		{Regime: AUPrivacy, Duties: DutiesOf(DutyAccess, DutyRectification), Rule: RuleLiteral,
			Standard: "within a reasonable period after the request is made", Trigger: TriggerReceipt,
			Citation: "Privacy Act 1988 Sch. 1, APP 12.4(a)(ii), APP 13.5(a)(ii)",
			Note:     "The OAIC considers a reasonable period to be usually no longer than 30 calendar days."},
		{Regime: AUPrivacy, Duties: DutiesOf(DutyAccess, DutyRectification), Variant: "agency", Period: calendarDays(30), Rule: RuleLiteral,
			Standard: "within 30 days after the request is made", Trigger: TriggerReceipt,
			Citation: "Privacy Act 1988 Sch. 1, APP 12.4(a)(i), APP 13.5(a)(i)"},
		{Regime: AUPrivacy, Duties: DutiesOf(DutyBreachAssessment), Period: calendarDays(30), Rule: RuleLiteral,
			Standard: "take all reasonable steps to complete the assessment within 30 days after becoming aware of the grounds to suspect an eligible data breach",
			Trigger:  TriggerSuspicion, Citation: "Privacy Act 1988 s.26WH(2)",
			Effective: validFrom(2018, time.February, 22), Verify: true},
		{Regime: AUPrivacy, Duties: DutiesOf(DutyBreachAuthority, DutyBreachIndividuals), Rule: RuleLiteral,
			Standard: "as soon as practicable after becoming aware of an eligible data breach", Trigger: TriggerNotifiableFinding,
			Citation: "Privacy Act 1988 ss.26WK, 26WL", Effective: validFrom(2018, time.February, 22), Verify: true},
	}
}

// trackerSource is law.md's source for the state laws' periods.
const trackerSource = "period per the Mayer Brown state privacy law tracker, law.md §4.4"

// buildObligations assembles the table. A row without its own Effective span
// takes the regime's; a row without a citation (the state laws whose periods
// law.md takes from a tracker) cites the regime's statute and the tracker.
func buildObligations() []Obligation {
	var rows []Obligation
	for _, part := range [][]Obligation{gdprRows(), ukRows(), ccpaRows(), usStatesRows(), dpdpRows(), lgpdRows(), otherRows()} {
		rows = append(rows, part...)
	}
	for i := range rows {
		r, ok := RegimeByID(rows[i].Regime)
		if !ok {
			continue
		}
		if rows[i].Effective.From.IsZero() {
			rows[i].Effective = r.Effective
		}
		if rows[i].Citation == "" {
			rows[i].Citation = r.Citation + " (" + trackerSource + ")"
		}
	}
	return rows
}
