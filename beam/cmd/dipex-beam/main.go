// Command dipex-beam runs dipex's extractor as an Apache Beam pipeline: locally on Beam's Prism
// runner (the default), or on Flink, Spark or Google Cloud Dataflow with Beam's --runner flags.
// It writes the same triples as dipex extract, as sharded JSON Lines, and the documents that
// failed, with the reason, as dead letters.
//
//	dipex-beam --input 'data/*.jsonl.gz' --output out/triples --dead-letter out/failed
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"dipex/beam/pipeline"
	"dipex/input"
)

const usage = `Usage: dipex-beam --input PATTERN --output PREFIX --dead-letter PREFIX [flags] [Beam flags]

Runs dipex extract's extraction as an Apache Beam pipeline. PATTERN is a glob on any
filesystem Beam has (a local path, gs://bucket/..., s3://bucket/...) of JSON Lines files
(.jsonl, .ndjson: a document per line, as dipex extract reads them) or text files (.txt,
.text: one document each, its id the path), gzipped or not. Triples are written as JSON Lines
to PREFIX-00000-of-NNNNN.jsonl, ...; documents that failed go to the dead-letter files as
{"error", "id", "src"}. Counters documents_read, documents_extracted, documents_failed and
triples (namespace dipex) show in the runner's metrics and in the summary.

The runner is Prism, in this process, unless --runner says otherwise: --runner=flink or
--runner=spark with --endpoint=HOST:PORT of the job server, --runner=dataflow with --project,
--region, --staging_location and --temp_location. Exit status: 0 when the pipeline succeeds,
1 when it fails, 2 for a usage or configuration error.

Flags:
`

const beamFlags = `
Beam's flags, for all runners, include --runner (prism, flink, spark, dataflow), --endpoint,
--environment_type, --job_name, --async, and for Dataflow --project, --region,
--staging_location, --temp_location, --num_workers, --max_num_workers and
--worker_machine_type; README.md shows each runner's command.
`

// config is what dipex-beam's own flags say.
type config struct {
	inputs, gazetteers, rules  listFlag
	output, deadLetter         string
	shards, deadLetterShards   int
	noDefaultGaz, noDefaultRul bool
	lang                       string
	fields                     input.Fields
}

// listFlag is a flag that may be given several times, each a comma-separated list.
type listFlag []string

func (l *listFlag) String() string     { return fmt.Sprint(*l) }
func (l *listFlag) Set(v string) error { *l = append(*l, pipeline.SplitList(v)...); return nil }

func defineFlags(fs *flag.FlagSet) *config {
	c := &config{}
	fs.Var(&c.inputs, "input", "read the files matching `PATTERN` (repeatable, or comma-separated)")
	fs.StringVar(&c.output, "output", "", "write the triples to `PREFIX`-00000-of-NNNNN.jsonl, ...")
	fs.StringVar(&c.deadLetter, "dead-letter", "", "write the documents that failed to `PREFIX`-00000-of-NNNNN.jsonl, ...")
	fs.IntVar(&c.shards, "shards", 8, "number of triples files")
	fs.IntVar(&c.deadLetterShards, "dead-letter-shards", 1, "number of dead-letter files")
	fs.Var(&c.gazetteers, "gazetteer", "add gazetteer YAML `FILE|DIR` to the built-in data (repeatable)")
	fs.BoolVar(&c.noDefaultGaz, "no-default-gazetteer", false, "use only the --gazetteer files, not the built-in data")
	fs.Var(&c.rules, "rules", "add rules YAML `FILE|DIR` to the built-in rules (repeatable)")
	fs.BoolVar(&c.noDefaultRul, "no-default-rules", false, "use only the --rules files, not the built-in rules")
	fs.StringVar(&c.lang, "lang", "", "language of every document (de, en); default: the input's lang field, else detected")
	c.fields.Flags(fs)
	return c
}

func main() {
	own := flag.NewFlagSet("dipex-beam", flag.ExitOnError)
	c := defineFlags(own)
	// Beam reads its runner flags from the command line's flag set: dipex-beam's join them there.
	own.VisitAll(func(f *flag.Flag) { flag.Var(f.Value, f.Name, f.Usage) })
	flag.Usage = func() {
		own.SetOutput(flag.CommandLine.Output())
		fmt.Fprint(own.Output(), usage)
		own.PrintDefaults()
		fmt.Fprint(own.Output(), beamFlags)
	}
	flag.Parse()
	beam.Init() // on a worker, this runs the worker harness and does not return
	os.Exit(run(context.Background(), c, flag.Args(), os.Stderr))
}

// run builds and runs the pipeline and returns the exit status.
func run(ctx context.Context, c *config, args []string, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "dipex-beam: unexpected argument %q: name input files with --input\n", args[0])
		return 2
	}
	data, err := pipeline.LoadData(c.gazetteers, c.rules, c.noDefaultGaz, c.noDefaultRul)
	if err != nil {
		fmt.Fprintf(stderr, "dipex-beam: %v\n", err)
		return 2
	}
	p, err := pipeline.New(ctx, pipeline.Options{
		Inputs: c.inputs, Output: c.output, DeadLetter: c.deadLetter,
		Shards: c.shards, DeadLetterShards: c.deadLetterShards,
		Data: data, Fields: c.fields, Lang: c.lang,
	})
	if err != nil {
		fmt.Fprintf(stderr, "dipex-beam: %v\n(dipex-beam -h lists the flags)\n", err)
		return 2
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(stderr, "dipex-beam: the pipeline failed: %v\n", err)
		return 1
	}
	if counts, ok := pipeline.CountsOf(res); ok {
		fmt.Fprintf(stderr, "dipex-beam: %v\n", counts)
	}
	return 0
}
