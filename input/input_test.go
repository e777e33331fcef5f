package input

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readAll(t *testing.T, r *Reader, file string) []Item {
	t.Helper()
	var items []Item
	if err := r.ReadFile(file, func(it Item) bool { items = append(items, it); return true }); err != nil {
		t.Fatal(err)
	}
	return items
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gz(data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// summary renders items as "id|error" lines, errors cut to their start.
func summary(items []Item) string {
	var b strings.Builder
	for _, it := range items {
		id := ""
		if it.Doc != nil {
			id = it.Doc.ID
		}
		msg := ""
		if it.Err != nil {
			msg = it.Err.Error()
		}
		b.WriteString(id + "|" + msg + "\n")
	}
	return b.String()
}

func TestReadFormats(t *testing.T) {
	dir := t.TempDir()
	jsonl := "\ufeff{\"id\":\"a\",\"text\":\"Xi traf Putin.\\r\\nEnde.\",\"date\":\"2025-03-01T08:00:00Z\",\"source\":\"dpa\"}\r\n" +
		"\n" +
		"not json\n" +
		"{\"id\":\"b\"}\n" +
		"{\"text\":\"no id\"}\n" +
		"{\"id\":7,\"text\":\"   \"}\n" +
		"{\"id\":\"c\",\"text\":\"bin\\u0000ary\"}\n" +
		"{\"id\":\"d\",\"text\":\"ok\",\"lang\":\"en\"}"
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"docs.jsonl", []byte(jsonl), "a|\n|x.jsonl:3: not a JSON object\nb|x.jsonl:4: document b has no \"text\"\n|x.jsonl:5: no \"id\"\n7|x.jsonl:6: document 7 has an empty text\nc|x.jsonl:7: document c: binary data\nd|\n"},
		{"docs.jsonl.gz", gz([]byte(jsonl)), "a|\n|x.jsonl.gz:3: not a JSON object\nb|x.jsonl.gz:4\n|x.jsonl.gz:5\n7|x.jsonl.gz:6\nc|x.jsonl.gz:7\nd|\n"},
		{"docs.json", []byte(`[{"id":"a","text":"eins"}, {"id":"b"}, {"id":"c","text":"drei"}]`), "a|\nb|x.json: element 2: document b has no \"text\"\nc|\n"},
		// A .json file of JSON Lines is read as JSON Lines.
		{"lines.json", []byte("{\"id\":\"a\",\"text\":\"eins\"}\n{\"id\":\"b\",\"text\":\"zwei\"}\n"), "a|\nb|\n"},
		// A bad element is reported and skipped; the elements after it are read.
		{"bad.json", []byte("[{\"id\":\"a\",\"text\":\"ei,ns]\"}, {\"id\": oops, \"x\":[1,2]},\n {\"id\":\"c\",\"text\":\"drei \\\"}\"}]\n"), "a|\n|x.json: element 2: not a JSON object\nc|\n"},
		{"bom.json", []byte("\ufeff [{\"id\":\"a\",\"text\":\"eins\"}]"), "a|\n"},
		{"trailing.json", []byte(`[{"id":"a","text":"eins"},]`), "a|\n|x.json: element 2: empty element\n"},
		{"cut.json", []byte(`[{"id":"a","text":"eins"}, {"id":"b"`), "a|\n|x.json: cannot read past element 2: the array ends without\n"},
		{"empty.json", []byte(` [ ] `), ""},
		{"one.txt", []byte("\ufeffXi traf Putin.\r\n"), "one.txt|\n"},
		{"empty.txt", []byte("  \n"), "empty.txt|x.txt: empty document\n"},
		{"latin1.txt", []byte("Gr\xfc\xdfe"), "latin1.txt|x.txt: not UTF-8 text\n"},
		{"bin.txt", []byte("ab\x00cd"), "bin.txt|x.txt: binary data\n"},
	}
	r := &Reader{Fields: DefaultFields}
	for _, tt := range tests {
		p := write(t, dir, tt.name, tt.data)
		got := summary(readAll(t, r, p))
		// Compare the beginnings of each line, with the path shortened to x.
		got = strings.ReplaceAll(got, dir+"/", "")
		got = strings.ReplaceAll(got, tt.name+":", "x"+strings.TrimPrefix(tt.name, strings.Split(tt.name, ".")[0])+":")
		gl, wl := strings.Split(got, "\n"), strings.Split(tt.want, "\n")
		if len(gl) != len(wl) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
			continue
		}
		for i := range wl {
			if !strings.HasPrefix(gl[i], wl[i]) {
				t.Errorf("%s line %d:\n got %q\nwant %q", tt.name, i, gl[i], wl[i])
			}
		}
	}
	items := readAll(t, r, write(t, dir, "d.jsonl", []byte(jsonl)))
	a := items[0].Doc
	if a.Text != "Xi traf Putin.\r\nEnde." || a.Date != "2025-03-01" {
		t.Errorf("document a: text %q date %q", a.Text, a.Date)
	}
	if items[len(items)-1].Doc.Lang != "en" {
		t.Errorf("lang not read")
	}
}

// TestTextAsGiven checks that a document's text is kept byte for byte, so that offsets into
// it index the text as the user gave it.
func TestTextAsGiven(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, data, want string
	}{
		{"bom.txt", "\ufeffXi traf Putin.\r\nEnde.\r\n", "\ufeffXi traf Putin.\r\nEnde.\r\n"},
		{"crlf.jsonl", `{"id":"a","text":"Xi traf Putin.\r\nEnde."}`, "Xi traf Putin.\r\nEnde."},
		{"bom.jsonl", "\ufeff" + `{"id":"a","text":"\ufeffXi traf Putin."}`, "\ufeffXi traf Putin."},
		{"crlf.json", `[{"id":"a","text":"Xi\r\n\r\nPutin"}]`, "Xi\r\n\r\nPutin"},
	}
	r := &Reader{Fields: DefaultFields}
	for _, tt := range tests {
		items := readAll(t, r, write(t, dir, tt.name, []byte(tt.data)))
		if len(items) != 1 || items[0].Err != nil || items[0].Doc.Text != tt.want {
			t.Errorf("%s: %s, text %q, want %q", tt.name, summary(items), items[0].Doc.Text, tt.want)
		}
	}
}

// TestParseValues checks how ids, languages and dates are read.
func TestParseValues(t *testing.T) {
	tests := []struct {
		line                 string
		id, lang, date, meta string
	}{
		{`{"id":12345678901234567890,"text":"x"}`, "12345678901234567890", "", "", ""},
		{`{"id":0.1234567,"text":"x"}`, "0.1234567", "", "", ""},
		{`{"id":1e3,"text":"x"}`, "1e3", "", "", ""},
		{`{"id":"a","text":"x","lang":"DE"}`, "a", "de", "", ""},
		{`{"id":"a","text":"x","lang":"de-DE"}`, "a", "de", "", ""},
		{`{"id":"a","text":"x","lang":"de_AT"}`, "a", "de", "", ""},
		{`{"id":"a","text":"x","date":"2025-03-01"}`, "a", "", "2025-03-01", ""},
		{`{"id":"a","text":"x","date":"2025-03-01T08:00:00Z"}`, "a", "", "2025-03-01", ""},
		{`{"id":"a","text":"x","date":"01.03.2025"}`, "a", "", "2025-03-01", ""},
		{`{"id":"a","text":"x","date":"1.3.2025"}`, "a", "", "2025-03-01", ""},
		{`{"id":"a","text":"x","date":"2025-13-45"}`, "a", "", "", "2025-13-45"},
		{`{"id":"a","text":"x","date":"2025-02-30T10:00:00Z"}`, "a", "", "", "2025-02-30T10:00:00Z"},
		{`{"id":"a","text":"x","date":"gestern"}`, "a", "", "", "gestern"},
	}
	r := &Reader{Fields: DefaultFields}
	for _, tt := range tests {
		it, _ := r.Parse("x", []byte(tt.line))
		if it.Err != nil {
			t.Errorf("%s: %v", tt.line, it.Err)
			continue
		}
		d := it.Doc
		meta, _ := d.Meta["date"].(string)
		if d.ID != tt.id || d.Lang != tt.lang || d.Date != tt.date || meta != tt.meta {
			t.Errorf("%s: id %q lang %q date %q meta date %q, want %q %q %q %q", tt.line, d.ID, d.Lang, d.Date, meta, tt.id, tt.lang, tt.date, tt.meta)
		}
	}
	r.Fields.Keep = []string{"n"}
	it, _ := r.Parse("x", []byte(`{"id":"a","text":"x","n":12345678901234567890}`))
	if b, _ := json.Marshal(it.Doc.Meta); string(b) != `{"n":12345678901234567890}` {
		t.Errorf("kept number: %s", b)
	}
	if it, _ := r.Parse("x", []byte(`{"id":"a","text":"x"} {"id":"b","text":"y"}`)); it.Err == nil {
		t.Errorf("two objects on a line: no error")
	}
}

func TestFieldsAndKeep(t *testing.T) {
	r := &Reader{Fields: Fields{ID: "uid", Text: "body", Date: "published", Lang: "language", URL: "link", Keep: []string{"source", "missing"}}}
	p := write(t, t.TempDir(), "x.jsonl", []byte(`{"uid":"u1","body":"Text","published":"2024-05-01","language":"de","link":"https://x","source":"AFP"}`))
	d := readAll(t, r, p)[0].Doc
	if d.ID != "u1" || d.Text != "Text" || d.Date != "2024-05-01" || d.Lang != "de" || d.URL != "https://x" || d.Meta["source"] != "AFP" || len(d.Meta) != 1 {
		t.Errorf("document = %+v", d)
	}
}

func TestTruncatedGzip(t *testing.T) {
	data := gz([]byte(strings.Repeat("{\"id\":\"a\",\"text\":\"Ein Text, der lang genug ist.\"}\n", 2000)))
	p := write(t, t.TempDir(), "cut.jsonl.gz", data[:len(data)/2])
	items := readAll(t, &Reader{Fields: DefaultFields}, p)
	last := items[len(items)-1]
	if last.Err == nil || !strings.Contains(last.Err.Error(), "truncated") {
		t.Fatalf("last item %+v, want a truncation error", last)
	}
	good := 0
	for _, it := range items {
		if it.Err == nil {
			good++
		}
	}
	if good == 0 || good >= 2000 {
		t.Errorf("%d good documents before the cut", good)
	}
}

func TestLongLine(t *testing.T) {
	text := strings.Repeat("Xi traf Putin. ", 4<<20/15) // a 4 MB article on one line
	p := write(t, t.TempDir(), "long.jsonl", []byte(`{"id":"long","text":"`+text+`"}`+"\n"))
	items := readAll(t, &Reader{Fields: DefaultFields}, p)
	if len(items) != 1 || items[0].Err != nil || len(items[0].Doc.Text) != len(text) {
		t.Fatalf("long line: %d items, err %v", len(items), items[0].Err)
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	for _, n := range []string{"b.jsonl", "a.txt", "sub/c.json.gz", "skip.csv"} {
		write(t, dir, n, []byte("x"))
	}
	files, err := Expand([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.ReplaceAll(strings.Join(files, " "), dir+"/", "")
	if got != "a.txt b.jsonl sub/c.json.gz" {
		t.Errorf("Expand = %s", got)
	}
	if _, err := Expand([]string{filepath.Join(dir, "nope")}); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing path: %v", err)
	}
}
