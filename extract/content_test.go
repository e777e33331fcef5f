package extract_test

import (
	"testing"

	"dipex/extract"
)

// TestStatementContent checks what a statement says: whole quotations with their own full
// stop, no stray quotation marks or trailing commas.
func TestStatementContent(t *testing.T) {
	x := defaultExtractor(t)
	for _, tt := range []struct{ lang, text, want string }{
		{"de", "Lawrow sagte: „Das Treffen war sehr gut.“ Dann ging er nach Hause.", "Das Treffen war sehr gut."},
		{"en", `"The talks were productive," Lavrov said.`, "The talks were productive"},
		{"en", `Lavrov said the talks were "very good".`, `the talks were "very good"`},
		{"en", `Lavrov said: "The talks were good, and we will meet again." Then he left.`, "The talks were good, and we will meet again."},
		{"de", "Die Lage sei ernst, so der iranische Präsident Hassan Rohani.", "Die Lage sei ernst"},
		{"en", "The talks went well, Russian Foreign Minister Sergei Lavrov said.", "The talks went well"},
	} {
		res := x.Extract(&extract.Document{ID: "t", Text: tt.text, Lang: tt.lang})
		got := "<no statement>"
		for _, tr := range res.Triples {
			if tr.Relation == "statement" {
				got = tr.Content
			}
		}
		if got != tt.want {
			t.Errorf("%q: content %q, want %q", tt.text, got, tt.want)
		}
	}
}
