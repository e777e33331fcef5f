package rules

import (
	"fmt"
	"sort"

	"dipex/fold"
	"dipex/tokenize"
	"dipex/yamlfile"
)

// Sentence is what the engine reads: one sentence's folded token keys and the actors found in
// it (modifiers left out), in text order.
type Sentence struct {
	Keys     []string
	Mentions []Mention
}

// Mention is an actor in a sentence, as token indexes (End exclusive).
type Mention struct {
	Start, End int    // the name
	Phrase     int    // first token of the phrase that introduces it (adjective, title); <= Start
	Type       string // person, country, organization, city, place, media, or group
}

// Match is one rule firing on a sentence.
type Match struct {
	Rule     *Rule
	Trigger  int    // token index of the trigger word
	Particle int    // token index of the separable particle, or -1
	Subject  int    // index into Sentence.Mentions
	Object   int    // index into Sentence.Mentions, or -1 (statements)
	Modality string // asserted, planned, negated or reported
	Content  [2]int // token span of what was said (statements); [0 0] when none
}

// Engine applies compiled rules. It is immutable and safe for concurrent use.
type Engine struct {
	rules []*Rule
	langs map[string]*langRules
}

type langRules struct {
	g      *grammar
	byWord map[string][]*compiled
	stems  map[string][]*compiled
	stemNs []int // the lengths of the stems, longest first
}

type compiled struct {
	*Rule
	particles, near, veto set
	subj, obj             slotSpec
	within                int
}

type slotSpec struct {
	find  string
	cues  set
	types set
}

type set map[string]bool

func newSet(words []string) set {
	s := make(set, len(words))
	for _, w := range words {
		s[fold.String(w)] = true
	}
	return s
}

type grammar struct {
	prep, objArt, gen, art, coord, subord, comp set
	between                                     [2]string
	pronouns                                    map[string]string // key -> gender
	groups                                      [][]string
	cues                                        map[string][]cue // first word -> cue phrases
	reportedModals, perfect                     set
}

// cue is a modality cue phrase.
type cue struct {
	words []string
	kind  int
}

const (
	cueNegated = iota
	cuePlanned
	cueReported
)

func phrases(ws []string) [][]string {
	out := make([][]string, 0, len(ws))
	for _, w := range ws {
		if k := tokenize.Keys(w); len(k) > 0 {
			out = append(out, k)
		}
	}
	return out
}

func compileGrammar(g *Grammar) *grammar {
	c := &grammar{
		prep: newSet(g.Prepositions), objArt: newSet(g.ObjectArticles), gen: newSet(g.Genitive),
		art: newSet(g.Articles), coord: newSet(g.Coordinators), subord: newSet(g.Subordinators),
		comp:     newSet(g.Complementizers),
		between:  [2]string{fold.String(g.Between[0]), fold.String(g.Between[1])},
		pronouns: map[string]string{},
		groups:   phrases(g.Groups), cues: map[string][]cue{},
		reportedModals: newSet(g.ReportedModals), perfect: newSet(g.Perfect),
	}
	for kind, ws := range [][]string{cueNegated: g.Negated, cuePlanned: g.Planned, cueReported: g.Reported} {
		for _, p := range phrases(ws) {
			c.cues[p[0]] = append(c.cues[p[0]], cue{words: p, kind: kind})
		}
	}
	for gender, ws := range g.Pronouns {
		for _, w := range ws {
			c.pronouns[fold.String(w)] = gender
		}
	}
	for w := range c.objArt {
		c.art[w] = true
	}
	return c
}

var defaultTypes = []string{"person", "country", "organization"}

func compileSlot(s *Slot, group bool) slotSpec {
	ts := s.Types
	if len(ts) == 0 {
		ts = defaultTypes
	}
	sp := slotSpec{find: s.Find, cues: newSet(s.Cue), types: newSet(ts)}
	if group {
		sp.types["group"] = true
	}
	return sp
}

// New compiles rules files into an Engine. Problems across files (a rule id used twice, rules
// for a language without a grammar) are reported together with their positions.
func New(files ...*File) (*Engine, error) {
	e := &Engine{langs: map[string]*langRules{}}
	var errs yamlfile.ErrorList
	add := func(p Pos, format string, args ...any) {
		errs = append(errs, &yamlfile.Error{File: p.File, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(format, args...)})
	}
	grammars := map[string]*Grammar{}
	for _, f := range files {
		if f.Grammar != nil {
			if _, dup := grammars[f.Lang]; dup {
				add(Pos{File: f.Name}, "a second grammar for %q: keep one grammar file per language", f.Lang)
				continue
			}
			f.Grammar.Pos = Pos{File: f.Name}
			grammars[f.Lang] = f.Grammar
		}
	}
	seen := map[string]*Rule{}
	for _, f := range files {
		for _, r := range f.Rules {
			if prev, ok := seen[r.ID]; ok {
				add(r.Pos, "rule id %s is used twice (first at %s): give each rule its own id", r.ID, prev.Pos)
				continue
			}
			seen[r.ID] = r
			g, ok := grammars[r.Lang]
			if !ok {
				add(r.Pos, "rule %s reads %q, which has no grammar file: add grammar.%s.yaml", r.ID, r.Lang, r.Lang)
				continue
			}
			lr := e.langs[r.Lang]
			if lr == nil {
				lr = &langRules{g: compileGrammar(g), byWord: map[string][]*compiled{}, stems: map[string][]*compiled{}}
				e.langs[r.Lang] = lr
			}
			e.rules = append(e.rules, r)
			c := compile(r)
			for _, w := range r.Trigger.Words {
				k := fold.String(w)
				lr.byWord[k] = append(lr.byWord[k], c)
			}
			for _, w := range r.Trigger.Stems {
				k := fold.String(w)
				lr.stems[k] = append(lr.stems[k], c)
			}
		}
	}
	for _, lr := range e.langs {
		lens := map[int]bool{}
		for k := range lr.stems {
			lens[len(k)] = true
		}
		for n := range lens {
			lr.stemNs = append(lr.stemNs, n)
		}
		sort.Sort(sort.Reverse(sort.IntSlice(lr.stemNs)))
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return e, nil
}

func compile(r *Rule) *compiled {
	c := &compiled{Rule: r, particles: newSet(r.Trigger.Particle), near: newSet(r.Trigger.Near),
		veto: newSet(r.Veto), within: r.Trigger.Within}
	if c.within == 0 {
		c.within = 8
	}
	both := r.Subject.Find == "between" || r.Subject.Find == "coordinated"
	c.subj = compileSlot(&r.Subject, both)
	if r.Object != nil {
		c.obj = compileSlot(r.Object, false)
	}
	return c
}

// Rules returns every rule, in file order.
func (e *Engine) Rules() []*Rule { return e.rules }

// Langs returns the languages the engine has rules for.
func (e *Engine) Langs() []string {
	var out []string
	for l := range e.langs {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Pronoun returns the gender ("m", "f", or "" for either) of a subject pronoun of lang, and
// whether key is one.
func (e *Engine) Pronoun(lang, key string) (string, bool) {
	lr := e.langs[lang]
	if lr == nil {
		return "", false
	}
	g, ok := lr.g.pronouns[key]
	return g, ok
}

// Group returns the length in tokens of a group phrase ("beide Seiten") starting at keys[i],
// or 0.
func (e *Engine) Group(lang string, keys []string, i int) int {
	lr := e.langs[lang]
	if lr == nil {
		return 0
	}
	for _, p := range lr.g.groups {
		if hasPhrase(keys, i, p) {
			return len(p)
		}
	}
	return 0
}

func hasPhrase(keys []string, i int, p []string) bool {
	if i+len(p) > len(keys) {
		return false
	}
	for j, w := range p {
		if keys[i+j] != w {
			return false
		}
	}
	return true
}

// Apply runs the rules of lang over one sentence. Two rules that find the same fact give one
// match (the rule defined first wins).
func (e *Engine) Apply(lang string, s *Sentence) []Match {
	lr := e.langs[lang]
	if lr == nil {
		return nil
	}
	var out []Match
	inMention := mentionCover(s)
	for i, k := range s.Keys {
		if inMention[i] {
			continue
		}
		for _, c := range lr.byWord[k] {
			out = lr.try(c, s, i, out)
		}
		for _, n := range lr.stemNs {
			if len(k) > n {
				for _, c := range lr.stems[k[:n]] {
					out = lr.try(c, s, i, out)
				}
			}
		}
	}
	return dedupe(out)
}

func mentionCover(s *Sentence) []bool {
	cover := make([]bool, len(s.Keys))
	for _, m := range s.Mentions {
		for i := m.Start; i < m.End && i < len(cover); i++ {
			cover[i] = true
		}
	}
	return cover
}

func dedupe(ms []Match) []Match {
	out := ms[:0]
	for _, m := range ms {
		dup := false
		for _, o := range out {
			if o.Rule.Relation == m.Rule.Relation && sameParties(o, m) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, m)
		}
	}
	return out
}

func sameParties(a, b Match) bool {
	if a.Subject == b.Subject && a.Object == b.Object {
		return true
	}
	return a.Rule.Relation != Statement && a.Subject == b.Object && a.Object == b.Subject
}

// try applies one rule at trigger i.
func (lr *langRules) try(c *compiled, s *Sentence, i int, out []Match) []Match {
	keys := s.Keys
	m := Match{Rule: c.Rule, Trigger: i, Particle: -1, Subject: -1, Object: -1}
	cs, ce := lr.clause(keys, i)
	if len(c.particles) > 0 {
		p := lr.particle(keys, i, c.particles)
		if p < 0 {
			return out
		}
		m.Particle = p
		if p >= ce {
			ce = p + 1
		}
	}
	if len(c.near) > 0 && !nearWord(keys, i, c.within, c.near) {
		return out
	}
	for j := cs; j < ce; j++ {
		if c.veto[keys[j]] {
			return out
		}
	}
	switch c.subj.find {
	case "between":
		m.Subject, m.Object = lr.between(s, i, c.subj)
	case "coordinated":
		m.Subject, m.Object = lr.coordinated(s, i, cs, ce, c.subj)
	default:
		m.Subject = lr.slot(s, c.subj, i, cs, ce, -1, true)
		if c.Object != nil {
			m.Object = lr.slot(s, c.obj, i, cs, ce, m.Subject, false)
		}
	}
	if m.Subject < 0 || (c.Relation != Statement && m.Object < 0) {
		return out
	}
	m.Modality = lr.modality(keys, i, cs, ce, c.Modality)
	if c.Relation == Statement && c.Content != "none" {
		m.Content = lr.content(s, i, m)
	}
	return append(out, m)
}

// isBoundary reports whether a token ends a clause for slot search.
func isBoundary(k string) bool {
	switch k {
	case ",", ";", ":", "(", ")", `"`, "—", ".", "!", "?":
		return true
	}
	return false
}

// clause returns the token span around i bounded by punctuation.
func (lr *langRules) clause(keys []string, i int) (int, int) {
	cs := i
	for cs > 0 && !isBoundary(keys[cs-1]) {
		cs--
	}
	ce := i + 1
	for ce < len(keys) && !isBoundary(keys[ce]) {
		ce++
	}
	return cs, ce
}

// particle finds a separable particle after i in the same sentence, before a semicolon or colon.
func (lr *langRules) particle(keys []string, i int, ps set) int {
	for j := i + 1; j < len(keys) && j <= i+30; j++ {
		switch keys[j] {
		case ";", ":":
			return -1
		}
		if ps[keys[j]] && (j+1 == len(keys) || isBoundary(keys[j+1]) || lr.g.coord[keys[j+1]]) {
			return j
		}
	}
	return -1
}

func nearWord(keys []string, i, within int, ws set) bool {
	for j := max(0, i-within); j < len(keys) && j <= i+within; j++ {
		if j != i && ws[keys[j]] {
			return true
		}
	}
	return false
}

// role says how the words before a mention's phrase relate it to the clause.
type role uint8

const (
	plain   role = iota
	object       // German object article: den, dem
	prep         // inside a prepositional phrase
	genitiv      // a genitive attribute
)

// governs returns how mention m is introduced, and the word that introduces it.
func (lr *langRules) governs(keys []string, m Mention) (role, string) {
	j := m.Phrase - 1
	r := plain
	if j >= 0 && lr.g.art[keys[j]] {
		if lr.g.objArt[keys[j]] {
			r = object
		}
		if lr.g.gen[keys[j]] {
			return genitiv, keys[j]
		}
		j--
	}
	if j < 0 {
		return r, ""
	}
	switch k := keys[j]; {
	case lr.g.gen[k]:
		return genitiv, k
	case lr.g.prep[k]:
		return prep, k
	}
	return r, keys[j]
}

func (sp slotSpec) accepts(m Mention) bool { return sp.types[m.Type] }

// slot finds the mention for a before, after or cue slot.
func (lr *langRules) slot(s *Sentence, sp slotSpec, i, cs, ce, not int, subject bool) int {
	keys := s.Keys
	ok := func(k int) bool {
		m := s.Mentions[k]
		if k == not || !sp.accepts(m) {
			return false
		}
		r, w := lr.governs(keys, m)
		if sp.find == "cue" {
			return sp.cues[w] && (r == prep || r == plain || r == object)
		}
		if r == prep || r == genitiv {
			return false
		}
		return !(subject && r == object)
	}
	switch sp.find {
	case "before":
		for k, m := range s.Mentions {
			if m.Phrase >= cs && m.End <= i && ok(k) {
				return k
			}
		}
		// A predicate joined by "und" shares the clause's subject.
		if j := i - 1; j >= 0 && lr.g.coord[keys[j]] {
			for k, m := range s.Mentions {
				if m.End <= i && ok(k) && !lr.inSubclause(keys, m.Phrase) {
					return k
				}
			}
		}
		// Verb-second: "Am Freitag empfing Xi ..."; inverted speech: "…, sagte Lawrow".
		for k, m := range s.Mentions {
			if m.Phrase > i && m.End <= ce && ok(k) {
				return k
			}
		}
	case "after":
		for k, m := range s.Mentions {
			if m.Phrase > i && m.End <= ce && ok(k) {
				return k
			}
		}
	case "cue":
		// After the trigger, or before it when the verb comes last ("sich mit X treffen").
		for k, m := range s.Mentions {
			if m.Phrase > i && m.End <= ce && ok(k) {
				return k
			}
		}
		for k, m := range s.Mentions {
			if m.Phrase >= cs && m.End <= i && ok(k) {
				return k
			}
		}
	}
	return -1
}

// inSubclause reports whether token j stands in a subordinate clause (after ", dass", ", die").
func (lr *langRules) inSubclause(keys []string, j int) bool {
	for k := j - 1; k > 0; k-- {
		if keys[k-1] == "," && lr.g.subord[keys[k]] {
			return true
		}
	}
	return false
}

// between finds "zwischen X und Y" right after trigger i.
func (lr *langRules) between(s *Sentence, i int, sp slotSpec) (int, int) {
	keys := s.Keys
	j := i + 1
	if j >= len(keys) || keys[j] != lr.g.between[0] {
		return -1, -1
	}
	x := -1
	for k, m := range s.Mentions {
		if m.Phrase > j && sp.accepts(m) {
			if lr.onlyArticles(keys, j+1, m.Phrase) {
				x = k
			}
			break
		}
	}
	if x < 0 || x+1 >= len(s.Mentions) {
		return -1, -1
	}
	a, b := s.Mentions[x], s.Mentions[x+1]
	if a.End >= len(keys) || keys[a.End] != lr.g.between[1] || !lr.onlyArticles(keys, a.End+1, b.Phrase) || !sp.accepts(b) {
		return -1, -1
	}
	return x, x + 1
}

// onlyArticles reports whether keys[from:to] holds nothing but articles.
func (lr *langRules) onlyArticles(keys []string, from, to int) bool {
	if to < from {
		return false
	}
	for _, k := range keys[from:to] {
		if !lr.g.art[k] {
			return false
		}
	}
	return true
}

// coordinated finds "X und Y" or a group before trigger i in its clause, else after it.
func (lr *langRules) coordinated(s *Sentence, i, cs, ce int, sp slotSpec) (int, int) {
	keys := s.Keys
	find := func(from, to int) (int, int) {
		for k, m := range s.Mentions {
			if m.Phrase < from || m.End > to || !sp.accepts(m) {
				continue
			}
			if r, _ := lr.governs(keys, m); r == prep || r == genitiv {
				continue
			}
			if m.Type == "group" {
				return k, k
			}
			if k+1 < len(s.Mentions) {
				n := s.Mentions[k+1]
				if n.End <= to && m.End < len(keys) && lr.g.coord[keys[m.End]] &&
					lr.onlyArticles(keys, m.End+1, n.Phrase) && sp.accepts(n) && n.Type != "group" {
					return k, k + 1
				}
			}
		}
		return -1, -1
	}
	if a, b := find(cs, i); a >= 0 {
		return a, b
	}
	return find(i+1, ce)
}

// modality reads the cues in the trigger's clause [cs, ce).
func (lr *langRules) modality(keys []string, i, cs, ce int, def string) string {
	var found [4]bool // by cue kind
	for j := cs; j < ce; j++ {
		for _, c := range lr.g.cues[keys[j]] {
			if hasPhrase(keys, j, c.words) {
				found[c.kind] = true
			}
		}
	}
	if found[cueNegated] {
		return Negated
	}
	for j := cs; j < ce; j++ {
		if !lr.g.reportedModals[keys[j]] {
			continue
		}
		for k := i + 1; k < ce; k++ {
			if lr.g.perfect[keys[k]] {
				return Reported
			}
		}
	}
	if found[cuePlanned] {
		return Planned
	}
	if found[cueReported] {
		return Reported
	}
	if def == "" {
		return Asserted
	}
	return def
}

// content returns the span of what was said: the words after the trigger (and after the
// speaker, when the speaker follows it) to the end of the sentence, or, when the sentence
// ends there ("…", sagte Lawrow.), the quote before the trigger.
func (lr *langRules) content(s *Sentence, i int, m Match) [2]int {
	keys := s.Keys
	from := i + 1
	if m.Particle > 0 {
		from = max(from, m.Particle+1)
	}
	if sm := s.Mentions[m.Subject]; sm.Phrase > i {
		from = max(from, sm.End)
	}
	for from < len(keys) && (keys[from] == "," || keys[from] == ":") {
		from++
	}
	if from < len(keys) && lr.g.comp[keys[from]] {
		from++
	}
	to := from
	for to < len(keys) {
		k := keys[to]
		if k == "." || k == "!" || k == "?" || k == ";" {
			break
		}
		if k == "," && to+1 < len(keys) && lr.g.coord[keys[to+1]] {
			break
		}
		to++
	}
	if to-from >= 2 {
		return [2]int{from, to}
	}
	// The quote before the trigger.
	end := -1
	for j := i - 1; j >= 0; j-- {
		if keys[j] == `"` {
			if end < 0 {
				end = j
			} else {
				return [2]int{j + 1, end}
			}
		}
	}
	return [2]int{}
}

// String describes a match for debugging and explain output.
func (m Match) String() string {
	return fmt.Sprintf("%s trigger=%d subject=%d object=%d %s", m.Rule.ID, m.Trigger, m.Subject, m.Object, m.Modality)
}

// Only returns an engine that holds just the rule with id (and its language's grammar), for
// testing a rule by its own examples; nil if there is no such rule.
func (e *Engine) Only(id string) *Engine {
	for _, r := range e.rules {
		if r.ID != id {
			continue
		}
		lr := e.langs[r.Lang]
		one := &langRules{g: lr.g, byWord: map[string][]*compiled{}, stems: map[string][]*compiled{}}
		c := compile(r)
		for _, w := range r.Trigger.Words {
			one.byWord[fold.String(w)] = append(one.byWord[fold.String(w)], c)
		}
		for _, w := range r.Trigger.Stems {
			k := fold.String(w)
			one.stems[k] = append(one.stems[k], c)
			one.stemNs = appendLen(one.stemNs, len(k))
		}
		return &Engine{rules: []*Rule{r}, langs: map[string]*langRules{r.Lang: one}}
	}
	return nil
}

func appendLen(ns []int, n int) []int {
	for _, m := range ns {
		if m == n {
			return ns
		}
	}
	ns = append(ns, n)
	sort.Sort(sort.Reverse(sort.IntSlice(ns)))
	return ns
}
