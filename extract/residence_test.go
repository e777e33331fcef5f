package extract_test

import "testing"

// TestReceivedAtResidence checks that one received at a residence of the gazetteer with no one
// said to receive them met its holder on the document's date, and when not.
func TestReceivedAtResidence(t *testing.T) {
	x := defaultExtractor(t)
	for _, tt := range []struct {
		name, lang, date, text string
		want, not              []string
	}{
		{
			name: "received at the White House",
			lang: "de", date: "2025-06-05",
			text: "WASHINGTON (dpa) - Bundeskanzler Friedrich Merz ist bei seinem Antrittsbesuch im Weißen Haus empfangen worden.",
			want: []string{"meeting:asserted:Friedrich Merz|Donald Trump"},
		},
		{
			name: "a guest of the same title as the host",
			lang: "en", date: "2024-05-06",
			text: "PARIS (AFP) - Chinese President Xi Jinping was received at the Elysee Palace on Monday.",
			want: []string{"meeting:asserted:Xi Jinping|Emmanuel Macron"},
		},
		{
			name: "two guests received together",
			lang: "en", date: "2022-06-10",
			text: "Olaf Scholz and Emmanuel Macron were welcomed at the White House on Friday.",
			want: []string{"meeting:asserted:Olaf Scholz|Joe Biden", "meeting:asserted:Emmanuel Macron|Joe Biden", "meeting:asserted:Olaf Scholz|Emmanuel Macron"},
		},
		{
			name: "a reception to come",
			lang: "de", date: "2025-06-02",
			text: "Friedrich Merz wird am Donnerstag im Weißen Haus empfangen.",
			want: []string{"meeting:planned:Friedrich Merz|Donald Trump"},
		},
		{
			name: "not received",
			lang: "en", date: "2024-05-06",
			text: "Viktor Orban was not received at the Elysee Palace.",
			not:  []string{"meeting:asserted:Viktor Orbán|Emmanuel Macron", "meeting:negated:Viktor Orbán|Emmanuel Macron"},
		},
		{
			name: "another country's chancellery",
			lang: "de", date: "2018-06-05",
			text: "WIEN (APA) - Wladimir Putin ist im Kanzleramt empfangen worden.",
			not:  []string{"meeting:asserted:Vladimir Putin|Angela Merkel"},
		},
		{
			name: "another chancellor named there",
			lang: "de", date: "2018-06-05",
			text: "Wladimir Putin wurde am Nachmittag im Kanzleramt mit Bundeskanzler Sebastian Kurz empfangen.",
			not:  []string{"meeting:asserted:Vladimir Putin|Angela Merkel"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFactsOn(t, x, tt.lang, tt.date, tt.text, tt.want, tt.not)
		})
	}
}
