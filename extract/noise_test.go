package extract

import (
	"testing"

	"dipex/tokenize"
)

// TestDatelineEnd checks where a dateline ends: a dash after the place (and agency), or a colon
// after up to three words in capitals; not a colon after mixed case.
func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		text string
		want string // the dateline's text, "" for none
	}{
		{"BERLIN (dpa) - Scholz traf Macron.", "BERLIN (dpa) -"},
		{"KYIV, June 16 (Reuters) - Zelensky met Scholz.", "KYIV, June 16 (Reuters) -"},
		{"Paris – Macron hat Scholz empfangen.", "Paris –"},
		{"NEW DELHI: External affairs minister S Jaishankar spoke with Wang Yi.", "NEW DELHI:"},
		// A colon after a name in mixed case opens a quotation or a headline, no dateline.
		{"Merkel: Wir schaffen das.", ""},
		{"Update: Scholz met Macron.", ""},
		// No dateline at all.
		{"Scholz traf Macron in Paris.", ""},
	}
	for _, tt := range tests {
		ts := tokenize.Text(tt.text)
		n := datelineEnd(ts)
		got := ""
		if n > 0 {
			got = tt.text[:ts[n-1].End]
		}
		if got != tt.want {
			t.Errorf("datelineEnd(%q) gives %q, want %q", tt.text, got, tt.want)
		}
	}
}
