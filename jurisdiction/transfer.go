package jurisdiction

import "time"

// Safeguards describes what protects a transfer of personal data: the
// contracts in place and what is known about the recipient. The zero value
// claims nothing, so only free flow and whole-country adequacy can allow a
// transfer. Safeguards is a plain value, safe to copy and to use
// concurrently.
type Safeguards struct {
	// SCCs: standard contractual clauses approved for the exporter are signed
	// with the recipient — the Commission's clauses (Decision (EU) 2021/914,
	// GDPR Art. 46(2)(c)) for EEA exporters; the IDTA or the UK Addendum
	// (Data Protection Act 2018 s.119A, UK GDPR Art. 46(2)(d)) for UK
	// exporters.
	SCCs bool

	// BCRs: approved binding corporate rules cover the transfer (Art. 46(2)(b)
	// and 47). Lawful, but not one of the safeguards policy §7.1 names.
	BCRs bool

	// DPF: the recipient is certified under the EU–US Data Privacy Framework
	// on the date of the transfer (for dates from 2016-08-01 to 2020-07-15:
	// under its predecessor, the Privacy Shield).
	DPF bool

	// DPFUKExtension: the recipient's certification includes the UK
	// Extension, which the UK–US data bridge requires.
	DPFUKExtension bool

	// PrivateSector: the recipient is a private-sector, commercial
	// organisation, which the adequacy decisions for Canada (commercial
	// organisations under PIPEDA) and Japan (business operators under the
	// APPI) require.
	PrivateSector bool
}

// TransferBasis is the legal ground on which a transfer is allowed.
//
// The zero value is [BasisNone]: no ground, the transfer is refused. A
// TransferBasis is a plain value, safe for concurrent use.
type TransferBasis uint8

const (
	// BasisNone: no ground was found; the transfer is refused.
	BasisNone TransferBasis = iota
	// BasisDomestic: both places are in the same country outside the EEA
	// and the UK; it is not an international transfer.
	BasisDomestic
	// BasisFreeFlow: both places are inside the area of one regime (the EEA
	// under the GDPR, or the UK under the UK GDPR).
	BasisFreeFlow
	// BasisInterim: the EU–UK bridge of 2021-01-01 to 2021-06-27, before the
	// UK adequacy decision (Trade and Cooperation Agreement Art. FINPROV.10A).
	BasisInterim
	// BasisAdequacy: an adequacy finding covers the recipient (Art. 45).
	BasisAdequacy
	// BasisBCRs: binding corporate rules (Art. 46(2)(b), 47).
	BasisBCRs
	// BasisSCCs: standard contractual clauses (Art. 46(2)(c)-(d)).
	BasisSCCs
)

// String returns a short name of the basis.
func (b TransferBasis) String() string {
	switch b {
	case BasisDomestic:
		return "domestic"
	case BasisFreeFlow:
		return "free flow"
	case BasisInterim:
		return "interim bridge"
	case BasisAdequacy:
		return "adequacy"
	case BasisBCRs:
		return "binding corporate rules"
	case BasisSCCs:
		return "standard contractual clauses"
	}
	return "none"
}

// TransferVerdict is the answer of [CheckTransfer]. It explains itself:
// Reason says why in plain words and Citation where the rule is written.
// A TransferVerdict is a plain value, safe to copy and to use concurrently.
type TransferVerdict struct {
	Allowed  bool
	Basis    TransferBasis
	Reason   string
	Citation string

	// Adequacy is the finding relied on when Basis is BasisAdequacy and the
	// finding is a row of the tables; zero otherwise.
	Adequacy Adequacy

	// Verify is set when the verdict rests on a row marked Verify.
	Verify bool

	// Err is set, and Allowed is false, when the question itself was
	// invalid: it wraps [ErrUnknownPlace], [ErrZeroTime] or
	// [ErrBeforeCoverage].
	Err error
}

// CheckTransfer decides whether personal data may move from one place to
// another on the date of at, given safeguards s, and says why. It encodes
// GDPR Chapter V and policy §7.1 (transfers out of the UK/EEA only with
// adequacy or approved contracts) and §9.2 (IP addresses sent to Google in
// the United States):
//
//  1. Within the GDPR's territory (the EEA; the UK until 2020-12-31), data
//     flows freely. Within the UK (from 2021), likewise.
//  2. Out of the EEA, a Commission adequacy decision that covers the
//     recipient allows it (Art. 45): the US only for DPF-certified
//     recipients, Canada and Japan only for private-sector recipients.
//     Out of the UK, the UK's own adequacy regulations (EEA states and the
//     EU decisions in force at exit; Korea; the UK–US data bridge for
//     recipients certified under the DPF UK Extension).
//  3. Otherwise binding corporate rules or standard contractual clauses
//     allow it (Art. 46).
//  4. Otherwise it is refused. Derogations (Art. 49) are not evaluated.
//
// Exports from anywhere else (the United States, India, Switzerland, …) are
// refused unless both places are in the same country: those laws' transfer
// rules are not modelled, and the package fails closed.
func CheckTransfer(from, to Place, at time.Time, s Safeguards) TransferVerdict {
	return builtin.CheckTransfer(from, to, at, s)
}

// CheckTransfer is the package-level [CheckTransfer] evaluated on this
// dataset.
func (ds *Dataset) CheckTransfer(from, to Place, at time.Time, s Safeguards) TransferVerdict {
	ds = ds.tables()
	if from.IsZero() || to.IsZero() {
		return refused(ErrUnknownPlace, "the origin or the destination is the unknown place")
	}
	d, err := civilDate(at)
	if err != nil {
		return refused(err, "the date of the transfer is invalid")
	}
	switch {
	case inGDPRTerritory(from, d):
		return ds.exportFromEEA(from, to, d, s)
	case inUKTerritory(from, d):
		return ds.exportFromUK(to, d, s)
	case from.Country() == to.Country():
		return TransferVerdict{Allowed: true, Basis: BasisDomestic,
			Reason: "both places are in the same country; no international transfer"}
	}
	return TransferVerdict{Basis: BasisNone,
		Reason:   "the origin's transfer rules are not modelled (policy §7.1 covers exports from the UK and the EEA); refused to fail closed",
		Citation: "policy §7.1"}
}

func refused(err error, reason string) TransferVerdict {
	return TransferVerdict{Basis: BasisNone, Reason: reason, Err: err}
}

const (
	citeSCCsEU = "GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914; policy §7.1(ii)"
	citeBCRsEU = "GDPR Art. 46(2)(b), Art. 47"
	citeSCCsUK = "UK GDPR Art. 46(2)(d); Data Protection Act 2018 s.119A (IDTA or UK Addendum); policy §7.1(ii)"
	citeBCRsUK = "UK GDPR Art. 46(2)(b), Art. 47"
	bcrsNote   = "; lawful, though policy §7.1 names only adequacy and approved contracts"
	refusedEnd = "no adequacy finding covers the recipient and no Art. 46 safeguard is in place; Art. 49 derogations are not evaluated"
)

func (ds *Dataset) exportFromEEA(from, to Place, d Date, s Safeguards) TransferVerdict {
	if inGDPRTerritory(to, d) {
		v := TransferVerdict{Allowed: true, Basis: BasisFreeFlow,
			Reason:   "both places are in the GDPR's territory; personal data moves freely",
			Citation: "GDPR Art. 1(3); EEA Agreement Annex XI (Decision No 154/2018)"}
		if from.Country().code == "GB" || to.Country().code == "GB" {
			v.Citation = "GDPR Art. 1(3); Withdrawal Agreement Art. 127 (EU law applied in the UK until 2020-12-31)"
		}
		return v
	}
	if to.Country().code == "GB" && !d.Before(ymd(2021, time.January, 1)) && d.Before(ymd(2021, time.June, 28)) {
		return TransferVerdict{Allowed: true, Basis: BasisInterim,
			Reason:   "transmissions to the UK were not treated as transfers to a third country until the adequacy decision",
			Citation: "EU–UK Trade and Cooperation Agreement Art. FINPROV.10A"}
	}
	if a, ok := ds.adequacyFor(GDPR, adequacyCountry(to), d, s); ok {
		return TransferVerdict{Allowed: true, Basis: BasisAdequacy, Adequacy: a, Verify: a.Verify,
			Reason:   "an EU adequacy decision covers the recipient (" + a.Scope.String() + ")",
			Citation: "GDPR Art. 45(1); " + a.Decision + "; policy §7.1(i)"}
	}
	switch {
	case s.BCRs:
		return TransferVerdict{Allowed: true, Basis: BasisBCRs,
			Reason: "binding corporate rules cover the transfer" + bcrsNote, Citation: citeBCRsEU}
	case s.SCCs:
		return TransferVerdict{Allowed: true, Basis: BasisSCCs,
			Reason: "standard contractual clauses cover the transfer", Citation: citeSCCsEU}
	}
	return TransferVerdict{Basis: BasisNone, Reason: "transfer out of the EEA refused: " + refusedEnd,
		Citation: "GDPR Art. 44; policy §7.1"}
}

func (ds *Dataset) exportFromUK(to Place, d Date, s Safeguards) TransferVerdict {
	if inUKTerritory(to, d) {
		return TransferVerdict{Allowed: true, Basis: BasisFreeFlow,
			Reason: "both places are in the United Kingdom", Citation: "UK GDPR Art. 3"}
	}
	if EEA.contains(to, d) {
		return TransferVerdict{Allowed: true, Basis: BasisAdequacy, Verify: true,
			Reason:   "the UK treats the EEA states as adequate",
			Citation: "UK GDPR Art. 45; Data Protection Act 2018 Sch. 21 para. 4 (EEA states); policy §7.1(i)"}
	}
	if a, ok := ds.adequacyFor(UKGDPR, adequacyCountry(to), d, s); ok {
		return TransferVerdict{Allowed: true, Basis: BasisAdequacy, Adequacy: a, Verify: a.Verify,
			Reason:   "UK adequacy regulations cover the recipient (" + a.Scope.String() + ")",
			Citation: "UK GDPR Art. 45; Data Protection Act 2018 s.17A; " + a.Decision + "; policy §7.1(i)"}
	}
	switch {
	case s.BCRs:
		return TransferVerdict{Allowed: true, Basis: BasisBCRs,
			Reason: "binding corporate rules cover the transfer" + bcrsNote, Citation: citeBCRsUK}
	case s.SCCs:
		return TransferVerdict{Allowed: true, Basis: BasisSCCs,
			Reason: "the IDTA or the UK Addendum covers the transfer", Citation: citeSCCsUK}
	}
	return TransferVerdict{Basis: BasisNone, Reason: "transfer out of the UK refused: " + refusedEnd,
		Citation: "UK GDPR Art. 44; policy §7.1"}
}

// adequacyCountry returns the ISO country whose adequacy finding governs a
// recipient in p. A French overseas collectivity written as a subdivision
// ("FR-NC") is looked up under its own ISO code ("NC").
func adequacyCountry(p Place) Place {
	if subdivisionsOutsideEU[p.code] {
		if c, ok := countrySet[p.code[3:]]; ok {
			return Place{code: c}
		}
	}
	return p.Country()
}
