package rules_test

import (
	"testing"

	"dipex/gazetteer"
	"dipex/rules"
	"dipex/score"
)

// TestExamples runs every default rule alone over its own examples.
func TestExamples(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	e, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range score.Examples(g, e) {
		n++
		if r.Failed {
			t.Errorf("%s", r)
		}
	}
	if n == 0 {
		t.Fatal("no examples ran")
	}
}
