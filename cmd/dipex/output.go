package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"dipex/extract"
)

// writer writes triples in one output format.
type writer interface {
	write(t *extract.Triple) error
	close() error
}

// checkFormat tells whether triples can be written in format.
func checkFormat(format string) error {
	switch format {
	case "jsonl", "", "json", "csv", "tsv", "xlsx":
		return nil
	}
	return usagef("unknown --format %q: use jsonl, json, csv, tsv or xlsx", format)
}

func newWriter(format string, w io.Writer, bom bool) (writer, error) {
	if err := checkFormat(format); err != nil {
		return nil, err
	}
	switch format {
	case "json":
		return &jsonWriter{arr: jsonArray{w: w}}, nil
	case "csv", "tsv":
		return newTableWriter(w, format, bom, Columns)
	case "xlsx":
		return newXLSXWriter(w)
	}
	return &jsonlWriter{enc: newEncoder(w)}, nil
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
type jsonWriter struct{ arr jsonArray }

func (j *jsonWriter) write(t *extract.Triple) error { return j.arr.add(t) }
func (j *jsonWriter) close() error                  { return j.arr.end() }

// jsonArray writes values as one JSON array, a value per line.
type jsonArray struct {
	w io.Writer
	n int
}

func (a *jsonArray) add(v any) error {
	sep := ",\n"
	if a.n == 0 {
		sep = "[\n"
	}
	a.n++
	if _, err := io.WriteString(a.w, sep); err != nil {
		return err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = a.w.Write(b)
	return err
}

// end closes the array ("[]" when nothing was added).
func (j *jsonArray) end() error {
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

func party(p *extract.Party) []any {
	if p == nil {
		return []any{"", "", "", "", "", "", ""}
	}
	return []any{p.ID, p.Name, p.Type, p.Text, p.Start, p.End, p.Match}
}

// cells flattens a triple in the order of Columns: strings, and ints and floats for numbers.
func cells(t *extract.Triple) []any {
	r := []any{t.Doc, t.Relation, t.Modality}
	r = append(r, party(t.Subject)...)
	r = append(r, party(t.Object)...)
	meta := ""
	if len(t.Meta) > 0 {
		b, _ := json.Marshal(t.Meta)
		meta = string(b)
	}
	return append(r, t.Content, t.Trigger.Text, t.Trigger.Start, t.Trigger.End,
		t.Place, t.Date, t.Sentence, t.Rule, t.Confidence, meta)
}

// entityCells flattens a mention in the order of EntityColumns.
func entityCells(e extract.Entity) []any {
	return []any{e.Doc, e.ID, e.Name, e.Type, e.Country, e.Text, e.Start, e.End,
		e.Match, e.Title, e.StandsFor, e.Sentence, e.Confidence}
}

// row is a triple's cells as text, for CSV and TSV.
func row(t *extract.Triple) []string { return texts(cells(t)) }

// entityRow is a mention's cells as text, for CSV and TSV.
func entityRow(e extract.Entity) []string { return texts(entityCells(e)) }

func texts(cells []any) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		switch v := c.(type) {
		case string:
			out[i] = v
		case int:
			out[i] = strconv.Itoa(v)
		case float64:
			out[i] = strconv.FormatFloat(v, 'f', -1, 64)
		default:
			out[i] = fmt.Sprint(v)
		}
	}
	return out
}

// entityWriter writes mentions as JSON Lines, a JSON array, CSV or TSV.
type entityWriter struct {
	enc *json.Encoder
	arr *jsonArray
	tw  *tableWriter
}

// checkEntityFormat tells whether mentions can be written in format.
func checkEntityFormat(format string) error {
	switch format {
	case "jsonl", "json", "csv", "tsv":
		return nil
	}
	return usagef("entities are written as .jsonl, .json, .csv or .tsv, not %s", format)
}

// newEntityWriter writes mentions in format; CSV and TSV start with a UTF-8 byte order mark
// if bom is set.
func newEntityWriter(format string, w io.Writer, bom bool) (*entityWriter, error) {
	if err := checkEntityFormat(format); err != nil {
		return nil, err
	}
	switch format {
	case "json":
		return &entityWriter{arr: &jsonArray{w: w}}, nil
	case "csv", "tsv":
		tw, err := newTableWriter(w, format, bom, EntityColumns)
		return &entityWriter{tw: tw}, err
	}
	return &entityWriter{enc: newEncoder(w)}, nil
}

func (ew *entityWriter) write(es []extract.Entity) error {
	for _, e := range es {
		var err error
		switch {
		case ew.enc != nil:
			err = ew.enc.Encode(e)
		case ew.arr != nil:
			err = ew.arr.add(e)
		default:
			err = ew.tw.cw.Write(entityRow(e))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (ew *entityWriter) close() error {
	switch {
	case ew.tw != nil:
		return ew.tw.close()
	case ew.arr != nil:
		return ew.arr.end()
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
	if err := xw.add(xw.triples, &xw.tripleRow, header(Columns)); err != nil {
		return nil, err
	}
	return xw, xw.add(xw.ents, &xw.entRw, header(EntityColumns))
}

func header(cols []string) []any {
	out := make([]any, len(cols))
	for i, c := range cols {
		out[i] = c
	}
	return out
}

// fitCell cuts a text longer than Excel's cell limit to it, by character, ending in "…".
func fitCell(s string) string { return clip(s, maxCell) }

// clip cuts s to at most n characters (runes, never inside one), the last of them "…" when
// it cut.
func clip(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	k := 0
	for i := range s {
		if k == n-1 {
			return s[:i] + "…"
		}
		k++
	}
	return s
}

// add writes a row of cells: numbers stay numbers, texts are fitted to Excel's limit.
func (xw *xlsxWriter) add(sw *excelize.StreamWriter, n *int, cells []any) error {
	if *n > maxRows {
		return fmt.Errorf("more than %d rows: Excel cannot hold them; write CSV instead (--format csv)", maxRows)
	}
	vals := make([]any, len(cells))
	for i, c := range cells {
		if s, ok := c.(string); ok {
			c = fitCell(s)
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
	return xw.add(xw.triples, &xw.tripleRow, cells(t))
}

func (xw *xlsxWriter) entities(es []extract.Entity) error {
	for _, e := range es {
		if err := xw.add(xw.ents, &xw.entRw, entityCells(e)); err != nil {
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
