package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"dipex/extract"
)

// item is one document read from the input, or the reason one could not be read.
type item struct {
	doc *extract.Document
	src string // file:line where it came from
	err error  // a bad document: reported, and the run goes on
}

// inputFormat says how a file is read.
func inputFormat(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".txt", ".text":
		return "txt"
	}
	return ""
}

// expand turns the command line's paths into files: directories are walked for .txt and
// .jsonl files in name order; "-" is standard input. A path that does not exist is a usage
// error, reported before anything is read.
func expand(paths []string) ([]string, error) {
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
			return nil, usagef("cannot read input %s: %v", p, unwrapPath(err))
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
			if !d.IsDir() && inputFormat(path) != "" {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, usagef("cannot read directory %s: %v", p, err)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

// unwrapPath drops the path from an os error: the message names it already.
func unwrapPath(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// read sends every document of file to yield, in order. Standard input is read as JSON Lines
// when its first non-space byte is "{", else as one text document.
func read(file string, stdin io.Reader, yield func(item) bool) error {
	var r io.Reader
	name := file
	if file == "-" {
		r, name = stdin, "stdin"
	} else {
		f, err := os.Open(file)
		if err != nil {
			return usagef("cannot read input %s: %v", file, unwrapPath(err))
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 1<<16)
	format := inputFormat(file)
	if file == "-" || format == "" {
		format = sniff(br)
	}
	if format == "jsonl" {
		return readJSONL(name, br, yield)
	}
	data, err := io.ReadAll(br)
	if err != nil {
		yield(item{src: name, err: fmt.Errorf("%s: %v", name, err)})
		return nil
	}
	id := file
	if file == "-" {
		id = "stdin"
	}
	yield(textDoc(id, name, data))
	return nil
}

func sniff(br *bufio.Reader) string {
	b, _ := br.Peek(512)
	s := strings.TrimLeft(strings.TrimPrefix(string(b), "\ufeff"), " \t\r\n")
	if strings.HasPrefix(s, "{") {
		return "jsonl"
	}
	return "txt"
}

func textDoc(id, src string, data []byte) item {
	if !utf8.Valid(data) {
		return item{src: src, err: fmt.Errorf("%s: not UTF-8 text: convert it (iconv -t UTF-8) or leave it out", src)}
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return item{src: src, err: fmt.Errorf("%s: empty document", src)}
	}
	return item{src: src, doc: &extract.Document{ID: id, Text: text}}
}

// jsonDoc is the input line format: id and text, and optionally lang, date and url.
type jsonDoc struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	Lang string          `json:"lang"`
	Date string          `json:"date"`
	URL  string          `json:"url"`
}

func readJSONL(name string, br *bufio.Reader, yield func(item) bool) error {
	line := 0
	for {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			line++
			src := fmt.Sprintf("%s:%d", name, line)
			if it, ok := parseLine(src, b); ok && !yield(it) {
				return nil
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			yield(item{src: name, err: fmt.Errorf("%s: read error after line %d: %v", name, line, err)})
			return nil
		}
	}
}

// parseLine decodes one JSON Lines record; blank lines are skipped.
func parseLine(src string, b []byte) (item, bool) {
	s := strings.TrimSpace(strings.TrimPrefix(string(b), "\ufeff"))
	if s == "" {
		return item{}, false
	}
	if !utf8.ValidString(s) {
		return item{src: src, err: fmt.Errorf("%s: not UTF-8", src)}, true
	}
	var d jsonDoc
	if err := json.Unmarshal([]byte(s), &d); err != nil {
		return item{src: src, err: fmt.Errorf("%s: not a JSON object: %v", src, err)}, true
	}
	id := strings.Trim(string(d.ID), `"`)
	switch {
	case len(d.ID) == 0 || id == "" || id == "null":
		return item{src: src, err: fmt.Errorf("%s: no \"id\": every line needs an id", src)}, true
	case d.Text == nil:
		return item{src: src, err: fmt.Errorf("%s: document %s has no \"text\"", src, id)}, true
	case strings.TrimSpace(*d.Text) == "":
		return item{src: src, err: fmt.Errorf("%s: document %s has an empty text", src, id)}, true
	}
	return item{src: src, doc: &extract.Document{ID: id, Text: *d.Text, Lang: d.Lang, Date: d.Date, URL: d.URL}}, true
}
