package extract

import (
	"strings"
	"testing"

	"dipex/tokenize"
)

func sentences(lang, text string) []string {
	toks := tokenize.Text(text)
	var out []string
	for _, s := range segmenterFor(lang).segment(text, toks) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSegment(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
	}{
		{"de", "Xi trifft am 28. Februar Schoigu. Er betonte die Zusammenarbeit.",
			[]string{"Xi trifft am 28. Februar Schoigu.", "Er betonte die Zusammenarbeit."}},
		{"de", "Die Feier zum 80. Jahrestag des Sieges ist im Mai. Xi kommt.",
			[]string{"Die Feier zum 80. Jahrestag des Sieges ist im Mai.", "Xi kommt."}},
		{"de", "Die Zahl stieg auf 28. Die Regierung schwieg.",
			[]string{"Die Zahl stieg auf 28.", "Die Regierung schwieg."}},
		{"de", "Dr. Müller sprach u.a. mit Prof. Weber bzw. mit ca. 20 Gästen.",
			[]string{"Dr. Müller sprach u.a. mit Prof. Weber bzw. mit ca. 20 Gästen."}},
		{"de", "„Wir sind bereit.“ Das sagte Lawrow.",
			[]string{"„Wir sind bereit.“", "Das sagte Lawrow."}},
		{"en", "President George W. Bush met Mr. Putin. They talked.",
			[]string{"President George W. Bush met Mr. Putin.", "They talked."}},
		{"en", `"We are ready." He left.`, []string{`"We are ready."`, "He left."}},
		// A name's suffix may end a sentence; not before a comma or the noun the name names.
		{"en", "The deal was witnessed by Ferdinand Marcos Jr. Kamikawa also held talks.",
			[]string{"The deal was witnessed by Ferdinand Marcos Jr.", "Kamikawa also held talks."}},
		{"en", "Ferdinand Marcos Jr., the president, spoke on Martin Luther King Jr. Day in Manila.",
			[]string{"Ferdinand Marcos Jr., the president, spoke on Martin Luther King Jr. Day in Manila."}},
		// Nor before a parenthesis, nor "Sr." after no name (a sister); German "Sr." is "Seiner".
		{"en", "Kamikawa met Ferdinand Marcos Jr. (left) and Sr. Mary Smith.",
			[]string{"Kamikawa met Ferdinand Marcos Jr. (left) and Sr. Mary Smith."}},
		{"de", "Der Brief von Papst Franziskus an Sr. Majestät König Charles wurde verlesen.",
			[]string{"Der Brief von Papst Franziskus an Sr. Majestät König Charles wurde verlesen."}},
		{"de", "Die Botschaft Sr. Heiligkeit wurde verlesen.", []string{"Die Botschaft Sr. Heiligkeit wurde verlesen."}},
		// The platform X after a word in lower case is a name of its own, no initial; another
		// letter there is one.
		{"en", "The two foreign secretaries, Shamshad Ahmad and K. Raghunath, signed it.",
			[]string{"The two foreign secretaries, Shamshad Ahmad and K. Raghunath, signed it."}},
		{"en", "Kaja Kallas wrote on X. Putin told Orban to wait.",
			[]string{"Kaja Kallas wrote on X.", "Putin told Orban to wait."}},
		{"de", "Am Sonntag hatte König Charles III. US-Präsident Biden empfangen. Papst Leo XIV. Er sprach.",
			[]string{"Am Sonntag hatte König Charles III. US-Präsident Biden empfangen.", "Papst Leo XIV.", "Er sprach."}},
		{"de", "Er würdigte Papst Benedikt XVI. „Die Regierung dankt.“ Merkel sagte, Papst Benedikt XVI. „ist ein Denker“.",
			[]string{"Er würdigte Papst Benedikt XVI.", "„Die Regierung dankt.“", "Merkel sagte, Papst Benedikt XVI. „ist ein Denker“."}},
		// (A number after a name with no ruler's title ends the sentence: "Minsk II.")
		{"de", "Merkel verteidigte das Abkommen Minsk II. Wladimir Putin traf Erdoğan.",
			[]string{"Merkel verteidigte das Abkommen Minsk II.", "Wladimir Putin traf Erdoğan."}},
		{"de", "Merkel sagte vor der Presse, Benedikt XVI. „ist und bleibt ein Denker“. Scholz schwieg.",
			[]string{"Merkel sagte vor der Presse, Benedikt XVI. „ist und bleibt ein Denker“.", "Scholz schwieg."}},
		{"de", "Er schrieb auf X. Putin sagte ab.", []string{"Er schrieb auf X.", "Putin sagte ab."}},
		// No sentence begins with a comma: a regnal number's period ends none.
		{"de", "König Abdullah II., Sisi und Abbas sagten ab. Biden reist nach Israel.",
			[]string{"König Abdullah II., Sisi und Abbas sagten ab.", "Biden reist nach Israel."}},
		{"en", "Queen Elizabeth II. Then she left.", []string{"Queen Elizabeth II.", "Then she left."}},
		{"de", "Xi traf Schoigu. Foto: Xinhua\nDas Treffen war lang.",
			[]string{"Xi traf Schoigu.", "Foto: Xinhua", "Das Treffen war lang."}},
		{"de", "Hoai Phuong (laut CCTV, TASS)\nQuelle: https://example.com/a-b",
			[]string{"Hoai Phuong (laut CCTV, TASS)", "Quelle: https://example.com/a-b"}},
		{"en", "a line wrapped\nin the middle of a sentence.", []string{"a line wrapped\nin the middle of a sentence."}},
		{"en", "Headline without a stop\n\nBody starts here.", []string{"Headline without a stop", "Body starts here."}},
	}
	for _, tt := range tests {
		got := sentences(tt.lang, tt.in)
		if strings.Join(got, "¦") != strings.Join(tt.want, "¦") {
			t.Errorf("segment(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestNoise(t *testing.T) {
	text := "Xi traf Schoigu. Foto: Xinhua\nHoai Phuong (laut CCTV, TASS, SCMP)\nQuelle: https://www.congluan.vn/x\n\nKommentar (0)\nVon Anna Schmidt, dpa\nPutin sagte, er sei bereit (laut TASS).\nPhoto: Reuters"
	toks := tokenize.Text(text)
	sents := segmenterFor("de").segment(text, toks)
	markNoise(text, toks, sents)
	want := map[string]bool{
		"Xi traf Schoigu.":                        false,
		"Foto: Xinhua":                            true,
		"Hoai Phuong (laut CCTV, TASS, SCMP)":     true,
		"Quelle: https://www.congluan.vn/x":       true,
		"Kommentar (0)":                           true,
		"Von Anna Schmidt, dpa":                   true,
		"Putin sagte, er sei bereit (laut TASS).": false,
		"Photo: Reuters":                          true,
	}
	if len(sents) != len(want) {
		t.Fatalf("got %d sentences, want %d", len(sents), len(want))
	}
	for _, s := range sents {
		got := text[s.Start:s.End]
		if w, ok := want[got]; !ok || w != s.Noise {
			t.Errorf("%q: noise = %v, want %v (known: %v)", got, s.Noise, w, ok)
		}
	}
}

func TestDetectLang(t *testing.T) {
	for text, want := range map[string]string{
		"Der Präsident sagte, dass die Beziehungen stabil seien und nicht gefährdet.": "de",
		"The president said that the relations were stable and not at risk.":          "en",
		"": "en",
	} {
		if got := DetectLang(tokenize.Text(text)); got != want {
			t.Errorf("DetectLang(%q) = %s, want %s", text, got, want)
		}
	}
}

// TestSegmentLong cuts text without terminal marks into sentences of at most maxSentence
// tokens, losing none.
func TestSegmentLong(t *testing.T) {
	text := strings.Repeat("Xi Jinping traf Wladimir Putin und ", 200)
	toks := tokenize.Text(text)
	sents := segmenterFor("de").segment(text, toks)
	next := 0
	for _, s := range sents {
		if s.First != next || s.Last-s.First > maxSentence {
			t.Fatalf("sentence [%d,%d) after %d; want it to start there and hold at most %d tokens", s.First, s.Last, next, maxSentence)
		}
		next = s.Last
	}
	if next != len(toks) || len(sents) < 2 {
		t.Errorf("%d sentences cover %d of %d tokens", len(sents), next, len(toks))
	}
}
