package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"dipex/batch"
	"dipex/extract"
	"dipex/gazetteer"
	"dipex/input"
	"dipex/rules"
)

const extractHelp = `Usage: dipex extract [flags] [PATH...]

Reads news articles and writes one triple per line: who met whom (meeting), who said
what (statement), who agreed with whom (agreement), with the evidence sentence and the
offsets of every mention.

PATH may be a .txt file (one article; its id is the path), a .jsonl or .ndjson file (one
article per line: "id" and "text", optionally "lang", "date" (YYYY-MM-DD) and "url"), a
.json file (an array of such articles), any of these gzipped (.gz), a directory (read
recursively for those files), or - for standard input. With no PATH, standard input is read.

Documents are extracted on all cores (-j) and written in input order. A document that
cannot be read or extracted (bad JSON, no id or text, not UTF-8, binary, empty, a truncated
gzip file) is reported on stderr with its file, line and id, and the run goes on; a summary
follows at the end. Exit status: 0 when the run completes (1 with --strict if a document
failed), 2 for a usage or configuration error.

Flags:
`

// extractConfig is what the flags of extract (and entities) say.
type extractConfig struct {
	format, out, lang   string
	date                string
	gazetteers, ruleDir multiFlag
	noDefaultGaz        bool
	noDefaultRules      bool
	workers             int
	fields              input.Fields
	keep                string
	errorsFile          string
	entitiesFile        string
	bom, quiet, strict  bool
}

// multiFlag is a flag that may be given several times.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// dataFlags are the flags that choose the gazetteer and the rules.
func (c *extractConfig) dataFlags(fs *flag.FlagSet) {
	fs.Var(&c.gazetteers, "gazetteer", "add gazetteer YAML `FILE|DIR` to the built-in data (repeatable)")
	fs.BoolVar(&c.noDefaultGaz, "no-default-gazetteer", false, "use only the --gazetteer files, not the built-in data")
	fs.Var(&c.ruleDir, "rules", "add rules YAML `FILE|DIR` to the built-in rules (repeatable)")
	fs.BoolVar(&c.noDefaultRules, "no-default-rules", false, "use only the --rules files, not the built-in rules")
}

func extractFlags(name string, stderr io.Writer, help string) (*flag.FlagSet, *extractConfig) {
	c := &extractConfig{fields: input.DefaultFields}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.format, "format", "", "output `format`: jsonl, json, csv, tsv or xlsx (default: from -o's extension, else jsonl)")
	fs.StringVar(&c.out, "o", "", "write to `FILE` instead of standard output")
	fs.StringVar(&c.lang, "lang", "", "language of every document (de, en); default: the input's lang field, else detected")
	c.dataFlags(fs)
	fs.IntVar(&c.workers, "j", 0, "extract on `N` goroutines (default: one per CPU)")
	fs.StringVar(&c.fields.ID, "id-field", "id", "JSON `field` that holds a document's id")
	fs.StringVar(&c.fields.Text, "text-field", "text", "JSON `field` that holds a document's text")
	fs.StringVar(&c.fields.Date, "date-field", "date", "JSON `field` that holds a document's date (YYYY-MM-DD...)")
	fs.StringVar(&c.fields.Lang, "lang-field", "lang", "JSON `field` that holds a document's language")
	fs.StringVar(&c.fields.URL, "url-field", "url", "JSON `field` that holds a document's URL")
	fs.StringVar(&c.keep, "keep-fields", "", "comma-separated input `fields` to carry into each triple's meta (e.g. url,source)")
	fs.StringVar(&c.errorsFile, "errors", "", "also write every failed document as JSON Lines to `FILE`")
	fs.StringVar(&c.entitiesFile, "entities", "", "also write every actor mention to `FILE` (.jsonl, .csv or .tsv; xlsx output has an entities sheet)")
	fs.BoolVar(&c.bom, "bom", false, "start CSV/TSV output with a UTF-8 byte order mark (for Excel)")
	fs.BoolVar(&c.quiet, "quiet", false, "no progress bar and no summary")
	fs.BoolVar(&c.strict, "strict", false, "exit with status 1 if any document failed")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), help)
		fs.PrintDefaults()
	}
	return fs, c
}

// parseFlags parses args, turning -h into errHelp and bad flags into usage errors. Flags may
// follow paths ("dipex test gold.jsonl --show 5"); "-" is a path (standard input) and "--"
// ends the flags.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return errHelp
			}
			return usageError{err}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			paths = append(paths, rest...) // after "--", all paths
			break
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
	return fs.Parse(append([]string{"--"}, paths...))
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
	g, err := c.gazetteer()
	if err != nil {
		return nil, err
	}
	e, err := c.rules()
	if err != nil {
		return nil, err
	}
	return extract.New(g, e), nil
}

func (c *extractConfig) gazetteer() (*gazetteer.Gazetteer, error) {
	if len(c.gazetteers) == 0 && !c.noDefaultGaz {
		g, err := gazetteer.Default()
		if err != nil {
			return nil, usageError{err}
		}
		return g, nil
	}
	var files []*gazetteer.File
	if !c.noDefaultGaz {
		fs, err := gazetteer.DefaultFiles()
		if err != nil {
			return nil, usageError{err}
		}
		files = fs
	}
	if len(c.gazetteers) > 0 {
		fs, err := gazetteer.ReadPaths(c.gazetteers...)
		if err != nil {
			return nil, usageError{fmt.Errorf("gazetteer:\n%w", err)}
		}
		files = append(files, fs...)
	}
	g, err := gazetteer.New(files...)
	if err != nil {
		return nil, usageError{fmt.Errorf("gazetteer:\n%w", err)}
	}
	return g, nil
}

func (c *extractConfig) rules() (*rules.Engine, error) {
	var files []*rules.File
	if !c.noDefaultRules {
		fs, err := rules.DefaultFiles()
		if err != nil {
			return nil, usageError{err}
		}
		files = fs
	}
	if len(c.ruleDir) > 0 {
		fs, err := rules.ReadPaths(c.ruleDir...)
		if err != nil {
			return nil, usageError{fmt.Errorf("rules:\n%w", err)}
		}
		files = append(files, fs...)
	}
	e, err := rules.New(files...)
	if err != nil {
		return nil, usageError{fmt.Errorf("rules:\n%w", err)}
	}
	return e, nil
}

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, c := extractFlags("extract", stderr, extractHelp)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	return c.run(ctx, fs.Args(), stdin, stdout, stderr, func(format string, w io.Writer) (sinkFuncs, error) {
		tw, err := newWriter(format, w, c.bom)
		if err != nil {
			return sinkFuncs{}, err
		}
		return sinkFuncs{
			each: func(res *extract.Result) error {
				for i := range res.Triples {
					if err := tw.write(&res.Triples[i]); err != nil {
						return err
					}
				}
				if xw, ok := tw.(*xlsxWriter); ok {
					return xw.entities(res.Entities())
				}
				return nil
			},
			done: tw.close,
		}, nil
	})
}

// sinkFuncs is what a command does with each document's result and at the end.
type sinkFuncs struct {
	each func(*extract.Result) error
	done func() error
}

// sink makes the output of a command for an output format and writer.
type sink func(format string, w io.Writer) (sinkFuncs, error)

// run reads every document of paths, extracts it on the worker pool, and hands each result, in
// input order, to the sink. Bad documents are reported and counted; the run goes on.
func (c *extractConfig) run(ctx context.Context, paths []string, stdin io.Reader, stdout, stderr io.Writer, mk sink) error {
	files, err := input.Expand(paths)
	if err != nil {
		return usageError{err}
	}
	if c.keep != "" {
		for _, k := range strings.Split(c.keep, ",") {
			if k = strings.TrimSpace(k); k != "" {
				c.fields.Keep = append(c.fields.Keep, k)
			}
		}
	}
	format := c.format
	if format == "" {
		format = formatOf(c.out)
	}
	x, err := c.extractor()
	if err != nil {
		return err
	}
	out := stdout
	if c.out != "" {
		f, err := os.Create(c.out)
		if err != nil {
			return usagef("cannot write %s: %v", c.out, err)
		}
		defer f.Close()
		out = f
	}
	bw := bufio.NewWriterSize(out, 1<<16)
	s, err := mk(format, bw)
	if err != nil {
		return err
	}
	var errLog *json.Encoder
	if c.errorsFile != "" {
		f, err := os.Create(c.errorsFile)
		if err != nil {
			return usagef("cannot write %s: %v", c.errorsFile, err)
		}
		defer f.Close()
		errLog = json.NewEncoder(f)
	}
	var ents *entityWriter
	if c.entitiesFile != "" {
		f, err := os.Create(c.entitiesFile)
		if err != nil {
			return usagef("cannot write %s: %v", c.entitiesFile, err)
		}
		defer f.Close()
		if ents, err = newEntityWriter(formatOf(c.entitiesFile), f); err != nil {
			return err
		}
	}

	prog := newProgress(stderr, input.Size(files), c.quiet)
	rd := &input.Reader{Fields: c.fields, Stdin: stdin}
	var base int64 // bytes of the files already read, for progress
	src := func(yield func(input.Item) bool) error {
		for _, file := range files {
			rd.Counted = func(n int64) { prog.bytes(base + n) }
			ok := true
			err := rd.ReadFile(file, func(it input.Item) bool {
				if c.lang != "" && it.Doc != nil {
					it.Doc.Lang = c.lang
				}
				ok = yield(it)
				return ok
			})
			if err != nil {
				return usageError{err}
			}
			if st, err := os.Stat(file); err == nil && file != "-" {
				base += st.Size()
			}
			if !ok {
				return nil
			}
		}
		return nil
	}
	st, err := batch.Run(ctx, x, c.workers, src, func(r batch.Result) error {
		prog.doc()
		if r.Err != nil {
			id := ""
			if r.Item.Doc != nil && r.Item.Doc.ID != "" {
				id = " (document " + r.Item.Doc.ID + ")"
			}
			prog.clear()
			fmt.Fprintf(stderr, "dipex: skipped%s: %v\n", id, r.Err)
			if errLog != nil {
				rec := map[string]string{"src": r.Item.Src, "error": r.Err.Error()}
				if r.Item.Doc != nil {
					rec["id"] = r.Item.Doc.ID
				}
				errLog.Encode(rec)
			}
			return nil
		}
		if ents != nil {
			if err := ents.write(r.Res.Entities()); err != nil {
				return fmt.Errorf("writing %s: %w", c.entitiesFile, err)
			}
		}
		if err := s.each(r.Res); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return nil
	})
	prog.finish()
	if err != nil {
		return err
	}
	if err := s.done(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if ents != nil {
		if err := ents.close(); err != nil {
			return fmt.Errorf("writing %s: %w", c.entitiesFile, err)
		}
	}
	if !c.quiet {
		fmt.Fprintf(stderr, "dipex: %d documents read, %d extracted, %d failed; %d triples; %.1f MB in %.1fs (%.2f MB/s)\n",
			st.Read, st.Extracted, st.Failed, st.Triples, float64(st.Bytes)/1e6, st.Elapsed.Seconds(), st.MBps())
	}
	if c.strict && st.Failed > 0 {
		return findingsError{fmt.Sprintf("%d documents failed (--strict)", st.Failed)}
	}
	return nil
}

// formatOf picks an output format from a file name's extension.
func formatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return "json"
	case ".csv":
		return "csv"
	case ".tsv", ".tab":
		return "tsv"
	case ".xlsx":
		return "xlsx"
	}
	return "jsonl"
}
