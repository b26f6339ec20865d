package pii

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/clootrack/privacy/pii/internal/fieldplan"
)

// tagTests are the table of the tag grammar; FuzzParseTag starts from them.
var tagTests = []struct {
	tag       string
	canonical string // "" when the tag is invalid
	reason    fieldplan.Reason
}{
	{"email", "email", 0},
	{"-", "-", 0},
	{"-,key=email", "-,key=email", 0},
	{"email,pseudonym", "email,pseudonym", 0},
	{"email,log=mask,api=clear,export=pseudonym,analytics=drop", "email,log=mask,api=clear,export=pseudonym,analytics=drop", 0},
	{"email,analytics=drop,log=mask", "email,log=mask,analytics=drop", 0},
	{"email,api=clear,seal", "email,seal,api=clear", 0},
	{"phone,key=email", "phone,key=email", 0},
	{"key=email,email", "", fieldplan.ReasonUnknownCategory},
	{"password,drop", "password,drop", 0},
	{"password,log=drop", "password,log=drop", 0},
	{"health,seal,api=redact", "health,seal,api=redact", 0},

	{"", "", fieldplan.ReasonSyntax},
	{",email", "", fieldplan.ReasonSyntax},
	{"email,", "", fieldplan.ReasonSyntax},
	{"email,,mask", "", fieldplan.ReasonSyntax},
	{"email, log=mask", "", fieldplan.ReasonSyntax},
	{"Email", "", fieldplan.ReasonUnknownCategory},
	{"emial", "", fieldplan.ReasonUnknownCategory},
	{"email,hash", "", fieldplan.ReasonUnknownOption},
	{"email,logs=mask", "", fieldplan.ReasonUnknownOption},
	{"email,log=hash", "", fieldplan.ReasonUnknownOption},
	{"email,log=mask,log=drop", "", fieldplan.ReasonDuplicateOption},
	{"email,mask,drop", "", fieldplan.ReasonDuplicateOption},
	{"email,key=email,key=phone", "", fieldplan.ReasonDuplicateOption},
	{"email,key=mail", "", fieldplan.ReasonUnknownCategory},
	{"-,mask", "", fieldplan.ReasonUnknownOption},
	{"-,log=mask", "", fieldplan.ReasonUnknownOption},
	{"password,log=mask", "", fieldplan.ReasonForbiddenTreatment},
	{"password,pseudonym", "", fieldplan.ReasonForbiddenTreatment},
	{"card,log=clear", "", fieldplan.ReasonForbiddenTreatment},
	{"ip,clear", "", fieldplan.ReasonForbiddenTreatment},

	// Tags written for other libraries that use the pii key (style.md §8).
	{"data,kind=email", "", fieldplan.ReasonUnknownCategory},           // ln80/pii
	{"data,replace=forgotten user", "", fieldplan.ReasonSyntax},        // ln80/pii (white space)
	{"subjectID,prefix=account-", "", fieldplan.ReasonUnknownCategory}, // ln80/pii
	{"dive", "", fieldplan.ReasonUnknownCategory},                      // ln80/pii
	{"redact", "", fieldplan.ReasonUnknownCategory},                    // go-pii-sanitizer
	{"preserve", "", fieldplan.ReasonUnknownCategory},                  // go-pii-sanitizer
	{"redact,sensitive", "", fieldplan.ReasonUnknownCategory},          // go-pii-sanitizer
	{"key", "", fieldplan.ReasonUnknownCategory},                       // eskit/gdpr
	{"field:group", "", fieldplan.ReasonUnknownCategory},               // eskit/gdpr
}

func TestParseTag(t *testing.T) {
	t.Parallel()
	for _, tt := range tagTests {
		t.Run(tt.tag, func(t *testing.T) {
			tag, err := fieldplan.ParseTag(tt.tag, &vocabulary)
			if tt.canonical == "" {
				var se *fieldplan.SyntaxError
				require.ErrorAs(t, err, &se)
				assert.Equal(t, tt.reason, se.Reason, se.Detail)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.canonical, tag.Format(&vocabulary))
		})
	}
}

func TestParseTagSinkOverridesBareTreatment(t *testing.T) {
	t.Parallel()
	tag, err := fieldplan.ParseTag("email,pseudonym,api=clear", &vocabulary)
	require.NoError(t, err)
	assert.Equal(t, uint8(TreatmentPseudonym), tag.Treatment(int(SinkLog)))
	assert.Equal(t, uint8(TreatmentClear), tag.Treatment(int(SinkAPI)))
	assert.Equal(t, uint8(CategoryEmail), tag.Category)
}

// FuzzParseTag checks that the tag parser never panics, that a valid tag's canonical form
// parses to the same tag, and that a valid tag never breaks a policy rule (§17, §3.5, §3.9).
func FuzzParseTag(f *testing.F) {
	for _, tt := range tagTests {
		f.Add(tt.tag)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tag, err := fieldplan.ParseTag(s, &vocabulary)
		if err != nil {
			return
		}
		canonical := tag.Format(&vocabulary)
		again, err := fieldplan.ParseTag(canonical, &vocabulary)
		if err != nil {
			t.Fatalf("canonical form %q of %q does not parse: %v", canonical, s, err)
		}
		if again != tag {
			t.Fatalf("canonical form %q of %q parses to another tag", canonical, s)
		}
		if tag.Category == 0 {
			return
		}
		for sink := range Sink(numSinks) {
			if tr := Treatment(tag.Treatment(int(sink))); tr != 0 {
				if err := CheckTreatment(Category(tag.Category), sink, tr); err != nil {
					t.Fatalf("valid tag %q breaks a policy rule: %v", s, err)
				}
			}
		}
	})
}
