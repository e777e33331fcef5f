package report

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"dipex/extract"
)

// The end-to-end tests open reports in headless Chromium (Debian's chromium package, which
// .ci/run installs) and read back the page as the browser built it: the page's script sets
// data-ok="1" on <body> once it has run, and data-jserror on any JavaScript error. They skip
// when Chromium is not installed, and in -short mode.
//
// DIPEX_REPORT_SCREENSHOT=FILE.png keeps the screenshot of the seed's report.

const chromiumPath = "/usr/bin/chromium"

// The seed's screenshot: tall enough for the summary, the network, the whole table and the
// article.
const shotWidth, shotHeight = 1400, 4200

// browser runs headless Chromium on a page with extra flags and returns its standard output
// and error.
func browser(t *testing.T, page string, flags ...string) (stdout, stderr string) {
	t.Helper()
	abs, err := filepath.Abs(page)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--user-data-dir=" + t.TempDir(), "--virtual-time-budget=5000",
		"--enable-logging=stderr", "--v=0"}, flags...)
	args = append(args, (&url.URL{Scheme: "file", Path: abs}).String())
	cmd := exec.CommandContext(ctx, chromiumPath, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, errb.String())
	}
	return out.String(), errb.String()
}

func needBrowser(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("opens a browser")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("%s is not installed (apt-get install chromium)", chromiumPath)
	}
}

// render writes a report's page, opens it and checks that its script ran without error. It
// returns the DOM the browser built.
func render(t *testing.T, r *Report, name string) (dom, page string) {
	t.Helper()
	page = filepath.Join(t.TempDir(), name+".html")
	f, err := os.Create(page)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	if err := r.WriteHTML(w); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	dom, logs := browser(t, page, "--dump-dom")
	body := regexp.MustCompile(`<body[^>]*>`).FindString(dom)
	if body == "" {
		t.Fatalf("no <body> in the DOM:\n%.2000s", dom)
	}
	if m := regexp.MustCompile(`data-jserror="[^"]*"`).FindString(body); m != "" {
		t.Errorf("JavaScript error: %s", m)
	}
	if !strings.Contains(body, `data-ok="1"`) {
		t.Errorf("the page's script did not finish: %s", body)
	}
	for _, line := range strings.Split(logs, "\n") {
		if strings.Contains(line, "Uncaught") || strings.Contains(line, "Refused to") {
			t.Errorf("browser console: %s", line)
		}
	}
	return dom, page
}

var edgeRe = regexp.MustCompile(`<path class="edge [^"]*" d="[^"]*" stroke-width="[^"]*" data-a="([^"]*)" data-b="([^"]*)" data-rel="([^"]*)"`)

// edges lists the network's edges in the DOM as "a|b|relation", a < b.
func edges(dom string) map[string]bool {
	out := map[string]bool{}
	for _, m := range edgeRe.FindAllStringSubmatch(dom, -1) {
		a, b := m[1], m[2]
		if b < a {
			a, b = b, a
		}
		out[a+"|"+b+"|"+m[3]] = true
	}
	return out
}

func TestBrowserSeed(t *testing.T) {
	needBrowser(t)
	res := seed(t)
	dom, page := render(t, Collect("dipex report: the seed", []*extract.Result{res}), "seed")

	if !edges(dom)["Sergei Shoigu|Xi Jinping|meeting"] {
		t.Errorf("no Xi Jinping–Sergei Shoigu meeting edge; edges: %v", edges(dom))
	}
	if n := strings.Count(dom, "<tr data-rel="); n != len(res.Triples) {
		t.Errorf("%d table rows, want the seed's %d triples", n, len(res.Triples))
	}
	for _, tr := range res.Triples {
		if !strings.Contains(dom, ">"+tr.Subject.Name+"<") || !strings.Contains(dom, ">"+tr.Trigger.Text+"<") {
			t.Errorf("the table lacks %s %s (%s)", tr.Subject.Name, tr.Relation, tr.Trigger.Text)
		}
	}
	if strings.Contains(dom, "<tr data-rel=\"meeting\" data-mod=\"asserted\" hidden") {
		t.Error("rows of the first page are hidden")
	}
	for _, m := range []string{`<mark class="person" title="Xi Jinping`, `<mark class="person" title="Sergei Shoigu`,
		`<mark class="country"`, `<mark class="organization"`, `<span class="trigger"`} {
		if !strings.Contains(dom, m) {
			t.Errorf("no %s in the articles", m)
		}
	}
	if !strings.Contains(dom, `<a href="#doc-1">`) || !strings.Contains(dom, `id="doc-1"`) {
		t.Error("the table does not link to the article")
	}

	shot := filepath.Join(filepath.Dir(page), "seed.png")
	browser(t, page, "--screenshot="+shot, fmt.Sprintf("--window-size=%d,%d", shotWidth, shotHeight))
	checkScreenshot(t, shot)
	if keep := os.Getenv("DIPEX_REPORT_SCREENSHOT"); keep != "" {
		b, err := os.ReadFile(shot)
		if err == nil {
			err = os.WriteFile(keep, b, 0o644)
		}
		if err != nil {
			t.Error(err)
		}
	}
}

// checkScreenshot checks that a screenshot is the size asked for and not blank.
func checkScreenshot(t *testing.T, file string) {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	if b.Dx() != shotWidth || b.Dy() != shotHeight {
		t.Errorf("screenshot is %dx%d, want %dx%d", b.Dx(), b.Dy(), shotWidth, shotHeight)
	}
	colors := map[[3]uint32]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colors[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	if len(colors) < 20 {
		t.Errorf("the screenshot looks blank: %d colours", len(colors))
	}
}

// TestBrowserCorpus opens the report of the first 100 articles of the English corpus (when
// ../shared/corpora is there) with a hostile article added: its markup must show as text.
func TestBrowserCorpus(t *testing.T) {
	needBrowser(t)
	f, err := os.Open("../../shared/corpora/news_en.jsonl")
	if err != nil {
		t.Skipf("no corpus: %v", err)
	}
	defer f.Close()
	hostile := `Xi Jinping met Vladimir Putin in Moscow. Xi Jinping said that <script>document.body.dataset.pwned = 1</script> ` +
		`<img src=x onerror="document.body.dataset.pwned = 2"> was fine.`
	docs := []*extract.Document{{ID: `<img src=x onerror="document.body.dataset.pwned = 3">`, Text: hostile}}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for len(docs) < 101 && sc.Scan() {
		var d struct{ ID, Text, Lang, Date, URL string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, &extract.Document{ID: d.ID, Text: d.Text, Lang: d.Lang, Date: d.Date, URL: d.URL})
	}
	results := extractDocs(t, docs...)
	triples := 0
	for _, r := range results {
		triples += len(r.Triples)
	}
	dom, _ := render(t, Collect("dipex report: corpus sample", results), "corpus")

	if strings.Contains(dom, "data-pwned") {
		t.Error("markup in an article ran")
	}
	if !strings.Contains(dom, "&lt;script&gt;document.body.dataset.pwned") {
		t.Error("the hostile article's markup is not shown as text")
	}
	if n := strings.Count(dom, "<tr data-rel="); n != triples {
		t.Errorf("%d table rows, want %d triples", n, triples)
	}
	if !edges(dom)["Vladimir Putin|Xi Jinping|meeting"] {
		t.Errorf("no Xi Jinping–Vladimir Putin edge; edges: %v", edges(dom))
	}
	if n := strings.Count(dom, "<mark class="); n < 100 {
		t.Errorf("%d highlighted mentions in 101 articles", n)
	}
	t.Logf("%d articles, %d triples, %d edges", len(results), triples, len(edges(dom)))
}
