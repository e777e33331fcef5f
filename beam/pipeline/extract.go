package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"dipex/extract"
	"dipex/input"
)

// The counters of a run, in the runner's metrics under the namespace "dipex". Every document
// read is extracted or failed: documents_read = documents_extracted + documents_failed.
var (
	documentsRead      = beam.NewCounter(Namespace, "documents_read")
	documentsExtracted = beam.NewCounter(Namespace, "documents_extracted")
	documentsFailed    = beam.NewCounter(Namespace, "documents_failed")
	triplesWritten     = beam.NewCounter(Namespace, "triples")
)

// Namespace is the metrics namespace of the pipeline's counters.
const Namespace = "dipex"

// extractFn parses records into documents and extracts their triples with the extractor Data
// describes, built once per worker process in Setup. It emits each triple as a JSON line, in
// the encoding of dipex extract, and each failed document as a dead letter.
type extractFn struct {
	Data   Data
	Fields input.Fields
	Lang   string // when set, the language of every document, as dipex extract's --lang

	x *extract.Extractor
}

// Setup builds the extractor, or finds the one this process built already.
func (f *extractFn) Setup() error {
	x, err := f.Data.Extractor()
	if err != nil {
		return fmt.Errorf("building the extractor: %w", err)
	}
	f.x = x
	return nil
}

// ProcessElement parses and extracts one record.
func (f *extractFn) ProcessElement(ctx context.Context, r Record, emit, dead func(string)) error {
	it, res, ok := f.process(r)
	if !ok {
		return nil // a blank line
	}
	if it.Err != nil {
		fail(ctx, dead, it)
		return nil
	}
	documentsRead.Inc(ctx, 1)
	documentsExtracted.Inc(ctx, 1)
	triplesWritten.Inc(ctx, int64(len(res.Triples)))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i := range res.Triples {
		buf.Reset()
		if err := enc.Encode(&res.Triples[i]); err != nil {
			return fmt.Errorf("%s: encoding a triple: %w", it.Src, err)
		}
		emit(strings.TrimSuffix(buf.String(), "\n"))
	}
	return nil
}

// process parses a record and extracts its document. A panic (a bug) fails that document only.
func (f *extractFn) process(r Record) (it input.Item, res *extract.Result, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			id := ""
			if it.Doc != nil {
				id = it.Doc.ID
			}
			it.Err = fmt.Errorf("document %s: internal error (please report it): %v", id, p)
			res, ok = nil, true
		}
	}()
	if r.Line == 0 {
		it = textItem(r.File, r.Data)
	} else if it, ok = lineItem(f.Fields, r.src(), r.Data); !ok {
		return it, nil, false
	}
	if it.Err != nil {
		return it, nil, true
	}
	if f.Lang != "" {
		it.Doc.Lang = f.Lang
	}
	return it, f.x.Extract(it.Doc), true
}

// lineItem parses one JSON line as dipex extract does.
func lineItem(fields input.Fields, src string, line []byte) (input.Item, bool) {
	return (&input.Reader{Fields: fields}).Parse(src, line)
}

// textItem makes a text file into a document whose id is its path, as dipex extract does.
func textItem(path string, data []byte) input.Item { return input.TextItem(path, path, data) }

// fail counts a document that could not be read or extracted and sends it to the dead letters
// as dipex extract's --errors file writes it: {"error", "id", "src"}, id only when known.
func fail(ctx context.Context, dead func(string), it input.Item) {
	documentsRead.Inc(ctx, 1)
	documentsFailed.Inc(ctx, 1)
	rec := map[string]string{"src": it.Src, "error": it.Err.Error()}
	if it.Doc != nil {
		rec["id"] = it.Doc.ID
	}
	b, _ := json.Marshal(rec) // a map of strings always encodes
	dead(string(b))
}
