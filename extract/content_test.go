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
		{"en", "NAIROBI (Al Jazeera) - The meeting has been postponed, Djibouti's foreign ministry said.", "The meeting has been postponed"},
		{"de", "Frieden – das sei das Ziel, sagte Olaf Scholz.", "Frieden – das sei das Ziel"},
		{"de", "WESTERLAND – Die Lage sei ernst, sagte Olaf Scholz.", "Die Lage sei ernst"},
		{"en", "Olaf Scholz arrived. Peace – that is the goal, Scholz said.", "Peace – that is the goal"},
		// The speaker set off after what was said, with more after the speaker: what came before.
		{"de", "Die Zonen sollten ab Samstag gelten, sagte Alexander Lawrentjew nach der Zeremonie in Astana.", "Die Zonen sollten ab Samstag gelten"},
		{"de", "„Die Zonen gelten ab Samstag“, sagte Alexander Lawrentjew dem Fernsehsender RT.", "Die Zonen gelten ab Samstag"},
		{"en", `"The zones will take effect on Saturday," said Alexander Lavrentiev, the head of the Russian delegation.`, "The zones will take effect on Saturday"},
		{"de", "Nicht so für den Kanzler: Die Lage ist ernst, sagte Olaf Scholz am Montag.", "Die Lage ist ernst"},
		{"en", "Putin will not attend the summit, Ramaphosa's spokesman Vincent Magwenya announced on Wednesday.", "Putin will not attend the summit"},
		{"en", `He wants a withdrawal of troops "as soon as the situation allows", Charles Kennedy said in London.`, `He wants a withdrawal of troops "as soon as the situation allows"`},
		{"de", "Putin werde nicht kommen, teilte Regierungssprecher Steffen Hebestreit am Mittwoch in Berlin mit.", "Putin werde nicht kommen"},
		// An adverbial after the verb is no part of what was said: before a complementizer, or
		// in German before a comma; not the verb's own object, nor before a relative clause.
		{"en", "Sergei Lavrov said on Tuesday in Moscow that the talks had failed.", "the talks had failed"},
		{"de", "Angela Merkel erklärte am Mittwoch in Brüssel, es gebe ein Problem.", "es gebe ein Problem"},
		{"de", "Sebastian Kurz verwies in puncto Finanzierung auf das Islamgesetz, das die Finanzierung kappt.", "in puncto Finanzierung auf das Islamgesetz, das die Finanzierung kappt"},
		{"de", "Angela Merkel schrieb in einer Erklärung, die auf ihrer Homepage stand, sie wolle bleiben.", "in einer Erklärung, die auf ihrer Homepage stand, sie wolle bleiben"},
		// In German, a clause in the subjunctive after the speaker and a comma is what was said,
		// not a fronted phrase before it; a title in apposition after the speaker is not.
		{"de", "In einer Rede vor dem Bundestag, die live übertragen wurde, sagte Olaf Scholz, die Lage sei ernst.", "die Lage sei ernst"},
		{"de", "Renationalisierung und Austerität, so Yanis Varoufakis, seien jedoch nicht die Lösung.", "seien jedoch nicht die Lösung"},
		{"de", "Die Lage sei ernst, sagte Olaf Scholz, der Bundeskanzler.", "Die Lage sei ernst"},
		// Not a relative "that", an infinitive or a German relative clause; no comma left.
		{"en", "Sergei Lavrov warned of a deal that would leave Ukraine weak.", "of a deal that would leave Ukraine weak"},
		{"en", "Sergei Lavrov called on the EU to recognise the steps that Ukraine was taking.", "on the EU to recognise the steps that Ukraine was taking"},
		{"en", "Sergei Lavrov said in a statement that the talks had failed.", "the talks had failed"},
		{"en", "Argentina and the United Kingdom said in a joint communiqué that they would remove obstacles.", "they would remove obstacles"},
		{"en", "Sergei Lavrov said on Tuesday that, given high prices, Russia would not cut output.", "given high prices, Russia would not cut output"},
		{"de", "Angela Merkel sagte in einer Rede, die sie vor dem Bundestag hielt, sie wolle bleiben.", "in einer Rede, die sie vor dem Bundestag hielt, sie wolle bleiben"},
		{"de", "Angela Merkel kündigte an, zu prüfen, ob ein Abkommen mit dem Kosovo möglich sei.", "zu prüfen, ob ein Abkommen mit dem Kosovo möglich sei"},
		// Not after a fronted subordinate clause, nor with a colon after the speaker.
		{"de", "Während Saudi-Arabien nichts ändern wollte, plädierte Venezuela für eine Reduzierung der Fördermengen.", "für eine Reduzierung der Fördermengen"},
		{"de", "Auf die Frage, ob es Gespräche gebe, sagte Olaf Scholz lediglich: Das wird sich zeigen.", "Das wird sich zeigen"},
		{"en", "If the talks fail, said Sergei Lavrov, Russia will act alone.", "Russia will act alone"},
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
