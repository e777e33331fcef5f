// Command dipex extracts who met whom, who said what and who agreed with whom from news
// articles, as JSON Lines triples (or JSON, CSV, TSV).
//
// Usage:
//
//	dipex extract [flags] [PATH...]   read articles, write triples
//	dipex entities [flags] [PATH...]  list the actors each article names
//	dipex gazetteer lookup NAME...    show what a name matches, and why
//	dipex report [PATH...] -o FILE    write an HTML report of the triples
//	dipex test, lint, explain, bench  rules CI, YAML checks, explanations, measurements
//	dipex version                     print the version
//	dipex help [COMMAND]              explain a command
//
// Exit status: 0 when the run completes, 1 for findings (a failed test), 2 for a usage or
// configuration error (bad flags, unreadable input, a bad gazetteer or rules file).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// dipex allocates many short-lived tokens and keeps little: collecting less often buys
		// speed for memory it has to spare, and the soft limit keeps the process well under the
		// 300 MB budget however long the run (GOGC and GOMEMLIMIT override both).
		debug.SetGCPercent(400)
		if os.Getenv("GOMEMLIMIT") == "" {
			debug.SetMemoryLimit(200 << 20)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// usageError is a mistake in how dipex was called or configured: exit status 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// findingsError means the run worked and found a problem (a failed test): exit status 1.
type findingsError struct{ msg string }

func (e findingsError) Error() string { return e.msg }

// errHelp is returned when --help was asked for: the help is printed, the exit status is 0.
var errHelp = errors.New("help requested")

func exitCode(err error, stderr io.Writer) int {
	var f findingsError
	switch {
	case err == nil, errors.Is(err, errHelp):
		return 0
	case errors.As(err, &f):
		if f.msg != "" {
			fmt.Fprintln(stderr, "dipex:", f.msg)
		}
		return 1
	}
	fmt.Fprintln(stderr, "dipex:", err)
	return 2
}

const usage = `dipex reads news articles and writes who met whom, who said what and who agreed
with whom, as JSON Lines triples.

Usage:
  dipex extract [flags] [PATH...]   read articles (.txt, .jsonl, directories, - for stdin), write triples
  dipex entities [flags] [PATH...]  list the actors each article names, with offsets and how they matched
  dipex gazetteer lookup NAME...    show what a name matches in the gazetteer, and why
  dipex test [GOLD.jsonl|DIR...]    score the rules on their examples and on gold records (for CI)
  dipex lint [FILE|DIR...]          check rules and gazetteer YAML: every problem with file:line:col
  dipex explain TEXT|FILE|-         show per sentence the actors found and why each rule fired or not
  dipex report [PATH...] -o FILE    write a self-contained HTML report: summary, network, triples, articles
  dipex bench PATH...               measure speed, scaling, memory and start-up on PATH
  dipex version                     print the version
  dipex help COMMAND                explain a command and its flags

Run "dipex help extract" for the flags. Exit status: 0 ok, 1 findings, 2 usage or data errors.
`

// commands are the subcommands, each run with the arguments after its name.
var commands = map[string]func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error{
	"extract":   runExtract,
	"entities":  runEntities,
	"gazetteer": runGazetteer,
	"bench":     runBench,
	"test":      runTest,
	"lint":      runLint,
	"explain":   runExplain,
	"report":    runReport,
}

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usagef("no command given")
	}
	cmd, rest := args[0], args[1:]
	if f, ok := commands[cmd]; ok {
		return f(ctx, rest, stdin, stdout, stderr)
	}
	switch cmd {
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "dipex", version)
		return nil
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 {
			return run(ctx, []string{rest[0], "--help"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return usagef("unknown command %q", cmd)
}

// unwrapPath drops the path from an os error: the message names it already.
func unwrapPath(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}
