package rules

import (
	"cmp"
	"io/fs"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"dipex/yamlfile"
)

// File is one parsed rules file: either rules for one relation and language, or the grammar
// of a language (its function words and modality cues), or both.
type File struct {
	Name     string
	Relation string   `yaml:"relation"`
	Lang     string   `yaml:"lang"`
	Rules    []*Rule  `yaml:"rules"`
	Grammar  *Grammar `yaml:"grammar"`
}

var (
	ruleIDRE = regexp.MustCompile(`^[a-z0-9]+(?:[.-][a-z0-9]+)*$`)
	finds    = map[string]bool{"before": true, "after": true, "cue": true, "between": true, "coordinated": true, "meeting": true, "behalf": true}
	types    = map[string]bool{"person": true, "country": true, "organization": true, "city": true, "place": true, "group": true, "event": true}
)

// Parse decodes one rules file and checks every rule in it: every problem is reported with
// file, line and column and a fix.
func Parse(name string, data []byte) (*File, error) {
	f := &File{Name: name}
	root, err := yamlfile.Parse(name, data)
	if err != nil || root == nil {
		return f, err
	}
	var errs yamlfile.ErrorList
	if !yamlfile.Decode(name, root, f, &errs) {
		return nil, errs.Err()
	}
	if len(f.Rules) > 0 {
		switch f.Relation {
		case Meeting, Statement, Agreement:
		default:
			errs.Add(name, yamlfile.At(root, "relation"), "relation %q: write relation: meeting, statement or agreement", f.Relation)
		}
		if f.Lang == "" {
			errs.Add(name, root, "no lang: add lang: de or lang: en (the language the rules read)")
		}
	}
	yamlfile.Repeated(name, root, &errs)
	if f.Grammar != nil && f.Lang == "" {
		errs.Add(name, root, "a grammar needs lang: (de, en, ...)")
	}
	for i, n := range yamlfile.Items(yamlfile.Lookup(root, "rules")) {
		r := f.Rules[i]
		r.Relation, r.Lang = f.Relation, f.Lang
		r.Pos = yamlfile.PosOf(name, n)
		checkRule(name, n, r, &errs)
		for j, en := range yamlfile.Items(yamlfile.Lookup(n, "examples")) {
			r.Examples[j].Pos = yamlfile.PosOf(name, en)
		}
	}
	return f, errs.Err()
}

func checkRule(file string, n *yaml.Node, r *Rule, errs *yamlfile.ErrorList) {
	if r.ID == "" {
		errs.Add(file, n, "rule has no id: add id: such as %s.%s.verb", r.Relation, r.Lang)
	} else if !ruleIDRE.MatchString(r.ID) {
		errs.Add(file, yamlfile.At(n, "id"), "rule id %q: use lowercase words joined by \".\" or \"-\", such as meeting.de.empfangen", r.ID)
	}
	if len(r.Trigger.Words) == 0 && len(r.Trigger.Stems) == 0 {
		errs.Add(file, yamlfile.At(n, "trigger"), "rule %s has no trigger: add trigger: {words: [...]} with the word forms that set it off", r.ID)
	}
	for _, w := range append(append([]string{}, r.Trigger.Words...), r.Trigger.Stems...) {
		if strings.ContainsAny(strings.TrimSpace(w), " \t") || strings.TrimSpace(w) == "" {
			errs.Add(file, yamlfile.At(n, "trigger"), "rule %s: trigger word %q must be one word (use particle: for a separable part)", r.ID, w)
		}
	}
	tn := yamlfile.At(n, "trigger")
	if r.Trigger.Within < 0 {
		errs.Add(file, yamlfile.At(tn, "within"), "rule %s: within must be a positive number of tokens", r.ID)
	}
	for _, t := range r.Trigger.NotBefore {
		if !types[t] {
			errs.Add(file, yamlfile.At(tn, "not_before"), "rule %s: not_before type %q: use person, country, organization, city, place, group or event", r.ID, t)
		}
	}
	if r.Trigger.ThenOrAlone && len(r.Trigger.Then) == 0 {
		errs.Add(file, yamlfile.At(tn, "then_or_alone"), "rule %s: then_or_alone needs then: [words] that the trigger's clause may name instead", r.ID)
	}
	if r.Trigger.ThenNearObject && (len(r.Trigger.Then) == 0 || r.Object == nil) {
		errs.Add(file, yamlfile.At(tn, "then_near_object"), "rule %s: then_near_object needs then: [words] and an object", r.ID)
	}
	checkSlot(file, yamlfile.At(n, "subject"), r, "subject", &r.Subject, errs)
	fills2 := r.Subject.Find == "between" || r.Subject.Find == "coordinated"
	switch {
	case r.Relation == Statement && r.Object != nil:
		errs.Add(file, yamlfile.At(n, "object"), "rule %s: a statement has no object: remove object:", r.ID)
	case r.Relation != Statement && r.Object == nil && !fills2:
		errs.Add(file, n, "rule %s: a %s needs an object: add object: {find: after} (or subject: {find: coordinated})", r.ID, r.Relation)
	case r.Object != nil && fills2:
		errs.Add(file, yamlfile.At(n, "object"), "rule %s: subject find %q fills both slots: remove object:", r.ID, r.Subject.Find)
	case r.Object != nil:
		checkSlot(file, yamlfile.At(n, "object"), r, "object", r.Object, errs)
	}
	switch r.Modality {
	case "", Asserted, Planned, Negated, Reported:
	default:
		errs.Add(file, yamlfile.At(n, "modality"), "rule %s: modality %q: use asserted, planned, negated or reported", r.ID, r.Modality)
	}
	switch r.Content {
	case "", "after", "none":
	default:
		errs.Add(file, yamlfile.At(n, "content"), "rule %s: content %q: use after or none", r.ID, r.Content)
	}
	if r.Attribution && r.Relation != Statement {
		errs.Add(file, yamlfile.At(n, "attribution"), "rule %s: attribution is for statement rules; remove it", r.ID)
	}
	if r.Confidence < 0 || r.Confidence > 1 {
		errs.Add(file, yamlfile.At(n, "confidence"), "rule %s: confidence %v must be between 0 and 1", r.ID, r.Confidence)
	}
	if len(r.Examples) == 0 {
		errs.Add(file, n, "rule %s has no examples: add examples: with at least one sentence it must match (and one it must not)", r.ID)
	}
	for j, en := range yamlfile.Items(yamlfile.Lookup(n, "examples")) {
		ex := r.Examples[j]
		if strings.TrimSpace(ex.Text) == "" {
			errs.Add(file, en, "rule %s: example without text", r.ID)
		}
		for _, e := range ex.Expect {
			if e.Subject == "" {
				errs.Add(file, en, "rule %s: an expected triple needs a subject", r.ID)
			}
			rel := cmp.Or(e.Relation, r.Relation)
			switch rel {
			case Meeting, Statement, Agreement:
			default:
				errs.Add(file, en, "rule %s: expected relation %q: use meeting, statement or agreement", r.ID, e.Relation)
			}
			if rel != Statement && e.Object == "" {
				errs.Add(file, en, "rule %s: an expected %s needs an object", r.ID, rel)
			}
			switch e.Modality {
			case "", Asserted, Planned, Negated, Reported:
			default:
				errs.Add(file, en, "rule %s: expected modality %q: use asserted, planned, negated or reported", r.ID, e.Modality)
			}
		}
	}
}

func checkSlot(file string, n *yaml.Node, r *Rule, name string, s *Slot, errs *yamlfile.ErrorList) {
	if s.Find == "" {
		errs.Add(file, n, "rule %s: %s has no find: use before, after, cue, between or coordinated", r.ID, name)
	} else if !finds[s.Find] {
		errs.Add(file, yamlfile.At(n, "find"), "rule %s: %s find %q: use before, after, cue, between, coordinated or (objects) meeting", r.ID, name, s.Find)
	}
	if s.Find == "cue" && len(s.Cue) == 0 {
		errs.Add(file, n, "rule %s: %s find: cue needs cue: [words], such as [mit] or [with]", r.ID, name)
	}
	for _, t := range s.Types {
		if !types[t] {
			errs.Add(file, yamlfile.At(n, "types"), "rule %s: %s type %q: use person, country, organization, city, place, group or event", r.ID, name, t)
		}
	}
}

// ReadDir parses every .yaml and .yml file under dir (recursively) in fsys, in name order.
// All problems in all files are returned together.
func ReadDir(fsys fs.FS, dir string) ([]*File, error) { return yamlfile.Collect(fsys, dir, Parse) }

// ReadPaths parses rules files and directories named on the command line.
func ReadPaths(paths ...string) ([]*File, error) { return yamlfile.CollectPaths(paths, Parse) }
