package main

import (
	"context"
	"encoding/csv"

	"fmt"
	"io"
	"strconv"

	"dipex/extract"
)

const entitiesHelp = `Usage: dipex entities [flags] [PATH...]

Lists the actors each article names: one mention per line, with the actor the mention
resolves to (id, canonical name, type, country), the text as written, its code point
offsets, how it was matched (exact, inflected, short, adjective, metonym, institution,
title, role, fuzzy, pronoun) and the title in apposition. Inputs are read as for
"dipex extract".

Flags:
`

// EntityColumns is the column order of entities as CSV or TSV.
var EntityColumns = []string{"doc", "id", "name", "type", "country", "text", "start", "end", "match", "title", "stands_for", "sentence", "confidence"}

func runEntities(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, c := extractFlags("entities", stderr, entitiesHelp)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	return c.run(ctx, fs.Args(), stdin, stdout, stderr, func(format string, w io.Writer) (func(*extract.Result) error, func() error, error) {
		switch format {
		case "jsonl", "":
			enc := newEncoder(w)
			return func(res *extract.Result) error {
				for _, e := range res.Entities() {
					if err := enc.Encode(e); err != nil {
						return err
					}
				}
				return nil
			}, func() error { return nil }, nil
		case "csv", "tsv":
			cw := csv.NewWriter(w)
			if format == "tsv" {
				cw.Comma = '\t'
			}
			if err := cw.Write(EntityColumns); err != nil {
				return nil, nil, err
			}
			return func(res *extract.Result) error {
				for _, e := range res.Entities() {
					cw.Write([]string{e.Doc, e.ID, e.Name, e.Type, e.Country, e.Text, strconv.Itoa(e.Start), strconv.Itoa(e.End),
						e.Match, e.Title, e.StandsFor, strconv.Itoa(e.Sentence), fmt.Sprint(e.Confidence)})
				}
				return cw.Error()
			}, func() error { cw.Flush(); return cw.Error() }, nil
		}
		return nil, nil, usagef("unknown --format %q for entities: use jsonl, csv or tsv", format)
	})
}
