package pii_test

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii"
)

func TestFields(t *testing.T) {
	t.Parallel()
	got, err := pii.Fields(reflect.TypeFor[*kPerson]())
	require.NoError(t, err)
	type row struct {
		Path     string
		Index    []int
		Category pii.Category
		Key      pii.Category
	}
	var rows []row
	for _, f := range got {
		rows = append(rows, row{f.Path, f.Index, f.Category, f.KeyCategory})
	}
	want := []row{
		{"KBase.Email", []int{0, 0}, pii.CategoryEmail, 0},
		{"kInner.Phone", []int{1, 0}, pii.CategoryPhone, 0},
		{"Name", []int{3}, pii.CategoryName, 0},
		{"Mail", []int{4}, pii.CategoryEmail, 0},
		{"Home.Street", []int{5, 0}, pii.CategoryAddress, 0},
		{"Work.Street", nil, pii.CategoryAddress, 0},
		{"Phones", []int{7}, pii.CategoryPhone, 0},
		{"Past[].Street", nil, pii.CategoryAddress, 0},
		{"ByEmail", []int{10}, 0, pii.CategoryEmail},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("Fields(*kPerson) mismatch (-want +got):\n%s", diff)
	}
	v := reflect.ValueOf(newKPerson()).Elem()
	f, err := v.FieldByIndexErr(got[4].Index)
	require.NoError(t, err)
	assert.Equal(t, "1 Main Street", f.String())

	rec, err := pii.Fields(reflect.TypeFor[kNode]())
	require.NoError(t, err)
	require.Len(t, rec, 1, "a recursive type's fields are listed once")
	assert.Equal(t, "Name", rec[0].Path)

	_, err = pii.Fields(reflect.TypeFor[struct {
		X string `pii:"data"`
	}]())
	assert.ErrorIs(t, err, pii.ErrInvalidTag)
}
