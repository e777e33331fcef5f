// Package pipeline runs dipex's extractor as an Apache Beam pipeline, so that the same
// extraction as dipex extract runs on one machine (Beam's Prism runner) or on a cluster (Flink,
// Spark, Google Cloud Dataflow).
//
// The pipeline matches the input patterns on any filesystem Beam has (local paths, gs://,
// s3://); reads each file into records, a record per line of a JSON Lines file (.jsonl,
// .ndjson) and one per text file (.txt, .text), gzipped or not; reshuffles the records so that
// extraction spreads over all workers whatever the number of files; parses and extracts each
// with the extractor built once per worker; and writes the triples as sharded JSON Lines, in
// the encoding of dipex extract, with a dead-letter output of the documents that failed and
// why. Counters in the namespace "dipex" count documents read, extracted and failed, and triples.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	// The filesystems the pipeline reads and writes.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"

	"dipex/input"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Record)(nil)).Elem())
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Record), func(string), error](&readFn{})
	register.DoFn4x1[context.Context, Record, func(string), func(string), error](&extractFn{})
	register.DoFn1x2[string, int, string](&shardFn{})
	register.Function1x2(selfKey)
	register.DoFn4x1[context.Context, int, func(*int) bool, func(*string) bool, error](&writeFn{})
	register.Emitter1[Record]()
	register.Emitter1[string]()
	register.Iter1[int]()
	register.Iter1[string]()
}

// Options is what a run reads, writes and extracts with.
type Options struct {
	// Inputs are file patterns (globs) on any filesystem Beam has: data/*.jsonl.gz,
	// gs://bucket/news/*.jsonl, s3://bucket/news/*.txt.
	Inputs []string
	// Output is the prefix of the triples' shards: Output-00000-of-00008.jsonl, ...
	Output string
	// DeadLetter is the prefix of the failed documents' shards.
	DeadLetter string
	// Shards and DeadLetterShards are the numbers of files of each output (at least 1).
	Shards, DeadLetterShards int
	// Data is the gazetteer and rules, from LoadData.
	Data Data
	// Fields names the JSON fields of a document (input.DefaultFields when zero).
	Fields input.Fields
	// Lang, when set, is the language of every document.
	Lang string
}

// Check reports what is wrong with the options, and checks that every input pattern matches
// at least one file, so that a typo stops the launch rather than a run over nothing.
func (o *Options) Check(ctx context.Context) error {
	var errs []error
	if len(o.Inputs) == 0 {
		errs = append(errs, errors.New("no --input: name the files to read (a pattern such as data/*.jsonl.gz)"))
	}
	if o.Output == "" {
		errs = append(errs, errors.New("no --output: name the prefix of the triples' files (out/triples)"))
	}
	if o.DeadLetter == "" {
		errs = append(errs, errors.New("no --dead-letter: name the prefix of the failed documents' files (out/failed)"))
	}
	if o.Shards < 1 || o.DeadLetterShards < 1 {
		errs = append(errs, errors.New("--shards and --dead-letter-shards must be at least 1"))
	}
	for _, p := range o.Inputs {
		if err := matches(ctx, p); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// matches checks that pattern names at least one file.
func matches(ctx context.Context, pattern string) error {
	fs, err := filesystem.New(ctx, pattern)
	if err != nil {
		return fmt.Errorf("--input %s: %v", pattern, err)
	}
	defer fs.Close()
	files, err := fs.List(ctx, pattern)
	if err != nil {
		return fmt.Errorf("--input %s: %v", pattern, err)
	}
	if len(files) == 0 {
		return fmt.Errorf("--input %s: no file matches", pattern)
	}
	return nil
}

// New checks the options and returns the pipeline.
func New(ctx context.Context, o Options) (*beam.Pipeline, error) {
	if err := o.Check(ctx); err != nil {
		return nil, err
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, o)
	return p, nil
}

// Build adds the pipeline to scope s: read, reshuffle, extract, write triples and dead letters.
func Build(s beam.Scope, o Options) {
	if o.Fields.ID == "" {
		o.Fields = input.DefaultFields
	}
	s = s.Scope("dipex")
	files := fileio.ReadMatches(s, fileio.MatchAll(s, beam.CreateList(s, o.Inputs)), fileio.ReadUncompressed())
	records, readFailed := beam.ParDo2(s, &readFn{}, files)
	records = beam.Reshuffle(s, records)
	triples, failed := beam.ParDo2(s, &extractFn{Data: o.Data, Fields: o.Fields, Lang: o.Lang}, records)
	writeShards(s.Scope("Triples"), o.Output, o.Shards, triples)
	writeShards(s.Scope("DeadLetters"), o.DeadLetter, o.DeadLetterShards, beam.Flatten(s, readFailed, failed))
}

// Counts are a run's counters.
type Counts struct {
	Read, Extracted, Failed, Triples int64
}

// String is the run's summary line, in the words of dipex extract's.
func (c Counts) String() string {
	return fmt.Sprintf("%d documents read, %d extracted, %d failed; %d triples", c.Read, c.Extracted, c.Failed, c.Triples)
}

// CountsOf sums the pipeline's counters over the steps that report them. It returns false when
// the runner gave no metrics (an --async submission, whose result panics when asked for them).
func CountsOf(r beam.PipelineResult) (c Counts, ok bool) {
	if r == nil {
		return Counts{}, false
	}
	defer func() {
		if recover() != nil {
			c, ok = Counts{}, false
		}
	}()
	to := map[string]*int64{
		"documents_read": &c.Read, "documents_extracted": &c.Extracted,
		"documents_failed": &c.Failed, "triples": &c.Triples,
	}
	for _, m := range r.Metrics().AllMetrics().Counters() {
		if v := to[m.Key.Name]; v != nil && m.Key.Namespace == Namespace {
			*v += m.Result()
		}
	}
	return c, true
}

// SplitList splits comma-separated values, dropping blanks: "a.jsonl, b.txt" is two.
func SplitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}
