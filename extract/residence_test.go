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
		// A visit paid to a residence is a reception there: a verb of visiting, or a noun of it
		// in a phrase of a preposition; the host named in the clause met the guest. Not an
		// invitation to visit, nor a visit only described ("Es ist der zweite Besuch …").
		{
			name: "a visit paid",
			lang: "de", date: "2022-02-07",
			text: "WASHINGTON - Bei seinem Antrittsbesuch im Weißen Haus hat Bundeskanzler Olaf Scholz demonstrativ Einigkeit mit US-Präsident Joe Biden gezeigt.",
			want: []string{"meeting:asserted:Olaf Scholz|Joe Biden"},
		},
		{
			name: "a residence visited",
			lang: "en", date: "2022-02-07",
			text: "Olaf Scholz visited the White House on Monday.",
			want: []string{"meeting:asserted:Olaf Scholz|Joe Biden"},
		},
		{
			name: "not an invitation to visit",
			lang: "en", date: "2025-05-18",
			text: "JD Vance handed Pope Leo XIV a letter from President Donald Trump inviting him to visit the White House.",
			not:  []string{"meeting:asserted:JD Vance|Donald Trump"},
		},
		{
			name: "not a visit only described",
			lang: "de", date: "2023-02-28",
			text: "Olaf Scholz reist am Freitag nach Washington. Es ist der zweite Besuch des Kanzlers im Weißen Haus seit seinem Amtsantritt.",
			not:  []string{"meeting:asserted:Olaf Scholz|Joe Biden"},
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
			name: "received by another",
			lang: "en", date: "2025-03-01",
			text: "Volodymyr Zelensky was received at the White House by Vice President JD Vance on Friday.",
			want: []string{"meeting:asserted:Volodymyr Zelensky|JD Vance"},
			not:  []string{"meeting:asserted:Volodymyr Zelensky|Donald Trump"},
		},
		{
			name: "received by another, German",
			lang: "de", date: "2025-03-01",
			text: "Wolodymyr Selenskyj wurde im Weißen Haus von Außenminister Marco Rubio empfangen.",
			not:  []string{"meeting:asserted:Volodymyr Zelensky|Donald Trump"},
		},
		{
			name: "an active receiver",
			lang: "en", date: "2023-09-21",
			text: "Vice President Kamala Harris received Volodymyr Zelensky at the White House on Thursday.",
			not:  []string{"meeting:asserted:Volodymyr Zelensky|Joe Biden", "meeting:asserted:Kamala Harris|Joe Biden"},
		},
		{
			name: "a proposal welcomed",
			lang: "en", date: "2024-05-06",
			text: "Antony Blinken welcomed the ceasefire proposal at the White House on Monday.",
			not:  []string{"meeting:asserted:Antony Blinken|Joe Biden"},
		},
		{
			name: "the speaker is no guest",
			lang: "en", date: "2025-03-01",
			text: "Olaf Scholz said Volodymyr Zelensky was received at the White House on Friday.",
			want: []string{"meeting:asserted:Volodymyr Zelensky|Donald Trump"},
			not:  []string{"meeting:asserted:Olaf Scholz|Donald Trump", "meeting:asserted:Olaf Scholz|Volodymyr Zelensky"},
		},
		{
			name: "another year",
			lang: "de", date: "2025-06-05",
			text: "Olaf Scholz war im Jahr 2022 im Weißen Haus empfangen worden.",
			not:  []string{"meeting:asserted:Olaf Scholz|Donald Trump"},
		},
		{
			name: "another country's city in the clause",
			lang: "de", date: "2018-06-05",
			text: "Wladimir Putin ist am Dienstag in Wien im Kanzleramt empfangen worden.",
			not:  []string{"meeting:asserted:Vladimir Putin|Angela Merkel"},
		},
		{
			name: "a dateline at the guest's home",
			lang: "de", date: "2025-06-05",
			text: "BERLIN (dpa) - Bundeskanzler Friedrich Merz ist im Weißen Haus empfangen worden.",
			want: []string{"meeting:asserted:Friedrich Merz|Donald Trump"},
		},
		{
			name: "the modality of the receiving clause",
			lang: "en", date: "2025-06-05",
			text: "Friedrich Merz, who will travel to Paris next week, was received at the White House on Thursday.",
			want: []string{"meeting:asserted:Friedrich Merz|Donald Trump"},
			not:  []string{"meeting:planned:Friedrich Merz|Donald Trump"},
		},
		{
			name: "a guest at a residence, in a relative clause on a speaker",
			lang: "de", date: "2018-05-24",
			text: "Südkoreas Präsident Moon Jae-in, der erst am Dienstag im Weißen Haus zu Gast gewesen war, zeigte sich sehr verwirrt.",
			want: []string{"meeting:asserted:Moon Jae-in|Donald Trump"},
		},
		{
			name: "a time of the same term",
			lang: "en", date: "2025-03-03",
			text: "Volodymyr Zelensky was received at the White House last Friday.",
			want: []string{"meeting:asserted:Volodymyr Zelensky|Donald Trump"},
		},
		{
			name: "another term",
			lang: "en", date: "2025-06-05",
			text: "Emmanuel Macron, who was received at the White House last year, met Olaf Scholz in Paris.",
			not:  []string{"meeting:asserted:Emmanuel Macron|Donald Trump", "meeting:asserted:Olaf Scholz|Donald Trump"},
		},
		{
			name: "a city of the same country, and one come from",
			lang: "en", date: "2023-09-21",
			text: "Volodymyr Zelensky flew in from New York and was received at the White House on Thursday.",
			want: []string{"meeting:asserted:Volodymyr Zelensky|Joe Biden"},
		},
		{
			name: "the second receiving word",
			lang: "en", date: "2023-09-21",
			text: "Antony Blinken welcomed the proposal on Thursday, and Volodymyr Zelensky was received at the White House.",
			want: []string{"meeting:asserted:Volodymyr Zelensky|Joe Biden"},
			not:  []string{"meeting:asserted:Antony Blinken|Joe Biden"},
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
