package pipeline

import (
	"context"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"

	"dipex/extract"
	"dipex/input"
)

// Record is one document as read from a file, before it is parsed: a JSON line (Line > 0, its
// number in the file) or a whole text file (Line 0). Parsing waits until after the reshuffle,
// so that it runs, like extraction, on whichever worker the record lands on.
type Record struct {
	File string
	Line int
	Data []byte
}

// src is where the record came from, as dipex extract names it: file:line, or the file.
func (r Record) src() string {
	if r.Line == 0 {
		return r.File
	}
	return fmt.Sprintf("%s:%d", r.File, r.Line)
}

// readFn reads one matched file into records: a record per line of a JSON Lines file, one
// record for a text file. A file that cannot be read to its end (a truncated or corrupt gzip
// stream) becomes a dead letter, after the lines read before the damage; a file that cannot be
// opened is an error, which the runner retries and then reports.
type readFn struct{}

// ProcessElement reads one file.
func (readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Record), dead func(string)) error {
	path := f.Metadata.Path
	format := input.FormatOf(path)
	if format != input.JSONLines && format != input.Text {
		fail(ctx, dead, input.Item{Src: path, Err: fmt.Errorf(
			"%s: not an input file: dipex-beam reads .jsonl, .ndjson, .txt and .text files, optionally gzipped (.gz)", path)})
		return nil
	}
	rc, err := f.Open(ctx)
	if err != nil {
		return fmt.Errorf("cannot read input %s: %w", path, err)
	}
	defer rc.Close()
	in, err := input.Decompress(rc)
	if err != nil {
		fail(ctx, dead, input.Item{Src: path, Err: fmt.Errorf("%s: not a readable gzip file: %v", path, err)})
		return nil
	}
	if format == input.Text {
		data, err := io.ReadAll(in)
		if err != nil {
			fail(ctx, dead, input.Item{Src: path, Doc: &extract.Document{ID: path}, Err: fmt.Errorf("%s: read error: %v", path, err)})
			return nil
		}
		emit(Record{File: path, Data: data})
		return nil
	}
	line := 0
	for {
		b, err := in.ReadBytes('\n')
		if len(b) > 0 {
			line++
			emit(Record{File: path, Line: line, Data: b})
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			fail(ctx, dead, input.Item{Src: path, Err: fmt.Errorf("%s: cannot read past line %d: %v", path, line, input.ReadError(err))})
			return nil
		}
	}
}
