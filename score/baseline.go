package score

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
)

// Baseline is a saved run: F1 per relation and per language, and the facts found, each with
// the rule that found it. A later run is compared with it to tell what an edit broke.
type Baseline struct {
	Relations map[string]float64 `json:"relations"`
	Langs     map[string]float64 `json:"langs"`
	All       float64            `json:"all"`
	Found     map[string]string  `json:"found"` // Hit.Key() -> rule
}

// NewBaseline records a report.
func NewBaseline(r *Report) *Baseline {
	b := &Baseline{Relations: map[string]float64{}, Langs: map[string]float64{}, All: r.All.F1(), Found: map[string]string{}}
	for k, t := range r.ByRelation {
		b.Relations[k] = t.F1()
	}
	for k, t := range r.ByLang {
		b.Langs[k] = t.F1()
	}
	for _, h := range r.Hits {
		b.Found[h.Key()] = h.Rule
	}
	return b
}

// Save writes the baseline as indented JSON.
func (b *Baseline) Save(path string) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// LoadBaseline reads a baseline written by Save.
func LoadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a baseline file (write one with --save-baseline): %v", path, err)
	}
	return &b, nil
}

// Regression is an F1 that fell below the baseline's by more than the tolerance: a relation's,
// a language's (Relation empty) or the overall one (both empty).
type Regression struct {
	Relation string `json:",omitempty"`
	Lang     string `json:",omitempty"`
	Was, Now float64
	Lost     []Lost // facts the baseline found and this run did not (not for a language)
}

// Name says what fell: "meeting", "lang de" or "overall".
func (r Regression) Name() string {
	switch {
	case r.Relation != "":
		return r.Relation
	case r.Lang != "":
		return "lang " + r.Lang
	}
	return "overall"
}

// Lost is a fact found before and missed now, with the rule that used to find it.
type Lost struct {
	Key, Rule string
}

// Compare returns the relations, then the languages, then the overall figure whose F1 dropped
// more than tolerance below the baseline, each relation with the facts it lost, and every lost
// fact (also from relations within tolerance).
func (b *Baseline) Compare(r *Report, tolerance float64) (regs []Regression, lost []Lost) {
	now := map[string]bool{}
	for _, h := range r.Hits {
		now[h.Key()] = true
	}
	byRel := map[string][]Lost{}
	keys := make([]string, 0, len(b.Found))
	for k := range b.Found {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !now[k] {
			l := Lost{Key: k, Rule: b.Found[k]}
			lost = append(lost, l)
			rel := strings.Split(k, "|")[1]
			byRel[rel] = append(byRel[rel], l)
		}
	}
	for _, rel := range slices.Sorted(maps.Keys(b.Relations)) {
		if was, cur := b.Relations[rel], f1(r.ByRelation[rel]); cur < was-tolerance {
			regs = append(regs, Regression{Relation: rel, Was: was, Now: cur, Lost: byRel[rel]})
		}
	}
	for _, lang := range slices.Sorted(maps.Keys(b.Langs)) {
		if was, cur := b.Langs[lang], f1(r.ByLang[lang]); cur < was-tolerance {
			regs = append(regs, Regression{Lang: lang, Was: was, Now: cur})
		}
	}
	if cur := r.All.F1(); cur < b.All-tolerance {
		regs = append(regs, Regression{Was: b.All, Now: cur, Lost: lost})
	}
	return regs, lost
}

// f1 is a tally's F1, 0 when there is none.
func f1(t *Tally) float64 {
	if t == nil {
		return 0
	}
	return t.F1()
}
