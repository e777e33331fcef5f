package report

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"
)

// The page is html/template (which escapes every value for its context: article text, ids and
// names show as text, never as markup), with its style and script embedded verbatim. A
// Content-Security-Policy lets the page load nothing from anywhere and run only its own
// script and style (by hash), so even markup that slipped through could neither run nor fetch.

//go:embed template.html report.css report.js
var files embed.FS

var (
	page = template.Must(template.New("template.html").Funcs(template.FuncMap{
		"f1":        func(x float64) string { return fmt.Sprintf("%.1f", x) },
		"f2":        func(x float64) string { return fmt.Sprintf("%.2f", x) },
		"plural":    plural,
		"typeClass": typeClass,
		"add":       func(a, b float64) float64 { return a + b },
	}).ParseFS(files, "template.html"))
	css = mustRead("report.css")
	js  = mustRead("report.js")
	csp = "default-src 'none'; img-src data:; style-src '" + hash(css) + "'; script-src '" + hash(js) +
		"'; base-uri 'none'; form-action 'none'"
)

func mustRead(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// hash is a CSP source for an inline script or style.
func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}

// WriteHTML writes the report as one self-contained HTML page.
func (r *Report) WriteHTML(w io.Writer) error {
	return page.Execute(w, struct {
		*Data
		CSS template.CSS
		JS  template.JS
		CSP string
	}{r.Data(), template.CSS(css), template.JS(js), csp})
}

// plural is "1 meeting", "2 meetings".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") {
		word = word[:len(word)-1] + "ie"
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// curve is the SVG path from (x1, y1) to (x2, y2): a straight line, or with bend ≠ 0 a
// quadratic curve whose middle lies bend times the length to one side.
func curve(x1, y1, x2, y2, bend float64) string {
	if bend == 0 {
		return fmt.Sprintf("M%.1f %.1fL%.1f %.1f", x1, y1, x2, y2)
	}
	mx, my := (x1+x2)/2, (y1+y2)/2
	cx, cy := mx-(y2-y1)*bend*2, my+(x2-x1)*bend*2
	return fmt.Sprintf("M%.1f %.1fQ%.1f %.1f %.1f %.1f", x1, y1, cx, cy, x2, y2)
}

func sqrt(x float64) float64 { return math.Sqrt(x) }
