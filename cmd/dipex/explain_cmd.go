package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"dipex/extract"
	"dipex/rules"
)

const explainHelp = `Usage: dipex explain [flags] TEXT|FILE|-

Shows why the rules fired, or didn't, on one article (a text given on the command line, a
.txt file, or - for standard input): per sentence, its tokens, the actors matched with how
they matched, the rules that fired with what they found, and the rules whose trigger word
was there but that found nothing, with the reason (no subject, no object, a veto word, a
missing particle, ...).

Flags:
`

func runExplain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	c := &extractConfig{}
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c.dataFlags(fs)
	fs.StringVar(&c.lang, "lang", "", "the text's language (de, en); default: detected")
	fs.StringVar(&c.date, "date", "", "the text's date `YYYY-MM-DD`, for role nouns and weekdays")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), explainHelp)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("explain: give a text, a file or -")
	}
	text := strings.Join(fs.Args(), " ")
	id := "text"
	if fs.NArg() == 1 {
		switch p := fs.Arg(0); {
		case p == "-":
			b, err := io.ReadAll(stdin)
			if err != nil {
				return err
			}
			text, id = string(b), "stdin"
		default:
			if b, err := os.ReadFile(p); err == nil {
				text, id = string(b), p
			}
		}
	}
	x, err := c.extractor()
	if err != nil {
		return err
	}
	res, traces := x.Explain(&extract.Document{ID: id, Text: text, Lang: c.lang, Date: c.date})
	fmt.Fprintf(stdout, "language: %s\n", res.Lang)
	for _, tr := range traces {
		s := res.Sentences[tr.Sentence]
		fmt.Fprintf(stdout, "\nsentence %d: %s\n", tr.Sentence+1, text[s.Start:s.End])
		if s.Noise {
			fmt.Fprintln(stdout, "  a caption, byline, source or comment line: no triples from it")
		}
		var toks []string
		for i := s.First; i < s.Last; i++ {
			toks = append(toks, fmt.Sprintf("%d:%s", i-s.First, res.Tokens[i].Text))
		}
		fmt.Fprintf(stdout, "  tokens: %s\n", strings.Join(toks, " "))
		if len(tr.Mentions) > 0 {
			fmt.Fprintln(stdout, "  actors:")
		}
		span := func(first, last int) string {
			return text[res.Tokens[first].Start:res.Tokens[last-1].End]
		}
		for _, m := range tr.Mentions {
			if m.Actor == nil {
				// A group ("beide Seiten", "both sides") or a word the resolver fills in later.
				fmt.Fprintf(stdout, "    %q -> %s, resolved after the rules (to the pair or actor it refers to)\n", span(m.First, m.Last), m.Kind)
				continue
			}
			line := fmt.Sprintf("    %q -> %s (%s), %s", span(m.First, m.Last), m.Actor.Name, m.Actor.Type, m.Kind)
			if m.Phrase < m.First {
				line += fmt.Sprintf(", phrase %q", span(m.Phrase, m.Last))
			}
			if m.Actor.Party != m.Actor {
				line += ", stands for " + m.Actor.Party.Name
			}
			if m.Title != "" {
				line += ", title " + m.Title
				if m.Of != nil {
					line += " of " + m.Of.Name
				}
			}
			if m.Modifier {
				line += ", modifier (not a party by itself)"
			}
			fmt.Fprintln(stdout, line)
		}
		if len(tr.Attempts) > 0 {
			fmt.Fprintln(stdout, "  rules:")
		}
		party := func(k int) string {
			switch k {
			case rules.LastMeeting:
				return "the meeting just told"
			case rules.ContextSubject:
				return "the person the text is about"
			}
			m := tr.Mentions[tr.Parties[k]]
			if m.Actor == nil {
				return span(m.First, m.Last)
			}
			return m.Actor.Name
		}
		for _, a := range tr.Attempts {
			trig := res.Tokens[s.First+a.Trigger].Text
			if len(a.Matches) == 0 {
				fmt.Fprintf(stdout, "    no     %s at %q: %s\n", a.Rule.ID, trig, a.Why)
				continue
			}
			for _, m := range a.Matches {
				desc := party(m.Subject)
				if m.Object == rules.LastMeeting {
					desc += " -> the meeting just told"
				} else if m.Object >= 0 {
					desc += " -> " + party(m.Object)
				}
				fmt.Fprintf(stdout, "    fired  %s at %q: %s %s (%s)\n", a.Rule.ID, trig, a.Rule.Relation, desc, m.Modality)
			}
		}
	}
	if len(res.Triples) == 0 {
		fmt.Fprintln(stdout, "\nno triples")
	} else {
		fmt.Fprintf(stdout, "\n%d triples (after resolving groups and removing repeats)\n", len(res.Triples))
	}
	return nil
}
