package extract_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"dipex/extract"
)

// words is the vocabulary of the random sentences: names, titles, compounds, particles and
// punctuation of both languages, the pieces whose combinations the matcher and the rules meet.
var words = strings.Fields(`Xi Jinping Wladimir Putin Vladimir Russlands Russia's Kremlchef Kremlsprecher
	Außenminister Präsident President chinesische Chinese der die den des und and mit with traf trafen
	met sich Moskau Peking Beijing , , . " „ “ ( ) - sagte said that dass beide Seiten both sides
	vereinbarten agreed Lawrow Lavrov NATO BRICS EU-Gipfel UN-Generalsekretär Guterres Schoigu
	Verteidigungsminister seinem russischen Amtskollegen his counterpart laut so zufolge nicht not
	will wird am Rande Treffen talks Gespräch Selenskyj Zelensky Trump's Merkels`)

// TestRandomSentences runs the extractor over sentences of random words and checks that it
// neither panics nor writes a span that does not slice the text to itself.
func TestRandomSentences(t *testing.T) {
	x := defaultExtractor(t)
	r := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for i := range n {
		var b strings.Builder
		for range 4 + r.IntN(14) {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(' ')
		}
		text := b.String()
		lang := []string{"de", "en"}[i%2]
		res := run(t, x, text, lang)
		checkSpans(t, text, res.Triples)
	}
}

// FuzzExtract feeds the extractor arbitrary text: `go test -fuzz FuzzExtract ./extract/`.
func FuzzExtract(f *testing.F) {
	f.Add("Russlands Kremlchef Wladimir Putin und Xi Jinping trafen sich in Moskau.", "de")
	f.Add(`"The talks were good," Lavrov said. Both sides agreed to meet again.`, "en")
	x := defaultExtractor(f)
	f.Fuzz(func(t *testing.T, text, lang string) {
		res := run(t, x, text, lang)
		checkSpans(t, string([]rune(text)), res.Triples) // invalid bytes read as U+FFFD
	})
}

// run extracts text, failing the test with the text when the extractor panics.
func run(t *testing.T, x *extract.Extractor, text, lang string) (res *extract.Result) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("panic on %q (%s): %v", text, lang, p)
		}
	}()
	return x.Extract(&extract.Document{ID: "random", Text: text, Lang: lang})
}
