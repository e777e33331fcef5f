package score

import (
	"cmp"
	"fmt"
	"sort"
	"strings"

	"dipex/extract"
	"dipex/gazetteer"
	"dipex/rules"
)

// ExampleResult is the outcome of one rule example.
type ExampleResult struct {
	Rule    *rules.Rule
	Example rules.Example
	Got     []string // the triples the rule gave, as "subject -> object (modality)"
	Want    []string
	Failed  bool
}

func (r ExampleResult) String() string {
	return fmt.Sprintf("%s: rule %s, example %q\n  want %v\n  got  %v", r.Example.Pos, r.Rule.ID, r.Example.Text, r.Want, r.Got)
}

// Examples runs every rule of the engine alone over its own examples, with gazetteer g, and
// reports each: a rule must give exactly the triples its example expects (none for a negative
// example), with the expected modality (asserted unless the example says otherwise).
func Examples(g *gazetteer.Gazetteer, e *rules.Engine) []ExampleResult {
	var out []ExampleResult
	names := map[string]string{} // key of a canonical name -> the name (the first actor wins)
	for _, a := range g.Actors() {
		if k := Key(a.Name); names[k] == "" {
			names[k] = a.Name
		}
	}
	for _, r := range e.Rules() {
		alone := extract.New(g, e.Only(r.ID))
		for _, ex := range r.Examples {
			x := alone
			if len(ex.With) > 0 {
				x = extract.New(g, e.Only(append([]string{r.ID}, ex.With...)...))
			}
			res := x.Extract(&extract.Document{ID: "example", Text: ex.Text, Lang: r.Lang, Date: ex.Date})
			got := []string{}
			for _, t := range res.Triples {
				got = append(got, describe(t.Relation, t.Subject.Name, objName(t.Object), t.Modality))
			}
			want := []string{}
			for _, w := range ex.Expect {
				mod := w.Modality
				if mod == "" {
					mod = rules.Asserted
				}
				want = append(want, describe(cmp.Or(w.Relation, r.Relation), canonical(g, names, w.Subject), canonical(g, names, w.Object), mod))
			}
			sort.Strings(got)
			sort.Strings(want)
			out = append(out, ExampleResult{Rule: r, Example: ex, Got: got, Want: want,
				Failed: strings.Join(got, "\n") != strings.Join(want, "\n")})
		}
	}
	return out
}

func objName(p *extract.Party) string {
	if p == nil {
		return ""
	}
	return p.Name
}

// describe writes a triple so that a symmetric relation reads the same both ways.
func describe(rel, s, o, mod string) string {
	if rel != rules.Statement && o < s {
		s, o = o, s
	}
	if o == "" {
		return fmt.Sprintf("%s %s (%s)", rel, s, mod)
	}
	return fmt.Sprintf("%s %s -> %s (%s)", rel, s, o, mod)
}

// canonical maps an example's name or id to the gazetteer's canonical name; names maps the
// keys of canonical names to the names.
func canonical(g *gazetteer.Gazetteer, names map[string]string, name string) string {
	if name == "" {
		return ""
	}
	if a := g.Actor(name); a != nil {
		return a.Name
	}
	if n, ok := names[Key(name)]; ok {
		return n
	}
	return name
}
