package main

import (
	"strings"
	"testing"
)

// TestExplainGroup explains a sentence whose party is a group ("Beide Seiten"), which has no
// actor until resolution.
func TestExplainGroup(t *testing.T) {
	out, errs, code := dipex(t, "", "explain", "--lang", "de", "Xi Jinping traf Wladimir Putin. Beide Seiten vereinbarten eine engere Zusammenarbeit.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, w := range []string{
		`"Beide Seiten" -> group`,
		`fired  agreement.de.vereinbaren at "vereinbarten": agreement Beide Seiten -> Beide Seiten (asserted)`,
		"2 triples",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("explain output lacks %q:\n%s", w, out)
		}
	}
}

// TestExplainContextSubject checks that explain names a subject taken from the context (the
// person the text is about), which once crashed it.
func TestExplainContextSubject(t *testing.T) {
	out, errs, code := dipex(t, "", "explain", "--lang", "de", "Joe Biden sagte seine Reise ab. Damit kommt das Treffen mit Anthony Albanese nicht zustande.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if w := `meeting the person the text is about -> Anthony Albanese (negated)`; !strings.Contains(out, w) {
		t.Errorf("explain output lacks %q:\n%s", w, out)
	}
}
