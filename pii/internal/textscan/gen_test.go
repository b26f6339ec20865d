package textscan

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// This file generates labeled text: valid identifiers of every kind, built
// by computing their check digits (Luhn, ISO 7064 mod 97-10, Verhoeff, the
// GSTIN mod-36 character), with random separators and context, mixed with
// near misses and decoys, inside log-like lines. It is seeded, so every
// run sees the same corpus.

// truth is one labeled value in generated text.
type truth struct {
	kind       Kind
	start, end int
}

// corpus accumulates generated text and its labels.
type corpus struct {
	rng   *rand.Rand
	b     strings.Builder
	truth []truth
	decoy map[string]int // decoys written, by family
}

func newCorpus(seed uint64) *corpus {
	return &corpus{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), decoy: map[string]int{}}
}

func (c *corpus) text(s string) { c.b.WriteString(s) }

// value writes a labeled value.
func (c *corpus) value(k Kind, s string) {
	start := c.b.Len()
	c.b.WriteString(s)
	c.truth = append(c.truth, truth{kind: k, start: start, end: c.b.Len()})
}

func (c *corpus) pick(xs ...string) string { return xs[c.rng.IntN(len(xs))] }
func (c *corpus) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + c.rng.IntN(10))
	}
	return string(b)
}
func (c *corpus) upper(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('A' + c.rng.IntN(26))
	}
	return string(b)
}
func (c *corpus) lowerAlnum(n int) string {
	const set = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, n)
	for i := range b {
		b[i] = set[c.rng.IntN(len(set))]
	}
	return string(b)
}
func (c *corpus) hex(n int) string {
	const set = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = set[c.rng.IntN(16)]
	}
	return string(b)
}
func (c *corpus) b64(n int) string {
	const set = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	b := make([]byte, n)
	for i := range b {
		b[i] = set[c.rng.IntN(len(set))]
	}
	return string(b)
}

// group splits s into blocks of the given sizes joined by sep.
func group(s, sep string, sizes ...int) string {
	var parts []string
	for _, n := range sizes {
		if n >= len(s) {
			parts = append(parts, s)
			s = ""
			break
		}
		parts = append(parts, s[:n])
		s = s[n:]
	}
	if s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, sep)
}

// --- valid identifiers -----------------------------------------------------

func (c *corpus) email() string {
	local := c.pick("alice", "bob", "priya.sharma", "j.doe", "wei_zhang", "o'neil", "maria.garcia", "k.nakamura")
	if strings.Contains(local, "'") {
		local = "oneil"
	}
	if c.rng.IntN(3) == 0 {
		local += strconv.Itoa(c.rng.IntN(1000))
	}
	if c.rng.IntN(4) == 0 {
		local += "+" + c.pick("news", "billing", "test")
	}
	domain := c.pick("example.com", "mail.example.org", "corp.example.co.uk", "example.in", "gmail.com", "example.de", "sub.example.io")
	return local + "@" + domain
}

type cardBrand struct {
	prefix string
	length int
	groups []int
}

var genBrands = []cardBrand{
	{"4", 16, []int{4, 4, 4, 4}}, {"4", 13, nil}, {"51", 16, []int{4, 4, 4, 4}}, {"55", 16, []int{4, 4, 4, 4}},
	{"2221", 16, []int{4, 4, 4, 4}}, {"2720", 16, []int{4, 4, 4, 4}}, {"34", 15, []int{4, 6, 5}}, {"37", 15, []int{4, 6, 5}},
	{"6011", 16, []int{4, 4, 4, 4}}, {"65", 16, []int{4, 4, 4, 4}}, {"3530", 16, []int{4, 4, 4, 4}},
	{"36", 14, []int{4, 6, 4}}, {"62", 16, []int{4, 4, 4, 4}}, {"62", 19, []int{4, 4, 4, 4, 3}},
	{"60", 16, []int{4, 4, 4, 4}}, {"508", 16, []int{4, 4, 4, 4}}, {"6759", 16, []int{4, 4, 4, 4}},
	{"5018", 19, []int{4, 4, 4, 4, 3}}, {"2200", 16, []int{4, 4, 4, 4}},
}

func (c *corpus) cardDigits() (string, cardBrand) {
	b := genBrands[c.rng.IntN(len(genBrands))]
	payload := b.prefix + c.digits(b.length-1-len(b.prefix))
	return payload + string(luhnCheckDigit([]byte(payload))), b
}

func (c *corpus) card() string {
	d, b := c.cardDigits()
	if b.groups == nil || c.rng.IntN(4) == 0 {
		return d
	}
	return group(d, c.pick(" ", "-"), b.groups...)
}

// ibanBBANs gives, per country, a generator of a BBAN of the registry's
// length: bank codes are letters where the country uses letters.
var ibanBBANs = map[string]func(c *corpus) string{
	"DE": func(c *corpus) string { return c.digits(18) },
	"GB": func(c *corpus) string { return c.upper(4) + c.digits(14) },
	"NL": func(c *corpus) string { return c.upper(4) + c.digits(10) },
	"FR": func(c *corpus) string { return c.digits(23) },
	"ES": func(c *corpus) string { return c.digits(20) },
	"IT": func(c *corpus) string { return c.upper(1) + c.digits(22) },
	"PL": func(c *corpus) string { return c.digits(24) },
	"BE": func(c *corpus) string { return c.digits(12) },
	"CH": func(c *corpus) string { return c.digits(17) },
	"AT": func(c *corpus) string { return c.digits(16) },
	"IE": func(c *corpus) string { return c.upper(4) + c.digits(14) },
	"SA": func(c *corpus) string { return c.digits(20) },
	"AE": func(c *corpus) string { return c.digits(19) },
	"NO": func(c *corpus) string { return c.digits(11) },
}

var ibanCountries = []string{"DE", "GB", "NL", "FR", "ES", "IT", "PL", "BE", "CH", "AT", "IE", "SA", "AE", "NO"}

// ibanWithCheck computes the check digits of country+BBAN: 98 - (N mod 97)
// with the check digits set to 00 (anchors.md §19).
func ibanWithCheck(country, bban string) string {
	rem, _ := mod97([]byte(country + "00" + bban))
	return fmt.Sprintf("%s%02d%s", country, 98-rem, bban)
}

func (c *corpus) ibanCompact() string {
	cc := ibanCountries[c.rng.IntN(len(ibanCountries))]
	return ibanWithCheck(cc, ibanBBANs[cc](c))
}

func (c *corpus) iban() string {
	s := c.ibanCompact()
	if c.rng.IntN(2) == 0 {
		return s
	}
	return group(s, " ", 4, 4, 4, 4, 4, 4, 4, 4)
}

func (c *corpus) ipv4() string {
	first := []int{10, 172, 192, 203, 198, 81, 49, 117}[c.rng.IntN(8)]
	return fmt.Sprintf("%d.%d.%d.%d", first, c.rng.IntN(256), c.rng.IntN(256), 1+c.rng.IntN(254))
}

func (c *corpus) ipv6() string {
	switch c.rng.IntN(4) {
	case 0:
		return fmt.Sprintf("2001:db8:%x:%x::%x", c.rng.IntN(0x10000), c.rng.IntN(0x10000), 1+c.rng.IntN(0xffff))
	case 1:
		return fmt.Sprintf("fe80::%x:%x:%x:%x", c.rng.IntN(0x10000), c.rng.IntN(0x10000), c.rng.IntN(0x10000), c.rng.IntN(0x10000))
	case 2:
		var g []string
		for range 8 {
			g = append(g, fmt.Sprintf("%x", c.rng.IntN(0x10000)))
		}
		return strings.Join(g, ":")
	default:
		return mappedV4 + c.ipv4()
	}
}

// mappedV4 is the prefix of an IPv4-mapped IPv6 address (RFC 4291 §2.5.5.2).
const mappedV4 = "::ffff:"

func (c *corpus) mac() string {
	sep := c.pick(":", "-")
	var g []string
	for range 6 {
		g = append(g, c.hex(2))
	}
	g[0] = "3c"
	s := strings.Join(g, sep)
	if c.rng.IntN(2) == 0 {
		s = strings.ToUpper(s)
	}
	return s
}

func (c *corpus) aadhaarDigits() string {
	for {
		p := string(byte('2'+c.rng.IntN(8))) + c.digits(10)
		d := p + string(verhoeffCheckDigit([]byte(p)))
		if aadhaarValid([]byte(d)) {
			return d
		}
	}
}

func (c *corpus) pan() string {
	return c.upper(3) + string(panHolderTypes[c.rng.IntN(len(panHolderTypes))]) + c.upper(1) +
		fmt.Sprintf("%04d", 1+c.rng.IntN(9999)) + c.upper(1)
}

func (c *corpus) gstin() string {
	state := []string{"01", "07", "09", "19", "24", "27", "29", "33", "36", "37", "38", "97", "99"}[c.rng.IntN(13)]
	entity := string("123456789ABC"[c.rng.IntN(12)])
	first := state + c.pan() + entity + "Z"
	ch, _ := gstinCheckChar([]byte(first))
	return first + string(ch)
}

func (c *corpus) ssnDigits() string {
	for {
		area := 1 + c.rng.IntN(899)
		if area == 666 {
			continue
		}
		d := fmt.Sprintf("%03d%02d%04d", area, 1+c.rng.IntN(99), 1+c.rng.IntN(9999))
		if ssnClass([]byte(d)) == KindSSN {
			return d
		}
	}
}

func (c *corpus) itinDigits() string {
	return fmt.Sprintf("9%02d%02d%04d", c.rng.IntN(100), 70+c.rng.IntN(19), 1+c.rng.IntN(9999))
}

func (c *corpus) nino() string {
	const first = "ABCEGHJKLMNOPRSTWXYZ"
	const second = "ABCEGHJKLMNPRSTWXYZ"
	for {
		a, b := first[c.rng.IntN(len(first))], second[c.rng.IntN(len(second))]
		if !ninoPrefixOK(a, b) {
			continue
		}
		d := c.digits(6)
		suf := string("ABCD"[c.rng.IntN(4)])
		switch c.rng.IntN(3) {
		case 0:
			return string([]byte{a, b}) + d + suf
		case 1:
			return string([]byte{a, b}) + " " + group(d, " ", 2, 2, 2) + " " + suf
		default:
			return string([]byte{a, b}) + " " + d + " " + suf
		}
	}
}

func (c *corpus) jwt() string {
	hdr := base64.RawURLEncoding.EncodeToString([]byte(c.pick(`{"alg":"HS256","typ":"JWT"}`, `{"alg":"RS256","kid":"k1"}`, `{"typ":"JWT","alg":"ES256"}`)))
	payload := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%d","iat":%d}`, c.rng.IntN(1e6), 1700000000+c.rng.IntN(1e7))))
	return hdr + "." + payload + "." + c.b64(43)
}

func (c *corpus) token68() string {
	return c.b64(12) + strconv.Itoa(c.rng.IntN(1000)) + c.b64(20)
}

// --- phones --------------------------------------------------------------

// nanp returns a 10-digit NANP number: NPA and NXX start with 2-9, and the
// NPA is not an N11 service code.
func (c *corpus) nanp() string {
	for {
		s := string(byte('2'+c.rng.IntN(8))) + c.digits(2) + string(byte('2'+c.rng.IntN(8))) + c.digits(6)
		if !(s[1] == '1' && s[2] == '1') {
			return s
		}
	}
}

// e164 returns an international number for a plan, with random grouping.
func (c *corpus) e164() string {
	type gen struct {
		cc  string
		nsn func() string
	}
	gens := []gen{
		{"1", c.nanp},
		{"91", func() string { return string(byte('6'+c.rng.IntN(4))) + c.digits(9) }},
		{"44", func() string { return "7" + c.digits(9) }},
		{"44", func() string { return "20" + c.digits(8) }},
		{"49", func() string { return "15" + c.digits(9) }},
		{"49", func() string { return "30" + c.digits(8) }},
		{"33", func() string { return string(byte('1'+c.rng.IntN(7))) + c.digits(8) }},
		{"39", func() string { return "3" + string(byte('1'+c.rng.IntN(9))) + c.digits(8) }},
		{"39", func() string { return "06" + c.digits(8) }},
		{"34", func() string { return string(byte('6'+c.rng.IntN(4))) + c.digits(8) }},
		{"31", func() string { return "6" + c.digits(8) }},
		{"48", func() string { return string(byte('5'+c.rng.IntN(4))) + c.digits(8) }},
		{"65", func() string { return "8" + c.digits(7) }},
		{"61", func() string { return "4" + c.digits(8) }},
	}
	g := gens[c.rng.IntN(len(gens))]
	nsn := g.nsn()
	switch c.rng.IntN(4) {
	case 0:
		return "+" + g.cc + nsn
	case 1:
		return "+" + g.cc + " " + group(nsn, " ", 3, 3, 4)
	case 2:
		return "+" + g.cc + "-" + group(nsn, "-", 3, 3)
	default:
		if g.cc == "44" {
			return "+44 (0)" + group(nsn, " ", 2, 4)
		}
		return "+" + g.cc + " " + nsn
	}
}

// national returns a national-format number and whether it needs a
// context word to be recognised.
func (c *corpus) national() (string, bool) {
	switch c.rng.IntN(9) {
	case 0:
		nsn := c.nanp()
		switch c.rng.IntN(3) {
		case 0:
			return "(" + nsn[:3] + ") " + nsn[3:6] + "-" + nsn[6:], false
		case 1:
			return group(nsn, c.pick("-", "."), 3, 3), false
		default:
			return "1-" + group(nsn, "-", 3, 3), false
		}
	case 1:
		return "07" + c.digits(3) + " " + c.digits(6), false // GB mobile
	case 2:
		return "020 " + c.digits(4) + " " + c.digits(4), false // GB London
	case 3:
		return string(byte('6'+c.rng.IntN(4))) + c.digits(4) + " " + c.digits(5), false // IN mobile
	case 4:
		return "0" + string(byte('1'+c.rng.IntN(5))) + " " + group(c.digits(8), " ", 2, 2, 2), false // FR
	case 5:
		return "030 " + c.digits(8), false // DE Berlin
	case 6:
		return "06-" + c.digits(8), false // NL mobile
	case 7:
		return string(byte('6'+c.rng.IntN(2))) + c.digits(2) + " " + c.digits(3) + " " + c.digits(3), true // ES
	default:
		return string(byte('6'+c.rng.IntN(4))) + c.digits(9), true // IN mobile, bare
	}
}

// --- dates ----------------------------------------------------------------

func (c *corpus) date() string {
	y, m := 1940+c.rng.IntN(66), 1+c.rng.IntN(12)
	d := 1 + c.rng.IntN(28)
	switch c.rng.IntN(5) {
	case 0:
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case 1:
		return fmt.Sprintf("%02d/%02d/%04d", d, m, y)
	case 2:
		return fmt.Sprintf("%02d.%02d.%04d", d, m, y)
	case 3:
		return fmt.Sprintf("%d %s %d", d, strings.ToUpper(monthNames[m-1][:1])+monthNames[m-1][1:], y)
	default:
		return fmt.Sprintf("%s %d, %d", strings.ToUpper(monthNames[m-1][:1])+monthNames[m-1][1:3], d, y)
	}
}

// --- lines ----------------------------------------------------------------

// identifier writes one labeled value of a random kind, with its context.
func (c *corpus) identifier() {
	ctx := func(words ...string) { c.text(c.pick(words...)) }
	switch c.rng.IntN(21) {
	case 0:
		ctx("user=", "email: ", "contact ", "from <", "mailto:")
		c.value(KindEmail, c.email())
	case 1:
		ctx("phone=", "caller ", "", "tel: ", "mobile ")
		c.value(KindPhone, c.e164())
	case 2:
		s, needCtx := c.national()
		if needCtx {
			ctx("phone: ", "mobile ", "call me at ", "tel ")
		} else {
			ctx("", "callback ", "phone: ")
		}
		c.value(KindPhone, s)
	case 3:
		ctx("card=", "pan ", "paid with ", "cc: ", "")
		c.value(KindCard, c.card())
	case 4:
		ctx("iban=", "IBAN ", "to account ")
		c.value(KindIBAN, c.iban())
	case 5:
		ctx("ip=", "client ", "remote_addr=", "from ")
		c.value(KindIPv4, c.ipv4())
		if c.rng.IntN(3) == 0 {
			c.text(":" + strconv.Itoa(1024+c.rng.IntN(60000)))
		}
	case 6:
		ctx("ip=", "client ", "addr [", "src ")
		if s := c.ipv6(); strings.HasPrefix(s, mappedV4) {
			// The IPv4 address an IPv4-mapped address maps is the value.
			c.text(mappedV4)
			c.value(KindIPv4, s[len(mappedV4):])
		} else {
			c.value(KindIPv6, s)
		}
	case 7:
		ctx("mac=", "hwaddr ", "device ")
		c.value(KindMAC, c.mac())
	case 8:
		d := c.aadhaarDigits()
		if c.rng.IntN(2) == 0 {
			ctx("aadhaar=", "", "UID ", "id ")
			c.value(KindAadhaar, group(d, c.pick(" ", "-"), 4, 4, 4))
		} else {
			ctx("aadhaar ", "Aadhaar no. ", "आधार: ", "uidai ")
			c.value(KindAadhaar, d)
		}
	case 9:
		ctx("pan=", "PAN ", "holder ")
		c.value(KindPAN, c.pan())
	case 10:
		ctx("gstin=", "GSTIN ", "seller ")
		c.value(KindGSTIN, c.gstin())
	case 11:
		d := c.ssnDigits()
		if c.rng.IntN(2) == 0 {
			ctx("ssn=", "", "applicant ")
			c.value(KindSSN, group(d, c.pick("-", " "), 3, 2, 4))
		} else {
			ctx("SSN ", "social security number ", "ssn: ")
			c.value(KindSSN, d)
		}
	case 12:
		ctx("itin=", "ITIN ", "taxpayer ")
		c.value(KindITIN, group(c.itinDigits(), "-", 3, 2, 4))
	case 13:
		ctx("nino=", "NI number ", "employee ")
		c.value(KindNINO, c.nino())
	case 14:
		if c.rng.IntN(2) == 0 {
			c.text(c.pick("GET ", "POST ", "redirect to ") + c.pick("https://", "http://") + "api.example.com/v1/reset?" +
				c.pick("", "lang=en&") + c.pick("token=", "access_token=", "api_key=", "sig=", "password=", "X-Amz-Signature="))
			c.value(KindURLCredential, c.b64(10+c.rng.IntN(30)))
			c.text(c.pick("", "&page=2", " HTTP/1.1"))
		} else {
			c.text(c.pick("dsn=", "connecting to ", "url ") + c.pick("postgres://", "https://", "redis://"))
			c.value(KindURLCredential, c.pick("admin", "svc_user", "bob")+":"+c.b64(8+c.rng.IntN(12)))
			c.text("@db.internal.example.com:5432/app")
		}
	case 15:
		ctx("jwt=", "token ", "id_token: ")
		c.value(KindJWT, c.jwt())
	case 16:
		c.text(c.pick("Authorization: Bearer ", "authorization: bearer ", "auth header Bearer "))
		c.value(KindBearer, c.token68())
	case 17:
		ctx("DOB: ", "date of birth ", "born on ", "birthdate=", "D.O.B. ")
		c.value(KindDateOfBirth, c.date())
	case 18:
		ctx("passport ", "Passport No. ", "passport number: ")
		c.value(KindPassport, c.upper(1)+c.digits(7))
	case 19:
		c.text(c.pick("Authorization: Basic ", "authorization: basic ", "proxy auth Basic "))
		creds := c.pick("admin", "svc_user", "bob@example.com") + ":" + c.b64(6+c.rng.IntN(16))
		c.value(KindBasicAuth, base64.StdEncoding.EncodeToString([]byte(creds)))
	default:
		ctx("uid ", "UIDAI number ")
		c.value(KindAadhaar, c.aadhaarDigits())
	}
}

// decoy writes one near miss or decoy, which must not be reported.
func (c *corpus) decoyText() {
	family := c.rng.IntN(16)
	name := ""
	switch family {
	case 0:
		name = "card with a wrong Luhn digit"
		d, b := c.cardDigits()
		d = d[:len(d)-1] + string(byte('0'+(int(d[len(d)-1]-'0')+1+c.rng.IntN(9))%10))
		if b.groups != nil {
			d = group(d, " ", b.groups...)
		}
		c.text("card=" + d)
	case 1:
		name = "Aadhaar with a wrong Verhoeff digit"
		d := c.aadhaarDigits()
		d = d[:11] + string(byte('0'+(int(d[11]-'0')+1+c.rng.IntN(9))%10))
		c.text("aadhaar " + group(d, " ", 4, 4, 4))
	case 2:
		name = "IBAN with wrong check digits"
		s := c.ibanCompact()
		ck := (int(s[2]-'0')*10 + int(s[3]-'0') + 1 + c.rng.IntN(90)) % 100
		c.text("iban=" + s[:2] + fmt.Sprintf("%02d", ck) + s[4:])
	case 3:
		name = "GSTIN with a wrong check character"
		g := c.gstin()
		repl := g[14]
		for repl == g[14] {
			repl = alnumChar(c.rng.IntN(36))
		}
		c.text("gstin=" + g[:14] + string(repl))
	case 4:
		name = "UUID"
		c.text(fmt.Sprintf("request_id=%s-%s-4%s-a%s-%s", c.hex(8), c.hex(4), c.hex(3), c.hex(3), c.hex(12)))
	case 5:
		name = "timestamp"
		c.text(c.pick(
			fmt.Sprintf("ts=%d", 1600000000+c.rng.IntN(200000000)),
			fmt.Sprintf("ts_ms=%d", 1600000000000+c.rng.Int64N(200000000000)),
			fmt.Sprintf("at %02d:%02d:%02d.%03d", c.rng.IntN(24), c.rng.IntN(60), c.rng.IntN(60), c.rng.IntN(1000)),
			fmt.Sprintf("since=%04d-%02d-%02dT%02d:%02d:%02dZ", 2015+c.rng.IntN(10), 1+c.rng.IntN(12), 1+c.rng.IntN(28), c.rng.IntN(24), c.rng.IntN(60), c.rng.IntN(60)),
		))
	case 6:
		name = "version string"
		v := fmt.Sprintf("%d.%d.%d.%d", 1+c.rng.IntN(20), c.rng.IntN(20), c.rng.IntN(50), c.rng.IntN(200))
		c.text(c.pick("v"+v, "version "+v, "version="+v, "build "+v, fmt.Sprintf("v%d.%d.%d", c.rng.IntN(9), c.rng.IntN(30), c.rng.IntN(30))))
	case 7:
		name = "hex hash"
		c.text(c.pick("md5=", "sha1 ", "commit ", "etag=\"") + c.hex([]int{32, 40, 64, 12}[c.rng.IntN(4)]))
	case 8:
		name = "order number"
		c.text(c.pick(
			fmt.Sprintf("order ORD-%d-%06d", 2015+c.rng.IntN(10), c.rng.IntN(1000000)),
			fmt.Sprintf("order #%d", 100000+c.rng.IntN(900000)),
			fmt.Sprintf("order_id=%s-%s-%s", c.digits(3), c.digits(7), c.digits(7)),
			"invoice INV-"+c.digits(8),
			"order "+c.digits(9),
			"ref "+c.digits(12),
		))
	case 9:
		name = "never-issued SSN"
		c.text("ssn=" + c.pick("000-"+c.digits(2)+"-"+c.digits(4), "666-"+c.digits(2)+"-"+c.digits(4),
			fmt.Sprintf("%03d-00-%04d", 1+c.rng.IntN(665), 1+c.rng.IntN(9999)), fmt.Sprintf("987-65-432%d", c.rng.IntN(10)),
			fmt.Sprintf("9%02d-%02d-%04d", c.rng.IntN(100), 10+c.rng.IntN(40), 1+c.rng.IntN(9999))))
	case 10:
		name = "invalid NINO prefix"
		c.text("nino=" + c.pick("BG", "GB", "NK", "TN", "ZZ", "DA", "QQ", "AO") + c.digits(6) + string("ABCD"[c.rng.IntN(4)]))
	case 11:
		name = "PAN-like code with a wrong holder type"
		c.text("sku=" + c.upper(3) + c.pick("D", "K", "M", "Z") + c.upper(1) + c.digits(4) + c.upper(1))
	case 12:
		name = "date without a birth context"
		c.text(c.pick("expires ", "created ", "due ") + c.date())
	case 13:
		name = "bare number without context"
		c.text(c.pick("count=", "bytes ", "id=", "seq ") + c.pick(c.aadhaarDigits(), c.ssnDigits(), string(byte('6'+c.rng.IntN(4)))+c.digits(9), c.digits(8)))
	case 14:
		name = "query parameter that is not a secret"
		c.text("GET /search?q=" + c.lowerAlnum(8) + "&page=" + strconv.Itoa(c.rng.IntN(50)) + "&tokenizer=simple HTTP/1.1")
	default:
		name = "word after Bearer or Basic that is not a credential"
		c.text(c.pick("WWW-Authenticate: Bearer realm=\"api\"", "missing Bearer token", "Bearer auth failed",
			"WWW-Authenticate: Basic realm=\"api\"", "basic auth disabled", "Basic "+base64.StdEncoding.EncodeToString([]byte(c.b64(9)))))
	}
	c.decoy[name]++
}

var (
	genLevels  = []string{"INFO", "WARN", "DEBUG", "ERROR"}
	genMsgs    = []string{"request completed", "cache miss", "retrying upstream call", "user login", "payment authorized", "webhook delivered", "session refreshed", "job finished", "rate limited", "profile updated"}
	genFields  = []string{"status=200", "status=404", "took=12ms", "took=1.5s", "bytes=5120", "attempt=3", "path=/api/v1/items", "method=GET", "region=eu-west-1", "pool=4/16", "latency_p99=87ms", "shard=12"}
	genStarter = 1714560000
)

// line writes one log-like line.
func (c *corpus) line() {
	sec := genStarter + c.rng.IntN(86400*30)
	c.text(fmt.Sprintf("2024-%02d-%02dT%02d:%02d:%02d.%03dZ %s ", 5+sec/(86400*28)%2, 1+sec/86400%28, sec/3600%24, sec/60%60, sec%60, c.rng.IntN(1000),
		genLevels[c.rng.IntN(len(genLevels))]))
	c.text(genMsgs[c.rng.IntN(len(genMsgs))])
	for range c.rng.IntN(3) {
		c.text(" " + genFields[c.rng.IntN(len(genFields))])
	}
	switch r := c.rng.IntN(10); {
	case r < 4:
		c.text(" ")
		c.identifier()
	case r < 7:
		c.text(" ")
		c.decoyText()
	case r < 8:
		c.text(" ")
		c.identifier()
		c.text(" ")
		c.decoyText()
	}
	if c.rng.IntN(2) == 0 {
		c.text(" " + genFields[c.rng.IntN(len(genFields))])
	}
	c.text("\n")
}

// generate returns a corpus of at least size bytes.
func generate(seed uint64, size int) *corpus {
	c := newCorpus(seed)
	for c.b.Len() < size {
		c.line()
	}
	return c
}
