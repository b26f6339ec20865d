package pii_test

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

// TestRedactConcurrently has many goroutines redact the same types, and types no one has
// seen before, at once; run it with -race. Plans are built concurrently for the new types,
// including recursive ones.
func TestRedactConcurrently(t *testing.T) {
	t.Parallel()
	sealer, err := pii.NewAESSealer(nil, testKey("s1", 4))
	require.NoError(t, err)
	r := newTestRedactor(t, &pii.Options{PseudonymKeys: []pii.Key{testKey("k1", 1)}, Sealer: sealer})
	categories := pii.Categories()

	const goroutines, rounds = 16, 60
	var wg sync.WaitGroup
	errs := make(chan error, goroutines)
	for g := range goroutines {
		wg.Go(func() {
			for i := range rounds {
				sink := pii.Sinks()[(g+i)%4]
				out, err := r.Redact(sink, newKPerson())
				if err != nil {
					errs <- err
					return
				}
				if p := out.(*kPerson); p.Name == "Alice Smith" && sink != pii.SinkAPI {
					errs <- fmt.Errorf("%s: name in clear", sink)
					return
				}

				// A new struct type per (round, category): the first goroutines to meet it
				// build its plan concurrently.
				c := categories[(i*7+g)%len(categories)]
				typ := reflect.StructOf([]reflect.StructField{
					{Name: "V", Type: reflect.TypeFor[string](), Tag: reflect.StructTag(`pii:"` + c.String() + `"`)},
					{Name: fmt.Sprintf("R%d", i), Type: reflect.TypeFor[*kNode]()},
					{Name: "M", Type: reflect.TypeFor[map[string]any]()},
				})
				v := reflect.New(typ)
				v.Elem().Field(0).SetString("alice@example.com")
				node := &kNode{Name: "Alice Smith"}
				node.Next = node
				v.Elem().Field(1).Set(reflect.ValueOf(node))
				v.Elem().Field(2).Set(reflect.ValueOf(map[string]any{"n": node}))
				if err := pii.ValidateType(typ); err != nil {
					errs <- err
					return
				}
				got, err := r.Redact(sink, v.Interface())
				if err != nil {
					errs <- err
					return
				}
				gn := reflect.ValueOf(got).Elem().Field(1).Interface().(*kNode)
				if gn.Next != gn {
					errs <- fmt.Errorf("cycle lost its shape")
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.NoError(t, err)
	}
}
