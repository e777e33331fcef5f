package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"dipex/extract"
	"dipex/input"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// corpora holds the news corpora; the repository does not (their licences keep them out).
const corpora = "../../../shared/corpora"

// The tests' input fields carry "source" into meta, to check that carried fields travel.
var fields = input.Fields{ID: "id", Text: "text", Date: "date", Lang: "lang", URL: "url", Keep: []string{"source"}}

// badLines are JSON lines dipex extract rejects, each for its own reason, between good ones.
var badLines = []string{
	`{"id":"ok-1","text":"Olaf Scholz traf am Montag in Paris Emmanuel Macron.","source":"test"}`,
	`not json`,
	`{"id":"no-text"}`,
	`{"text":"Xi Jinping met Vladimir Putin."}`,
	``,
	`{"id":"blank","text":"   "}`,
	`{"id":"number","text":42}`,
	"\xff\xfe{\"id\":\"latin\"}",
	`null`,
	`[1, 2]`,
	`{"id":"nul","text":"a\u0000b"}`,
	`{"id":7,"text":"Xi Jinping met Vladimir Putin in Moscow.","date":"2025-03-01T08:00:00Z","url":"https://example.org/a"}`,
	"\ufeff{\"id\":\"bom\",\"text\":\"Wang Yi said the ties were strong.\"}\r",
}

// writeInputs writes the test's input files to dir: a sample of both politics corpora (if
// present; the English one gzipped), the repository's seed article, a gzipped text, and files
// that fail: bad lines, an empty, a binary and a Latin-1 text, a truncated and a corrupt gzip
// file, and a file that is no input at all.
func writeInputs(t *testing.T, dir string) (corpusDocs int) {
	t.Helper()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct{ from, to string }{
		{"news_de.politics.jsonl", "news_de.jsonl"},
		{"news_en.politics.jsonl", "news_en.jsonl.gz"},
	} {
		lines, err := headLines(filepath.Join(corpora, c.from), 200)
		if err != nil {
			t.Logf("no corpus sample: %v", err)
			continue
		}
		corpusDocs += 200
		if strings.HasSuffix(c.to, ".gz") {
			lines = gzipped(lines)
		}
		write(c.to, lines)
	}
	seed, err := os.ReadFile("../../testdata/xi-shoigu.de.txt")
	if err != nil {
		t.Fatal(err)
	}
	write("xi-shoigu.de.txt", seed)
	write("putin-xi.en.txt.gz", gzipped([]byte("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday.\r\n")))
	write("bad.jsonl", []byte(strings.Join(badLines, "\n")))
	write("empty.txt", []byte(" \n\n"))
	write("binary.txt", []byte("Xi\x00Putin"))
	write("latin1.txt", []byte("Stra\xdfe"))
	good := []byte(badLines[0] + "\n" + badLines[11] + "\n" + badLines[0] + "\n")
	z := gzipped(good)
	write("truncated.jsonl.gz", z[:len(z)-30])
	write("corrupt.jsonl.gz", []byte("\x1f\x8b\x00\x00not gzip at all"))
	write("notes.csv", []byte("a,b\n"))
	return corpusDocs
}

func headLines(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []byte
	br := bufio.NewReader(f)
	for range n {
		line, err := br.ReadBytes('\n')
		out = append(out, line...)
		if err != nil {
			break
		}
	}
	return out, nil
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// direct is what dipex extract gives for the files: it reads them with input.Reader and
// extracts with the extractor, and returns the triples as dipex extract writes them and the
// dead letters as its --errors file holds them.
func direct(t *testing.T, x *extract.Extractor, files []string) (triples, dead []string, extracted int) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	rd := &input.Reader{Fields: fields}
	for _, f := range files {
		err := rd.ReadFile(f, func(it input.Item) bool {
			if it.Err != nil {
				rec := map[string]string{"src": it.Src, "error": it.Err.Error()}
				if it.Doc != nil {
					rec["id"] = it.Doc.ID
				}
				b, _ := json.Marshal(rec)
				dead = append(dead, string(b))
				return true
			}
			extracted++
			for _, tr := range x.Extract(it.Doc).Triples {
				buf.Reset()
				enc.Encode(tr)
				triples = append(triples, strings.TrimSuffix(buf.String(), "\n"))
			}
			return true
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(triples)
	slices.Sort(dead)
	return triples, dead, extracted
}

// run runs the pipeline on Prism and returns its sorted triples and dead letters and its counts.
func run(t *testing.T, o Options) (triples, dead []string, c Counts) {
	t.Helper()
	p, err := New(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	res, err := beam.Run(context.Background(), "prism", p)
	if err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	c, ok := CountsOf(res)
	if !ok {
		t.Fatal("no metrics from the run")
	}
	return readShards(t, o.Output, o.Shards), readShards(t, o.DeadLetter, o.DeadLetterShards), c
}

// readShards reads every shard of an output, checking that each exists, and sorts the lines.
func readShards(t *testing.T, prefix string, n int) []string {
	t.Helper()
	var lines []string
	for i := range n {
		b, err := os.ReadFile(ShardName(prefix, i, n))
		if err != nil {
			t.Fatalf("shard %d of %d: %v", i, n, err)
		}
		if s := strings.TrimSuffix(string(b), "\n"); s != "" {
			lines = append(lines, strings.Split(s, "\n")...)
		}
	}
	got, _ := filepath.Glob(prefix + "-*")
	if len(got) != n {
		t.Errorf("%d files for %s, want %d: %v", len(got), prefix, n, got)
	}
	slices.Sort(lines)
	return lines
}

// TestPipelineIsDipexExtract runs the pipeline on Prism over a sample of the corpora and bad
// files, and checks that it writes exactly the triples and failures of dipex extract, with
// counters that add up.
func TestPipelineIsDipexExtract(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	corpusDocs := writeInputs(t, in)
	o := Options{
		Inputs:     []string{in + "/*.jsonl," + in + "/*.gz", in + "/*.txt", in + "/notes.csv"},
		Output:     filepath.Join(out, "triples"),
		DeadLetter: filepath.Join(out, "failed"),
		Shards:     3, DeadLetterShards: 2,
		Fields: fields,
	}
	o.Inputs = append(SplitList(o.Inputs[0]), o.Inputs[1:]...)
	triples, dead, c := run(t, o)

	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, pattern := range []string{"*.jsonl", "*.gz", "*.txt"} {
		m, _ := filepath.Glob(filepath.Join(in, pattern))
		files = append(files, m...)
	}
	wantTriples, wantDead, extracted := direct(t, x, files)
	csv, _ := json.Marshal(map[string]string{"src": filepath.Join(in, "notes.csv"),
		"error": filepath.Join(in, "notes.csv") + ": not an input file: dipex-beam reads .jsonl, .ndjson, .txt and .text files, optionally gzipped (.gz)"})
	wantDead = append(wantDead, string(csv))
	slices.Sort(wantDead)

	if !slices.Equal(triples, wantTriples) {
		t.Errorf("the pipeline wrote %d triples, dipex extract %d; first differences:\n%s",
			len(triples), len(wantTriples), firstDiffs(triples, wantTriples))
	}
	if !slices.Equal(dead, wantDead) {
		t.Errorf("dead letters differ from dipex extract's errors:\n%s", firstDiffs(dead, wantDead))
	}
	// Every bad line (9 in bad.jsonl), bad file and the truncated file's damage is a dead letter.
	if len(dead) < 9+6 {
		t.Errorf("%d dead letters, want at least 15:\n%s", len(dead), strings.Join(dead, "\n"))
	}
	for _, want := range []string{"bad.jsonl:2: not a JSON object", "the file is truncated", "not a readable gzip file",
		"binary data", "not UTF-8 text", "empty document", "not an input file", `"id":"no-text"`} {
		if !strings.Contains(strings.Join(dead, "\n"), want) {
			t.Errorf("no dead letter says %q", want)
		}
	}

	if c.Read != c.Extracted+c.Failed {
		t.Errorf("counters do not add up: %v", c)
	}
	if c.Extracted != int64(extracted) || c.Failed != int64(len(wantDead)) || c.Triples != int64(len(wantTriples)) {
		t.Errorf("counters %v, want %d extracted, %d failed, %d triples", c, extracted, len(wantDead), len(wantTriples))
	}
	if extracted < corpusDocs+5 || corpusDocs > 0 && len(wantTriples) < 100 {
		t.Errorf("only %d documents and %d triples from the sample", extracted, len(wantTriples))
	}
	t.Logf("%v", c)
}

// TestCustomData runs the pipeline with an added gazetteer file, as --gazetteer does, and
// checks that the workers use it.
func TestCustomData(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	gaz := filepath.Join(in, "extra.yaml")
	os.WriteFile(gaz, []byte(`actors:
  - id: quentin-barsky
    name: Quentin Barsky
    type: person
    gender: m
    aliases:
      any: [Quentin Barsky]
`), 0o644)
	doc := filepath.Join(in, "doc.jsonl")
	os.WriteFile(doc, []byte(`{"id":"d1","text":"Xi Jinping traf am Freitag in Peking Quentin Barsky."}`+"\n"), 0o644)

	data, err := LoadData([]string{gaz}, nil, false, false)
	if err != nil {
		t.Fatal(err)
	}
	x1, _ := data.Extractor()
	if x2, _ := data.Extractor(); x1 != x2 {
		t.Error("the extractor was built twice in one process")
	}
	o := Options{Inputs: []string{doc}, Output: filepath.Join(out, "t"), DeadLetter: filepath.Join(out, "f"),
		Shards: 1, DeadLetterShards: 1, Data: data, Fields: fields}
	triples, dead, _ := run(t, o)
	want, _, _ := direct(t, x1, []string{doc})
	if !slices.Equal(triples, want) || len(dead) != 0 {
		t.Errorf("triples %q\nwant %q\ndead letters %q", triples, want, dead)
	}
	if !strings.Contains(strings.Join(triples, "\n"), `"id":"quentin-barsky"`) {
		t.Errorf("the added actor is in no triple: %q", triples)
	}
}

// TestBadData checks that a bad gazetteer file stops the launch with its position.
func TestBadData(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("actors:\n  - id: someone\n    nmae: x\n"), 0o644)
	_, err := LoadData([]string{bad}, nil, false, false)
	if err == nil || !strings.Contains(err.Error(), bad+":3:5: unknown key \"nmae\"") {
		t.Errorf("error %v, want one at %s:3:5", err, bad)
	}
	if _, err := LoadData(nil, []string{"no/such/rules"}, false, false); err == nil {
		t.Error("no error for a missing rules file")
	}
}

// TestCheck checks that options that cannot work stop the launch, each with its reason.
func TestCheck(t *testing.T) {
	o := Options{Inputs: []string{filepath.Join(t.TempDir(), "*.jsonl")}, Shards: 0, DeadLetterShards: 1}
	err := o.Check(context.Background())
	for _, want := range []string{"no --output", "no --dead-letter", "--shards", "no file matches"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v, want it to say %q", err, want)
		}
	}
}

// firstDiffs shows the first lines that one sorted list has and the other lacks.
func firstDiffs(got, want []string) string {
	var b strings.Builder
	n := 0
	for i, j := 0, 0; (i < len(got) || j < len(want)) && n < 5; n++ {
		switch {
		case j == len(want) || i < len(got) && got[i] < want[j]:
			b.WriteString("+ " + got[i] + "\n")
			i++
		case i == len(got) || want[j] < got[i]:
			b.WriteString("- " + want[j] + "\n")
			j++
		default:
			i, j, n = i+1, j+1, n-1
		}
	}
	return b.String()
}

// TestPanicIsDeadLetter checks that a panic in extraction fails that document only.
func TestPanicIsDeadLetter(t *testing.T) {
	f := &extractFn{Fields: fields} // no extractor: extraction panics
	it, _, ok := f.process(Record{File: "a.jsonl", Line: 3, Data: []byte(`{"id":"p","text":"Xi met Putin."}`)})
	if !ok || it.Err == nil || !strings.HasPrefix(it.Err.Error(), "document p: internal error (please report it): ") {
		t.Errorf("item %+v, ok %v", it, ok)
	}
	if it.Src != "a.jsonl:3" {
		t.Errorf("src %q", it.Src)
	}
}
