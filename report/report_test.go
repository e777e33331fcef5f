package report

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"dipex/extract"
)

const seedPath = "../testdata/xi-shoigu.de.txt"

// extractDocs extracts documents with the default extractor.
func extractDocs(t testing.TB, docs ...*extract.Document) []*extract.Result {
	t.Helper()
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	out := make([]*extract.Result, len(docs))
	for i, d := range docs {
		out[i] = x.Extract(d)
	}
	return out
}

// seed extracts the seed article.
func seed(t testing.TB) *extract.Result {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return extractDocs(t, &extract.Document{ID: "testdata/xi-shoigu.de.txt", Text: string(b)})[0]
}

func html(t testing.TB, r *Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := r.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestSeedSummary(t *testing.T) {
	res := seed(t)
	d := Collect("seed", []*extract.Result{res}).Data()
	if d.Documents != 1 || d.DocumentsWithTriples != 1 || d.Triples != len(res.Triples) || len(d.Rows) != len(res.Triples) {
		t.Errorf("documents %d, with triples %d, triples %d, rows %d; want 1, 1, %d, %d",
			d.Documents, d.DocumentsWithTriples, d.Triples, len(d.Rows), len(res.Triples), len(res.Triples))
	}
	want := map[string]int{}
	for _, tr := range res.Triples {
		want[tr.Relation]++
	}
	for _, rc := range d.Relations {
		if rc.Count != want[rc.Relation] {
			t.Errorf("%s: %d triples, want %d", rc.Relation, rc.Count, want[rc.Relation])
		}
	}
	if len(d.TopActors) == 0 || d.TopActors[0].Name != "Xi Jinping" {
		t.Errorf("most active actor: %+v, want Xi Jinping first", d.TopActors)
	}
	if len(d.Articles) != 1 || d.Articles[0].N != 1 || d.Rows[0].Article != 1 {
		t.Errorf("articles %+v, first row's article %d: want the seed as doc-1", len(d.Articles), d.Rows[0].Article)
	}
}

func TestSeedNetwork(t *testing.T) {
	d := Collect("seed", []*extract.Result{seed(t)}).Data()
	type edge struct {
		a, b, rel       string
		count, asserted int
	}
	got := map[[3]string]edge{}
	for _, e := range d.Network.Edges {
		a, b := e.A.Name, e.B.Name
		if b < a {
			a, b = b, a
		}
		got[[3]string{a, b, e.Relation}] = edge{a, b, e.Relation, e.Count, e.Asserted}
	}
	for _, w := range []edge{
		{"Sergei Shoigu", "Xi Jinping", "meeting", 2, 2},
		{"Sergei Shoigu", "Xi Jinping", "agreement", 1, 1}, // "Beide Seiten vereinbarten"
		{"Vladimir Putin", "Xi Jinping", "agreement", 1, 1},
		{"Marco Rubio", "Sergei Lavrov", "meeting", 1, 1},
		{"Donald Trump", "Vladimir Putin", "meeting", 1, 0}, // planned
	} {
		if g, ok := got[[3]string{w.a, w.b, w.rel}]; !ok || g != w {
			t.Errorf("edge %s–%s %s: got %+v (found %v), want %+v", w.a, w.b, w.rel, g, ok, w)
		}
	}
	if len(got) != 5 {
		t.Errorf("%d edges, want 5: %v", len(got), got)
	}
	mentions := map[string]int{}
	for _, n := range d.Network.Nodes {
		mentions[n.Name] = n.Mentions
		if n.X < 0 || n.X > float64(d.Network.Width) || n.Y < 0 || n.Y > float64(d.Network.Height) {
			t.Errorf("%s at (%v, %v), outside the %dx%d drawing", n.Name, n.X, n.Y, d.Network.Width, d.Network.Height)
		}
	}
	// Statement speakers without meetings or agreements are not drawn; mentions are counted
	// for the party (Peking for China is not drawn here, but Xi is mentioned six times).
	for name, want := range map[string]int{"Xi Jinping": 6, "Sergei Shoigu": 4, "Vladimir Putin": 3, "Wang Yi": 0} {
		if mentions[name] != want {
			t.Errorf("node %s: %d mentions, want %d", name, mentions[name], want)
		}
	}
}

func TestPieces(t *testing.T) {
	res := seed(t)
	ps := pieces(res)
	var text strings.Builder
	classes := map[string]string{}
	for _, p := range ps {
		text.WriteString(p.Text)
		if p.Class != "" {
			classes[p.Text] = p.Class
		}
	}
	if text.String() != res.Doc.Text {
		t.Fatal("the pieces do not add up to the text")
	}
	for _, c := range []struct{ text, class string }{
		{"Xi Jinping", "person"},
		{"Sergei Schoigu", "person"},
		{"chinesische", "country"},
		{"Peking", "city"},
		{"Xinhua", "media"},
		{"russischen Sicherheitsrates", "organization"}, // the longest of overlapping mentions wins
		{"chinesische Außenministerium", "organization"},
		{"empfing", "trigger"},
		{"bekräftigte", "trigger"}, // code point offsets after umlauts and „quotes“
		{"vereinbarten", "trigger"},
		{"geschlossen", "trigger"},
	} {
		if classes[c.text] != c.class {
			t.Errorf("%q: class %q, want %q", c.text, classes[c.text], c.class)
		}
	}
}

func TestPiecesOverlap(t *testing.T) {
	// A mention nested in a longer one gives no nested mark: the longest is marked.
	for _, c := range []struct{ text, piece, class string }{
		{"Der russische Sicherheitsrat erklärte, die Lage sei ernst.", "russische Sicherheitsrat", "organization"},
		{"Das chinesische Außenministerium erklärte, die Beziehungen seien stabil.", "chinesische Außenministerium", "organization"},
		{"Xi Jinping empfing in Peking den russischen Präsidenten Wladimir Putin.", "empfing", "trigger"},
	} {
		res := extractDocs(t, &extract.Document{ID: "t", Text: c.text})[0]
		var got strings.Builder
		found := false
		for _, p := range pieces(res) {
			got.WriteString(p.Text)
			found = found || p.Text == c.piece && p.Class == c.class
		}
		if got.String() != c.text {
			t.Errorf("%q: the pieces give %q", c.text, got.String())
		}
		if !found {
			t.Errorf("%q: no %s piece %q in %+v", c.text, c.class, c.piece, pieces(res))
		}
	}
}

func TestEscaping(t *testing.T) {
	const evil = "<script>alert(1)</script>"
	cases := []struct {
		name string
		doc  extract.Document
	}{
		{"in the text", extract.Document{ID: "plain", Text: "Xi Jinping said that " + evil + " was fine. Xi Jinping met Vladimir Putin in Moscow."}},
		{"in the id", extract.Document{ID: evil + `"><img src=x onerror=alert(2)>`, Text: "Xi Jinping met Vladimir Putin in Moscow."}},
		{"in the URL", extract.Document{ID: "u", URL: "javascript:alert(3)", Text: "Xi Jinping met Vladimir Putin in Moscow."}},
		{"quotes and ampersands", extract.Document{ID: `a"b'c&d`, Text: `Vladimir Putin said: "` + evil + `" & <b>bold</b>`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := extractDocs(t, &c.doc)[0]
			if len(res.Triples) == 0 {
				t.Fatal("no triples: the article would not be shown")
			}
			out := html(t, Collect(evil, []*extract.Result{res}))
			for _, bad := range []string{"<script>alert", "<img src=x", "<b>bold", "javascript:alert", `id="doc-` + c.doc.ID} {
				if strings.Contains(out, bad) {
					t.Errorf("the page contains %q", bad)
				}
			}
			if n := strings.Count(out, "<script"); n != 1 {
				t.Errorf("%d script elements, want only the page's own", n)
			}
			if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") {
				t.Error("the script is not shown as text")
			}
			if !strings.Contains(out, `id="doc-1"`) {
				t.Error("the article's anchor is not doc-1")
			}
		})
	}
}

func TestNoNetwork(t *testing.T) {
	out := html(t, Collect("seed", []*extract.Result{seed(t)}))
	if !strings.Contains(out, `content="default-src &#39;none&#39;`) {
		t.Error("no Content-Security-Policy that forbids loading")
	}
	for _, bad := range []string{"src=", "<link", "@import", "url(", `href="http`} {
		if strings.Contains(out, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a := html(t, Collect("seed", []*extract.Result{seed(t)}))
	b := html(t, Collect("seed", []*extract.Result{seed(t)}))
	if a != b {
		t.Error("the same input gave two different pages")
	}
	edges := [][2]int{{0, 1}, {1, 2}, {2, 0}, {3, 4}, {5, 5}}
	p, q := layout(7, edges, 800, 500), layout(7, edges, 800, 500)
	for i := range p {
		if p[i] != q[i] {
			t.Fatalf("layout differs at node %d: %v, %v", i, p[i], q[i])
		}
		if p[i].X < 0 || p[i].X > 800 || p[i].Y < 0 || p[i].Y > 500 {
			t.Errorf("node %d at %v, outside the box", i, p[i])
		}
	}
}

func TestLayoutSizes(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 40} {
		var edges [][2]int
		for i := 1; i < n; i++ {
			edges = append(edges, [2]int{0, i})
		}
		pos := layout(n, edges, 600, 400)
		if len(pos) != n {
			t.Fatalf("n=%d: %d positions", n, len(pos))
		}
		for i, p := range pos {
			if p.X < 0 || p.X > 600 || p.Y < 0 || p.Y > 400 || p.X != p.X || p.Y != p.Y {
				t.Errorf("n=%d: node %d at %v", n, i, p)
			}
		}
	}
}

// TestLimits builds the report of 10,000 articles (the seed, again and again) and checks that
// the page keeps to its limits and says what it left out.
func TestLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a large page")
	}
	res := seed(t)
	r := New("10,000 articles")
	const n = 10000
	for i := range n {
		c := *res
		c.Doc = &extract.Document{ID: fmt.Sprintf("doc-%05d", i), Text: res.Doc.Text}
		r.Add(&c)
	}
	d := r.Data()
	triples := n * len(res.Triples)
	if d.Documents != n || d.Triples != triples || len(d.Rows) != MaxRows || d.RowsLeftOut != triples-MaxRows ||
		len(d.Articles) != MaxArticles || d.ArticlesLeftOut != n-MaxArticles {
		t.Errorf("documents %d, triples %d, rows %d (+%d left out), articles %d (+%d left out)",
			d.Documents, d.Triples, len(d.Rows), d.RowsLeftOut, len(d.Articles), d.ArticlesLeftOut)
	}
	out := html(t, r)
	if got := strings.Count(out, "<tr data-rel="); got != MaxRows {
		t.Errorf("%d table rows, want %d", got, MaxRows)
	}
	if got := strings.Count(out, "<tr data-rel=") - strings.Count(out, " hidden>"); got != PageSize {
		t.Errorf("%d rows shown before the script runs, want one page (%d)", got, PageSize)
	}
	for _, note := range []string{fmt.Sprintf("%d triples left out of the table", triples-MaxRows),
		fmt.Sprintf("%d articles with triples left out", n-MaxArticles)} {
		if !strings.Contains(out, note) {
			t.Errorf("the page does not say %q", note)
		}
	}
	if len(out) > 30<<20 {
		t.Errorf("the page is %d MB", len(out)>>20)
	}
	t.Logf("10,000 articles: %.1f MB", float64(len(out))/1e6)
}
