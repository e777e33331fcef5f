package extract_test

import (
	"runtime/debug"
	"testing"

	"dipex/extract"
)

// TestNoCrash extracts texts that once crashed the pipeline (the batch reports such a document
// as an internal error and skips it).
func TestNoCrash(t *testing.T) {
	x := defaultExtractor(t)
	for _, tt := range []struct{ lang, date, text string }{
		// A list after the clause, then "each with": the list's end lay beyond the clause.
		{"en", "2023-05-10", "Xi Jinping signed the declaration on Monday, Vladimir Putin, Narendra Modi and Lula da Silva each with reservations."},
		{"de", "2023-05-10", "Xi Jinping unterzeichnete am Montag, Wladimir Putin, Narendra Modi jeweils mit Vorbehalten."},
		// "sein Büro" in a first sentence: no sentence before for its owner.
		{"de", "2023-10-22", "Anthony Albanese wird im November China besuchen, wie sein Büro am Sonntag mitteilte."},
		{"en", "2023-10-22", "His office said on Sunday that talks would follow."},
		// A reception at a residence in a first sentence, its guest before the clause.
		{"en", "2025-06-05", "Friedrich Merz, who will travel to Paris next week, was received at the White House on Thursday."},
		// A country's possessive before a name the data lacks, at the end of the text.
		{"en", "2023-02-28", "Antony Blinken met Kyrgyzstan's Azamat Temirbekov"},
		// A line that ends in a comma after a list with a group (the including phrase's end).
		{"en", "2024-01-01", "Vladimir Putin met Xi Jinping and delegations from 90 countries,\n\nThe talks lasted three hours."},
		{"de", "2024-01-01", "Wladimir Putin traf Xi Jinping und Delegationen aus 90 Staaten,\n\nDie Gespräche dauerten drei Stunden."},
		{"en", "2024-01-01", "Vladimir Putin and Xi Jinping met at the summit in Moscow. the two leaders and their wives,"},
		// A noun trigger with a relative clause after it, its parties named after that clause.
		{"de", "2024-01-28", "Die Militärregierungen von Mali, Burkina Faso und Niger haben ihren sofortigen Austritt aus der westafrikanischen Wirtschaftsgemeinschaft Ecowas angekündigt. In einer gemeinsamen Erklärung, die am Sonntag im staatlichen Fernsehen der drei Länder verlesen wurde, warfen sie der Organisation vor, unter dem Einfluss „fremder Mächte“ zu stehen und sich von ihren Gründungsidealen entfernt zu haben."},
	} {
		t.Run(tt.text, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panic: %v\n%s", r, debug.Stack())
				}
			}()
			x.Extract(&extract.Document{ID: "t", Lang: tt.lang, Date: tt.date, Text: tt.text})
		})
	}
}
