package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// runArgs runs dipex-beam's own flags and run, as main does, and returns the exit status and
// what it wrote on stderr.
func runArgs(t *testing.T, args ...string) (int, string) {
	t.Helper()
	fs := flag.NewFlagSet("dipex-beam", flag.ContinueOnError)
	c := defineFlags(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	code := run(context.Background(), c, fs.Args(), &stderr)
	return code, stderr.String()
}

// TestRun runs the command as the README does, on the seed article and a JSON Lines file with
// a carried field and a bad line.
func TestRun(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(in, "docs.jsonl"), []byte(
		`{"id":"a","text":"Xi Jinping met Vladimir Putin in Moscow.","source":"wire"}`+"\nnot json\n"), 0o644)
	code, stderr := runArgs(t,
		"--input", filepath.Join(in, "*.jsonl")+",../../../testdata/xi-shoigu.de.txt",
		"--output", filepath.Join(out, "triples"), "--dead-letter", filepath.Join(out, "failed"),
		"--shards", "2", "--keep-fields", "source")
	if code != 0 {
		t.Fatalf("exit status %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "dipex-beam: 3 documents read, 2 extracted, 1 failed;") {
		t.Errorf("no summary in:\n%s", stderr)
	}
	triples, _ := filepath.Glob(filepath.Join(out, "triples-*-of-00002.jsonl"))
	failed, _ := os.ReadFile(filepath.Join(out, "failed-00000-of-00001.jsonl"))
	var all []byte
	for _, f := range triples {
		b, _ := os.ReadFile(f)
		all = append(all, b...)
	}
	if len(triples) != 2 || !bytes.Contains(all, []byte(`"meta":{"source":"wire"}`)) ||
		!bytes.Contains(all, []byte(`"doc":"../../../testdata/xi-shoigu.de.txt"`)) {
		t.Errorf("triples files %v hold:\n%s", triples, all)
	}
	if !bytes.Contains(failed, []byte(`docs.jsonl:2: not a JSON object`)) {
		t.Errorf("dead letters:\n%s", failed)
	}
}

// TestUsage checks that usage and configuration errors exit with status 2 and say why.
func TestUsage(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("rules:\n  - id: x\n    tigger: y\n"), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--output", "o", "--dead-letter", "d"}, "no --input"},
		{[]string{"--input", "no/such/*.jsonl", "--output", "o", "--dead-letter", "d"}, "no/such/*.jsonl: no file matches"},
		{[]string{"--input", "x", "stray"}, `unexpected argument "stray"`},
		{[]string{"--input", "x", "--rules", bad}, bad + ":"},
	} {
		code, stderr := runArgs(t, c.args...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%q: exit status %d, stderr %q; want 2 and %q", c.args, code, stderr, c.want)
		}
	}
}
