// Package fieldplan is the struct-tag engine of package pii: it parses pii struct tags and
// turns each Go type into an immutable plan ([Node]) that says how to copy a value of the
// type and where its personal data is, with field offsets, kinds and parsed tags computed
// once.
//
// # Caching
//
// [Of] caches plans in a package-level sync.Map keyed by reflect.Type, the encoding/json
// model: a write-once cache of immutable values, and the package's only state. A plan
// depends on its type and on the [Vocabulary] (package pii has exactly one), never on
// per-call options, which the engine in package pii applies when it copies.
//
// A type's plan is built together with the plans of every type it reaches. The builder
// keeps each new node in a private map before filling it in, so a recursive type finds its
// own placeholder and stops; the nodes are published to the cache only once all of them are
// complete, so no goroutine ever sees a half-built plan. Two goroutines may build the same
// plan at once; one is kept, and both are correct.
//
// # Problems
//
// A malformed tag, an unknown name, a treatment a policy rule forbids, or a map key type that
// cannot be copied safely is recorded as a [Problem] on the node, and every node reports
// the first problem reachable from it in [Node.Err], so that one check of the root finds a
// problem anywhere inside the type. Problems hold type names, field names and tag text,
// never values.
package fieldplan
