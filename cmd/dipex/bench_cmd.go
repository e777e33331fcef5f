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
	"slices"
	"strings"
	"time"

	"github.com/jdkato/prose/v2"

	"dipex/batch"
	"dipex/extract"
	"dipex/input"
	"dipex/tokenize"
)

const benchHelp = `Usage: dipex bench [flags] PATH...

Measures dipex on the documents of PATH (read as for "dipex extract") in one run, so that
the figures are ratios on the same machine at the same moment:

  prose          prose's tokenizer alone, one goroutine (the baseline of the budget)
  extract -j 1   the whole extractor on one worker
  extract -j N   the whole extractor on N workers (default 2)

and prints MB/s for each, the ratios (budget: extract -j 1 at least 0.5x prose; -j 2 at
least 1.7x -j 1), the peak resident memory, and the start-up time of a fresh dipex process
to its first output line (budget: 200 ms).

prose and the extractor are timed document by document in turns, so that both see the same
moments of a machine whose speed drifts; their ratio is the median of -n rounds. The worker
pool is timed with one worker and with N, the best of -n rounds each. The extractor keeps
prose's words of each piece of text between white space for the whole process (news repeats
most of its words); every timed run starts with that cache empty, as a fresh process does, so
that the rounds, which repeat the same text, do not flatter it.

Flags:
`

func runBench(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rounds := fs.Int("n", 5, "rounds, each timing prose and the extractor in turns and then the pool; the median ratio and the best pool times count")
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
	if *rounds < 1 || *workers < 1 {
		return usagef("bench: -n and -j must be at least 1")
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
	// falls on all of them alike: the prose/extractor ratio is the median over the rounds,
	// the pool times are the best round of each.
	mbps := func(d time.Duration) float64 { return float64(size) / 1e6 / d.Seconds() }
	proseDoc := func(text string) {
		doc, _ := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
		_ = doc.Tokens()
	}
	// paired times prose and the extractor document by document, in turns (which goes first
	// alternates), so that both see the same moments of a machine whose speed drifts: their
	// ratio is far steadier than that of two runs a few seconds apart.
	paired := func() (p, e time.Duration) {
		for i := range docs {
			for k := range 2 {
				t := time.Now()
				if (i+k)%2 == 0 {
					proseDoc(docs[i].Text)
					p += time.Since(t)
				} else {
					x.Extract(&docs[i])
					e += time.Since(t)
				}
			}
		}
		return p, e
	}
	pool := func(n int) time.Duration {
		t := time.Now()
		batch.Run(ctx, x, n, func(yield func(input.Item) bool) error {
			for i := range docs {
				if !yield(input.Item{Doc: &docs[i], Bytes: int64(len(docs[i].Text))}) {
					break
				}
			}
			return nil
		}, func(batch.Result) error { return nil })
		return time.Since(t)
	}
	var ratios []float64
	var prose1, ext1, pool1, poolN time.Duration
	least := func(d *time.Duration, v time.Duration) {
		if *d == 0 || v < *d {
			*d = v
		}
	}
	// Each run starts with the extractor's cache of prose's words empty, as in a fresh process:
	// the rounds repeat the same text, which a warm cache would flatter.
	cold := func() {
		tokenize.Forget()
		runtime.GC()
	}
	for range *rounds {
		cold()
		p, e := paired()
		ratios = append(ratios, p.Seconds()/e.Seconds())
		least(&prose1, p)
		least(&ext1, e)
		cold()
		least(&pool1, pool(1))
		cold()
		least(&poolN, pool(*workers))
	}
	slices.Sort(ratios)
	fmt.Fprintf(stdout, "documents: %d, %.1f MB of text, %d rounds, %d CPUs\n", len(docs), float64(size)/1e6, *rounds, runtime.NumCPU())
	fmt.Fprintf(stdout, "%-14s %8.2f MB/s\n", "prose", mbps(prose1))
	fmt.Fprintf(stdout, "%-14s %8.2f MB/s   %.2fx prose (median; %.2f-%.2f over the rounds; budget >= 0.5)\n", "extract -j 1",
		mbps(ext1), ratios[len(ratios)/2], ratios[0], ratios[len(ratios)-1])
	fmt.Fprintf(stdout, "%-14s %8.2f MB/s   %.2fx -j 1 on the worker pool (budget >= 1.7 for -j 2)\n", fmt.Sprintf("extract -j %d", *workers),
		mbps(poolN), pool1.Seconds()/poolN.Seconds())
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
