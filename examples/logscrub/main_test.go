package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sample = "2026-05-01T10:00:00Z INFO login alice@example.com from 203.0.113.7\n" +
	"2026-05-01T10:00:01Z WARN charge 4111 1111 1111 1111 declined, aadhaar 2345 6789 0124\n" +
	"2026-05-01T10:00:02Z INFO GET /reset?token=c2VjcmV0 200\n"

func scrub(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errs bytes.Buffer
	code = run(args, strings.NewReader(sample), &out, &errs, func(k string) string { return env[k] })
	return out.String(), errs.String(), code
}

func TestMarkers(t *testing.T) {
	t.Parallel()
	out, errs, code := scrub(t, nil)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "2026-05-01T10:00:00Z INFO login [EMAIL] from [IP]\n"+
		"2026-05-01T10:00:01Z WARN charge [CARD] declined, aadhaar [AADHAAR]\n"+
		"2026-05-01T10:00:02Z INFO GET /reset?token=[SECRET] 200\n", out)
	assert.Equal(t, "email           1\ncard            1\nipv4            1\naadhaar         1\nurl_credential  1\ntotal           5\n", errs)
}

// TestMask: partial forms where the category has one; a credential stays redacted (§17).
func TestMask(t *testing.T) {
	t.Parallel()
	out, _, code := scrub(t, nil, "-treatment", "mask", "-lines=false")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "login ***@example.com from 203.0.113.0")
	assert.Contains(t, out, "charge 411111******1111 declined, aadhaar XXXX XXXX 0124")
	assert.Contains(t, out, "token=[SECRET]")
}

func TestPseudonym(t *testing.T) {
	t.Parallel()
	env := map[string]string{"LOGSCRUB_KEY": strings.Repeat("k", 32)}
	out, _, code := scrub(t, env, "-treatment", "pseudonym", "-key-id", "t1", "-kinds", "email,ipv4")
	require.Equal(t, 0, code)
	assert.Regexp(t, `login pii:p1:t1:[A-Za-z0-9_-]+ from pii:p1:t1:`, out)
	assert.Contains(t, out, "charge 4111 1111 1111 1111 declined", "-kinds limits what is looked for")
}

func TestBadFlags(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"-treatment", "shout"}, {"-sink", "printer"}, {"-kinds", "email,dna"}, {"-treatment", "pseudonym"},
		{"-min-confidence", "2"}, {"extra"},
	} {
		_, errs, code := scrub(t, nil, args...)
		assert.Equal(t, 2, code, "%v: %s", args, errs)
		assert.Contains(t, errs, "logscrub", "%v", args)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestWriteError: a write error ends the run with exit status 1 and says so on standard
// error, after the counts of what was treated so far.
func TestWriteError(t *testing.T) {
	t.Parallel()
	for _, lines := range []string{"-lines=true", "-lines=false"} {
		var errs bytes.Buffer
		code := run([]string{lines}, strings.NewReader(sample), failingWriter{}, &errs, func(string) string { return "" })
		assert.Equal(t, 1, code, lines)
		assert.Contains(t, errs.String(), "logscrub: disk full", lines)
		assert.Contains(t, errs.String(), "total", lines)
	}
}
