// Package score compares extracted triples with gold annotations, the way DESIGN.md's "Gold
// annotations" section (and shared/tools/score.py, the reference) describe: a meeting or an
// agreement counts once per unordered pair of actors in a record, a statement once per speaker;
// an actor matches when its folded name, id or text equals one of the gold's acceptable names;
// modality is scored apart, on the matched facts.
package score

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"

	"dipex/extract"
	"dipex/fold"
)

// Record is one gold record: a text and the facts it states.
type Record struct {
	ID    string `json:"id"`
	Lang  string `json:"lang"`
	Text  string `json:"text"`
	Date  string `json:"date,omitempty"`
	Gold  []Fact `json:"gold"`
	Notes string `json:"notes,omitempty"`
	Pos   string `json:"-"` // file:line it was read from
}

// Fact is one gold triple. Subject and Object are lists of acceptable names for one actor;
// Object is nil for a statement.
type Fact struct {
	Relation string `json:"relation"`
	Subject  Names  `json:"subject"`
	Object   Names  `json:"object"`
	Modality string `json:"modality"`
}

// Names is a list of acceptable names; a single JSON string is accepted too.
type Names []string

// UnmarshalJSON accepts a string, a list of strings or null.
func (n *Names) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*n = Names{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("a name or a list of names: %w", err)
	}
	*n = many
	return nil
}

// Modalities are the modality values a gold fact may have; none means asserted.
var Modalities = []string{"asserted", "planned", "negated", "reported"}

// ReadGold reads gold records, one JSON object per line. Errors name the line. A record id
// may occur once; a fact's modality must be one of Modalities.
func ReadGold(name string, r io.Reader) ([]Record, error) {
	var out []Record
	seen := map[string]string{} // id -> file:line
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" {
			continue
		}
		var rec Record
		dec := json.NewDecoder(strings.NewReader(s))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if rec.ID == "" || rec.Text == "" {
			return nil, fmt.Errorf("%s:%d: a gold record needs \"id\" and \"text\"", name, line)
		}
		rec.Pos = fmt.Sprintf("%s:%d", name, line)
		if first, dup := seen[rec.ID]; dup {
			return nil, fmt.Errorf("%s: duplicate id %q, first seen at %s", rec.Pos, rec.ID, first)
		}
		seen[rec.ID] = rec.Pos
		for i, f := range rec.Gold {
			switch {
			case f.Relation != "meeting" && f.Relation != "statement" && f.Relation != "agreement":
				return nil, fmt.Errorf("%s:%d: gold[%d]: relation %q: use meeting, statement or agreement", name, line, i, f.Relation)
			case len(f.Subject) == 0:
				return nil, fmt.Errorf("%s:%d: gold[%d]: no subject", name, line, i)
			case f.Relation != "statement" && len(f.Object) == 0:
				return nil, fmt.Errorf("%s:%d: gold[%d]: a %s needs an object", name, line, i, f.Relation)
			case f.Modality != "" && !slices.Contains(Modalities, f.Modality):
				return nil, fmt.Errorf("%s:%d: gold[%d]: modality %q: use %s", name, line, i, f.Modality, strings.Join(Modalities, ", "))
			}
			if f.Modality == "" {
				rec.Gold[i].Modality = "asserted"
			}
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return out, nil
}

// Key folds a name for comparison: case, diacritics and punctuation do not count.
func Key(s string) string {
	s = fold.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

func partyKeys(p *extract.Party) map[string]bool {
	keys := map[string]bool{}
	if p == nil {
		return keys
	}
	for _, v := range []string{p.Name, p.ID, p.Text} {
		if k := Key(v); k != "" {
			keys[k] = true
		}
	}
	return keys
}

func nameKeys(n Names) map[string]bool {
	keys := map[string]bool{}
	for _, s := range n {
		keys[Key(s)] = true
	}
	return keys
}

func overlap(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// Tally counts true positives, false positives and false negatives.
type Tally struct{ TP, FP, FN int }

// P is the precision.
func (t Tally) P() float64 { return ratio(t.TP, t.TP+t.FP) }

// R is the recall.
func (t Tally) R() float64 { return ratio(t.TP, t.TP+t.FN) }

// F1 is the harmonic mean of precision and recall.
func (t Tally) F1() float64 {
	p, r := t.P(), t.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Error is one missed or extra fact.
type Error struct {
	Kind     string // "missed" or "extra"
	Record   string
	Lang     string
	Relation string
	Subject  string
	Object   string
	Modality string
	Triple   *extract.Triple // the extra triple (nil for a miss)
}

func (e Error) String() string {
	obj := ""
	if e.Object != "" {
		obj = " -> " + e.Object
	}
	return fmt.Sprintf("%s %s: %s %s%s (%s)", e.Kind, e.Record, e.Relation, e.Subject, obj, e.Modality)
}

// Report is the outcome of scoring.
type Report struct {
	ByRelation map[string]*Tally
	ByLang     map[string]*Tally
	ByLangRel  map[string]*Tally // "de/meeting"
	All        Tally
	ModalityOK int // matched facts whose modality agreed
	ModalityN  int // matched facts
	Errors     []Error
	Records    map[string]*Tally
	Hits       []Hit // the gold facts found, with the rule that found each
}

// Hit is a gold fact that a triple found.
type Hit struct {
	Record, Relation, Subject, Object, Modality, Rule string
}

// Key identifies the fact across runs, for baselines: record, relation and the gold's first names.
func (h Hit) Key() string {
	return h.Record + "|" + h.Relation + "|" + h.Subject + "|" + h.Object
}

// ModalityAccuracy is the share of matched facts with the right modality.
func (r *Report) ModalityAccuracy() float64 { return ratio(r.ModalityOK, r.ModalityN) }

type pred struct {
	rel, mod string
	s, o     map[string]bool
	t        *extract.Triple
}

type goldFact struct {
	f    Fact
	s, o map[string]bool
	hit  bool
}

// Score compares triples (by document id) with gold records.
func Score(gold []Record, triples map[string][]extract.Triple) *Report {
	rep := &Report{ByRelation: map[string]*Tally{}, ByLang: map[string]*Tally{}, ByLangRel: map[string]*Tally{}, Records: map[string]*Tally{}}
	for _, rec := range gold {
		var preds []pred
		for i := range triples[rec.ID] {
			t := &triples[rec.ID][i]
			p := pred{rel: t.Relation, mod: t.Modality, s: partyKeys(t.Subject), o: partyKeys(t.Object), t: t}
			if p.rel == "statement" {
				p.o = map[string]bool{}
			}
			dup := false
			for _, q := range preds {
				if q.rel != p.rel || q.mod != p.mod {
					continue
				}
				same := overlap(q.s, p.s) && ((len(q.o) == 0 && len(p.o) == 0) || overlap(q.o, p.o))
				swapped := p.rel != "statement" && overlap(q.s, p.o) && overlap(q.o, p.s)
				if same || swapped {
					dup = true
					break
				}
			}
			if !dup {
				preds = append(preds, p)
			}
		}
		gs := make([]*goldFact, len(rec.Gold))
		for i, f := range rec.Gold {
			gs[i] = &goldFact{f: f, s: nameKeys(f.Subject), o: nameKeys(f.Object)}
		}
		same := func(p pred, g *goldFact) bool {
			if g.f.Relation != p.rel {
				return false
			}
			if p.rel == "statement" {
				return overlap(p.s, g.s)
			}
			return (overlap(p.s, g.s) && overlap(p.o, g.o)) || (overlap(p.o, g.s) && overlap(p.s, g.o))
		}
		rt := rep.record(rec.ID)
		for _, p := range preds {
			var hit *goldFact
			for _, g := range gs {
				if !g.hit && g.f.Modality == p.mod && same(p, g) {
					hit = g
					break
				}
			}
			if hit == nil {
				for _, g := range gs {
					if !g.hit && same(p, g) {
						hit = g
						break
					}
				}
			}
			if hit != nil {
				hit.hit = true
				h := Hit{Record: rec.ID, Relation: p.rel, Subject: hit.f.Subject[0], Modality: hit.f.Modality, Rule: p.t.Rule}
				if len(hit.f.Object) > 0 {
					h.Object = hit.f.Object[0]
				}
				rep.Hits = append(rep.Hits, h)
				rep.add(rec.Lang, p.rel, rt, 1, 0, 0)
				rep.ModalityN++
				if hit.f.Modality == p.mod {
					rep.ModalityOK++
				}
				continue
			}
			rep.add(rec.Lang, p.rel, rt, 0, 1, 0)
			e := Error{Kind: "extra", Record: rec.ID, Lang: rec.Lang, Relation: p.rel, Modality: p.mod, Triple: p.t}
			e.Subject = p.t.Subject.Name
			if p.t.Object != nil {
				e.Object = p.t.Object.Name
			}
			rep.Errors = append(rep.Errors, e)
		}
		for _, g := range gs {
			if g.hit {
				continue
			}
			rep.add(rec.Lang, g.f.Relation, rt, 0, 0, 1)
			e := Error{Kind: "missed", Record: rec.ID, Lang: rec.Lang, Relation: g.f.Relation, Modality: g.f.Modality,
				Subject: strings.Join(g.f.Subject, "|")}
			if len(g.f.Object) > 0 {
				e.Object = strings.Join(g.f.Object, "|")
			}
			rep.Errors = append(rep.Errors, e)
		}
	}
	return rep
}

func (r *Report) record(id string) *Tally {
	t := &Tally{}
	r.Records[id] = t
	return t
}

func (r *Report) add(lang, rel string, rec *Tally, tp, fp, fn int) {
	for _, t := range []*Tally{r.get(r.ByRelation, rel), r.get(r.ByLang, lang), r.get(r.ByLangRel, lang+"/"+rel), &r.All, rec} {
		t.TP += tp
		t.FP += fp
		t.FN += fn
	}
}

func (r *Report) get(m map[string]*Tally, k string) *Tally {
	t := m[k]
	if t == nil {
		t = &Tally{}
		m[k] = t
	}
	return t
}

// Table prints P, R and F1 per group, then the total and modality accuracy.
func (r *Report) Table(w io.Writer, groups map[string]*Tally) {
	fmt.Fprintf(w, "%-22s %5s %5s %5s %6s %6s %6s\n", "group", "tp", "fp", "fn", "P", "R", "F1")
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	row := func(k string, t Tally) {
		fmt.Fprintf(w, "%-22s %5d %5d %5d %6.3f %6.3f %6.3f\n", k, t.TP, t.FP, t.FN, t.P(), t.R(), t.F1())
	}
	for _, k := range keys {
		row(k, *groups[k])
	}
	row("ALL", r.All)
	fmt.Fprintf(w, "modality accuracy on matched: %d/%d = %.3f\n", r.ModalityOK, r.ModalityN, r.ModalityAccuracy())
}
