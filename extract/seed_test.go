package extract_test

import (
	"os"
	"strings"
	"testing"

	"dipex/extract"
	"dipex/score"
)

func defaultExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestSeed scores the seed article against its gold triples (a copy of shared/seed/gold.jsonl):
// every fact, with its modality, and nothing else.
func TestSeed(t *testing.T) {
	f, err := os.Open("../testdata/seed.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := score.ReadGold("seed.gold.jsonl", f)
	if err != nil {
		t.Fatal(err)
	}
	x := defaultExtractor(t)
	triples := map[string][]extract.Triple{}
	for _, rec := range gold {
		res := x.Extract(&extract.Document{ID: rec.ID, Text: rec.Text, Lang: rec.Lang})
		triples[rec.ID] = res.Triples
		checkSpans(t, rec.Text, res.Triples)
		for _, tr := range res.Triples {
			for _, noise := range []string{"Foto: Xinhua", "Hoai Phuong", "Quelle:", "Kommentar"} {
				if strings.HasPrefix(tr.Sentence, noise) {
					t.Errorf("triple from a noise line: %+v", tr)
				}
			}
		}
	}
	rep := score.Score(gold, triples)
	for _, e := range rep.Errors {
		t.Errorf("%s", e)
	}
	if rep.All.F1() < 1 || rep.ModalityAccuracy() < 1 {
		t.Errorf("seed F1 = %.3f, modality accuracy = %.3f; want 1.0 and 1.0", rep.All.F1(), rep.ModalityAccuracy())
	}
}

// checkSpans asserts that every subject, object and trigger slices the text (in code points)
// to its own text.
func checkSpans(t *testing.T, text string, triples []extract.Triple) {
	t.Helper()
	runes := []rune(text)
	slice := func(s, e int) string {
		if s < 0 || e > len(runes) || s > e {
			return "<out of range>"
		}
		return string(runes[s:e])
	}
	for _, tr := range triples {
		spans := []extract.Span{tr.Trigger, {Text: tr.Subject.Text, Start: tr.Subject.Start, End: tr.Subject.End}}
		if tr.Object != nil {
			spans = append(spans, extract.Span{Text: tr.Object.Text, Start: tr.Object.Start, End: tr.Object.End})
		}
		for _, sp := range spans {
			if got := slice(sp.Start, sp.End); got != sp.Text {
				t.Errorf("%s: text[%d:%d] = %q, span says %q", tr.Rule, sp.Start, sp.End, got, sp.Text)
			}
		}
		if !strings.Contains(text, tr.Sentence) {
			t.Errorf("%s: sentence %q is not in the text", tr.Rule, tr.Sentence)
		}
	}
}

func TestSeedPlaceAndContent(t *testing.T) {
	text, err := os.ReadFile("../testdata/xi-shoigu.de.txt")
	if err != nil {
		t.Fatal(err)
	}
	res := defaultExtractor(t).Extract(&extract.Document{ID: "seed", Text: string(text), Date: "2025-03-01"})
	if res.Lang != "de" {
		t.Errorf("detected language %q, want de", res.Lang)
	}
	var found bool
	for _, tr := range res.Triples {
		if tr.Rule == "meeting.de.empfangen" {
			found = true
			if tr.Subject.Name != "Xi Jinping" || tr.Object.Name != "Sergei Shoigu" || tr.Object.Text != "Sergei Schoigu" ||
				tr.Place != "Beijing" || tr.Date != "2025-02-28" {
				t.Errorf("empfangen triple = %+v %+v place %q date %q (the input's date 2025-03-01 makes Friday 2025-02-28)", tr.Subject, tr.Object, tr.Place, tr.Date)
			}
		}
		if tr.Relation == "statement" && tr.Subject.Name == "Wang Yi" && !strings.Contains(tr.Content, "fest und unerschütterlich") {
			t.Errorf("Wang Yi's statement content = %q", tr.Content)
		}
	}
	if !found {
		t.Error("no triple from meeting.de.empfangen")
	}
}
