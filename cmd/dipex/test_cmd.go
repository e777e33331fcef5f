package main

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"dipex/batch"
	"dipex/extract"
	"dipex/input"
	"dipex/score"
)

const testHelp = `Usage: dipex test [flags] [GOLD.jsonl|DIR...]

The rules' regression suite, for CI. It runs every rule's own examples (each rule alone) and,
when gold files are given, the extractor over gold records in the DESIGN.md format (one JSON
object per line: "id", "lang", "text", "gold": [{"relation", "subject", "object", "modality"}]).
It prints precision, recall and F1 per relation and per language, modality accuracy, every
failing example, and the missed and extra triples with their record, sentence and rule.

With --save-baseline FILE it records this run; with --baseline FILE it fails when a relation's
F1 falls more than --tolerance below the baseline, and names the facts lost and the rules that
used to find them.

Exit status: 0 pass; 1 a failing example, a regression, or F1 under --min-f1; 2 bad input.

Flags:
`

type testConfig struct {
	extractConfig
	show                 int
	minF1, tolerance     float64
	saveBaseline, basePF string
	junit                string
	asJSON               bool
}

func runTest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	c := &testConfig{}
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c.dataFlags(fs)
	fs.IntVar(&c.show, "show", 20, "show at most `N` missed or extra triples")
	fs.Float64Var(&c.minF1, "min-f1", 0, "fail when the overall F1 is below `X`")
	fs.StringVar(&c.saveBaseline, "save-baseline", "", "write this run's scores and found facts to `FILE`")
	fs.StringVar(&c.basePF, "baseline", "", "compare with the baseline `FILE` and fail on a regression")
	fs.Float64Var(&c.tolerance, "tolerance", 0.02, "allowed F1 drop per relation against the baseline")
	fs.StringVar(&c.junit, "junit", "", "write a JUnit XML report to `FILE` (a case per rule example and per gold record)")
	fs.BoolVar(&c.asJSON, "json", false, "print the results as JSON instead of text")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), testHelp)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	x, err := c.extractor()
	if err != nil {
		return err
	}

	// The rules' own examples.
	examples := score.Examples(x.Gazetteer(), x.Rules())
	var failing []score.ExampleResult
	for _, r := range examples {
		if r.Failed {
			failing = append(failing, r)
		}
	}

	// The gold records.
	gold, err := readGold(fs.Args())
	if err != nil {
		return err
	}
	if len(gold) == 0 && (c.minF1 > 0 || c.basePF != "") {
		return usagef("no gold records read (give GOLD.jsonl files or directories holding them): --min-f1 and --baseline need some")
	}
	results := map[string]*extract.Result{}
	triples := map[string][]extract.Triple{}
	_, err = batch.Run(ctx, x, 0, func(yield func(input.Item) bool) error {
		for _, rec := range gold {
			if !yield(input.Item{Src: rec.ID, Doc: &extract.Document{ID: rec.ID, Text: rec.Text, Lang: rec.Lang, Date: rec.Date}}) {
				break
			}
		}
		return nil
	}, func(r batch.Result) error {
		if r.Err != nil {
			return fmt.Errorf("record %s: %v", r.Item.Src, r.Err)
		}
		results[r.Item.Src] = r.Res
		triples[r.Item.Src] = r.Res.Triples
		return nil
	})
	if err != nil {
		return err
	}
	rep := score.Score(gold, triples)

	var regs []score.Regression
	var lost []score.Lost
	if c.basePF != "" {
		b, err := score.LoadBaseline(c.basePF)
		if err != nil {
			return usageError{err}
		}
		regs, lost = b.Compare(rep, c.tolerance)
	}
	if c.saveBaseline != "" {
		if err := score.NewBaseline(rep).Save(c.saveBaseline); err != nil {
			return usagef("cannot write %s: %v", c.saveBaseline, err)
		}
	}
	if c.junit != "" {
		if err := writeJUnit(c.junit, examples, gold, rep); err != nil {
			return usagef("cannot write %s: %v", c.junit, err)
		}
	}
	belowMin := len(gold) > 0 && rep.All.F1() < c.minF1

	if c.asJSON {
		printTestJSON(stdout, examples, failing, gold, rep, regs, lost, c.show)
	} else {
		printTestText(stdout, examples, failing, gold, rep, results, regs, lost, c.show, c.minF1)
	}
	var problems []string
	if len(failing) > 0 {
		problems = append(problems, fmt.Sprintf("%d rule examples fail", len(failing)))
	}
	if len(regs) > 0 {
		var rs []string
		for _, r := range regs {
			rs = append(rs, fmt.Sprintf("%s F1 %.3f -> %.3f", r.Name(), r.Was, r.Now))
		}
		problems = append(problems, "regression against the baseline: "+strings.Join(rs, ", "))
	}
	if belowMin {
		problems = append(problems, fmt.Sprintf("F1 %.3f is below --min-f1 %.3f", rep.All.F1(), c.minF1))
	}
	if len(problems) > 0 {
		return findingsError{"test failed: " + strings.Join(problems, "; ")}
	}
	return nil
}

// readGold reads gold files and directories (their *.jsonl and *.jsonl.gz files, recursively).
// A record id may occur once across all of them.
func readGold(paths []string) ([]score.Record, error) {
	var gold []score.Record
	seen := map[string]string{} // id -> file:line
	for _, p := range paths {
		files, err := goldFiles(p)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			recs, err := readGoldFile(f)
			if err != nil {
				return nil, err
			}
			for _, rec := range recs {
				if first, dup := seen[rec.ID]; dup {
					return nil, usagef("%s: duplicate id %q, first seen at %s", rec.Pos, rec.ID, first)
				}
				seen[rec.ID] = rec.Pos
			}
			gold = append(gold, recs...)
		}
	}
	return gold, nil
}

// goldFiles is p itself, or for a directory its *.jsonl and *.jsonl.gz files in name order.
func goldFiles(p string) ([]string, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, usagef("cannot read gold %s: %v", p, unwrapPath(err))
	}
	if !st.IsDir() {
		return []string{p}, nil
	}
	var files []string
	err = filepath.WalkDir(p, func(path string, d iofs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := strings.ToLower(path)
		if !d.IsDir() && (strings.HasSuffix(name, ".jsonl") || strings.HasSuffix(name, ".jsonl.gz")) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, usagef("cannot read gold directory %s: %v", p, err)
	}
	sort.Strings(files)
	return files, nil
}

// readGoldFile reads one gold file, gunzipping a .gz one.
func readGoldFile(name string) ([]score.Record, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, usagef("cannot read gold %s: %v", name, unwrapPath(err))
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, usagef("cannot read gold %s: %v", name, err)
		}
		defer zr.Close()
		r = zr
	}
	recs, err := score.ReadGold(name, r)
	if err != nil {
		return nil, usageError{err}
	}
	return recs, nil
}

// sentenceOf finds the evidence for a missed fact: the sentence of the record that mentions
// its subject, else the record's beginning.
func sentenceOf(res *extract.Result, subject string) string {
	if res == nil {
		return ""
	}
	names := map[string]bool{}
	for _, n := range strings.Split(subject, "|") {
		names[score.Key(n)] = true
	}
	for _, m := range res.Mentions {
		if m.Actor != nil && (names[score.Key(m.Actor.Name)] || names[score.Key(m.Actor.Party.Name)]) {
			s := res.Sentences[m.Sentence]
			return res.Doc.Text[s.Start:s.End]
		}
	}
	return clip(res.Doc.Text, 200)
}

func printTestText(w io.Writer, examples, failing []score.ExampleResult, gold []score.Record, rep *score.Report,
	results map[string]*extract.Result, regs []score.Regression, lost []score.Lost, show int, minF1 float64) {
	fmt.Fprintf(w, "rule examples: %d run, %d failed\n", len(examples), len(failing))
	for _, f := range failing {
		fmt.Fprintf(w, "FAIL %s\n", f)
	}
	if len(gold) > 0 {
		fmt.Fprintf(w, "\ngold: %d records\n", len(gold))
		rep.Table(w, rep.ByRelation)
		fmt.Fprintln(w)
		rep.Table(w, rep.ByLang)
		shown := 0
		for _, e := range rep.Errors {
			if shown >= show {
				fmt.Fprintf(w, "... and %d more (--show N)\n", len(rep.Errors)-shown)
				break
			}
			shown++
			fmt.Fprintf(w, "%s\n", e)
			if e.Triple != nil {
				fmt.Fprintf(w, "    rule %s, sentence: %s\n", e.Triple.Rule, e.Triple.Sentence)
			} else {
				fmt.Fprintf(w, "    sentence: %s\n", sentenceOf(results[e.Record], e.Subject))
			}
		}
	}
	for _, r := range regs {
		fmt.Fprintf(w, "REGRESSION %s: F1 %.3f, was %.3f\n", r.Name(), r.Now, r.Was)
	}
	if len(lost) > 0 {
		// --show limits these too: --show 0 keeps a held-out split's facts unread.
		fmt.Fprintf(w, "lost since the baseline (%d):\n", len(lost))
		for i, l := range lost {
			if i >= show {
				fmt.Fprintf(w, "    ... and %d more (--show N)\n", len(lost)-i)
				break
			}
			fmt.Fprintf(w, "    %s (found by rule %s)\n", strings.ReplaceAll(l.Key, "|", " "), l.Rule)
		}
	}
}

func printTestJSON(w io.Writer, examples, failing []score.ExampleResult, gold []score.Record, rep *score.Report,
	regs []score.Regression, lost []score.Lost, show int) {
	type tally struct {
		TP, FP, FN int
		P, R, F1   float64
	}
	tal := func(m map[string]*score.Tally) map[string]tally {
		out := map[string]tally{}
		for k, t := range m {
			out[k] = tally{t.TP, t.FP, t.FN, t.P(), t.R(), t.F1()}
		}
		return out
	}
	var fails []map[string]any
	for _, f := range failing {
		fails = append(fails, map[string]any{"rule": f.Rule.ID, "pos": f.Example.Pos.String(), "text": f.Example.Text, "want": f.Want, "got": f.Got})
	}
	var errs []map[string]any
	for i, e := range rep.Errors {
		if i >= show {
			break
		}
		m := map[string]any{"kind": e.Kind, "record": e.Record, "relation": e.Relation, "subject": e.Subject, "object": e.Object, "modality": e.Modality}
		if e.Triple != nil {
			m["rule"], m["sentence"] = e.Triple.Rule, e.Triple.Sentence
		}
		errs = append(errs, m)
	}
	out := map[string]any{
		"examples": map[string]any{"run": len(examples), "failed": len(failing), "failures": fails},
		"gold": map[string]any{"records": len(gold), "all": tally{rep.All.TP, rep.All.FP, rep.All.FN, rep.All.P(), rep.All.R(), rep.All.F1()},
			"relations": tal(rep.ByRelation), "langs": tal(rep.ByLang), "modality_accuracy": rep.ModalityAccuracy(), "errors": errs},
		"regressions": regs, "lost": lost[:min(len(lost), show)], "lost_count": len(lost),
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(out)
}

// writeJUnit writes one test case per rule example and per gold record.
func writeJUnit(path string, examples []score.ExampleResult, gold []score.Record, rep *score.Report) error {
	var j score.JUnit
	for i, r := range examples {
		fail, detail := "", ""
		if r.Failed {
			fail = "example gives the wrong triples"
			detail = fmt.Sprintf("%s\ntext: %s\nwant: %v\ngot:  %v", r.Example.Pos, r.Example.Text, r.Want, r.Got)
		}
		j.Add("rule examples", r.Rule.ID, fmt.Sprintf("%s #%d", r.Rule.ID, exampleIndex(examples, i)), fail, detail)
	}
	byRecord := map[string][]string{}
	for _, e := range rep.Errors {
		byRecord[e.Record] = append(byRecord[e.Record], e.String())
	}
	for _, rec := range gold {
		fail := ""
		errs := byRecord[rec.ID]
		sort.Strings(errs)
		if len(errs) > 0 {
			fail = fmt.Sprintf("%d missed or extra triples", len(errs))
		}
		j.Add("gold", "gold."+rec.Lang, rec.ID, fail, strings.Join(errs, "\n"))
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := j.Write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// exampleIndex numbers an example within its rule, from 1.
func exampleIndex(all []score.ExampleResult, i int) int {
	n := 1
	for k := i - 1; k >= 0 && all[k].Rule == all[i].Rule; k-- {
		n++
	}
	return n
}
