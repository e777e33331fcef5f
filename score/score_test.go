package score

import (
	"strings"
	"testing"

	"dipex/extract"
)

func party(name string) *extract.Party { return &extract.Party{Name: name, ID: Key(name), Text: name} }

func TestScore(t *testing.T) {
	gold, err := ReadGold("g.jsonl", strings.NewReader(`{"id":"r1","lang":"de","text":"x","gold":[`+
		`{"relation":"meeting","subject":["Xi Jinping"],"object":["Vladimir Putin","Wladimir Putin"],"modality":"asserted"},`+
		`{"relation":"statement","subject":"Wang Yi","object":null},`+
		`{"relation":"agreement","subject":["China"],"object":["Russia"],"modality":"planned"}]}
{"id":"r2","lang":"en","text":"y","gold":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	triples := map[string][]extract.Triple{
		"r1": {
			// The meeting, reversed (symmetric), twice: one fact.
			{Relation: "meeting", Modality: "asserted", Subject: party("Vladimir Putin"), Object: party("Xi Jinping")},
			{Relation: "meeting", Modality: "asserted", Subject: party("Xi Jinping"), Object: party("Vladimir Putin")},
			// The statement, matched through diacritics and case.
			{Relation: "statement", Modality: "asserted", Subject: party("WANG YI")},
			// The agreement with the wrong modality: a match, modality wrong.
			{Relation: "agreement", Modality: "asserted", Subject: party("Russia"), Object: party("China")},
		},
		"r2": {{Relation: "meeting", Modality: "asserted", Subject: party("A"), Object: party("B")}},
	}
	rep := Score(gold, triples)
	if rep.All != (Tally{TP: 3, FP: 1, FN: 0}) {
		t.Errorf("tally = %+v", rep.All)
	}
	if rep.ModalityOK != 2 || rep.ModalityN != 3 {
		t.Errorf("modality %d/%d, want 2/3", rep.ModalityOK, rep.ModalityN)
	}
	if *rep.ByLang["en"] != (Tally{FP: 1}) || rep.ByRelation["meeting"].TP != 1 {
		t.Errorf("by lang %+v, by relation %+v", rep.ByLang["en"], rep.ByRelation["meeting"])
	}
	if len(rep.Errors) != 1 || rep.Errors[0].Kind != "extra" || rep.Errors[0].Record != "r2" {
		t.Errorf("errors = %v", rep.Errors)
	}
	if f := rep.All.F1(); f < 0.857 || f > 0.858 {
		t.Errorf("F1 = %f, want 6/7", f)
	}
}

func TestReadGoldErrors(t *testing.T) {
	for in, want := range map[string]string{
		`{"id":"a","text":"t","gold":[{"relation":"met","subject":["X"]}]}`:     `g:1: gold[0]: relation "met"`,
		`{"id":"a","text":"t","gold":[{"relation":"meeting","subject":["X"]}]}`: "g:1: gold[0]: a meeting needs an object",
		"\n" + `{"id":"a","text":"t","gold":[],"extra":1}`:                      `g:2: json: unknown field "extra"`,
		`{"text":"t"}`: `g:1: a gold record needs "id" and "text"`,
		`{"id":"a","text":"t","gold":[{"relation":"statement","subject":["X"],"modality":"hypothetical"}]}`: `g:1: gold[0]: modality "hypothetical": use asserted, planned, negated, reported`,
		`{"id":"a","text":"t","gold":[]}` + "\n\n" + `{"id":"a","text":"u","gold":[]}`:                      `g:3: duplicate id "a", first seen at g:1`,
	} {
		_, err := ReadGold("g", strings.NewReader(in))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ReadGold(%s) error %v, want %q", in, err, want)
		}
	}
}

func TestCompare(t *testing.T) {
	tally := func(tp, fp, fn int) *Tally { return &Tally{TP: tp, FP: fp, FN: fn} }
	base := &Baseline{
		Relations: map[string]float64{"meeting": 1},
		Langs:     map[string]float64{"de": 1, "en": 1},
		All:       1,
	}
	for _, tc := range []struct {
		name string
		rep  *Report
		want []string
	}{
		{"no drop", &Report{All: Tally{TP: 4}, ByRelation: map[string]*Tally{"meeting": tally(4, 0, 0)},
			ByLang: map[string]*Tally{"de": tally(2, 0, 0), "en": tally(2, 0, 0)}}, nil},
		// Relation and overall F1 within tolerance, German alone fell.
		{"german drop", &Report{All: Tally{TP: 49, FN: 1}, ByRelation: map[string]*Tally{"meeting": tally(49, 0, 1)},
			ByLang: map[string]*Tally{"de": tally(1, 0, 1), "en": tally(48, 0, 0)}}, []string{"lang de"}},
		{"all drop", &Report{All: Tally{TP: 1, FN: 1}, ByRelation: map[string]*Tally{},
			ByLang: map[string]*Tally{"de": tally(1, 0, 1)}}, []string{"meeting", "lang de", "lang en", "overall"}},
	} {
		regs, _ := base.Compare(tc.rep, 0.02)
		var got []string
		for _, r := range regs {
			got = append(got, r.Name())
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%s: regressions %v, want %v", tc.name, got, tc.want)
		}
	}
}
