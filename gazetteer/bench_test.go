package gazetteer

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"testing"

	"dipex/tokenize"
)

// syntheticPeople makes n people with made-up two-word names (and a surname alias each), so
// that the matcher can be measured at the size of a large gazetteer: 2n aliases.
func syntheticPeople(n int) *File {
	r := rand.New(rand.NewPCG(1, 2))
	syl := []string{"ka", "lo", "mi", "ra", "tu", "sen", "dor", "vi", "an", "bel", "cor", "zu", "pe", "ni", "qua", "rho", "sta", "gri", "fel", "mon"}
	word := func() string {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		s := b.String() + "qz" // no real name ends so: no clash with the data
		return strings.ToUpper(s[:1]) + s[1:]
	}
	f := &File{Name: "synthetic.yaml"}
	seen := map[string]bool{}
	for len(f.Actors) < n {
		given, family := word(), word()
		name := given + " " + family
		if seen[name] || seen[family] {
			continue
		}
		seen[name], seen[family] = true, true
		f.Actors = append(f.Actors, &Actor{ID: fmt.Sprintf("p%d", len(f.Actors)), Name: name, Type: Person,
			Aliases: map[string][]string{"any": {family}}})
	}
	return f
}

func seedWords(b *testing.B) ([]string, []string, int) {
	data, err := os.ReadFile("../testdata/xi-shoigu.de.txt")
	if err != nil {
		b.Fatal(err)
	}
	toks := tokenize.Text(string(data))
	raw := make([]string, len(toks))
	keys := make([]string, len(toks))
	for i, t := range toks {
		raw[i], keys[i] = t.Text, t.Key
	}
	return raw, keys, len(data)
}

func benchMatch(b *testing.B, extra int) {
	files, err := DefaultFiles()
	if err != nil {
		b.Fatal(err)
	}
	if extra > 0 {
		files = append(files, syntheticPeople(extra))
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	g, err := New(files...)
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	raw, keys, n := seedWords(b)
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		g.Match(raw, keys, "de")
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-heap")
	runtime.KeepAlive(g)
}

// BenchmarkMatchDefault is the matcher with the embedded gazetteer; BenchmarkMatch100k adds
// 50,000 people with 100,000 aliases. The budget: at most 20% slower, and the whole process
// under 300 MB resident (MB-heap is the gazetteer's own heap).
func BenchmarkMatchDefault(b *testing.B) { benchMatch(b, 0) }
func BenchmarkMatch100k(b *testing.B)    { benchMatch(b, 50_000) }
