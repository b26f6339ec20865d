package pii_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/clootrack/privacy/pii"
	"github.com/clootrack/privacy/pii/piitest"
)

// The property test: random tagged values, with nesting, maps, interfaces, unexported
// fields and cycles, go through every sink, and no original personal value appears in any
// output. Each case is generated from its seed, so a failure names a reproducible seed.

type propPerson struct {
	ID     int
	Name   string            `pii:"name"`
	Email  string            `pii:"email"`
	Phones []string          `pii:"phone"`
	Card   string            `pii:"card"`
	IP     string            `pii:"ip"`
	Born   time.Time         `pii:"birthdate"`
	Health string            `pii:"health"`
	Pass   string            `pii:"password"`
	ByMail map[string]string `pii:"-,key=email"`
	Notes  map[string]string `pii:"address"`
	Friend *propPerson
	Extra  any
	Token  pii.Secret[string]
	Alt    pii.Value[string]
	Plan   string
	email  string `pii:"email"`
}

type propGroup struct {
	Title   string
	Members []propPerson
	Lead    *propPerson
	ByEmail map[string]*propPerson `pii:"-,key=email"`
	Any     []any
	inner   propPerson
}

type propBad struct {
	Email string `pii:"not-a-category"`
}

// propGen builds random values whose personal strings are unique and long enough that
// finding one in an output can only mean it leaked.
type propGen struct {
	rng     *rand.Rand
	n       int
	people  []*propPerson
	secrets []any // the Secret and Value values, whose content fmt must never print
}

func (g *propGen) id() int { g.n++; return g.n*1000 + g.rng.IntN(1000) }

func (g *propGen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.rng.IntN(10))
	}
	return string(b)
}

func (g *propGen) email() string {
	return fmt.Sprintf("user%d.x%d@mail%d.test", g.id(), g.rng.IntN(100), g.id())
}

func (g *propGen) person(depth int) *propPerson {
	p := &propPerson{
		ID:     g.id(),
		Name:   fmt.Sprintf("Given%d Family%d", g.id(), g.id()),
		Email:  g.email(),
		Phones: []string{"+91 9" + g.digits(4) + " " + g.digits(5)},
		Card:   "4" + g.digits(3) + " " + g.digits(4) + " " + g.digits(4) + " " + g.digits(4),
		IP:     fmt.Sprintf("10.%d.%d.%d", g.rng.IntN(256), g.rng.IntN(256), 1+g.rng.IntN(254)),
		Born:   time.Date(1950+g.rng.IntN(50), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28), 0, 0, 0, 0, time.UTC),
		Health: fmt.Sprintf("condition-%d-%s", g.id(), g.digits(3)),
		Pass:   fmt.Sprintf("pw-%d-%s", g.id(), g.digits(6)),
		ByMail: map[string]string{g.email(): "plan", g.email(): "trial"},
		Notes:  map[string]string{"home": fmt.Sprintf("%d Long Road %d", g.id(), g.id())},
		Token:  pii.NewSecret(fmt.Sprintf("tok-%d-%s", g.id(), g.digits(8))),
		Alt:    pii.NewValue(pii.CategoryEmail, g.email()),
		Plan:   "pro",
		email:  g.email(),
	}
	if g.rng.IntN(3) == 0 {
		p.Phones = append(p.Phones, "+44 20 "+g.digits(4)+" "+g.digits(4))
	}
	g.secrets = append(g.secrets, p.Token, p.Alt)
	g.people = append(g.people, p)
	if depth > 0 && g.rng.IntN(2) == 0 {
		p.Extra = g.any(depth - 1)
	}
	if g.rng.IntN(3) == 0 { // a cycle or a shared reference
		p.Friend = g.people[g.rng.IntN(len(g.people))]
	}
	return p
}

func (g *propGen) any(depth int) any {
	switch g.rng.IntN(8) {
	case 0:
		return *g.person(depth)
	case 1:
		return g.person(depth)
	case 2:
		return g.group(depth)
	case 3:
		return []any{g.person(depth), g.email(), 42}
	case 4:
		return map[string]any{"p": g.person(depth), "n": 1}
	case 5:
		s := pii.NewSecret(g.email())
		g.secrets = append(g.secrets, s)
		return s
	case 6:
		if g.rng.IntN(4) == 0 {
			return propBad{Email: g.email()}
		}
		return nil
	default:
		return []propPerson{*g.person(depth)}
	}
}

func (g *propGen) group(depth int) *propGroup {
	gr := &propGroup{Title: "team", ByEmail: map[string]*propPerson{}}
	for range 1 + g.rng.IntN(3) {
		gr.Members = append(gr.Members, *g.person(depth))
	}
	gr.Lead = g.person(depth)
	gr.ByEmail[g.email()] = gr.Lead
	gr.inner = *g.person(0)
	if depth > 0 {
		gr.Any = []any{g.any(depth - 1), g.any(depth - 1)}
	}
	return gr
}

func (g *propGen) root() any {
	if g.rng.IntN(2) == 0 {
		return g.group(3)
	}
	return g.person(3)
}

func TestPropertyNoLeakThroughAnySink(t *testing.T) {
	t.Parallel()
	r, err := piitest.NewRedactor(nil)
	if err != nil {
		t.Fatal(err)
	}
	replace, err := pii.ReplaceAttr(r, nil)
	if err != nil {
		t.Fatal(err)
	}
	seeds := propertySeeds
	if testing.Short() {
		seeds = min(seeds, 10)
	}
	for seed := range uint64(seeds) {
		g := &propGen{rng: rand.New(rand.NewPCG(seed, 0x9e3779b9))}
		v := g.root()
		check := func(sink, out string) {
			t.Helper()
			if err := piitest.NoLeak(v, out); err != nil {
				t.Errorf("seed %d, %s: %v", seed, sink, err)
			}
		}

		// The control: the original printed in clear must be caught, or no check below
		// could fail.
		if piitest.NoLeak(v, fmt.Sprintf("%+v", v)) == nil {
			t.Fatalf("seed %d: NoLeak finds nothing in the original printed in clear", seed)
		}

		for _, s := range pii.Sinks() {
			copied, err := r.Redact(s, v)
			if err != nil {
				check(s.String()+" Redact error", err.Error())
				continue
			}
			for _, verb := range fmtVerbs {
				check(s.String()+" copy "+verb, fmt.Sprintf(verb, copied))
			}
			if b, err := json.Marshal(copied); err != nil {
				check(s.String()+" json error", err.Error())
			} else {
				check(s.String()+" json", string(b))
			}
		}
		if _, err := r.Redact(pii.Sink(200), v); err != nil {
			check("bad sink error", err.Error())
		}
		if err := pii.Validate(v); err != nil {
			check("Validate error", err.Error())
		}

		for _, mk := range []func(*bytes.Buffer, *slog.HandlerOptions) slog.Handler{
			func(b *bytes.Buffer, o *slog.HandlerOptions) slog.Handler { return slog.NewJSONHandler(b, o) },
			func(b *bytes.Buffer, o *slog.HandlerOptions) slog.Handler { return slog.NewTextHandler(b, o) },
		} {
			var buf bytes.Buffer
			h, err := pii.NewLogHandler(mk(&buf, nil), r, nil)
			if err != nil {
				t.Fatal(err)
			}
			slog.New(h).With("with", v).WithGroup("g").Info("m", "v", v, slog.Group("grp", "v", v))
			check("LogHandler", buf.String())

			buf.Reset()
			slog.New(mk(&buf, &slog.HandlerOptions{ReplaceAttr: replace})).With("with", v).Info("m", "v", v)
			check("ReplaceAttr", buf.String())
		}

		// fmt on the original prints tagged fields (that is what redaction is for), but never
		// the content of a Secret or a Value.
		for _, verb := range fmtVerbs {
			if err := piitest.NoLeak(g.secrets, fmt.Sprintf(verb, v)); err != nil {
				t.Errorf("seed %d, fmt %s of the original: %v", seed, verb, err)
			}
		}
	}
}
