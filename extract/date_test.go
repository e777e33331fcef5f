package extract

import (
	"testing"

	"dipex/tokenize"
)

func TestDateOf(t *testing.T) {
	tests := []struct {
		text, doc string
		planned   bool
		want      string
	}{
		{"Xi empfing am Freitag in Peking Schoigu.", "2025-03-01", false, "2025-02-28"},      // the Friday before a Saturday
		{"Xi empfing am Samstag in Peking Schoigu.", "2025-03-01", false, "2025-03-01"},      // the same day
		{"Xi wird am Montag Schoigu empfangen.", "2025-03-01", true, "2025-03-03"},           // the next Monday
		{"Xi empfing am Freitag Schoigu.", "", false, ""},                                    // no document date: unresolved
		{"Xi trifft am 28. Februar Schoigu.", "2025-03-01", false, "2025-02-28"},             // the document's year
		{"Xi trifft am 28. Februar Schoigu.", "", false, ""},                                 // no year at all
		{"Xi traf am 9. Mai 2015 in Moskau Putin.", "", false, "2015-05-09"},                 // explicit
		{"Lavrov met Rubio on February 18, 2025 in Riyadh.", "", false, "2025-02-18"},        // English, explicit
		{"Lavrov met Rubio on 18 February in Riyadh.", "2025-02-20", false, "2025-02-18"},    // English, document year
		{"Lavrov met Rubio on Tuesday in Riyadh.", "2025-02-20", false, "2025-02-18"},        // Thursday's Tuesday
		{"Lavrov met Rubio yesterday.", "2025-02-19", false, "2025-02-18"},                   // relative
		{"Die Waffenruhe gilt seit dem 01.03.2025.", "", false, "2025-03-01"},                // numeric German
		{"Xi traf am 31. Februar Schoigu.", "2025-03-01", false, ""},                         // no such day
		{"Am Montag traf Xi Schoigu, am Dienstag Putin.", "2025-03-06", false, "2025-03-03"}, // nearest to the trigger
	}
	for _, tt := range tests {
		toks := tokenize.Text(tt.text)
		trig := -1
		for i, tk := range toks {
			switch tk.Key {
			case "empfing", "empfangen", "trifft", "traf", "met", "gilt":
				if trig < 0 {
					trig = i
				}
			}
		}
		got := dateOf(toks, Sentence{First: 0, Last: len(toks)}, trig, tt.doc, tt.planned)
		if got != tt.want {
			t.Errorf("dateOf(%q, doc %q) = %q, want %q", tt.text, tt.doc, got, tt.want)
		}
	}
}
