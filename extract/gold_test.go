package extract_test

import (
	"bytes"
	"os"
	"testing"

	"dipex/extract"
	"dipex/score"
)

// scoreGold runs the default extractor over a gold file and scores it.
func scoreGold(t *testing.T, path string) *score.Report {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := score.ReadGold(path, f)
	if err != nil {
		t.Fatal(err)
	}
	x := defaultExtractor(t)
	triples := map[string][]extract.Triple{}
	for _, rec := range gold {
		triples[rec.ID] = x.Extract(&extract.Document{ID: rec.ID, Text: rec.Text, Lang: rec.Lang, Date: rec.Date}).Triples
	}
	rep := score.Score(gold, triples)
	var b bytes.Buffer
	rep.Table(&b, rep.ByLangRel)
	t.Logf("%s:\n%s", path, b.String())
	return rep
}

// TestGoldTuning holds the rules to the targets on the split they are tuned on: F1 at least
// 0.90 and modality accuracy at least 0.90, and no relation or language below its recorded
// baseline (testdata/gold/tune.baseline.json) by more than 0.02.
func TestGoldTuning(t *testing.T) {
	rep := scoreGold(t, "../testdata/gold/tune.jsonl")
	if f := rep.All.F1(); f < 0.90 {
		t.Errorf("tuning split F1 = %.3f, want >= 0.90", f)
	}
	if m := rep.ModalityAccuracy(); m < 0.90 {
		t.Errorf("tuning split modality accuracy = %.3f, want >= 0.90", m)
	}
	checkBaseline(t, rep, "../testdata/gold/tune.baseline.json")
}

// TestGoldTuning2 holds the rules to the baseline of the second tuning split (German-heavy,
// written later, first scored blind: F1 0.829 before any change was made for it).
func TestGoldTuning2(t *testing.T) {
	rep := scoreGold(t, "../testdata/gold/tune2.jsonl")
	checkBaseline(t, rep, "../testdata/gold/tune2.baseline.json")
}

// TestGoldTuning4 holds the rules to the baseline of the fourth tuning split (many-party
// meetings, signing ceremonies, witnesses, joint statements; first scored blind: F1 0.496).
func TestGoldTuning4(t *testing.T) {
	rep := scoreGold(t, "../testdata/gold/tune4.jsonl")
	checkBaseline(t, rep, "../testdata/gold/tune4.baseline.json")
}

// TestGoldHoldout scores the split kept aside, never tuned on. It fails on a regression against
// the recorded baseline; the target (F1 0.85, modality 0.90) is logged, as it is not
// met yet.
func TestGoldHoldout(t *testing.T) {
	rep := scoreGold(t, "../testdata/gold/holdout.jsonl")
	t.Logf("held-out split: F1 %.3f (target 0.85), modality accuracy %.3f (target 0.90)", rep.All.F1(), rep.ModalityAccuracy())
	checkBaseline(t, rep, "../testdata/gold/holdout.baseline.json")
}

// TestGoldHoldout2 scores the second split kept aside (written blind by another annotator,
// many-party meetings and signing ceremonies); never tuned on, its errors never read.
func TestGoldHoldout2(t *testing.T) {
	rep := scoreGold(t, "../testdata/gold/holdout2.jsonl")
	t.Logf("held-out split 2: F1 %.3f (target 0.85), modality accuracy %.3f (target 0.90)", rep.All.F1(), rep.ModalityAccuracy())
	checkBaseline(t, rep, "../testdata/gold/holdout2.baseline.json")
}

func checkBaseline(t *testing.T, rep *score.Report, path string) {
	t.Helper()
	b, err := score.LoadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	regs, lost := b.Compare(rep, 0.02)
	for _, r := range regs {
		t.Errorf("%s: %s F1 %.3f, baseline %.3f", path, r.Name(), r.Now, r.Was)
	}
	if len(regs) > 0 {
		for _, l := range lost {
			t.Logf("lost: %s (found by %s)", l.Key, l.Rule)
		}
	}
}
