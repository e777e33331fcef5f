package main

import (
	"context"

	"io"

	"dipex/extract"
)

const entitiesHelp = `Usage: dipex entities [flags] [PATH...]

Lists the actors each article names: one mention per line, with the actor the mention
resolves to (id, canonical name, type, country), the text as written, its code point
offsets, how it was matched (exact, inflected, short, adjective, metonym, institution,
title, listed, role, fuzzy, pronoun) and the title in apposition. Inputs are read as for
"dipex extract".

Flags:
`

func runEntities(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, c := extractFlags("entities", stderr, entitiesHelp)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	return c.run(ctx, fs.Args(), stdin, stdout, stderr, func(format string, w io.Writer) (sinkFuncs, error) {
		ew, err := newEntityWriter(format, w, c.bom)
		if err != nil {
			return sinkFuncs{}, err
		}
		return sinkFuncs{each: func(res *extract.Result) error { return ew.write(res.Entities()) }, done: ew.close}, nil
	})
}
