package rules

import (
	"strings"
	"testing"

	"dipex/yamlfile/yamltest"
)

func TestDefaultLoads(t *testing.T) {
	e, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Rules()) == 0 {
		t.Fatal("no default rules")
	}
	for _, lang := range []string{"de", "en"} {
		if _, ok := e.Lang(lang).Pronoun(map[string]string{"de": "er", "en": "he"}[lang]); !ok {
			t.Errorf("%s grammar has no pronouns", lang)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"unknown key", "relation: meeting\nlang: de\nrules:\n  - id: m.de.x\n    triger: {words: [traf]}\n",
			[]string{`bad.yaml:5:5: unknown key "triger": did you mean "trigger"?`}},
		{"no trigger, no examples", "relation: meeting\nlang: de\nrules:\n  - id: m.de.x\n    subject: {find: before}\n    object: {find: after}\n",
			[]string{"bad.yaml:4:5: rule m.de.x has no trigger", "bad.yaml:4:5: rule m.de.x has no examples"}},
		{"bad find", "relation: meeting\nlang: de\nrules:\n  - id: m.de.x\n    trigger: {words: [traf]}\n    subject: {find: left}\n    object: {find: after}\n    examples: [{text: a, expect: []}]\n",
			[]string{`bad.yaml:6:21: rule m.de.x: subject find "left"`}},
		{"statement with object", "relation: statement\nlang: de\nrules:\n  - id: s.de.x\n    trigger: {words: [sagte]}\n    subject: {find: before}\n    object: {find: after}\n    examples: [{text: a, expect: []}]\n",
			[]string{"bad.yaml:7:13: rule s.de.x: a statement has no object"}},
		{"bad relation", "relation: met\nlang: de\nrules:\n  - id: m.de.x\n    trigger: {words: [traf]}\n    subject: {find: coordinated}\n    examples: [{text: a}]\n",
			[]string{`bad.yaml:1:11: relation "met"`}},
		{"two words", "relation: meeting\nlang: de\nrules:\n  - id: m.de.x\n    trigger: {words: [trifft sich]}\n    subject: {find: coordinated}\n    examples: [{text: a}]\n",
			[]string{`bad.yaml:5:14: rule m.de.x: trigger word "trifft sich" must be one word`}},
		{"bad not_before", "relation: statement\nlang: en\nrules:\n  - id: s.en.x\n    trigger: {words: [welcomed], not_before: [people]}\n    subject: {find: before}\n    examples: [{text: a}]\n",
			[]string{`bad.yaml:5:46: rule s.en.x: not_before type "people"`}},
		{"attribution of a meeting", "relation: meeting\nlang: de\nrules:\n  - id: m.de.x\n    trigger: {words: [traf]}\n    attribution: true\n    subject: {find: coordinated}\n    examples: [{text: a}]\n",
			[]string{`bad.yaml:6:18: rule m.de.x: attribution is for statement rules; remove it`}},
		{"repeated word", "relation: meeting\nlang: de\nrules:\n  - id: m.de.x\n    trigger: {words: [traf, trafen, traf]}\n    subject: {find: coordinated}\n    examples: [{text: a}]\n",
			[]string{`bad.yaml:5:37: "traf" is already in this list (line 5): remove one`}},
	}
	for _, tt := range tests {
		_, err := Parse("bad.yaml", []byte(tt.yaml))
		yamltest.ErrorsInOrder(t, tt.name, err, tt.want)
	}
}

func TestNewErrors(t *testing.T) {
	ok := "relation: meeting\nlang: xx\nrules:\n  - id: m.xx.a\n    trigger: {words: [met]}\n    subject: {find: coordinated}\n    examples: [{text: a}]\n"
	a, err := Parse("a.yaml", []byte(ok))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Parse("b.yaml", []byte(ok))
	_, err = New(a, b)
	for _, w := range []string{`a.yaml:4:5: rule m.xx.a reads "xx", which has no grammar file`, "b.yaml:4:5: rule id m.xx.a is used twice (first at a.yaml:4:5)"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("error %v does not contain %q", err, w)
		}
	}
}

// TestExampleWith checks that an example's "with" names rules of its language, and that Only
// gives an engine of the rule and those it names.
func TestExampleWith(t *testing.T) {
	g, err := Parse("g.yaml", []byte("lang: en\ngrammar: {articles: [the]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	src := "relation: meeting\nlang: en\nrules:\n" +
		"  - id: m.en.a\n    trigger: {words: [met]}\n    subject: {find: coordinated}\n    examples: [{text: a, with: [m.en.b]}]\n" +
		"  - id: m.en.b\n    trigger: {words: [talked]}\n    subject: {find: coordinated}\n    examples: [{text: a, with: [m.en.zz]}]\n"
	f, err := Parse("r.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	_, err = New(g, f)
	want := "r.yaml:11:16: rule m.en.b: example runs with rule m.en.zz, which is not a en rule"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("error %v does not contain %q", err, want)
	}
	f.Rules[1].Examples[0].With = nil
	e, err := New(g, f)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(e.Only("m.en.a", "m.en.b").Rules()); got != 2 {
		t.Errorf("Only(a, b) has %d rules, want 2", got)
	}
	if got := len(e.Only("m.en.a").Rules()); got != 1 {
		t.Errorf("Only(a) has %d rules, want 1", got)
	}
	if e.Only("m.en.zz") != nil {
		t.Error("Only(zz) is not nil")
	}
}
