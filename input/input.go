// Package input reads the documents dipex extracts from: .txt files (one document each), JSON
// Lines (.jsonl, .ndjson: a document per line), JSON arrays (.json), each optionally gzipped
// (.gz), directories of those (recursively), and standard input. It streams: lines of any
// length, one document in memory at a time. A document that cannot be read (bad JSON, no id
// or text, not UTF-8, binary, empty, a truncated gzip stream) is reported as an Item with an
// error that names the file and line; reading goes on with the next one.
package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dipex/extract"
)

// Fields says which input fields hold what; Keep lists fields carried into the output's meta.
type Fields struct {
	ID, Text, Date, Lang, URL string
	Keep                      []string
}

// DefaultFields are the field names of the documented input format.
var DefaultFields = Fields{ID: "id", Text: "text", Date: "date", Lang: "lang", URL: "url"}

// Flags defines on fs the flags that name the input's fields (--id-field, --text-field,
// --date-field, --lang-field, --url-field) and the fields to carry into the output
// (--keep-fields), with DefaultFields as defaults; parsing them fills f.
func (f *Fields) Flags(fs *flag.FlagSet) {
	d := DefaultFields
	fs.StringVar(&f.ID, "id-field", d.ID, "JSON `field` that holds a document's id")
	fs.StringVar(&f.Text, "text-field", d.Text, "JSON `field` that holds a document's text")
	fs.StringVar(&f.Date, "date-field", d.Date, "JSON `field` that holds a document's date (YYYY-MM-DD...)")
	fs.StringVar(&f.Lang, "lang-field", d.Lang, "JSON `field` that holds a document's language")
	fs.StringVar(&f.URL, "url-field", d.URL, "JSON `field` that holds a document's URL")
	fs.Func("keep-fields", "comma-separated input `fields` to carry into each triple's meta (e.g. url,source)", func(s string) error {
		f.Keep = f.Keep[:0]
		for _, k := range strings.Split(s, ",") {
			if k = strings.TrimSpace(k); k != "" {
				f.Keep = append(f.Keep, k)
			}
		}
		return nil
	})
}

// Item is one document read, or the reason one could not be read.
type Item struct {
	Doc   *extract.Document
	Src   string // file:line (or the file) it came from
	Err   error  // non-nil: a bad document; Doc may still carry its id
	Bytes int64  // input bytes it took
}

// Format is how a file is read.
type Format string

// The input formats.
const (
	Text      Format = "txt"
	JSONLines Format = "jsonl"
	JSONArray Format = "json"
)

// FormatOf tells the format of a path from its extension (after a .gz), or "" if it is not an
// input file.
func FormatOf(path string) Format {
	p := strings.ToLower(path)
	p = strings.TrimSuffix(p, ".gz")
	switch filepath.Ext(p) {
	case ".jsonl", ".ndjson":
		return JSONLines
	case ".json":
		return JSONArray
	case ".txt", ".text":
		return Text
	}
	return ""
}

// Expand turns the command line's paths into the files to read: directories are walked
// recursively for input files in name order; "-" is standard input; no path means standard
// input. A path that does not exist is an error, reported before anything is read.
func Expand(paths []string) ([]string, error) {
	if len(paths) == 0 {
		return []string{"-"}, nil
	}
	var files []string
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("cannot read input %s: %w", p, unwrap(err))
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && FormatOf(path) != "" {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("cannot read directory %s: %w", p, err)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

// Size returns the total size in bytes of the files (0 when one is standard input), for
// progress and ETA.
func Size(files []string) int64 {
	var n int64
	for _, f := range files {
		if f == "-" {
			return 0
		}
		if st, err := os.Stat(f); err == nil {
			n += st.Size()
		}
	}
	return n
}

// unwrap drops the path from an os error: the message names it already.
func unwrap(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// Reader reads documents with a field mapping.
type Reader struct {
	Fields Fields
	Stdin  io.Reader
	// Counted is called with the number of raw (possibly compressed) bytes read so far, for
	// progress. It may be nil.
	Counted func(n int64)
}

// ReadFile sends every document of file to yield, in order, and stops early when yield returns
// false. Its error is for a file that cannot be opened at all; problems inside a file are Items.
func (r *Reader) ReadFile(file string, yield func(Item) bool) error {
	var src io.Reader
	name := file
	if file == "-" {
		src, name = r.Stdin, "stdin"
	} else {
		f, err := os.Open(file)
		if err != nil {
			return fmt.Errorf("cannot read input %s: %w", file, unwrap(err))
		}
		defer f.Close()
		src = f
	}
	bin, err := Decompress(&countingReader{r: src, counted: r.Counted})
	if err != nil {
		yield(Item{Src: name, Err: fmt.Errorf("%s: not a readable gzip file: %v", name, err)})
		return nil
	}
	format := FormatOf(file)
	if file == "-" || format == "" {
		format = sniff(bin)
	} else if format == JSONArray && sniff(bin) == JSONLines {
		format = JSONLines // a .json file of objects, not an array: JSON Lines
	}
	switch format {
	case JSONLines:
		r.readLines(name, bin, yield)
	case JSONArray:
		r.readArray(name, bin, yield)
	default:
		r.readText(file, name, bin, yield)
	}
	return nil
}

// Decompress returns a buffered reader of r's content, decompressed when it starts with gzip's
// magic bytes, whatever the file's name.
func Decompress(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if b, err := br.Peek(2); err == nil && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, err
		}
		return bufio.NewReaderSize(zr, 1<<16), nil
	}
	return br, nil
}

// sniff tells JSON Lines ("{"), a JSON array ("[") and text apart by the first bytes.
func sniff(br *bufio.Reader) Format {
	b, _ := br.Peek(512)
	s := strings.TrimLeft(strings.TrimPrefix(string(b), "\ufeff"), " \t\r\n")
	switch {
	case strings.HasPrefix(s, "{"):
		return JSONLines
	case strings.HasPrefix(s, "["):
		return JSONArray
	}
	return Text
}

type countingReader struct {
	r       io.Reader
	n       int64
	counted func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.counted != nil && n > 0 {
		c.counted(c.n)
	}
	return n, err
}

// readText reads a whole file as one document whose id is its path.
func (r *Reader) readText(file, name string, br *bufio.Reader, yield func(Item) bool) {
	data, err := io.ReadAll(br)
	id := file
	if file == "-" {
		id = "stdin"
	}
	if err != nil {
		yield(Item{Src: name, Doc: &extract.Document{ID: id}, Err: fmt.Errorf("%s: read error: %v", name, err), Bytes: int64(len(data))})
		return
	}
	yield(TextItem(id, name, data))
}

// TextItem makes a whole text file into a document with id, checked: UTF-8, no NUL byte, not
// empty. The text is kept byte for byte (a byte order mark, CRLF), so that offsets index the
// file as given. src names it in errors.
func TextItem(id, src string, data []byte) Item {
	it := Item{Src: src, Bytes: int64(len(data)), Doc: &extract.Document{ID: id}}
	text, err := cleanText(data)
	if err != nil {
		it.Err = fmt.Errorf("%s: %v", src, err)
		return it
	}
	it.Doc.Text = text
	return it
}

// cleanText checks a document's text: UTF-8, not binary, not empty. It does not change it.
func cleanText(data []byte) (string, error) {
	switch {
	case bytes.IndexByte(data, 0) >= 0:
		return "", errors.New("binary data (a NUL byte), not text: leave the file out or convert it")
	case !utf8.Valid(data):
		return "", errors.New("not UTF-8 text: convert it (iconv -t UTF-8)")
	}
	text := string(data)
	if blank(text) {
		return "", errors.New("empty document")
	}
	return text, nil
}

// blank tells whether s is only white space and byte order marks.
func blank(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' }) == ""
}

// readLines reads JSON Lines: a document per line; blank lines are skipped.
func (r *Reader) readLines(name string, br *bufio.Reader, yield func(Item) bool) {
	line := 0
	for {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			line++
			src := fmt.Sprintf("%s:%d", name, line)
			if it, ok := r.Parse(src, b); ok && !yield(it) {
				return
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			yield(Item{Src: name, Err: fmt.Errorf("%s: cannot read past line %d: %v", name, line, ReadError(err))})
			return
		}
	}
}

// ReadError makes a read error say what it means for the user: a truncated gzip stream.
func ReadError(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("the file is truncated (unexpected end of the gzip stream)")
	}
	return err
}

// readArray reads a JSON array of documents, one element at a time. It cuts the array into
// its elements itself, by brackets and strings, so that an element that is not valid JSON is
// reported and skipped and the elements after it are still read.
func (r *Reader) readArray(name string, br *bufio.Reader, yield func(Item) bool) {
	c, err := skipSpace(br)
	if err != nil || c != '[' {
		yield(Item{Src: name, Err: fmt.Errorf("%s: not a JSON array of documents", name)})
		return
	}
	var elem []byte
	depth, inString, escaped := 0, false, false
	for i := 1; ; {
		c, err := br.ReadByte()
		if err != nil {
			if err == io.EOF {
				err = errors.New("the array ends without \"]\" (a truncated file?)")
			}
			yield(Item{Src: name, Err: fmt.Errorf("%s: cannot read past element %d: %v", name, i, ReadError(err))})
			return
		}
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
		case (c == '}' || c == ']') && depth > 0:
			depth--
		case (c == ',' || c == ']') && depth == 0:
			src := fmt.Sprintf("%s: element %d", name, i)
			if len(bytes.TrimSpace(elem)) == 0 {
				if c == ',' || i > 1 {
					if !yield(Item{Src: src, Err: fmt.Errorf("%s: empty element (a stray comma)", src)}) {
						return
					}
				}
			} else if it, _ := r.Parse(src, elem); !yield(it) {
				return
			}
			if c == ']' {
				if c, err := skipSpace(br); err == nil {
					yield(Item{Src: name, Err: fmt.Errorf("%s: data after the array's closing \"]\" (%q) not read", name, c)})
				}
				return
			}
			elem = elem[:0]
			i++
			continue
		}
		elem = append(elem, c)
	}
}

// skipSpace reads past white space and byte order marks and returns the next byte.
func skipSpace(br *bufio.Reader) (byte, error) {
	for {
		c, err := br.ReadByte()
		if err != nil {
			return 0, err
		}
		if c == 0xef { // a UTF-8 byte order mark: EF BB BF
			if b, err := br.Peek(2); err == nil && b[0] == 0xbb && b[1] == 0xbf {
				br.Discard(2)
				continue
			}
		}
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c, nil
		}
	}
}

// Parse decodes one JSON document (a line of JSON Lines, an element of an array) with the
// field mapping; src names it in errors. It reports false for a blank line.
func (r *Reader) Parse(src string, b []byte) (Item, bool) {
	it := Item{Src: src, Bytes: int64(len(b))}
	s := bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\ufeff")))
	if len(s) == 0 {
		return it, false
	}
	if !utf8.Valid(s) {
		it.Err = fmt.Errorf("%s: not UTF-8", src)
		return it, true
	}
	m, err := decodeObject(s)
	if err != nil {
		it.Err = fmt.Errorf("%s: not a JSON object: %v", src, err)
		return it, true
	}
	f := r.Fields
	id := scalar(m[f.ID])
	it.Doc = &extract.Document{ID: id}
	text, isString := m[f.Text].(string)
	switch {
	case id == "":
		it.Err = fmt.Errorf("%s: no %q: every document needs an id (--id-field names another field)", src, f.ID)
	case m[f.Text] == nil:
		it.Err = fmt.Errorf("%s: document %s has no %q (--text-field names another field)", src, id, f.Text)
	case !isString:
		it.Err = fmt.Errorf("%s: document %s: %q is not a string", src, id, f.Text)
	case strings.TrimSpace(text) == "":
		it.Err = fmt.Errorf("%s: document %s has an empty text", src, id)
	case strings.IndexByte(text, 0) >= 0:
		it.Err = fmt.Errorf("%s: document %s: binary data (a NUL character) in its text", src, id)
	}
	if it.Err != nil {
		return it, true
	}
	d := it.Doc
	d.Text, d.Lang, d.URL = text, langOf(scalar(m[f.Lang])), scalar(m[f.URL])
	for _, k := range f.Keep {
		if v, ok := m[k]; ok {
			if d.Meta == nil {
				d.Meta = map[string]any{}
			}
			d.Meta[k] = v
		}
	}
	raw := scalar(m[f.Date])
	if d.Date = dateOf(raw); d.Date == "" && raw != "" {
		// Not a date dipex can read: no date to resolve "am Freitag" with, but the value
		// stays in the output's meta, where a valid date goes.
		if d.Meta == nil {
			d.Meta = map[string]any{}
		}
		d.Meta["date"] = raw
	}
	return it, true
}

// decodeObject decodes a JSON object with its numbers kept as written (json.Number), so that
// an id like 12345678901234567890 or 0.1234567 comes out as it came in.
func decodeObject(b []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("more than one JSON value")
	}
	return m, nil
}

// scalar renders a JSON id, date or language as a string ("" for null or missing).
func scalar(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(v)
	case json.Number:
		return v.String()
	case bool:
		return fmt.Sprint(v)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// dateOf returns a document's date as YYYY-MM-DD, or "" if s is not a valid date. It reads an
// ISO date or the date part of an ISO timestamp ("2025-03-01T08:00:00Z" is 2025-03-01), and a
// German date ("01.03.2025", "1.3.2025").
func dateOf(s string) string {
	day := s
	if i := strings.IndexAny(s, "T "); i >= 0 {
		day = s[:i]
	}
	for _, layout := range []string{"2006-01-02", "2.1.2006"} {
		if t, err := time.Parse(layout, day); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// langOf normalises a language code to its language: "DE", "de-DE" and "de_AT" are "de".
func langOf(s string) string {
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}
