package pii

import (
	"net/netip"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The engine writes into fresh copies through unsafe.Pointers computed from plan offsets
// (engine.go), and builds the texts of a copy in shared chunks that strings point into
// (treat.go). This test stresses what could go wrong with that: memory freed or reused while
// a copy still points to it, a string whose bytes change, a cycle copied into the wrong
// shape. The collector runs as often as it can (SetGCPercent(1), as GOGC=1, plus explicit
// runtime.GC calls) while several goroutines redact and view a graph holding every kind of
// reference, and every copy must equal the one made before the stress began. It also runs
// under -race.
//
// What no test can observe is a missing write barrier: a pointer stored as a uintptr went
// unnoticed here even over 5000 rounds with GODEBUG=gccheckmark=1. That is ruled out by
// construction instead: every store the engine makes through an unsafe.Pointer is a typed Go
// assignment (of a string, a slice, a map, an unsafe.Pointer, a time or an address) or goes
// through reflect, and the compiler puts the barrier on each of those.

type gcNode struct {
	Name   string     `pii:"name"`
	Email  string     `pii:"email"`
	IP     netip.Addr `pii:"ip"`
	When   time.Time  `pii:"birthdate"`
	Next   *gcNode
	Kids   []*gcNode
	ByMail map[string]*gcNode `pii:"-,key=email"`
	Tags   map[string]string
	Any    any
	Bytes  []byte `pii:"phone"`
	hidden *gcNode
}

// newGCGraph builds a graph with cycles through pointers, slices, maps and interfaces, and
// strings that the masks turn into new text.
func newGCGraph(n int) *gcNode {
	nodes := make([]*gcNode, n)
	for i := range nodes {
		nodes[i] = &gcNode{
			Name:  "Person Number " + strings.Repeat("x", i%7),
			Email: "person" + strings.Repeat("y", i%5) + "@example.com",
			IP:    netip.AddrFrom4([4]byte{10, 0, byte(i), 7}),
			When:  time.Date(1980+i%30, 5, 17, 0, 0, 0, 0, time.UTC),
			Tags:  map[string]string{"team": "core", "n": strings.Repeat("z", i%3)},
			Bytes: []byte("+91 98765 4321" + string(rune('0'+i%10))),
		}
	}
	for i, nd := range nodes {
		nd.Next = nodes[(i+1)%n]
		nd.Kids = []*gcNode{nodes[(i*3)%n], nodes[(i*7+1)%n]}
		nd.ByMail = map[string]*gcNode{nodes[(i+2)%n].Email: nodes[(i+2)%n], "self@example.com": nd}
		nd.Any = []any{nodes[(i+5)%n], map[string]any{"k": nd.Kids}}
		nd.hidden = nd
	}
	return nodes[0]
}

func TestEngineUnderGCStress(t *testing.T) {
	// Not parallel: SetGCPercent is process-wide.
	r, err := NewRedactor(&Options{PseudonymKeys: []Key{{ID: "k1", Secret: make([]byte, 32)}}})
	require.NoError(t, err)
	in := newGCGraph(24)
	runs := []struct {
		name string
		do   func() (any, error)
	}{
		{"Redact log", func() (any, error) { return r.Redact(SinkLog, in) }},
		{"Redact analytics", func() (any, error) { return r.Redact(SinkAnalytics, in) }},
		{"logView", func() (any, error) { return r.logView(in) }},
	}
	want := make([]any, len(runs))
	for i, run := range runs {
		want[i], err = run.do()
		require.NoError(t, err, run.name)
	}
	require.Equal(t, "P. N.", want[0].(*gcNode).Name)
	first := want[0].(*gcNode)
	last := first
	for range 23 {
		last = last.Next
	}
	require.Same(t, first, last.Next, "a cycle keeps its shape")
	require.Same(t, first, first.ByMail["***@example.com#2"], "through a map too")

	defer debug.SetGCPercent(debug.SetGCPercent(1))
	rounds := 300
	if testing.Short() {
		rounds = 60
	}
	stop := make(chan struct{})
	var collector sync.WaitGroup
	collector.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
				runtime.GC()
			}
		}
	})
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := range 4 {
		wg.Go(func() {
			var garbage [][]byte
			for i := range rounds {
				k := (g + i) % len(runs)
				got, err := runs[k].do()
				if err != nil {
					errs <- runs[k].name + ": " + err.Error()
					return
				}
				garbage = append(garbage, make([]byte, 1024)) // keep the heap moving
				if len(garbage) > 64 {
					garbage = nil
				}
				if i%10 == 0 {
					runtime.GC()
				}
				if !reflect.DeepEqual(want[k], got) {
					errs <- runs[k].name + ": a copy made under GC stress differs"
					return
				}
			}
		})
	}
	wg.Wait()
	close(stop)
	collector.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	require.Equal(t, "Person Number ", in.Name, "the input is never changed")
}
