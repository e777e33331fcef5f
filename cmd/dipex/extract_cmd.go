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

Documents are extracted on all cores (-j) and written in input order. A document or file
that cannot be read or extracted (a file that cannot be opened, bad JSON, no id or text, not
UTF-8, binary, empty, a truncated gzip file) is reported on stderr with its file, line and id,
and the run goes on; a summary follows at the end. -o and --entities files are written under
a temporary name and replace the file only when the run ends. On Ctrl-C (or SIGTERM) reading
stops, the documents done are written and the summary says "interrupted". Exit status: 0 when
the run completes (1 with --strict if a document failed, or when interrupted), 2 for a usage
or configuration error.

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
	fs.StringVar(&c.out, "o", "", "write to `FILE` instead of standard output (- is standard output)")
	fs.StringVar(&c.lang, "lang", "", "language of every document (de, en); default: the input's lang field, else detected")
	c.dataFlags(fs)
	fs.IntVar(&c.workers, "j", 0, "extract on `N` goroutines (default: one per CPU)")
	c.fields.Flags(fs)
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
	var extra []*gazetteer.File
	if len(c.gazetteers) > 0 {
		fs, err := gazetteer.ReadPaths(c.gazetteers...)
		if err != nil {
			return nil, usageError{fmt.Errorf("gazetteer:\n%w", err)}
		}
		extra = fs
	}
	g, err := gazetteer.Load(extra, c.noDefaultGaz)
	if err != nil {
		return nil, usageError{fmt.Errorf("gazetteer:\n%w", err)}
	}
	return g, nil
}

func (c *extractConfig) rules() (*rules.Engine, error) {
	var extra []*rules.File
	if len(c.ruleDir) > 0 {
		fs, err := rules.ReadPaths(c.ruleDir...)
		if err != nil {
			return nil, usageError{fmt.Errorf("rules:\n%w", err)}
		}
		extra = fs
	}
	e, err := rules.Load(extra, c.noDefaultRules)
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
	if err := checkFormat(c.outFormat()); err != nil {
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

// outFormat is the output format: --format, else from -o's extension.
func (c *extractConfig) outFormat() string {
	if c.format != "" {
		return c.format
	}
	return formatOf(c.out)
}

// run reads every document of paths, extracts it on the worker pool, and hands each result, in
// input order, to the sink. Bad documents and files that cannot be opened are reported and
// counted; the run goes on. Output files are written under a temporary name and renamed when
// the run ends, so a failed run leaves an earlier file as it was. On SIGINT or SIGTERM, reading
// stops, the documents done are written and the summary says the run was interrupted.
func (c *extractConfig) run(ctx context.Context, paths []string, stdin io.Reader, stdout, stderr io.Writer, mk sink) error {
	files, err := input.Expand(paths)
	if err != nil {
		return usageError{err}
	}
	// ("-" is standard output, where the triples go: no file of that name.)
	if c.out == "-" {
		c.out = ""
	}
	for _, o := range []struct{ flag, path string }{{"--entities", c.entitiesFile}, {"--errors", c.errorsFile}} {
		if o.path == "-" {
			return usagef("%s - would mix with the triples on standard output: give a file name (dipex entities writes the mentions alone to standard output)", o.flag)
		}
	}
	if c.entitiesFile != "" {
		if err := checkEntityFormat(formatOf(c.entitiesFile)); err != nil {
			return err
		}
	}
	for _, o := range []struct{ flag, path string }{{"-o", c.out}, {"--entities", c.entitiesFile}, {"--errors", c.errorsFile}} {
		if in := inputAt(o.path, files); in != "" {
			return usagef("%s %s is the input %s: it would be overwritten; write elsewhere", o.flag, o.path, in)
		}
	}
	x, err := c.extractor()
	if err != nil {
		return err
	}

	out := stdout
	if c.out != "" {
		f, err := createAtomic(c.out)
		if err != nil {
			return usagef("cannot write %s: %v", c.out, err)
		}
		defer f.abort()
		out = f
	}
	bw := bufio.NewWriterSize(out, 1<<16)
	s, err := mk(c.outFormat(), bw)
	if err != nil {
		return err
	}
	var ents *entityWriter
	var entsBuf *bufio.Writer
	var entsFile *atomicFile
	if c.entitiesFile != "" {
		if entsFile, err = createAtomic(c.entitiesFile); err != nil {
			return usagef("cannot write %s: %v", c.entitiesFile, err)
		}
		defer entsFile.abort()
		entsBuf = bufio.NewWriterSize(entsFile, 1<<16)
		if ents, err = newEntityWriter(formatOf(c.entitiesFile), entsBuf, c.bom); err != nil {
			return err
		}
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

	prog := newProgress(stderr, input.Size(files), c.quiet)
	rd := &input.Reader{Fields: c.fields, Stdin: stdin}
	var base, last int64 // bytes of the files already read, and of the current one, for progress
	rd.Counted = func(n int64) { last = n; prog.bytes(base + n) }
	src := func(yield func(input.Item) bool) error {
		for _, file := range files {
			ok := true
			err := rd.ReadFile(file, func(it input.Item) bool {
				if c.lang != "" && it.Doc != nil {
					it.Doc.Lang = c.lang
				}
				ok = yield(it)
				return ok
			})
			if err != nil {
				ok = yield(input.Item{Src: file, Err: err}) // cannot be opened: a failed item
			}
			base, last = base+last, 0
			if !ok {
				return nil
			}
		}
		return nil
	}
	st, runErr := batch.Run(ctx, x, c.workers, src, func(r batch.Result) error {
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
	interrupted := runErr != nil && ctx.Err() != nil
	if interrupted {
		runErr = nil
	}

	// Whatever happened, end what was written: complete records, a closed array.
	keep := func(err error) {
		if runErr == nil && err != nil {
			runErr = err
		}
	}
	if err := s.done(); err != nil {
		keep(fmt.Errorf("writing output: %w", err))
	}
	keep(wrapErr("writing output", bw.Flush()))
	if ents != nil {
		keep(wrapErr("writing "+c.entitiesFile, ents.close()))
		keep(wrapErr("writing "+c.entitiesFile, entsBuf.Flush()))
	}
	if runErr == nil {
		if f, ok := out.(*atomicFile); ok {
			keep(wrapErr("writing "+c.out, f.commit()))
		}
		if entsFile != nil {
			keep(wrapErr("writing "+c.entitiesFile, entsFile.commit()))
		}
	}
	if !c.quiet || interrupted {
		state := ""
		if interrupted {
			state = "interrupted: "
		}
		fmt.Fprintf(stderr, "dipex: %s%d documents read, %d extracted, %d failed; %d triples; %.1f MB in %.1fs (%.2f MB/s)\n",
			state, st.Read(), st.Extracted, st.Failed, st.Triples, float64(st.Bytes)/1e6, st.Elapsed.Seconds(), st.MBps())
	}
	switch {
	case runErr != nil:
		return runErr
	case interrupted:
		return findingsError{"interrupted: the output holds the documents done before"}
	case c.strict && st.Failed > 0:
		return findingsError{fmt.Sprintf("%d documents failed (--strict)", st.Failed)}
	}
	return nil
}

// wrapErr prefixes err with what was being done, or is nil.
func wrapErr(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", what, err)
}

// inputAt returns the input of files that path is (the same file, however named), or "".
func inputAt(path string, files []string) string {
	if path == "" {
		return ""
	}
	out, err := os.Stat(path)
	if err != nil {
		return "" // not there yet: not an input
	}
	for _, f := range files {
		if f == "-" {
			continue
		}
		if in, err := os.Stat(f); err == nil && os.SameFile(out, in) {
			return f
		}
	}
	return ""
}

// atomicFile is an output written under a temporary name in its directory and renamed to its
// path by commit; abort removes it, leaving whatever was at the path as it was.
type atomicFile struct {
	*os.File
	path string
	done bool
}

func createAtomic(path string) (*atomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, unwrapPath(err)
	}
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	if err := f.Chmod(mode); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return &atomicFile{File: f, path: path}, nil
}

// commit closes the file and renames it to its path.
func (a *atomicFile) commit() error {
	if err := a.Close(); err != nil {
		return err
	}
	if err := os.Rename(a.Name(), a.path); err != nil {
		return err
	}
	a.done = true
	return nil
}

// abort removes the file unless it was committed.
func (a *atomicFile) abort() {
	if !a.done {
		a.Close()
		os.Remove(a.Name())
	}
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
