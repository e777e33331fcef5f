package main

import (
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"

	"dipex/gazetteer"
	"dipex/rules"
	"dipex/score"
	"dipex/tokenize"
	"dipex/yamlfile"
)

const lintHelp = `Usage: dipex lint [flags] [FILE|DIR...]

Checks rule and gazetteer YAML files without reading any article: unknown keys, wrong types,
missing fields, duplicate rule or actor ids, one folded alias on two actors, trigger words
that cannot match, rules without examples, and examples that do not give what they expect
of their own rule. Every problem is printed as file:line:col: what is wrong and how to fix it,
all of them, not only the first. With no FILE, the built-in data is checked.

Files are told apart by their top-level keys: rules files have relation/lang/rules or
grammar; gazetteer files have actors, titles or institutions. The built-in data is loaded
alongside (for titles, institutions and grammars the files refer to) unless
--no-default-gazetteer or --no-default-rules says otherwise.

Exit status: 0 clean; 1 problems found; 2 a file cannot be read.

Flags:
`

func runLint(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	c := &extractConfig{}
	fs := flag.NewFlagSet("lint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&c.noDefaultGaz, "no-default-gazetteer", false, "do not load the built-in gazetteer alongside")
	fs.BoolVar(&c.noDefaultRules, "no-default-rules", false, "do not load the built-in rules alongside")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), lintHelp)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var problems yamlfile.ErrorList
	collect := func(err error) {
		if l, ok := err.(yamlfile.ErrorList); ok {
			problems = append(problems, l...)
		} else if err != nil {
			problems = append(problems, &yamlfile.Error{File: "?", Msg: err.Error()})
		}
	}

	var gfiles []*gazetteer.File
	var rfiles []*rules.File
	if fs.NArg() == 0 {
		g, err := gazetteer.DefaultFiles()
		collect(err)
		r, err := rules.DefaultFiles()
		collect(err)
		gfiles, rfiles = g, r
	} else {
		given := map[[32]byte]bool{} // the built-in files named on the command line are not loaded twice
		err := yamlfile.WalkPaths(fs.Args(), func(name string, data []byte) error {
			given[sha256.Sum256(data)] = true
			switch kindOf(data) {
			case "rules":
				f, err := rules.Parse(name, data)
				if f != nil {
					rfiles = append(rfiles, f) // with its problems: the checks across files still run
				}
				return err
			case "gazetteer":
				f, err := gazetteer.Parse(name, data)
				if f != nil {
					gfiles = append(gfiles, f)
				}
				return err
			}
			return yamlfile.ErrorList{{File: name, Line: 1, Col: 1, Msg: "neither a rules file (relation, lang, rules, grammar) nor a gazetteer file (actors, titles, institutions): check the top-level keys"}}
		})
		if pe, ok := err.(*os.PathError); ok {
			return usagef("cannot read %s: %v", pe.Path, pe.Err)
		}
		collect(err)
		unless := func(parse func(string, []byte) error) func(string, []byte) error {
			return func(name string, data []byte) error {
				if given[sha256.Sum256(data)] {
					return nil
				}
				return parse(name, data)
			}
		}
		if !c.noDefaultGaz {
			collect(yamlfile.Walk(gazetteer.DefaultData(), "data", "", unless(func(name string, data []byte) error {
				f, err := gazetteer.Parse(name, data)
				if err == nil {
					gfiles = append([]*gazetteer.File{f}, gfiles...)
				}
				return err
			})))
		}
		if !c.noDefaultRules {
			collect(yamlfile.Walk(rules.DefaultData(), "data", "", unless(func(name string, data []byte) error {
				f, err := rules.Parse(name, data)
				if err == nil {
					rfiles = append([]*rules.File{f}, rfiles...)
				}
				return err
			})))
		}
	}
	g, gerr := gazetteer.New(gfiles...)
	collect(gerr)
	e, rerr := rules.New(rfiles...)
	collect(rerr)
	if g != nil && e != nil {
		for _, r := range e.Rules() {
			problems = append(problems, triggerProblems(g, r)...)
		}
		for _, r := range score.Examples(g, e) {
			if r.Failed {
				p := r.Example.Pos
				problems = append(problems, &yamlfile.Error{File: p.File, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(
					"rule %s: this example gives %v, not %v: fix the rule or the example", r.Rule.ID, orNone(r.Got), orNone(r.Want))})
			}
		}
	}
	if len(problems) == 0 {
		fmt.Fprintln(stdout, "dipex lint: no problems")
		return nil
	}
	problems.Sort()
	for _, p := range problems {
		fmt.Fprintln(stdout, p)
	}
	return findingsError{fmt.Sprintf("lint found %d problems", len(problems))}
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "no triple"
	}
	return strings.Join(s, "; ")
}

// kindOf tells a rules file from a gazetteer file by its top-level keys.
func kindOf(data []byte) string {
	var top map[string]yaml.Node
	if yaml.Unmarshal(data, &top) != nil {
		return "rules" // let the rules parser report the syntax error with its position
	}
	for k := range top {
		switch k {
		case "actors", "titles", "institutions":
			return "gazetteer"
		case "relation", "lang", "rules", "grammar":
			return "rules"
		}
	}
	return ""
}

// triggerProblems finds trigger words that cannot match: a word the tokenizer splits in two,
// or the name of an actor (a trigger inside a mention never fires).
func triggerProblems(g *gazetteer.Gazetteer, r *rules.Rule) yamlfile.ErrorList {
	var out yamlfile.ErrorList
	for _, w := range append(append([]string{}, r.Trigger.Words...), r.Trigger.Stems...) {
		msg := ""
		if k := tokenize.Keys(w); len(k) != 1 {
			msg = fmt.Sprintf("trigger word %q is read as %d tokens %q, so it never matches: write one word", w, len(k), k)
		} else {
			toks := tokenize.Text(w)
			if ms := g.Match([]string{toks[0].Text}, k, r.Lang); len(ms) > 0 && ms[0].Actor != nil && !ms[0].Modifier {
				msg = fmt.Sprintf("trigger word %q is the name of %s, so it never triggers: remove it", w, ms[0].Actor.Name)
			}
		}
		if msg != "" {
			out = append(out, &yamlfile.Error{File: r.Pos.File, Line: r.Pos.Line, Col: r.Pos.Col, Msg: "rule " + r.ID + ": " + msg})
		}
	}
	return out
}
