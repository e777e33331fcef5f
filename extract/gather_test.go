package extract_test

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"dipex/extract"
)

// asserted returns the pairs "A|B" as asserted meetings, "meeting:asserted:A|B" (see
// checkFactsOn).
func asserted(pairs []string) []string {
	out := make([]string, len(pairs))
	for i, p := range pairs {
		out[i] = "meeting:asserted:" + p
	}
	return out
}

// pairFacts returns the triples of d with an object as "relation:modality:A|B", the names sorted.
func pairFacts(x *extract.Extractor, d *extract.Document) []string {
	var out []string
	for _, tr := range x.Extract(d).Triples {
		if tr.Object != nil {
			names := []string{tr.Subject.Name, tr.Object.Name}
			slices.Sort(names)
			out = append(out, tr.Relation+":"+tr.Modality+":"+strings.Join(names, "|"))
		}
	}
	return out
}

// TestSpokeLater checks who joins a summit named before anyone met at it by speaking in the
// sentences after it, and who does not.
func TestSpokeLater(t *testing.T) {
	x := defaultExtractor(t)
	for _, tt := range []struct {
		name, lang, text string
		want, not        []string
	}{
		{
			name: "host and speakers of a summit",
			lang: "en",
			text: "Leaders of the Group of 20 met for a summit in Rio de Janeiro on Monday. Luiz Inacio Lula da Silva, who hosted the summit, " +
				"called for an alliance against hunger. Xi Jinping said the world needed more cooperation. Narendra Modi warned against protectionism.",
			want: []string{"Luiz Inácio Lula da Silva|Xi Jinping", "Luiz Inácio Lula da Silva|Narendra Modi", "Narendra Modi|Xi Jinping"},
		},
		{
			name: "after one told the summit something",
			lang: "en",
			text: "Luiz Inacio Lula da Silva hosted South American leaders on Tuesday at a summit in Brasilia. Gabriel Boric told the summit he disagreed with Lula. " +
				"Luis Lacalle Pou said he was surprised.",
			want: []string{"Gabriel Boric|Luiz Inácio Lula da Silva", "Luis Lacalle Pou|Luiz Inácio Lula da Silva", "Gabriel Boric|Luis Lacalle Pou"},
		},
		{
			name: "not who speaks elsewhere, nor a spokesman",
			lang: "de",
			text: "Der G20-Gipfel in Rio de Janeiro ist am Montag zu Ende gegangen. Gastgeber Luiz Inácio Lula da Silva sprach von einem Erfolg. " +
				"Chinas Präsident Xi Jinping sagte, die Welt brauche mehr Zusammenarbeit. Wolodymyr Selenskyj sagte in Kiew, die Erklärung sei zu schwach. " +
				"Kremlsprecher Dmitri Peskow sagte, Russland sei zufrieden.",
			want: []string{"Luiz Inácio Lula da Silva|Xi Jinping"},
			not:  []string{"Luiz Inácio Lula da Silva|Volodymyr Zelensky", "Dmitry Peskov|Luiz Inácio Lula da Silva"},
		},
		{
			name: "not who speaks at another occasion",
			lang: "de",
			text: "Der EU-Gipfel hat am Donnerstag begonnen. Gastgeber Charles Michel sprach von einem wichtigen Tag. " +
				"Angela Merkel hat beim CDU-Parteitag angekündigt, dass die Zahl der Flüchtlinge sinken müsse.",
			not: []string{"Angela Merkel|Charles Michel"},
		},
		{
			name: "a place in what was said places no one",
			lang: "de",
			text: "Der G20-Gipfel in Rio de Janeiro ist am Montag zu Ende gegangen. Gastgeber Luiz Inácio Lula da Silva sprach von einem Erfolg. " +
				"Xi Jinping verteidigte die Erklärung als Zeichen für Frieden in der Ukraine und im Nahen Osten.",
			want: []string{"Luiz Inácio Lula da Silva|Xi Jinping"},
		},
		{
			name: "not who wrote, nor who spoke separately",
			lang: "en",
			text: "Leaders of the Group of 20 met for a summit in Rio de Janeiro on Monday. Luiz Inacio Lula da Silva, who hosted the summit, " +
				"called for an alliance against hunger. Xi Jinping wrote on social media that the world needed cooperation. " +
				"Narendra Modi and Olaf Scholz, speaking separately, urged restraint.",
			not: []string{"Luiz Inácio Lula da Silva|Xi Jinping", "Luiz Inácio Lula da Silva|Narendra Modi", "Narendra Modi|Olaf Scholz"},
		},
		{
			name: "who speaks at a summit of a hyphenated name is at it",
			lang: "de",
			text: "Angela Merkel hat beim EU-Afrika-Gipfel in Lissabon den simbabwischen Präsidenten Robert Mugabe scharf kritisiert. " +
				"Mugabe warf seinen europäischen Kritikern am Sonntag Arroganz vor.",
			want: []string{"Angela Merkel|Robert Mugabe"},
		},
		{
			name: "not one who did not attend, nor one who spoke another year",
			lang: "en",
			text: "Leaders of the Group of 20 met for a summit in Rio de Janeiro on Monday. Luiz Inacio Lula da Silva, who hosted the summit, " +
				"called for an alliance against hunger. Vladimir Putin, who did not attend, said the West was to blame. Last year, Xi Jinping " +
				"said the group mattered.",
			not: []string{"Luiz Inácio Lula da Silva|Vladimir Putin", "Luiz Inácio Lula da Silva|Xi Jinping"},
		},
		{
			name: "not a spokeswoman",
			lang: "en",
			text: "Leaders of the Group of 20 met for a summit in Rio de Janeiro on Monday. Luiz Inacio Lula da Silva, who hosted the summit, " +
				"called for an alliance against hunger. Foreign Ministry spokeswoman Mao Ning said China welcomed the outcome.",
			not: []string{"Luiz Inácio Lula da Silva|Mao Ning"},
		},
		{
			name: "a summit of one country's politicians",
			lang: "de",
			text: "Der Koalitionsgipfel ist nach zwölf Stunden zu Ende gegangen. Bundeskanzler Olaf Scholz sprach von guten Ergebnissen. " +
				"Finanzminister Christian Lindner sagte, die Schuldenbremse bleibe.",
			not: []string{"Christian Lindner|Olaf Scholz"},
		},
		{
			name: "the summit's host named in apposition is at it",
			lang: "de",
			text: "Die SADC hat die Entsendung einer Eingreiftruppe gebilligt. Das teilte Mosambiks Präsident Filipe Nyusi, Gastgeber des Sondergipfels, " +
				"am Mittwoch in Maputo mit. An den Beratungen nahmen Cyril Ramaphosa und Mokgweetsi Masisi teil.",
			want: []string{"Cyril Ramaphosa|Filipe Nyusi", "Filipe Nyusi|Mokgweetsi Masisi"},
		},
		{
			// (The same text as above but for the summit: without the rule's checks, Nyusi
			// would be paired.)
			name: "not the host of the next summit",
			lang: "de",
			text: "Die SADC hat die Entsendung einer Eingreiftruppe gebilligt. Das teilte Mosambiks Präsident Filipe Nyusi, Gastgeber des nächsten Sondergipfels, " +
				"am Mittwoch in Maputo mit. An den Beratungen nahmen Cyril Ramaphosa und Mokgweetsi Masisi teil.",
			not: []string{"Cyril Ramaphosa|Filipe Nyusi", "Filipe Nyusi|Mokgweetsi Masisi"},
		},
		{
			name: "not the host of a summit of another year",
			lang: "de",
			text: "Die SADC hat die Entsendung einer Eingreiftruppe gebilligt. Das teilte Mosambiks Präsident Filipe Nyusi, Gastgeber des Sondergipfels von 2022, " +
				"am Mittwoch in Maputo mit. An den Beratungen nahmen Cyril Ramaphosa und Mokgweetsi Masisi teil.",
			not: []string{"Cyril Ramaphosa|Filipe Nyusi", "Filipe Nyusi|Mokgweetsi Masisi"},
		},
		{
			name: "an international conference named first: its speakers met",
			lang: "de",
			text: "Die internationale Syrien-Konferenz in Montreux hat am Mittwoch begonnen. UNO-Generalsekretär Ban Ki-moon eröffnete die Konferenz. " +
				"US-Aussenminister John Kerry sagte, Assad könne nicht Teil einer Übergangsregierung sein.",
			want: []string{"Ban Ki-moon|John Kerry"},
		},
		{
			name: "a last summit is the final one, not another",
			lang: "en",
			text: "Joe Biden attended his last G7 summit in Apulia on Thursday. Giorgia Meloni told the summit that Ukraine needed help. Justin Trudeau said the same.",
			want: []string{"Giorgia Meloni|Joe Biden", "Joe Biden|Justin Trudeau", "Giorgia Meloni|Justin Trudeau"},
		},
		{
			name: "who attended a summit of two bodies is at it for those named later",
			lang: "en",
			text: "Paul Kagame attended the joint summit of the East African Community and the Southern African Development Community. " +
				"The meeting was chaired by William Ruto.",
			want: []string{"Paul Kagame|William Ruto"},
		},
		{
			name: "who attended another gathering than the meeting told is not at it",
			lang: "en",
			text: "Antony Blinken met Wang Yi in Beijing on Friday, a day after Sergei Lavrov attended the ASEAN meeting in Vientiane. " +
				"The talks were also attended by Jake Sullivan.",
			want: []string{"Antony Blinken|Jake Sullivan"},
			not:  []string{"Jake Sullivan|Sergei Lavrov"},
		},
		{
			name: "talks are no summit: who speaks after them may be anyone",
			lang: "en",
			text: "Talks on a ceasefire in Gaza resumed in Cairo on Monday. Benjamin Netanyahu said Israel would not give in. Antony Blinken said a deal was close.",
			not:  []string{"Antony Blinken|Benjamin Netanyahu"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFactsOn(t, x, tt.lang, "2024-11-19", tt.text, asserted(tt.want), asserted(tt.not))
		})
	}
}

// TestInsteadOf checks that a meeting planned instead of one called off just before gives its
// pairs as not meeting in the one called off, and that without a meeting called off it does not.
func TestInsteadOf(t *testing.T) {
	x := defaultExtractor(t)
	for _, tt := range []struct {
		lang, text string
		negated    int // negated meetings of the four
	}{
		{"en", "A summit of Quad leaders planned for Sydney next week has been cancelled. Anthony Albanese said he, Joe Biden, " +
			"Narendra Modi and Fumio Kishida would instead meet in Hiroshima.", 6},
		{"de", "Der in Sydney geplante Gipfel der Quad-Staaten ist abgesagt worden. Joe Biden, Anthony Albanese, Fumio Kishida und " +
			"Narendra Modi wollen nun am Rande des G7-Gipfels in Hiroshima zusammenkommen.", 6},
		{"en", "A summit of Quad leaders took place in Sydney. Anthony Albanese said he, Joe Biden, Narendra Modi and Fumio " +
			"Kishida would instead meet in Hiroshima next year.", 0},
		// Someone else met in place of the one called off: only the meeting called off.
		{"de", "US-Präsident Barack Obama hat ein geplantes Treffen mit Rodrigo Duterte abgesagt. Statt mit Duterte werde Obama in " +
			"Laos mit Südkoreas Präsidentin Park Geun Hye zusammenkommen.", 1},
		// An adverb of instead before "mit", "with" names no one replaced: the same pair elsewhere.
		{"de", "Der in Genf geplante Gipfel ist abgesagt worden. Wladimir Putin will nun mit Joe Biden in Wien zusammenkommen.", 1},
		{"en", "The summit planned for Geneva next week has been cancelled. Vladimir Putin will meet instead with Joe Biden in Vienna.", 1},
	} {
		n := 0
		for _, tr := range x.Extract(&extract.Document{ID: "t", Lang: tt.lang, Date: "2023-05-17", Text: tt.text}).Triples {
			if tr.Relation == "meeting" && tr.Modality == "negated" {
				n++
			}
		}
		if n != tt.negated {
			t.Errorf("%q: %d negated meetings, want %d", tt.text, n, tt.negated)
		}
	}
}

// TestStayedAway checks that one who stayed away from the meeting just told joins no meeting
// of those named at it afterwards.
func TestStayedAway(t *testing.T) {
	x := defaultExtractor(t)
	for _, tt := range []struct {
		name, text string
		want, not  []string
	}{
		{
			name: "participants named after an absentee",
			text: "Unter Vorsitz von Indiens Premierminister Narendra Modi hat am Samstag der G20-Gipfel begonnen. Chinas Staatschef Xi Jinping " +
				"blieb dem Treffen fern. Zu den Teilnehmern zählen US-Präsident Joe Biden und Bundeskanzler Olaf Scholz.",
			want: []string{"Joe Biden|Narendra Modi", "Narendra Modi|Olaf Scholz", "Joe Biden|Olaf Scholz"},
			not:  []string{"Joe Biden|Xi Jinping", "Olaf Scholz|Xi Jinping"},
		},
		{
			name: "talks joined after one stayed away",
			text: "Josep Borrell beriet am Montag in Kiew mit Dmytro Kuleba. Ungarns Außenminister Péter Szijjártó blieb den Gesprächen fern. " +
				"Zu den Gesprächspartnern zählte auch Wolodymyr Selenskyj.",
			want: []string{"Josep Borrell|Volodymyr Zelensky", "Dmytro Kuleba|Volodymyr Zelensky"},
			not:  []string{"Péter Szijjártó|Volodymyr Zelensky"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFactsOn(t, x, "de", "2023-09-09", tt.text, asserted(tt.want), asserted(tt.not))
		})
	}
}

// TestSignedAfterWitnesses checks that those who watched a signing meet the signers a later
// sentence names when it refers back to the signing, and not signers of another one.
func TestSignedAfterWitnesses(t *testing.T) {
	x := defaultExtractor(t)
	for _, tt := range []struct {
		name, lang, date, text string
		want, not              []string
	}{
		{
			name: "witnesses who looked on, signers named after",
			date: "2010-05-17",
			text: "Mahmoud Ahmadinejad, Luiz Inacio Lula da Silva and Tayyip Erdogan looked on as their foreign ministers signed a declaration. " +
				"The document was signed by Manouchehr Mottaki, Celso Amorim and Ahmet Davutoglu.",
			want: []string{"Luiz Inácio Lula da Silva|Manouchehr Mottaki", "Celso Amorim|Mahmoud Ahmadinejad", "Ahmet Davutoğlu|Recep Tayyip Erdoğan"},
		},
		{
			name: "a ceremony in someone's presence, signers named after",
			date: "2020-12-22",
			text: "Morocco and Israel signed a joint declaration at a ceremony held in the presence of King Mohammed VI. " +
				"The document was signed by Nasser Bourita, Benjamin Netanyahu and Jared Kushner.",
			want: []string{"Mohammed VI|Nasser Bourita", "Benjamin Netanyahu|Mohammed VI", "Jared Kushner|Mohammed VI"},
		},
		{
			name: "another signing, not referred back to",
			date: "2010-05-17",
			text: "Mahmoud Ahmadinejad, Luiz Inacio Lula da Silva and Tayyip Erdogan looked on as their foreign ministers signed a declaration. " +
				"Later, Manouchehr Mottaki and Celso Amorim signed a trade deal.",
			want: []string{"Celso Amorim|Manouchehr Mottaki"},
			not:  []string{"Luiz Inácio Lula da Silva|Manouchehr Mottaki", "Celso Amorim|Mahmoud Ahmadinejad"},
		},
		{
			// A definite article that opens a time refers back to no signing.
			name: "another signing the next day",
			date: "2020-01-01",
			text: "Vladimir Putin and Xi Jinping signed a deal in the presence of Kassym-Jomart Tokayev. " +
				"The next day, Sergei Lavrov and Wang Yi signed a trade agreement.",
			want: []string{"Sergei Lavrov|Wang Yi", "Kassym-Jomart Tokayev|Vladimir Putin"},
			not:  []string{"Sergei Lavrov|Vladimir Putin", "Kassym-Jomart Tokayev|Wang Yi"},
		},
		{
			// Nor does a preposition's contraction ("am", "im").
			name: "another signing on Tuesday",
			lang: "de",
			date: "2020-01-01",
			text: "Recep Tayyip Erdogan und Wladimir Putin unterzeichneten im Beisein von António Guterres ein Abkommen. " +
				"Am Dienstag unterzeichneten Sergej Lawrow und Mevlüt Cavusoglu ein Handelsabkommen.",
			want: []string{"Mevlüt Çavuşoğlu|Sergei Lavrov", "António Guterres|Vladimir Putin"},
			not:  []string{"Sergei Lavrov|Vladimir Putin", "António Guterres|Mevlüt Çavuşoğlu"},
		},
		{
			// One who says what happened after a witness phrase is no witness: the signing was
			// watched by no one named.
			name: "a speaker after the witness phrase",
			date: "2020-01-01",
			text: "Vladimir Putin and Xi Jinping signed the accord at a ceremony in the presence of the German ambassador in Moscow, Olaf Scholz said. " +
				"The document was signed by Sergei Lavrov and Wang Yi.",
			want: []string{"Sergei Lavrov|Wang Yi"},
			not:  []string{"Sergei Lavrov|Vladimir Putin", "Wang Yi|Xi Jinping"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lang := cmp.Or(tt.lang, "en")
			checkFactsOn(t, x, lang, tt.date, tt.text, asserted(tt.want), asserted(tt.not))
		})
	}
}
