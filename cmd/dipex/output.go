package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"dipex/extract"
)

// writer writes triples in one output format.
type writer interface {
	write(t *extract.Triple) error
	close() error
}

func newWriter(format string, w io.Writer, bom bool) (writer, error) {
	switch format {
	case "jsonl", "":
		return &jsonlWriter{enc: newEncoder(w)}, nil
	case "json":
		return &jsonWriter{w: w}, nil
	case "csv", "tsv":
		return newTableWriter(w, format, bom, Columns)
	case "xlsx":
		return newXLSXWriter(w)
	}
	return nil, usagef("unknown --format %q: use jsonl, json, csv, tsv or xlsx", format)
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
	w io.Writer
	n int
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

// Columns is the stable column order of CSV, TSV and XLSX output: the triple's fields flattened.
var Columns = []string{"doc", "relation", "modality",
	"subject_id", "subject_name", "subject_type", "subject_text", "subject_start", "subject_end", "subject_match",
	"object_id", "object_name", "object_type", "object_text", "object_start", "object_end", "object_match",
	"content", "trigger_text", "trigger_start", "trigger_end", "place", "date", "sentence", "rule", "confidence", "meta"}

// EntityColumns is the column order of entity mentions as CSV, TSV or an XLSX sheet.
var EntityColumns = []string{"doc", "id", "name", "type", "country", "text", "start", "end", "match", "title", "stands_for", "sentence", "confidence"}

// tableWriter writes CSV (RFC 4180 quoting) or TSV with a header row.
type tableWriter struct {
	cw *csv.Writer
}

func newTableWriter(w io.Writer, format string, bom bool, header []string) (*tableWriter, error) {
	if bom {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return nil, err
		}
	}
	cw := csv.NewWriter(w)
	if format == "tsv" {
		cw.Comma = '\t'
	}
	return &tableWriter{cw: cw}, cw.Write(header)
}

func (tw *tableWriter) write(t *extract.Triple) error { return tw.cw.Write(row(t)) }

func (tw *tableWriter) close() error {
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
	return append(r, t.Content, t.Trigger.Text, strconv.Itoa(t.Trigger.Start), strconv.Itoa(t.Trigger.End),
		t.Place, t.Date, t.Sentence, t.Rule, strconv.FormatFloat(t.Confidence, 'f', -1, 64), meta)
}

// entityRow flattens a mention in the order of EntityColumns.
func entityRow(e extract.Entity) []string {
	return []string{e.Doc, e.ID, e.Name, e.Type, e.Country, e.Text, strconv.Itoa(e.Start), strconv.Itoa(e.End),
		e.Match, e.Title, e.StandsFor, strconv.Itoa(e.Sentence), strconv.FormatFloat(e.Confidence, 'f', -1, 64)}
}

// entityWriter writes mentions as JSON Lines, CSV or TSV.
type entityWriter struct {
	enc *json.Encoder
	tw  *tableWriter
}

func newEntityWriter(format string, w io.Writer) (*entityWriter, error) {
	switch format {
	case "jsonl", "json":
		return &entityWriter{enc: newEncoder(w)}, nil
	case "csv", "tsv":
		tw, err := newTableWriter(w, format, false, EntityColumns)
		return &entityWriter{tw: tw}, err
	}
	return nil, usagef("entities are written as .jsonl, .csv or .tsv, not %s", format)
}

func (ew *entityWriter) write(es []extract.Entity) error {
	for _, e := range es {
		var err error
		if ew.enc != nil {
			err = ew.enc.Encode(e)
		} else {
			err = ew.tw.cw.Write(entityRow(e))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (ew *entityWriter) close() error {
	if ew.tw != nil {
		return ew.tw.close()
	}
	return nil
}

// xlsxWriter writes a workbook with a "triples" sheet and an "entities" sheet through
// excelize's stream writer, so rows are not held in memory.
type xlsxWriter struct {
	w                io.Writer
	f                *excelize.File
	triples, ents    *excelize.StreamWriter
	tripleRow, entRw int
}

// Excel's limits: a cell holds at most 32,767 characters, a sheet 1,048,576 rows.
const (
	maxCell = 32767
	maxRows = 1 << 20
)

func newXLSXWriter(w io.Writer) (*xlsxWriter, error) {
	f := excelize.NewFile()
	xw := &xlsxWriter{w: w, f: f, tripleRow: 1, entRw: 1}
	if err := f.SetSheetName("Sheet1", "triples"); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet("entities"); err != nil {
		return nil, err
	}
	var err error
	if xw.triples, err = f.NewStreamWriter("triples"); err != nil {
		return nil, err
	}
	if xw.ents, err = f.NewStreamWriter("entities"); err != nil {
		return nil, err
	}
	if err := xw.add(xw.triples, &xw.tripleRow, Columns); err != nil {
		return nil, err
	}
	return xw, xw.add(xw.ents, &xw.entRw, EntityColumns)
}

func (xw *xlsxWriter) add(sw *excelize.StreamWriter, n *int, cells []string) error {
	if *n > maxRows {
		return fmt.Errorf("more than %d rows: Excel cannot hold them; write CSV instead (--format csv)", maxRows)
	}
	vals := make([]any, len(cells))
	for i, c := range cells {
		if len(c) > maxCell {
			c = c[:maxCell]
		}
		vals[i] = c
	}
	cell, err := excelize.CoordinatesToCellName(1, *n)
	if err != nil {
		return err
	}
	*n++
	return sw.SetRow(cell, vals)
}

func (xw *xlsxWriter) write(t *extract.Triple) error {
	return xw.add(xw.triples, &xw.tripleRow, row(t))
}

func (xw *xlsxWriter) entities(es []extract.Entity) error {
	for _, e := range es {
		if err := xw.add(xw.ents, &xw.entRw, entityRow(e)); err != nil {
			return err
		}
	}
	return nil
}

func (xw *xlsxWriter) close() error {
	if err := xw.triples.Flush(); err != nil {
		return err
	}
	if err := xw.ents.Flush(); err != nil {
		return err
	}
	_, err := xw.f.WriteTo(xw.w)
	return err
}
