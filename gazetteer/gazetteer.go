package gazetteer

import (
	"cmp"
	"fmt"
	"hash/maphash"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/sajari/fuzzy"

	"dipex/fold"
	"dipex/tokenize"
	"dipex/yamlfile"
)

// Gazetteer is a compiled, immutable set of actors with the index the matcher uses. It is safe
// for concurrent use.
type Gazetteer struct {
	actors       []*Actor
	byID         map[string]*Actor
	countries    map[string]*Actor // ISO alpha-2 -> country
	titles       map[string]*Title
	institutions map[string]*Institution
	inst         map[[2]string]*Actor // (ISO alpha-2, institution key) -> actor
	index        map[string][]*entry  // first token key -> entries, longest first
	fuzzy        *fuzzyIndex
	forms        map[string]*forms      // every form a word may take: one map read per word
	nameWords    map[nameWord]bool      // every word of every actor's name and aliases
	givenNames   map[string]bool        // first words of people's names of two words or more
	spouseGiven  map[string][]*Actor    // given names of spouses, by key (Actor.Given)
	personNames  map[*Actor][][]string  // each person's names of two words or more, as keys
	firstBytes   [256]bool              // the first bytes of the keys of forms: punctuation skips the map
	seed         maphash.Seed           // of formBits
	formBits     []uint64               // a bit per hash of each key of forms: most words skip the map
	roles        map[[2]string][]*Actor // (title, of) -> who held it
	titleWords   map[string]*entry      // German one-word titles, for closed compounds (Kremlsprecher)
	titleLens    []int                  // their lengths, longest first
	titleTails   map[string]bool        // their last three bytes: a cheap first test
	members      map[[2]string][]member // language and first key of a member noun -> its phrases
}

// member is a party's noun for one of its members, as keys.
type member struct {
	keys  []string
	party *Actor
}

// entryKind says what an index entry names.
type entryKind uint8

const (
	eAlias entryKind = iota
	eSeat
	eInstitution
	eTitle
	eAdjective
	eShort
)

// caseRule says how a matched text must be written.
type caseRule uint8

const (
	caseAny     caseRule = iota // lower-case data: adjectives, titles, "de Mistura"
	caseCapital                 // names: the first letter upper case ("China", not "china")
	caseUpper                   // acronyms: all upper case ("US", not "us")
)

// formBitsLen is the size of the filter in front of the forms map: 2^19 bits (64 KB, small
// enough to stay in the processor's cache, which the map is not) for some 12,000 keys lets one
// word in forty that is not a key through to the map.
const formBitsLen = 1 << 19

// mayBeForm reports whether k may be a key of g.forms: false is certain.
func (g *Gazetteer) mayBeForm(k string) bool {
	h := maphash.String(g.seed, k) % formBitsLen
	return g.formBits[h/64]&(1<<(h%64)) != 0
}

// forms are the entries a word may begin: as written; in German as a declined first word of
// a name of several words ("Auswärtige" of "Auswärtiges Amt"); in English as the plural of a
// one-word title ("leaders"). German case endings on one-word names ("Putins") are taken off
// at lookup (see inflected).
type forms struct {
	exact, declined, plural []*entry
	seconds                 []uint16 // prefix2 of each exact entry's second word
	declinedSeconds         []uint16 // and of each declined entry's
	// A long exact list ("ministry" begins over a thousand names, "government" two hundred
	// "Government of X") is split: its entries of three words or more by the prefix2 of their
	// second and third words (byPair), the shorter ones (short, with shortSeconds) after them,
	// as in exact. Nil when the list is short or a long entry has a word of one byte.
	byPair       map[uint32][]*entry
	short        []*entry
	shortSeconds []uint16
}

// entry is one matchable form: an alias, adjective, seat, title or institution noun.
type entry struct {
	toks   []string
	kind   entryKind
	actor  *Actor
	key    string // title or institution key
	lang   string // "" for every language
	cases  caseRule
	source string // the form as written in the data
	// familyFirst marks a one-word short form that is the family name, written first, of
	// every person it may mean (Kim of Kim Jong Un).
	familyFirst bool
	// title is the key of the one-word title a person's alias begins with ("König Charles
	// III."), which the mention carries.
	title string
	// given marks a short form made from the given name before a patronymic ("Mohammed" of
	// Mohammed bin Salman), not written in the data: a common name that names its person only
	// in given-name position (see givenPosition).
	given bool
}

// nameWord is a word (a key) of one of an actor's names.
type nameWord struct {
	a *Actor
	w string
}

// prefix2 is a cheap first test of a word against an entry's second word: every form the
// matcher accepts for a word (as written, with a case or adjective ending, an English plural)
// keeps its first two bytes. Words shorter than two bytes, and entries of one word, give 0,
// which rules nothing out. "ministry" begins 1,184 names, "government" 196: the test runs
// over a compact array instead of visiting every entry.
func prefix2(k string) uint16 {
	if len(k) < 2 {
		return 0
	}
	return uint16(k[0])<<8 | uint16(k[1])
}

// New compiles gazetteer files into a Gazetteer. Problems across files (duplicate ids, unknown
// references, one alias on two actors) are reported together, each with its position.
func New(files ...*File) (*Gazetteer, error) {
	g := &Gazetteer{
		byID:         map[string]*Actor{},
		countries:    map[string]*Actor{},
		titles:       map[string]*Title{},
		institutions: map[string]*Institution{},
		inst:         map[[2]string]*Actor{},
		index:        make(map[string][]*entry, 8192),
	}
	var errs yamlfile.ErrorList
	add := func(p Pos, format string, args ...any) {
		errs = append(errs, &yamlfile.Error{File: p.File, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(format, args...)})
	}
	for _, f := range files {
		for _, t := range f.Titles {
			if prev, ok := g.titles[t.Key]; ok {
				add(t.pos, "title %q is defined twice (first at %s): merge the two", t.Key, prev.pos)
				continue
			}
			g.titles[t.Key] = t
		}
		for _, in := range f.Institutions {
			if prev, ok := g.institutions[in.Key]; ok {
				add(in.pos, "institution %q is defined twice (first at %s): merge the two", in.Key, prev.pos)
				continue
			}
			g.institutions[in.Key] = in
		}
		for _, a := range f.Actors {
			if prev, ok := g.byID[a.ID]; ok {
				add(a.pos, "id %q is used twice (first at %s): give each actor its own id", a.ID, prev.pos)
				continue
			}
			g.byID[a.ID] = a
			g.actors = append(g.actors, a)
			if len(a.Members) > 0 && !a.PoliticalParty {
				add(a.pos, "actor %q: members are for political parties (political_party: true)", a.ID)
			}
			for lang, nouns := range a.Members {
				for _, n := range nouns {
					ks := tokenize.Keys(n)
					if g.members == nil {
						g.members = map[[2]string][]member{}
					}
					k := [2]string{lang, ks[0]}
					g.members[k] = append(g.members[k], member{keys: ks, party: a})
				}
			}
			if a.Type == Country && a.ISO2 != "" {
				if prev, ok := g.countries[a.ISO2]; ok {
					add(a.pos, "iso2 %q is used by %q and %q: each country has its own code", a.ISO2, prev.ID, a.ID)
					continue
				}
				g.countries[a.ISO2] = a
				a.Country = a.ISO2
			}
		}
	}
	// References between actors.
	for _, a := range g.actors {
		a.Party = a
		if a.Country != "" && g.countries[a.Country] == nil {
			add(a.pos, "actor %q: country %q is not the iso2 of any country in the gazetteer", a.ID, a.Country)
		}
		if a.Capital && g.countries[a.Country] != nil {
			a.Party = g.countries[a.Country]
		}
		if a.StandsFor != "" {
			if p := g.byID[a.StandsFor]; p == nil || a.Type != City {
				add(a.pos, "actor %q: stands_for %q must be the id of an actor, on a city", a.ID, a.StandsFor)
			} else {
				a.Party = p
			}
		}
		if a.Institution != "" {
			if g.institutions[a.Institution] == nil {
				add(a.pos, "actor %q: institution %q is not defined: use one of %s", a.ID, a.Institution, strings.Join(slices.Sorted(maps.Keys(g.institutions)), ", "))
			} else {
				k := [2]string{a.Country, a.Institution}
				if prev, ok := g.inst[k]; ok {
					add(a.pos, "actors %q and %q are both the %s of %s: keep one", prev.ID, a.ID, a.Institution, a.Country)
				}
				g.inst[k] = a
			}
		}
		if a.MemberOf != "" {
			if p := g.byID[a.MemberOf]; a.Type != Person || p == nil || !p.PoliticalParty {
				add(a.pos, "actor %q: member_of %q: persons only, and the id of an actor with political_party: true", a.ID, a.MemberOf)
			}
		}
		var seats []string // (only an actor with residences needs them)
		if len(a.Residences) > 0 {
			for _, ss := range a.Seats {
				seats = append(seats, ss...)
			}
		}
		for title, names := range a.Residences {
			if g.titles[title] == nil {
				add(a.pos, "actor %q: residences: title %q is not defined in titles: use one of %s", a.ID, title, strings.Join(slices.Sorted(maps.Keys(g.titles)), ", "))
			}
			for _, n := range names {
				if !slices.Contains(seats, n) {
					add(a.pos, "actor %q: residence %q of the %s is none of its seats: add it to seats", a.ID, n, title)
				}
			}
		}
		for _, r := range a.Roles {
			if g.titles[r.Title] == nil {
				add(a.pos, "actor %q: role title %q is not defined in titles: use one of %s", a.ID, r.Title, strings.Join(slices.Sorted(maps.Keys(g.titles)), ", "))
			}
			if r.Of != "" && g.countries[r.Of] == nil && g.byID[r.Of] == nil {
				add(a.pos, "actor %q: role %s of %q: of must be a country's iso2 or an actor id", a.ID, r.Title, r.Of)
			}
		}
	}
	for _, t := range g.titles {
		if t.Of != "" && g.byID[t.Of] == nil {
			add(t.pos, "title %q: of %q is not an actor id", t.Key, t.Of)
		}
		for _, k := range t.Includes {
			if g.titles[k] == nil {
				add(t.pos, "title %q includes %q, which is not a title key", t.Key, k)
			}
		}
	}
	// Institution actors for every country without an explicit one.
	for _, iso := range slices.Sorted(maps.Keys(g.countries)) {
		c := g.countries[iso]
		for _, key := range slices.Sorted(maps.Keys(g.institutions)) {
			if g.inst[[2]string{iso, key}] != nil {
				continue
			}
			id := c.ID + "-" + key
			if g.byID[id] != nil {
				continue
			}
			name := c.Name
			if c.The {
				name = "the " + name
			}
			in := g.institutions[key]
			a := &Actor{ID: id, Name: fmt.Sprintf(in.Name, name), Type: Organization, Country: iso, Institution: key}
			for _, t := range in.Also {
				// %s is the country's name; %a its English adjective ("Sudanese Armed Forces").
				if strings.Contains(t, "%a") {
					adj := c.Adjectives["en"]
					if len(adj) == 0 {
						continue
					}
					t = strings.ReplaceAll(t, "%a", adj[0])
				} else {
					t = fmt.Sprintf(t, name)
				}
				if a.Aliases == nil {
					a.Aliases = map[string][]string{}
				}
				a.Aliases["en"] = append(a.Aliases["en"], t)
			}
			a.Party = a
			g.byID[id] = a
			g.actors = append(g.actors, a)
			g.inst[[2]string{iso, key}] = a
		}
	}
	g.roles = map[[2]string][]*Actor{}
	for _, a := range g.actors {
		seen := map[[2]string]bool{}
		for _, r := range a.Roles {
			k := [2]string{r.Title, r.Of}
			if !seen[k] {
				seen[k] = true
				g.roles[k] = append(g.roles[k], a)
			}
		}
	}
	g.buildIndex(add)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return g, nil
}

// buildIndex adds every matchable form to the index and reports one alias on two actors. It
// is most of start-up: the forms are tokenized on all cores, and the name words and the fuzzy
// index are built while the forms map is.
func (g *Gazetteer) buildIndex(add func(Pos, string, ...any)) {
	type req struct {
		form, lang string
		kind       entryKind
		a          *Actor
		key        string
		given      bool // a given name before a patronymic (entry.given)
	}
	var reqs []req
	// The one-word forms of the titles ("Empress", "Kaiserin"), which no surname is.
	titleWords := map[string]bool{}
	for _, t := range g.titles {
		for _, ws := range words(t.En, t.De, t.Other) {
			for _, w := range ws {
				if k := tokenize.Keys(w); len(k) == 1 {
					titleWords[k[0]] = true
				}
			}
		}
	}
	put := func(form, lang string, kind entryKind, a *Actor, key string) {
		reqs = append(reqs, req{form: form, lang: lang, kind: kind, a: a, key: key})
	}
	for _, a := range g.actors {
		// "Abdullah bin Zayed Al Nahyan" is written "al-Nahyan" too, and the other way round, in
		// every language ("Abdullah bin Sajid al-Nahjan"); the English forms in all of them.
		alias := func(s, lang, variantLang string) {
			put(s, lang, eAlias, a, "")
			if v := articleVariant(s); v != "" && a.Type == Person {
				put(v, variantLang, eAlias, a, "")
			}
			// (Not of German aliases; the canonical name, English, for every language like
			// the name itself.)
			if v := spellingVariant(s); v != "" && a.Type != Person && lang != "de" {
				put(v, lang, eAlias, a, "")
			}
		}
		alias(a.Name, "", "")
		for _, lang := range slices.Sorted(maps.Keys(a.Aliases)) {
			variantLang := langOf(lang)
			if lang == "en" {
				variantLang = ""
			}
			for _, s := range a.Aliases[lang] {
				alias(s, langOf(lang), variantLang)
			}
		}
		for _, s := range a.Short {
			put(s, "", eShort, a, "")
		}
		if v := surnameFirst(a, titleWords); v != "" {
			put(v, "", eAlias, a, "")
		}
		// "Prince Mohammed", "Sheikh Tamim": a name with a patronymic ("Mohammed bin Salman")
		// is shortened to its given name, as a short form.
		if a.Type == Person {
			if w := patronymicGiven(a.Name); w != "" && !slices.Contains(a.Short, w) {
				reqs = append(reqs, req{form: w, kind: eShort, a: a, given: true})
			}
		}
		for _, lang := range slices.Sorted(maps.Keys(a.Seats)) {
			for _, s := range a.Seats[lang] {
				put(s, langOf(lang), eSeat, a, "")
			}
		}
		for _, lang := range slices.Sorted(maps.Keys(a.Adjectives)) {
			for _, s := range a.Adjectives[lang] {
				for _, form := range adjectiveForms(s, lang) {
					put(form, langOf(lang), eAdjective, a, "")
				}
			}
		}
	}
	for _, key := range slices.Sorted(maps.Keys(g.titles)) {
		t := g.titles[key]
		for lang, ws := range words(t.En, t.De, t.Other) {
			for _, w := range ws {
				put(w, lang, eTitle, nil, key)
			}
		}
	}
	for _, key := range slices.Sorted(maps.Keys(g.institutions)) {
		in := g.institutions[key]
		for lang, ws := range words(in.En, in.De, in.Other) {
			for _, w := range ws {
				put(w, lang, eInstitution, nil, key)
			}
		}
	}
	toks := make([][]string, len(reqs))
	parallel(len(reqs), func(i int) { toks[i] = tokenize.Keys(reqs[i].form) })

	var wg sync.WaitGroup
	wg.Go(func() {
		g.nameWords = make(map[nameWord]bool, 6*len(g.actors))
		g.givenNames = map[string]bool{}
		g.personNames = map[*Actor][][]string{}
		g.spouseGiven = map[string][]*Actor{}
		for _, a := range g.actors {
			for _, n := range a.Given {
				if t := tokenize.Keys(n); len(t) == 1 {
					g.spouseGiven[t[0]] = append(g.spouseGiven[t[0]], a)
				}
			}
		}
		for i, r := range reqs {
			if r.kind != eAlias {
				continue
			}
			for _, w := range toks[i] {
				g.nameWords[nameWord{r.a, w}] = true
			}
			if r.a.Type == Person && len(toks[i]) >= 2 {
				if w := toks[i][0]; !isHonorific(w) && !nameTitles[w] {
					g.givenNames[w] = true // not "Queen Camilla", "Lady Ashton"
				}
				g.personNames[r.a] = append(g.personNames[r.a], toks[i])
			}
		}
	})
	type owner struct {
		actor *Actor
		form  string
		e     *entry
	}
	seen := make(map[string]owner, 4*len(g.actors))
	for i, r := range reqs {
		if len(toks[i]) == 0 {
			continue
		}
		form, lang, kind, a := r.form, r.lang, r.kind, r.a
		e := &entry{toks: toks[i], kind: kind, actor: a, key: r.key, lang: lang, cases: caseOf(form, kind), source: form, given: r.given}
		if kind == eAlias || kind == eSeat {
			sk := lang + "\x00" + strings.Join(e.toks, " ")
			if prev, ok := seen[sk]; ok && prev.actor != a {
				add(a.pos, "%q (%s) of %q is also %q of %q (%s): an alias names one actor; move it to short: if it is ambiguous", form, langName(lang), a.ID, prev.form, prev.actor.ID, prev.actor.pos)
				continue
			}
			if prev, ok := seen[sk]; ok {
				// The same actor's name twice (name and alias): one entry is enough, with the
				// looser case rule ("UNO" and "Uno").
				prev.e.cases = min(prev.e.cases, e.cases)
				continue
			}
			seen[sk] = owner{a, form, e}
		}
		g.index[e.toks[0]] = append(g.index[e.toks[0]], e)
	}
	lists := slices.Collect(maps.Values(g.index))
	parallel(len(lists), func(i int) { sortEntries(lists[i]) })
	for _, es := range lists {
		for _, e := range es {
			if e.kind == eShort {
				e.familyFirst = g.familyFirst(e)
			}
			if e.kind == eAlias && e.actor.Type == Person && len(e.toks) >= 2 {
				e.title = g.aliasTitle(e.toks[0])
			}
		}
	}
	wg.Go(func() { g.fuzzy = newFuzzyIndex(g) })
	defer wg.Wait()
	// Every form, precomputed so that matching a word costs one map read.
	g.forms = make(map[string]*forms, 4*len(g.index))
	get := func(k string) *forms {
		f := g.forms[k]
		if f == nil {
			f = &forms{}
			g.forms[k] = f
		}
		return f
	}
	for k, es := range g.index {
		get(k).exact = es
		for _, e := range es {
			if e.kind == eTitle && e.lang == "en" && len(e.toks) == 1 {
				get(k + "s").plural = append(get(k+"s").plural, e)
			}
			if e.lang == "en" || e.kind == eAdjective {
				continue
			}
			if st := adjStem(e.toks[0]); len(e.toks) > 1 && st != e.toks[0] {
				for _, end := range []string{"", "e", "en", "er", "es", "em"} {
					if form := st + end; form != e.toks[0] {
						get(form).declined = append(get(form).declined, e)
					}
				}
			}
		}
	}
	for _, f := range g.forms {
		sortEntries(f.declined)
		sortEntries(f.plural)
	}
	g.titleWords, g.titleTails = map[string]*entry{}, map[string]bool{}
	lens := map[int]bool{}
	for _, es := range g.index {
		for _, e := range es {
			if e.kind == eTitle && e.lang == "de" && len(e.toks) == 1 && len(e.toks[0]) >= 4 {
				g.titleWords[e.toks[0]] = e
				g.titleTails[e.toks[0][len(e.toks[0])-3:]] = true
				lens[len(e.toks[0])] = true
			}
		}
	}
	for n := range lens {
		g.titleLens = append(g.titleLens, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(g.titleLens)))
	g.seed = maphash.MakeSeed()
	g.formBits = make([]uint64, formBitsLen/64)
	for k, f := range g.forms {
		g.firstBytes[k[0]] = true
		h := maphash.String(g.seed, k) % formBitsLen
		g.formBits[h/64] |= 1 << (h % 64)
		f.seconds = make([]uint16, len(f.exact))
		for i, e := range f.exact {
			if len(e.toks) > 1 {
				f.seconds[i] = prefix2(e.toks[1])
			}
		}
		f.splitLong()
		if len(f.declined) > 0 {
			f.declinedSeconds = make([]uint16, len(f.declined))
			for i, e := range f.declined {
				f.declinedSeconds[i] = prefix2(e.toks[1]) // declined entries have two words or more
			}
		}
	}
}

// longList is the length of an exact list from which it is split (see forms.byPair).
const longList = 32

// articleVariant returns an Arabic name with its article written the other way ("Al Thani" ↔
// "al-Thani"), or "" when the name has none.
func articleVariant(name string) string {
	ws := strings.Fields(name)
	changed := false
	for i := 1; i < len(ws); i++ {
		w := ws[i]
		switch {
		case (w == "Al" || w == "al" || w == "El" || w == "el") && i+1 < len(ws):
			ws[i] = w + "-" + ws[i+1]
			ws = slices.Delete(ws, i+1, i+2)
			changed = true
		case len(w) > 3 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "Al-") || strings.HasPrefix(w, "el-") || strings.HasPrefix(w, "El-")):
			ws[i] = w[:2] + " " + w[3:]
			changed = true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(ws, " ")
}

// spellings pairs the British and American spellings of words in the English names of
// institutions, which newspapers write their own way whatever the body calls itself
// ("Palestine Liberation Organisation", "Ministry of Defense").
var spellings = map[string]string{
	"Organization": "Organisation", "Organisation": "Organization",
	"Defense": "Defence", "Defence": "Defense",
}

// spellingVariant returns an institution's name with its words in the other spelling
// ("World Health Organisation" for "World Health Organization"), or "" when it has none.
func spellingVariant(name string) string {
	ws := strings.Fields(name)
	changed := false
	for i, w := range ws {
		if v, ok := spellings[w]; ok {
			ws[i] = v
			changed = true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(ws, " ")
}

// splitLong fills byPair, short and shortSeconds for a long exact list.
func (f *forms) splitLong() {
	if len(f.exact) < longList {
		return
	}
	pair := map[uint32][]*entry{}
	for i, e := range f.exact {
		if len(e.toks) < 3 {
			f.short, f.shortSeconds = append(f.short, e), append(f.shortSeconds, f.seconds[i])
			continue
		}
		a, b := prefix2(e.toks[1]), prefix2(e.toks[2])
		if a == 0 || b == 0 {
			f.short, f.shortSeconds = nil, nil
			return // a word of one byte: keep the whole list
		}
		k := uint32(a)<<16 | uint32(b)
		pair[k] = append(pair[k], e)
	}
	f.byPair = pair
}

// sortEntries puts the longest entries first, then by kind, and breaks the remaining ties by
// language, form and owner, so that the first entry that matches is the same on every run
// (the entries are gathered from maps, in no fixed order).
func sortEntries(es []*entry) {
	if len(es) < 2 {
		return // most forms begin one entry
	}
	owner := func(e *entry) string {
		if e.actor != nil {
			return e.actor.ID
		}
		return e.key
	}
	slices.SortFunc(es, func(a, b *entry) int {
		return cmp.Or(
			cmp.Compare(len(b.toks), len(a.toks)), // longest first
			cmp.Compare(a.kind, b.kind),
			cmp.Compare(a.lang, b.lang),
			cmp.Compare(a.source, b.source),
			cmp.Compare(owner(a), owner(b)))
	})
}

// langOf maps a data language to the language an entry is restricted to: names in other
// scripts and "any" match in every language.
func langOf(lang string) string {
	switch lang {
	case "en", "de":
		return lang
	}
	return ""
}

func langName(lang string) string {
	if lang == "" {
		return "any language"
	}
	return lang
}

// caseOf decides how a form must be written in text to match.
func caseOf(form string, kind entryKind) caseRule {
	switch kind {
	case eAdjective, eTitle, eInstitution:
		return caseAny
	}
	letters, upper := 0, 0
	for _, r := range form {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	switch {
	case letters > 0 && upper == letters && letters <= 6:
		return caseUpper
	case fold.IsUpper(form):
		return caseCapital
	}
	return caseAny
}

// adjectiveForms returns the forms of a country adjective: English as written; German as the
// stem and its five endings (chinesisch: chinesische, -en, -er, -es, -em).
func adjectiveForms(stem, lang string) []string {
	if lang != "de" {
		return []string{stem}
	}
	forms := []string{stem}
	for _, end := range []string{"e", "en", "er", "es", "em"} {
		forms = append(forms, stem+end)
	}
	return forms
}

// Actor returns the actor with id, or nil.
func (g *Gazetteer) Actor(id string) *Actor { return g.byID[id] }

// Country returns the country with ISO alpha-2 code iso2, or nil.
func (g *Gazetteer) Country(iso2 string) *Actor { return g.countries[iso2] }

// GivenName reports whether key (folded) is the first word of a person's name in the data
// ("georg", "anna"): a capitalised word that is one before a surname names someone else.
func (g *Gazetteer) GivenName(key string) bool { return g.givenNames[key] }

// Honorific reports whether key is an honorific before a name ("mr", "frau", "dr"), and the
// gender it names: "m", "f", or "" for one of no gender ("dr").
func Honorific(key string) (gender string, ok bool) {
	gender, ok = honorifics[key]
	return gender, ok
}

// Rank reports whether key is a rank of nobility or of the military that may stand before a
// name ("Scheich", "General", "Hauptmann").
func Rank(key string) bool { return nobility[key] }

// TitleAdjectives reports whether keys are one to three words that may qualify a title
// between its qualifier and the title, a hyphenated one counted whole: "Jordan's ailing King
// Hussein", "Jordan's long-serving King Hussein", "Egyptian Electricity Minister".
func TitleAdjectives(keys []string) bool { return titleAdjectives(keys) }

// NameLike reports whether person a has a name of two words or more with the word given
// before its last word, and a last word at most two letters from last (keys, folded): "Joav
// Gallant" for Joav Galant, not "Abu Abbas" for Abu Mazen.
func (g *Gazetteer) NameLike(a *Actor, given, last string) bool {
	for _, n := range g.personNames[a] {
		if l := n[len(n)-1]; slices.Contains(n[:len(n)-1], given) && fuzzy.Levenshtein(&l, &last) <= 2 {
			return true
		}
	}
	return false
}

// GivenLike reports whether person a has a name of two words or more with a word before its
// last one at most two letters from given (folded): "Ibrahim" for Ebrahim Raisi, "Hasan" for
// Hassan Rouhani, another spelling of the person's own given name.
func (g *Gazetteer) GivenLike(a *Actor, given string) bool {
	for _, n := range g.personNames[a] {
		for _, w := range n[:len(n)-1] {
			if w == given || len(w) >= 4 && len(given) >= 4 && fuzzy.Levenshtein(&w, &given) <= 2 {
				return true
			}
		}
	}
	return false
}

// HasNameWord reports whether key (folded) is a word of one of a's names.
func (g *Gazetteer) HasNameWord(a *Actor, key string) bool { return g.nameWords[nameWord{a, key}] }

// Actors returns every actor, including generated institution actors, in definition order.
func (g *Gazetteer) Actors() []*Actor { return g.actors }

// MemberAt returns the length in tokens of a party's member noun at keys[i] in language lang
// ("Republikaner", "Social Democrat"), the longest, and the parties whose noun it is (several:
// "Sozialdemokrat" is a member of the SPD or of the SPÖ); 0 and nil when there is none.
func (g *Gazetteer) MemberAt(lang string, keys []string, i int) (int, []*Actor) {
	n, parties := 0, []*Actor(nil)
	if len(g.members) == 0 {
		return 0, nil
	}
	for _, m := range g.members[[2]string{lang, keys[i]}] {
		if len(m.keys) < n || i+len(m.keys) > len(keys) || !slices.Equal(keys[i:i+len(m.keys)], m.keys) {
			continue
		}
		if len(m.keys) > n {
			n, parties = len(m.keys), nil
		}
		parties = append(parties, m.party)
	}
	return n, parties
}

// Title returns the title with key, or nil.
func (g *Gazetteer) Title(key string) *Title { return g.titles[key] }

// Institution returns the actor for a country's institution (such as its foreign ministry).
func (g *Gazetteer) Institution(iso2, key string) *Actor { return g.inst[[2]string{iso2, key}] }

// Holders returns the people who held role title of of (an ISO alpha-2 or actor id) on date
// (empty: now). For a general title (Staatschef) it tries the titles it includes in order and
// returns the holders of the first that has any.
func (g *Gazetteer) Holders(title, of, date string) []*Actor {
	keys := []string{title}
	if t := g.titles[title]; t != nil {
		keys = t.Keys()
	}
	for _, k := range keys {
		var out []*Actor
		for _, a := range g.roles[[2]string{k, of}] {
			for _, r := range a.Roles {
				if r.Title == k && r.Of == of && r.Holds(date) {
					out = append(out, a)
					break
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// Resident returns who receives guests at the seat of country a written text (one of its
// Residences) on date, the holder of the residence's title then ("Kanzleramt" in 2023 is Olaf
// Scholz), and the title; nil when the seat is no residence or the data knows no single holder.
func (g *Gazetteer) Resident(a *Actor, text, date string) (*Actor, string) {
	if a == nil || len(a.Residences) == 0 || date == "" {
		return nil, ""
	}
	key := fold.String(text)
	for _, title := range slices.Sorted(maps.Keys(a.Residences)) {
		if !slices.ContainsFunc(a.Residences[title], func(n string) bool { return fold.String(n) == key }) {
			continue
		}
		of := a.ISO2
		if of == "" {
			of = a.Country
		}
		if hs := g.Holders(title, of, date); len(hs) == 1 {
			return hs[0], title
		}
		return nil, ""
	}
	return nil, ""
}

// Covers reports whether title (possibly general, like "minister") covers the specific title
// key (like "foreign-minister").
func (g *Gazetteer) Covers(title, key string) bool {
	if title == key {
		return true
	}
	if t := g.titles[title]; t != nil {
		for _, k := range t.Includes {
			if k == key {
				return true
			}
		}
	}
	return false
}

// parallel calls f(i) for i in [0, n) on all cores.
func parallel(n int, f func(int)) {
	workers := min(runtime.GOMAXPROCS(0), max(n/256, 1))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w * n / workers; i < (w+1)*n/workers; i++ {
				f(i)
			}
		})
	}
	wg.Wait()
}

// surnameFirst returns a Japanese person's name of two words the other way round ("Kishida
// Fumio" for "Fumio Kishida"), as Japanese media and, since 2020, some others write it; ""
// for anyone else, for a name with a title in it ("Empress Masako"; titleWords holds the
// titles' one-word forms as keys) and for a form the data already gives.
func surnameFirst(a *Actor, titleWords map[string]bool) string {
	if a.Type != Person || a.Country != "JP" {
		return ""
	}
	ws := strings.Fields(a.Name)
	if len(ws) != 2 || slices.ContainsFunc(ws, func(w string) bool {
		k := tokenize.Keys(w)
		return len(k) != 1 || titleWords[k[0]] || nobility[k[0]] || isHonorific(k[0])
	}) {
		return ""
	}
	v := ws[1] + " " + ws[0]
	for _, as := range a.Aliases {
		if slices.Contains(as, v) {
			return ""
		}
	}
	return v
}

// patronymicGiven returns the given name of a name with an Arabic patronymic, the first word
// before "bin", "ibn" or "bint" ("Mohammed bin Salman" → "Mohammed"), or "".
func patronymicGiven(name string) string {
	ws := strings.Fields(name)
	if len(ws) >= 3 && (ws[1] == "bin" || ws[1] == "ibn" || ws[1] == "bint") {
		return ws[0]
	}
	return ""
}
