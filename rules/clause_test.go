package rules

import (
	"strings"
	"testing"
)

// TestClause checks where the clause of a trigger begins: parallel phrases of one preposition
// after commas belong to it; a comma before another kind of phrase ends it.
func TestClause(t *testing.T) {
	e, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang, text, trigger string
		start               int // the token the clause begins at
	}{
		{"de", "orbán war nacheinander mit selenskyj in kiew , mit putin in moskau und mit xi in peking zusammengetroffen .", "zusammengetroffen", 0},
		{"de", "orbán war in kiew , mit putin in moskau ist er zusammengetroffen .", "zusammengetroffen", 5},
		// (Nor phrases fronted in clauses of their own, each with its verb.)
		{"de", "mit macron sprach scholz in paris , mit putin telefonierte lawrow und mit xi traf sich blinken .", "traf", 7},
		{"de", "mit macron sprach scholz in paris , mit putin telefonierte lawrow und mit xi traf sich blinken .", "telefonierte", 7},
		// (Not a relative clause after a preposition, nor a phrase whose preposition no phrase
		// before the comma has.)
		{"de", "er sprach mit selenskyj , mit dem er und mit putin befreundet ist .", "befreundet", 5},
		{"en", "blinken met with wang in beijing , with xi in shanghai and with li in tianjin .", "and", 0},
		{"en", "blinken met wang in beijing , with xi in shanghai and with li in tianjin .", "and", 6},
	} {
		keys := strings.Fields(c.text)
		i := 0
		for keys[i] != c.trigger {
			i++
		}
		if got, _ := e.langs[c.lang].clause(keys, i); got != c.start {
			t.Errorf("%q: clause of %q begins at %d, want %d", c.text, c.trigger, got, c.start)
		}
	}
}
