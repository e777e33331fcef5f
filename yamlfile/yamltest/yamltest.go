// Package yamltest checks the errors of the YAML loaders in tests.
package yamltest

import (
	"strings"
	"testing"
)

// ErrorsInOrder fails the test unless err is an error whose message holds every one of wants,
// in that order (a loader reports its problems sorted by position).
func ErrorsInOrder(t testing.TB, name string, err error, wants []string) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: no error", name)
		return
	}
	msg := err.Error()
	for _, w := range wants {
		i := strings.Index(msg, w)
		if i < 0 {
			t.Errorf("%s: error\n%s\ndoes not contain\n%s", name, msg, w)
			continue
		}
		msg = msg[i+len(w):]
	}
}
