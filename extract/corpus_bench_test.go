package extract_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"dipex/extract"

	"github.com/jdkato/prose/v2"
)

// corpus loads the documents of a shared/corpora file for benchmarks, or skips when it is not
// there (the corpora stay outside the repository: their licences forbid copying them in).
func corpus(b *testing.B, name string) []extract.Document {
	f, err := os.Open("../../shared/corpora/" + name)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	var docs []extract.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var d struct{ ID, Text, Lang, Date string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, extract.Document{ID: d.ID, Text: d.Text, Lang: d.Lang, Date: d.Date})
	}
	return docs
}

func size(docs []extract.Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return n
}

// proseTokens is the baseline: prose's tokenizer alone, as DESIGN.md measured it.
func proseTokens(text string) int {
	doc, _ := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	return len(doc.Tokens())
}

func benchCorpus(b *testing.B, name string, extractAll bool) {
	docs := corpus(b, name)
	x, err := extract.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size(docs))
	b.ResetTimer()
	for b.Loop() {
		for i := range docs {
			if extractAll {
				x.Extract(&docs[i])
			} else {
				proseTokens(docs[i].Text)
			}
		}
	}
}

// The whole extractor against prose's tokenizer alone, on the politics subsets of the shared
// corpora: the ratio of their MB/s is DESIGN.md's throughput budget (at least 0.5).
func BenchmarkCorpusExtractDE(b *testing.B)  { benchCorpus(b, "news_de.politics.jsonl", true) }
func BenchmarkCorpusTokenizeDE(b *testing.B) { benchCorpus(b, "news_de.politics.jsonl", false) }
func BenchmarkCorpusExtractEN(b *testing.B)  { benchCorpus(b, "news_en.politics.jsonl", true) }
func BenchmarkCorpusTokenizeEN(b *testing.B) { benchCorpus(b, "news_en.politics.jsonl", false) }
