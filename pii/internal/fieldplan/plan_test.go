package fieldplan

import (
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testVocab is a small vocabulary; package pii passes its own.
var testVocab = Vocabulary{
	Categories: []string{"", "email", "secret"},
	Sinks:      []string{"log", "api"},
	Treatments: []string{"", "redact", "clear"},
	Check: func(c, s, t uint8) error {
		if c == 2 && t == 2 {
			return errors.New("a secret is never shown")
		}
		return nil
	},
}

func planOf[T any]() *Node { return Of(reflect.TypeFor[T](), &testVocab) }

type selfRef struct {
	Name string `pii:"email"`
	Next *selfRef
}

type viaSlice struct{ Kids []viaSlice }

type flatInner struct {
	A int
	B string
	T time.Time
}

type withHidden struct {
	A int
	b string
}

type outer struct {
	Flat   flatInner
	Hidden withHidden
	Tagged string `pii:"email"`
	Ptr    *flatInner
	Fn     func()
	hidden int
}

func TestPlanKinds(t *testing.T) {
	t.Parallel()
	n := planOf[outer]()
	require.Nil(t, n.Err)
	assert.Equal(t, KindStruct, n.Kind)
	assert.False(t, n.Flat)
	assert.True(t, n.Hidden, "an unexported field makes the struct hidden")

	assert.True(t, n.Fields[0].Node.Flat, "scalars, strings and time.Time are flat")
	assert.Equal(t, KindOpaque, n.Fields[0].Node.Fields[2].Node.Kind)
	assert.False(t, n.Fields[1].Node.Flat)
	assert.True(t, n.Fields[1].Node.Hidden)
	assert.True(t, n.Fields[2].Personal())
	assert.Equal(t, KindPointer, n.Fields[3].Node.Kind)
	assert.True(t, n.Fields[4].Skip, "a func cannot be copied")
	assert.True(t, n.Fields[5].Skip, "an unexported field is never copied")
	assert.Equal(t, []int{1, 2, 3, 4, 5}, n.Work, "only the flat, untagged field is finished by assignment")
	for i, f := range n.Fields {
		assert.Equal(t, reflect.TypeFor[outer]().Field(i).Offset, f.Offset)
	}
}

func TestPlanRecursion(t *testing.T) {
	t.Parallel()
	p := planOf[*selfRef]()
	require.Nil(t, p.Err)
	assert.True(t, p.Recursive, "a self-referencing pointer")
	assert.Same(t, p, p.Elem.Fields[1].Node, "the recursive type refers to its own plan")

	s := planOf[[]viaSlice]()
	assert.True(t, s.Recursive)
	assert.True(t, planOf[[]any]().Recursive, "an interface can hold the slice itself")
	assert.True(t, planOf[map[string]any]().Recursive)
	assert.False(t, planOf[[]string]().Recursive)
	assert.False(t, planOf[map[string]*flatInner]().Recursive)
	assert.False(t, planOf[*flatInner]().Recursive)
}

type cleanList struct {
	Name  string
	Tags  []string
	Attrs map[string]flatInner
	Next  *cleanList
}

type deepTag struct{ Items []map[string]*selfRef }

type keyedOnly struct {
	ByMail map[string]int `pii:"-,key=email"`
}

type behindAny struct{ V any }

func TestPlanCleanAndTagged(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		n             *Node
		clean, tagged bool
	}{
		{"a flat struct", planOf[flatInner](), true, false},
		{"references to clean values, recursive", planOf[*cleanList](), true, false},
		{"a slice of strings", planOf[[]string](), true, false},
		{"a tag deep inside references", planOf[deepTag](), false, true},
		{"a key category only", planOf[keyedOnly](), false, true},
		{"an unexported field", planOf[withHidden](), false, false},
		{"a func field", planOf[outer](), false, true},
		{"an interface: content unknown, not searched", planOf[behindAny](), false, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.clean, tt.n.Clean, "Clean: %s", tt.name)
		assert.Equal(t, tt.tagged, tt.n.Tagged, "Tagged: %s", tt.name)
		if tt.n.Flat {
			assert.True(t, tt.n.Clean, "Flat implies Clean: %s", tt.name)
		}
	}
}

type badTag struct {
	X string `pii:"emial"`
}

type holdsBad struct {
	Ok  string
	Bad *badTag
}

type cycleBad struct {
	Next *cycleBad
	Bad  []badTag
}

type forbidden struct {
	S string `pii:"secret,api=clear"`
}

func TestPlanProblems(t *testing.T) {
	t.Parallel()
	p := planOf[holdsBad]().Err
	require.NotNil(t, p, "a problem deep inside a type is the type's problem")
	assert.Equal(t, reflect.TypeFor[badTag](), p.Type)
	assert.Equal(t, "X", p.Field)
	assert.Equal(t, "emial", p.Tag)
	assert.Equal(t, ReasonUnknownCategory, p.Reason)

	require.NotNil(t, planOf[*cycleBad]().Err, "found through a cycle")

	f := planOf[forbidden]().Err
	require.NotNil(t, f)
	assert.Equal(t, ReasonForbiddenTreatment, f.Reason)
	assert.EqualError(t, f.Err, "a secret is never shown")

	k := planOf[map[*int]string]().Err
	require.NotNil(t, k)
	assert.Equal(t, ReasonUnsupportedKey, k.Reason)
	assert.Nil(t, planOf[map[any]string]().Err, "interface keys are checked at run time")
	assert.Nil(t, planOf[map[[2]string]int]().Err)

	type keyOnInts struct {
		M map[int]string `pii:"email,key=email"`
	}
	assert.Equal(t, ReasonKeyNotString, planOf[keyOnInts]().Err.Reason)
}

func TestPlanConcurrentBuilds(t *testing.T) {
	t.Parallel()
	var wg sync.WaitGroup
	plans := make([]*Node, 32)
	typ := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeFor[*selfRef]()},
		{Name: "B", Type: reflect.TypeFor[map[string][]any]()},
		{Name: "C", Type: reflect.TypeFor[string](), Tag: `pii:"email"`},
	})
	for i := range plans {
		wg.Go(func() { plans[i] = Of(typ, &testVocab) })
	}
	wg.Wait()
	for _, p := range plans {
		require.NotNil(t, p)
		assert.Nil(t, p.Err)
		assert.Len(t, p.Fields, 3)
		assert.True(t, p.Fields[0].Node.Recursive)
	}
	assert.Same(t, Of(typ, &testVocab), Of(typ, &testVocab), "once cached, one plan")
}

func TestTagFormatRoundTrip(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"email", "-", "-,key=email", "email,redact,api=clear", "secret,log=redact,key=email"} {
		tag, err := ParseTag(s, &testVocab)
		require.NoError(t, err, s)
		assert.Equal(t, s, tag.Format(&testVocab))
	}
	_, err := ParseTag("secret,clear", &testVocab)
	var se *SyntaxError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, ReasonForbiddenTreatment, se.Reason)
	assert.Contains(t, se.Error(), "log=clear")
	long := "x123456789012345678901234567890123456789012345"
	_, err = ParseTag(long, &testVocab)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "…", "long tags are cut short in errors")
}
