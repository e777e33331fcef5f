package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"dipex/extract"
	"dipex/report"
)

var reportHelp = fmt.Sprintf(`Usage: dipex report [flags] [PATH...] -o report.html

Extracts the articles (read as for "dipex extract") and writes one self-contained HTML page
that needs no network when opened: a summary (documents, triples per relation, the most
active actors); a network of the actors of meetings and agreements (circles sized by
mentions, edges coloured by relation, laid out in Go); a table of the triples with their
evidence sentences that sorts (click a heading), filters (words, relation, modality) and
pages; and the articles with their actors highlighted by type and the triggers marked,
linked from the table. All article text is escaped, and the page runs only its own script.

Limits that keep the report of a large dump usable (the page states them too):
  - the table holds the first %d triples, %d rows a page;
  - only articles that have triples are shown, the first %d of them;
  - the network draws at most %d actors (those with the most mentions).

Flags:
`, report.MaxRows, report.PageSize, report.MaxArticles, report.MaxNodes)

func runReport(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, c := extractFlags("report", stderr, reportHelp)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if c.format != "" && c.format != "html" {
		return usagef("report writes HTML only, not --format %s", c.format)
	}
	paths := fs.Args()
	return c.run(ctx, paths, stdin, stdout, stderr, func(_ string, w io.Writer) (sinkFuncs, error) {
		r := report.New(reportTitle(paths))
		return sinkFuncs{
			each: func(res *extract.Result) error { r.Add(res); return nil },
			done: func() error { return r.WriteHTML(w) },
		}, nil
	})
}

// reportTitle names the report after its inputs.
func reportTitle(paths []string) string {
	switch {
	case len(paths) == 0:
		return "dipex report: standard input"
	case len(paths) <= 3:
		return "dipex report: " + strings.Join(paths, ", ")
	}
	return fmt.Sprintf("dipex report: %s and %d more", strings.Join(paths[:3], ", "), len(paths)-3)
}
