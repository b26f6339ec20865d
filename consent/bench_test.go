package consent

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// benchPolicy returns a policy with n optional purposes and a state in which
// the subject granted every one of them, in Germany.
func benchState(b *testing.B, n int) (*State, []PurposeID) {
	b.Helper()
	c := Catalog{
		Controller: Controller{Name: "Bench"},
		Notices:    []Notice{{ID: "n", Version: 1, Revised: t0.AddDate(-1, 0, 0), Hash: HashText([]byte("n")), Material: true}},
	}
	var ids []PurposeID
	for i := range n {
		id := PurposeID(fmt.Sprintf("purpose-%02d", i))
		ids = append(ids, id)
		c.Purposes = append(c.Purposes, Purpose{ID: id, Name: "P", Description: "D", Basis: BasisConsent, Clause: "§1",
			Activities: Activity(i%3) * ActivityTargetedAdvertising})
	}
	p, err := NewPolicy(c, nil)
	if err != nil {
		b.Fatal(err)
	}
	st, err := p.State(MustSubject("bench"), Facts{Place: place("DE"), Signals: Signals{DNT: true}},
		[]Event{grantEvent("bench", t0, MechanismBannerAccept, ids...)}, t0.Add(time.Hour))
	if err != nil {
		b.Fatal(err)
	}
	return st, ids
}

// BenchmarkAllowed measures the per-request consent check on an in-memory
// state with 50 purposes (target: < 100 ns/op, 0 allocs). The baseline is a
// bare map lookup of the same keys.
func BenchmarkAllowed(b *testing.B) {
	st, ids := benchState(b, 50)
	at := t0.Add(2 * time.Hour)
	b.Run("allowed", func(b *testing.B) {
		b.ReportAllocs()
		i, n := 0, 0
		for b.Loop() {
			if st.Allowed(ids[i], at).Allowed {
				n++
			}
			i++
			if i == len(ids) {
				i = 0
			}
		}
		if n == 0 {
			b.Fatal("nothing allowed")
		}
	})
	b.Run("baseline-map-lookup", func(b *testing.B) {
		b.ReportAllocs()
		m := st.policy.index
		i, n := 0, 0
		for b.Loop() {
			n += m[ids[i]]
			i++
			if i == len(ids) {
				i = 0
			}
		}
		_ = n
	})
}

// BenchmarkFileStoreAppend appends from 16 concurrent writers and reports
// appends per second, with fsync (group commit) and, as baselines in the
// same run, without fsync and into memory. Target with fsync: ≥ 10,000/s.
// appends/write is how many appends share one group write (and its fsync).
func BenchmarkFileStoreAppend(b *testing.B) {
	for _, bc := range []struct {
		name string
		open func(b *testing.B) Store
	}{
		{"fsync", func(b *testing.B) Store {
			s, err := OpenFileStore(filepath.Join(b.TempDir(), "ledger"), nil)
			if err != nil {
				b.Fatal(err)
			}
			return s
		}},
		{"baseline-nosync", func(b *testing.B) Store {
			s, err := OpenFileStore(filepath.Join(b.TempDir(), "ledger"), &FileOptions{NoSync: true})
			if err != nil {
				b.Fatal(err)
			}
			return s
		}},
		{"baseline-memory", func(b *testing.B) Store { return NewMemoryStore() }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			s := bc.open(b)
			defer s.Close()
			const writers = 16
			b.SetParallelism((writers + runtime.GOMAXPROCS(0) - 1) / runtime.GOMAXPROCS(0))
			var worker atomic.Int64
			ctx := context.Background()
			b.ReportAllocs()
			b.ResetTimer()
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				w := worker.Add(1)
				ids := newIDSource(nil)
				subject := MustSubject(fmt.Sprintf("writer-%d", w))
				for pb.Next() {
					at := t0
					id, err := ids.next(at)
					if err != nil {
						b.Error(err)
						return
					}
					e := Event{ID: id, Kind: KindGrant, Subject: subject, Purposes: []PurposeID{"analytics"},
						Mechanism: MechanismAPI, At: at, Evidence: Evidence{UserAgent: "Mozilla/5.0 (bench)"}}
					if _, err := s.Append(ctx, e); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "appends/s")
			if fs, ok := s.(*FileStore); ok && fs.flushes.Load() > 0 {
				b.ReportMetric(float64(b.N)/float64(fs.flushes.Load()), "appends/write")
			}
		})
	}
}
