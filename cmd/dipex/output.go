package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"dipex/extract"
)

// writer writes triples in one output format.
type writer interface {
	write(t *extract.Triple) error
	close() error
}

func newWriter(format string, w io.Writer) (writer, error) {
	switch format {
	case "jsonl", "":
		return &jsonlWriter{enc: newEncoder(w)}, nil
	case "json":
		return &jsonWriter{w: w, enc: newEncoder(w)}, nil
	case "csv":
		return newTableWriter(w, ','), nil
	case "tsv":
		return newTableWriter(w, '\t'), nil
	}
	return nil, usagef("unknown --format %q: use jsonl, json, csv or tsv", format)
}

func newEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

type jsonlWriter struct{ enc *json.Encoder }

func (j *jsonlWriter) write(t *extract.Triple) error { return j.enc.Encode(t) }
func (j *jsonlWriter) close() error                  { return nil }

// jsonWriter writes one JSON array, a triple per line.
type jsonWriter struct {
	w   io.Writer
	enc *json.Encoder
	n   int
}

func (j *jsonWriter) write(t *extract.Triple) error {
	sep := ",\n"
	if j.n == 0 {
		sep = "[\n"
	}
	j.n++
	if _, err := io.WriteString(j.w, sep); err != nil {
		return err
	}
	b, err := json.Marshal(t)
	if err != nil {
		return err
	}
	_, err = j.w.Write(b)
	return err
}

func (j *jsonWriter) close() error {
	if j.n == 0 {
		_, err := io.WriteString(j.w, "[]\n")
		return err
	}
	_, err := io.WriteString(j.w, "\n]\n")
	return err
}

// Columns is the stable column order of CSV and TSV output: the triple's fields flattened.
var Columns = []string{"doc", "relation", "modality",
	"subject_id", "subject_name", "subject_type", "subject_text", "subject_start", "subject_end", "subject_match",
	"object_id", "object_name", "object_type", "object_text", "object_start", "object_end", "object_match",
	"content", "trigger_text", "trigger_start", "trigger_end", "place", "date", "sentence", "rule", "confidence", "meta"}

// tableWriter writes CSV (RFC 4180 quoting) or TSV with a header row.
type tableWriter struct {
	cw     *csv.Writer
	header bool
}

func newTableWriter(w io.Writer, comma rune) *tableWriter {
	cw := csv.NewWriter(w)
	cw.Comma = comma
	return &tableWriter{cw: cw}
}

func (tw *tableWriter) write(t *extract.Triple) error {
	if !tw.header {
		tw.header = true
		if err := tw.cw.Write(Columns); err != nil {
			return err
		}
	}
	return tw.cw.Write(row(t))
}

func (tw *tableWriter) close() error {
	if !tw.header {
		tw.header = true
		tw.cw.Write(Columns)
	}
	tw.cw.Flush()
	return tw.cw.Error()
}

func party(p *extract.Party) []string {
	if p == nil {
		return make([]string, 7)
	}
	return []string{p.ID, p.Name, p.Type, p.Text, strconv.Itoa(p.Start), strconv.Itoa(p.End), p.Match}
}

// row flattens a triple in the order of Columns.
func row(t *extract.Triple) []string {
	r := []string{t.Doc, t.Relation, t.Modality}
	r = append(r, party(t.Subject)...)
	r = append(r, party(t.Object)...)
	meta := ""
	if len(t.Meta) > 0 {
		b, _ := json.Marshal(t.Meta)
		meta = string(b)
	}
	r = append(r, t.Content, t.Trigger.Text, strconv.Itoa(t.Trigger.Start), strconv.Itoa(t.Trigger.End),
		t.Place, t.Date, t.Sentence, t.Rule, fmt.Sprint(t.Confidence), meta)
	return r
}
