package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"dipex/gazetteer"
	"dipex/tokenize"
)

const gazetteerHelp = `Usage: dipex gazetteer lookup [flags] NAME...

Shows what each NAME matches in the gazetteer and why: the actor (id, canonical name, type,
country, roles), the match kind (exact, inflected, short, adjective, metonym, institution,
title, listed, role, fuzzy) and the form in the data it matched. NAME may be a phrase, such as
"der russische Außenminister Sergej Lawrow" or "Kremlsprecher".

Flags:
`

func runGazetteer(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || (args[0] != "lookup" && !strings.HasPrefix(args[0], "-")) {
		fmt.Fprint(stderr, gazetteerHelp)
		return usagef("gazetteer: say lookup NAME")
	}
	if args[0] == "lookup" {
		args = args[1:]
	}
	fs := flag.NewFlagSet("gazetteer lookup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &extractConfig{}
	fs.StringVar(&c.lang, "lang", "de", "language of the names: de or en")
	fs.Var(&c.gazetteers, "gazetteer", "add gazetteer YAML `FILE|DIR` to the built-in data (repeatable)")
	fs.BoolVar(&c.noDefaultGaz, "no-default-gazetteer", false, "use only the --gazetteer files")
	fs.StringVar(&c.date, "date", "", "resolve roles on this `YYYY-MM-DD` (default: now)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), gazetteerHelp)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("gazetteer lookup: give a NAME")
	}
	g, err := c.gazetteer()
	if err != nil {
		return err
	}
	for _, name := range fs.Args() {
		toks := tokenize.Text(name)
		raw := make([]string, len(toks))
		keys := make([]string, len(toks))
		for i, t := range toks {
			raw[i], keys[i] = t.Text, t.Key
		}
		ms := g.Match(raw, keys, c.lang)
		fmt.Fprintf(stdout, "%q (%s):\n", name, c.lang)
		if len(ms) == 0 {
			fmt.Fprintln(stdout, "  no match")
		}
		for _, m := range ms {
			text := name[toks[m.Start].Start:toks[m.End-1].End]
			fmt.Fprintf(stdout, "  %q  %s", text, m.Kind)
			if m.Form != "" {
				fmt.Fprintf(stdout, " of %q", m.Form)
			}
			if m.Modifier {
				fmt.Fprint(stdout, ", modifier (part of a larger phrase; not a party by itself)")
			}
			fmt.Fprintln(stdout)
			if m.Title != "" {
				of := ""
				if m.Of != nil {
					of = " of " + m.Of.Name
				}
				fmt.Fprintf(stdout, "      title: %s%s\n", m.Title, of)
			}
			switch a := m.Actor; {
			case a != nil:
				describeActor(stdout, a, c.date)
			case m.Kind == gazetteer.KindRole && m.Of != nil:
				key := m.Of.ID
				if m.Of.Type == gazetteer.Country {
					key = m.Of.Country
				}
				hs := g.Holders(m.Title, key, c.date)
				fmt.Fprintf(stdout, "      a role noun: refers to a person named earlier, or to the holder on the document's date (%d now)\n", len(hs))
				for _, h := range hs {
					describeActor(stdout, h, c.date)
				}
			}
		}
	}
	return nil
}

func describeActor(w io.Writer, a *gazetteer.Actor, date string) {
	id := a.ID
	if id == "" {
		id = "(not in the gazetteer)"
	}
	fmt.Fprintf(w, "      -> %s  %s  %s", id, a.Name, a.Type)
	if a.Country != "" {
		fmt.Fprintf(w, "  %s", a.Country)
	}
	if a.Party != nil && a.Party != a {
		fmt.Fprintf(w, "  (stands for %s)", a.Party.Name)
	}
	if p := a.Pos(); p.File != "" {
		fmt.Fprintf(w, "  [%s]", p)
	}
	fmt.Fprintln(w)
	for _, r := range a.Roles {
		mark := " "
		if r.Holds(date) {
			mark = "*"
		}
		to := r.To
		if to == "" {
			to = "now"
		}
		fmt.Fprintf(w, "       %s %s of %s, %s to %s\n", mark, r.Title, r.Of, r.From, to)
	}
}
