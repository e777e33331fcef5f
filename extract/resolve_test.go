package extract_test

import (
	"strings"
	"testing"

	"dipex/extract"
)

// TestRoleNouns checks who a role noun without a name resolves to: the holder of the role on
// the document's date, and no one when the role is an office the data has no title for.
func TestRoleNouns(t *testing.T) {
	x := defaultExtractor(t)
	for _, tt := range []struct{ date, text, want string }{
		{"2006-05-01", "Der russische Außenminister sagte, er sei bereit.", "Sergey Lavrov"},
		// A health minister is a minister, but not the foreign minister the data knows.
		{"2006-05-01", "Das Mittel sei sicher, so der iranische Gesundheitsminister.", ""},
		// The chair of a board the data lacks is not the party chair named before.
		{"2006-05-01", "SPD-Chef Kurt Beck lobte die Arbeit. „Das wäre nicht gerecht“, so der Chef des Verwaltungsrats.", "Kurt Beck"},
	} {
		res := x.Extract(&extract.Document{ID: "t", Text: tt.text, Lang: "de", Date: tt.date})
		var got []string
		for _, tr := range res.Triples {
			if tr.Relation == "statement" {
				got = append(got, tr.Subject.Name)
			}
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("%q: speakers %q, want %q", tt.text, got, tt.want)
		}
	}
}
