package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "update golden files")

// dipex runs the command as main does, and returns its output and exit status.
func dipex(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	code = exitCode(err, &errb)
	return out.String(), errb.String(), code
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/dipex -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (review, then go test ./cmd/dipex -update):\n%s", path, diff(string(want), got))
	}
}

func diff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			b.WriteString("- " + w + "\n+ " + g + "\n")
		}
	}
	return b.String()
}

// TestSeedGolden compares the triples and the mentions of the seed with their golden files.
func TestSeedGolden(t *testing.T) {
	for _, tt := range []struct{ cmd, golden string }{
		{"extract", "xi-shoigu.de.jsonl"},
		{"entities", "xi-shoigu.de.entities.jsonl"},
	} {
		out, errs, code := dipex(t, "", tt.cmd, "../../testdata/xi-shoigu.de.txt")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.cmd, code, errs)
		}
		golden(t, tt.golden, strings.ReplaceAll(out, "../../testdata/", "testdata/"))
	}
}

func TestFormats(t *testing.T) {
	text := "Sergej Lawrow traf sich in Riad mit Marco Rubio. Lawrow sagte, man sei „zufrieden“."

	out, _, code := dipex(t, text, "extract", "--format", "json", "--lang", "de", "-")
	var arr []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &arr) != nil || len(arr) != 2 {
		t.Fatalf("json: exit %d, %d triples, output %s", code, len(arr), out)
	}
	if arr[1]["object"] != nil {
		t.Errorf("a statement's object must be null, got %v", arr[1]["object"])
	}

	for _, f := range []struct {
		name  string
		comma rune
	}{{"csv", ','}, {"tsv", '\t'}} {
		out, _, code = dipex(t, text, "extract", "--format", f.name, "--lang", "de", "-")
		r := csv.NewReader(strings.NewReader(out))
		r.Comma = f.comma
		rows, err := r.ReadAll()
		if code != 0 || err != nil || len(rows) != 3 {
			t.Fatalf("%s: exit %d, err %v, rows %d:\n%s", f.name, code, err, len(rows), out)
		}
		if strings.Join(rows[0], ",") != strings.Join(Columns, ",") {
			t.Errorf("%s header = %v", f.name, rows[0])
		}
		if rows[1][4] != "Sergei Lavrov" || rows[1][11] != "Marco Rubio" {
			t.Errorf("%s first row = %v", f.name, rows[1])
		}
	}

	// No triples: still a header, an empty array.
	out, _, _ = dipex(t, "Nichts geschah.", "extract", "--format", "csv", "-")
	if strings.TrimSpace(out) != strings.Join(Columns, ",") {
		t.Errorf("empty csv = %q", out)
	}
	out, _, _ = dipex(t, "Nichts geschah.", "extract", "--format", "json", "-")
	if strings.TrimSpace(out) != "[]" {
		t.Errorf("empty json = %q", out)
	}
}

func TestJSONLInput(t *testing.T) {
	in := `{"id":"a","text":"Xi Jinping traf Wladimir Putin in Moskau.","lang":"de","url":"https://example.org/a"}
not json
{"id":"b"}
{"text":"no id"}

{"id":"c","text":"Sergei Lavrov met Marco Rubio.","date":"2025-02-18"}
`
	out, errs, code := dipex(t, in, "extract", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, w := range []string{"stdin:2: not a JSON object", `stdin:3: document b has no "text"`, `stdin:4: no "id"`} {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errs)
		}
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 triples, got:\n%s", out)
	}
	var tr struct {
		Doc  string         `json:"doc"`
		Meta map[string]any `json:"meta"`
	}
	json.Unmarshal([]byte(lines[0]), &tr)
	if tr.Doc != "a" || tr.Meta["url"] != "https://example.org/a" {
		t.Errorf("first triple doc %q meta %v", tr.Doc, tr.Meta)
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
		err  string
	}{
		{nil, 2, "no command"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"extract", "--no-such-flag"}, 2, "flag provided but not defined"},
		{[]string{"extract", "no/such/file.txt"}, 2, "cannot read input no/such/file.txt"},
		{[]string{"extract", "--format", "xml", "../../testdata/xi-shoigu.de.txt"}, 2, `unknown --format "xml"`},
		{[]string{"extract", "--help"}, 0, "Usage: dipex extract"},
		{[]string{"help", "extract"}, 0, ""},
		{[]string{"version"}, 0, ""},
	}
	for _, tt := range tests {
		out, errs, code := dipex(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.err) {
			t.Errorf("dipex %v: exit %d (want %d), output %q (want %q)", tt.args, code, tt.code, out+errs, tt.err)
		}
	}
}

func TestBadRulesFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("relation: meeting\nlang: de\nrules:\n  - id: m.de.x\n    trigger: {wrds: [traf]}\n"), 0o644)
	_, errs, code := dipex(t, "", "extract", "--rules", bad, "../../testdata/xi-shoigu.de.txt")
	if code != 2 || !strings.Contains(errs, bad+`:5:15: unknown key "wrds": did you mean "words"?`) {
		t.Errorf("exit %d, stderr %s", code, errs)
	}
}

func TestGazetteerLookup(t *testing.T) {
	out, errs, code := dipex(t, "", "gazetteer", "lookup", "Kremlsprecher Dmitri Peskow", "Schoigus")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, w := range []string{`"Dmitri Peskow"  exact of "Dmitri Peskow"`, "title: spokesperson of Russia", "-> dmitry-peskov  Dmitry Peskov  person  RU",
		`"Schoigus"  inflected of "Schoigu"`, "security-council-secretary of RU, 2024-05-12 to now"} {
		if !strings.Contains(out, w) {
			t.Errorf("lookup output lacks %q:\n%s", w, out)
		}
	}
	if _, _, code := dipex(t, "", "gazetteer"); code != 2 {
		t.Errorf("gazetteer without lookup: exit %d, want 2", code)
	}
}

// TestDump runs extract over a dump that mixes good articles with every kind of bad one:
// every good article's triples come out, every bad one is reported once, and the counts add up.
func TestDump(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good := func(id string) string {
		return `{"id":"` + id + `","text":"Sergej Lawrow traf sich in Riad mit Marco Rubio.","lang":"de","source":"test"}`
	}
	write("a.jsonl", []byte(good("g1")+"\n{broken\n"+good("g2")+"\n{\"id\":\"noText\"}\n{\"text\":\"no id\"}\n{\"id\":\"empty\",\"text\":\"\"}\n"))
	write("b/array.json", []byte("["+good("g3")+","+good("g4")+"]"))
	var gzBuf bytes.Buffer
	zw := gzip.NewWriter(&gzBuf)
	for i := range 500 {
		zw.Write([]byte(good(fmt.Sprintf("z%d", i)) + "\n"))
	}
	zw.Close()
	write("c/cut.jsonl.gz", gzBuf.Bytes()[:gzBuf.Len()/2])
	write("d/binary.txt", []byte("PK\x03\x04\x00\x00binary"))
	write("d/latin1.txt", []byte("Gr\xfc\xdfe aus Berlin"))
	write("d/empty.txt", []byte("\n\n"))
	write("d/ok.txt", []byte("\ufeffXi Jinping empfing am Freitag Wladimir Putin.\r\n"))
	errFile := filepath.Join(dir, "errors.jsonl")

	out, errs, code := dipex(t, "", "extract", "-j", "3", "--errors", errFile, "--keep-fields", "source", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var read, extracted, failed, triples int
	if _, err := fmt.Sscanf(errs[strings.LastIndex(errs, "dipex: "):], "dipex: %d documents read, %d extracted, %d failed; %d triples", &read, &extracted, &failed, &triples); err != nil {
		t.Fatalf("no summary in stderr: %v\n%s", err, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if read != extracted+failed || triples != len(lines) {
		t.Errorf("read %d != extracted %d + failed %d, or triples %d != %d lines", read, extracted, failed, triples, len(lines))
	}
	// Good: g1-g4, ok.txt, and the documents of the gzip file before the cut.
	docs := map[string]bool{}
	for _, l := range lines {
		var tr struct {
			Doc  string         `json:"doc"`
			Meta map[string]any `json:"meta"`
		}
		json.Unmarshal([]byte(l), &tr)
		docs[tr.Doc] = true
		if strings.HasPrefix(tr.Doc, "g") && tr.Meta["source"] != "test" {
			t.Errorf("%s: meta %v lacks the kept field", tr.Doc, tr.Meta)
		}
	}
	for _, id := range []string{"g1", "g2", "g3", "g4", "z0", filepath.Join(dir, "d/ok.txt")} {
		if !docs[id] {
			t.Errorf("no triples for good document %s", id)
		}
	}
	if extracted < 6 || extracted >= 505 {
		t.Errorf("%d extracted", extracted)
	}
	// Bad: broken JSON, no text, no id, empty text, the truncated gzip, binary, Latin-1, empty file.
	wantBad := []string{"a.jsonl:2: not a JSON object", `a.jsonl:4: document noText has no "text"`, `a.jsonl:5: no "id"`,
		"a.jsonl:6: document empty has an empty text", "cut.jsonl.gz: cannot read past line", "the file is truncated",
		"binary.txt: binary data", "latin1.txt: not UTF-8", "empty.txt: empty document"}
	for _, w := range wantBad {
		if strings.Count(errs, w) != 1 {
			t.Errorf("stderr reports %q %d times:\n%s", w, strings.Count(errs, w), errs)
		}
	}
	// Eight bad documents, and the cut of the gzip stream leaves a last line half written.
	if failed != 9 || !strings.Contains(errs, "cut.jsonl.gz:") {
		t.Errorf("failed = %d, want 9:\n%s", failed, errs)
	}
	logged, _ := os.ReadFile(errFile)
	if n := strings.Count(string(logged), "\n"); n != failed {
		t.Errorf("errors file has %d lines, want %d", n, failed)
	}
	// --strict turns failures into exit status 1.
	if _, _, code := dipex(t, "", "extract", "--strict", "--quiet", dir); code != 1 {
		t.Errorf("--strict: exit %d, want 1", code)
	}
}

func TestXLSXAndBOM(t *testing.T) {
	dir := t.TempDir()
	x := filepath.Join(dir, "out.xlsx")
	if _, errs, code := dipex(t, "", "extract", "--quiet", "-o", x, "../../testdata/xi-shoigu.de.txt"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := excelize.OpenFile(x)
	if err != nil {
		t.Fatal(err)
	}
	triples, _ := f.GetRows("triples")
	entities, _ := f.GetRows("entities")
	if len(triples) < 11 || strings.Join(triples[0], ",") != strings.Join(Columns, ",") || triples[1][4] != "Xi Jinping" {
		t.Errorf("triples sheet: %d rows, first %v", len(triples), triples[:min(2, len(triples))])
	}
	if len(entities) < 20 || entities[0][2] != "name" {
		t.Errorf("entities sheet: %d rows", len(entities))
	}
	out, _, _ := dipex(t, "", "extract", "--quiet", "--format", "csv", "--bom", "../../testdata/xi-shoigu.de.txt")
	if !strings.HasPrefix(out, "\ufeffdoc,relation,modality,") {
		t.Errorf("csv with --bom starts %q", out[:min(30, len(out))])
	}
}

// copyRules copies the built-in rules into a temporary directory, with edit applied to each file.
func copyRules(t *testing.T, edit func(name, data string) string) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir("../../rules/data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join("../../rules/data", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), []byte(edit(e.Name(), string(data))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestRuleRegression: removing a trigger word from a default rule makes dipex test exit 1 and
// name the rule, its failing examples and the gold records it lost.
func TestRuleRegression(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "baseline.json")
	gold := "../../testdata/gold/tune.jsonl"
	if out, errs, code := dipex(t, "", "test", "--save-baseline", base, gold); code != 0 {
		t.Fatalf("baseline run: exit %d\n%s%s", code, out, errs)
	}
	// Take "empfing" out of meeting.de.empfangen.
	rulesDir := copyRules(t, func(name, data string) string {
		if name != "meeting.de.yaml" {
			return data
		}
		return strings.Replace(data, "[empfing, empfingen,", "[empfingen,", 1)
	})
	junit := filepath.Join(dir, "junit.xml")
	out, errs, code := dipex(t, "", "test", "--no-default-rules", "--rules", rulesDir, "--baseline", base, "--junit", junit, gold)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", code, out, errs)
	}
	for _, w := range []string{"FAIL", "rule meeting.de.empfangen, example", "REGRESSION meeting", "lost since the baseline", "(found by rule meeting.de.empfangen)", "de-t-010"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	if !strings.Contains(errs, "test failed") {
		t.Errorf("stderr: %s", errs)
	}
	// The JUnit file is valid XML whose counts match the run.
	data, err := os.ReadFile(junit)
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Cases    []struct {
				Failure *struct{} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(data, &j); err != nil {
		t.Fatalf("junit is not XML: %v", err)
	}
	total, failed := 0, 0
	for _, s := range j.Suites {
		n, f := 0, 0
		for _, c := range s.Cases {
			n++
			if c.Failure != nil {
				f++
			}
		}
		if n != s.Tests || f != s.Failures {
			t.Errorf("suite %s says %d tests %d failures, holds %d and %d", s.Name, s.Tests, s.Failures, n, f)
		}
		total, failed = total+n, failed+f
	}
	if total != j.Tests || failed != j.Failures || failed == 0 || len(j.Suites) != 2 {
		t.Errorf("junit: %d tests %d failures, counted %d and %d", j.Tests, j.Failures, total, failed)
	}
	// --show 0, as CI runs the held-out splits, names no lost fact, only how many.
	out, _, _ = dipex(t, "", "test", "--show", "0", "--no-default-rules", "--rules", rulesDir, "--baseline", base, gold)
	if !strings.Contains(out, "lost since the baseline") || strings.Contains(out, "(found by rule") || strings.Contains(out, "de-t-010") {
		t.Errorf("--show 0 prints a lost fact:\n%s", out)
	}
	// With the rules as they are, the same command passes.
	if out, errs, code := dipex(t, "", "test", "--baseline", base, gold); code != 0 {
		t.Errorf("unchanged rules: exit %d\n%s%s", code, out, errs)
	}
}

func TestLint(t *testing.T) {
	if out, _, code := dipex(t, "", "lint"); code != 0 || !strings.Contains(out, "no problems") {
		t.Fatalf("built-in data: exit %d\n%s", code, out)
	}
	// The built-in files named on the command line are not loaded twice.
	if out, _, code := dipex(t, "", "lint", "../../rules/data", "../../gazetteer/data"); code != 0 || !strings.Contains(out, "no problems") {
		t.Fatalf("built-in directories: exit %d\n%s", code, out)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte(`relation: meeting
lang: de
rules:
  - id: meeting.de.neu
    trigger: {words: [traf, Wladimir Putin, Putin]}
    subject: {find: before}
    object: {find: after}
    modalty: planned
  - id: meeting.de.empfangen
    trigger: {words: [begrüßte]}
    subject: {find: before}
    object: {find: after}
    examples:
      - text: "Xi Jinping begrüßte Wladimir Putin."
        expect: []
`), 0o644)
	gaz := filepath.Join(dir, "people.yaml")
	os.WriteFile(gaz, []byte("actors:\n  - {id: xi-jinping, name: Someone, type: person}\n  - {id: other, name: Other, type: persn, aliases: {de: [Wladimir Putin]}}\n"), 0o644)
	out, _, code := dipex(t, "", "lint", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	for _, w := range []string{
		bad + `:8:5: unknown key "modalty": did you mean "modality"?`,
		gaz + `:3:36: actor "other": type "persn" is not one of`,
	} {
		if !strings.Contains(out, w) {
			t.Errorf("lint output lacks %q:\n%s", w, out)
		}
	}
	// Fix the unknown keys: the next layer of problems shows, all of them.
	os.WriteFile(bad, []byte(strings.Replace(mustRead(t, bad), "    modalty: planned\n", "", 1)), 0o644)
	os.WriteFile(gaz, []byte(strings.Replace(mustRead(t, gaz), "persn", "person", 1)), 0o644)
	out, _, _ = dipex(t, "", "lint", dir)
	for _, w := range []string{
		bad + ":4:5: rule meeting.de.neu has no examples",
		`rule meeting.de.neu: trigger word "Wladimir Putin" must be one word`,
		`rule id meeting.de.empfangen is used twice`,
		`id "xi-jinping" is used twice`,
		`"Wladimir Putin" (de) of "other" is also`,
	} {
		if !strings.Contains(out, w) {
			t.Errorf("lint output lacks %q:\n%s", w, out)
		}
	}
}

func mustRead(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestExplain(t *testing.T) {
	out, errs, code := dipex(t, "", "explain", "--lang", "de", "Xi Jinping empfing am Freitag Wladimir Putin. Die Sanktionen trafen vor allem Russland.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, w := range []string{
		"sentence 1: Xi Jinping empfing am Freitag Wladimir Putin.",
		`"Xi Jinping" -> Xi Jinping (person), exact`,
		`fired  meeting.de.empfangen at "empfing": meeting Xi Jinping -> Vladimir Putin (asserted)`,
		`no     meeting.de.treffen at "trafen": vetoed by "sanktionen"`,
		`no     meeting.de.mit at "trafen": no object: no actor after mit`,
	} {
		if !strings.Contains(out, w) {
			t.Errorf("explain output lacks %q:\n%s", w, out)
		}
	}
}

// TestExtractOutputChecks: a bad flag or an output that is an input leaves every file as it was.
func TestExtractOutputChecks(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	prev := filepath.Join(dir, "prev.jsonl")
	seed := mustRead(t, "../../testdata/xi-shoigu.de.txt")
	for _, f := range []struct{ path, data string }{{in, seed}, {prev, "previous\n"}} {
		if err := os.WriteFile(f.path, []byte(f.data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		args []string
		err  string
	}{
		{[]string{"--format", "xml", "-o", prev, in}, `unknown --format "xml"`},
		{[]string{"-o", prev, "--entities", filepath.Join(dir, "e.xlsx"), in}, "entities are written as"},
		{[]string{"-o", in, in}, "is the input"},
		{[]string{"-o", filepath.Join(dir, ".", "in.txt"), dir}, "is the input"},
		{[]string{"--entities", in, in}, "is the input"},
		{[]string{"--entities", "-", in}, "standard output"},
		{[]string{"--errors", "-", in}, "standard output"},
	} {
		_, errs, code := dipex(t, "", append([]string{"extract", "--quiet"}, tt.args...)...)
		if code != 2 || !strings.Contains(errs, tt.err) {
			t.Errorf("extract %v: exit %d, stderr %q; want 2 and %q", tt.args, code, errs, tt.err)
		}
		if got := mustRead(t, prev); got != "previous\n" {
			t.Errorf("extract %v: -o file changed to %q", tt.args, got[:min(40, len(got))])
		}
		if got := mustRead(t, in); got != seed {
			t.Errorf("extract %v: input changed", tt.args)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left in %s: %v", dir, entries)
	}
	// "-o -" is standard output, no file named "-".
	if out, errs, code := dipex(t, "", "extract", "--quiet", "-o", "-", in); code != 0 || !strings.HasPrefix(out, `{"doc"`) {
		t.Errorf("extract -o -: exit %d, %s; stdout %q", code, errs, out[:min(20, len(out))])
	}
	// A good run replaces the file.
	if _, errs, code := dipex(t, "", "extract", "--quiet", "-o", prev, in); code != 0 || !strings.HasPrefix(mustRead(t, prev), `{"doc"`) {
		t.Errorf("extract -o: exit %d, %s; file %q", code, errs, mustRead(t, prev)[:20])
	}
}

// TestUnopenableInput: a file that cannot be opened is a failed item; the run goes on.
func TestUnopenableInput(t *testing.T) {
	dir := t.TempDir()
	seed := mustRead(t, "../../testdata/xi-shoigu.de.txt")
	for _, n := range []string{"a.txt", "c.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(seed), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bad := filepath.Join(dir, "b.txt")
	if err := os.Symlink(filepath.Join(dir, "gone"), bad); err != nil {
		t.Skip(err)
	}
	out, errs, code := dipex(t, "", "extract", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var arr []map[string]any
	if err := json.Unmarshal([]byte(out), &arr); err != nil {
		t.Fatalf("output is not a JSON array: %v", err)
	}
	docs := map[string]bool{}
	for _, tr := range arr {
		docs[fmt.Sprint(tr["doc"])] = true
	}
	if len(docs) != 2 {
		t.Errorf("triples of %d documents, want 2 (a.txt and c.txt): %v", len(docs), docs)
	}
	if !strings.Contains(errs, bad) || !strings.Contains(errs, "no such file") || !strings.Contains(errs, "3 documents read, 2 extracted, 1 failed") {
		t.Errorf("stderr does not name %s, the reason and the count:\n%s", bad, errs)
	}
}

// cancelReader hands out one line per Read and cancels the run after a few.
type cancelReader struct {
	lines  []string
	after  int
	cancel func()
}

func (r *cancelReader) Read(p []byte) (int, error) {
	if len(r.lines) == 0 {
		return 0, io.EOF
	}
	if r.after--; r.after == 0 {
		r.cancel()
	}
	n := copy(p, r.lines[0])
	r.lines[0] = r.lines[0][n:]
	if r.lines[0] == "" {
		r.lines = r.lines[1:]
	}
	return n, nil
}

// TestInterrupt: on an interrupt the output holds complete records, the JSON array is closed,
// the summary says so and the exit status is 1.
func TestInterrupt(t *testing.T) {
	var lines []string
	for i := range 200 {
		lines = append(lines, fmt.Sprintf(`{"id":"d%d","lang":"de","text":"Sergej Lawrow traf sich in Riad mit Marco Rubio."}`+"\n", i))
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb bytes.Buffer
	err := run(ctx, []string{"extract", "--format", "json", "-"}, &cancelReader{lines: lines, after: 20, cancel: cancel}, &out, &errb)
	if code := exitCode(err, &errb); code != 1 {
		t.Errorf("exit %d, want 1: %s", code, errb.String())
	}
	var arr []map[string]any
	if err := json.Unmarshal(out.Bytes(), &arr); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out.String())
	}
	if len(arr) >= 200 || !strings.Contains(errb.String(), "dipex: interrupted: ") {
		t.Errorf("%d triples; stderr %q", len(arr), errb.String())
	}
}

// TestGoldDir: a gold directory gives its .jsonl files only; no gold with --min-f1 is an error;
// an id twice is an error naming both places.
func TestGoldDir(t *testing.T) {
	dir := t.TempDir()
	rec := `{"id":"r1","lang":"en","text":"Marco Rubio met Sergei Lavrov in Riyadh.","gold":[]}` + "\n"
	for name, data := range map[string]string{"a.jsonl": rec, "notes.txt": "not gold", "a.baseline.json": "{}"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.ReplaceAll(rec, "r1", "r2")))
	zw.Close()
	if err := os.WriteFile(filepath.Join(dir, "b.jsonl.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	empty, dup := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(dup, "a.jsonl"), []byte(rec), 0o644)
	os.WriteFile(filepath.Join(dup, "b.jsonl"), []byte("\n"+rec), 0o644)
	for _, tt := range []struct {
		args []string
		code int // -1: not 2
		want string
	}{
		{[]string{dir}, -1, "gold: 2 records"},
		{[]string{"--min-f1", "0.5", empty}, 2, "no gold records"},
		{[]string{"--baseline", "../../testdata/gold/tune.baseline.json", empty}, 2, "no gold records"},
		{[]string{dup}, 2, `b.jsonl:2: duplicate id "r1", first seen at ` + filepath.Join(dup, "a.jsonl") + ":1"},
	} {
		out, errs, code := dipex(t, "", append([]string{"test", "--show", "0"}, tt.args...)...)
		if (tt.code == -1 && code == 2) || (tt.code != -1 && code != tt.code) || !strings.Contains(out+errs, tt.want) {
			t.Errorf("test %v: exit %d, output %q; want %q", tt.args, code, out+errs, tt.want)
		}
	}
}

// TestEntitiesFiles: --entities x.json is a JSON array, --bom reaches entity CSV, and XLSX
// numbers are numbers.
func TestEntitiesFiles(t *testing.T) {
	dir := t.TempDir()
	js, cs, x := filepath.Join(dir, "e.json"), filepath.Join(dir, "e.csv"), filepath.Join(dir, "t.xlsx")
	seed := "../../testdata/xi-shoigu.de.txt"
	if _, errs, code := dipex(t, "", "extract", "--quiet", "--entities", js, "-o", x, seed); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var ents []map[string]any
	if err := json.Unmarshal([]byte(mustRead(t, js)), &ents); err != nil || len(ents) < 20 {
		t.Errorf("--entities .json: %d entities, %v", len(ents), err)
	}
	if _, errs, code := dipex(t, "", "extract", "--quiet", "--bom", "--entities", cs, seed); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if got := mustRead(t, cs); !strings.HasPrefix(got, "\ufeffdoc,id,name,") {
		t.Errorf("entity csv with --bom starts %q", got[:min(20, len(got))])
	}
	f, err := excelize.OpenFile(x)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, c := range []struct{ sheet, cell string }{{"triples", "H2"}, {"triples", "Z2"}, {"entities", "G2"}, {"entities", "M2"}} {
		typ, err := f.GetCellType(c.sheet, c.cell)
		if err != nil || (typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber) {
			v, _ := f.GetCellValue(c.sheet, c.cell)
			t.Errorf("%s!%s (%q) is text (type %v, %v), want a number", c.sheet, c.cell, v, typ, err)
		}
	}
}

func TestFitCell(t *testing.T) {
	long := strings.Repeat("ä", maxCell+5)
	for _, tt := range []struct {
		in   string
		want int // characters
		cut  bool
	}{
		{"short", 5, false},
		{long[:2*maxCell], maxCell, false},
		{long, maxCell, true},
	} {
		got := fitCell(tt.in)
		if n := utf8.RuneCountInString(got); n != tt.want || strings.HasSuffix(got, "…") != tt.cut || !utf8.ValidString(got) {
			t.Errorf("fitCell(%d chars): %d chars, ends in …: %v", utf8.RuneCountInString(tt.in), n, strings.HasSuffix(got, "…"))
		}
	}
}

// TestClip cuts by character: a cut that falls inside a multi-byte letter must not split it
// (the test report's record openings were cut by byte and printed invalid UTF-8).
func TestClip(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"Gespräch", 8, "Gespräch"},
		{"Gespräch", 6, "Gespr…"},
		{"Gespräch", 7, "Gesprä…"},
		{"ää", 1, "…"},
		{"Gespräch", 0, ""},
	} {
		if got := clip(tt.in, tt.n); got != tt.want || !utf8.ValidString(got) {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
