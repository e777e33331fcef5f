package extract_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"dipex/extract"
)

// TestSeedEntities checks that every entity of shared/seed/entities.tsv (copied to testdata) is
// found in the seed article with its canonical name, as written.
func TestSeedEntities(t *testing.T) {
	text, err := os.ReadFile("../testdata/xi-shoigu.de.txt")
	if err != nil {
		t.Fatal(err)
	}
	res := defaultExtractor(t).Extract(&extract.Document{ID: "seed", Text: string(text)})
	// Each mention as written, with every name its actor goes by.
	type mention struct {
		text  string
		names []string
	}
	var found []mention
	for _, m := range res.Mentions {
		if m.Actor == nil {
			continue
		}
		names := []string{m.Actor.Name}
		for _, as := range m.Actor.Aliases {
			names = append(names, as...)
		}
		t0, t1 := res.Tokens[m.First], res.Tokens[m.Last-1]
		found = append(found, mention{string(text[t0.Start:t1.End]), names})
	}
	f, err := os.Open("../testdata/seed.entities.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		mention, name := cols[0], cols[1]
		// entities.tsv gives the base form; the article may inflect it (Großen Halle des Volkes).
		ok := false
		for _, m := range found {
			if inflectionOf(m.text, mention) && slices.Contains(m.names, name) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("entity %q (%s) not found", mention, name)
		}
		n++
	}
	if n < 20 {
		t.Fatalf("read only %d entities", n)
	}
}

// inflectionOf reports whether written is base with German endings on its words.
func inflectionOf(written, base string) bool {
	w, b := strings.Fields(written), strings.Fields(base)
	if len(w) != len(b) {
		return false
	}
	for i := range w {
		if !strings.HasPrefix(w[i], strings.TrimSuffix(b[i], "e")) {
			return false
		}
	}
	return true
}

// TestResolution covers the references the resolver follows across sentences.
func TestResolution(t *testing.T) {
	tests := []struct {
		name, lang, date, text string
		want                   []string // "relation subject -> object (modality)"
	}{
		{"short name after full", "de", "", "Xi Jinping traf Wladimir Putin. Xi sagte, man sei sich einig.",
			[]string{"meeting Xi Jinping -> Vladimir Putin (asserted)", "statement Xi Jinping (asserted)"}},
		{"short name without full", "de", "", "Xi sagte, man sei sich einig.", nil},
		// Somali and Eritrean leaders go by their first names after a full mention.
		{"given names", "en", "2024-01-01", "Hassan Sheikh Mohamud met Isaias Afwerki in Asmara. Hassan Sheikh said the talks went well. Isaias said nothing.",
			[]string{"meeting Hassan Sheikh Mohamud -> Isaias Afwerki (asserted)", "statement Hassan Sheikh Mohamud (asserted)", "statement Isaias Afwerki (asserted)"}},
		// A family name written first is the short name of a Chinese or Korean leader.
		{"family name first", "en", "2010-05-30", "Wen Jiabao arrived in Japan on Saturday. Wen, Lee Myung-bak and Naoto Kan were meeting in Tokyo.",
			[]string{"meeting Wen Jiabao -> Lee Myung-bak (asserted)", "meeting Wen Jiabao -> Naoto Kan (asserted)",
				"meeting Lee Myung-bak -> Naoto Kan (asserted)"}},
		{"pronoun", "de", "", "Wladimir Putin empfing Xi Jinping. Er betonte die Partnerschaft.",
			[]string{"meeting Vladimir Putin -> Xi Jinping (asserted)", "statement Vladimir Putin (asserted)"}},
		{"role noun by date", "de", "2025-03-03", "Der Kremlchef empfing den chinesischen Außenminister.",
			[]string{"meeting Vladimir Putin -> Wang Yi (asserted)"}},
		{"role noun without date", "de", "", "Der Kremlchef empfing den chinesischen Außenminister.", nil},
		{"role noun of an office held in turn", "de", "2017-05-10", "Angela Merkel wurde vom Prinzen von Wales empfangen.",
			[]string{"meeting Charles III -> Angela Merkel (asserted)"}},
		{"role noun of an office held in turn", "de", "2023-09-20", "Emmanuel Macron wurde vom Prinzen von Wales empfangen.",
			[]string{"meeting William, Prince of Wales -> Emmanuel Macron (asserted)"}},
		{"role noun of an office held in turn", "de", "2022-03-08", "Die US-Geheimdienstkoordinatorin sagte, Putin sei wütend.",
			[]string{"statement Avril Haines (asserted)"}},
		{"role noun of an office held in turn", "en", "2018-07-16", "The US Director of National Intelligence said the assessments were clear.",
			[]string{"statement Dan Coats (asserted)"}},
		{"role noun refers back", "en", "", "Sergei Lavrov met Marco Rubio in Riyadh. The Russian foreign minister said the talks were useful.",
			[]string{"meeting Sergei Lavrov -> Marco Rubio (asserted)", "statement Sergei Lavrov (asserted)"}},
		{"guest", "de", "", "Xi Jinping empfing am Freitag Wladimir Putin. Der Gast lobte die Beziehungen.",
			[]string{"meeting Xi Jinping -> Vladimir Putin (asserted)", "statement Vladimir Putin (asserted)"}},
		{"both sides", "de", "", "Sergej Lawrow traf sich mit Marco Rubio. Beide Seiten vereinbarten weitere Gespräche.",
			[]string{"meeting Sergei Lavrov -> Marco Rubio (asserted)", "agreement Sergei Lavrov -> Marco Rubio (asserted)"}},
		{"capital as party", "de", "", "Peking und Moskau unterzeichneten ein Abkommen.",
			[]string{"agreement China -> Russia (asserted)"}},
	}
	x := defaultExtractor(t)
	for _, tt := range tests {
		res := x.Extract(&extract.Document{ID: "t", Text: tt.text, Lang: tt.lang, Date: tt.date})
		var got []string
		for _, tr := range res.Triples {
			s := tr.Relation + " " + tr.Subject.Name
			if tr.Object != nil {
				s += " -> " + tr.Object.Name
			}
			got = append(got, s+" ("+tr.Modality+")")
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s: %q\n got %q\nwant %q", tt.name, tt.text, got, tt.want)
		}
	}
}
