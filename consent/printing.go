package consent

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

// How values of this package print.
//
// Personal data — a subject's pseudonymous id, a user agent, a network
// address, however truncated — never appears in a String, in any fmt verb
// (%v, %+v, %#v, %s, %q, %x, …) or in a slog record. Types that hold it
// implement [fmt.Formatter] and [fmt.GoStringer] (which fmt also honours
// for exported fields nested in other structs) and [slog.LogValuer], and
// print a summary that says what is there without showing it. fmt prints
// some fields without calling their methods (an unexported field, or the
// fields behind a pointer printed under a verb such as %s); a [Subject]
// keeps its id behind a handle, so even there it shows an address. The other
// types hold their data in exported fields: keep them in exported fields of
// your structs, or give those structs a Format method. The data itself
// leaves only through the calls made for it: [Subject.Reveal],
// [Event.MarshalBinary], a [Receipt] encoded for its subject, a consent
// cookie.

// redacted stands for a value that is present but never printed.
const redacted = "redacted"

// presence says whether a personal field is set, without showing it.
func presence(set bool) string {
	if set {
		return redacted
	}
	return "none"
}

// writeAll writes s for every verb and flag: the summary is the same
// whichever way a value is printed.
func writeAll(f fmt.State, s string) { _, _ = f.Write([]byte(s)) }

// Format implements [fmt.Formatter]: every verb prints
// "consent.Evidence{UserAgent:redacted Network:redacted GPC:true DNT:false}",
// with "none" for an empty field.
func (e Evidence) Format(f fmt.State, verb rune) { writeAll(f, e.String()) }

// String summarizes the evidence without the user agent or network.
func (e Evidence) String() string {
	return "consent.Evidence{UserAgent:" + presence(e.UserAgent != "") +
		" Network:" + presence(e.Network.IsValid()) +
		" GPC:" + strconv.FormatBool(e.GPC) + " DNT:" + strconv.FormatBool(e.DNT) + "}"
}

// GoString returns the same summary as String, so %#v is safe too.
func (e Evidence) GoString() string { return e.String() }

// LogValue implements [slog.LogValuer]: the signals, and whether a user
// agent and a network were recorded.
func (e Evidence) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("userAgent", presence(e.UserAgent != "")),
		slog.String("network", presence(e.Network.IsValid())),
		slog.Bool("gpc", e.GPC),
		slog.Bool("dnt", e.DNT),
	)
}

// MarshalJSON encodes the same summary as LogValue, so that evidence nested
// in a value a JSON log handler encodes stays private. Evidence travels in
// full only in a ledger record ([Event.MarshalBinary]) and in a [Receipt].
func (e Evidence) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		UserAgent string `json:"userAgent"`
		Network   string `json:"network"`
		GPC       bool   `json:"gpc"`
		DNT       bool   `json:"dnt"`
	}{presence(e.UserAgent != ""), presence(e.Network.IsValid()), e.GPC, e.DNT})
}

// Format implements [fmt.Formatter]: every verb prints what the event did,
// when and how, without the subject or the evidence's user agent and
// network, e.g. "consent.Event{Seq:3 ID:01K… Kind:grant Subject:redacted
// Purposes:analytics …}".
func (e Event) Format(f fmt.State, verb rune) {
	writeAll(f, "consent.Event{Seq:"+strconv.FormatUint(e.Seq, 10)+" ID:"+e.ID.String()+
		" Kind:"+e.Kind.String()+" Subject:"+presence(!e.Subject.IsZero())+
		" Purposes:"+joinPurposes(e.Purposes)+" Notice:"+e.Notice.ID+" v"+strconv.Itoa(e.Notice.Version)+
		" Mechanism:"+e.Mechanism.String()+" Place:"+e.Place.String()+" Evidence:"+e.Evidence.String()+
		" At:"+e.At.Format(time.RFC3339Nano)+"}")
}

// LogValue implements [slog.LogValuer]: what the event did, when and how,
// without the subject or the evidence's user agent and network.
func (e Event) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", e.ID.String()),
		slog.Uint64("seq", e.Seq),
		slog.String("kind", e.Kind.String()),
		slog.String("subject", redacted),
		slog.String("purposes", joinPurposes(e.Purposes)),
		slog.String("notice", e.Notice.ID+" v"+strconv.Itoa(e.Notice.Version)),
		slog.String("mechanism", e.Mechanism.String()),
		slog.String("place", e.Place.String()),
		slog.Any("evidence", e.Evidence),
		slog.Time("at", e.At),
	)
}

// Format implements [fmt.Formatter], like [Event.Format].
func (c Choice) Format(f fmt.State, verb rune) {
	writeAll(f, "consent.Choice{Subject:"+presence(!c.Subject.IsZero())+" Purposes:"+joinPurposes(c.Purposes)+
		" Mechanism:"+c.Mechanism.String()+" Place:"+c.Place.String()+" Evidence:"+c.Evidence.String()+"}")
}

// LogValue implements [slog.LogValuer], like [Event.LogValue].
func (c Choice) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("subject", presence(!c.Subject.IsZero())),
		slog.String("purposes", joinPurposes(c.Purposes)),
		slog.String("mechanism", c.Mechanism.String()),
		slog.String("place", c.Place.String()),
		slog.Any("evidence", c.Evidence),
	)
}

func joinPurposes(ps []PurposeID) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(printablePurpose(p))
	}
	return b.String()
}

// printablePurpose returns a purpose id for an error or a String, or a
// placeholder if it is not a well-formed id: a malformed id may be input
// from anywhere (a form field, a URL) and could hold personal data.
func printablePurpose(id PurposeID) string {
	if id.Valid() {
		return string(id)
	}
	return "(malformed purpose id)"
}

// safePurpose returns id if it is well formed and "" otherwise, for the
// exported fields of errors and decisions that echo a caller's input.
func safePurpose(id PurposeID) PurposeID {
	if id.Valid() {
		return id
	}
	return ""
}

// Format implements [fmt.Formatter]: every verb prints the summary of
// [State.String]. Its receiver is a value so that a State copied out of its
// pointer, or held by value in another struct, prints the summary too.
func (st State) Format(f fmt.State, verb rune) { writeAll(f, st.String()) }

// String summarizes the state: place, age known or not, signals, when it
// was built and how many choices it holds; never the subject.
func (st *State) String() string {
	if st == nil {
		return "consent.State(nil)"
	}
	_, ageKnown := st.facts.Age.Years()
	n := 0
	for _, c := range st.choices {
		if c.kind != 0 {
			n++
		}
	}
	return "consent.State{Subject:" + presence(!st.subject.IsZero()) +
		" Place:" + placeOrUnknown(st) + " AgeKnown:" + strconv.FormatBool(ageKnown) +
		" GPC:" + strconv.FormatBool(st.facts.Signals.GPC) + " DNT:" + strconv.FormatBool(st.facts.Signals.DNT) +
		" At:" + st.at.Format(time.RFC3339) + " Choices:" + strconv.Itoa(n) + "}"
}

func placeOrUnknown(st *State) string {
	if st.facts.Place.IsZero() {
		return "unknown"
	}
	return st.facts.Place.String()
}

// GoString returns the same summary as String.
func (st *State) GoString() string { return st.String() }

// LogValue implements [slog.LogValuer] with the summary of String.
func (st *State) LogValue() slog.Value { return slog.StringValue(st.String()) }

// Format implements [fmt.Formatter]: a ledger prints its store's summary,
// never a record.
func (l *Ledger) Format(f fmt.State, verb rune) {
	if l == nil || l.store == nil {
		writeAll(f, "consent.Ledger(nil)")
		return
	}
	writeAll(f, "consent.Ledger{Store:"+fmt.Sprint(l.store)+"}")
}

// Format implements [fmt.Formatter]: a gate prints which parts it has,
// never a subject or a secret.
func (g *Gate) Format(f fmt.State, verb rune) {
	if g == nil {
		writeAll(f, "consent.Gate(nil)")
		return
	}
	writeAll(f, "consent.Gate{Policy:"+strconv.FormatBool(g.Policy != nil)+" Cookies:"+strconv.FormatBool(g.Cookies != nil)+
		" Ledger:"+strconv.FormatBool(g.Ledger != nil)+" RecordSignals:"+strconv.FormatBool(g.RecordSignals)+"}")
}

// Format implements [fmt.Formatter]: a store prints how many records it
// holds, never their content.
func (m *MemoryStore) Format(f fmt.State, verb rune) {
	if m == nil {
		writeAll(f, "consent.MemoryStore(nil)")
		return
	}
	m.mu.RLock()
	n := len(m.events)
	m.mu.RUnlock()
	writeAll(f, "consent.MemoryStore{Records:"+strconv.Itoa(n)+"}")
}

// Format implements [fmt.Formatter]: a store prints how many records are
// durable, never their content.
func (s *FileStore) Format(f fmt.State, verb rune) {
	if s == nil {
		writeAll(f, "consent.FileStore(nil)")
		return
	}
	s.mu.Lock()
	n := s.durable.Seq
	s.mu.Unlock()
	writeAll(f, "consent.FileStore{Records:"+strconv.FormatUint(n, 10)+"}")
}

// Format implements [fmt.Formatter]: a receipt prints its version, issue
// time and number of events, never the subject or the evidence. Encode it
// with encoding/json to give it to its subject. The receiver is a value so
// that a Receipt held by value (in a response struct, say) prints the
// summary too.
func (r Receipt) Format(f fmt.State, verb rune) {
	writeAll(f, "consent.Receipt{PIIPrincipalID:"+presence(r.PIIPrincipalID != "")+
		" IssuedAt:"+r.IssuedAt.Format(time.RFC3339)+" Events:"+strconv.Itoa(len(r.Events))+"}")
}

// LogValue implements [slog.LogValuer] with the summary Format prints, for a
// Receipt and a *Receipt alike.
func (r Receipt) LogValue() slog.Value { return slog.StringValue(fmt.Sprint(r)) }

// Format implements [fmt.Formatter]: the record's id, sequence number and
// kind, without its user agent and network.
func (re ReceiptEvent) Format(f fmt.State, verb rune) {
	writeAll(f, "consent.ReceiptEvent{ID:"+re.ID.String()+" Seq:"+strconv.FormatUint(re.Seq, 10)+
		" Kind:"+re.Kind+" UserAgent:"+presence(re.UserAgent != "")+" Network:"+presence(re.Network.IsValid())+"}")
}

// LogValue implements [slog.LogValuer] with the summary Format prints.
func (re ReceiptEvent) LogValue() slog.Value { return slog.StringValue(fmt.Sprint(re)) }

// Format implements [fmt.Formatter]: the cookie's times and how many
// choices it carries, never the subject.
func (v CookieValue) Format(f fmt.State, verb rune) {
	writeAll(f, "consent.CookieValue{Subject:"+presence(!v.Subject.IsZero())+" Issued:"+v.Issued.Format(time.RFC3339)+
		" Expires:"+v.Expires.Format(time.RFC3339)+" Choices:"+strconv.Itoa(len(v.Events))+"}")
}

// LogValue implements [slog.LogValuer]: the cookie's times and how many
// choices it carries, never the subject.
func (v CookieValue) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("subject", presence(!v.Subject.IsZero())),
		slog.Time("issued", v.Issued),
		slog.Time("expires", v.Expires),
		slog.Int("choices", len(v.Events)),
	)
}

// Format implements [fmt.Formatter]: a key prints its id, never its secret.
func (k CookieKey) Format(f fmt.State, verb rune) {
	writeAll(f, "consent.CookieKey{ID:"+strconv.Quote(k.ID)+" Secret:"+presence(len(k.Secret) > 0)+"}")
}

// LogValue implements [slog.LogValuer]: the key's id, never its secret.
func (k CookieKey) LogValue() slog.Value {
	return slog.GroupValue(slog.String("ID", k.ID), slog.String("Secret", presence(len(k.Secret) > 0)))
}

// MarshalJSON encodes the summary of LogValue, so that a key inside a struct
// that is logged or encoded keeps its secret. Load keys with [CookieKey]
// literals from a secret manager, not by round-tripping them through JSON.
func (k CookieKey) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct{ ID, Secret string }{k.ID, presence(len(k.Secret) > 0)})
}

// Format implements [fmt.Formatter]: a codec prints its cookie name and the
// ids of its keys, never the secrets.
func (c *CookieCodec) Format(f fmt.State, verb rune) {
	if c == nil {
		writeAll(f, "consent.CookieCodec(nil)")
		return
	}
	ids := []string{c.current}
	for _, id := range slices.Sorted(maps.Keys(c.keys)) {
		if id != c.current {
			ids = append(ids, id)
		}
	}
	writeAll(f, "consent.CookieCodec{Name:"+strconv.Quote(c.name)+" Keys:"+strings.Join(ids, ",")+"}")
}
