package fieldplan

import (
	"reflect"
	"sync"
)

// cache maps a reflect.Type to its *Node. It is the package's only state: a write-once cache
// of immutable plans, as encoding/json keeps for its encoders. A plan depends only on the
// type (and on the one Vocabulary of package pii), never on per-call options.
var cache sync.Map

// Of returns the plan of t, building and caching it (and the plans of the types it reaches)
// on first use. Concurrent calls for the same type may build it twice; one plan wins and
// every caller gets a complete one.
func Of(t reflect.Type, v *Vocabulary) *Node {
	if n, ok := cache.Load(t); ok {
		return n.(*Node)
	}
	b := builder{vocab: v, local: map[reflect.Type]*Node{}}
	root := b.node(t)
	b.finish()
	for _, n := range b.order {
		cache.LoadOrStore(n.Type, n)
	}
	if n, ok := cache.Load(t); ok {
		return n.(*Node)
	}
	return root
}
