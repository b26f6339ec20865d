package consent

import (
	"time"

	"github.com/clootrack/privacy/jurisdiction"
)

// The purposes of the Clootrack privacy policy (as updated on 2025-08-04).
// Essential purposes need no consent and cannot be opted out of (§6.3);
// optional ones are off until granted (§2.8, §4.3). Sale, automated
// decisions and enrichment are always denied (§3.3, §20.1) and exist so
// that decisions about them can say why; model training is denied for data
// from connectors (§23).
const (
	PurposeService            PurposeID = "service"              // §3.2, §3.7: provide the Platform and the Services
	PurposeAuthentication     PurposeID = "authentication"       // §5.3, §5.4: session and authentication cookies
	PurposeEssentialEmail     PurposeID = "essential-email"      // §3.2, §6.3: customer service, security, billing, legal e-mails
	PurposeCustomerCare       PurposeID = "customer-care"        // §3.2: customer care and platform administration
	PurposeSecurity           PurposeID = "security"             // §3.2, §3.11: fraud, misuse and IT security, with affiliates
	PurposeLegalObligation    PurposeID = "legal-obligation"     // §3.2, §15.2: legal obligations and legal process
	PurposeLegalClaims        PurposeID = "legal-claims"         // §3.13: enforce terms, answer claims
	PurposeRecordKeeping      PurposeID = "record-keeping"       // §3.2: internal record keeping
	PurposeMarketingEmail     PurposeID = "marketing-email"      // §3.1, §3.8, §6.3: marketing e-mails and offers
	PurposeTargetedAds        PurposeID = "targeted-advertising" // §3.1, §3.2, §3.6, §5.4: remarketing, look-alike, targeting cookies
	PurposeFunctionality      PurposeID = "functionality"        // §5.4: functionality cookies, personalised experience
	PurposeAnalytics          PurposeID = "analytics"            // §3.1, §3.6, §5.4: usage, purchase and traffic analytics
	PurposeSurveys            PurposeID = "surveys"              // §3.1: surveys
	PurposeEnrichment         PurposeID = "enrichment"           // §3.1, §20.1: linking data with third-party data providers; profiling, never
	PurposeProductImprovement PurposeID = "product-improvement"  // §3.1, §3.8: improve and develop products and services
	PurposeModelTraining      PurposeID = "model-training"       // §3.1, §23: train AI/ML models (never on connector data)
	PurposeSale               PurposeID = "sale"                 // §3.3, §13.1, §15.2: never
	PurposeAutomatedDecisions PurposeID = "automated-decisions"  // §20.1: never
)

// The Clootrack notice: the privacy policy text, version 1.
const (
	ClootrackNoticeID = "privacy-policy"
	// ClootrackNoticeSHA256 is the SHA-256 of the policy text as updated on
	// 2025-08-04 (the file policy/privacy-policy.txt beside the project).
	ClootrackNoticeSHA256 = "15d2250fc2a4df85cd585fdd6bde48078b16e9d786f36d82bc1602ad059e20de"
)

// ClootrackCatalog returns the consent catalog of the Clootrack privacy
// policy: its controller, purposes (§3.1, §3.2, §3.6, §3.7, §3.8, §3.11,
// §3.13, §5.4, §6.3), prohibitions (§3.3, §13.1, §15.2, §20.1, §23), notice
// (§19.1), the promise that optional purposes stay off until granted (§2.8,
// §3.3, §4.3) and the age floor of 18 (§12.1). Each call returns a fresh
// copy.
//
// Where the policy's text leaves room, the catalog reads it as follows; a
// controller that reads it otherwise edits the returned Catalog.
//
//   - Opt-in everywhere. §2.8 and §6.3 speak of opting out, which alone
//     would let the CCPA's opt-out model apply in California. But §4.3
//     promises to collect and use data "within the scope of consent" and
//     "with the knowledge and consent of the User", §3.3 shares data only
//     with those acting "as consented by You", and the preamble makes the
//     GDPR and the DPDP Act (both opt-in) prevail over any provision that
//     reads otherwise. So every optional purpose resting on consent stays off
//     until granted, in every place ([Catalog].OptInEverywhere).
//   - Sharing only with consent; sale never. §13.1 says data is not sold,
//     shared or rented to third parties "subject to the provisions of this
//     Policy", and §3.3 allows sharing with those "acting under Our
//     instructions as consented by You". So a purpose that shares data
//     (targeted advertising through the tools of §3.6) is an opt-in
//     purpose, while selling, licensing, trading and renting are prohibited
//     whatever the consent (§3.3, §13.1, §15.2).
//   - Enrichment is profiling. §3.1 uses data to "learn more about You by
//     linking Your Information with additional data through Third-Party data
//     providers". Combining data about a person from outside sources in order
//     to learn about them is evaluating personal aspects — the definition of
//     profiling in GDPR Art. 4(4), and the data-broker example of the
//     Article 29 Working Party's guidelines on profiling (WP251). §20.1 says
//     without qualification "We do not use automatic decision-making or
//     profiling", and where two clauses conflict the protective one wins, so
//     [PurposeEnrichment] carries [ActivityProfiling] and is always denied.
//     Targeted advertising (§3.1, §3.2, §3.6, §5.4, and the Google and
//     Facebook cookies of §5.5) also selects content from a person's
//     activity; because the policy describes and operates it in four
//     clauses and its cookie table, the catalog keeps it as an opt-in purpose
//     rather than reading §20.1 as erasing it. A controller that reads §20.1
//     strictly adds [ActivityTargetedAdvertising] to the "no-automated-decisions"
//     prohibition.
//   - Analytics is not cross-site tracking. Google Analytics' cookies
//     "follow Your progress through Our Platform" (§9.1) and Google "will not
//     associate Your IP address with any other data held by google" (§9.2):
//     they observe visits to this Platform, not "over time and across
//     websites" (§6.2). So Do Not Track, which the policy describes in those
//     words, leaves [PurposeAnalytics] alone, while it switches off
//     [PurposeTargetedAds] (remarketing follows a person across sites). An
//     analytics tool that does track across sites must declare
//     [ActivityCrossSiteTracking].
func ClootrackCatalog() Catalog {
	hash, err := ParseDigest(ClootrackNoticeSHA256)
	if err != nil {
		panic("consent: bad built-in notice digest") // a constant; covered by tests
	}
	return Catalog{
		Controller: Controller{
			Name:    "Clootrack Software Labs Inc.",
			Address: "Suite 350, 2093A Philadelphia Pike, Claymont, Delaware 19703, USA",
			Contact: "contactus@clootrack.com",
		},
		Purposes:     clootrackPurposes(),
		Prohibitions: clootrackProhibitions(),
		Notices: []Notice{{
			ID:       ClootrackNoticeID,
			Version:  1,
			Revised:  time.Date(2025, time.August, 4, 0, 0, 0, 0, time.UTC),
			Hash:     hash,
			Material: true,
			Language: "en",
		}},
		// Optional purposes stay off until granted, even where the CCPA
		// would allow them until an opt-out: see the function's comment.
		OptInEverywhere: true,
		OptInClause:     "§2.8, §3.3, §4.3",
		MinimumAge:      jurisdiction.PolicyMinimumAge(),
	}
}

// Clootrack returns the Policy for [ClootrackCatalog] with default options.
func Clootrack() *Policy { return MustPolicy(ClootrackCatalog(), nil) }

func clootrackPurposes() []Purpose {
	const (
		identity    Category = "identity"
		credentials Category = "credentials"
		contact     Category = "contact"
		tracking    Category = "tracking" // IP address, device id, referrer, browser (§2.1)
		behaviour   Category = "behaviour"
		usage       Category = "usage" // search history, features used, duration (§2.5)
		financial   Category = "financial"
		content     Category = "content" // what users submit: posts, messages, connector data
	)
	return []Purpose{
		{
			ID: PurposeService, Name: "Provide the service",
			Description: "Run the Platform and the Services you opted for: your account, sign-in and the features you use, including what a third party involved in a service you request needs.",
			Basis:       BasisContract, Essential: true,
			Categories: []Category{identity, credentials, contact, usage, content, financial},
			Clause:     "§3.2, §3.7",
		},
		{
			ID: PurposeAuthentication, Name: "Authentication cookies",
			Description: "Recognise you once you have signed in, so that you see the information you asked for.",
			Basis:       BasisContract, Essential: true,
			Categories: []Category{tracking},
			Clause:     "§5.3, §5.4",
		},
		{
			ID: PurposeEssentialEmail, Name: "Service, security and billing e-mails",
			Description: "E-mails essential to the Services: customer service, security, billing, and legal or contractual notices. You cannot opt out of these.",
			Basis:       BasisContract, Essential: true,
			Categories: []Category{contact},
			Clause:     "§3.2, §6.3",
		},
		{
			ID: PurposeCustomerCare, Name: "Customer care and administration",
			Description: "Answer your requests and keep the Platform properly administered and intact.",
			Basis:       BasisContract, Essential: true,
			Categories: []Category{identity, contact, usage},
			Clause:     "§3.2",
		},
		{
			ID: PurposeSecurity, Name: "Fraud prevention and security",
			Description: "Prevent fraud, crime and misuse, secure our systems, and share with our affiliates what helps detect identity theft and abuse.",
			Basis:       BasisLegitimateInterest, Essential: true,
			Categories: []Category{identity, tracking, usage},
			Clause:     "§3.2, §3.11",
		},
		{
			ID: PurposeLegalObligation, Name: "Legal obligations",
			Description: "Comply with the law and legal process, including requests from authorities.",
			Basis:       BasisLegalObligation, Essential: true,
			Categories: []Category{identity, contact, financial},
			Clause:     "§3.2, §15.2",
		},
		{
			ID: PurposeLegalClaims, Name: "Enforce terms and answer claims",
			Description: "Disclose what is reasonably necessary to enforce our Terms of Use and policies and to respond to claims.",
			Basis:       BasisLegitimateInterest, Essential: true,
			Categories: []Category{identity, contact, usage},
			Clause:     "§3.13",
		},
		{
			ID: PurposeRecordKeeping, Name: "Internal records",
			Description: "Keep the internal records the business needs.",
			Basis:       BasisLegitimateInterest, Essential: true,
			Categories: []Category{identity, contact, financial},
			Clause:     "§3.2",
		},
		{
			ID: PurposeMarketingEmail, Name: "Marketing e-mails",
			Description: "Send you offers based on your interests and earlier activity. Unsubscribing deletes the contact data kept for it.",
			Basis:       BasisConsent,
			Categories:  []Category{contact, behaviour},
			Clause:      "§3.1, §3.8, §6.3",
		},
		{
			ID: PurposeTargetedAds, Name: "Targeted advertising",
			Description: "Show you advertising and offers chosen from your activity, using remarketing, look-alike campaigns and third-party targeting tools.",
			Basis:       BasisConsent,
			Categories:  []Category{tracking, behaviour, usage},
			Activities:  ActivityTargetedAdvertising | ActivitySharing | ActivityCrossSiteTracking,
			Clause:      "§3.1, §3.2, §3.6, §5.4",
		},
		{
			ID: PurposeFunctionality, Name: "Functionality cookies",
			Description: "Remember your settings and progress to customise your experience.",
			Basis:       BasisConsent,
			Categories:  []Category{tracking, usage},
			Clause:      "§3.2, §5.4",
		},
		{
			ID: PurposeAnalytics, Name: "Analytics",
			Description: "Understand how the Platform is used — purchases, usage and traffic — with our own and third-party analytics tools such as Google Analytics, which observe this Platform only.",
			Basis:       BasisConsent,
			Categories:  []Category{tracking, behaviour, usage},
			Clause:      "§3.1, §3.6, §5.4",
		},
		{
			ID: PurposeSurveys, Name: "Surveys",
			Description: "Invite you to surveys about the Platform.",
			Basis:       BasisConsent,
			Categories:  []Category{contact},
			Clause:      "§3.1",
		},
		{
			ID: PurposeEnrichment, Name: "Data enrichment",
			Description: "Link your information with additional data from third-party data providers to learn more about you. That is profiling, which Clootrack does not do (§20.1).",
			Basis:       BasisConsent,
			Categories:  []Category{identity, contact, behaviour},
			Activities:  ActivityProfiling,
			Clause:      "§3.1",
		},
		{
			ID: PurposeProductImprovement, Name: "Product improvement",
			Description: "Improve and develop products, services and features, including from how you use them. Withdrawing consent deletes the contact data used for it.",
			Basis:       BasisConsent,
			Categories:  []Category{usage, contact},
			Clause:      "§3.1, §3.8",
		},
		{
			ID: PurposeModelTraining, Name: "AI and ML model training",
			Description: "Develop and train AI and ML models. Data from connected workspaces (such as Google Workspace) is never used for this.",
			Basis:       BasisConsent,
			Categories:  []Category{usage, content},
			Activities:  ActivityModelTraining,
			Clause:      "§3.1, §23",
		},
		{
			ID: PurposeSale, Name: "Sale of personal data",
			Description: "Selling, licensing, trading or renting personal data. Clootrack never does this.",
			Basis:       BasisConsent,
			Categories:  []Category{identity, contact, behaviour},
			Activities:  ActivitySale,
			Clause:      "§3.3, §13.1, §15.2",
		},
		{
			ID: PurposeAutomatedDecisions, Name: "Automated decisions and profiling",
			Description: "Decisions about you made by automated means alone, and profiling. Clootrack never does this.",
			Basis:       BasisConsent,
			Categories:  []Category{identity, behaviour, usage},
			Activities:  ActivityAutomatedDecisions | ActivityProfiling,
			Clause:      "§20.1",
		},
	}
}

func clootrackProhibitions() []Prohibition {
	return []Prohibition{
		{
			ID:          "no-sale",
			Description: "Personal information is never sold, licensed, traded or rented.",
			Clause:      "§3.3, §13.1, §15.2",
			Activities:  ActivitySale,
		},
		{
			ID:          "no-automated-decisions",
			Description: "No automated decision-making or profiling.",
			Clause:      "§20.1",
			Activities:  ActivityAutomatedDecisions | ActivityProfiling,
		},
		{
			ID:          "no-connector-data-for-generalized-ai",
			Description: "Data retrieved through data connectors (such as the Google Workspace APIs) never develops, improves or trains generalized AI/ML models.",
			Clause:      "§23",
			Activities:  ActivityModelTraining,
			Sources:     []Source{SourceConnector},
		},
	}
}
