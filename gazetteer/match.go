package gazetteer

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dipex/fold"
	"dipex/tokenize"
)

// Kind says how a mention was matched.
type Kind string

// The match kinds.
const (
	KindExact       Kind = "exact"       // an alias as written (case and diacritics folded)
	KindInflected   Kind = "inflected"   // an alias with a German case ending (Putins, Sicherheitsrates)
	KindShort       Kind = "short"       // an ambiguous short form (Xi); valid after a full mention
	KindAdjective   Kind = "adjective"   // a country adjective (chinesische, Chinese)
	KindMetonym     Kind = "metonym"     // a seat of power for its country (der Kreml)
	KindInstitution Kind = "institution" // country + institution noun (das chinesische Außenministerium)
	KindTitle       Kind = "title"       // a person the gazetteer lacks, introduced by a title
	KindRole        Kind = "role"        // a title without a name (der russische Präsident): resolved later
	KindFuzzy       Kind = "fuzzy"       // a misspelling or other transliteration of a known name
	KindListed      Kind = "listed"      // a person the gazetteer lacks, joined by "und"/"and" to a person, or named by a known given name
)

// Mention is an actor found in a token slice. Spans are token indexes, end exclusive.
type Mention struct {
	Start, End int    // the name as written (for a role mention: the title)
	Phrase     int    // first token of the phrase that introduces the name (adjective, title, Herr); <= Start
	Actor      *Actor // nil for a role mention
	Candidates []*Actor
	Kind       Kind
	Title      string // title key, from an apposition (der russische Präsident Wladimir Putin) or a role
	Of         *Actor // the country or organisation a title or institution belongs to
	// Modifier marks a mention that is part of something larger (NATO-Einflusses, Chinas Rolle,
	// an adjective): it is an entity, but not a party to a relation by itself.
	Modifier   bool
	Confidence float64
	Form       string // what the data says, as written: the alias, adjective, title or fuzzy-matched word
	// OfAfter marks a role whose country follows it as a genitive: "die Außenminister
	// Deutschlands", "the leaders of China, Japan and South Korea".
	OfAfter bool
	// OfOrigin marks a role whose country follows it as where the holders come from: "seine
	// Amtskollegen aus Litauen und Lettland", "his counterparts from Morocco and Egypt". The
	// country says whose they are and is no party: only a holder the article names stands for
	// it (a definite role, "der Kanzler aus China", may be the one named before).
	OfOrigin bool
	// Possessive marks a modifier that owns the noun after it: "Putin's meeting", "Putins
	// Treffen". Rules may take it as the subject of that noun.
	Possessive bool
	// Alias marks another name of the person named right before, after an alias word:
	// "Rodrigo Londoño alias 'Timoschenko'" (its Actor is that person's).
	Alias bool
	// Head, for a role mention, ends its title word, before the country its holders come from
	// (OfOrigin): "Gast" in "der Gast aus Berlin"; without one it is End. Other mentions leave
	// it 0.
	Head int
	// Portfolio marks a role whose compound names an office the data has no title for
	// ("der iranische Gesundheitsminister"): it is a minister, but not any minister the
	// data knows, so it resolves to no one.
	Portfolio bool
}

// Party is the actor the mention stands for as a party: a capital stands for its country.
func (m *Mention) Party() *Actor {
	if m.Actor == nil {
		return nil
	}
	return m.Actor.Party
}

// hit is a raw index match before phrases are assembled.
type hit struct {
	start, end int
	e          *entry
	kind       Kind
	actor      *Actor // for fuzzy hits
	word       string // for fuzzy hits: the indexed word it is close to
	of         *Actor // for a closed compound title (Kremlsprecher): whose title it is
	ofEntry    *entry // and the name or seat it begins with (Kreml)
	used       bool   // absorbed into a phrase
	portfolio  bool   // a compound whose first part the data does not know (Gesundheitsminister)
	inflected  bool   // the words carry a German ending (Putins; a short form too: Sovas)
}

// Match finds the actors in one sentence's tokens. raw holds the tokens as written, keys their
// folded keys (see package tokenize); lang is "de", "en" or another code. The result is in text
// order and includes modifier mentions.
func (g *Gazetteer) Match(raw, keys []string, lang string) []Mention {
	return g.MatchIn(raw, keys, lang, nil)
}

// MatchIn is Match with the caller's say on a bare institution noun with a definite article
// ("the foreign ministry said"): bare gives, for an institution key, the country whose
// institution it is (the one named before, the dateline's: "NEW DELHI (PTI) … the Ministry of
// External Affairs said" is India's), or nil for none; bare itself may be nil.
func (g *Gazetteer) MatchIn(raw, keys []string, lang string, bare func(key string) *Actor) []Mention {
	buf := hitBuffers.Get().(*[]hit)
	hits := g.scan((*buf)[:0], raw, keys, lang)
	out := g.assemble(hits, raw, keys, lang, bare)
	*buf = hits
	hitBuffers.Put(buf)
	return out
}

// hitBuffers recycles the slices scan collects a sentence's hits in: no hit outlives MatchIn
// (mentions copy what they need), and a new slice grown hit by hit for every sentence was a good
// part of what matching allocated.
var hitBuffers = sync.Pool{New: func() any { return new([]hit) }}

// Abroad reports whether the institution with key sits in other countries (an embassy).
func (g *Gazetteer) Abroad(key string) bool {
	i := g.institutions[key]
	return i != nil && i.Abroad
}

// scan finds the longest entry at each position, left to right, and appends it to hits.
func (g *Gazetteer) scan(hits []hit, raw, keys []string, lang string) []hit {
	var h hit
	for i := 0; i < len(keys); {
		found := g.longest(&h, raw, keys, i, lang)
		// (A middle initial the data does not write only where no entry covers it: the data
		// knows "George H. W. Bush" and "George W. Bush".)
		if !found || h.end <= i+2 {
			var m hit
			if g.middleInitial(&m, raw, keys, i, lang) {
				h, found = m, true
			}
		}
		if found && h.kind != KindFuzzy && h.e.kind == eAlias && h.e.actor.Type == Person && generationAfter(raw, keys, h.end) {
			i = h.end // "Donald Trump Jr.", "Bush senior": a father's or son's name, not this person's
			continue
		}
		if found && h.kind != KindFuzzy && h.e.kind == eTitle && h.end == i+1 && i > 0 && g.givenNames[keys[i-1]] && fold.IsUpper(raw[i-1]) && fold.IsUpper(raw[i]) &&
			len(keys[i-1]) > 2 && !determiners[keys[i-1]] && !titleModifiers[keys[i-1]] && (len(hits) == 0 || hits[len(hits)-1].end < i) {
			i = h.end // "Landeshauptmann Peter Kaiser": a title word after a given name is a surname
			continue
		}
		if found && h.e != nil && h.e.given && !g.givenPosition(&h, hits, raw, keys, lang) {
			i = h.end // ("Mohammed al-Hassan", "Jawar Mohammed": no one's given name, nor fuzzy)
			continue
		}
		// "King Hamad bin Isa Al Khalifa": an alias that begins with a title loses to a longer
		// name of the same person right after the title, which then stands alone.
		// (The title is looked up first, on its one token: most names begin with none.)
		// (So does one that begins with a title word of names, which no hit covers: "Sheikh Hamad bin
		// Khalifa Al Thani" is "Hamad bin Khalifa Al Thani", not "Sheikh Hamad bin Khalifa".)
		if found && h.kind != KindFuzzy && h.e.kind == eAlias && h.end-i >= 2 {
			var m, t hit
			title := g.longest(&t, raw[:i+1], keys[:i+1], i, lang) && t.kind != KindFuzzy && t.e.kind == eTitle
			if (title || nameTitles[keys[i]]) &&
				g.longest(&m, raw, keys, i+1, lang) && m.end > h.end && m.kind != KindFuzzy && m.e.kind == eAlias && m.e.actor == h.e.actor {
				if title {
					hits = append(hits, t)
				}
				hits = append(hits, m)
				i = m.end
				continue
			}
		}
		if found {
			hits = append(hits, h)
			i = h.end
			continue
		}
		var prev *hit // the hit right before i
		if len(hits) > 0 && hits[len(hits)-1].end == i {
			prev = &hits[len(hits)-1]
		}
		if g.fuzzyAt(&h, raw, keys, i, prev) {
			hits = append(hits, h)
		}
		i++
	}
	return g.sharedSurnames(hits, raw, keys, lang)
}

// sharedSurnames adds, for a given name the data does not cover before a coordinator and a
// person's full name, the person that given name and the surname name: "Emmanuel und Brigitte
// Macron", "Bill and Hillary Clinton" (when the data knows "Emmanuel Macron").
func (g *Gazetteer) sharedSurnames(hits []hit, raw, keys []string, lang string) []hit {
	for x := 0; x < len(hits); x++ {
		h := hits[x]
		i := h.start
		if i < 2 || h.end-i < 2 || h.kind == KindFuzzy || h.e.kind != eAlias || h.e.actor.Type != Person || !coordinators[keys[i-1]] ||
			!fold.IsUpper(raw[i-2]) || !isWord(raw[i-2]) || isHitStart(hits, i-2) || x > 0 && hits[x-1].end > i-2 {
			continue
		}
		ks := append([]string{keys[i-2]}, keys[i+1:h.end]...)
		rs := append([]string{raw[i-2]}, raw[i+1:h.end]...)
		var m hit
		if !g.longest(&m, rs, ks, 0, lang) || m.end != len(ks) || m.kind == KindFuzzy || m.e.kind != eAlias || m.e.actor.Type != Person || m.e.actor == h.e.actor {
			continue
		}
		m.start, m.end = i-2, i-1
		hits = slices.Insert(hits, x, m)
		x++
	}
	return hits
}

// generationAfter reports whether token j, right after a person's name, is a suffix of
// generation that the name the data knows does not have: "Jr", "Sr" ("Donald Trump Jr."), or
// "junior", "senior" closing the name ("Trump junior, der älteste Sohn"; not "Putin senior
// aide", a word in lower case after it).
func generationAfter(raw, keys []string, j int) bool {
	if j >= len(keys) {
		return false
	}
	switch keys[j] {
	case "jr", "sr":
		return true
	case "junior", "senior":
		return j+1 == len(keys) || !isWord(raw[j+1]) || fold.IsUpper(raw[j+1])
	}
	return false
}

// givenPosition reports whether hit h of a given name made from a patronymic ("Mohammed" of
// Mohammed bin Salman) stands where a given name alone names a person or begins an unknown
// one: no name particle follows ("Mohammed al-Hassan", "Mohamed el-Menfi"), nor a rank, a
// title or two capitalised words ("Hamad International Airport"), and no capitalised
// word the data does not cover comes before, nor before the rank or title in front of it
// ("Jawar Mohammed", "Khalid Sheikh Mohammed"). "Prince Mohammed said", "Kronprinz Mohammed
// sagte", "Mohammed said" are in position. hits are the hits before h. A short form the data
// writes for someone with the same words keeps the hit.
func (g *Gazetteer) givenPosition(h *hit, hits []hit, raw, keys []string, lang string) bool {
	for _, o := range g.index[h.e.toks[0]] {
		if o.kind == eShort && !o.given && slices.Equal(o.toks, h.e.toks) {
			return true
		}
	}
	if j := h.end; j < len(keys) {
		if nameParticles[keys[j]] {
			return false
		}
		if isWord(raw[j]) && fold.IsUpper(raw[j]) {
			// (A surname of one word after it keeps the hit, which makes the unknown person
			// "Mohammed Waseem"; a rank, a title or an institution's noun does not, nor two
			// capitalised words: "Khalid Sheikh Mohammed", "Hamad International Airport".)
			var m hit
			if g.longest(&m, raw, keys, j, lang) {
				if m.e == nil || !m.isActor() || m.e.given {
					return false
				}
			} else if nobility[keys[j]] || isHonorific(keys[j]) || institutionHeads[keys[j]] ||
				j+1 < len(keys) && isWord(raw[j+1]) && fold.IsUpper(raw[j+1]) {
				return false
			}
		}
	}
	// uncovered reports whether token p is a capitalised word no hit covers.
	uncovered := func(p int) bool {
		if p < 0 || !isWord(raw[p]) || !fold.IsUpper(raw[p]) || notNames[keys[p]] {
			return false
		}
		for _, o := range hits {
			if o.start <= p && p < o.end {
				return false
			}
		}
		return true
	}
	p := h.start - 1
	if p >= 0 && (nobility[keys[p]] || isHonorific(keys[p])) {
		return !uncovered(p - 1)
	}
	if k := len(hits) - 1; k >= 0 && hits[k].end == h.start && hits[k].kind != KindFuzzy && hits[k].e.kind == eTitle {
		return !uncovered(hits[k].start - 1)
	}
	return !uncovered(p)
}

// middleInitial finds a person the data names without the middle initial the text gives
// ("Vladimir V. Putin", "Antony J. Blinken"): the given name at token i, the initial and its
// full stop, then the rest of the name. Like longest, it sets *h when it finds one.
func (g *Gazetteer) middleInitial(h *hit, raw, keys []string, i int, lang string) bool {
	if i+3 >= len(keys) || keys[i+2] != "." || !initial(raw[i+1]) || len(keys[i]) < 2 ||
		!fold.IsUpper(raw[i]) || !fold.IsUpper(raw[i+3]) || initial(raw[i+3]) || !g.mayBeForm(keys[i]) {
		return false
	}
	end := min(len(keys), i+7)
	r := append([]string{raw[i]}, raw[i+3:end]...)
	k := append([]string{keys[i]}, keys[i+3:end]...)
	var m hit
	if !g.longest(&m, r, k, 0, lang) || m.end < 2 || m.e == nil || m.e.kind != eAlias || m.e.actor == nil || m.e.actor.Type != Person {
		return false
	}
	*h = m
	h.start, h.end = i, i+m.end+2
	return true
}

// longest finds the longest entry that matches at token i and reports whether there is one;
// if so, it sets *h to its hit. (Most words match nothing: returning a hit, 88 bytes, for
// every word cost the scan more than telling it through a pointer.)
func (g *Gazetteer) longest(h *hit, raw, keys []string, i int, lang string) bool {
	k := keys[i]
	if k == "" || !g.firstBytes[k[0]] {
		return false // commas and full stops begin no name
	}
	var f *forms
	if g.mayBeForm(k) {
		f = g.forms[k] // one map read finds every form a word may be
	}
	if f == nil {
		return lang == "de" && (g.compound(h, raw, k, i) || g.inflected(h, raw, keys, i, lang) || g.compoundGenitive(h, raw, k, i))
	}
	if f.byPair != nil {
		// Entries of three words or more sort first; only those whose second and third words
		// begin as the text's do can match.
		if i+2 < len(keys) {
			if a, b := prefix2(keys[i+1]), prefix2(keys[i+2]); a != 0 && b != 0 &&
				g.longestFrom(h, f.byPair[uint32(a)<<16|uint32(b)], nil, raw, keys, i, lang, false) {
				return true
			}
		}
		if g.longestFrom(h, f.short, f.shortSeconds, raw, keys, i, lang, false) {
			return true
		}
	} else if g.longestFrom(h, f.exact, f.seconds, raw, keys, i, lang, false) {
		return true
	}
	if lang != "de" {
		// Other languages need only the forms as written, and English plural titles: "the
		// leaders of China, Japan and South Korea".
		if lang == "en" && len(f.plural) > 0 {
			*h = newHit(i, i+1, f.plural[0], true)
			return true
		}
		return false
	}
	// "das Auswärtige Amt" for the alias "Auswärtiges Amt": an adjective declines.
	return g.longestFrom(h, f.declined, f.declinedSeconds, raw, keys, i, lang, true) ||
		g.compound(h, raw, k, i) ||
		g.inflected(h, raw, keys, i, lang) ||
		g.compoundGenitive(h, raw, k, i)
}

// inflected finds a one-word name under a German case ending at token i (Putins,
// Sicherheitsrates, Präsidenten): the word without the ending is a name of three letters or
// more (a short form needs four: "Hans" is a given name, not the genitive of Han); a town or
// region takes only the genitive ("Kassels"; "Zahlen" is no form of Zahle). The endings are
// taken off at lookup rather than added to the index, which keeps start-up short.
// Like longest, it sets *h when it finds one.
func (g *Gazetteer) inflected(h *hit, raw, keys []string, i int, lang string) bool {
	k := keys[i]
	if !fold.IsUpper(raw[i]) {
		return false // German names and titles are capitalised
	}
	// (An umlaut the form lacks makes a German plural, another word: "Gästen" is not "Gast", nor
	// "Ländern" "Land".)
	uml := umlauted(raw[i][strings.LastIndexByte(raw[i], '-')+1:])
	for _, suf := range germanEndings {
		base := strings.TrimSuffix(k, suf)
		if len(base) == len(k) || len(base) < 3 || !g.mayBeForm(base) {
			continue
		}
		f := g.forms[base]
		if f == nil {
			continue
		}
		for _, e := range f.exact {
			if len(e.toks) != 1 || e.lang == "en" || e.kind == eAdjective || (e.kind == eShort && len(base) < 4) ||
				(e.actor != nil && placeTypes[e.actor.Type] && !slices.Contains(genitiveEndings, suf)) {
				continue
			}
			if uml && !umlauted(e.source) {
				continue
			}
			if langOK(e, lang) && caseOK(e, raw[i], true) {
				*h = newHit(i, i+1, e, true)
				return true
			}
		}
	}
	return false
}

// isHonorific reports whether key is an honorific ("Mr.", "Frau", "Dr.").
func isHonorific(key string) bool {
	if key == "" || honorificShapes[key[0]]&(1<<min(len(key), 63)) == 0 {
		return false // most words: no honorific of that first letter and length
	}
	_, ok := honorifics[key]
	return ok
}

// honorificShapes has a bit for the length of each honorific under its first byte: a quick
// negative test in front of the map, which assemble would otherwise read for every token.
var honorificShapes = func() (s [256]uint64) {
	for k := range honorifics {
		s[k[0]] |= 1 << min(len(k), 63)
	}
	return s
}()

// umlauted reports whether s holds a German umlaut.
func umlauted(s string) bool {
	return strings.IndexByte(s, 0xC3) >= 0 && strings.ContainsAny(s, "äöüÄÖÜ") // (each begins with byte 0xC3)
}

// longestFrom finds the longest of entries that matches at i and, like longest, sets *h to
// it and reports whether there is one. German words may carry case
// endings: the last word a noun's (Putins, Sicherheitsrates), the others an adjective's.
// seconds, when not nil, holds prefix2 of each entry's second word.
func (g *Gazetteer) longestFrom(h *hit, entries []*entry, seconds []uint16, raw, keys []string, i int, lang string, declined bool) bool {
	// next is prefix2 of the word after i, 0 when there is none or it has one byte. An entry
	// whose second word has two bytes or more (seconds not 0) matches only a next word that
	// begins alike: equal, or with a German ending after it; never a word of one byte.
	var next uint16
	if i+1 < len(keys) {
		next = prefix2(keys[i+1])
	}
	capital := fold.IsUpper(raw[i])
	for x, e := range entries {
		if seconds != nil && seconds[x] != 0 && seconds[x] != next {
			continue
		}
		n := len(e.toks)
		if !langOK(e, lang) || i+n > len(keys) || !caseOK(e, raw[i], capital) || (declined && n < 2) {
			continue
		}
		inflected := declined
		ok := true
		for j := 1; j < n; j++ {
			k := keys[i+j]
			switch {
			case k == e.toks[j]:
			case lang == "de" && j == n-1 && e.kind != eAdjective && inflects(k, e.toks[j]):
				inflected = true
			case lang == "de" && j < n-1 && adjStem(k) == adjStem(e.toks[j]) && adjStem(k) != k:
				inflected = true
			case lang == "en" && j == n-1 && e.kind == eTitle && k == e.toks[j]+"s":
				inflected = true // "foreign ministers"
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok {
			*h = newHit(i, i+n, e, inflected)
			return true
		}
	}
	return false
}

// adjStem takes a German adjective ending (-e, -en, -er, -es, -em) off a word whose stem keeps
// three letters or more ("Neue" of "Neue Entwicklungsbank"); other words come back as they are.
func adjStem(k string) string {
	for _, end := range []string{"en", "er", "es", "em", "e"} {
		if len(k) >= 3+len(end) && strings.HasSuffix(k, end) {
			return k[:len(k)-len(end)]
		}
	}
	return k
}

// compoundGenitive is compound for a closed compound in the genitive, when no inflected form
// of a name matched: "des Kremlkritikers Alexej Nawalny".
func (g *Gazetteer) compoundGenitive(h *hit, raw []string, k string, i int) bool {
	return strings.HasSuffix(k, "s") && g.compound(h, raw, k[:len(k)-1], i)
}

// compound splits a German closed compound of a country or seat and a title: Kremlsprecher
// (Kreml + Sprecher), Kremlchef, Russlandbeauftragter is not one (no such title). Like
// longest, it sets *h when it finds one.
func (g *Gazetteer) compound(h *hit, raw []string, k string, i int) bool {
	if len(k) < 8 || !fold.IsUpper(raw[i]) || !g.titleTails[k[len(k)-3:]] {
		return false
	}
	for _, n := range g.titleLens {
		if len(k) < n+3 {
			continue
		}
		t := g.titleWords[k[len(k)-n:]]
		if t == nil {
			continue
		}
		prefix := k[:len(k)-n]
		for _, p := range []string{prefix, strings.TrimSuffix(prefix, "s")} {
			for _, e := range g.index[p] {
				if len(e.toks) != 1 || (e.kind != eAlias && e.kind != eSeat) {
					continue
				}
				if a := e.actor.Party; a.Type == Country || a.Type == Organization {
					*h = hit{start: i, end: i + 1, e: t, kind: KindExact, of: a, ofEntry: e}
					return true
				}
			}
		}
		// Finanzminister, Pressesprecherin, Geheimdienstchef: a title of no one in particular.
		if tt := g.titles[t.key]; tt != nil && tt.Compounds && len(prefix) >= 3 {
			*h = hit{start: i, end: i + 1, e: t, kind: KindExact, portfolio: true}
			return true
		}
	}
	return false
}

// germanEndings are the case and plural endings the matcher takes off a German word
// (Putins, Sicherheitsrates, Präsidenten).
var germanEndings = []string{"es", "s", "en", "n", "ns"}

// genitiveEndings are the only endings a German place name takes (Berlins, Kassels).
var genitiveEndings = []string{"es", "s"}

// anotherPerson returns the tokens [i, j) of the name of a person the data lacks that the
// one-word English name hit h is part of, or 0, 0:
//   - "Daniil Medvedev", "Eric Trump": a capitalised word the data does not know right before a
//     surname is another person's given name (not a word of this person's names or a spelling of
//     its given name, "Ibrahim Raisi"; nor a word that opens a clause, "When Putin arrived", an
//     adverb at a sentence's start, "Afterwards Trump", a rank or title modifier, "Patriarch
//     Kirill", "Outgoing Medvedev", or a word after an article, "along the East Lake"; and the
//     name ends there: not "Actor Bruce Willis", "Blake Lee-Harwood");
//   - "Novak Djokovic": a capitalised word the data does not know right after a short name (not
//     an exact one: "Putin Warns" is Putin), after no capitalised word, is another person's
//     surname (not a word of this person's names, a month, nor a noun that names no person:
//     "the Novak Doctrine", "Harris Accords").
func (g *Gazetteer) anotherPerson(raw, keys []string, hits []hit, h *hit) (int, int) {
	a := h.theActor()
	unknownWord := func(j int) bool {
		k := keys[j]
		return fold.IsUpper(raw[j]) && isWord(raw[j]) && !strings.Contains(raw[j], ".") && utf8.RuneCountInString(raw[j]) >= 3 &&
			!isHitStart(hits, j) && !clauseWords[k] && !isHonorific(k) && !nameTitles[k] && !nobility[k] && !titleModifiers[k] &&
			!g.HasNameWord(a, k) && !g.GivenLike(a, k)
	}
	capitalAt := func(j int) bool { return j >= 0 && j < len(raw) && fold.IsUpper(raw[j]) && isWord(raw[j]) }
	// (A name goes on at token j with a capitalised word or a hyphen.)
	goesOn := func(j int) bool { return j < len(raw) && (capitalAt(j) || keys[j] == "-") }
	if i := h.start - 1; i >= 0 && unknownWord(i) && !capitalAt(i-1) && !(i >= 1 && determiners[keys[i-1]]) &&
		!goesOn(h.end) {
		// (At a sentence's start, after a dateline or a quote, a given name of the data or a
		// word with no ending of an adverb; an adverb has a stem of four letters or more before
		// "-ly": not "Billy", "Kelly".)
		opens := i == 0 || !isWord(raw[i-1]) && keys[i-1] != ","
		adverb := len(keys[i]) >= 6 && strings.HasSuffix(keys[i], "ly") || strings.HasSuffix(keys[i], "wards")
		if !opens || g.givenNames[keys[i]] || !adverb {
			return i, h.end
		}
	}
	// (After a short name only, which alone names no one for sure: an exact name such as
	// "Putin" before a capitalised word is that person, "Putin Warns", "the Putin Palace".)
	if j := h.end; h.kind == KindShort && j < len(raw) && unknownWord(j) && !capitalAt(h.start-1) && !goesOn(j+1) &&
		!clauseWords[keys[h.start]] && !months[keys[h.start]] && !nonPersonHeads[keys[j]] && !institutionHeads[keys[j]] &&
		!staffNouns[keys[j]] && !afterNameNouns[keys[j]] && !months[keys[j]] {
		return h.start, j + 1
	}
	return 0, 0
}

// afterNameNouns are capitalised nouns that follow a short name without being a surname: "the
// Novak Doctrine", "the Abraham Accords", "the Harris Administration".
var afterNameNouns = set("tower", "towers", "administration", "administrations", "doctrine", "era", "regime", "presidency",
	"foundation", "library", "center", "centre", "plan", "initiative", "card", "camp", "team",
	"jr", "sr", "ii", "iii", "iv", "accords", "accord", "agreement", "declaration", "statement", "formula",
	"route", "palace", "stadium", "hotel", "interactive", "institute", "school", "prize", "award", "line", "report", "act",
	"bill", "law", "treaty", "pact", "process", "principles", "memorial", "museum", "bridge")

// months are the English months, which a short name may share ("May"), or a date may follow.
var months = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
	"december")

// clauseWords are English words that, capitalised, may stand right before a surname without
// being a given name: "When Putin arrived", "Yesterday Biden said", "Patriarch Kirill".
var clauseWords = set("the", "a", "an", "when", "as", "if", "while", "after", "before", "since", "until", "unless", "once", "whether",
	"though", "although", "because", "did", "does", "do", "will", "would", "can", "could", "should", "shall", "may", "might",
	"must", "has", "had", "have", "is", "was", "were", "are", "then", "now", "but", "and", "or", "so", "yet", "nor",
	"yesterday", "today", "tomorrow", "meanwhile", "however", "also", "only", "even", "still", "here", "there", "why", "how",
	"what", "where", "who", "whom", "whose", "which", "both", "neither", "either", "not", "like", "unlike", "with", "without",
	"for", "from", "to", "in", "on", "at", "by", "of", "under", "despite", "thanks", "during", "against", "according",
	"asked", "says", "said", "let", "dear", "thank", "congratulations", "over", "about", "between", "among", "afterwards",
	"later", "earlier", "instead", "separately", "finally", "indeed", "thus", "perhaps", "regarding", "nevertheless",
	"nonetheless", "moreover", "furthermore", "likewise", "elsewhere", "tonight", "therefore", "overall", "otherwise",
	"besides", "hence", "anyway", "republican", "democrat", "tory", "populist", "incumbent", "jailed", "disgraced",
	"sergeant", "corporal", "private",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next", "this", "that",
	"these", "those", "all", "most", "many", "some", "every", "each", "no", "our", "my", "your", "we", "they", "he",
	"she", "it", "i", "you", "its", "his", "her", "their",
	// Ranks, offices, forms of address and descriptions the titles may lack: "Patriarch
	// Kirill", "Sen Graham", "Strongman Lukashenko".
	"comrade", "patriarch", "metropolitan", "tsar", "czar", "sister", "brother", "father", "mother", "saint",
	"pastor", "reverend", "rev", "rabbi", "mufti", "mullah", "chairman", "chairwoman", "premier", "president",
	"chancellor", "senator", "sen", "rep", "governor", "mayor", "sheriff", "judge", "justice", "baroness", "baron", "deputy",
	"acting", "former", "late", "young", "elder", "junior", "senior", "mister", "madam", "madame", "monsieur", "citizen",
	"candidate", "nominee", "professor", "prof", "doctor", "actor", "actress", "singer", "striker", "coach", "manager",
	"envoy", "ambassador", "minister", "secretary", "spokesman", "spokeswoman", "leader", "chief", "strongman",
	"embattled", "veteran", "billionaire", "vote")

// placeTypes are the actor types of towns and regions, whose names take only genitive endings
// (countries keep them all: "in den Niederlanden").
var placeTypes = map[Type]bool{City: true, Place: true}

// inflects reports whether k is base with a German ending.
func inflects(k, base string) bool {
	if !strings.HasPrefix(k, base) {
		return false
	}
	suf := k[len(base):]
	for _, e := range germanEndings {
		if suf == e {
			return true
		}
	}
	return false
}

func newHit(start, end int, e *entry, inflected bool) hit {
	h := hit{start: start, end: end, e: e, kind: KindExact, inflected: inflected}
	switch {
	case e.kind == eShort:
		h.kind = KindShort
	case e.kind == eAdjective:
		h.kind = KindAdjective
	case e.kind == eSeat:
		h.kind = KindMetonym
	case inflected:
		h.kind = KindInflected
	}
	return h
}

func langOK(e *entry, lang string) bool { return e.lang == "" || e.lang == lang }

// caseOK reports whether word raw is written in a case entry e allows; capital is whether raw
// is capitalised (fold.IsUpper), which the callers know already.
func caseOK(e *entry, raw string, capital bool) bool {
	switch e.cases {
	case caseCapital:
		return capital
	case caseUpper:
		// "NATO", and for acronyms of four letters or more also "Nato", "Tass", "Asean" as
		// German news writes them; never "us" for "US".
		letters, lower := 0, 0
		for i, r := range raw {
			if !unicode.IsLetter(r) {
				continue
			}
			letters++
			if !unicode.IsUpper(r) {
				if i == 0 {
					return false
				}
				lower++
			}
		}
		return lower == 0 || (letters >= 4 && lower == letters-1)
	}
	return true
}

// fuzzyAt tries the fuzzy index for a capitalised word that is not the first of the sentence
// and does not follow an article. Capitalised words close to a name are mostly other words
// (German nouns: "im Rahmen" is not Rahmon, "Schüler" not Schumer) or other people's names
// (Miller, Hopkins), so the word must stand where a name of a person stands: right after a
// title ("Verteidigungsminister Schojgu", prev), an honorific ("Herr Lawrow") or a given name
// of that person ("Sergej Schojgu"; "Emmanuel Gaillard" is not Julia Gillard).
//
// Like longest, it sets *h when it finds a hit.
func (g *Gazetteer) fuzzyAt(h *hit, raw, keys []string, i int, prev *hit) bool {
	if i == 0 || !fold.IsUpper(raw[i]) || utf8.RuneCountInString(raw[i]) < minFuzzyLen || determiners[keys[i-1]] {
		return false
	}
	k := keys[i-1]
	titled := prev != nil && prev.e != nil && prev.e.kind == eTitle
	if !titled && !isHonorific(k) && !fold.IsUpper(raw[i-1]) {
		return false
	}
	a, word := g.fuzzy.lookup(keys[i])
	if a == nil {
		return false
	}
	if !titled && !isHonorific(k) && !g.HasNameWord(a, k) {
		return false
	}
	// A capitalised word right after it makes it part of a longer name: "Yaseen Lakhani" is
	// not Abdulla Yameen, "Johns Hopkins Center" not Chris Hipkins.
	if j := i + 1; j < len(raw) && fold.IsUpper(raw[j]) && isWord(raw[j]) && !notNames[keys[j]] && !g.HasNameWord(a, keys[j]) {
		return false
	}
	*h = hit{start: i, end: i + 1, kind: KindFuzzy, actor: a, word: word}
	return true
}

// candidateWord reports whether key is a word of the names of one of the people short form h
// may mean.
func (g *Gazetteer) candidateWord(h *hit, key string) bool {
	for _, a := range g.shortCandidates(h.e) {
		if g.HasNameWord(a, key) {
			return true
		}
	}
	return false
}

// Small closed word classes the phrase grammar needs, German and English together: they do
// not collide in ways that matter here.
var (
	determiners = set("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer",
		"the", "a", "an")
	// definiteArticles before a title make the name in apposition after it the holder named.
	definiteArticles = set("der", "die", "das", "den", "dem", "des", "the")
	// possessiveDets own a title as an owner's name does: "his wife, Yuko Kishida,". (The
	// gazetteer reads no rules grammar, whose possessives serve the slots.)
	possessiveDets = set("his", "her", "their", "its", "sein", "seine", "seinem", "seinen", "seiner", "seines",
		"ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres")
	// honorifics map each honorific to the gender it names, "" for none ("Dr.").
	honorifics = map[string]string{"mr": "m", "mr.": "m", "herr": "m", "herrn": "m", "sir": "m",
		"mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "frau": "f", "dame": "f",
		"dr": "", "dr.": "", "prof": "", "prof.": ""}
	// nameTitles are words that open a person's name as a title, no given name: "Queen
	// Camilla", "Lady Ashton", "Sheikh Tamim".
	nameTitles = set("lady", "lord", "queen", "king", "prince", "princess", "crown", "emperor", "empress", "duke", "duchess",
		"sheikh", "sheikha", "emir", "sultan", "pope", "imam", "ayatollah", "grand", "general", "gen")
	genLinks = set("des", "der", "of", "eines", "von")
	// coordinators join two titles of one person: "Vizekanzler und Wirtschaftsminister".
	coordinators = set("und", "and")
	// originLinks join a title to the country its holders come from (see Mention.OfOrigin).
	originLinks = set("from", "aus")
	// forLinks join a title to whom it is held or spoken for: a genitive link, or "for" ("the
	// spokesman for Prime Minister Modi").
	forLinks = set("des", "der", "of", "eines", "von", "for")
	// portfolioLinks open the portfolio of a title: "Minister für Wirtschaft", "Minister for Trade".
	portfolioLinks = set("für", "for")
	// placePreps before a seat of power make it the place of what happens there.
	placePreps = set("in", "im", "at", "am", "ins", "into", "inside")
	// verbMarkers come before an English verb, never before a title: "to host", "will chair".
	verbMarkers = set("to", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
		"do", "does", "did", "not", "also")
	// verbBefore make an English word in -ed after them a verb, not a title's participle ("has
	// appointed", "who appointed"); unlike verbMarkers, a title may follow them ("that President
	// Biden said"), so the two are apart.
	verbBefore = set("has", "have", "had", "was", "were", "is", "are", "be", "been", "who", "which", "that", "he", "she", "they", "it", "we")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[fold.String(w)] = true // compared with folded keys: "frühere" is "fruhere"
	}
	return m
}

// qualifies reports whether h can say whose a title or institution is: a country, its
// adjective, a capital or seat, or (for titles) an organisation.
func (h *hit) qualifier(forTitle bool) *Actor {
	if h.used {
		return nil
	}
	switch {
	case h.kind == KindFuzzy:
		return nil
	case h.e.kind == eAdjective || h.e.kind == eSeat:
		return h.e.actor
	case h.e.kind == eAlias:
		a := h.e.actor.Party
		if a.Type == Country || (forTitle && a.Type == Organization) {
			return a
		}
	}
	return nil
}

func (h *hit) isActor() bool {
	return h.kind == KindFuzzy || h.e.kind == eAlias || h.e.kind == eShort || h.e.kind == eSeat
}

func (h *hit) form() string {
	if h.kind == KindFuzzy {
		return h.word
	}
	return h.e.source
}

func (h *hit) theActor() *Actor {
	if h.kind == KindFuzzy {
		return h.actor
	}
	return h.e.actor
}

// before returns the qualifier hit that ends right before token i: adjacent ("chinesische
// Außenministerium"), joined by a hyphen ("US-Präsident") or an English possessive
// ("China's foreign minister").
func before(hits []hit, k int, keys []string, forTitle bool) (int, *Actor) {
	if k == 0 {
		return -1, nil
	}
	p := &hits[k-1]
	// "the Taliban government's acting foreign minister": the government of a body the data
	// has no institution for, a bare noun of the institution "government" before a possessive,
	// is the body's.
	if forTitle && k >= 2 && p.kind != KindFuzzy && p.e.kind == eInstitution && p.end == p.start+1 && p.e.key == "government" &&
		hits[k-2].end == p.start && p.end < len(keys) && keys[p.end] == "'s" {
		p = &hits[k-2]
		if mods := keys[hits[k-1].end+1 : hits[k].start]; len(mods) == 0 || titleAdjectives(mods) {
			if a := p.qualifier(forTitle); a != nil {
				return k - 2, a
			}
		}
		return -1, nil
	}
	// (Past the deputy's prefix of the title: "der russische Vize-Außenminister".)
	if forTitle && k >= 2 && deputyPrefix(hits, k-1, keys) {
		p = &hits[k-2]
	}
	gap := hits[k].start - p.end
	if p.kind != KindFuzzy && p.start > 0 && placePreps[keys[p.start-1]] && (p.e.kind == eSeat || (forTitle && p.isActor() && p.theActor().Type == City)) {
		// "im Élysée-Palast Bundeskanzlerin Merkel", "traf in Buenos Aires Präsident Fernández":
		// a place, not the country of the title after it.
		return -1, nil
	}
	mods := keys[p.end:hits[k].start]
	// (The possessive of a name in "s" is an apostrophe alone: "the United Arab Emirates'
	// foreign ministry".)
	possessive := len(mods) > 0 && (mods[0] == "'s" || mods[0] == "'" && strings.HasSuffix(keys[p.end-1], "s"))
	if possessive {
		mods = mods[1:] // "Australia's newly sworn-in Prime Minister"
	}
	if gap == 0 || (gap == 1 && (keys[p.end] == "-" || possessive)) || (forTitle && titleAdjectives(mods)) {
		if a := p.qualifier(forTitle); a != nil {
			return k - 1, a
		}
	}
	return -1, nil
}

// deputyPrefix reports whether hit k is the German "Vize" hyphened to the title hit after it,
// a prefix of that title ("Vize-Außenminister"), though alone it is a title too ("der Taliban-Vize").
func deputyPrefix(hits []hit, k int, keys []string) bool {
	h := &hits[k]
	return h.kind != KindFuzzy && h.e.kind == eTitle && h.end == h.start+1 && keys[h.start] == "vize" && h.end+1 < len(keys) && keys[h.end] == "-" &&
		k+1 < len(hits) && hits[k+1].start == h.end+1 && hits[k+1].kind != KindFuzzy && hits[k+1].e.kind == eTitle
}

// ledGovernment returns the hit of the head of state or government whose name stands right
// before the government noun of hit k ("the Obama administration", "die Trump-Regierung") or
// right after it ("die Regierung Merkel"), and the country he heads; -1 and nil when none.
func (g *Gazetteer) ledGovernment(hits []hit, k int, keys []string) (int, *Actor) {
	h := &hits[k]
	if q := k - 1; q >= 0 && !hits[q].used && (hits[q].end == h.start || hits[q].end+1 == h.start && keys[hits[q].end] == "-") {
		if c := g.leaderOf(&hits[q]); c != nil {
			return q, c
		}
	}
	if q := k + 1; q < len(hits) && !hits[q].used && hits[q].start == h.end {
		if c := g.leaderOf(&hits[q]); c != nil {
			return q, c
		}
	}
	return -1, nil
}

// leaderOf returns the country whose state or government the person hit p has headed, or nil.
func (g *Gazetteer) leaderOf(p *hit) *Actor {
	if p.kind == KindFuzzy || p.e.kind != eAlias {
		return nil
	}
	a := p.e.actor
	if a.Type != Person || a.Country == "" {
		return nil
	}
	for _, r := range a.Roles {
		if headTitles[r.Title] && (r.Of == "" || r.Of == a.Country) {
			return g.countries[a.Country]
		}
	}
	return nil
}

// governmentOf returns the hit of the head of state or government named after the government
// noun of hit k, a genitive link and his title ("die Regierung von Präsident Maduro", "the
// government of Venezuela's President Nicolás Maduro"), and the country he heads; -1 and nil
// when none. Only titles, their countries' names and adjectives, articles and the modifiers of
// titles stand between.
func (g *Gazetteer) governmentOf(hits []hit, k int, keys []string) (int, *Actor) {
	h := &hits[k]
	if h.end >= len(keys) || !genLinks[keys[h.end]] {
		return -1, nil
	}
	j, title := h.end+1, false
	for q := k + 1; q < len(hits) && hits[q].start-h.end <= 8; q++ {
		p := &hits[q]
		for j < p.start && (determiners[keys[j]] || titleModifiers[keys[j]] || keys[j] == "-" || keys[j] == "'s") {
			j++
		}
		if p.start != j || p.used || p.kind == KindFuzzy {
			return -1, nil
		}
		if p.e.kind == eAlias && p.e.actor.Type == Person {
			if !title {
				return -1, nil // "die Regierung Merkel" is ledGovernment's
			}
			if c := g.leaderOf(p); c != nil {
				return q, c
			}
			return -1, nil
		}
		if p.e.kind == eTitle {
			title = true
		} else if a := p.qualifier(true); a == nil || a.Type != Country {
			return -1, nil
		}
		j = p.end
	}
	return -1, nil
}

// headTitles are the role titles of those who head a state or its government.
var headTitles = set("president", "prime-minister", "chancellor", "head-of-government", "head-of-state")

// titleAdjectives reports whether words are one or two adjectives that qualify a title:
// "Taliban political chief", "Russlands ehemaliger Präsident".
func titleAdjectives(words []string) bool {
	n := 0
	for i := 0; i < len(words); i++ {
		// A hyphenated modifier is one word: "newly sworn-in", "re-elected".
		if i+2 < len(words) && words[i+1] == "-" && titleModifiers[words[i]+"-"+words[i+2]] {
			i += 2
		} else if i+1 < len(words) && words[i] == "de" && words[i+1] == "facto" {
			i++ // "the Taliban's de facto leader"
		} else if i+1 < len(words) && (words[i] == "ex" || words[i] == "vize") && words[i+1] == "-" {
			i++ // a prefix of the title: "Kenias Ex-Präsident", "der russische Vize-Außenminister"
		} else if (words[i] == "and" || words[i] == "&") && i > 0 && i+1 < len(words) {
			continue // a joint portfolio: "Business and Trade Secretary"
		} else if !titleModifiers[words[i]] {
			return false
		}
		n++
	}
	return n > 0 && n <= 3
}

// modifierBefore returns where a word in lower case that may qualify a title, right before
// token p, begins (a hyphenated one whole: "long-serving"); or p when none stands there.
func modifierBefore(raw, keys []string, p int) int {
	if p >= 3 && keys[p-2] == "-" && titleModifiers[keys[p-3]+"-"+keys[p-1]] && !fold.IsUpper(raw[p-3]) {
		return p - 3
	}
	if p >= 1 && titleModifiers[keys[p-1]] && !fold.IsUpper(raw[p-1]) {
		return p - 1
	}
	return p
}

// participleVerb reports whether the English word at i in -ed is a verb in the past, not a
// participle before a title: after an adverb in -ly ("recently ousted", not "newly elected"),
// an auxiliary or a pronoun ("has appointed", "who appointed"), or right after a capitalised
// word ("Ukraine ousted").
func participleVerb(raw, keys []string, i int) bool {
	if i < 1 || !strings.HasSuffix(keys[i], "ed") {
		return false
	}
	prev := keys[i-1]
	return strings.HasSuffix(prev, "ly") && prev != "newly" || verbBefore[prev] || fold.IsUpper(raw[i-1]) && isWord(raw[i-1])
}

// titleModifiers are the adjectives that may stand between a qualifier and its title.
var titleModifiers = set("political", "military", "top", "chief", "senior", "deputy", "first", "former", "special", "new",
	"interim", "acting", "caretaker", "transitional", "provisional", "spiritual", "supreme", "exiled", "outgoing", "incoming", "longtime", "veteran",
	"newly", "sworn-in", "re-elected", "elected", "designated", "current", "then", "presidential",
	"appointed", "newly-appointed", "newly-elected", "re-appointed", "reappointed", "military-appointed", "junta-appointed",
	"ehemalige", "ehemaliger", "ehemaligen", "frühere", "früherer", "früheren", "neue", "neuer", "neuen",
	"stellvertretende", "stellvertretender", "stellvertretenden", "amtierende", "amtierender", "amtierenden",
	"geschäftsführende", "geschäftsführender", "geschäftsführenden", "kommissarische", "kommissarischer", "kommissarischen",
	"interimistische", "interimistischer", "interimistischen",
	"designierte", "designierter", "designierten", "scheidende", "scheidender", "scheidenden",
	"künftige", "künftiger", "künftigen", "future", "president-elect",
	// (Strong dative after a genitive name: "mit Kenias früherem Staatschef Kenyatta".)
	"ehemaligem", "früherem", "neuem", "stellvertretendem", "amtierendem", "künftigem", "damaligem", "langjährigem", "scheidendem", "designiertem",
	"geschäftsführendem", "kommissarischem", "interimistischem", "gewähltem", "neugewähltem", "wiedergewähltem", "abgewähltem", "gestürztem",
	"verstorbenem", "politischem", "militärischem", "geistlichem",
	"gewählte", "gewählter", "gewählten", "neugewählte", "neugewählter", "neugewählten", "neu", "wiedergewählte", "wiedergewählter", "wiedergewählten", "abgewählte", "abgewählter", "abgewählten",
	"gestürzte", "gestürzter", "gestürzten", "verstorbene", "verstorbener", "verstorbenen", "late", "deposed", "ousted",
	"damalige", "damaliger", "damaligen", "langjährige", "langjähriger", "langjährigen", "oberste", "oberster", "obersten", "oberstem",
	"politische", "politischer", "politischen", "militärische", "militärischer", "militärischen", "geistliche", "geistlicher", "geistlichen",
	// A party's portfolio or chamber: "Lib Dem home affairs spokesman", "SNP Holyrood leader".
	"home", "foreign", "affairs", "economic", "finance", "health", "education", "defence", "defense", "justice",
	"environment", "shadow", "parliamentary", "party", "holyrood", "westminster", "commons", "campaign", "policy",
	"trade", "energy", "treasury", "press", "legal", "communications",
	// Portfolios: "Business and Trade Secretary", "Energy and Climate Minister".
	"business", "climate", "commonwealth", "development", "industry", "digital", "culture", "media", "sport",
	"transport", "housing", "communities", "work", "pensions", "science", "technology", "innovation", "agriculture",
	"fisheries", "labour", "employment", "infrastructure", "interior", "security", "migration", "investment",
	"homeland", "attorney", "labor", "commerce", "transportation", "veterans", "intelligence", "national", "spy", "police", "army", "navy",
	"economy", "tourism", "water", "mining", "petroleum", "oil", "power", "planning", "information",
	"immigration", "aid", "welfare", "youth", "women", "family", "sports", "arts", "heritage", "tax", "revenue",
	"coordinating", "cabinet", "internal", "external", "regional", "cooperation", "international",
	"electricity", "hydrocarbons", "nuclear", "mines", "minerals", "resources", "natural", "public", "works",
	"food", "forestry", "social", "religious", "maritime", "fishing", "environmental", "urban", "rural",
	"monetary", "financial", "competition", "enlargement", "neighbourhood", "neighborhood", "budget", "humanitarian", "consumer",
	// Whose side a negotiator or an envoy is on: "opposition negotiator", "government envoy".
	"opposition", "government", "rebel", "lead",
	// The ruling party a party chief heads: "Vietnam's Communist Party chief To Lam".
	"communist",
	// How the press describes the holder: "Jordan's ailing King Hussein", "Iran's hardline
	// President".
	"ailing", "embattled", "beleaguered", "powerful", "influential", "hardline", "hard-line", "reformist",
	"reclusive", "elderly", "long-serving", "autocratic", "authoritarian", "pro-western", "pro-russian", "pro-moscow",
	"self-declared", "self-proclaimed", "nominal", "ceremonial", "respected", "controversial", "charismatic")

// after returns a country named right after token end as a genitive: "Außenministerium
// Chinas", "des Iran", "of China", "der Ukraine".
func after(hits []hit, k int, keys []string, end int, forTitle bool) (int, *Actor) {
	if k+1 >= len(hits) {
		return -1, nil
	}
	q := k + 1
	n := &hits[q]
	// "Sekretär des iranischen Obersten Nationalen Sicherheitsrats", "the head of the Iranian
	// Supreme National Security Council": a country's adjective may qualify the body a title is of.
	if o := q + 1; forTitle && o < len(hits) && n.kind != KindFuzzy && n.e.kind == eAdjective && !n.used && hits[o].start == n.end {
		if a := hits[o].qualifier(true); a != nil && a.Type == Organization {
			q, n = o, &hits[o]
		}
	}
	gap := keys[end:hits[k+1].start]
	switch {
	case len(gap) == 0 && n.kind == KindInflected: // German genitive: Chinas
	case len(gap) == 1 && genLinks[gap[0]]:
	case len(gap) == 2 && genLinks[gap[0]] && determiners[gap[1]]:
	case forTitle && (len(gap) == 1 || len(gap) == 2 && determiners[gap[1]]) && originLinks[gap[0]]:
		// "his counterparts from Morocco", "Amtskollegen aus Litauen": where they come from.
	default:
		return -1, nil
	}
	if n.end < len(keys) && keys[n.end] == "-" && !(forTitle && namesItself(keys, n.end, gap) && hitAt(hits, n.end+1) == nil) {
		return -1, nil // "Regierungschef eines EU-Landes": the name begins a compound
	}
	// "the commander of Sudan's paramilitary Rapid Support Forces": a country's possessive
	// owns the body after it, which the title is of (up to two words between).
	if o := q + 1; forTitle && n.end < len(keys) && keys[n.end] == "'s" && o < len(hits) && hits[o].start > n.end && hits[o].start <= n.end+3 {
		if a := hits[o].qualifier(true); a != nil && a.Type == Organization && hits[o].e.kind != eAdjective {
			return o, a
		}
	}
	if a := n.qualifier(forTitle); a != nil && n.e.kind != eAdjective {
		return q, a
	}
	return -1, nil
}

// namesItself reports whether the compound whose hyphen is at keys[dash], after the definite
// genitive gap, names the actor that begins it: "der Chef der Farc-Guerilla" leads the Farc,
// "Regierungschef eines EU-Landes" leads no EU. (after also wants no title or actor as the
// head: "die Sprecherin der EU-Außenbeauftragten" speaks for a person.)
func namesItself(keys []string, dash int, gap []string) bool {
	if dash+1 >= len(keys) || len(gap) == 0 || (gap[len(gap)-1] != "der" && gap[len(gap)-1] != "des") {
		return false
	}
	head := keys[dash+1]
	return isWord(head) && !groupHeads[head] && !partHeads[head]
}

// partHeads are compound heads that make the compound one part of the actor, not the actor:
// "eines EU-Landes", "des Nato-Mitglieds".
var partHeads = set("land", "landes", "staat", "staates", "staats", "mitglied", "mitglieds", "mitgliedsland", "mitgliedslandes",
	"mitgliedstaat", "mitgliedstaates", "gipfel", "gipfels", "treffen", "treffens", "hauptstadt", "grenze")

// compoundEnd returns where the hyphen compound that a name begins at keys[end] ends ("Farc" in
// "Farc-Guerilla"), or end when no hyphen follows.
func compoundEnd(keys []string, end int) int {
	if end+1 < len(keys) && keys[end] == "-" && isWord(keys[end+1]) {
		return end + 2
	}
	return end
}

// titleAt reports whether a title hit starts at token i.
func titleAt(hits []hit, i int) bool {
	h := hitAt(hits, i)
	return h != nil && h.kind != KindFuzzy && h.e.kind == eTitle
}

// personAfter reports whether a person's name begins at token i.
func personAfter(hits []hit, i int) bool {
	h := hitAt(hits, i)
	return h != nil && h.isActor() && h.theActor().Type == Person
}

// countryAt reports whether a country's name begins at token i.
func countryAt(hits []hit, i int) bool {
	h := hitAt(hits, i)
	return h != nil && h.isActor() && h.theActor().Type == Country
}

// hitAt returns the hit that starts at token i, or nil.
func hitAt(hits []hit, i int) *hit {
	for k := range hits {
		if hits[k].start == i {
			return &hits[k]
		}
	}
	return nil
}

// qualifiesNext reports whether a country's name ending before token e qualifies what follows:
// a possessive ("Russia's"), or in German a capitalised noun after a genitive ("Russlands
// Außenminister").
func qualifiesNext(raw, keys []string, e int, lang string) bool {
	if e >= len(keys) {
		return false
	}
	return keys[e] == "'s" || keys[e] == "'" || lang == "de" && fold.IsUpper(raw[e]) && isWord(raw[e])
}

// spokespersonFor returns the actor a spokesperson speaks for after "for" ("a spokesman for
// NATO", "a spokeswoman for the Chinese foreign ministry"): the hit right after it.
func spokespersonFor(hits []hit, k int, keys []string, end int) (int, *Actor) {
	if k+1 >= len(hits) || end >= len(keys) || keys[end] != "for" {
		return -1, nil
	}
	n := &hits[k+1]
	if n.start <= end {
		return -1, nil
	}
	if gap := keys[end+1 : n.start]; len(gap) > 1 || (len(gap) == 1 && !determiners[gap[0]]) {
		return -1, nil
	}
	if a := n.qualifier(true); a != nil && n.e.kind != eAdjective {
		return k + 1, a
	}
	return -1, nil
}

// assemble turns hits into mentions: institutions (adjective + noun), titled names, role
// mentions, compounds and modifiers.
func (g *Gazetteer) assemble(hits []hit, raw, keys []string, lang string, bare func(key string) *Actor) []Mention {
	out := make([]Mention, 0, len(hits)) // most hits make one mention each: room for them at once
	// Institutions first: a title may be "of" an institution (Sekretär des russischen Sicherheitsrates).
	inst := map[int]int{} // hit index -> mention index of the institution it heads
	for k := range hits {
		h := &hits[k]
		if h.kind != KindFuzzy && h.e.kind == eAlias && h.e.actor.Institution != "" && k > 0 {
			// "the Pakistani Foreign Office": another country's name for its institution of
			// the same kind ("Foreign Office" is Britain's) is that country's.
			if q, country := before(hits, k, keys, false); country != nil && country.Country != h.e.actor.Country {
				if a := g.inst[[2]string{country.Country, h.e.actor.Institution}]; a != nil {
					h.used, hits[q].used = true, true
					out = append(out, Mention{Start: hits[q].start, End: h.end, Phrase: hits[q].start, Actor: a, Kind: KindInstitution,
						Of: country, Confidence: 0.9, Form: h.e.source})
					inst[k] = len(out) - 1
					out = append(out, g.modifier(&hits[q]))
				}
			}
			continue
		}
		if h.kind == KindFuzzy || h.e.kind != eInstitution {
			continue
		}
		if h.e.key == "government" {
			// "die Regierung von Venezuelas Präsident Nicolás Maduro", "the government of
			// President Nicolás Maduro": the government its leader heads, named with his title,
			// is his country's.
			if p, c := g.governmentOf(hits, k, keys); c != nil {
				if a := g.inst[[2]string{c.Country, h.e.key}]; a != nil {
					for x := k; x <= p; x++ {
						hits[x].used = true
					}
					out = append(out, Mention{Start: h.start, End: hits[p].end, Phrase: h.start, Actor: a, Kind: KindInstitution,
						Of: c, Confidence: 0.9, Form: h.e.source})
					inst[k] = len(out) - 1
					continue
				}
			}
		}
		q, country := before(hits, k, keys, false)
		start := h.start
		end := h.end
		if country == nil && h.e.key == "government" {
			// "the Obama administration", "die Trump-Regierung", "die Regierung Merkel": the
			// government a leader heads is his country's.
			if q2, c := g.ledGovernment(hits, k, keys); c != nil {
				if hits[q2].start < start {
					start = hits[q2].start
				} else {
					end = hits[q2].end
				}
				h.used, hits[q2].used = true, true
				if a := g.inst[[2]string{c.Country, h.e.key}]; a != nil {
					// (An owner before a possessive's mark, as a name is: "the Biden administration's
					// envoy Brett McGurk" is the envoy. A bare "'" is one only after an "s", as in
					// possessive above: else it closes a quotation, "talks with the 'Trump
					// administration' in Oman".)
					own := end < len(keys) && (keys[end] == "'s" || keys[end] == "'" && strings.HasSuffix(keys[end-1], "s"))
					out = append(out, Mention{Start: start, End: end, Phrase: start, Actor: a, Kind: KindInstitution,
						Of: c, Confidence: 0.9, Form: h.e.source, Modifier: own, Possessive: own})
					inst[k] = len(out) - 1
				}
				continue
			}
		}
		if country == nil {
			q, country = after(hits, k, keys, h.end, false)
			// "die Regierungen Deutschlands und Frankreichs", "the governments of India and
			// Pakistan": a noun before a list of countries names no one country's institution;
			// the countries stand for themselves. (Not when what follows "und" qualifies a
			// noun of its own, another party: "das Außenministerium der Türkei und das russische
			// Verteidigungsministerium", "… of Turkey and Russia's Sergei Lavrov", "… der Türkei
			// und Russlands Außenminister".)
			// (Commas may come first: "the governments of Brazil, Colombia and Mexico".)
			last := q
			countryNext := func(p int) bool {
				return p+1 < len(hits) && hits[p+1].start <= hits[p].end+2 && hits[p+1].qualifier(false) != nil && hits[p+1].e.kind == eAlias
			}
			for country != nil && hits[last].end < len(keys) && keys[hits[last].end] == "," && countryNext(last) {
				last++
			}
			if country != nil && last+1 < len(hits) && hits[last].end < len(keys) && listJoins[keys[hits[last].end]] && countryNext(last) &&
				!qualifiesNext(raw, keys, hits[last+1].end, lang) {
				continue
			}
			if country != nil {
				end = hits[q].end
			} else if q2, c := seatedIn(hits, k, keys); c != nil {
				// "das Außenministerium in Baku": a capital says whose institution it is.
				q, country = q2, c
			}
		} else {
			start = hits[q].start
		}
		conf := 0.9
		// (Not a word of a longer name: "the Military Balance".)
		if country == nil && bare != nil && h.start > 0 && definiteArticles[keys[h.start-1]] &&
			!(h.end < len(keys) && fold.IsUpper(raw[h.end]) && isWord(raw[h.end]) && lang != "de") {
			if c := bare(h.e.key); c != nil {
				q, country, conf = -1, c, 0.6
			}
		}
		if country == nil {
			continue
		}
		a := g.inst[[2]string{country.Country, h.e.key}]
		if a == nil {
			continue
		}
		if end+1 < len(keys) && keys[end] == "-" && isWord(raw[end+1]) && !fold.IsUpper(raw[end+1]) {
			continue // "Myanmar's military-appointed foreign minister": half a compound adjective
		}
		h.used = true
		out = append(out, Mention{Start: start, End: end, Phrase: start, Actor: a, Kind: KindInstitution,
			Of: country, Confidence: conf, Form: h.e.source})
		inst[k] = len(out) - 1
		if q >= 0 {
			// Keep the qualifier visible as a modifier mention (it names a country too).
			hits[q].used = true
			out = append(out, g.modifier(&hits[q]))
		}
	}
	// Titles: [qualifier] title [genitive] [,] name.
	coTitle := -1 // a title joined to the next one, whose name holds both (see titlesJoined)
	for k := range hits {
		h := &hits[k]
		if h.used || h.kind == KindFuzzy || h.e.kind != eTitle {
			continue
		}
		// "Chinas Staats- und Parteichef Xi Jinping": a compound cut short and coordinated
		// with the title is part of it.
		if j := h.start - 2; j >= 0 && truncatedCompound(raw[j]) && (keys[j+1] == "und" || keys[j+1] == "oder") &&
			!(k > 0 && hits[k-1].end > j) {
			h.start = j
		}
		if lang == "en" && h.start > 0 && verbMarkers[keys[h.start-1]] && !fold.IsUpper(raw[h.start]) {
			h.used = true // "will host Olaf Scholz", "to chair": a verb, not a title
			continue
		}
		if deputyPrefix(hits, k, keys) {
			h.used = true // "Vize-" is the next title's: "der russische Vize-Außenminister"
			continue
		}
		if g.titlesJoined(hits, k, raw, keys) {
			h.used, coTitle = true, k
			continue
		}
		phrase := h.start
		if k >= 1 && deputyPrefix(hits, k-1, keys) {
			phrase = hits[k-1].start // "Vize-Präsident"
		}
		q, of := before(hits, k, keys, true)
		if lang == "de" && of != nil && of.Type == Country && hits[q].kind == KindExact && hits[q].end == h.start &&
			hits[q].start > 0 && placePreps[keys[hits[q].start-1]] {
			// "hatte in Mali Präsident Keïta getroffen": a German title takes its country as a
			// genitive, an adjective or a compound (Malis, malische, Mali-); a bare name after a
			// preposition of place is where, not whose.
			q, of = -1, nil
		}
		if of != nil {
			phrase = hits[q].start
			// "der türkisch-zyprische Volksgruppenführer": the first part of a hyphenated
			// adjective belongs to the phrase too.
			if p := q - 1; p >= 0 && hits[p].kind == KindAdjective && hits[q].kind == KindAdjective && hits[p].end == phrase-1 && keys[phrase-1] == "-" {
				phrase = hits[p].start
			}
			// So does a country's adjective coordinated with the qualifier: "seine französischen
			// und britischen Kollegen Barrot und Lammy" (their list, the title's plural).
			if p := q - 1; p >= 0 && !hits[p].used && hits[p].kind == KindAdjective && hits[q].kind == KindAdjective && hits[p].end == phrase-1 && coordinators[keys[phrase-1]] {
				hits[p].used = true
				out = append(out, g.modifier(&hits[p]))
				phrase = hits[p].start
			}
		}
		// "dem künftigen US-Präsidenten": title adjectives before the qualifier or the title
		// belong to the phrase.
		first := k // the first hit of the phrase
		if of != nil {
			first = q
		}
		// The title joined before this one opens the phrase, with its qualifier: "der saudische
		// Staatsminister und Nationale Sicherheitsberater Musaed al-Aiban".
		if c := coTitle; c >= 0 && c == first-1 {
			phrase, first = hits[c].start, c
			if q2, of2 := before(hits, c, keys, true); of2 != nil {
				phrase, first = hits[q2].start, q2
				if of == nil {
					q, of = q2, of2
				}
			}
		}
		for phrase > 0 {
			bareInstitution := false
			if first > 0 && hits[first-1].end >= phrase {
				// "and Treasury Secretary Janet Yellen": a portfolio word the data also knows as
				// an institution's short name is the title's, when nothing else claims it.
				// (So is an institution's noun in lower case, whose country no word names: "army
				// chief General Abdel Fattah el-Sisi", "parliament speaker Ruslan Stefanchuk".)
				p := &hits[first-1]
				bareInstitution = p.kind != KindFuzzy && p.e.kind == eInstitution && p.end == p.start+1 && !fold.IsUpper(raw[p.start])
				if p.used || p.start != phrase-1 || !(titleModifiers[keys[phrase-1]] || bareInstitution) || (p.kind != KindShort && !bareInstitution) ||
					(p.e.actor != nil && p.e.actor.PoliticalParty) { // "a Labour spokesman" speaks for Labour
					break
				}
				p.used = true
				first--
			}
			if p := modifierBefore(raw, keys, phrase); p < phrase-1 {
				phrase = p // a hyphenated modifier whole: "the junta-appointed Foreign Minister"
			} else if lang == "en" && participleVerb(raw, keys, phrase-1) {
				break // "Ukraine recently ousted veteran leader Leonid Kuchma"
			} else if titleModifiers[keys[phrase-1]] || bareInstitution {
				phrase--
			} else if phrase > 1 && (keys[phrase-1] == "and" || keys[phrase-1] == "&") && titleModifiers[keys[phrase-2]] &&
				phrase < h.start && titleModifiers[keys[phrase]] {
				phrase-- // "Business and Trade Secretary"
			} else {
				break
			}
		}
		// "Orange Democratic Movement leader Raila Odinga", "Unitary Platform negotiator": the
		// name of a body the data lacks, capitalised words before an English title in lower
		// case, begins the phrase (after a coordinator, a comma or the sentence's start).
		// (So does a portfolio the data lacks before a capitalised title: "and Brexit Secretary
		// Stephen Barclay"; and one word after a coordinator or a comma, a list's next item: "and
		// Republican leader Mitch McConnell".)
		if lang == "en" && of == nil && phrase == h.start {
			j := phrase
			for j > 0 && phrase-j < 4 && fold.IsUpper(raw[j-1]) && isWord(raw[j-1]) && !notNames[keys[j-1]] &&
				!(first > 0 && hits[first-1].end >= j) {
				j--
			}
			listed := j > 0 && (keys[j-1] == "," || keys[j-1] == "and")
			if j < phrase && (phrase-j >= 2 || fold.IsUpper(raw[h.start]) || listed) && (j == 0 || listed || keys[j-1] == "the") {
				phrase = j
			}
		}
		// "Middle East envoy Steve Witkoff", "the Sahel special envoy": a region before a title
		// is the office's remit, part of the phrase and no party.
		// "Grünen-Bundessprecher Werner Kogler", "RSF-Kommandeur Daglo": a short name several
		// parties or bodies may share begins the phrase without saying whose title it is.
		if of == nil && first > 0 && hits[first-1].kind != KindFuzzy {
			r := &hits[first-1]
			region := r.end == phrase && r.e.kind == eAlias && r.e.actor.Type == Place
			party := r.end == phrase-1 && keys[r.end] == "-" && r.e.kind == eShort && r.e.actor.Type != Person
			if (region || party) && !r.used {
				r.used = true
				phrase = r.start
				out = append(out, g.modifier(r))
			}
		}
		// "Grün-Abgeordneter Lambert Schönleitner": the first part of a German compound the data
		// does not know begins the phrase of its title.
		// (Of several parts too, from the first in capitals: "De-facto-Machthaber", and
		// "eBay-Marketing-Chef" from "Marketing".)
		if lang == "de" && of == nil && phrase == h.start {
			j := phrase
			for k := phrase; k >= 2 && k > phrase-6 && keys[k-1] == "-" && isWord(raw[k-2]); {
				if k -= 2; fold.IsUpper(raw[k]) {
					j = k
				}
			}
			if j < phrase && !(first > 0 && hits[first-1].end >= j+1) {
				phrase = j
			}
		}
		// "mit seinem demokratischen Kollegen Richard Blumenthal": a German adjective after an
		// article or a possessive belongs to the phrase of a title no qualifier opens. (One, and
		// none in "-te(n)", which may be a verb: "Das sagte Regierungssprecher X", "der beiden
		// unterzeichneten Bundesinnenministerin".)
		if j := phrase - 1; lang == "de" && of == nil && phrase == h.start && j >= 1 && !(first > 0 && hits[first-1].end >= phrase) &&
			!fold.IsUpper(raw[j]) && germanAdjective(keys[j]) && !strings.HasSuffix(keys[j], "te") && !strings.HasSuffix(keys[j], "ten") &&
			(pronounDeterminers[keys[j-1]] || determiners[keys[j-1]] && keys[j-1] != "das" && keys[j-1] != "ein") && !(j >= 2 && keys[j-2] == ",") {
			phrase = j
		}
		if h.of != nil {
			// "Russlands Kremlchef": the compound names the country; a qualifier before it
			// belongs to the phrase only when it names the same one.
			if of != h.of {
				q, phrase = -1, h.start
			}
			of = h.of
		}
		next := k + 1
		end := h.end
		ofAfter, ofOrigin := false, false
		if of == nil {
			q2, of2 := after(hits, k, keys, h.end, true)
			if of2 == nil && h.e.key == "spokesperson" {
				q2, of2 = spokespersonFor(hits, k, keys, h.end) // "a spokesman for NATO"
			}
			if of2 != nil {
				q, of = q2, of2
				end = compoundEnd(keys, hits[q].end)
				next = q + 1
				ofAfter, ofOrigin = true, originLinks[keys[h.end]]
			} else if j, ok := genitiveInstitution(hits, k, keys, inst); ok {
				// "Sekretär des russischen Sicherheitsrates": the title belongs to an institution.
				m := &out[inst[j]]
				m.Modifier = true // a genitive attribute of the title, not a party
				of = m.Actor
				end = m.End
				next = j + 1
				q = -1
				ofAfter = true
			}
		}
		if q >= 0 && of != nil {
			hits[q].used = true
		}
		h.used = true
		// The name: a known person right after, possibly after an apposition comma, an
		// honorific and initials ("The Prime Minister, Mr. A. B. Vajpayee,").
		nameAt := end
		// (Not over initials a name of the data begins with: "Justizminister K. Shanmugam".)
		hon := func(j int) int {
			if isHitStart(hits, j) && (j+1 >= len(keys) || keys[j+1] == ".") {
				return j
			}
			return afterHonorific(raw, keys, j)
		}
		// "der kanadische Minister für natürliche Ressourcen, Jonathan Wilkinson,": a portfolio
		// the data has no title for, then the name in apposition.
		// (Not "sprach sich der Bundeskanzler für ein gemeinsames Vorgehen aus".)
		portfolio := end+1 < len(keys) && portfolioLinks[keys[end]] && h.e.kind == eTitle && !determiners[keys[end+1]]
		if portfolio {
			if c := unknownPhraseEnd(raw, keys, end, hits); c > 0 && c+1 < len(keys) {
				if k := hon(c + 1); g.apposedName(raw, keys, k, hits, hitFrom(hits, next, k)) {
					nameAt, next = k, hitFrom(hits, next, k)
				}
			}
		}
		if nameAt < len(keys) && keys[nameAt] == "," && of != nil && end > h.end {
			nameAt++
		} else if j := rankAfter(keys, nameAt+2); nameAt+2 < len(keys) && keys[nameAt+1] == "," && of != nil && end > h.end && isWord(keys[nameAt]) &&
			!fold.IsUpper(raw[nameAt]) && personAt(hits, keys, next, j, of) {
			// "the head of the FARC rebels, Rodrigo Londono,", "the leader of Niger's military
			// junta, General Abdourahamane Tchiani,": a noun after the genitive, then the known
			// name in apposition (a rank may come first), set off by commas (not "The president
			// of Russia lied, Joe Biden said").
			for q := hitFrom(hits, next, nameAt+2); q < len(hits) && hits[q].start < j; q++ {
				hits[q].used = true // the rank, which is no title of its own here
			}
			nameAt, next = j, hitFrom(hits, next, j)
		} else if c, q := placeAfter(keys, nameAt, hits, next); c+1 < len(keys) && keys[c] == "," && of != nil &&
			personClosed(keys, hits, rankedPerson(keys, hits, q, hon(c+1)), of) {
			// "the Taliban's political chief, Mullah Abdul Ghani Baradar,": a known name in
			// apposition, set off by commas; the place of the office may come first ("dem
			// russischen Botschafter in Kiew, Michail Surabow,").
			for x := next; x < q; x++ {
				if hits[x].start >= nameAt && hits[x].end <= c && !hits[x].used {
					hits[x].used = true // the place, a modifier of the phrase
					out = append(out, g.modifier(&hits[x]))
				}
			}
			nameAt, next = hon(c+1), q
		} else if c, q := placeAfter(keys, nameAt, hits, next); c+1 < len(keys) && keys[c] == "," && of != nil && !(q < len(hits) && hits[q].start == hon(c+1) && hits[q].kind != KindShort) {
			// "India's foreign secretary, Sujatha Singh,": a name the data lacks in apposition,
			// set off by commas or ending the sentence; the place of the office may come first
			// ("so die Vize-Chefin des UNHCR in Uganda, Sakura Atsumi.").
			if j := hon(c + 1); j < len(keys) {
				if n, _ := g.unknownName(raw, keys, j, hits, q); n >= 2 && (j+n == len(keys) || keys[j+n] == "," || tokenize.IsTerminal(keys[j+n])) {
					for x := next; x < q; x++ {
						if hits[x].start >= nameAt && hits[x].end <= c && !hits[x].used {
							hits[x].used = true // the place, a modifier of the phrase
							out = append(out, g.modifier(&hits[x]))
						}
					}
					nameAt, next = j, q
				}
			}
		} else if of == nil {
			// "der Verhandlungsführer der Regierung, Redwan Hussien": a genitive the data does
			// not know, then the name in apposition.
			if j := unknownGenitiveEnd(raw, keys, end, hits); j > 0 && j+1 < len(keys) && keys[j] == "," {
				nameAt = hon(j + 1)
				for next < len(hits) && hits[next].start < nameAt {
					next++ // the genitive's bare noun
				}
			} else if j := unknownPhraseEnd(raw, keys, end, hits); j > 0 && j+1 < len(keys) {
				// (Only a single name, set off by commas: not "the foreign ministers of the two
				// countries, A and B,", a list of the title's holders.)
				k := hon(j + 1)
				q := hitFrom(hits, next, k)
				if g.apposedName(raw, keys, k, hits, q) {
					for x := next; x < q; x++ {
						if !hits[x].used {
							hits[x].used = true // "Wagner" in "Söldnertruppe Wagner": a genitive
							out = append(out, g.modifier(&hits[x]))
						}
					}
					nameAt, next = k, q
				}
			} else if k, q := g.ownersHolder(raw, keys, end, hits, next); k > 0 {
				// "der Sprecher von Präsident Cyril Ramaphosa, Vincent Magwenya,": the title is
				// held for the person after "von"; the name in apposition holds it.
				nameAt, next = k, q
			} else if end+2 < len(keys) && keys[end] == "," && phrase > 0 && (definiteArticles[keys[phrase-1]] || possessiveDets[keys[phrase-1]] || keys[phrase-1] == "'s") {
				// "the Minister of Foreign Affairs, Ojo Maduekwe,", "the royal household's
				// communications chief, Lene Balleby,", "his wife, Yuko Kishida,": a name in
				// apposition to a title with a definite article or an owner, set off by commas,
				// is the holder named now.
				// ("his wife, Melania,": a spouse by a given name alone.)
				if j := hon(end + 1); g.spouseNamed(raw, keys, h, j, hits, next) != nil || g.apposedName(raw, keys, j, hits, next) {
					nameAt = j
				}
			}
		}
		// "Foreign Minister Sheikh Abdullah bin Zayed", "Außenminister Prinz Faisal": a rank of
		// nobility between the title and a known name.
		// (Abbreviated too: "his Russian counterpart, Gen. Valery Gerasimov,".)
		if nameAt == end || keys[nameAt-1] == "," {
			if p := rankedPerson(keys, hits, hitFrom(hits, next, nameAt), nameAt); p >= 0 && hits[p].start > nameAt {
				for ; next < p; next++ {
					hits[next].used = true
				}
				nameAt = hits[p].start
			}
		}
		// "Ambassador to the U.N. Robert Wood", "envoy to Ukraine Keith Kellogg": where the
		// office holder is sent comes between the title and the name; so does the remit
		// ("Special Envoy for Ukraine Keith Kellogg", "UN-Sondergesandter für Syrien Geir
		// Pedersen").
		if nameAt == end && end < len(keys) && (keys[end] == "to" || portfolioLinks[keys[end]]) && next < len(hits) && hits[next].isActor() {
			// (Two remits: "Special Envoy for Ukraine and Russia Keith Kellogg".)
			last := next
			if e := next + 1; e < len(hits) && hits[next].end+1 == hits[e].start && coordinators[keys[hits[next].end]] &&
				hits[e].isActor() && hits[e].theActor().Type != Person {
				last = e
			}
			if d, l := &hits[next], &hits[last]; (d.start == end+1 || (d.start == end+2 && determiners[keys[end+1]])) &&
				d.theActor().Type != Person && l.end < len(raw) && fold.IsUpper(raw[l.end]) {
				personNext := last+1 < len(hits) && hits[last+1].start == l.end && hits[last+1].isActor() &&
					hits[last+1].theActor().Type == Person
				// (After "for" only a known person: "a spokesman for the Oxford University Press"
				// names no one.)
				named := personNext
				if !named && keys[end] == "to" {
					n, _ := g.unknownName(raw, keys, l.end, hits, last+1)
					named = n > 0
				}
				if named {
					for x := next; x <= last; x++ {
						hits[x].used = true
						out = append(out, g.modifier(&hits[x]))
					}
					nameAt, next = l.end, last+1
				}
			}
		}
		// "the British Minister of State for Europe and the Americas, Sir Alan Duncan", "the
		// Minister of Foreign Affairs and Cooperation, Nasser Bourita": an English remit the
		// data has no title for, then the name; its places are no parties.
		if lang == "en" && nameAt == end {
			if c, q := remitEnd(raw, keys, h, end, hits, next); c > 0 {
				k, named := c, false
				if keys[c] == "," {
					k = hon(c + 1)
					named = g.apposedName(raw, keys, k, hits, hitFrom(hits, q, k))
				} else {
					named = q < len(hits) && hits[q].start == c && hits[q].isActor() && hits[q].theActor().Type == Person
				}
				if named {
					for x := next; x < q; x++ {
						if !hits[x].used {
							hits[x].used = true
							out = append(out, g.modifier(&hits[x]))
						}
					}
					nameAt, next = k, hitFrom(hits, q, k)
				}
			}
		}
		// "The DUP leader, Sir Jeffrey Donaldson": an honorific between the title and the name
		// is no part of the name.
		nameAt = hon(nameAt)
		// "his wife Melania", "seine Frau Brigitte": a spouse named by a given name alone.
		if a := g.spouseNamed(raw, keys, h, nameAt, hits, next); a != nil {
			if next < len(hits) && hits[next].start == nameAt {
				hits[next].used = true
			}
			out = append(out, Mention{Start: nameAt, End: nameAt + 1, Phrase: phrase, Actor: a, Kind: KindTitle, Title: h.e.key,
				Confidence: 0.8, Form: h.e.source})
			continue
		}
		n, absorbed := g.unknownName(raw, keys, nameAt, hits, next)
		shortThenName := next < len(hits) && hits[next].kind == KindShort && hits[next].start == nameAt && n >= 2
		// (So is a one-word name the data knows that a hyphen joins to a name it lacks: "Deputy
		// Defence Minister Yunus-Bek Yevkurov" is not Muhammad Yunus.)
		if next < len(hits) && hits[next].start == nameAt && hits[next].end == nameAt+1 && nameAt+2 < len(keys) && keys[nameAt+1] == "-" &&
			fold.IsUpper(raw[nameAt+2]) && !isHitStart(hits, nameAt+2) {
			if m, _ := g.unknownName(raw, keys, nameAt+2, hits, next+1); m >= 2 {
				shortThenName, n, absorbed = true, m+2, []int{next}
			}
		}
		// (A title of known people only vouches for no short form: "his wife Sharon".)
		title := g.titles[h.e.key]
		knownOnly := title != nil && title.KnownOnly
		shortAfterKnownOnly := knownOnly && next < len(hits) && hits[next].kind == KindShort
		// (A person's genitive after a title with its article is the title's owner, not its
		// holder: "Ein Sprecher Borrells bestätigte"; not "die Rede Präsident Putins".)
		owned := nameAt == end && phrase > 0 && determiners[keys[phrase-1]] && next < len(hits) && hits[next].start == nameAt && hits[next].kind == KindInflected
		if !shortThenName && !shortAfterKnownOnly && !owned && next < len(hits) && hits[next].start == nameAt && hits[next].isActor() && hits[next].theActor().Type == Person {
			p := &hits[next]
			p.used = true
			pm := g.personMention(p, phrase, h.e.key, of)
			if p.end < len(keys) && keys[p.end] == "'s" {
				pm.Modifier, pm.Possessive = true, true // "Chancellor Angela Merkel's spokesperson"
			}
			out = append(out, pm)
			if q >= 0 && of != nil {
				out = append(out, g.modifier(&hits[q]))
			}
			continue
		}
		if owned {
			// The owner is a modifier of the role, which names someone else.
			hits[next].used = true
			out = append(out, g.modifier(&hits[next]))
			n = 0
		}
		// (Not one word that qualifies the next title: "the EU's chief Brexit negotiator
		// Michel Barnier".)
		if n == 1 && titleAt(hits, nameAt+1) {
			n = 0
		}
		if n > 0 && !knownOnly {
			for _, k := range absorbed {
				hits[k].used = true
			}
			a := unknownPerson(raw[nameAt:nameAt+n], keys[nameAt:nameAt+n], of)
			out = append(out, Mention{Start: nameAt, End: nameAt + n, Phrase: phrase, Actor: a, Kind: KindTitle,
				Title: h.e.key, Of: of, Confidence: 0.7, Form: h.e.source})
			if q >= 0 && of != nil {
				out = append(out, g.modifier(&hits[q]))
			}
			continue
		}
		// "Redwan Hussien, national security adviser to …", "Getachew Reda, the chief negotiator
		// for …": a name the data lacks, in apposition before its title.
		c := phrase - 1
		if c >= 1 && determiners[keys[c]] {
			c--
		}
		if c >= 2 && keys[c] == "," {
			// (The hits after the comma, a country before the title perhaps, are no part of the
			// name: "Dan Coats, the US director of national intelligence,".)
			if i := g.nameBefore(raw, keys, c, hits, hitFrom(hits, 0, c)); i >= 0 {
				for x := range hits {
					if hits[x].start >= i && hits[x].end <= c {
						hits[x].used = true // a short form inside the new name ("Patricia Sanders")
					}
				}
				a := unknownPerson(raw[i:c], keys[i:c], of)
				out = append(out, Mention{Start: i, End: c, Phrase: i, Actor: a, Kind: KindTitle, Title: h.e.key, Of: of, Confidence: 0.7})
				if q >= 0 && of != nil {
					out = append(out, g.modifier(&hits[q]))
				}
				continue
			}
		}
		// "the Turkish president's spokesman": a role that owns the noun after it is no party.
		owns := end < len(keys) && keys[end] == "'s"
		head := end
		if ofOrigin {
			head = h.end
		}
		out = append(out, Mention{Start: h.start, End: end, Head: head, Phrase: phrase, Kind: KindRole, Title: h.e.key, Of: of, Confidence: 0.7,
			Form: h.e.source, OfAfter: ofAfter, OfOrigin: ofOrigin, Portfolio: h.portfolio || portfolio || (of == nil && ofUnknown(raw, keys, end, hits)),
			Modifier: owns, Possessive: owns})
		if q >= 0 && of != nil {
			out = append(out, g.modifier(&hits[q]))
		}
	}
	// "Norbert Röttgen (CDU)", "Sadyr Dschaparow (Kirgistan)": a person with a party or a
	// country in brackets after the name (one the gazetteer lacks, too).
	for k := range hits {
		h := &hits[k]
		if !h.isActor() || !(h.theActor().PoliticalParty || h.theActor().Type == Country) || h.start < 3 || keys[h.start-1] != "(" ||
			h.end >= len(keys) || keys[h.end] != ")" {
			continue
		}
		if i := g.nameBefore(raw, keys, h.start-1, hits, k); i >= 0 && h.theActor().PoliticalParty {
			// A title may have named the person already: "Der Außenpolitiker Norbert Röttgen (CDU)".
			if !slices.ContainsFunc(out, func(m Mention) bool { return m.Start == i && m.End == h.start-1 }) {
				a := unknownPerson(raw[i:h.start-1], keys[i:h.start-1], g.countries[h.theActor().Country])
				out = append(out, Mention{Start: i, End: h.start - 1, Phrase: i, Actor: a, Kind: KindTitle, Confidence: 0.7})
			}
		} else if k == 0 || hits[k-1].end != h.start-1 || !hits[k-1].isActor() || hits[k-1].theActor().Type != Person {
			continue
		}
		// The party describes the person; it is no party to the sentence's relation.
		h.used = true
		out = append(out, g.modifier(h))
	}
	// Everything else.
	for k := range hits {
		h := &hits[k]
		if h.used {
			continue
		}
		switch {
		case h.kind != KindFuzzy && (h.e.kind == eTitle || h.e.kind == eInstitution):
			continue // a bare institution noun names no one
		case h.kind != KindFuzzy && h.e.kind == eAdjective:
			out = append(out, g.modifier(h))
			continue
		}
		// "Kim Kye Gwan": a family name that comes first (Kim Jong Un's "Kim") before given
		// names the data lacks begins the name of someone else, a person the gazetteer lacks.
		if h.kind == KindShort && h.end < len(raw) && fold.IsUpper(raw[h.end]) && h.e.familyFirst && (lang != "de" || romanisedSyllable(keys[h.end])) {
			if n, absorbed := g.unknownName(raw, keys, h.start, hits, k); n >= 2 && len(absorbed) == 1 && !slices.ContainsFunc(keys[h.start:h.start+n], isLink) {
				a := unknownPerson(raw[h.start:h.start+n], keys[h.start:h.start+n], nil)
				out = append(out, Mention{Start: h.start, End: h.start + n, Phrase: h.start, Actor: a, Kind: KindTitle, Confidence: 0.6})
				continue
			}
		}
		if lang == "en" && h.end-h.start == 1 && (h.kind == KindShort || h.kind == KindExact) && h.isActor() && h.theActor().Type == Person {
			if i, j := g.anotherPerson(raw, keys, hits, h); j > i {
				a := unknownPerson(raw[i:j], keys[i:j], nil)
				out = append(out, Mention{Start: i, End: j, Phrase: i, Actor: a, Kind: KindTitle, Confidence: 0.6})
				continue
			}
		}
		m := g.personMention(h, h.start, "", nil)
		m.Phrase = beforeHonorific(raw, keys, h.start)
		// "Jordan's ailing King Hussein": words that qualify a title belong to the phrase of
		// an alias that begins with one.
		if m.Title != "" && m.Phrase == h.start {
			for p := modifierBefore(raw, keys, m.Phrase); p < m.Phrase; p = modifierBefore(raw, keys, p) {
				m.Phrase = p
			}
		}
		if lang == "de" && m.Phrase == h.start && (h.kind == KindExact || h.kind == KindInflected) {
			// "der (russisch-)orthodoxe Patriarch Kyrill": adjectives after an article
			// belong to the phrase of a name given in full.
			m.Phrase = adjectivesBefore(raw, keys, m.Phrase)
		}
		// A name inside a compound (NATO-Einflusses) or a German prenominal genitive
		// (Chinas Rolle) or an English possessive (China's role) modifies a noun.
		// A German genitive before its noun stands without an article ("Chinas Rolle"); after
		// one it follows its noun ("nach Angaben des Kremls sagte Putin").
		prenominal := lang == "de" && h.inflected && strings.HasSuffix(keys[h.end-1], "s") && (h.start == 0 || !genitiveArticles[keys[h.start-1]])
		if h.end < len(keys) {
			// The person a country's genitive may stand before, a rank perhaps between.
			var own *hit
			if prenominal && h.theActor().Type == Country {
				if p := hitAt(hits, rankAfter(keys, h.end)); p != nil && p.isActor() && p.theActor().Type == Person {
					own = p
				}
			}
			switch nk := keys[h.end]; {
			case nk == "-" && h.end+1 < len(keys) && groupHeads[keys[h.end+1]]:
				// "den Mercosur-Staaten", "die EU-Mitgliedstaaten": the members, not a modifier.
			case nk == "-" && h.end+1 < len(keys) && selfHeads[keys[h.end+1]] && h.theActor().Type == Organization:
				// "die Farc-Guerilla": the body itself.
			case nk == "'s" || nk == "'":
				m.Modifier, m.Possessive = true, true
			case lang == "en" && h.end+1 < len(keys) && (keys[h.end+1] == "'s" || pluralPossessive(keys, h.end)) &&
				isWord(raw[h.end]) && !fold.IsUpper(raw[h.end]):
				// "the Taliban government's defence minister", "the Kremlin administration's
				// envoy": the actor opens a noun phrase whose owner the possessive marks.
				m.Modifier = true
			case nk == "-":
				m.Modifier = true
			case prenominal && h.end+2 < len(keys) && keys[h.end+1] == "-" && titleAt(hits, h.end+2) && personAfter(hits, hitAt(hits, h.end+2).end):
				// "Russlands UN-Botschafter Wassili Nebensja": whose ambassador to the body the
				// compound begins with (with no name after it, the country still speaks).
				m.Modifier, m.Possessive = true, true
			case prenominal && fold.IsUpper(raw[h.end]) && (!isHitStart(hits, h.end) || (h.theActor().Type == Person && titleAt(hits, h.end))) && own == nil:
				// "Chinas Rolle"; "Trumps Sprecher Steven Cheung" (a person's genitive before a
				// title: whose spokesman, not the speaker).
				m.Modifier, m.Possessive = true, true
			case own != nil && (slices.ContainsFunc(g.index[keys[h.end]], func(e *entry) bool { return e.kind == eTitle }) ||
				own.theActor().Country == h.theActor().Country):
				// "Bruneis Sultan Hassanal Bolkiah", "Jordaniens König Abdullah II.": a name the
				// data writes with its title; "Kasachstans Kassym-Schomart Tokajew", "Burkina
				// Fasos Hauptmann Ibrahim Traoré": the country's own, a rank perhaps between. The
				// country says whose, as before a title.
				m.Modifier = true
			case prenominal && h.end+1 < len(keys) &&
				!fold.IsUpper(raw[h.end]) && germanAdjective(keys[h.end]) && fold.IsUpper(raw[h.end+1]) && isWord(raw[h.end+1]) &&
				!personAfter(hits, h.end+1) && !countryAt(hits, h.end+1):
				// "Putins außenpolitischer Berater Juri Uschakow", "Chinas neue Rolle" (not a verb
				// before a name: "…, Kolumbiens und Mexikos forderten Venezuela auf").
				m.Modifier, m.Possessive = true, true
			}
		}
		// "a Brussels summit", "the Minsk agreements": an English town before a noun, after an
		// article, describes the noun.
		if lang == "en" && placeTypes[h.theActor().Type] && h.start > 0 && determiners[keys[h.start-1]] && h.end < len(raw) &&
			isWord(raw[h.end]) && !fold.IsUpper(raw[h.end]) && !verbMarkers[keys[h.end]] {
			m.Modifier = true
		}
		// "an anti-Musharraf campaign", "die Pro-Putin-Kundgebung": the end of a compound.
		if h.start >= 2 && keys[h.start-1] == "-" && isWord(raw[h.start-2]) {
			m.Modifier = true
		}
		out = append(out, m)
	}
	// "Mr Peston", "Frau Müller": an honorific before a name the gazetteer lacks names a person.
	for i := 0; i+1 < len(keys); i++ {
		// (Not a name a title already took: "seine Frau Brigitte" is the spouse.)
		if !isHonorific(keys[i]) || isHitStart(hits, i+1) || slices.ContainsFunc(out, func(m Mention) bool { return m.Start == i+1 }) {
			continue
		}
		if n, absorbed := g.unknownName(raw, keys, i+1, hits, nextHit(hits, i+1)); n > 0 && (len(absorbed) == 0 || n >= 2) {
			// "Dr Rowan Williams": a short form inside the name (Williams) is part of it.
			out = slices.DeleteFunc(out, func(m Mention) bool { return m.Kind == KindShort && m.Start > i && m.End <= i+1+n })
			a := unknownPerson(raw[i+1:i+1+n], keys[i+1:i+1+n], nil)
			out = append(out, Mention{Start: i + 1, End: i + 1 + n, Phrase: i, Actor: a, Kind: KindTitle, Confidence: 0.7})
		}
	}
	out = g.countrysPeople(raw, keys, lang, hits, out)
	// "Presidents Vladimir Putin of Russia, Hassan Rouhani of Iran": a country after a person
	// and "of" says where the person is from; it is no party.
	for k := range out {
		p := &out[k]
		if p.Actor == nil || p.Actor.Type != Person || p.Modifier || p.End+1 >= len(keys) || (keys[p.End] != "of" && keys[p.End] != "von" && keys[p.End] != "aus") {
			continue
		}
		for j := range out {
			if c := &out[j]; c.Start == p.End+1 && c.Actor != nil && c.Actor.Type == Country && !c.Modifier {
				c.Modifier = true
			}
		}
	}
	// "Iran's foreign ministry spokesman Nasser Kanaani", "U.S. House of Representatives
	// Speaker Nancy Pelosi": an institution or an organisation right before a titled person's
	// phrase says whose spokesman or speaker; the person speaks.
	for k := range out {
		p := &out[k]
		if p.Actor == nil || p.Actor.Type != Person || p.Title == "" || p.Modifier {
			continue
		}
		// (A role noun may stand between: "Niger's military ruler General Abdourahamane Tiani".)
		from := p.Phrase
		for _, r := range out {
			if r.Kind == KindRole && r.End == p.Phrase {
				from = r.Phrase
			}
		}
		for j := range out {
			in := &out[j]
			body := in.Kind == KindInstitution || (in.Actor != nil && in.Actor.Type == Organization && in.Kind != KindFuzzy)
			if body && (in.End == p.Phrase || in.End == from) && !in.Modifier {
				in.Modifier = true
				p.Phrase = min(p.Phrase, in.Phrase)
				if p.Of == nil {
					p.Of = in.Actor
				}
			}
		}
		// "U.S. Middle East envoy Steve Witkoff", "U.S. Ukraine envoy Keith Kellogg": a country
		// right before the region or country a titled person's title is for (an envoy's, most
		// often) says whose title it is.
		for j := range out {
			r := &out[j]
			// (Not a genitive: "in Usbekistan Indiens Premierminister Modi".)
			if r.Actor == nil || (r.Actor.Type != Place && r.Actor.Type != Country) || r.Possessive || r.Kind == KindInflected || r.End > p.Start ||
				(r.End != p.Phrase && r.End != from && r.Start != p.Phrase && r.Start != from) {
				continue
			}
			for q := range out {
				if c := &out[q]; c.End == r.Start && c.Actor != nil && c.Actor.Type == Country && !c.Modifier {
					c.Modifier, r.Modifier = true, true
					p.Phrase = min(p.Phrase, c.Phrase)
				}
			}
		}
	}
	// "Kremlsprecher", "Kremlchef": the name or seat a closed compound title begins with is
	// named too, as a modifier over the whole word (a mention spans whole tokens).
	for k := range hits {
		if h := &hits[k]; h.kind != KindFuzzy && h.ofEntry != nil {
			part := newHit(h.start, h.end, h.ofEntry, false)
			out = append(out, g.modifier(&part))
		}
	}
	sortMentions(out)
	aliases(out, keys)
	if n := len(out); n > 0 {
		if out = g.listedNames(raw, keys, hits, out); len(out) > n {
			sortMentions(out)
		}
	}
	if lang == "en" {
		// (Sorted whenever a name is added: one may replace a short form, leaving the count.)
		out = g.givenNamePeople(raw, keys, hits, out)
	}
	return out
}

// romanNumeral reports whether a word is a Roman numeral of a regnal name ("Paul VI", "Charles
// III"), which names the holder of a throne the data should know, not a name of its own.
func romanNumeral(w string) bool {
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVX", r) {
			return false
		}
	}
	return true
}

// givenNamePeople adds the people the data lacks named in English by a given name of the data
// and one or two more capitalised words, hyphenated parts counted as one ("signed by Nasser
// Al-Khubaji for the STC", "India's delegate Chandni Raina"): the whole name stands alone,
// with no capitalised word right before or after it (not part of a longer name or title), and
// holds no word of a place, firm or body ("Jordan Valley", "Victoria Station"). German is left
// out: its nouns are capitalised too ("fünf Millionen Mark Entschädigung").
func (g *Gazetteer) givenNamePeople(raw, keys []string, hits []hit, out []Mention) []Mention {
	capital := func(k int) bool {
		return k >= 0 && k < len(keys) && isWord(raw[k]) && fold.IsUpper(raw[k]) && !notNames[keys[k]]
	}
	// (A short form of the data on the first word only is no name of its own yet: "Nasser" of
	// Gamal Abdel Nasser in "Nasser Al-Khubaji".)
	firstShort := func(start, end, i int) bool { return start == i && end == i+1 }
	added := false
	taken := func(i, j int) bool {
		for _, m := range out {
			if m.Start < j && m.End > i && !(m.Kind == KindShort && firstShort(m.Start, m.End, i)) {
				return true
			}
		}
		for _, h := range hits {
			if h.start < j && h.end > i && !(h.kind != KindFuzzy && h.e.kind == eShort && firstShort(h.start, h.end, i)) {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(keys); i++ {
		// (Not the Arabic article, "Al Azhar", "Al Jaber", nor a word of grammar; not a name
		// inside a longer one, nor one a determiner makes a thing's: "the Elizabeth Line".)
		// (The capital first: most words have none, and it is cheaper than the map.)
		if !fold.IsUpper(raw[i]) || !g.givenNames[keys[i]] || len(keys[i]) < 2 || nameParticles[keys[i]] || clauseWords[keys[i]] || notGivenNames[keys[i]] || !capital(i) || capital(i-1) ||
			(i > 0 && determiners[keys[i-1]]) {
			continue
		}
		// The second part of a hyphenated given name begins it with the first: "Nils-Erik
		// Haagenrud", "Sven-Goran Eriksson".
		start := i
		if i > 0 && keys[i-1] == "-" {
			if !capital(i-2) || capital(i-3) || (i >= 3 && keys[i-3] == "-") {
				continue
			}
			start = i - 2
		}
		j, words := i+1, 1
		for j < len(keys) && words < 3 {
			if keys[j] == "-" && words > 1 && capital(j+1) {
				j += 2 // "Al-Khubaji": one word
				continue
			}
			if !capital(j) {
				break
			}
			j, words = j+1, words+1
		}
		if words < 2 || capital(j) || (j < len(keys) && keys[j] == "-") || taken(start, j) {
			continue
		}
		body := false
		for k := start; k < j; k++ {
			body = body || institutionHeads[keys[k]] || nonPersonHeads[keys[k]] || romanNumeral(raw[k])
		}
		// (A word in lower case after the name is a person's only when it is a verb or a word of
		// grammar that follows names: "Harry Potter author", "Grant Thornton partners" are no
		// people.)
		if body || (j < len(keys) && isWord(raw[j]) && !tokenize.IsTerminal(keys[j]) && !fold.IsUpper(raw[j]) && !verbAfterName(keys[j])) {
			continue
		}
		out = slices.DeleteFunc(out, func(m Mention) bool { return m.Kind == KindShort && firstShort(m.Start, m.End, i) })
		out = append(out, Mention{Start: start, End: j, Phrase: start, Actor: unknownPerson(raw[start:j], keys[start:j], nil), Kind: KindListed, Confidence: 0.5})
		added = true
		i = j
	}
	if added {
		sortMentions(out)
	}
	return out
}

// notGivenNames are English words, besides clauseWords, the data holds as given names of people
// of other languages ("Win Myint"): at a sentence's start they open no name.
var notGivenNames = set("per", "odd", "ban", "win", "me", "us")

// verbAfterName reports whether an English word in lower case after a name may be its verb or a
// word of grammar that follows names (afterPersonName), or a verb by its ending ("predicted",
// "warns"); not a plural noun the name qualifies ("Grant Thornton partners").
func verbAfterName(k string) bool {
	if afterPersonName[k] || strings.HasSuffix(k, "ed") {
		return true
	}
	return strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !staffNouns[k] && !pluralsAfterName[k]
}

// pluralsAfterName are plural nouns that a firm's or a brand's name qualifies: "Grant Thornton
// partners", "Louis Dreyfus traders", "Morgan Stanley analysts".
var pluralsAfterName = set("partners", "traders", "analysts", "economists", "authors", "fans", "players", "shares", "stores",
	"products", "customers", "clients", "lawyers", "investors", "members", "supporters", "voters", "residents", "users", "bonds",
	"stocks", "funds", "securities", "brands", "models", "awards", "games", "films", "books", "songs", "albums", "novels",
	"researchers", "scientists", "experts", "strategists", "bankers", "sources", "documents", "papers", "files", "talks")

// afterPersonName are the English words in lower case that may follow a person's name: verbs of
// saying and of meeting, auxiliaries, relatives and prepositions ("Marc Toutai said", "signed by
// Nasser Al-Khubaji for the STC"), not a noun the name qualifies ("Morgan Stanley economist").
var afterPersonName = set("said", "says", "told", "tells", "added", "adds", "wrote", "writes", "argued", "warned", "insisted",
	"noted", "explained", "claimed", "denied", "replied", "urged", "called", "met", "meets", "was", "is", "has", "had", "have",
	"will", "would", "could", "can", "may", "might", "should", "who", "whose", "and", "or", "for", "of", "in", "on", "at", "with",
	"from", "after", "during", "to", "as", "by", "also", "signed", "agreed", "spoke", "announced", "stressed", "acknowledged",
	"admitted", "confirmed", "described", "criticised", "criticized", "welcomed", "thanked", "visited", "joined", "led", "leads",
	"heads", "headed", "did", "does", "went", "came", "left", "arrived", "hosted", "received", "praised", "rejected", "accused")

// nonPersonHeads are words of the names of places, firms and clubs, which no person's name
// holds: "Wall Street", "Reliance Industries", "Bayer Leverkusen".
var nonPersonHeads = set("street", "avenue", "square", "road", "airport", "station", "port", "industries", "group",
	"holdings", "corp", "corporation", "inc", "ltd", "company", "bayer", "fc", "club", "united", "university", "city",
	"strasse", "platz", "flughafen", "konzern", "gruppe", "werke", "ag", "gmbh", "verein", "universitat", "stadt",
	// (and of buildings, prizes and events: "the Rose Garden", "Victoria Falls", "the Davis Cup")
	"garden", "gardens", "hall", "palace", "house", "center", "centre", "building", "bridge", "park",
	"river", "valley", "mountains", "mountain", "island", "islands", "falls", "cup", "open", "prize", "award", "foundation",
	"institute", "school", "college", "hospital", "church", "cathedral", "mosque", "museum", "stadium", "arena", "hotel",
	"plaza", "tower", "gate", "lake", "sea", "bay", "coast", "desert", "strait", "canal", "forest", "hills", "springs")

// staffNouns are nouns of the staff or owners of a body, which after a name make it a body's:
// "Goldman Sachs executives", "die Goldman-Sachs-Chefs".
var staffNouns = set("executives", "executive", "bosses", "boss", "chief", "chiefs", "chairman", "ceo", "owners",
	"officials", "employees", "workers", "staff", "shareholders", "managers", "chef", "chefs", "vorstand", "manager",
	"mitarbeiter", "beschaftigte", "aktionare", "spitze")

// listJoins join the names of a list: "Alexander Nowak und Juri Prodan", "Hans Blix and
// Mohamed ElBaradei".
var listJoins = set("und", "and", "sowie")

// listedNames adds the people the data lacks whom a list joins to a person: a name of two or
// three capitalised words that no actor covers, right after "und"/"and" after a person ("Die
// Energieminister Alexander Nowak und Juri Prodan", "Salva Kiir and Riek Machar") or right
// before one before a person ("Juri Prodan und Alexander Nowak"). A name that does not begin with a given name of the
// data (the first word of a name of two words or more) holds no word of a place, firm or body
// (nonPersonHeads, institutionHeads): "Trump and Wall Street executives", "Modi and Reliance
// Industries chairman Mukesh Ambani" are no people, "William Ruto and Kalonzo Musyoka" is one. The name must end the list (a comma, a join, a lower-case word or
// the sentence's end follows, not a title) and begin it (after the join: the sentence's start or
// a lower-case word other than an article comes before; a comma there may close something else).
func (g *Gazetteer) listedNames(raw, keys []string, hits []hit, out []Mention) []Mention {
	// (No hit of the data inside, not even a short form: "Prince Mohammed" is Mohammed bin
	// Salman named by rank and given name.)
	covered := func(i, j int) bool {
		for _, m := range out {
			if m.Start < j && m.End > i {
				return true
			}
		}
		for _, h := range hits {
			if h.start < j && h.end > i {
				return true
			}
		}
		// (Nor a particle but the Arabic article: "die Vorhaben von Leitl" is no name.)
		for k := i; k < j; k++ {
			if nameParticles[keys[k]] && (k+1 == j || keys[k+1] != "-") {
				return true
			}
		}
		return nobility[keys[i]]
	}
	// notPerson reports whether name i..j begins with a word the data does not know as a given
	// name and holds a word of a place, firm or body ("Wall Street", "Reliance Industries"):
	// an unknown given name alone keeps a person ("Kalonzo Musyoka", "Jawar Mohammed").
	notPerson := func(i, j int) bool {
		if j < len(keys) && staffNouns[keys[j]] {
			return true // a body's staff: "Goldman Sachs executives", "Rolls Royce bosses"
		}
		if g.givenNames[keys[i]] {
			return false
		}
		for k := i; k < j; k++ {
			if institutionHeads[keys[k]] || nonPersonHeads[keys[k]] {
				return true
			}
		}
		return false
	}
	bound := func(k int) bool { // a token that may stand next to a listed name
		if k >= 0 && k < len(keys) && isHitStart(hits, k) {
			return false // a title after it: "Reliance Industries chairman Mukesh Ambani"
		}
		return k < 0 || k >= len(keys) || keys[k] == "," || listJoins[keys[k]] || tokenize.IsTerminal(keys[k]) ||
			(isWord(raw[k]) && !fold.IsUpper(raw[k]) && !determiners[keys[k]])
	}
	add := func(i, n int) {
		out = append(out, Mention{Start: i, End: i + n, Phrase: i, Actor: unknownPerson(raw[i:i+n], keys[i:i+n], nil),
			Kind: KindListed, Confidence: 0.6})
	}
	for k := range len(out) {
		p := out[k]
		if p.Actor == nil || p.Actor.Type != Person || p.Modifier {
			continue
		}
		if j := p.End; j+2 < len(keys) && listJoins[keys[j]] {
			i := afterHonorific(raw, keys, j+1)
			if n, _ := g.unknownName(raw, keys, i, hits, hitFrom(hits, 0, i)); n >= 2 && !covered(i, i+n) && !notPerson(i, i+n) && bound(i+n) {
				add(i, n)
			}
		}
		if j := p.Phrase - 1; j >= 2 && listJoins[keys[j]] {
			if i := g.nameBefore(raw, keys, j, hits, hitFrom(hits, 0, j)); i >= 0 && j-i >= 2 && !covered(i, j) && !notPerson(i, j) && bound(i-1) && (i == 0 || keys[i-1] != ",") {
				add(i, j-i)
			}
		}
	}
	return out
}

// aliasWords introduce another name of the person just named: "Rodrigo Londoño alias
// Timoschenko", "better known as Timochenko".
var aliasWords = set("alias", "a.k.a.", "aka", "genannt")

// aliases makes a name after an alias word, right after a person, another name of that
// person: "Rodrigo Londoño alias 'Timoschenko'" is not Yulia Tymoshenko. It describes the
// person and is no party of its own.
func aliases(out []Mention, keys []string) {
	for k := 1; k < len(out); k++ {
		m, p := &out[k], &out[k-1]
		j := m.Start - 1
		for j > 0 && isQuote(keys[j]) {
			j--
		}
		if j <= 0 || !(aliasWords[keys[j]] || (keys[j] == "as" && j >= 2 && keys[j-1] == "known")) ||
			p.Actor == nil || p.Actor.Type != Person || p.End < j-3 || p.End > j {
			continue
		}
		if keys[j] == "as" && p.End != j-2 && p.End != j-3 { // "Londoño, better known as Timochenko"
			continue
		}
		if keys[j] != "as" && p.End != j {
			continue
		}
		m.Actor, m.Kind, m.Modifier, m.Alias = p.Actor, p.Kind, true, true
	}
}

// isQuote reports whether k is a quotation mark.
func isQuote(k string) bool {
	switch k {
	case `"`, "'": // the tokenizer's keys of every quotation mark
		return true
	}
	return false
}

// unknownGenitiveEnd returns the end of a genitive the data does not know after token end: one
// noun ("der Regierung", "of the delegation") or a name of up to three capitalised words ("of
// Al Azhar"); or 0.
func unknownGenitiveEnd(raw, keys []string, end int, hits []hit) int {
	j := end
	if j >= len(keys) || !genLinks[keys[j]] {
		return 0
	}
	j++
	if j < len(keys) && determiners[keys[j]] {
		j++
	}
	// (A country's adjective may qualify the noun: "Der Vorsitzende des ägyptischen
	// Fremdenverkehrsverbands, Elhami Elsajat,".)
	if h := hitAt(hits, j); h != nil && h.kind != KindFuzzy && h.e.kind == eAdjective && h.end < len(keys) {
		j = h.end
	}
	if j >= len(keys) || !isWord(raw[j]) {
		return 0
	}
	// The noun is no actor: a word the data lacks, or a bare institution noun ("Regierung").
	if h := hitAt(hits, j); h != nil && (h.kind == KindFuzzy || h.e.kind != eInstitution) {
		return 0
	}
	// A name of up to three capitalised words the data lacks: "the Grand Imam of Al Azhar",
	// "der Al-Azhar-Universität" (hyphens join its words).
	n, words := j+1, 1
	if fold.IsUpper(raw[j]) {
		for n < len(keys) && words < 3 && !isHitStart(hits, n) {
			if keys[n] == "-" && n+1 < len(keys) && fold.IsUpper(raw[n+1]) && isWord(raw[n+1]) && !isHitStart(hits, n+1) {
				n, words = n+2, words+1
				continue
			}
			if !fold.IsUpper(raw[n]) || !isWord(raw[n]) {
				break
			}
			n, words = n+1, words+1
		}
	}
	return n
}

// closedAt reports whether a name in apposition ending at token e is closed there: by a comma
// or the sentence's end.
func closedAt(keys []string, e int) bool {
	return e == len(keys) || keys[e] == "," || tokenize.IsTerminal(keys[e])
}

// ownersHolder finds the name in apposition after a title held for a person ("der Sprecher von
// Präsident Cyril Ramaphosa, Vincent Magwenya,", "the spokesman for Prime Minister Modi, Randhir
// Jaiswal,"): a genitive link at end, titles, the person, a comma, then a known person or a new
// name of two words or more, closed by a comma or the sentence's end. It returns where the name
// begins and the index of the first hit from there, or 0, 0.
//
// The person may go unnamed after a definite article ("der Sicherheitsberater des
// Ministerpräsidenten, Redwan Hussien,", "the spokesman for the president, Vincent Magwenya,"):
// the name holds the first title, not the owner's (whose title hits it marks used), unless the
// data knows the person named as a holder of the owner's title ("der Sprecher des Präsidenten,
// Wladimir Putin," is read as the president's name).
func (g *Gazetteer) ownersHolder(raw, keys []string, end int, hits []hit, next int) (int, int) {
	j := end
	if j >= len(keys) || !forLinks[keys[j]] {
		return 0, 0
	}
	j++
	definite := definiteArticles[keys[end]] || j < len(keys) && definiteArticles[keys[j]] // "des", "for the"
	if j < len(keys) && determiners[keys[j]] {
		j++
	}
	q := hitFrom(hits, next, j)
	titles := q
	for q < len(hits) && hits[q].start == j && hits[q].kind != KindFuzzy && hits[q].e.kind == eTitle {
		j, q = hits[q].end, q+1
	}
	if definite && q > titles && j+1 < len(keys) && keys[j] == "," && !hits[q-1].used {
		k := afterHonorific(raw, keys, j+1)
		n := hitFrom(hits, q, k)
		if !g.apposedName(raw, keys, k, hits, n) || n < len(hits) && hits[n].start == k && holds(hits[n].theActor(), hits[q-1].e.key) {
			return 0, 0
		}
		for t := titles; t < q; t++ {
			hits[t].used = true
		}
		return k, n
	}
	if q >= len(hits) || hits[q].start != j || !hits[q].isActor() || hits[q].theActor().Type != Person {
		return 0, 0
	}
	c := hits[q].end
	if c+1 >= len(keys) || keys[c] != "," {
		return 0, 0
	}
	k := afterHonorific(raw, keys, c+1)
	if q = hitFrom(hits, q+1, k); g.apposedName(raw, keys, k, hits, q) {
		return k, q
	}
	return 0, 0
}

// holds reports whether the data knows a as a holder, at any time, of the title key.
func holds(a *Actor, title string) bool {
	return a != nil && slices.ContainsFunc(a.Roles, func(r Role) bool { return r.Title == title })
}

// apposedName reports whether a name in apposition begins at token k and is closed by a comma
// or the sentence's end: a known person, where hit q begins at k, else a name the data lacks,
// of two words or more.
func (g *Gazetteer) apposedName(raw, keys []string, k int, hits []hit, q int) bool {
	// (The country the person comes from may close the name first: "Anne Rasmussen aus Samoa,".)
	closed := func(e int) bool {
		if closedAt(keys, e) {
			return true
		}
		if e+1 >= len(keys) || !originLinks[keys[e]] {
			return false
		}
		c := hitAt(hits, e+1)
		return c != nil && c.isActor() && c.theActor().Type == Country && closedAt(keys, c.end)
	}
	if q < len(hits) && hits[q].start == k {
		if hits[q].isActor() && hits[q].theActor().Type == Person && closed(hits[q].end) {
			return true
		}
		if hits[q].kind != KindShort {
			return false
		}
		// (A short form at its start may begin a name the data lacks: "Jonathan Wilkinson".)
	}
	n, _ := g.unknownName(raw, keys, k, hits, q)
	return n >= 2 && closed(k+n)
}

// remitEnd returns where the remit of an English title that hit h ends at token end, and the
// index of the first hit from there, or 0, 0: "for" and capitalised words ("Minister for
// International Development and the Pacific"), the places and countries of the data among
// them ("for Europe and the Americas"), or, after a title that names a portfolio itself
// ("Minister of Foreign Affairs"), "and" and capitalised words the data does not know ("and
// Cooperation"). The remit ends at a comma or at a known person right after it.
func remitEnd(raw, keys []string, h *hit, end int, hits []hit, next int) (int, int) {
	if end+1 >= len(keys) || !isWord(raw[end+1]) || !fold.IsUpper(raw[end+1]) {
		return 0, 0
	}
	and := keys[end] == "and"
	// (A spokesman's "for" says whose: "a spokesman for Michael Howard".)
	if h.e.key == "spokesperson" || and && !slices.ContainsFunc(keys[h.start:h.end], func(k string) bool { return k == "of" || k == "for" }) || !and && keys[end] != "for" {
		return 0, 0
	}
	q := hitFrom(hits, next, end+1)
	words := 0
	for k := end + 1; k < len(keys) && k <= end+10; {
		if q < len(hits) && hits[q].start == k {
			a := hits[q]
			// (Not a person after an honorific: "a spokesman for Mr Blair" is not Blair.)
			if a.isActor() && a.theActor().Type == Person && words > 0 && !coordinators[keys[k-1]] && !determiners[keys[k-1]] && !isHonorific(keys[k-1]) {
				return k, q
			}
			if and || !a.isActor() || a.theActor().Type != Place && a.theActor().Type != Country {
				return 0, 0
			}
			k, words = a.end, words+1
			q++
			continue
		}
		switch {
		case keys[k] == ",":
			if words == 0 || coordinators[keys[k-1]] || determiners[keys[k-1]] {
				return 0, 0
			}
			return k, q
		case coordinators[keys[k]] || keys[k] == "&" || determiners[keys[k]] && !and && k > end+1:
		case isWord(raw[k]) && fold.IsUpper(raw[k]):
			words++
		default:
			return 0, 0
		}
		k++
	}
	return 0, 0
}

// unknownPhraseEnd is unknownGenitiveEnd for a longer noun phrase, of up to four words (a
// short name among them), that ends at a comma: "the head of the mercenary group, Yevgeny
// Prigozhin,", "den Chef der Söldnertruppe Wagner, Jewgeni Prigoschin,". It returns the
// comma, or 0.
func unknownPhraseEnd(raw, keys []string, end int, hits []hit) int {
	j := unknownGenitiveEnd(raw, keys, end, hits)
	if j == 0 && end+1 < len(keys) && portfolioLinks[keys[end]] && isWord(raw[end+1]) && !determiners[keys[end+1]] && hitAt(hits, end+1) == nil {
		j = end + 2 // a portfolio: "der Minister für natürliche Ressourcen, Jonathan Wilkinson,"
	}
	if j == 0 {
		return 0
	}
	j--
	for k := j; k < len(keys) && k < j+4; k++ {
		if h := hitAt(hits, k); !isWord(raw[k]) || verbMarkers[keys[k]] || genLinks[keys[k]] || (h != nil && h.e.kind != eShort) {
			return 0
		}
		if k+1 < len(keys) && keys[k+1] == "," {
			return k + 1
		}
	}
	return 0
}

// ofUnknown reports whether a genitive after token end names a body the data lacks: "der
// Chef des Verwaltungsrats", "the head of the board" (a capitalised word the matcher did not find).
func ofUnknown(raw, keys []string, end int, hits []hit) bool {
	j := end
	if j >= len(keys) || !genLinks[keys[j]] {
		return false
	}
	j++
	if j < len(keys) && determiners[keys[j]] {
		j++
	}
	return j < len(keys) && fold.IsUpper(raw[j]) && isWord(raw[j]) && !isHitStart(hits, j)
}

// nextHit returns the index of the first hit that ends after token i.
func nextHit(hits []hit, i int) int {
	for k, h := range hits {
		if h.end > i {
			return k
		}
	}
	return len(hits)
}

func isHitStart(hits []hit, i int) bool { return hitAt(hits, i) != nil }

// seatedIn returns the capital named right after an institution noun with "in" ("das
// Außenministerium in Baku", "the foreign ministry in Beijing"), and its country.
func seatedIn(hits []hit, k int, keys []string) (int, *Actor) {
	if k+1 >= len(hits) {
		return -1, nil
	}
	n := &hits[k+1]
	if n.start != hits[k].end+1 || keys[hits[k].end] != "in" || n.kind == KindFuzzy || n.e.kind != eAlias {
		return -1, nil
	}
	if a := n.e.actor; a.Capital && a.Party != a {
		return k + 1, a.Party
	}
	return -1, nil
}

// titlesJoined reports whether title hit k is joined by a coordinator to the title right after
// it, and a name follows that one: "Vizekanzler und Wirtschaftsminister Robert Habeck",
// "Deputy Prime Minister and Foreign Minister Ishaq Dar" name one person holding both. (An
// English title in lower case is someone else: "the president and Prime Minister Modi".)
func (g *Gazetteer) titlesJoined(hits []hit, k int, raw, keys []string) bool {
	h, n := &hits[k], k+1
	if n >= len(hits) || hits[n].kind == KindFuzzy || hits[n].e.kind != eTitle || hits[n].used || hits[n].start != h.end+1 ||
		!coordinators[keys[h.end]] || !fold.IsUpper(raw[h.start]) {
		return false
	}
	end := hits[n].end
	if p := n + 1; p < len(hits) && hits[p].start == end && hits[p].isActor() && hits[p].theActor().Type == Person {
		return true
	}
	w, _ := g.unknownName(raw, keys, end, hits, n+1)
	return w >= 2
}

// genitiveInstitution finds an institution mention introduced by a genitive link right after
// title hit k: "Sekretär des russischen Sicherheitsrates", "Secretary of the Security Council".
func genitiveInstitution(hits []hit, k int, keys []string, inst map[int]int) (int, bool) {
	end := hits[k].end
	for j := k + 1; j < len(hits) && j <= k+3; j++ {
		if _, ok := inst[j]; !ok {
			continue
		}
		// The institution phrase starts at its qualifier (hits[j-1]) or at the noun.
		start := hits[j].start
		if j-1 > k && hits[j-1].used && hits[j-1].end <= hits[j].start {
			start = hits[j-1].start
		}
		// "a spokeswoman for the German foreign ministry" speaks for it too.
		gap := keys[end:start]
		link := len(gap) > 0 && forLinks[gap[0]]
		if link && (len(gap) == 1 || (len(gap) == 2 && determiners[gap[1]])) {
			return j, true
		}
		return -1, false
	}
	return -1, false
}

// unknownName returns how many tokens from i form a name the gazetteer lacks: two or three
// capitalised words that match nothing and are not common capitalised words, or one such word
// that ends the phrase.
//
// A short form the document has not introduced may end such a name, and is then part of it:
// "José Graziano da Silva" is not Augusto Santos Silva.
func (g *Gazetteer) unknownName(raw, keys []string, i int, hits []hit, next int) (int, []int) {
	n, words := 0, 0
	var absorbed []int // short forms taken into the name
	for j := i; j < len(raw) && words < 3; j++ {
		if (keys[j] == "-" || nameParticles[keys[j]]) && words > 0 && j+1 < len(raw) &&
			(fold.IsUpper(raw[j+1]) || (romanceParticles[keys[j]+" "+keys[j+1]] && j+2 < len(raw) && fold.IsUpper(raw[j+2]))) &&
			!(next < len(hits) && hits[next].start == j+1 && hits[next].kind != KindShort) {
			// A double name (Nowakowska-Wiśniewska) or particles (Jaap de Hoop Scheffer, Humberto
			// de la Calle); not an article before a name the data knows ("Lothar Lockl der APA").
			n++
			continue
		}
		if nameParticles[keys[j]] && words > 0 && j+2 < len(raw) && keys[j+1] == "-" && fold.IsUpper(raw[j+2]) && isWord(raw[j+2]) {
			n += 2 // an Arabic article: Saad Scherida al-Kaabi, Abd al-Fattah al-Sisi
			// (A short form of the data that begins at the article is the surname's:
			// "Madsched al-Ansari" is no "al-Ansari" the data knows.)
			if next < len(hits) && hits[next].start == j && hits[next].end == j+3 && hits[next].kind == KindShort {
				absorbed = append(absorbed, next)
				next++
			}
			j++
			continue
		}
		if keys[j] == "-" && words > 0 && j+1 < len(raw) && koreanSyllable(raw[j+1]) && fold.IsUpper(raw[j-1]) &&
			utf8.RuneCountInString(raw[j-1]) <= 5 {
			n += 2 // a Korean given name: Kim Yong-il, Moon Jae-in
			break
		}
		if words > 0 && initial(raw[j]) && j+2 < len(raw) && keys[j+1] == "." && fold.IsUpper(raw[j+2]) && isWord(raw[j+2]) && !notNames[keys[j+2]] &&
			!(next < len(hits) && hits[next].start <= j+2 && hits[next].kind != KindShort) {
			n += 2 // a middle initial: "Múte B. Egede"
			j++
			continue
		}
		if !fold.IsUpper(raw[j]) || notNames[keys[j]] || institutionHeads[keys[j]] || !isWord(raw[j]) || abstractNoun(keys[j]) {
			break
		}
		if next < len(hits) && hits[next].start <= j {
			// After a title, a town's name may be a given name: "Commerce Minister Gao Hucheng"
			// (Gao in Mali), when a capitalised word the data does not know follows.
			town := words == 0 && hits[next].start == j && hits[next].end == j+1 && hits[next].isActor() &&
				hits[next].theActor().Type == City && j+1 < len(raw) && fold.IsUpper(raw[j+1]) && isWord(raw[j+1]) &&
				!notNames[keys[j+1]] && (next+1 >= len(hits) || hits[next+1].start > j+1)
			// (Or a surname the data knows as one person's full name, after two words of a name
			// it lacks: "Minister Abdul Rahman Dahlan" is not Mohammad Dahlan.)
			h := &hits[next]
			surname := words >= 2 && h.kind != KindFuzzy && h.e.kind == eAlias && h.start == j && h.end == j+1 &&
				h.e.actor.Type == Person && !g.HasNameWord(h.e.actor, keys[j-1]) && !g.HasNameWord(h.e.actor, keys[j-2])
			if !town && !surname && (h.kind != KindShort || h.start != j || h.end != j+1 || (words > 0 && g.candidateWord(h, keys[j-1]))) {
				break // "Augusto Silva" is Augusto Santos Silva, named by his short form
			}
			absorbed = append(absorbed, next)
			next++
		}
		n++
		words++
	}
	for n > 0 && (keys[i+n-1] == "-" || nameParticles[keys[i+n-1]]) {
		n-- // "Saad Scherida al-" before a name the data knows: the particle is not the name's
	}
	switch {
	case words >= 2:
		return n, absorbed
	case words == 1 && n == 1 && len(keys[i]) >= 3 && (i+1 == len(raw) || !isWord(raw[i+1]) || !fold.IsUpper(raw[i+1])) &&
		!(i+2 < len(raw) && keys[i+1] == "'s" && fold.IsUpper(raw[i+2]) && isWord(raw[i+2])):
		// A surname alone: "Bundesinnenminister Schily sagte", "Foreign Minister Shoukry said";
		// the next word is no capitalised word, so this is no noun phrase ("Präsident Ende Mai").
		// (Nor a possessive before one: "Transport & General Worker's Union" is a body's name.)
		return 1, absorbed
	}
	return 0, nil
}

// nameBefore returns where a name the gazetteer lacks starts when it ends right before token
// end: a given name and a surname, capitalised (a hyphen or a particle may join more words:
// Karl-Theodor zu Guttenberg), that no earlier hit (before hit k) covers; -1 when there is none.
func (g *Gazetteer) nameBefore(raw, keys []string, end int, hits []hit, k int) int {
	// (A short form before the name is no one's yet, unless a word of the person's name comes
	// before it: "Kim Tae-hyo" is no Kim of the data, "Abdel Fattah Burhan" is al-Burhan.)
	short := k > 0 && hits[k-1].kind != KindFuzzy && hits[k-1].e.kind == eShort &&
		!(hits[k-1].start > 0 && g.HasNameWord(hits[k-1].theActor(), keys[hits[k-1].start-1]))
	i, words := end, 0
	for i > 0 {
		j := i - 1
		if j >= 2 && keys[j-1] == "-" && koreanSyllable(raw[j]) && fold.IsUpper(raw[j-2]) && words < 2 {
			i, words = j-2, words+1 // a Korean given name: "Kim Tae-hyo"
			continue
		}
		if (keys[j] == "-" || nameParticles[keys[j]]) && words > 0 && j > 0 && fold.IsUpper(raw[j-1]) {
			if keys[j] == "-" {
				words-- // Karl-Theodor is one given name
			}
			i = j
			continue
		}
		// Two words: a German noun before them is no part of the name ("Der Außenpolitiker
		// Norbert Röttgen").
		if words == 2 || !fold.IsUpper(raw[j]) || notNames[keys[j]] || isHonorific(keys[j]) || !isWord(raw[j]) || (k > 0 && hits[k-1].end > j && !short) {
			break
		}
		i, words = j, words+1
	}
	// "in Pretoria von Redwan Hussien": a particle no name word precedes is a preposition.
	for i < end && nameParticles[keys[i]] {
		i++
	}
	if words < 2 || i >= end || keys[i] == "-" {
		return -1
	}
	return i
}

// koreanSyllable reports whether w is the lower-case second syllable of a romanised Korean
// given name after its hyphen ("il" of Yong-il, "bak" of Myung-bak, "hyun" of Moo-hyun).
func koreanSyllable(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 5 && isWord(w) && w == strings.ToLower(w) && strings.ContainsAny(w, "aeiouy") && !notSyllables[w]
}

// notSyllables are English words that follow a hyphen after a name: "Doe-led talks".
var notSyllables = set("led", "era", "style", "based", "run", "like", "born", "owned", "made", "backed", "linked", "elect",
	"type", "wide", "free", "ruled", "held", "aged")

// adjectivesBefore returns where the phrase of a German noun at token i begins when declined
// adjectives after an article come before it ("der russisch-orthodoxe Patriarch"): at the
// first adjective; else i.
func adjectivesBefore(raw, keys []string, i int) int {
	j := i
	for j > 0 && !fold.IsUpper(raw[j-1]) && germanAdjective(keys[j-1]) {
		j--
		if j >= 2 && keys[j-1] == "-" && !fold.IsUpper(raw[j-2]) && isWord(raw[j-2]) {
			j -= 2 // "russisch-orthodoxe"
		}
	}
	if j == i || j == 0 || !determiners[keys[j-1]] || keys[j-1] == "das" || keys[j-1] == "ein" {
		return i // "das" and "ein" are no person's articles
	}
	// "Macron, der später Olaf Scholz traf": after a comma the article is a relative pronoun,
	// and the word after it an adverb.
	if j >= 2 && keys[j-2] == "," {
		return i
	}
	// "Den kritisierte Trump", "Das kündigte Trump an": an article opening the sentence may be
	// a pronoun before a verb in the past tense.
	if j == 1 && (strings.HasSuffix(keys[j], "te") || strings.HasSuffix(keys[j], "ten")) {
		return i
	}
	return j
}

// germanAdjective reports whether k looks like a declined German adjective: außenpolitischer,
// neue, engsten.
func germanAdjective(k string) bool {
	if determiners[k] || pronounDeterminers[k] || adjectiveLike[k] {
		return false
	}
	for _, e := range []string{"e", "en", "er", "es", "em"} {
		if len(k) > len(e)+2 && strings.HasSuffix(k, e) && isWord(k) {
			return true
		}
	}
	return false
}

// pronounDeterminers are German possessive and demonstrative determiners, which end like
// adjectives: "des Volkskongresses seine Entscheidung" is no genitive before a noun.
var pronounDeterminers = set("seine", "seinen", "seinem", "seiner", "seines", "ihre", "ihren", "ihrem", "ihrer", "ihres",
	"unsere", "unseren", "unserem", "unserer", "keine", "keinen", "keinem", "keiner", "diese", "diesen", "diesem", "dieser",
	"dieses", "jene", "jenen", "jenem", "jener", "jede", "jeden", "jedem", "jeder", "alle", "allen", "aller", "beide", "beiden")

// adjectiveLike are German prepositions, adverbs and conjunctions that end like adjectives:
// "die Vertreter Deutschlands unter Vorsitz der EU" is no genitive before a noun. (Not
// "später", "weiter", "gerade", which are adjectives too: "Russlands später Rückzug".)
var adjectiveLike = set("unter", "über", "hinter", "gegen", "gegenüber", "entgegen", "wegen", "zwischen", "neben",
	"binnen", "wieder", "immer", "heute", "morgen", "außer", "oder", "aber", "sowie", "ohne")

// truncatedCompound reports whether w is the first part of a compound cut short before a
// coordinator: "Staats-" of "Staats- und Regierungschef".
func truncatedCompound(w string) bool {
	return len(w) > 2 && strings.HasSuffix(w, "-") && fold.IsUpper(w)
}

// countrysPeople adds the people out's countries own or come from whom the data lacks: in
// English, two or three capitalised words right after a country's possessive ("Kyrgyzstan's
// Jeenbek Kulubaev") or right before "of" and a country ("Jeenbek Kulubaev of Kyrgyzstan") name
// a person of that country. One word is no name ("Britain's Labour"), nor is a run that goes
// on in capitals or holds a word that ends a body's name ("Spain's Davis Cup").
func (g *Gazetteer) countrysPeople(raw, keys []string, lang string, hits []hit, out []Mention) []Mention {
	taken := func(i, n int) bool {
		return slices.ContainsFunc(out, func(m Mention) bool { return m.Start < i+n && i < m.End })
	}
	name := func(i int) int {
		if i < 0 || i >= len(keys) || taken(i, 1) {
			return 0
		}
		n, absorbed := g.unknownName(raw, keys, i, hits, nextHit(hits, i))
		if n < 2 || len(absorbed) > 0 || taken(i, n) || (i+n < len(raw) && fold.IsUpper(raw[i+n]) && isWord(raw[i+n])) ||
			slices.ContainsFunc(keys[i:i+n], func(k string) bool { return bodyHeads[k] }) || notFirstNames[keys[i]] {
			return 0
		}
		return n
	}
	if lang != "en" {
		return out // (German capitalises every noun: "Italiens Torwart Buffon")
	}
	n0 := len(out)
	for k := range n0 {
		c := out[k]
		// (Not a country inside a body's name: "Tennis Australia's Geoff Pollard".)
		if c.Actor == nil || c.Actor.Type != Country || c.Start > 0 && fold.IsUpper(raw[c.Start-1]) && isWord(raw[c.Start-1]) {
			continue
		}
		at := -1
		if c.End < len(keys) && (keys[c.End] == "'s" || keys[c.End] == "'") {
			at = c.End + 1
		}
		if n := name(at); n > 0 {
			out = append(out, Mention{Start: at, End: at + n, Phrase: at, Actor: unknownPerson(raw[at:at+n], keys[at:at+n], c.Actor),
				Kind: KindTitle, Confidence: 0.6})
			continue
		}
		if c.Start < 3 || keys[c.Start-1] != "of" || c.Modifier {
			continue
		}
		for n := 3; n >= 2; n-- {
			i := c.Start - 1 - n
			if i < 0 || (i > 0 && fold.IsUpper(raw[i-1]) && isWord(raw[i-1])) || name(i) != n {
				continue
			}
			out[k].Modifier = true // "of Kyrgyzstan" says where the person is from
			out = append(out, Mention{Start: i, End: i + n, Phrase: i, Actor: unknownPerson(raw[i:i+n], keys[i:i+n], c.Actor),
				Kind: KindTitle, Confidence: 0.6})
			break
		}
	}
	return out
}

// bodyHeads are words that end the name of a body, an event or a medium, not of a person:
// "Greece's Alter Television", "Spain's Davis Cup victory".
var bodyHeads = set("cup", "television", "tv", "radio", "federation", "association", "league", "station", "open", "games",
	"championship", "championships", "prix", "airlines", "airways", "group", "corporation", "company", "institute",
	"university", "foundation", "forces", "army", "navy", "police", "service", "exchange", "fund", "museum", "times", "news",
	"post", "telecom", "motors", "energy", "oil", "club", "team", "stadium", "hospital", "school", "college", "academy",
	"church", "network", "daily", "journal", "herald", "tribune", "press", "festival", "awards", "prize", "index", "market",
	"airport", "river", "lake", "mountains", "island", "islands", "bay", "sea", "street", "square", "palace", "house", "hall",
	// companies and laws: "South Korea's Hyundai Motor", "Japan's Nippon Steel", "Germany's
	// Securities Trading Act"
	"motor", "technologies", "technology", "steel", "iron", "act", "co", "inc", "ltd", "corp", "holdings", "industries",
	"electronics", "electric", "pharmaceuticals", "petroleum", "mining", "chemical", "chemicals", "systems", "capital",
	"securities", "insurance", "financial", "investments", "bank", "banks", "telecommunications", "communications", "media",
	"brands", "foods", "airline", "shipping", "logistics", "semiconductor", "software", "solutions", "partners", "trust",
	// units, parties and offices: "Ukraine's Azov Regiment", "Afghanistan's Northern Alliance",
	// "Egypt's Grand Mufti"
	"regiment", "brigade", "battalion", "division", "alliance", "front", "council", "commission", "court", "helmets", "mail",
	"bahn", "telekom", "ag", "mufti", "patriarch", "rabbi", "guard", "corps", "movement")

// notFirstNames are capitalised words that begin a body's name, not a person's: "Germany's
// Deutsche Bank", "Britain's Royal Mail", "Syria's White Helmets".
var notFirstNames = set("deutsche", "royal", "northern", "southern", "eastern", "western", "white", "grand", "supreme", "national",
	"united", "new", "central", "federal", "great", "holy", "state", "public", "general", "chief", "prime", "foreign", "interior")

// unknownPerson is a person the gazetteer lacks, named by tokens raw (keys their keys), of
// the country of, when of is one.
func unknownPerson(raw, keys []string, of *Actor) *Actor {
	a := &Actor{Name: joinName(raw, keys), Type: Person}
	if of != nil && of.Type == Country {
		a.Country = of.Country
	}
	a.Party = a
	return a
}

// joinName writes name tokens with spaces, but none around a compound hyphen nor before the
// period of an initial ("Múte B. Egede").
func joinName(raw, keys []string) string {
	var b strings.Builder
	for i, r := range raw {
		if i > 0 && keys[i] != "-" && keys[i-1] != "-" && keys[i] != "." {
			b.WriteByte(' ')
		}
		b.WriteString(r)
	}
	return b.String()
}

func isWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '.' && r != '\'' {
			return false
		}
	}
	return true
}

// groupHeads are compound heads that make the compound stand for the actor's members.
var groupHeads = set("staaten", "lander", "mitgliedstaaten", "mitgliedsstaaten", "mitglieder", "partner", "states", "members",
	"countries", "nations")

// selfHeads are the nouns that, after a name and a hyphen, describe the named body itself:
// "die Farc-Guerilla", "die Hamas-Miliz", "das Mercosur-Bündnis", "die Huthi-Rebellen".
var selfHeads = set("guerilla", "miliz", "milizen", "terrormiliz", "bundnis", "allianz", "bewegung", "rebellen", "rebellengruppe",
	"terrorgruppe", "terrororganisation")

// nobility are ranks of nobility or of the military that may stand between a title and a name.
var nobility = set("sheikh", "scheich", "prince", "prinz", "princess", "prinzessin",
	// military ranks: "military commander Commodore Frank Bainimarama", "Armeechef General …"
	"general", "gen", "admiral", "commodore", "colonel", "col", "brigadier", "marshal", "lieutenant", "major", "oberst",
	"captain", "capt", "hauptmann", "oberstleutnant", "generalleutnant", "generalmajor", "leutnant")

// genitiveArticles stand before a German genitive that follows its noun.
var genitiveArticles = set("des", "eines", "dieses", "jenes")

// romanceParticles are two particles that join a name ("Humberto de la Calle"), where German
// "von der" after a name is a preposition as often ("Amilcar Pop von der Partei …").
var romanceParticles = set("de la", "de las", "de los", "de le", "da la", "di la", "del la")

// nameParticles stand inside names in lower case: Jaap de Hoop Scheffer, Mohammed bin Salman.
var nameParticles = set("de", "van", "von", "der", "den", "da", "di", "du", "bin", "ibn", "al", "el", "la", "le", "zu", "dos", "das", "y")

// notNames are capitalised words that follow titles without being names.
var notNames = set("am", "im", "in", "und", "der", "die", "das", "des", "dem", "den", "the", "and", "of", "on", "at",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
	"january", "february", "march", "may", "june", "july", "october", "december",
	"anfang", "ende", "mitte", "ehemalige", "ehemaliger", "former", "said", "sagte", "erklarte", "says", "told")

// abstractNoun reports whether key ends as German abstract and plural nouns do, which no
// person's name does: "hatte der Papst Waffenlieferungen … bezeichnet" names no "Papst
// Waffenlieferungen". (Short words may be names: "Franz Josef Jung".)
func abstractNoun(key string) bool {
	n := utf8.RuneCountInString(key)
	for _, e := range [...]struct {
		suffix string
		min    int
	}{{"ungen", 7}, {"ung", 8}, {"heit", 7}, {"keit", 7}, {"schaft", 8}, {"ismus", 7}, {"tionen", 8}} {
		if n >= e.min && strings.HasSuffix(key, e.suffix) {
			return true
		}
	}
	return false
}

// institutionHeads end the names of institutions and are no person's name: "the President of
// the ECOWAS Commission, Omar Touray" names no "Commission".
var institutionHeads = set("commission", "council", "committee", "assembly", "parliament", "union", "bank", "court",
	"government", "ministry", "party", "front", "movement", "agency", "authority", "office", "department", "organization",
	"organisation", "kommission", "rat", "ausschuss", "versammlung", "parlament", "regierung", "ministerium", "partei",
	"bewegung", "behorde", "amt")

func (g *Gazetteer) personMention(h *hit, phrase int, title string, of *Actor) Mention {
	if title == "" && h.kind == KindExact {
		title = h.e.title // "König Charles III.": the alias begins with his title
	}
	m := Mention{Start: h.start, End: h.end, Phrase: phrase, Actor: h.theActor(), Kind: h.kind, Title: title, Of: of, Form: h.form()}
	switch h.kind {
	case KindExact:
		m.Confidence = 1
	case KindInflected:
		m.Confidence = 0.95
	case KindShort:
		m.Confidence = 0.9
		m.Candidates = g.shortCandidates(h.e)
	case KindMetonym:
		m.Confidence = 0.9
	case KindFuzzy:
		m.Confidence = 0.6
	default:
		m.Confidence = 0.8
	}
	return m
}

// romanisedSyllable reports whether word k may be an East Asian given name in Latin letters
// (Jong, Gwan, Jinping, Qishan) rather than a German noun after "Xi" or "Kim" ("Xi Insidern
// zufolge", "Kim Berichten zufolge", "Li Regierungskreisen"): such names end in a vowel, a
// vowel and one consonant, or "ng", and a long word with a German noun's ending is no name.
// German capitalises nouns, so only German text needs the test; English "Kim Howells" keeps
// his name.
func romanisedSyllable(k string) bool {
	vowel := func(b byte) bool { return strings.IndexByte("aeiouy", b) >= 0 }
	n := len(k)
	if n < 2 {
		return n == 1
	}
	if !(vowel(k[n-1]) || vowel(k[n-2]) || k[n-2:] == "ng") {
		return false
	}
	if n >= 6 {
		for _, e := range germanNounEndings {
			if strings.HasSuffix(k, e) {
				return false
			}
		}
	}
	return true
}

// germanNounEndings end many German nouns and no romanised East Asian given name.
var germanNounEndings = []string{"ten", "sen", "den", "ben", "nen", "len", "men", "ung", "ungen", "heit", "keit", "ler", "ner"}

// aliasTitle returns the key of the one-word title k, the first word of a person's alias
// ("König", "Pope"), or "".
func (g *Gazetteer) aliasTitle(k string) string {
	for _, e := range g.index[k] {
		if e.kind == eTitle && len(e.toks) == 1 {
			return e.key
		}
	}
	return ""
}

// familyFirst reports whether short form e is the first word of the names of all the people
// it may mean: a family name written first (Kim, Li, Wang). buildIndex sets it on the entry.
func (g *Gazetteer) familyFirst(e *entry) bool {
	cs := g.shortCandidates(e)
	for _, a := range cs {
		if ks := tokenize.Keys(a.Name); a.Type != Person || len(ks) < 2 || len(e.toks) != 1 || ks[0] != e.toks[0] {
			return false
		}
	}
	return len(cs) > 0
}

// isLink reports whether k joins name words rather than being one (a hyphen, a particle).
func isLink(k string) bool { return k == "-" || nameParticles[k] }

// shortCandidates lists every actor that shares a short form.
func (g *Gazetteer) shortCandidates(e *entry) []*Actor {
	var out []*Actor
	for _, o := range g.index[e.toks[0]] {
		if o.kind == eShort && slices.Equal(o.toks, e.toks) {
			out = append(out, o.actor)
		}
	}
	return out
}

// modifier is the mention of a hit absorbed into a larger phrase, or of an adjective.
func (g *Gazetteer) modifier(h *hit) Mention {
	m := g.personMention(h, h.start, "", nil)
	if h.kind != KindFuzzy && h.e.kind == eAdjective {
		m.Kind = KindAdjective
		m.Confidence = 0.8
	}
	m.Modifier = true
	return m
}

func sortMentions(ms []Mention) {
	// Insertion sort: mentions per sentence are few and nearly sorted.
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && less(ms[j], ms[j-1]); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func less(a, b Mention) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.End > b.End
}

// afterHonorific returns the token after an honorific and initials that begin at j ("Mr. A. B.
// Vajpayee", "Sir Jeffrey Donaldson"), when a capitalised word follows them; else j.
func afterHonorific(raw, keys []string, j int) int {
	k := j
	if k < len(keys) && isHonorific(keys[k]) {
		k++
		if k < len(keys) && keys[k] == "." {
			k++
		}
	}
	for k+1 < len(keys) && keys[k+1] == "." && initial(raw[k]) {
		k += 2
	}
	if k == j || k >= len(keys) || !fold.IsUpper(raw[k]) || !isWord(raw[k]) {
		return j
	}
	return k
}

// spouseNamed returns the spouse a given name alone names right after the spouse title hit h
// ("his wife Melania"): the one person of the data with that given name (Actor.Given), or, of
// several, the one whose family name a person named before in the sentence bears ("Obama and his
// wife Michelle"); else nil. A known person's name there is that person's.
func (g *Gazetteer) spouseNamed(raw, keys []string, h *hit, j int, hits []hit, next int) *Actor {
	title := g.titles[h.e.key]
	if title == nil || !title.KnownOnly || j >= len(keys) || !fold.IsUpper(raw[j]) {
		return nil
	}
	if j+1 < len(keys) && fold.IsUpper(raw[j+1]) && isWord(raw[j+1]) {
		return nil // "his wife Melania Trump": the full name
	}
	if q := hitFrom(hits, next, j); q < len(hits) && hits[q].start == j && hits[q].kind != KindShort {
		return nil
	}
	cands := g.spouseGiven[keys[j]]
	if len(cands) > 1 {
		var named []*Actor
		for _, a := range cands {
			family := a.Name[strings.LastIndexByte(a.Name, ' ')+1:]
			if slices.ContainsFunc(hits[:min(next, len(hits))], func(p hit) bool {
				return p.end <= h.start && p.isActor() && p.theActor().Type == Person && strings.HasSuffix(p.theActor().Name, " "+family)
			}) {
				named = append(named, a)
			}
		}
		cands = named
	}
	if len(cands) != 1 {
		return nil
	}
	return cands[0]
}

// beforeHonorific returns where the phrase of a name that begins at token j begins: at the
// honorific and initials before it ("Mr. A. B. Vajpayee") or a rank ("Scheich Tamim bin Hamad
// Al Thani", "General Tchiani"), else at j.
func beforeHonorific(raw, keys []string, j int) int {
	p := j
	for p >= 2 && keys[p-1] == "." && initial(raw[p-2]) {
		p -= 2
	}
	if p >= 2 && keys[p-1] == "." && isHonorific(keys[p-2]) {
		p -= 2
	} else if p >= 1 && isHonorific(keys[p-1]) {
		p--
	} else if p >= 1 && nobility[keys[p-1]] && fold.IsUpper(raw[p-1]) && (p == 1 || isWord(raw[p-2])) {
		p-- // (not in a list or an apposition after punctuation, whose items stand where they begin)
	}
	return p
}

// personAt reports whether the first hit from k on that starts at token j or later starts at j
// and is a known person of the title's country (when of is one), closed by a comma.
func personAt(hits []hit, keys []string, k, j int, of *Actor) bool {
	n := hitFrom(hits, k, j)
	if n >= len(hits) {
		return false
	}
	p := &hits[n]
	return p.start == j && p.isActor() && p.theActor().Type == Person && (of.Type != Country || p.theActor().Country == of.Country) &&
		p.end < len(keys) && keys[p.end] == ","
}

// hitFrom returns the first hit from k on that starts at token j or later.
func hitFrom(hits []hit, k, j int) int {
	for k < len(hits) && hits[k].start < j {
		k++
	}
	return k
}

// placeAfter returns where the words after a title at token j continue once a place of the
// office ("in Kiew", "at the UN") is passed, and the index of the first hit from there; j and
// next when there is none.
func placeAfter(keys []string, j int, hits []hit, next int) (int, int) {
	if j+1 >= len(keys) || !placePreps[keys[j]] {
		return j, next
	}
	k := j + 1
	if determiners[keys[k]] && k+1 < len(keys) {
		k++
	}
	q := hitFrom(hits, next, k)
	if q >= len(hits) || hits[q].start != k || !hits[q].isActor() || !placeTypes[hits[q].theActor().Type] && hits[q].theActor().Type != Country && hits[q].theActor().Type != Organization {
		return j, next
	}
	return hits[q].end, q + 1
}

// rankedPerson returns the index of the hit of a known person at token j, or right after a
// military or noble rank there: "General Abdourahamane Tiani", "Gen. Valery Gerasimov" (a rank
// that is a title of its own is passed over like the others); -1 if none. Hit q is the first
// from token j.
func rankedPerson(keys []string, hits []hit, q, j int) int {
	if q < len(hits) && hits[q].start == j && hits[q].isActor() && hits[q].theActor().Type == Person {
		return q
	}
	if j+1 >= len(keys) || !nobility[keys[j]] {
		return -1
	}
	n := j + 1
	if keys[n] == "." {
		n++
	}
	p := q
	if p < len(hits) && hits[p].start == j && hits[p].end <= n && titleAt(hits[p:p+1], j) {
		p++
	}
	if p < len(hits) && hits[p].start == n && hits[p].isActor() && hits[p].theActor().Type == Person {
		return p
	}
	return -1
}

// personClosed reports whether hit p is a known person of the country of (when of is one) whose
// name a comma or the sentence's end closes: the holder in apposition.
func personClosed(keys []string, hits []hit, p int, of *Actor) bool {
	if p < 0 {
		return false
	}
	h := &hits[p]
	return (of.Type != Country || h.theActor().Country == of.Country) &&
		(h.end == len(keys) || keys[h.end] == "," || tokenize.IsTerminal(keys[h.end]))
}

// rankAfter returns where a name begins at token j, after a rank of nobility or of the
// military there ("General Abdourahamane Tchiani").
func rankAfter(keys []string, j int) int {
	if j+1 < len(keys) && nobility[keys[j]] {
		return j + 1
	}
	return j
}

// initial reports whether a token is a capital letter alone, an initial of a name.
func initial(w string) bool { return utf8.RuneCountInString(w) == 1 && fold.IsUpper(w) }

// pluralPossessive reports whether the apostrophe after keys[i] marks a plural's possessive
// ("the Taliban leaders' envoy"): the word ends in s, a word follows, and no apostrophe closes
// a quote soon after, which a single quote opens ("met Macron for 'frank' talks", "Macron
// says 'Europe must act'").
func pluralPossessive(keys []string, i int) bool {
	if i+2 >= len(keys) || keys[i+1] != "'" || !strings.HasSuffix(keys[i], "s") || !isWord(keys[i+2]) {
		return false
	}
	return !slices.Contains(keys[i+2:min(len(keys), i+14)], "'")
}
