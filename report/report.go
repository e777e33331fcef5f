// Package report turns extraction results into one self-contained HTML page for analysts: a
// summary, a network of who met and agreed with whom, a sortable and filterable table of the
// triples with their evidence sentences, and the articles with their actors and triggers
// highlighted.
//
// A Report is filled one result at a time (Add) and keeps only what the page shows, so a dump
// of any size streams through it. The page stays usable on large dumps through these limits,
// which the page itself states:
//
//   - the table holds at most MaxRows triples (the first ones in input order) and shows
//     PageSize rows per page (pagination, sorting and filtering run in the browser);
//   - only articles that have triples are shown, at most MaxArticles of them (the first ones);
//   - the network draws at most MaxNodes actors (those with the most mentions among the
//     actors of meetings and agreements) and the edges between them.
//
// Rows past the first page are hidden in the HTML itself, so the browser never lays out the
// whole table. Measured on the 2-core machine here, in headless Chromium (start-up included):
// the shared corpora twice (11,234 articles, 11,854 triples) give a 18 MB page drawn in 3.6 s;
// 10,000 copies of the seed article (140,000 triples, so every limit applies) give 31 MB, drawn
// in 3.4 s, after which filtering the 20,000 rows takes about 15 ms and sorting 0.3 s.
package report

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"dipex/extract"
)

// The limits that keep the report of a large dump usable (see the package comment).
const (
	MaxRows     = 20000 // triples in the table
	MaxArticles = 2000  // articles shown with highlights (only articles that have triples)
	MaxNodes    = 150   // actors in the network
	PageSize    = 200   // table rows per page
	TopActors   = 12    // actors in the summary
)

// The relations, in the order the page shows them.
var relations = []string{"meeting", "agreement", "statement"}

// Report collects what the page shows from extraction results. The zero value is not ready:
// use New.
type Report struct {
	// Title heads the page.
	Title string

	docs, docsWithTriples int
	triples               int
	perRelation           map[string]int
	actors                map[string]*Actor
	edges                 map[edgeKey]*Edge
	rows                  []Row
	articles              []Article
	articlesLeftOut       int
}

// New returns an empty report with a title.
func New(title string) *Report {
	return &Report{Title: title, perRelation: map[string]int{}, actors: map[string]*Actor{},
		edges: map[edgeKey]*Edge{}}
}

// Collect builds the report of a list of results.
func Collect(title string, results []*extract.Result) *Report {
	r := New(title)
	for _, res := range results {
		r.Add(res)
	}
	return r
}

// Actor is one actor of the report: a party to relations (a capital counts for its country).
type Actor struct {
	Key      string // the actor's id, or "name:" and the name for a person the gazetteer lacks
	Name     string
	Type     string         // person, country, organization, ...
	Mentions int            // mentions in all documents
	Triples  int            // triples it is a party to
	Per      map[string]int // triples per relation
}

// Edge is a relation between two actors: how many meetings (or agreements) between them the
// documents report, and how many of those are asserted (not planned, negated or reported).
type Edge struct {
	A, B     *Actor // A.Key < B.Key
	Relation string // meeting or agreement
	Count    int
	Asserted int
}

type edgeKey struct{ a, b, rel string }

// Row is one triple in the table.
type Row struct {
	N          int // 1-based, in input order
	Doc        string
	Article    int // the article's anchor number (doc-N) when the page shows it, else 0
	Relation   string
	Modality   string
	Subject    *extract.Party
	Object     *extract.Party // nil for a statement
	Content    string
	Trigger    string
	Place      string
	Date       string // the event's date, else the document's
	Sentence   string
	Rule       string
	Confidence float64
}

// Article is a document shown on the page, its text cut into pieces to highlight.
type Article struct {
	N       int // 1-based position of the document in the input: its anchor is doc-N
	ID      string
	URL     string
	Date    string
	Lang    string
	Triples int
	Pieces  []Piece
}

// Piece is a stretch of an article's text: plain (Class empty), an actor mention (Class is
// the actor's type) or a trigger (Class "trigger"). Title says what it is.
type Piece struct {
	Text  string
	Class string
	Title string
}

// Add adds one document's result to the report.
func (r *Report) Add(res *extract.Result) {
	r.docs++
	n := r.docs
	for _, m := range res.Mentions {
		if m.Actor == nil || m.Kind == "group" {
			continue
		}
		a := m.Actor
		if a.Party != nil {
			a = a.Party
		}
		r.actor(a.ID, a.Name, string(a.Type)).Mentions++
	}
	if len(res.Triples) == 0 {
		return
	}
	r.docsWithTriples++
	article := 0
	if len(r.articles) < MaxArticles {
		article = n
		d := res.Doc
		r.articles = append(r.articles, Article{N: n, ID: d.ID, URL: d.URL, Date: d.Date, Lang: res.Lang,
			Triples: len(res.Triples), Pieces: pieces(res)})
	} else {
		r.articlesLeftOut++
	}
	for i := range res.Triples {
		t := &res.Triples[i]
		if t.Subject == nil { // never from the extractor; keeps the page whole if it happens
			c := *t
			c.Subject = &extract.Party{Name: "?", Type: "other"}
			t = &c
		}
		r.triples++
		r.perRelation[t.Relation]++
		s, o := r.party(t.Subject, t.Relation), r.party(t.Object, t.Relation)
		if o != nil && o != s && (t.Relation == "meeting" || t.Relation == "agreement") {
			r.edge(s, o, t)
		}
		if len(r.rows) < MaxRows {
			date := t.Date
			if date == "" {
				date = res.Doc.Date
			}
			// Cloned strings keep the row from holding the whole document's text.
			r.rows = append(r.rows, Row{N: r.triples, Doc: res.Doc.ID, Article: article, Relation: t.Relation,
				Modality: t.Modality, Subject: clonePartyOf(t.Subject), Object: clonePartyOf(t.Object),
				Content: strings.Clone(t.Content), Trigger: strings.Clone(t.Trigger.Text), Place: t.Place,
				Date: date, Sentence: strings.Clone(t.Sentence), Rule: t.Rule, Confidence: t.Confidence})
		}
	}
}

// clonePartyOf copies a party, with its own copy of the text as written.
func clonePartyOf(p *extract.Party) *extract.Party {
	if p == nil {
		return nil
	}
	c := *p
	c.Text = strings.Clone(p.Text)
	return &c
}

// actor returns the actor of an id (or of a name when the id is empty), adding it if new.
func (r *Report) actor(id, name, typ string) *Actor {
	key := id
	if key == "" {
		key = "name:" + name
	}
	a := r.actors[key]
	if a == nil {
		a = &Actor{Key: key, Name: name, Type: typ, Per: map[string]int{}}
		r.actors[key] = a
	}
	return a
}

// party counts a triple for its subject or object.
func (r *Report) party(p *extract.Party, relation string) *Actor {
	if p == nil {
		return nil
	}
	a := r.actor(p.ID, p.Name, p.Type)
	a.Triples++
	a.Per[relation]++
	return a
}

func (r *Report) edge(a, b *Actor, t *extract.Triple) {
	if b.Key < a.Key {
		a, b = b, a
	}
	k := edgeKey{a.Key, b.Key, t.Relation}
	e := r.edges[k]
	if e == nil {
		e = &Edge{A: a, B: b, Relation: t.Relation}
		r.edges[k] = e
	}
	e.Count++
	if t.Modality == "asserted" {
		e.Asserted++
	}
}

// Data is everything the page shows, computed from a report.
type Data struct {
	Title                string
	Documents            int
	DocumentsWithTriples int
	Triples              int
	Relations            []RelationCount
	TopActors            []*Actor
	Network              Network
	Rows                 []Row
	RowsLeftOut          int
	Articles             []Article
	ArticlesLeftOut      int
	Limits               Limits
}

// RelationCount is how many triples of a relation the documents hold.
type RelationCount struct {
	Relation string
	Count    int
}

// Limits are the report's limits, for the page to state.
type Limits struct{ MaxRows, MaxArticles, MaxNodes, PageSize int }

// Network is the drawing of actors and their meetings and agreements.
type Network struct {
	Width, Height int
	Nodes         []Node
	Edges         []NetEdge
	ActorsLeftOut int // actors of meetings and agreements that were not drawn (MaxNodes)
}

// Node is an actor drawn at a position, with a radius that grows with its mentions.
type Node struct {
	*Actor
	X, Y, R float64
}

// NetEdge is an edge drawn between two nodes.
type NetEdge struct {
	*Edge
	Path  string  // SVG path data
	Width float64 // stroke width, growing with the count
}

// Data computes the page's content. It sorts everything, so the same documents in the same
// order give the same page.
func (r *Report) Data() *Data {
	d := &Data{Title: r.Title, Documents: r.docs, DocumentsWithTriples: r.docsWithTriples, Triples: r.triples,
		Rows: r.rows, RowsLeftOut: r.triples - len(r.rows), Articles: r.articles, ArticlesLeftOut: r.articlesLeftOut,
		Limits: Limits{MaxRows, MaxArticles, MaxNodes, PageSize}}
	for _, rel := range relations {
		d.Relations = append(d.Relations, RelationCount{rel, r.perRelation[rel]})
	}
	var others []string
	for rel := range r.perRelation {
		if !slices.Contains(relations, rel) {
			others = append(others, rel)
		}
	}
	slices.Sort(others)
	for _, rel := range others {
		d.Relations = append(d.Relations, RelationCount{rel, r.perRelation[rel]})
	}

	var active []*Actor
	for _, a := range r.actors {
		if a.Triples > 0 {
			active = append(active, a)
		}
	}
	slices.SortFunc(active, func(a, b *Actor) int {
		return cmp.Or(cmp.Compare(b.Triples, a.Triples), cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Key, b.Key))
	})
	d.TopActors = active[:min(len(active), TopActors)]
	d.Network = r.network()
	return d
}

// network picks the actors of meetings and agreements with the most mentions, lays them out and
// draws the edges between them.
func (r *Report) network() Network {
	const width, margin, labelHeight = 1000, 70, 16
	net := Network{Width: width}
	linked := map[*Actor]bool{}
	for _, e := range r.edges {
		linked[e.A], linked[e.B] = true, true
	}
	var actors []*Actor
	for a := range linked {
		actors = append(actors, a)
	}
	slices.SortFunc(actors, func(a, b *Actor) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(b.Triples, a.Triples), cmp.Compare(a.Key, b.Key))
	})
	if len(actors) > MaxNodes {
		net.ActorsLeftOut = len(actors) - MaxNodes
		actors = actors[:MaxNodes]
	}
	index := map[*Actor]int{}
	maxMentions := 1
	for i, a := range actors {
		index[a] = i
		maxMentions = max(maxMentions, a.Mentions)
	}
	var edges []*Edge
	for _, e := range r.edges {
		_, okA := index[e.A]
		_, okB := index[e.B]
		if okA && okB {
			edges = append(edges, e)
		}
	}
	slices.SortFunc(edges, func(a, b *Edge) int {
		return cmp.Or(cmp.Compare(a.A.Key, b.A.Key), cmp.Compare(a.B.Key, b.B.Key), cmp.Compare(a.Relation, b.Relation))
	})
	pairs := make([][2]int, len(edges))
	both := map[[2]int]int{} // relations per pair: two bend apart
	for i, e := range edges {
		pairs[i] = [2]int{index[e.A], index[e.B]}
		both[pairs[i]]++
	}
	height := min(max(300+20*len(actors), 400), 760) // small networks need less room
	net.Height = height
	pos := layout(len(actors), pairs, width-2*margin, float64(height-2*margin))
	half := make([]Point, len(actors)) // a node's box: its circle and its label below
	for i, a := range actors {
		r := round1(5 + 17*sqrt(float64(a.Mentions)/float64(maxMentions)))
		net.Nodes = append(net.Nodes, Node{Actor: a, R: r})
		pos[i] = Point{pos[i].X + margin, pos[i].Y + margin + labelHeight/2}
		half[i] = Point{max(r, 3.4*float64(utf8.RuneCountInString(a.Name))), r + labelHeight/2}
	}
	separate(pos, half, width, float64(height))
	for i := range net.Nodes {
		net.Nodes[i].X, net.Nodes[i].Y = pos[i].X, pos[i].Y-labelHeight/2
	}
	for i, e := range edges {
		p, q := net.Nodes[pairs[i][0]], net.Nodes[pairs[i][1]]
		bend := 0.0
		if both[pairs[i]] > 1 {
			bend = 0.12
			if e.Relation == "agreement" {
				bend = -0.12
			}
		}
		net.Edges = append(net.Edges, NetEdge{Edge: e, Path: curve(p.X, p.Y, q.X, q.Y, bend),
			Width: round1(1.5 + 2*sqrt(float64(e.Count-1)))})
	}
	return net
}

// pieces cuts a document's text into plain stretches, actor mentions and triggers. Mentions
// may overlap (an adjective inside an institution's phrase): the longest spans win, and a span
// that overlaps one already taken is dropped, so the marks never nest.
func pieces(res *extract.Result) []Piece {
	type span struct {
		start, end   int // bytes
		class, title string
	}
	text := res.Doc.Text
	var spans []span
	for _, m := range res.Mentions {
		if m.Actor == nil || m.Kind == "group" || m.First < 0 || m.Last > len(res.Tokens) || m.First >= m.Last {
			continue
		}
		a := m.Actor
		title := a.Name
		if a.Party != nil && a.Party != a {
			title += " (for " + a.Party.Name + ")"
		}
		title += " · " + string(a.Type) + " · " + m.Kind
		spans = append(spans, span{int(res.Tokens[m.First].Start), int(res.Tokens[m.Last-1].End), typeClass(string(a.Type)), title})
	}
	var runes []int // byte offset of every code point, and of the end
	triggers := map[[2]int]int{}
	for _, t := range res.Triples {
		if runes == nil {
			runes = make([]int, 0, utf8.RuneCountInString(text)+1)
			for i := range text {
				runes = append(runes, i)
			}
			runes = append(runes, len(text))
		}
		s, e := t.Trigger.Start, t.Trigger.End
		if s < 0 || e > len(runes)-1 || s >= e {
			continue
		}
		k := [2]int{runes[s], runes[e]}
		title := t.Relation + " (" + t.Rule + ")"
		if i, ok := triggers[k]; ok {
			if !strings.Contains(spans[i].title, title) {
				spans[i].title += "; " + title
			}
			continue
		}
		triggers[k] = len(spans)
		spans = append(spans, span{k[0], k[1], "trigger", "trigger of " + title})
	}

	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := spans[i], spans[j]
		return cmp.Or(cmp.Compare(b.end-b.start, a.end-a.start), cmp.Compare(a.start, b.start))
	})
	var kept []span
	for _, i := range order {
		s := spans[i]
		if slices.ContainsFunc(kept, func(k span) bool { return s.start < k.end && k.start < s.end }) {
			continue
		}
		kept = append(kept, s)
	}
	slices.SortFunc(kept, func(a, b span) int { return cmp.Compare(a.start, b.start) })

	var out []Piece
	at := 0
	for _, s := range kept {
		if s.start > at {
			out = append(out, Piece{Text: text[at:s.start]})
		}
		out = append(out, Piece{Text: text[s.start:s.end], Class: s.class, Title: s.title})
		at = s.end
	}
	if at < len(text) {
		out = append(out, Piece{Text: text[at:]})
	}
	return out
}

// typeClass is the CSS class of an actor type: one the page styles, or "other".
func typeClass(t string) string {
	switch t {
	case "person", "country", "organization", "city", "media", "place":
		return t
	}
	return "other"
}
