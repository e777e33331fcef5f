package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"github.com/jdkato/prose/v2"

	"dipex/batch"
	"dipex/extract"
	"dipex/input"
)

const benchHelp = `Usage: dipex bench [flags] PATH...

Measures dipex on the documents of PATH (read as for "dipex extract") in one run, so that
the figures are ratios on the same machine at the same moment:

  prose          prose's tokenizer alone, one goroutine (the baseline of the budget)
  extract -j 1   the whole extractor on one worker
  extract -j N   the whole extractor on N workers (default 2)

and prints MB/s for each, the ratios (budget: extract -j 1 at least 0.5x prose; -j 2 at
least 1.7x -j 1), the peak resident memory, and the start-up time of a fresh dipex process
to its first output line (budget: 200 ms). Each measurement is the best of -n rounds.

Flags:
`

func runBench(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rounds := fs.Int("n", 5, "rounds per measurement, taken in turns; the best of each counts")
	workers := fs.Int("j", 2, "workers for the parallel measurement")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), benchHelp)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("bench: give the documents to measure on, e.g. ../shared/corpora/*.jsonl")
	}
	files, err := input.Expand(fs.Args())
	if err != nil {
		return usageError{err}
	}
	var docs []extract.Document
	var size int64
	rd := &input.Reader{Fields: input.DefaultFields, Stdin: stdin}
	for _, f := range files {
		if err := rd.ReadFile(f, func(it input.Item) bool {
			if it.Err == nil {
				docs = append(docs, *it.Doc)
				size += int64(len(it.Doc.Text))
			}
			return true
		}); err != nil {
			return usageError{err}
		}
	}
	if len(docs) == 0 {
		return usagef("bench: no documents in %v", fs.Args())
	}
	x, err := extract.Default()
	if err != nil {
		return err
	}
	// The measurements take turns, round after round, so that a slow moment of the machine
	// falls on all of them alike; the best round of each counts.
	mbps := func(d time.Duration) float64 { return float64(size) / 1e6 / d.Seconds() }
	proseRun := func() {
		for i := range docs {
			doc, _ := prose.NewDocument(docs[i].Text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
			_ = doc.Tokens()
		}
	}
	pool := func(n int) func() {
		return func() {
			batch.Run(ctx, x, n, func(yield func(input.Item) bool) error {
				for i := range docs {
					if !yield(input.Item{Doc: &docs[i], Bytes: int64(len(docs[i].Text))}) {
						break
					}
				}
				return nil
			}, func(batch.Result) error { return nil })
		}
	}
	runs := []func(){proseRun, pool(1), pool(*workers)}
	best := make([]time.Duration, len(runs))
	for range *rounds {
		for i, f := range runs {
			runtime.GC()
			t := time.Now()
			f()
			if d := time.Since(t); best[i] == 0 || d < best[i] {
				best[i] = d
			}
		}
	}
	prose1, ext1, extN := best[0], best[1], best[2]
	fmt.Fprintf(stdout, "documents: %d, %.1f MB of text, best of %d rounds, %d CPUs\n", len(docs), float64(size)/1e6, *rounds, runtime.NumCPU())
	fmt.Fprintf(stdout, "%-14s %8.2f MB/s\n", "prose", mbps(prose1))
	fmt.Fprintf(stdout, "%-14s %8.2f MB/s   %.2fx prose (budget >= 0.5)\n", "extract -j 1", mbps(ext1), prose1.Seconds()/ext1.Seconds())
	fmt.Fprintf(stdout, "%-14s %8.2f MB/s   %.2fx -j 1 (budget >= 1.7 for -j 2)\n", fmt.Sprintf("extract -j %d", *workers), mbps(extN), ext1.Seconds()/extN.Seconds())
	if hwm := peakRSS(); hwm != "" {
		fmt.Fprintf(stdout, "%-14s %s (with every document held in memory; budget < 300 MB)\n", "peak RSS", hwm)
	}
	if d, err := startup(); err == nil {
		fmt.Fprintf(stdout, "%-14s %8.0f ms to the first output line of a fresh process (budget < 200)\n", "start-up", float64(d.Microseconds())/1000)
	} else {
		fmt.Fprintf(stderr, "dipex: start-up not measured: %v\n", err)
	}
	return nil
}

// peakRSS reads the process's peak resident set size (Linux).
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:"))
		}
	}
	return ""
}

// startup runs this binary on a one-sentence article and times its first output line.
func startup() (time.Duration, error) {
	exe, err := os.Executable()
	if err != nil {
		return 0, err
	}
	best := time.Duration(0)
	for range 3 {
		cmd := exec.Command(exe, "extract", "--quiet", "--lang", "de", "-")
		cmd.Stdin = strings.NewReader("Xi Jinping empfing Wladimir Putin in Peking.")
		out, err := cmd.StdoutPipe()
		if err != nil {
			return 0, err
		}
		t := time.Now()
		if err := cmd.Start(); err != nil {
			return 0, err
		}
		_, err = bufio.NewReader(out).ReadString('\n')
		d := time.Since(t)
		cmd.Wait()
		if err != nil {
			return 0, fmt.Errorf("no output line: %v", err)
		}
		if best == 0 || d < best {
			best = d
		}
	}
	return best, nil
}
