package textscan

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
)

// hit is a finding as a test states it: the kind and the text it covers.
type hit struct {
	Kind  Kind
	Value string
}

func hits(sc *Scanner, text string) []hit {
	var out []hit
	for _, f := range sc.Scan(nil, []byte(text)) {
		out = append(out, hit{f.Kind, text[f.Start:f.End]})
	}
	return out
}

type detectCase struct {
	name string // the rule, with its source
	text string
	want []hit
}

func runDetect(t *testing.T, cases []detectCase) {
	t.Helper()
	sc := New(Config{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tc.want, hits(sc, tc.text)); diff != "" {
				t.Errorf("Scan(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// Cards: Luhn (ISO/IEC 7812-1 Annex B) and IIN ranges. The valid numbers
// are the public test cards of https://docs.stripe.com/testing#cards.
func TestDetectCard(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"Visa test card, bare", "paid 4242424242424242 ok", []hit{{KindCard, "4242424242424242"}}},
		{"Visa, groups of four", "card 4111 1111 1111 1111 exp", []hit{{KindCard, "4111 1111 1111 1111"}}},
		{"Mastercard 51-55, dashes", "5555-5555-5555-4444", []hit{{KindCard, "5555-5555-5555-4444"}}},
		{"Mastercard 2221-2720", "2223003122003222", []hit{{KindCard, "2223003122003222"}}},
		{"Amex 4-6-5", "amex 3782 822463 10005", []hit{{KindCard, "3782 822463 10005"}}},
		{"Amex 37", "371449635398431", []hit{{KindCard, "371449635398431"}}},
		{"Discover", "6011111111111117", []hit{{KindCard, "6011111111111117"}}},
		{"JCB", "3566002020360505", []hit{{KindCard, "3566002020360505"}}},
		{"Diners 16 digits", "3056930009020004", []hit{{KindCard, "3056930009020004"}}},
		{"Diners 14 digits, 4-6-4", "3056 930902 5904", []hit{{KindCard, "3056 930902 5904"}}},
		{"UnionPay", "6200000000000005", []hit{{KindCard, "6200000000000005"}}},
		{"wrong Luhn digit", "4111 1111 1111 1112", nil},
		{"Luhn-valid but no known IIN", "1234567812345670", nil},
		{"Visa length 15 is not a Visa length", "411111111111116", nil},
		{"mixed separators", "4111-1111 1111-1111", nil},
		{"glued to a word", "x4111111111111111", nil},
		{"inside an identifier", "user_4111111111111111", nil},
		{"followed by a long group", "4111 1111 1111 1111 20240501", []hit{{KindCard, "4111 1111 1111 1111"}}},
		{"the longest valid prefix of a spaced number", "5018 1410 0203 4602 103", []hit{{KindCard, "5018 1410 0203 4602"}}},
	})
}

// TestDetectPublishedTestCards: the test cards that payment gateways publish
// for each network are found, bare and printed in groups; the few whose IIN
// the table leaves out (see iinRanges) are not.
func TestDetectPublishedTestCards(t *testing.T) {
	t.Parallel()
	sc := New(Config{})
	for _, tc := range []struct {
		source string
		cards  []string
	}{
		{"docs.stripe.com/testing", []string{"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
			"5200828282828210", "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
			"6011981111111113", "3056930009020004", "36227206271667", "6555900000604105", "3566002020360505", "6200000000000005",
			"6200000000000047", "6205500000000000004"}},
		{"Mastercard Gateway, test card numbers by brand", []string{"5123450000000008", "2223000000000007", "5111111111111118",
			"2223000000000023", "4508750015741019", "4012000033330026", "371881634498004"}},
		{"Braintree sandbox", []string{"36259600000004", "6011000991300009", "6304000000000000", "2223000048400011",
			"4005519200000004", "6243030000000001", "6221261111117766", "6223164991230014"}},
		{"PayPal Payflow", []string{"378734493671000", "30569309025904", "38520000023237", "3530111333300000",
			"4012888888881881", "4222222222222", "5019717010103742"}},
		{"Opayo (Sage Pay)", []string{"4929000000006", "4462000000000003", "4917300000000008", "5186150660000009",
			"6759000000005", "5185570760000008", "374200000000004", "36000000000008", "3569990000000009"}},
		{"Authorize.Net", []string{"370000000000002", "38000000000006", "6011000000000012", "5424000000000015", "4007000000027"}},
	} {
		for _, card := range tc.cards {
			assert.Equal(t, []hit{{KindCard, card}}, hits(sc, "paid with "+card+" today"), "%s: %s", tc.source, card)
			if len(card) == 16 {
				printed := group(card, " ", 4, 4, 4, 4)
				assert.Equal(t, []hit{{KindCard, printed}}, hits(sc, "paid with "+printed+" today"), "%s: %s", tc.source, printed)
			}
		}
	}
	for _, card := range []string{"6705000000008", "6766000000000", "3088000000000017", "5610591081018250"} {
		assert.True(t, luhn([]byte(card)), card)
		assert.Empty(t, hits(sc, "paid with "+card+" today"), "%s is outside the IIN table", card)
	}
}

// IBANs: ISO 13616 lengths and ISO 7064 mod 97-10. The valid IBANs are the
// examples of the SWIFT IBAN Registry.
func TestDetectIBAN(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"DE compact", "iban DE89370400440532013000.", []hit{{KindIBAN, "DE89370400440532013000"}}},
		{"DE printed in fours", "DE89 3704 0044 0532 0130 00", []hit{{KindIBAN, "DE89 3704 0044 0532 0130 00"}}},
		{"GB with a bank code", "GB29 NWBK 6016 1331 9268 19", []hit{{KindIBAN, "GB29 NWBK 6016 1331 9268 19"}}},
		{"FR with a letter in the BBAN", "FR1420041010050500013M02606", []hit{{KindIBAN, "FR1420041010050500013M02606"}}},
		{"NL", "NL91ABNA0417164300", []hit{{KindIBAN, "NL91ABNA0417164300"}}},
		{"IT", "IT60X0542811101000000123456", []hit{{KindIBAN, "IT60X0542811101000000123456"}}},
		{"PL", "PL61109010140000071219812874", []hit{{KindIBAN, "PL61109010140000071219812874"}}},
		{"wrong check digits", "GB28NWBK60161331926819", nil},
		{"one character short for DE, check digits right", "DE5137040044053201300", nil},
		{"unknown country, check digits right", "XX46370400440532013000", nil},
		{"lower case", "de89370400440532013000", nil},
	})
}

// IP addresses follow net/netip.ParseAddr; dotted quads that are versions
// are not addresses.
func TestDetectIP(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"IPv4", "client 203.0.113.7 connected", []hit{{KindIPv4, "203.0.113.7"}}},
		{"IPv4 with a port", "10.0.0.1:8080", []hit{{KindIPv4, "10.0.0.1"}}},
		{"IPv4 in a URL", "http://192.168.1.20/admin", []hit{{KindIPv4, "192.168.1.20"}}},
		{"IPv4 range", "10.0.0.1-10.0.0.9", []hit{{KindIPv4, "10.0.0.1"}, {KindIPv4, "10.0.0.9"}}},
		{"octet above 255", "192.168.1.300", nil},
		{"leading zero (netip rejects it)", "10.01.0.1", nil},
		{"v-prefixed version", "v1.2.3.4", nil},
		{"version word", "version 1.2.3.4", nil},
		{"build word with '='", "build=10.0.0.1", nil},
		{"five fields (an OID)", "1.3.6.1.4", nil},
		{"IPv6 compressed", "from 2001:db8::1 ok", []hit{{KindIPv6, "2001:db8::1"}}},
		{"IPv6 full", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", []hit{{KindIPv6, "2001:0db8:85a3:0000:0000:8a2e:0370:7334"}}},
		{"IPv6 with a zone: the zone names an interface and stays", "fe80::1%eth0", []hit{{KindIPv6, "fe80::1"}}},
		{"IPv6 zones repeated: only the address is the finding", "fe80::1%0%0", []hit{{KindIPv6, "fe80::1"}}},
		{"IPv6 in brackets with a port", "[2001:db8::8a2e:370:7334]:443", []hit{{KindIPv6, "2001:db8::8a2e:370:7334"}}},
		{"IPv4-mapped IPv6: the IPv4 address it maps", "::ffff:192.0.2.128", []hit{{KindIPv4, "192.0.2.128"}}},
		{"IPv4-mapped IPv6, long form", "0:0:0:0:0:FFFF:192.0.2.128", []hit{{KindIPv4, "192.0.2.128"}}},
		{"IPv4-compatible (not mapped) IPv6 stays IPv6", "::1:192.0.2.128", []hit{{KindIPv6, "::1:192.0.2.128"}}},
		{"a second :: ends the address (netip rejects the whole)", "2001:db8::1::2", []hit{{KindIPv6, "2001:db8::1"}}},
		{"two :: and nothing valid before", "1::2::3", nil},
		{"five hex digits in a group", "2001:db8:12345::1", nil},
		{"a time of day", "at 12:34:56", nil},
		{"C++ scope", "std::max and a::b", nil},
		{"loopback, too short to be anyone's", "::1", nil},
	})
}

// MAC addresses: EUI-48 in IEEE 802 notation, and the Cisco dotted form.
func TestDetectMAC(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"colons", "hw 00:1A:2B:3C:4D:5E up", []hit{{KindMAC, "00:1A:2B:3C:4D:5E"}}},
		{"dashes", "3c-22-fb-12-34-56", []hit{{KindMAC, "3c-22-fb-12-34-56"}}},
		{"Cisco dotted", "001a.2b3c.4d5e", []hit{{KindMAC, "001a.2b3c.4d5e"}}},
		{"all zero identifies nothing", "00:00:00:00:00:00", nil},
		{"broadcast identifies nothing", "ff:ff:ff:ff:ff:ff", nil},
		{"five groups", "00:1A:2B:3C:4D", nil},
		{"seven groups", "00:1A:2B:3C:4D:5E:6F", nil},
		{"mixed separators", "00:1A-2B:3C:4D:5E", nil},
	})
}

// Aadhaar: 12 digits, first 2-9, Verhoeff, not a palindrome (anchors.md
// §19); bare numbers need a context word, in English or Hindi.
func TestDetectAadhaar(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"grouped 4-4-4", "id 2345 6789 0124", []hit{{KindAadhaar, "2345 6789 0124"}}},
		{"grouped with dashes", "2345-6789-0124", []hit{{KindAadhaar, "2345-6789-0124"}}},
		{"bare after 'Aadhaar'", "Aadhaar: 234567890124", []hit{{KindAadhaar, "234567890124"}}},
		{"bare after the Hindi word", "आधार 234567890124", []hit{{KindAadhaar, "234567890124"}}},
		{"bare without context", "ref 234567890124", nil},
		{"wrong Verhoeff digit", "2345 6789 0125", nil},
		{"first digit 1, though Verhoeff-valid", "1345 6789 0129", nil},
		{"palindrome, though Verhoeff-valid", "aadhaar 2000 0990 0002", nil},
		{"context used up by an earlier value", "aadhaar 2345 6789 0124 ref 345678901238", []hit{{KindAadhaar, "2345 6789 0124"}}},
		{"context on the previous line", "aadhaar\n234567890124", nil},
	})
}

// PAN and GSTIN (India). The GSTINs are registrations printed on real
// invoices: Google India (Haryana; PAN AACCG0527D per taxguru.in), Amazon
// Seller Services (Karnataka and Maharashtra), Facebook India Online
// Services, and an e-commerce TCS registration with C in place of Z.
func TestDetectIndianTaxIDs(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"PAN, company", "PAN AACCG0527D on file", []hit{{KindPAN, "AACCG0527D"}}},
		{"PAN, person", "ABCPE1234F", []hit{{KindPAN, "ABCPE1234F"}}},
		{"PAN with an unknown holder type", "ABCDE1234F", nil},
		{"PAN with digits 0000", "ABCPE0000F", nil},
		{"PAN in lower case", "abcpe1234f", nil},
		{"GSTIN Google India", "gstin 06AACCG0527D1Z8", []hit{{KindGSTIN, "06AACCG0527D1Z8"}}},
		{"GSTIN Amazon Karnataka", "29AAICA3918J1ZE", []hit{{KindGSTIN, "29AAICA3918J1ZE"}}},
		{"GSTIN Amazon Maharashtra", "27AAICA3918J1ZI", []hit{{KindGSTIN, "27AAICA3918J1ZI"}}},
		{"GSTIN Facebook India", "06AABCF5150G1ZZ", []hit{{KindGSTIN, "06AABCF5150G1ZZ"}}},
		{"GSTIN of a TCS registration", "35AADCD4946L1CO", []hit{{KindGSTIN, "35AADCD4946L1CO"}}},
		{"GSTIN with a wrong check character", "29AAICA3918J1ZF", nil},
		{"GSTIN with state code 39, check character right", "39AAICA3918J1ZD", nil},
		{"GSTIN with state code 00, check character right", "00AAICA3918J1ZY", nil},
	})
}

// US SSN and ITIN: SSA POMS RM 10201.035 never-issued ranges; IRS ITIN
// group ranges.
func TestDetectSSN(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"SSN with dashes", "ssn 536-22-1234", []hit{{KindSSN, "536-22-1234"}}},
		{"SSN with spaces", "536 22 1234", []hit{{KindSSN, "536 22 1234"}}},
		{"bare SSN after a context word", "social security number 536221234", []hit{{KindSSN, "536221234"}}},
		{"bare nine digits without context", "order 536221234", nil},
		{"area 000", "000-12-3456", nil},
		{"area 666", "666-12-3456", nil},
		{"group 00", "536-00-1234", nil},
		{"serial 0000", "536-22-0000", nil},
		{"advertising range 987-65-4320..4329", "987-65-4325", nil},
		{"the Woolworth wallet card", "078-05-1120", nil},
		{"one repeated digit", "111-11-1111", nil},
		{"mixed separators", "536-22 1234", nil},
		{"ITIN, group 70-88", "912-70-1234", []hit{{KindITIN, "912-70-1234"}}},
		{"ITIN, group 94-99", "999-94-1234", []hit{{KindITIN, "999-94-1234"}}},
		{"area 9xx outside the ITIN groups", "912-34-5678", nil},
	})
}

// UK National Insurance numbers: HMRC NIM39110 prefix and suffix rules.
func TestDetectNINO(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"compact", "nino AB123456C", []hit{{KindNINO, "AB123456C"}}},
		{"spaced in pairs", "JG 10 37 59 A", []hit{{KindNINO, "JG 10 37 59 A"}}},
		{"spaced block", "JG 103759 A", []hit{{KindNINO, "JG 103759 A"}}},
		{"first letter D", "DA123456C", nil},
		{"first letter Q", "QQ123456C", nil},
		{"second letter O", "AO123456C", nil},
		{"prefix BG", "BG123456C", nil},
		{"prefix GB", "GB123456C", nil},
		{"prefix ZZ", "ZZ123456C", nil},
		{"suffix E", "AB123456E", nil},
	})
}

// Phones: E.164 (ITU-T E.164 §6) with the national plans of tables.go. The
// UK numbers are in Ofcom's ranges reserved for drama (020 7946 0xxx,
// 07700 900xxx); the NANP numbers use the fictional 555 exchange.
func TestDetectPhone(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"E.164 US compact", "+14155550132", []hit{{KindPhone, "+14155550132"}}},
		{"E.164 US formatted", "+1 (415) 555-0132", []hit{{KindPhone, "+1 (415) 555-0132"}}},
		{"E.164 UK with (0)", "+44 (0)20 7946 0958", []hit{{KindPhone, "+44 (0)20 7946 0958"}}},
		{"E.164 UK mobile", "+44 7700 900123", []hit{{KindPhone, "+44 7700 900123"}}},
		{"E.164 India", "+91 98765 43210", []hit{{KindPhone, "+91 98765 43210"}}},
		{"E.164 Germany", "+49 30 12345678", []hit{{KindPhone, "+49 30 12345678"}}},
		{"E.164 France", "+33 1 23 45 67 89", []hit{{KindPhone, "+33 1 23 45 67 89"}}},
		{"E.164 Italy keeps the 0", "+39 06 1234 5678", []hit{{KindPhone, "+39 06 1234 5678"}}},
		{"E.164 Spain", "+34 612 34 56 78", []hit{{KindPhone, "+34 612 34 56 78"}}},
		{"E.164 Netherlands", "+31 6 12345678", []hit{{KindPhone, "+31 6 12345678"}}},
		{"E.164 Poland", "+48 601 234 567", []hit{{KindPhone, "+48 601 234 567"}}},
		{"E.164 country without a plan here", "+65 8123 4567", []hit{{KindPhone, "+65 8123 4567"}}},
		{"E.164 US, spaces then a dash", "+1 415 555-0132", []hit{{KindPhone, "+1 415 555-0132"}}},
		{"E.164 UK, spaces then a dash", "+44 20 7946-0958", []hit{{KindPhone, "+44 20 7946-0958"}}},
		{"E.164 Russia's 3-3-2-2", "+7 495 123-45-67", []hit{{KindPhone, "+7 495 123-45-67"}}},
		{"E.164 followed by a date", "+44 20 7946 0958 2024-05-01", []hit{{KindPhone, "+44 20 7946 0958"}}},
		{"US NSN one digit short", "+1 415 555 013", nil},
		{"UK NSN too long", "+44 20 7946 09581", nil},
		{"unassigned country code", "+999 1234 5678", nil},
		{"more than 15 digits", "+49 1234 5678 9012 345", nil},
		{"NANP (415) 555-0132", "(415) 555-0132", []hit{{KindPhone, "(415) 555-0132"}}},
		{"NANP dashes", "call 415-555-0132", []hit{{KindPhone, "415-555-0132"}}},
		{"NANP area code 1xx", "(123) 456-7890", nil},
		{"NANP N11 area code", "411-555-0132", nil},
		{"UK London with trunk 0", "020 7946 0958", []hit{{KindPhone, "020 7946 0958"}}},
		{"UK mobile with trunk 0", "07700 900123", []hit{{KindPhone, "07700 900123"}}},
		{"India mobile 5-5", "98765 43210", []hit{{KindPhone, "98765 43210"}}},
		{"France", "01 23 45 67 89", []hit{{KindPhone, "01 23 45 67 89"}}},
		{"Germany Berlin", "030 12345678", []hit{{KindPhone, "030 12345678"}}},
		{"Spain needs a context word", "612 345 678", nil},
		{"Spain after 'phone'", "phone: 612 345 678", []hit{{KindPhone, "612 345 678"}}},
		{"India bare after 'mobile'", "mobile 9876543210", []hit{{KindPhone, "9876543210"}}},
		{"bare ten digits without context", "ts 9876543210", nil},
		{"Germany without its trunk prefix is a local number", "phone 30 123456", nil},
		{"Germany with its trunk prefix, after a context word", "phone 030 123456", []hit{{KindPhone, "030 123456"}}},
		{"the SSN grouping is not a phone", "phone 536-22-1234", []hit{{KindSSN, "536-22-1234"}}},
		{"a date is not a phone", "01.02.2024", nil},
	})
}

// E-mail addresses: RFC 5321 lengths, an alphabetic TLD.
func TestDetectEmail(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"plain", "from alice@example.com.", []hit{{KindEmail, "alice@example.com"}}},
		{"dots, plus tag, subdomain", "<j.doe+news@mail.example.co.uk>", []hit{{KindEmail, "j.doe+news@mail.example.co.uk"}}},
		{"after mailto:", "mailto:bob@example.org", []hit{{KindEmail, "bob@example.org"}}},
		{"after key=", "user=bob@example.org", []hit{{KindEmail, "bob@example.org"}}},
		{"IDN TLD", "a@example.xn--p1ai", []hit{{KindEmail, "a@example.xn--p1ai"}}},
		{"asset name", "icon@2x.png", nil},
		{"no TLD", "root@localhost", nil},
		{"numeric TLD", "a@b.123", nil},
		{"double dot", "a..b@example.com", nil},
		{"local part of 65 bytes", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.com", nil},
		{"npm scope", "@types/node", nil},
	})
}

// Credentials in URLs (RFC 3986 user-info, query and fragment), JWTs
// (RFC 7519; the token is the example of RFC 7519 §3.1 as shown on jwt.io)
// and bearer tokens (RFC 6750 §2.1, whose example token is mF_9.B5f-4.1JqM).
func TestDetectSecrets(t *testing.T) {
	t.Parallel()
	const jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
	runDetect(t, []detectCase{
		{"user and password", "postgres://admin:s3cr3t@db:5432/app", []hit{{KindURLCredential, "admin:s3cr3t"}}},
		{"a token as user name", "https://ghp_abcdefghijklmnopqrstuv@github.com/x.git", []hit{{KindURLCredential, "ghp_abcdefghijklmnopqrstuv"}}},
		{"a short user name alone", "ssh://git@github.com/x.git", nil},
		{"query token", "GET /reset?token=abc123&lang=en HTTP/1.1", []hit{{KindURLCredential, "abc123"}}},
		{"second parameter", "/cb?state=xyz&code=SplxlOBeZQQYbYS6WxSbIA", []hit{{KindURLCredential, "SplxlOBeZQQYbYS6WxSbIA"}}},
		{"fragment access token", "https://app.example.com/#access_token=2YotnFZFEjr1zCsicMWpAA&token_type=bearer", []hit{{KindURLCredential, "2YotnFZFEjr1zCsicMWpAA"}}},
		{"S3 pre-signed URL", "?X-Amz-Credential=AKIA%2F20240501&X-Amz-Signature=fe5f80f77d5f", []hit{{KindURLCredential, "AKIA%2F20240501"}, {KindURLCredential, "fe5f80f77d5f"}}},
		{"an access key pair", "?access_key=AKIAIOSFODNN7EXAMPLE&secret_key=wJalrXUtnFEMI", []hit{{KindURLCredential, "AKIAIOSFODNN7EXAMPLE"}, {KindURLCredential, "wJalrXUtnFEMI"}}},
		{"a parameter that only starts like a secret", "?tokenizer=simple&page=2", nil},
		{"key=value outside a URL", "password=hunter2", nil},
		{"JWT", "id_token " + jwt, []hit{{KindJWT, jwt}}},
		{"JWT after Bearer", "Authorization: Bearer " + jwt, []hit{{KindJWT, jwt}}},
		{"header without alg", "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.c2ln", nil},
		{"header that is not JSON", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ.eyJzdWIiOiIxIn0.c2ln", nil},
		{"bearer token", "Authorization: Bearer mF_9.B5f-4.1JqM", []hit{{KindBearer, "mF_9.B5f-4.1JqM"}}},
		{"bearer in lower case", "authorization: bearer 8f2c1e0b9d7a", []hit{{KindBearer, "8f2c1e0b9d7a"}}},
		{"Bearer challenge", `WWW-Authenticate: Bearer realm="example"`, nil},
		{"the phrase bearer token", "missing Bearer token", nil},
		{"Basic credentials, RFC 7617's example", "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", []hit{{KindBasicAuth, "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="}}},
		{"Basic credentials without padding", "authorization: basic dXNlcjpwYXNzd29yZA,", []hit{{KindBasicAuth, "dXNlcjpwYXNzd29yZA"}}},
		{"Basic challenge", `WWW-Authenticate: Basic realm="WallyWorld"`, nil},
		{"the phrase basic auth", "basic auth failed", nil},
		{"base64 without a colon", "Basic aGVsbG8gd29ybGQ=", nil},
		{"base64 of binary", "Basic AAECAwQFBgc6", nil},
	})
}

// Dates of birth and passport numbers need a context word near them.
func TestDetectContextOnly(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"DOB ISO", "DOB: 1985-03-12", []hit{{KindDateOfBirth, "1985-03-12"}}},
		{"date of birth, day first", "Date of birth 12/03/1985", []hit{{KindDateOfBirth, "12/03/1985"}}},
		{"born, month name", "born 12 March 1985", []hit{{KindDateOfBirth, "12 March 1985"}}},
		{"born, US order", "born on Mar 12, 1985", []hit{{KindDateOfBirth, "Mar 12, 1985"}}},
		{"Hindi context", "जन्म तिथि 12.03.1985", []hit{{KindDateOfBirth, "12.03.1985"}}},
		{"not a calendar date", "DOB: 1985-02-30", nil},
		{"a date without context", "expires 1985-03-12", nil},
		{"a timestamp", "2024-05-01T12:00:00Z done", nil},
		{"passport, Indian format", "passport no. J8369854", []hit{{KindPassport, "J8369854"}}},
		{"passport, nine digits", "Passport number: 123456789", []hit{{KindPassport, "123456789"}}},
		{"passport-shaped without context", "J8369854", nil},
	})
}

// Near misses and decoys that a scanner must leave alone.
func TestDetectDecoys(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"UUID", "id=550e8400-e29b-41d4-a716-446655440000", nil},
		{"hashes", "md5 d41d8cd98f00b204e9800998ecf8427e sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709", nil},
		{"order numbers", "ORD-2024-000123 order #100234 112-3456789-1234567 INV-00012345", nil},
		{"epoch timestamps", "ts=1714567890 ts_ms=1714567890123", nil},
		{"times and durations", "12:34:56.789 took 1.5s 120ms", nil},
		{"versions", "v1.2.3 v10.0.0.1 version 4.5.6.7", nil},
		{"user agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.6099.109", nil},
	})
}

// TestDetectAfterMarker: a redaction marker uses up a context word as the
// value it replaced did, so redacting twice changes nothing.
func TestDetectAfterMarker(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"value, then a bare number", "aadhaar 2345 6789 0124, 345678901238", []hit{{KindAadhaar, "2345 6789 0124"}}},
		{"marker, then a bare number", "aadhaar [AADHAAR], 345678901238", nil},
		{"the bare number is valid: a context word alone finds it", "aadhaar 345678901238", []hit{{KindAadhaar, "345678901238"}}},
		{"pii's default marker", "DOB: [REDACTED] 1985-03-12", nil},
		{"brackets that are not a marker", "DOB: [see below] 1985-03-12", []hit{{KindDateOfBirth, "1985-03-12"}}},
	})
}

// TestDetectNextToOtherValues: a value next to another is found as it would
// be next to the marker or mask that replaces the other, so that redacting
// twice changes nothing (issue 4). Each row is one of the rules of the
// package comment's "Idempotence".
func TestDetectNextToOtherValues(t *testing.T) {
	t.Parallel()
	runDetect(t, []detectCase{
		{"a spaced number is tried before a '/' where another value begins", "4111 1111 1111 1111/0.0.0.0",
			[]hit{{KindCard, "4111 1111 1111 1111"}, {KindIPv4, "0.0.0.0"}}},
		{"a spaced number is tried before a group too long to join it", "2345 6789 0124 4111111111111111",
			[]hit{{KindAadhaar, "2345 6789 0124"}, {KindCard, "4111111111111111"}}},
		{"a spaced number is tried before a phone number in parentheses", "2345 6789 0124 (415) 555-0132",
			[]hit{{KindAadhaar, "2345 6789 0124"}, {KindPhone, "(415) 555-0132"}}},
		{"a group that opens an address is not part of a number", "02345 6789 0124::",
			[]hit{{KindIPv6, "0124::"}}},
		{"what a mask keeps starts nothing", "XXXX XXXX 0124 234567890124 ******0100 411111******1111", nil},
		{"nothing starts inside the domain a masked e-mail keeps", "***@0--01000000.00--0.AA ***@x.--4111111111111111 ", nil},
		{"the same text without the masks holds values", "a@0--01000000.00--0.AA x.--4111111111111111 ",
			[]hit{{KindEmail, "a@0--01000000.00--0.AA"}, {KindCard, "4111111111111111"}}},
		{"a context word speaks for the first value after it", "aadhaar XXXX XXXX 0124 234567890124", nil},
		{"an address ending in '::' is not glued to a value", "2001:db8:1::AB123456C", []hit{{KindNINO, "AB123456C"}}},
		{"an IPv4-mapped address is the IPv4 address it maps", "Bearer ::ffff:192.0.2.128",
			[]hit{{KindIPv4, "192.0.2.128"}}},
		{"an address written from '::' begins after a delimiter only", "+49 30 12345678.::2001:db8:85a3:0:0:8a2e:370:7334", nil},
		{"a MAC address before ':' and a value", "00:1A:2B:3C:4D:5E:020 7946 0958", []hit{{KindPhone, "020 7946 0958"}}},
		{"a zone may hold another value", "2001:db8::1%eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
			[]hit{{KindIPv6, "2001:db8::1"}, {KindJWT, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"}}},
		{"a JWT ends where a value begins in its last segment", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln_-10.0.0.1.",
			[]hit{{KindJWT, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln_-"}, {KindIPv4, "10.0.0.1"}}},
		{"Basic credentials glued to a value", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==AB123456C", []hit{{KindNINO, "AB123456C"}}},
		{"user-info before a host that is a value", "x://user:pass@+14155550132",
			[]hit{{KindURLCredential, "user:pass"}, {KindPhone, "+14155550132"}}},
		{"a query value in brackets", "?sig=[AACCG0527D]", []hit{{KindPAN, "AACCG0527D"}}},
	})
}
