package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"dipex/extract"
	"dipex/gazetteer"
	"dipex/rules"
)

const extractHelp = `Usage: dipex extract [flags] [PATH...]

Reads news articles and writes one triple per line: who met whom (meeting), who said
what (statement), who agreed with whom (agreement), with the evidence sentence and the
offsets of every mention.

PATH may be a .txt file (one article; its id is the path), a .jsonl or .ndjson file (one
article per line: "id" and "text", optionally "lang", "date" (YYYY-MM-DD) and "url"), a
directory (read recursively for those files), or - for standard input (JSON Lines when it
starts with "{", else one text). With no PATH, standard input is read.

A document that cannot be read (bad JSON, no id or text, not UTF-8) is reported on stderr
with its file and line, and the run goes on.

Flags:
`

// config is what the extract flags say.
type extractConfig struct {
	format, out, lang   string
	date                string
	gazetteers, ruleDir multiFlag
	noDefaultGaz        bool
	noDefaultRules      bool
}

// multiFlag is a flag that may be given several times.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func extractFlags(name string, stderr io.Writer, help string) (*flag.FlagSet, *extractConfig) {
	c := &extractConfig{}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.format, "format", "jsonl", "output format: jsonl, json, csv or tsv")
	fs.StringVar(&c.out, "o", "", "write to `FILE` instead of standard output")
	fs.StringVar(&c.lang, "lang", "", "language of every input document (de, en); default: the input's \"lang\", else detected")
	fs.Var(&c.gazetteers, "gazetteer", "add gazetteer YAML `FILE|DIR` to the built-in data (repeatable)")
	fs.BoolVar(&c.noDefaultGaz, "no-default-gazetteer", false, "use only the --gazetteer files, not the built-in data")
	fs.Var(&c.ruleDir, "rules", "add rules YAML `FILE|DIR` to the built-in rules (repeatable)")
	fs.BoolVar(&c.noDefaultRules, "no-default-rules", false, "use only the --rules files, not the built-in rules")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), help)
		fs.PrintDefaults()
	}
	return fs, c
}

// parseFlags parses args, turning -h into errHelp and bad flags into usage errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return errHelp
		}
		return usageError{err}
	}
	return nil
}

// extractor builds the extractor the flags ask for: the built-in one (built once) or one with
// the given gazetteer and rules files added or instead.
func (c *extractConfig) extractor() (*extract.Extractor, error) {
	if len(c.gazetteers) == 0 && len(c.ruleDir) == 0 && !c.noDefaultGaz && !c.noDefaultRules {
		x, err := extract.Default()
		if err != nil {
			return nil, usageError{err}
		}
		return x, nil
	}
	var gfiles []*gazetteer.File
	if !c.noDefaultGaz {
		fs, err := gazetteer.DefaultFiles()
		if err != nil {
			return nil, usageError{err}
		}
		gfiles = fs
	}
	if len(c.gazetteers) > 0 {
		fs, err := gazetteer.ReadPaths(c.gazetteers...)
		if err != nil {
			return nil, usageError{fmt.Errorf("gazetteer:\n%w", err)}
		}
		gfiles = append(gfiles, fs...)
	}
	g, err := gazetteer.New(gfiles...)
	if err != nil {
		return nil, usageError{fmt.Errorf("gazetteer:\n%w", err)}
	}
	var rfiles []*rules.File
	if !c.noDefaultRules {
		fs, err := rules.DefaultFiles()
		if err != nil {
			return nil, usageError{err}
		}
		rfiles = fs
	}
	if len(c.ruleDir) > 0 {
		fs, err := rules.ReadPaths(c.ruleDir...)
		if err != nil {
			return nil, usageError{fmt.Errorf("rules:\n%w", err)}
		}
		rfiles = append(rfiles, fs...)
	}
	e, err := rules.New(rfiles...)
	if err != nil {
		return nil, usageError{fmt.Errorf("rules:\n%w", err)}
	}
	return extract.New(g, e), nil
}

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, c := extractFlags("extract", stderr, extractHelp)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	return c.run(ctx, fs.Args(), stdin, stdout, stderr, func(format string, w io.Writer) (func(*extract.Result) error, func() error, error) {
		tw, err := newWriter(format, w)
		if err != nil {
			return nil, nil, err
		}
		each := func(res *extract.Result) error {
			for i := range res.Triples {
				if err := tw.write(&res.Triples[i]); err != nil {
					return err
				}
			}
			return nil
		}
		return each, tw.close, nil
	})
}

// sink makes the output of a command: a function called with every document's result, and
// one called at the end.
type sink func(format string, w io.Writer) (each func(*extract.Result) error, done func() error, err error)

// run reads every document of paths, extracts it, and hands the result to the sink; documents
// that cannot be read or extracted are reported on stderr and the run goes on.
func (c *extractConfig) run(ctx context.Context, paths []string, stdin io.Reader, stdout, stderr io.Writer, mk sink) error {
	files, err := expand(paths)
	if err != nil {
		return err
	}
	x, err := c.extractor()
	if err != nil {
		return err
	}
	out := stdout
	if c.out != "" {
		f, err := os.Create(c.out)
		if err != nil {
			return usagef("cannot write %s: %v", c.out, unwrapPath(err))
		}
		defer f.Close()
		out = f
	}
	bw := bufio.NewWriterSize(out, 1<<16)
	each, done, err := mk(c.format, bw)
	if err != nil {
		return err
	}
	var werr error
	for _, file := range files {
		err := read(file, stdin, func(it item) bool {
			if ctx.Err() != nil {
				return false
			}
			if it.err != nil {
				fmt.Fprintln(stderr, "dipex: skipped:", it.err)
				return true
			}
			if c.lang != "" {
				it.doc.Lang = c.lang
			}
			res, err := safeExtract(x, it.doc)
			if err != nil {
				fmt.Fprintf(stderr, "dipex: skipped: %s: document %s: %v\n", it.src, it.doc.ID, err)
				return true
			}
			werr = each(res)
			return werr == nil
		})
		if err != nil {
			return err
		}
		if werr != nil {
			return fmt.Errorf("writing output: %w", werr)
		}
	}
	if err := done(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return ctx.Err()
}

// safeExtract runs the extractor on one document; a panic (a bug) fails that document only.
func safeExtract(x *extract.Extractor, doc *extract.Document) (res *extract.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error (please report it): %v", r)
		}
	}()
	return x.Extract(doc), nil
}
