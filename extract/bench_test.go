package extract_test

import (
	"os"
	"testing"

	"dipex/extract"
	"dipex/gazetteer"
	"dipex/rules"
	"dipex/tokenize"
)

func seedText(b *testing.B) string {
	data, err := os.ReadFile("../testdata/xi-shoigu.de.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkExtract runs the whole pipeline over the seed article with an extractor built once:
// the cost per document of a long run.
func BenchmarkExtract(b *testing.B) {
	text := seedText(b)
	x, err := extract.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		x.Extract(&extract.Document{ID: "seed", Text: text, Lang: "de"})
	}
}

// BenchmarkProse is prose's tokenizer alone on the same text: the throughput baseline of
// DESIGN.md's budget (the extractor at no less than half its speed).
func BenchmarkProse(b *testing.B) {
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		proseTokens(text)
	}
}

// BenchmarkTokenize is dipex's tokenizer: prose's, with offsets, quotes and compounds.
func BenchmarkTokenize(b *testing.B) {
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tokenize.Text(text)
	}
}

// BenchmarkBuild is what building the gazetteer index and compiling the rules costs: paid once
// per process (Default), never per document. Compare with BenchmarkExtract.
func BenchmarkBuild(b *testing.B) {
	gf, err := gazetteer.DefaultFiles()
	if err != nil {
		b.Fatal(err)
	}
	rf, err := rules.DefaultFiles()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		g, err := gazetteer.New(gf...)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := rules.New(rf...); err != nil {
			b.Fatal(err)
		}
		_ = g
	}
}
