package pii

import (
	"errors"
	"fmt"
	"reflect"
	"sync"

	"github.com/clootrack/privacy/pii/internal/fieldplan"
	"golang.org/x/text/cases"
)

// Redactor copies values with their personal data treated for a sink: redacted, masked,
// pseudonymized, sealed, dropped or kept, as the struct tags, the [Options] and the policy
// say. It never changes its input.
//
// A Redactor is immutable and safe for concurrent use by multiple goroutines. Create one
// with [NewRedactor] and share it.
type Redactor struct {
	policy         [numCategories][numSinks]Treatment
	markers        [numCategories]string
	keys           []*hmacKey // keys[0] is active; empty means no pseudonyms
	sealer         Sealer
	redactUntagged bool
	ipv4Bits       int
	ipv6Bits       int
	folders        *sync.Pool // of *cases.Caser; shared by copies made by WithSealer
}

// NewRedactor returns a Redactor configured by opts; nil means the defaults (see [Options]).
//
// It returns an error wrapping [ErrInvalidKey] for a pseudonym key with a missing or short
// secret or an invalid or repeated id, the [*PolicyError] for an override the policy forbids,
// and an error wrapping [ErrInvalidOption] for any other bad setting: an override naming an
// unknown category, sink or treatment (which it wraps too), or an out-of-range prefix
// length. Errors name key ids, never secrets.
func NewRedactor(opts *Options) (*Redactor, error) {
	if opts == nil {
		opts = &Options{}
	}
	r := &Redactor{
		sealer:         opts.Sealer,
		redactUntagged: opts.RedactUntagged,
		ipv4Bits:       24,
		ipv6Bits:       48,
		folders:        &sync.Pool{New: func() any { c := cases.Fold(); return &c }},
	}
	for c := range r.policy {
		for s := range r.policy[c] {
			r.policy[c][s] = Category(c).Treatment(Sink(s))
		}
	}
	for i, o := range opts.Overrides {
		if err := CheckTreatment(o.Category, o.Sink, o.Treatment); err != nil {
			var pe *PolicyError
			if errors.As(err, &pe) {
				return nil, err // it names the category, sink and treatment
			}
			return nil, fmt.Errorf("%w: Options.Overrides[%d]: %w", ErrInvalidOption, i, err)
		}
		r.policy[o.Category][o.Sink] = o.Treatment
	}
	for c := range r.markers {
		r.markers[c] = defaultMarker
		if opts.Marker != nil {
			r.markers[c] = opts.Marker(Category(c))
		}
	}
	if opts.IPv4PrefixLen != 0 {
		if opts.IPv4PrefixLen < 0 || opts.IPv4PrefixLen > 24 {
			return nil, fmt.Errorf("%w: IPv4PrefixLen %d is outside 1..24", ErrInvalidOption, opts.IPv4PrefixLen)
		}
		r.ipv4Bits = opts.IPv4PrefixLen
	}
	if opts.IPv6PrefixLen != 0 {
		if opts.IPv6PrefixLen < 0 || opts.IPv6PrefixLen > 64 {
			return nil, fmt.Errorf("%w: IPv6PrefixLen %d is outside 1..64", ErrInvalidOption, opts.IPv6PrefixLen)
		}
		r.ipv6Bits = opts.IPv6PrefixLen
	}
	keys, err := newHMACKeys(opts.PseudonymKeys)
	if err != nil {
		return nil, err
	}
	r.keys = keys
	return r, nil
}

// WithSealer returns a copy of r that seals and opens with s, sharing everything else. It is
// cheap: use it to seal one subject's data with that subject's key (crypto-shredding, §16.1).
func (r *Redactor) WithSealer(s Sealer) *Redactor {
	c := *r
	c.sealer = s
	return &c
}

// Treatment returns the treatment r gives to a value of category c in sink: the override of
// [Options.Overrides] if there is one, or else the policy's default ([Category.Treatment]).
// A struct tag's option for the sink takes precedence over both. An invalid category or sink
// gets [TreatmentRedact].
func (r *Redactor) Treatment(sink Sink, c Category) Treatment {
	if !sink.Valid() || !c.Valid() {
		return TreatmentRedact
	}
	return r.policy[c][sink]
}

// Marker returns the text that replaces a redacted string of category c (see
// [Options.Marker]); an invalid category gets the marker of untagged data.
func (r *Redactor) Marker(c Category) string {
	if !c.Valid() {
		return r.markers[0]
	}
	return r.markers[c]
}

// RedactString returns s treated as a value of category c on its way to sink: the treatment
// of [Redactor.Treatment], computed exactly as for a tagged struct field, so a pseudonym made
// here equals the one in a redacted struct, log record or scanned text.
//
// It never fails and never returns s unless the treatment is [TreatmentClear]: where a
// treatment cannot be computed (no key, no Sealer, a value a mask cannot parse, a sealing
// error) the result is the marker. An invalid category or sink gets the marker.
func (r *Redactor) RedactString(sink Sink, c Category, s string) string {
	out, err := r.treatString(r.Treatment(sink, c), c, s, nil)
	if err != nil {
		return r.Marker(c)
	}
	return out
}

// Redact returns a deep copy of v with every tagged field, and every value inside a tagged
// field, treated for sink. v is never changed. See the package documentation for how each
// kind of value is copied and treated.
//
// The copy has v's dynamic type: a struct for a struct, a new pointer for a pointer. A nil v
// gives nil.
//
// Redact fails closed: it returns a nil copy and an error if v's type, or the type of any
// value inside an interface, has an invalid tag ([*TagError]) or cannot be copied safely
// ([*TypeError]), if sink is not a [Sink] ([ErrUnknownSink]), or if sealing fails. Errors
// never hold a value.
func (r *Redactor) Redact(sink Sink, v any) (any, error) {
	if !sink.Valid() {
		return nil, ErrUnknownSink
	}
	return r.run(v, walker{r: r, sink: sink})
}

// Open returns a deep copy of v in which every value sealed by [TreatmentSeal] in a tagged
// field is opened with r's [Sealer]. Values that are not sealed tokens are copied as they are.
// It fails with [ErrNoKey] if r has no Sealer, with an error wrapping [ErrOpen] if a token
// cannot be opened (for example after the subject's key was forgotten), and with a
// [*TagError] or [*TypeError] as [Redactor.Redact] does.
func (r *Redactor) Open(v any) (any, error) {
	if r.sealer == nil {
		return nil, ErrNoKey
	}
	return r.run(v, walker{r: r, open: true})
}

func (r *Redactor) run(v any, w walker) (out any, err error) {
	if v == nil {
		return nil, nil
	}
	src := reflect.ValueOf(v)
	n := plan(src.Type())
	if n.Err != nil {
		return nil, problemError(n.Err)
	}
	if w.share && n.Clean && !w.rootScope().active {
		return v, nil
	}
	defer func() {
		if p := recover(); p != nil {
			// Never report the panic's value: it may quote data.
			out, err = nil, ErrInternal
		}
	}()
	dst := w.root(src, n)
	if w.err != nil {
		return nil, w.err
	}
	return dst.Interface(), nil
}

// Validate reports whether the dynamic type of v, and every type it contains, has valid pii
// tags and can be redacted. It returns nil, a [*TagError] or a [*TypeError]. Call it in tests
// and at start-up for every type you redact; [Redactor.Redact] makes the same check. Types
// that are only known at run time, inside interface values, are checked when redacted.
func Validate(v any) error {
	if v == nil {
		return nil
	}
	return ValidateType(reflect.TypeOf(v))
}

// ValidateType is [Validate] for a type.
func ValidateType(t reflect.Type) error {
	if t == nil {
		return nil
	}
	if p := plan(t).Err; p != nil {
		return problemError(p)
	}
	return nil
}

// vocabulary tells the tag parser the names of categories, sinks and treatments and the
// policy's rules. It is built once and never changed.
var vocabulary = fieldplan.Vocabulary{
	Categories: categoryNames(),
	Sinks:      sinkNames[:],
	Treatments: treatmentNames[:],
	Check: func(c, s, t uint8) error {
		return CheckTreatment(Category(c), Sink(s), Treatment(t))
	},
}

func plan(t reflect.Type) *fieldplan.Node { return fieldplan.Of(t, &vocabulary) }

// problemError turns a plan's problem into this package's error types.
func problemError(p *fieldplan.Problem) error {
	if p.Reason == fieldplan.ReasonUnsupportedKey {
		return &TypeError{Type: p.Type, Reason: p.Detail}
	}
	e := &TagError{Type: p.Type, Field: p.Field, Tag: p.Tag, Reason: p.Detail, Err: p.Err}
	switch p.Reason {
	case fieldplan.ReasonUnknownCategory:
		e.Err = ErrUnknownCategory
	case fieldplan.ReasonForbiddenTreatment:
		var pe *PolicyError
		if errors.As(p.Err, &pe) {
			e.Reason = pe.Sink.String() + "=" + pe.Treatment.String() + " is forbidden: " + pe.Reason + " (" + pe.Clause + ")"
		}
	}
	return e
}
