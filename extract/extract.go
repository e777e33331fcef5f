package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dipex/fold"
	"dipex/gazetteer"
	"dipex/rules"
	"dipex/tokenize"
)

// Extractor runs the pipeline. Build it once with New or Default; it is immutable and safe
// for concurrent use.
type Extractor struct {
	gaz *gazetteer.Gazetteer
	eng *rules.Engine
}

// New returns an extractor over a gazetteer and a rule engine.
func New(g *gazetteer.Gazetteer, e *rules.Engine) *Extractor {
	return &Extractor{gaz: g, eng: e}
}

// Default returns the extractor over the embedded gazetteer and rules, built once per process.
// The gazetteer and the rules are built side by side: they do not depend on each other.
var Default = sync.OnceValues(func() (*Extractor, error) {
	var e *rules.Engine
	var errRules error
	done := make(chan struct{})
	go func() {
		defer close(done)
		e, errRules = rules.Default()
	}()
	g, err := gazetteer.Default()
	<-done
	if err != nil {
		return nil, err
	}
	if errRules != nil {
		return nil, errRules
	}
	return New(g, e), nil
})

// Gazetteer returns the extractor's gazetteer.
func (x *Extractor) Gazetteer() *gazetteer.Gazetteer { return x.gaz }

// Rules returns the extractor's rule engine.
func (x *Extractor) Rules() *rules.Engine { return x.eng }

// Mention is an actor found in a document, after resolution. Token indexes are document-wide.
type Mention struct {
	Sentence    int
	First, Last int // the tokens of the mention as written, Last exclusive
	Phrase      int // first token of the phrase that introduces it
	Actor       *gazetteer.Actor
	Kind        string // a gazetteer.Kind, or "pronoun" or "group"
	Title       string
	Of          *gazetteer.Actor
	Modifier    bool
	Possessive  bool               // a modifier that owns the next noun: "Putin's meeting"
	Plural      bool               // a plural pronoun group ("they"): the parties of the last meeting (Parties)
	Event       bool               // a plural group that names that meeting ("the ceremony"): a meeting party only
	Parties     []*gazetteer.Actor // a plural group's parties, taken when it is read; those who join the gathering in its sentence are added
	Confidence  float64
}

// Result is everything the pipeline found in one document.
type Result struct {
	Doc       *Document
	Lang      string
	Tokens    []tokenize.Token
	Sentences []Sentence
	Mentions  []Mention
	Triples   []Triple
}

// Extract reads one document.
func (x *Extractor) Extract(doc *Document) *Result {
	return x.extract(doc, nil)
}

// Trace is what the pipeline saw in one sentence, for "dipex explain".
type Trace struct {
	Sentence int
	Mentions []Mention       // the sentence's mentions, modifiers included
	Parties  []int           // index into Mentions of each candidate party the rules saw
	Attempts []rules.Attempt // every rule tried at a trigger word, fired or not (Subject and Object index Parties)
}

// Explain reads one document like Extract and also returns, per sentence, what the rules tried.
func (x *Extractor) Explain(doc *Document) (*Result, []Trace) {
	var traces []Trace
	res := x.extract(doc, func(si int, rs *rules.Sentence, cands []int, ms []Mention) {
		traces = append(traces, Trace{Sentence: si, Mentions: ms, Parties: cands, Attempts: x.eng.Explain(rs.Lang(), rs)})
	})
	return res, traces
}

func (x *Extractor) extract(doc *Document, trace traceFunc) *Result {
	if !utf8.ValidString(doc.Text) {
		d := *doc
		d.Text = string([]rune(doc.Text)) // each invalid byte becomes one U+FFFD
		doc = &d
	}
	toks := tokenize.Text(doc.Text)
	lang := doc.Lang
	if lang == "" {
		lang = DetectLang(toks)
	}
	sents := segmenterFor(lang).segment(doc.Text, toks)
	markNoise(doc.Text, toks, sents)
	res := &Result{Doc: doc, Lang: lang, Tokens: toks, Sentences: sents}
	st := &state{x: x, doc: doc, lang: lang, lr: x.eng.Lang(lang), toks: toks, res: res, salience: map[*gazetteer.Actor]int{},
		lastSeen: map[*gazetteer.Actor]int{}, trace: trace}
	raw := make([]string, 0, 64)
	keys := make([]string, 0, 64)
	fill := func(s Sentence) {
		raw, keys = raw[:0], keys[:0]
		for _, t := range toks[s.First:s.Last] {
			raw = append(raw, t.Text)
			keys = append(keys, t.Key)
		}
	}
	// The gazetteer's mentions of every sentence first: a role ("die Außenminister Russlands und
	// Frankreichs") may stand for people the article names only later.
	matches := make([][]gazetteer.Mention, len(sents))
	// Whose institution "the ministry", "the embassy" is: the country of the one of that kind
	// named last, else the dateline's (not for an institution abroad: "JAKARTA - … the embassy").
	named := map[string]*gazetteer.Actor{}
	bare := func(key string) *gazetteer.Actor {
		if c := named[key]; c != nil {
			return c
		}
		if st.home != nil && !x.gaz.Abroad(key) {
			return st.home
		}
		return nil
	}
	// A name the article gave a person after "alias" ("Rodrigo Londoño alias Timoschenko") is
	// that person's for the rest of it, not another's the data knows by it (Julia Timoschenko).
	aliases := map[string]*gazetteer.Actor{}
	for si, s := range sents {
		fill(s)
		matches[si] = x.gaz.MatchIn(raw, keys, lang, bare)
		if si == 0 {
			if st.home = x.datelineCountry(toks[s.First:s.Last], matches[0]); st.home != nil {
				matches[0] = x.gaz.MatchIn(raw, keys, lang, bare)
			}
		}
		for k := range matches[si] {
			gm := &matches[si][k]
			if gm.Actor == nil || gm.Actor.Type != gazetteer.Person || gm.End-gm.Start != 1 {
				continue
			}
			if gm.Alias { // (the gazetteer read the alias: gazetteer.aliases)
				aliases[keys[gm.Start]] = gm.Actor
			} else if a := aliases[keys[gm.Start]]; a != nil && a != gm.Actor && gm.Phrase == gm.Start {
				gm.Actor = a
			}
		}
		for _, gm := range matches[si] {
			if a := gm.Actor; a != nil && gm.Kind == gazetteer.KindInstitution && a.Institution != "" && gm.Of != nil {
				named[a.Institution] = gm.Of
			}
		}
		if st.lr.Delegates(keys) {
			for _, gm := range matches[si] {
				if a := gm.Actor; a != nil && a.Type == gazetteer.Person && !gm.Modifier && a.Country != "" {
					if st.delegCountries == nil {
						st.delegCountries = map[string]bool{}
					}
					st.delegCountries[a.Country] = true
				}
			}
		}
		for _, gm := range matches[si] {
			if a := gm.Actor; a != nil && a.ID != "" && a.Type == gazetteer.Person && !gm.Modifier &&
				(gm.Kind == gazetteer.KindExact || gm.Kind == gazetteer.KindInflected) {
				if st.named == nil {
					st.named, st.fullNamed = map[*gazetteer.Actor]bool{}, map[*gazetteer.Actor]bool{}
				}
				st.named[a] = true
				if gm.End-gm.Start >= 2 {
					st.fullNamed[a] = true
				}
			}
		}
	}
	// The document's mentions are about as many as the gazetteer's, with some pronouns and
	// groups: room for them at once saves growing the slice sentence by sentence.
	n := 0
	for _, gms := range matches {
		n += len(gms)
	}
	res.Mentions = make([]Mention, 0, n+8)
	for si, s := range sents {
		fill(s)
		n0 := len(res.Triples)
		ms := st.resolve(si, s, raw, keys, matches[si])
		st.describers(si, s, keys, ms)
		st.dateline = st.datelineLen(s, ms) // (mentions' tokens and types are settled now)
		if !s.Noise {
			st.relations(si, s, raw, keys, ms)
		} else if trace != nil {
			trace(si, &rules.Sentence{Language: lang}, nil, ms)
		}
		if !s.Noise {
			st.bilateralSigners(si, keys, n0)
			st.followUp(si, s, keys, ms)
			st.insteadOf(si, keys, n0)
		}
		if st.lr.CallsOff(keys) {
			st.calledOffSent = si + 1 // (1 + the sentence: 0 is none)
		}
		st.remember(si, s, keys, ms)
		if !s.Noise {
			st.gather(si, keys, ms)
			st.hostJoins(si, s.First, raw, keys, ms)
		}
		res.Mentions = append(res.Mentions, ms...)
		st.noteDelegates(s.First, keys, ms)
	}
	st.byDelegates()
	return res
}

// describers makes modifiers of the mentions of sentence si that only describe: the place of a
// dateline ("SINGAPUR (dpa) - Sie lächelten, … und sprachen einander nicht an"), and the
// country or body told with a delegation someone named leads, before the noun or between it and
// the phrase of leading ("A bipartisan U.S. Congressional delegation led by Michael McCaul met
// …", "a delegation from the bloc ECOWAS led by …": who leads it is the party).
func (st *state) describers(si int, s Sentence, keys []string, ms []Mention) {
	st.lr.LedDelegations(keys, func(d, lead int) {
		if !slices.ContainsFunc(ms, func(m Mention) bool {
			return m.Actor != nil && m.Actor.Type == gazetteer.Person && m.Phrase >= s.First+lead && m.Phrase <= s.First+lead+3
		}) {
			return // "the Russian delegation under pressure from Kyiv": no one leads it here
		}
		for k := range ms {
			if m := &ms[k]; m.Last < s.First+lead && m.First >= s.First+d-5 && (m.Actor == nil || m.Actor.Type != gazetteer.Person) {
				m.Modifier = true
			}
		}
	})
	if si > 0 && st.toks[s.First].NewlinesBefore == 0 {
		return // a dateline opens a line
	}
	n := datelineEnd(st.toks[s.First:s.Last])
	in := func(m Mention) bool { return m.First < s.First+n }
	place := func(m Mention) bool {
		return m.Actor != nil && (m.Actor.Type == gazetteer.City || m.Actor.Type == gazetteer.Country || m.Actor.Type == gazetteer.Place)
	}
	if n == 0 || slices.ContainsFunc(ms, func(m Mention) bool { return in(m) && !place(m) && m.Actor != nil && m.Actor.Type != gazetteer.Media }) {
		return
	}
	for k := range ms {
		if in(ms[k]) && place(ms[k]) {
			ms[k].Modifier = true
		}
	}
}

// datelineLen returns the number of tokens of the dateline that opens sentence s: one that
// opens a line and names a place or a news agency and no other actor, or is written in
// capitals ("NAIROBI (Al Jazeera) -", "WESTERLAND –"; not "Frieden – das sei das Ziel"); else 0.
func (st *state) datelineLen(s Sentence, ms []Mention) int {
	if s.First > 0 && st.toks[s.First].NewlinesBefore == 0 {
		return 0
	}
	n := datelineEnd(st.toks[s.First:s.Last])
	named := false
	for _, m := range ms {
		if m.First < s.First || m.First >= s.First+n || m.Actor == nil {
			continue
		}
		switch m.Actor.Type {
		case gazetteer.City, gazetteer.Country, gazetteer.Place, gazetteer.Media:
			named = true
		default:
			return 0
		}
	}
	// (Or a place the data lacks, written in capitals: "WESTERLAND –".)
	if !named && (n == 0 || slices.ContainsFunc(st.toks[s.First:s.First+n-1], func(t tokenize.Token) bool { return isWord(t.Text) && !allCaps(t.Text) })) {
		return 0
	}
	return n
}

// traceFunc receives each sentence as the rules saw it. rs is valid only during the call (the
// extractor reuses it for the next sentence); cands and ms may be kept.
type traceFunc func(si int, rs *rules.Sentence, cands []int, ms []Mention)

// state is what the pipeline remembers while it reads one document.
type state struct {
	x             *Extractor
	doc           *Document
	lang          string
	lr            *rules.LangRules // the rules' grammar of lang, nil if it has none
	toks          []tokenize.Token
	res           *Result
	salience      map[*gazetteer.Actor]int    // mentions so far, by party
	order         []*gazetteer.Actor          // parties in the order they were first named
	lastSeen      map[*gazetteer.Actor]int    // sentence of the last full mention
	metaMap       map[string]any              // the triples' meta, once built
	subjects      []*gazetteer.Actor          // each sentence's first person outside a prepositional phrase, for pronouns
	phraseFirst   []*gazetteer.Actor          // each sentence's first person not in subjects (in such a phrase or after it), for a pronoun no subject fits
	prevPeople    []*gazetteer.Actor          // the people of the sentence before, in order, for demonstratives
	titled        []Mention                   // people mentioned with a title, for role nouns
	titleWords    []string                    // the word right before each titled name: its title as written
	pairs         [][2]*gazetteer.Actor       // parties of meetings and agreements so far
	lastPairSent  int                         // the sentence that told the last of pairs
	between       int                         // 1 + the index in pairs of the last pair told as "between X and Y", or 0
	betweenSent   int                         // its sentence
	guestPair     int                         // 1 + the index in pairs of the last pair of two who met a third together, or 0
	trio          [][2]*gazetteer.Actor       // the pairs of meetings told at trioAt, for guestPair
	trioAt        [2]int                      // their sentence and trigger
	events        []event                     // the meetings told so far, in order
	said          []saying                    // scratch space for a sentence's statements (see spokeLater)
	speakers      []*gazetteer.Actor          // the people who speak at the gathering the sentence relations read names
	absent        []*gazetteer.Actor          // those that sentence says stayed away from the meeting just told
	gatherAt      int                         // where that sentence names a gathering, or -1 (see rules.GatheringAt)
	gatherPresent bool                        // and whether a presence word places someone at it
	reported      []reportedPair              // meetings told as reported, for a denial after them
	curSent       int                         // the sentence relations is reading
	trace         traceFunc                   // set by Explain
	cover         []bool                      // scratch space of resolve
	sentMentions  []Mention                   // scratch space of resolve: the sentence's mentions (see mentionBuffer)
	rs            rules.Sentence              // scratch space of relations: the sentence the rules read
	cands         []int                       // and the index in ms of each of its mentions
	seen          map[tripleKey]bool          // and the triples it added
	unknown       []rules.Mention             // the sentence's role nouns no one could be found for
	guest         *gazetteer.Actor            // the object of the last meeting: "der Gast", "the visitor"
	host          *gazetteer.Actor            // its subject: "der Gastgeber", "the host"
	hostAt        [2]int                      // the sentence and trigger that told them
	guests        []*gazetteer.Actor          // the objects told there
	hostCleared   bool                        // others met as equals since: no host or guest told
	owners        []*gazetteer.Actor          // who a counterpart role noun may belong to (see resolve)
	surnames      map[string]*gazetteer.Actor // last words of the names of people the data lacks, met with a title
	unknowns      map[string]*gazetteer.Actor // people the data lacks, by name: one actor per name in a document
	named         map[*gazetteer.Actor]bool   // people of the gazetteer the article names anywhere
	fullNamed     map[*gazetteer.Actor]bool   // those of them it names with more than one word
	// delegCountries are the countries of people the article names anywhere in a sentence
	// that says who led or belonged to a delegation (see LangRules.Delegates): their
	// delegates, noted when that sentence is read, stand for them (byDelegates).
	delegCountries map[string]bool
	groupMemo      map[int][]*gazetteer.Actor // a bare "both" after a preposition, resolved once, by its first token (groupActors)
	counted        map[int]countedGroup       // the last group of people of each count of three or more resolved (resolveGroup)
	listed         []*gazetteer.Actor         // the last list of named people ("X und Y"), for "they" with no meeting
	listSent       int                        // its sentence
	countries      map[string]bool            // ISO codes of the countries named so far, as actors or adjectives
	anyList        []*gazetteer.Actor         // the last list of named parties of any type, for "the three ministers"
	anySent        int                        // its sentence
	delegates      map[string][]delegate      // by ISO code: the people who led or belonged to each country's delegation
	home           *gazetteer.Actor           // the country of the dateline's place, if any
	dateline       int                        // the current sentence's dateline length (datelineLen)
	signers        []*gazetteer.Actor         // the parties of the last sentence's asserted agreements
	witnesses      []*gazetteer.Actor         // the people the sentence names as witnesses (rules.LangRules.Witnesses)
	signedSent     int                        // that sentence
	accords        []accord                   // every agreement with a country for a party, with its sentence
	calledOffSent  int                        // 1 + the last sentence that called something off, or 0
}

// partyOfListed resolves the short name of a party that several countries have ("Grüne") by
// the other parties of the sentence: listed with the SPD it is Germany's, with the ÖVP
// Austria's.
func partyOfListed(gm gazetteer.Mention, gms []gazetteer.Mention) *gazetteer.Actor {
	var found *gazetteer.Actor
	for _, c := range gm.Candidates {
		if !c.PoliticalParty || c.Country == "" {
			return nil
		}
		for _, o := range gms {
			if o.Actor != nil && o.Actor != c && o.Kind != gazetteer.KindShort && o.Actor.PoliticalParty && o.Actor.Country == c.Country {
				if found != nil && found != c {
					return nil // parties of both countries named
				}
				found = c
			}
		}
	}
	return found
}

// resolve turns the gazetteer's mentions of sentence si into document mentions: short names
// need an earlier full mention, role nouns are resolved, pronouns and groups are added.
func (st *state) resolve(si int, s Sentence, raw, keys []string, gms []gazetteer.Mention) []Mention {
	out := st.mentionBuffer(len(gms) + 2)
	covered := st.scratch(len(keys))
	st.unknown = st.unknown[:0]
	// The countries this sentence names count already for its acronyms: "Vertreter der
	// sudanesischen Armee und der paramilitärischen RSF" (the Rapid Support Forces).
	for _, gm := range gms {
		st.noteCountry(gm.Actor)
	}
	listEnd, listTitle := -1, "" // the end of "the leaders of China", whose list may go on
	listOrigin := false          // and whether its countries say only where they come from ("aus", "from")
	listHead := -1               // the index in out of that role mention
	for _, gm := range gms {
		m := Mention{Sentence: si, First: s.First + gm.Start, Last: s.First + gm.End, Phrase: s.First + gm.Phrase,
			Actor: gm.Actor, Kind: string(gm.Kind), Title: gm.Title, Of: gm.Of, Modifier: gm.Modifier,
			Possessive: gm.Possessive, Confidence: gm.Confidence}
		// An honorific opens the name's phrase, as a title would: "escorted Mr. Assoumani to the
		// table".
		if gm.Phrase == gm.Start {
			m.Phrase = s.First + honorificStart(keys, gm.Start)
		}
		// "the leaders of China, India and Brazil": India and Brazil are leaders too.
		if gm.Kind != gazetteer.KindRole && !gm.Modifier && gm.Actor != nil &&
			(gm.Actor.Type == gazetteer.Country || gm.Actor.Type == gazetteer.Organization) &&
			listEnd >= 0 && onlyListWords(st.lr, keys[listEnd:gm.Phrase]) {
			m.Kind, m.Title, m.Of = string(gazetteer.KindRole), listTitle, gm.Actor
			listEnd = gm.End
			// A list names countries, the people holding the title in each only when the
			// article names them too ("… Außenminister Deutschlands, Russlands … Steinmeier
			// nach Beratungen mit Lawrow …"): the head, too, is its country or a named holder.
			// (Parties describe the people, unnamed: "Politiker von SPD und Grünen"; so do the
			// countries they come from: "seine Amtskollegen aus Litauen und Lettland".)
			p := st.namedHolder(listTitle, gm.Actor)
			if p == nil && (listOrigin || st.personOnly(listTitle) && gm.Actor.Type != gazetteer.Country) {
				m.Modifier = true
				out = append(out, m)
				continue
			}
			if p != nil {
				m.Actor = p
			}
			if listHead >= 0 && out[listHead].Of != nil && !(st.personOnly(listTitle) && out[listHead].Of.Type != gazetteer.Country) {
				if p := st.namedHolder(listTitle, out[listHead].Of); p != nil {
					out[listHead].Actor = p
				} else {
					out[listHead].Actor, out[listHead].Confidence = out[listHead].Of, 0.6
				}
				listHead = -1
			}
		} else if gm.Kind == gazetteer.KindRole && gm.OfAfter {
			listEnd, listTitle, listHead, listOrigin = gm.End, gm.Title, -1, gm.OfOrigin && !st.originStands(keys, gm)
		} else if !gm.Modifier {
			listEnd = -1
		}
		switch gm.Kind {
		case gazetteer.KindShort:
			if a := st.givenNameFirst(raw, keys, gm); a != nil {
				// "Jorge Rodriguez" is no Rodríguez the data knows.
				first := s.First + givenNameStart(raw, keys, gm.Start-1)
				m.Actor, m.Kind, m.First, m.Phrase = a, string(gazetteer.KindTitle), first, min(m.Phrase, first)
				break
			}
			// "Mr. Biden" after "President Biden and the first lady, Jill Biden" is he.
			cands := gm.Candidates
			if g, _ := honorificBefore(keys, gm.Start); g != "" {
				cands = slices.DeleteFunc(slices.Clone(cands), func(a *gazetteer.Actor) bool { return otherGender(a, g) })
			}
			m.Actor = st.shortName(cands, gm.End-gm.Start == 1 && fold.IsAcronym(raw[gm.Start]))
			if m.Actor == nil {
				// "Joav Gallant": a given name of the person before the short form, in a
				// spelling of the full name the data lacks, names them in full.
				if a := st.ownGivenName(raw, keys, gm); a != nil {
					first := s.First + gm.Start - 1
					m.Actor, m.Kind, m.First, m.Phrase = a, string(gazetteer.KindExact), first, min(m.Phrase, first)
				}
			}
			if m.Actor == nil {
				// Named in full earlier in this sentence: "President Xi Jinping, and Xi and Biden".
				for k := len(out) - 1; k >= 0 && m.Actor == nil; k-- {
					if o := &out[k]; o.Actor != nil && !o.Modifier && o.Last-o.First >= 2 && slices.Contains(gm.Candidates, o.Actor) {
						m.Actor = o.Actor
					}
				}
			}
			if m.Actor == nil {
				m.Actor = partyOfListed(gm, gms)
			}
			if m.Actor == nil && gm.Title != "" {
				m.Actor = st.titledShort(gm, raw)
				// The office held on the day names them as well as the full name: after
				// "President Clinton", "Clinton" is he.
				if slices.Contains(gm.Candidates, m.Actor) {
					st.lastSeen[m.Actor] = si
				}
			}
			// (Not after a rank: "Hauptmann Abraham Sipe" is no "Abraham".)
			if gender, hon := gazetteer.Honorific(keys[gm.Phrase]); m.Actor == nil && gm.Title == "" && gm.Phrase < gm.Start && hon {
				m.Actor, m.Kind = honorificShort(gm, raw, gender)
			}
		case gazetteer.KindRole:
			// "ein Regierungssprecher", "a spokesman": someone, not the one named before.
			bare := st.barePlural(raw, keys, gm) || st.countedRole(keys, gm)
			indefinite := gm.Phrase > 0 && st.lr.Indefinite(keys[gm.Phrase-1]) || bare
			// "Deputy U.S. Ambassador": another office than the ambassador's.
			deputy := slices.ContainsFunc(keys[gm.Phrase:gm.Start], func(k string) bool { return deputies[k] })
			// "Gastgeber war Uruguays Präsident Luis Lacalle Pou": the name after "war" is who
			// the role is, not whoever held it in the text before.
			// (The name's phrase begins right after the verb: "The president is meeting Putin"
			// has an auxiliary.)
			// ("Gastgeber war der türkische Außenminister Hakan Fidan": an article may come first.)
			after := gm.End + 1
			if after < len(keys) && st.lr.Article(keys[after]) {
				after++
			}
			// personPhraseAt reports whether a person's phrase (no role's) begins at token p.
			personPhraseAt := func(p int) bool {
				return slices.ContainsFunc(gms, func(n gazetteer.Mention) bool {
					return n.Phrase == p && n.Actor != nil && n.Actor.Type == gazetteer.Person && n.Kind != gazetteer.KindRole
				})
			}
			predicative := gm.End+1 < len(keys) && st.lr.Copula(keys[gm.End]) && personPhraseAt(after)
			// "Ali Shamkhani, secretary of Iran's Supreme National Security Council,", "Wang Yi,
			// China's top diplomat,": a role in apposition to the person just named is that
			// person, neither the council nor another holder of the title.
			// (Not when a coordinator and another person's phrase follow it: "Joe Biden, France's
			// president and Britain's prime minister" is a list; "vice president of the Commission
			// and also Commissioner for Transport" is not.)
			var appositive *gazetteer.Actor
			listGoesOn := gm.End+1 < len(keys) && st.lr.Coordinator(keys[gm.End]) && slices.ContainsFunc(gms, func(n gazetteer.Mention) bool {
				return n.Phrase == gm.End+1 && (n.Kind == gazetteer.KindRole || (n.Actor != nil && n.Actor.Type == gazetteer.Person))
			})
			// (After an article too, when a comma closes the role: "Ali Shamkhani, the secretary
			// of …, Musaed al-Aiban and Wang Yi"; not "Echoing Rice, the prime minister said".)
			// (A short bracket may close the role first: "the deputy head of the Transitional
			// Military Council (TMC), and Ahmed al-Rabie".)
			p := gm.Phrase
			if e := afterBrackets(keys, gm.End, len(keys)); p >= 3 && st.lr.Article(keys[p-1]) && !st.lr.Indefinite(keys[p-1]) && e < len(keys) && keys[e] == "," {
				p--
			}
			if p >= 2 && keys[p-1] == "," && !listGoesOn {
				for _, o := range out {
					if o.Last == s.First+p-1 && o.Actor != nil && o.Actor.Type == gazetteer.Person && !o.Modifier {
						appositive = o.Actor
					}
				}
			}
			// A role that opens the sentence with a name in apposition after it names that person,
			// no one told before: "Gastgeber, der rumänische Außenminister Bogdan Aurescu, sprach
			// von …" after a meeting Stoltenberg hosted (the name is the party).
			apposedAfter := false
			if appositive == nil && gm.Phrase <= 1 && gm.End+1 < len(keys) && keys[gm.End] == "," {
				// (An article after the comma needs a title or description before the name: "der
				// rumänische Außenminister Bogdan Aurescu"; in "Der Präsident, der Xi Jinping, Modi und
				// Lula traf," it is a relative pronoun.)
				apposedAfter = slices.ContainsFunc(gms, func(n gazetteer.Mention) bool {
					return n.Actor != nil && n.Actor.Type == gazetteer.Person && !n.Modifier && n.End < len(keys) && keys[n.End] == "," &&
						n.Phrase > gm.End && st.lr.OnlyArticles(keys, gm.End+1, n.Phrase) && (n.Phrase == gm.End+1 || n.Phrase < n.Start)
				})
			}
			switch {
			case apposedAfter:
			case appositive != nil:
				m.Actor = appositive
			case gm.Portfolio && gm.Of != nil && !indefinite && !deputy && !predicative && !st.lr.Former(keys[gm.Phrase:gm.End]) && !st.lr.PluralTitle(keys[gm.End-1]):
				// "sagte der Industrieminister der Emirate": a portfolio the data has no title for
				// is the one minister of that country the article named before, if it named one.
				if a := st.onlyNamedHolder(gm.Title, gm.Of); a != nil {
					m.Actor = a
				}
			case !gm.Portfolio && !indefinite && !deputy && !predicative && st.lr.Former(keys[gm.Phrase:gm.End]) && !st.lr.PluralTitle(keys[gm.End-1]):
				// "sagte der frühere britische Premierminister", "der Ex-Premier": someone the
				// article named who held the title before.
				gender, _ := st.lr.RoleRef(raw, keys, gm.Phrase, gm.Start, gm.End)
				if gender == "" && st.lang == "de" && !strings.HasSuffix(keys[gm.End-1], "in") {
					gender = "m" // "der frühere Bundeskanzler": German writes "die frühere Kanzlerin" of a woman
				}
				m.Actor = st.formerHolder(gm.Title, gm.Of, gender)
			case !gm.Portfolio && !indefinite && !deputy && !predicative && !st.lr.Former(keys[gm.Phrase:gm.End]) && !(st.lr.PluralTitle(keys[gm.End-1]) && !gm.OfAfter) &&
				!st.lr.InCapacity(raw, keys, gm.Phrase) && !st.collective(gm.Title):
				gender, ref := st.lr.RoleRef(raw, keys, gm.Phrase, gm.Start, gm.Head)
				// (A counterpart's owner is someone named before it in its sentence, else in the
				// sentence before: "Lloyd Austin later met his German counterpart".)
				st.owners = st.owners[:0]
				for _, o := range out {
					if o.Actor != nil && !o.Modifier && o.Actor.Type == gazetteer.Person && o.Last <= s.First+gm.Phrase {
						st.owners = append(st.owners, o.Actor)
					}
				}
				if len(st.owners) == 0 {
					st.owners = append(st.owners, st.prevPeople...)
				}
				visit := gm.Title == "host" || gm.Title == "guest" // who the text is about
				if gm.OfOrigin && !visit && !st.originStands(keys, gm) {
					// (A host or a guest is who the text is about: "seinen Gast aus Paris".)
					// "his counterparts from the United Arab Emirates, …, Sheikh Abdullah bin
					// Zayed": the holder the article names, else no one, like the items of its
					// list; but one definite holder is the one named before, "aus" being the
					// verb's ("Wie der Kanzler aus China mitteilte").
					if m.Actor = st.namedHolder(gm.Title, gm.Of); m.Actor == nil && ref {
						if m.Actor = st.roleNoun(gm.Title, nil, keys[gm.Head-1], gender); m.Actor == nil {
							m.Actor = st.roleHolder(gm.Title, gender)
						}
					}
					break
				}
				of := gm.Of
				if t := st.x.gaz.Title(gm.Title); of == nil && t != nil && t.Of != "" && ref && gm.Phrase == gm.Start {
					// A title of one body only, with its article and nothing else: "the pontiff"
					// is the Holy See's (not "the Coptic pope", nor the surname in "Pope said").
					of = st.x.gaz.Actor(t.Of)
				}
				m.Actor = st.roleNoun(gm.Title, of, keys[gm.End-1], gender)
				if gm.OfOrigin && gm.Of != nil && gm.Of.Country != "" && (m.Actor == nil || m.Actor.Country != gm.Of.Country) {
					// "Der Gast aus Kiew": the person of that country the text is about, when the
					// guest told before is from elsewhere. (Only a feminine noun says the gender:
					// "den Gast aus Berlin" may be the chancellor Angela Merkel.)
					g := gender
					if g != "f" {
						g = ""
					}
					if a, _ := st.namedWith(g, gm.Of.Country, out, s.First+gm.Phrase, nil); a != nil {
						m.Actor = a
					}
				}
				if visit && m.Actor != nil && st.lr.NameApposed(raw, keys, gm.End) {
					// "Die Gastgeberin, Bundeskanzlerin Angela Merkel,": not the host told before
					// when a name follows in apposition.
					m.Actor = nil
				}
				if m.Actor == nil && gm.Of == nil && ref {
					m.Actor = st.roleHolder(gm.Title, gender)
				}
				if m.Actor == nil && gm.Of == nil && ref && st.home != nil && homeTitles[gm.Title] && gm.Phrase == gm.Start &&
					!st.namesOtherCountry(gms, st.home) {
					// "LONDON (PA) - … were received by the Queen": a monarch the article
					// does not name is the dateline country's, of the title's gender ("the Queen"
					// is no king); not when the sentence names another country ("received by the
					// King in Amman").
					if a := st.roleNoun(gm.Title, st.home, keys[gm.End-1], gender); a != nil && !otherGender(a, st.lr.TitleGender(keys[gm.End-1])) {
						m.Actor = a
					}
				}
				if m.Actor == nil && gm.Of != nil && gm.Of.PoliticalParty && ref {
					// "der ÖVP-Chef", "die Grünen-Vorsitzende": of the party's members named so
					// far, the one named most (the data knows few party offices).
					m.Actor, _ = st.namedWith(gender, "", nil, 0, func(p *gazetteer.Actor) bool { return p.MemberOf == gm.Of.ID })
				}
			}
			// (Not when a person named in apposition follows, whom the role describes: "des
			// Vermittlers der Afrikanischen Union, Nigerias Ex-Präsident Olusegun Obasanjo".)
			// (Nor when the body's own name closes the role first: "Der Direktor des
			// US-Geheimdienstes CIA, Mike Pompeo,".)
			apposed := func() bool {
				end := gm.End
				if i := slices.IndexFunc(gms, func(n gazetteer.Mention) bool {
					return n.Phrase == gm.End && n.Actor != nil && n.Actor.Type == gazetteer.Organization
				}); i >= 0 {
					end = gms[i].End
				}
				return end+1 < len(keys) && keys[end] == "," && slices.ContainsFunc(gms, func(n gazetteer.Mention) bool {
					return n.Phrase > end && n.Phrase <= end+4 && !slices.Contains(keys[end+1:n.Phrase], ",") && n.End > n.Start+1 &&
						n.Actor != nil && n.Actor.Type == gazetteer.Person && n.Kind != gazetteer.KindRole
				})
			}
			// (Not one unnamed person of it: "sagte ein Vertreter des Weißen Hauses", "a
			// representative of the ministry said" are anonymous sources.)
			// (A delegation is its body's: "eine Delegation der Afrikanischen Union".)
			oneUnnamed := indefinite && !bare && !slices.ContainsFunc(keys[gm.Start:gm.End], func(k string) bool {
				return st.lr.PluralTitle(k) || st.lr.DelegationNoun(k)
			})
			// (Nor a role right before a person's phrase, which it qualifies: "Russian delegation
			// chief Vladimir Medinsky said".)
			if m.Actor == nil && gm.Of != nil && !bare && !oneUnnamed && !apposed() && !personPhraseAt(gm.End) && (gm.OfAfter || st.speaksFor(gm.Title)) &&
				!(st.personOnly(gm.Title) && gm.Of.Type != gazetteer.Country) && (!gm.OfOrigin || st.originStands(keys, gm)) {
				// "Die Außenminister Deutschlands, Frankreichs und Polens", "the leaders of
				// China, Japan and South Korea", "the State Department spokesperson": no one
				// person, but the country or institution they speak for.
				m.Actor, m.Confidence = gm.Of, 0.6
			}
		}
		if m.Actor == nil {
			if gm.Kind == gazetteer.KindRole {
				st.unknown = append(st.unknown, rules.Mention{Start: gm.Start, End: gm.End, Phrase: gm.Phrase, Type: "unknown"})
			}
			continue
		}
		for i := gm.Phrase; i < gm.End; i++ {
			covered[i] = true
		}
		if gm.Kind == gazetteer.KindRole && gm.OfAfter {
			listHead = len(out)
		}
		out = append(out, m)
	}
	lr := st.lr
	// "Dscheihun Bairamow" where the data knows "Bairamow": in German, a capitalised word right
	// before a person named by one word alone is a given name the data lacks in the German
	// transliteration. (English capitalises weekdays, months and nouns of titles the data lacks
	// before names too often, "on Tuesday Mitsotakis": there only a given name the data knows
	// counts, "Laura Bush" is not George W. Bush.)
	german := st.lang == "de"
	for k := range out {
		m := &out[k]
		i := m.First - s.First - 1
		if i < 0 || isDateWord(keys[i]) || m.Modifier || m.Kind != string(gazetteer.KindExact) || m.Actor == nil || m.Actor.Type != gazetteer.Person ||
			m.Last-m.First != 1 || m.Phrase != m.First || covered[i] || !fold.IsUpper(raw[i]) || !isWord(raw[i]) ||
			lr.FunctionWord(keys[i]) || (k > 0 && out[k-1].Last > m.First-1) || !strings.Contains(m.Actor.Name, " ") ||
			german && (i == 0 || !isWord(raw[i-1])) || !german && (!st.x.gaz.GivenName(keys[i]) || st.x.gaz.GivenLike(m.Actor, keys[i])) {
			continue // (English: "Ibrahim Raisi" is Ebrahim Raisi in another spelling)
		}
		m.First--
		m.Phrase--
		covered[i] = true
		// A role right before is this person's title, as it would be before the full name:
		// "Irans Außenamtssprecher Esmaeil Baghai" (the data writes "Esmail Baghai").
		if k > 0 {
			if r := &out[k-1]; r.Kind == string(gazetteer.KindRole) && !r.Modifier && r.Last == m.First && r.Title != "" {
				r.Modifier = true
				m.Phrase, m.Title = r.Phrase, r.Title
			}
		}
		// A given name the data knows, and not this person's, names someone else: "Wolfgang
		// Sobotka" is not Bohuslav Sobotka. (Not the person's own in another transliteration:
		// "Olexij Resnikow" is Oleksii Reznikov.)
		if st.x.gaz.GivenName(keys[i]) && !st.x.gaz.HasNameWord(m.Actor, keys[i]) && !st.x.gaz.GivenLike(m.Actor, keys[i]) {
			a := &gazetteer.Actor{Name: raw[i] + " " + raw[i+1], Type: gazetteer.Person}
			a.Party = a
			m.Actor, m.Kind = a, string(gazetteer.KindTitle)
			// The role noun right before is this person's title: "mit seinem Amtskollegen
			// Wolfgang Sobotka".
			for u, r := range st.unknown {
				if r.End == i {
					m.Phrase = s.First + r.Phrase
					st.unknown = slices.Delete(st.unknown, u, u+1)
					break
				}
			}
		}
	}
	// "vom Oberlandesgericht Wien", "an der Universität Wien": in German, a town right after a
	// noun that is not one of the words that class a name is part of another name.
	for k := range out {
		m := &out[k]
		j := m.First - s.First - 1
		if st.lang != "de" || m.Modifier || m.Actor == nil || m.Actor.Type != gazetteer.City || j < 1 || covered[j] ||
			!fold.IsUpper(raw[j]) || !isWord(raw[j]) || lr.FunctionWord(keys[j]) || lr.Descriptor(keys[j]) || isDateWord(keys[j]) ||
			slices.ContainsFunc(gms, func(g gazetteer.Mention) bool { return g.Start <= j && j < g.End }) || !isWord(raw[j-1]) {
			continue
		}
		m.Modifier = true
	}
	// "die islamistische Hamas", "the Islamist group Hamas", "der Hauptstadt Asmara": the name's
	// phrase begins with the words that describe it, as a person's begins with the title.
	isModifier := func(j int) bool {
		return slices.ContainsFunc(gms, func(g gazetteer.Mention) bool { return g.Modifier && g.Start <= j && j < g.End })
	}
	for k := range out {
		m := &out[k]
		if m.Modifier || m.Phrase != m.First || m.Actor == nil || m.Actor.Type == gazetteer.Person || m.Actor.Type == gazetteer.Media {
			continue
		}
		m.Phrase = s.First + lr.DescribedFrom(raw, keys, m.First-s.First, isModifier) // "der Hauptstadt Asmara" too
	}
	// "mit den Emiraten Katar und Kuwait": a one-word country name right before another
	// country's names them, as a plural noun would; it names no country of its own.
	for k := 0; k+1 < len(out); k++ {
		a, b := &out[k], &out[k+1]
		if !a.Modifier && !b.Modifier && a.Actor != nil && b.Actor != nil && a.Actor.Type == gazetteer.Country && b.Actor.Type == gazetteer.Country &&
			a.Last == b.First && a.Last-a.First == 1 && a.Actor != b.Actor && !fold.IsAcronym(raw[a.First-s.First]) {
			a.Modifier = true
		}
	}
	// "Jordan's King Abdullah II", "Russlands Präsident": a country that qualifies a person
	// named without a title the data knows begins the person's phrase.
	for k := range out {
		m := &out[k]
		// (A rank or an honorific may begin the phrase: "Burkina Fasos Hauptmann Ibrahim Traoré".)
		if m.Modifier || m.Actor == nil || m.Actor.Type != gazetteer.Person {
			continue
		}
		// (Or words that qualify a title the alias begins with: "Jordan's ailing King Hussein".)
		if lead := m.First - m.Phrase; lead > 0 && !(lead == 1 && rankOrHonorific(keys[m.Phrase-s.First])) &&
			!gazetteer.TitleAdjectives(keys[m.Phrase-s.First:m.First-s.First]) {
			continue
		}
		for j := range out {
			q := &out[j]
			// A country named inside another word ("Kremlsprecher") qualifies only that word.
			inWord := func() bool {
				return slices.ContainsFunc(out, func(o Mention) bool { return !o.Modifier && o.First < q.Last && q.First < o.Last })
			}
			if q.Modifier && q.Actor != nil && q.Actor.Type == gazetteer.Country &&
				(q.Last == m.Phrase || (q.Last+1 == m.Phrase && keys[q.Last-s.First] == "'s")) && !inWord() {
				m.Phrase = q.First
				q.Possessive = false // it qualifies the person, owns no noun
			}
		}
	}
	if st.surnames != nil {
		out = st.surnameMentions(si, s, raw, keys, covered, out)
	}
	// "den Reporter Evan Gershkovich", "die Jesidin Murad": a noun the data does not know as a
	// title, right before a person's name, describes the person and begins the phrase.
	taken := func(j int) bool {
		return slices.ContainsFunc(out, func(o Mention) bool { return o.Phrase <= s.First+j && s.First+j < o.Last })
	}
	for k := range out {
		m := &out[k]
		if m.Modifier || m.Possessive || m.Phrase != m.First || m.Actor == nil || m.Actor.Type != gazetteer.Person {
			continue
		}
		m.Phrase = s.First + lr.DescribedPerson(raw, keys, m.First-s.First, taken)
	}
	out = sidesGroups(lr, si, s.First, keys, covered, out)
	// (A phrase that opens the sentence: "After talks with Zelensky, he"; not "Talks with
	// Zelensky went well, and he".)
	fronted := false
	dl := datelineEnd(st.toks[s.First:s.Last]) // where the sentence opens, past a dateline
	if dl < len(keys) {
		fronted = lr.Preposition(keys[dl]) || lr.TalkPrep(keys[dl])
	}
	// (Nor a companion in a phrase that opens it: "Gemeinsam mit dem Erzbischof von
	// Canterbury, Justin Welby, wurde er … empfangen", "Together with Ruto, he". A companion is
	// named after "with" or "and", or set off by commas: not the subject after the phrase,
	// "Together with Macron, Scholz travelled to Kyiv, where he met Zelensky".)
	companions := dl < len(keys) && lr.CompanionAt(keys, dl)
	companion := func(m Mention) bool {
		e := m.Last - s.First
		for _, b := range []int{m.Phrase - s.First, m.First - s.First} {
			if st.withObject(keys, b) || b >= 1 && lr.Coordinator(keys[b-1]) ||
				b >= 1 && keys[b-1] == "," && e < len(keys) && (keys[e] == "," || lr.Coordinator(keys[e])) {
				return true
			}
		}
		return false
	}
	for i, k := range keys {
		if i+1 < len(keys) && !covered[i+1] && fold.IsUpper(raw[i+1]) && lr.Article(k) {
			// "der Republikaner", "the Social Democrat": the party's member the text is about;
			// not before a name ("der Republikaner Mitt Romney"), nor a plural.
			if n, parties := st.x.gaz.MemberAt(st.lang, keys, i+1); n > 0 && !slices.Contains(covered[i+1:i+1+n], true) &&
				!(i+1+n < len(keys) && fold.IsUpper(raw[i+1+n]) && isWord(keys[i+1+n])) && lr.NounEnds(keys, i+1+n) {
				if gender, ok := lr.RoleRef(raw, keys, i+1, i+1, i+1+n); ok {
					a, _ := st.namedWith(gender, "", out, s.First+i, func(p *gazetteer.Actor) bool {
						return slices.ContainsFunc(parties, func(q *gazetteer.Actor) bool { return p.MemberOf == q.ID })
					})
					if a != nil {
						out = insert(out, Mention{Sentence: si, First: s.First + i, Last: s.First + i + 1 + n, Phrase: s.First + i,
							Actor: a, Kind: "pronoun", Confidence: 0.7})
						for j := i; j < i+1+n; j++ {
							covered[j] = true
						}
						continue
					}
				}
			}
		}
		// (An indefinite article opens a reference back only before a sequel word: "an einer
		// anschließenden Gesprächsrunde"; see EventRef.)
		refers := lr.Refers(k)
		if covered[i] || !refers && !lr.Indefinite(k) {
			continue
		}
		if n := lr.EventRef(keys, i); n > 0 {
			// "bei der Zeremonie", "the signing": the meeting just told, as a party of a meeting.
			ev, ok := st.gathering(si, lastPart(keys[i+n-1]))
			// (With none told, a phrase of taking part that opens the sentence names it for those
			// it goes on to put there: "Die EU und Tunesien unterzeichneten eine Erklärung. An der
			// Zeremonie nahmen von der Leyen, Meloni und Saied teil." So does the object of a verb
			// of taking part or hosting in a relative clause: "NATO leaders agreed … Rutte, who
			// chaired the summit, said …"; the gathering of a main clause's verb opens otherwise
			// (see gather).)
			if !ok && i > 0 {
				v, _ := lr.AttendsAt(keys, i+n-1)
				ok = i-1 == dl && lr.PartIn(keys[i-1]) || v >= 1 && v == i-1 && lr.Relative(keys[v-1])
			}
			if ok && !slices.Contains(covered[i:i+n], true) {
				out = insert(out, Mention{Sentence: si, First: s.First + i, Last: s.First + i + n, Phrase: s.First + i,
					Kind: "group", Plural: true, Event: true, Parties: ev, Confidence: 0.7})
				for j := i; j < i+n; j++ {
					covered[j] = true
				}
			}
			continue
		}
		if !refers {
			continue
		}
		// ("die Unterhändler", "the negotiators" are the delegates of talks: only in an article
		// that names delegates, not the leaders of a call.)
		if n := lr.PluralGroup(raw, keys, i); n > 0 && !covered[i] && (!lr.SidesNoun(keys[i+n-1]) || len(st.delegCountries) > 0) {
			// "The leaders also agreed", "Die Staats- und Regierungschefs verabschiedeten": the
			// parties of the meeting just told.
			if ev := st.recentEvent(si); len(ev) >= 2 {
				// Those of them who hold the title the noun names: "die Präsidenten" after a
				// meeting of two presidents and their foreign ministers; none when only one does
				// ("Biden met Kishida. …, the presidents said"). (A title no one holds as an
				// office says nothing of who: "welcomed his guests".)
				if t := st.groupTitle(&Mention{First: s.First + i, Last: s.First + i + n}); t != "" &&
					slices.ContainsFunc(ev, func(a *gazetteer.Actor) bool { return st.holds(a, t) }) {
					ev = slices.DeleteFunc(ev, func(a *gazetteer.Actor) bool { return !st.holds(a, t) })
				}
				if len(ev) >= 2 {
					out = addGroup(out, covered, si, s.First, i, n, ev)
					continue
				}
			}
		}
		// (Or after the subject's finite auxiliary: "Gastgeber, der weißrussische Präsident
		// Lukaschenko, hatte sie empfangen".)
		afterAux := i >= 2 && lr.FiniteAux(keys[i-1])
		subjEnd := s.First + i
		if afterAux {
			subjEnd--
			if keys[i-2] == "," {
				subjEnd--
			}
		}
		if lr.SingularOrPlural(k) && i > 0 && !fold.IsUpper(raw[i]) && slices.ContainsFunc(out, func(m Mention) bool {
			if m.Last != subjEnd || m.Actor == nil || m.Actor.Type != gazetteer.Person || m.Modifier {
				return false
			}
			// (After the auxiliary only a subject, not a fronted object: "mit (dem russischen
			// Präsidenten) Putin hatte sie telefoniert", "den Präsidenten Putin hatte sie
			// getroffen" are she.)
			if afterAux {
				j := m.Phrase - s.First - 1
				for j >= 0 && (lr.Article(keys[j]) || !fold.IsUpper(raw[j]) && isWord(keys[j]) && !lr.Preposition(keys[j]) && j < m.Phrase-s.First-1) {
					if lr.ObjectArticle(keys[j]) {
						return false
					}
					j--
				}
				if j >= 0 && lr.Preposition(keys[j]) || lr.ObjectArticle(keys[m.Phrase-s.First]) {
					return false
				}
			}
			return true
		}) {
			// "Merkel, Hollande, Putin und Poroschenko verhandelten, wo Gastgeber Lukaschenko sie
			// empfangen hatte": "sie" right after the clause's subject is its object; after
			// several people named together in the sentence, it is they.
			// (Not when a woman named after them is the one: "Biden und Macron lobten Ursula von
			// der Leyen, nachdem Scholz sie empfangen hatte".)
			if l := listBefore(lr, keys, s.First, out, s.First+i-1); len(l) >= 2 && allOfType(l, gazetteer.Person) &&
				!slices.ContainsFunc(out, func(m Mention) bool {
					return m.Last < s.First+i && m.Actor != nil && m.Actor.Gender == "f" && !slices.Contains(l, m.Actor)
				}) {
				out = addGroup(out, covered, si, s.First, i, 1, l)
				continue
			}
			// After a count of people that opens the sentence, the people of a list of that many
			// in the two sentences before: "Merkel, Hollande, Putin und Poroschenko verständigten sich. Die vier
			// hatten im Palast beraten, wo Gastgeber Lukaschenko sie begrüßt hatte."
			if st.anySent >= si-2 && len(st.anyList) >= 2 && allOfType(st.anyList, gazetteer.Person) && slices.ContainsFunc(out, func(m Mention) bool {
				return m.Kind == "group" && m.Parties == nil && m.Last <= s.First+i && m.First == s.First+dl &&
					lr.GroupSize(keys[m.First-s.First:m.Last-s.First]) == len(st.anyList)
			}) {
				out = addGroup(out, covered, si, s.First, i, 1, slices.Clone(st.anyList))
				continue
			}
		}
		if lr.PluralPronoun(keys, i) && !(i > 0 && fold.IsUpper(raw[i])) {
			// "they", "verabschiedeten sie": the parties named together just before in the
			// sentence ("Duda und Nausėda reisen nach Kiew, wo sie …"), else those of the
			// meeting just told, else those named together in the sentence before.
			// (Those named together in the sentence before come first when the meeting was told
			// earlier still and one of them took part in it: "… wo er mit Duda zusammengetroffen
			// war. Duda sowie die Präsidenten A, B und C brechen nach Kiew auf. Dort sollen sie von
			// Selenskyj empfangen werden"; not a list of others: "Biden met Xi. McConnell and
			// McCarthy criticised the invitation. They agreed …" is Biden and Xi.)
			var parties []*gazetteer.Actor
			listedLast := st.listSent == si-1 && len(st.listed) >= 2
			ev := st.recentEvent(si)
			listFirst := listedLast && !st.eventIn(si-1) && slices.ContainsFunc(st.listed, func(a *gazetteer.Actor) bool { return slices.Contains(ev, a) })
			if l := listBefore(lr, keys, s.First, out, s.First+i); l != nil {
				parties = l
			} else if ev != nil && !listFirst {
				parties = ev
			} else if listedLast {
				parties = st.listed
			}
			if parties != nil {
				out = addGroup(out, covered, si, s.First, i, 1, parties)
			}
			continue
		}
		n := lr.Group(keys, i)
		if n == 0 {
			n = lr.BareGroup(raw, keys, i)
			if n > 0 {
				// "Macron and Scholz briefed Xi, and both said …": a bare "both", "die beiden"
				// after two people named together in the sentence are those two; not people a
				// preposition governs ("Im Beisein von Franziskus und Ban unterzeichneten die
				// beiden").
				// (After a preposition, not the subject just before: "Merkel und Maas sprachen
				// mit beiden" did not speak with themselves.)
				at := s.First + i
				if i > 0 && lr.Preposition(keys[i-1]) {
					if l := listBefore(lr, keys, s.First, out, at); len(l) == 2 {
						at = firstOf(out, l, at)
					}
				}
				if l := listBefore(lr, keys, s.First, out, at); len(l) == 2 && lr.GroupSize(keys[i:i+n]) <= 2 && allOfType(l, gazetteer.Person) && !governedList(lr, keys, s.First, out, l) {
					out = addGroup(out, covered, si, s.First, i, n, l)
					continue
				}
				if n == 1 && i > 0 && st.lang == "en" && !lr.Preposition(keys[i-1]) {
					continue // "Pierce and Hawkins both argued": people the data lacks, not the pair in play
				}
			}
		}
		g := i // where the genitive opens: "der beiden Golfstaaten", "der beiden Länder" (a group from "beiden")
		if g > 1 && lr.Article(keys[g-1]) && !lr.Article(keys[g-2]) {
			g--
		}
		if n > 0 && g > 0 && lr.NounGenitive(raw[g-1], keys[g-1], keys[g]) && slices.ContainsFunc(st.unknown, func(u rules.Mention) bool { return u.End == g }) &&
			namesAfter(keys, out, s.First, i+n) {
			// "die Außenminister der beiden Golfstaaten, A und B": whose the roles are, which
			// the names after them hold; no party. (Not "Die Präsidenten der drei Länder riefen
			// auf": with no names after, the group is who.)
			continue
		}
		if n > 0 {
			m := Mention{Sentence: si, First: s.First + i, Last: s.First + i + n, Phrase: s.First + i, Kind: "group", Confidence: 0.8}
			out = insert(out, m)
			for j := i; j < i+n; j++ {
				covered[j] = true
			}
			continue
		}
		if gender, cc := lr.Demonym(raw, keys, i); cc != "" && !covered[i+1] {
			// "Der Russe wiederum behauptete": the person of that country the text is about.
			if a := st.epithet(gender, cc, nil, 0, out, s.First+i); a != nil {
				out = insert(out, Mention{Sentence: si, First: s.First + i, Last: s.First + i + 2, Phrase: s.First + i,
					Actor: a, Kind: "pronoun", Confidence: 0.7})
				covered[i], covered[i+1] = true, true
			}
			continue
		}
		if n, gender := lr.Epithet(raw, keys, i); n > 0 && !covered[i+n-1] {
			// "sagte der SPD-Politiker", "the 86-year-old said": the person the text is about.
			// (A party before the hyphen stays a modifier mention inside it, and says whose
			// country the person is from.)
			country, party := "", (*gazetteer.Actor)(nil)
			for _, m := range out {
				if m.Modifier && m.Actor != nil && m.First >= s.First+i && m.Last <= s.First+i+n {
					country = m.Actor.Country
					if m.Actor.PoliticalParty {
						party = m.Actor
					}
				}
			}
			if a := st.epithet(gender, country, party, epithetAge(keys[i:i+n]), out, s.First+i); a != nil {
				out = insert(out, Mention{Sentence: si, First: s.First + i, Last: s.First + i + n, Phrase: s.First + i,
					Actor: a, Kind: "pronoun", Confidence: 0.7})
				for j := i; j < i+n; j++ {
					covered[j] = true
				}
			}
			continue
		}
		if gender, ok := lr.Demonstrative(raw, keys, i); ok {
			if a := st.demonstrative(gender, out, s.First+i); a != nil {
				out = insert(out, Mention{Sentence: si, First: s.First + i, Last: s.First + i + 1, Phrase: s.First + i,
					Actor: a, Kind: "pronoun", Confidence: 0.7})
			}
			continue
		}
		gender, ok := lr.Pronoun(k)
		if !ok || (i > 0 && fold.IsUpper(raw[i]) && gender == "f") {
			continue // "Sie" inside a sentence is the polite "you"
		}
		// (Not someone named inside a quotation before it: "„I have spoken to Chirac," he said";
		// but a short one is a title: "the book „Angela Merkel: Freedom“, she said".)
		inside := inQuote(keys, i)
		object := lr.ObjectPronoun(k)
		if object && gender == "f" && st.possessive(raw, keys, i) {
			continue
		}
		// (Nor, for a subject, someone met in the phrase before it: "After talks with Zelensky,
		// he insisted" is the other party.)
		// (Nor the speaker of a reporting clause that opens the sentence, when the main clause
		// names a person before the pronoun: "Wie sein Sprecher Altun mitteilte, wurde Erdoğan
		// empfangen, bevor er mit Mohammed bin Salman zusammentraf".)
		rc := st.reportingOpener(keys, dl, i)
		rcNamed := rc > 0 && slices.ContainsFunc(out, func(n Mention) bool {
			return n.First-s.First > rc && n.First-s.First < i && !n.Modifier && n.Actor != nil && n.Actor.Type == gazetteer.Person &&
				fitsPerson(n.Actor, gender) && n.Kind != "pronoun"
		})
		skip := func(m Mention) bool {
			at := m.First - s.First
			return !inside && inQuote(keys, at) && quoteLen(keys, at) > 5 || !object && fronted && st.withObject(keys, m.Phrase-s.First) ||
				!object && companions && at > dl+1 && at < i && companion(m) || rcNamed && at < rc
		}
		// (With no one before it to refer to, a pronoun may refer to the person named next.)
		a := st.pronoun(gender, out, s.First+i, object, skip)
		if a == nil {
			a = st.cataphor(keys, out, s.First, i, gender, object)
		}
		if a != nil {
			out = insert(out, Mention{Sentence: si, First: s.First + i, Last: s.First + i + 1, Phrase: s.First + i,
				Actor: a, Kind: "pronoun", Confidence: 0.8})
		}
	}
	out = st.offices(si, s, keys, out)
	appositionNames(lr, out, keys, s.First)
	describedBodies(lr, st.lang, out, raw, keys, s.First)
	followersOf(lr, out, keys, s.First)
	// A person the data lacks named twice ("Horst Seehofer … Horst Seehofer") is one actor.
	for k := range out {
		a := out[k].Actor
		if a == nil || a.ID != "" || a.Type != gazetteer.Person {
			continue
		}
		if st.unknowns == nil {
			st.unknowns = map[string]*gazetteer.Actor{}
		}
		// "Mr Frost" after "David Frost, Director General of the BCC": the person of the data
		// the article named in full, though the data gives the name no short form.
		if !strings.Contains(a.Name, " ") {
			// (Not of the other gender: "Mrs Frost" is not David Frost.)
			g, _ := honorificBefore(keys, out[k].Last-s.First-1)
			if p, _ := st.surname(fold.String(a.Name)); p != nil && p.ID != "" && !otherGender(p, a.Gender) && !otherGender(p, g) {
				out[k].Actor = p
				continue
			}
		}
		if prev := st.unknowns[a.Name]; prev != nil {
			out[k].Actor = prev
		} else if prev := st.unknownByLastWords(a.Name); prev != nil {
			// "Foreign Minister Ojo Maduekwe … Mr Maduekwe", "Dr Ahmed Al Tayeb … Dr Al Tayeb".
			out[k].Actor = prev
			st.unknowns[a.Name] = prev
		} else {
			st.unknowns[a.Name] = a
		}
	}
	st.sentMentions = out
	return out
}

// mentionBuffer returns an empty slice with room for n mentions, for resolve to build a
// sentence's mentions in. extract copies them into the result before the next sentence, so one
// buffer serves every sentence of a document; a trace (Explain) keeps each sentence's mentions,
// so with a trace every sentence gets a slice of its own.
func (st *state) mentionBuffer(n int) []Mention {
	if st.trace != nil || cap(st.sentMentions) < n {
		return make([]Mention, 0, n)
	}
	return st.sentMentions[:0]
}

// unknownByLastWords returns the one person the data lacks named before in full whose name ends
// in the words of name ("Ojo Maduekwe" for "Maduekwe"), or nil when there is none or more than one.
func (st *state) unknownByLastWords(name string) *gazetteer.Actor {
	var found *gazetteer.Actor
	for full, a := range st.unknowns {
		if strings.HasSuffix(full, " "+name) && a != found {
			if found != nil {
				return nil
			}
			found = a
		}
	}
	return found
}

// deputies are the words before a title that make it a deputy's ("Deputy U.S. Ambassador",
// "der stellvertretende Außenminister"); a title of its own ("Vice President") is no deputy's
// (German and English together).
var deputies = map[string]bool{"deputy": true, "vice": true, "stellvertretende": true, "stellvertretender": true,
	"stellvertretenden": true, "vize": true}

// barePlural reports whether role mention gm is a plural without a determiner, some people
// rather than someone in particular: "nur amerikanische und saudische Vertreter", "Saudi and
// U.S. officials". (A German singular role noun needs an article; the bare ones before a name
// are titles, which the gazetteer joins to the name.)
func (st *state) barePlural(raw, keys []string, gm gazetteer.Mention) bool {
	for j := gm.Phrase - 1; j >= 0 && j >= gm.Phrase-4; j-- {
		if st.lr.Article(keys[j]) || st.lr.Possessive(keys[j]) || st.lr.RoleArticle(keys[j]) {
			return false // "der als gemäßigt geltende frühere Präsident", "vom russischen Präsidenten"
		}
	}
	if st.lang == "de" {
		return gm.Phrase < gm.Start && !fold.IsUpper(raw[gm.Phrase])
	}
	last := keys[gm.End-1]
	return gm.Phrase < gm.Start && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// collective reports whether title is written of several people at once (gazetteer
// Title.Collective).
func (st *state) collective(title string) bool {
	t := st.x.gaz.Title(title)
	return t != nil && t.Collective
}

// countedRole reports whether role mention gm ends a counted group phrase ("die vier Staats- und
// Regierungschefs", "the two presidents"): several people, whom the group refers to, not one.
func (st *state) countedRole(keys []string, gm gazetteer.Mention) bool {
	for j := max(gm.Phrase-3, 0); j < gm.Phrase; j++ {
		if n := st.lr.Group(keys, j); n > 0 && j+n == gm.End {
			return true
		}
	}
	return false
}

// sidesGroups adds a group of the countries whose adjectives, two or more joined, stand before
// a plural noun of countries or of those who stand for them ("Russian and Ukrainian
// negotiators met", "russische und ukrainische Unterhändler"): the countries' sides.
func sidesGroups(lr *rules.LangRules, si, first int, keys []string, covered []bool, ms []Mention) []Mention {
	adjective := func(m Mention) bool {
		return m.Modifier && m.Kind == string(gazetteer.KindAdjective) && m.Actor != nil && m.Actor.Type == gazetteer.Country
	}
	for k := 0; k < len(ms); k++ {
		if !adjective(ms[k]) {
			continue
		}
		parties, last := []*gazetteer.Actor{ms[k].Actor.Party}, k
		for n := k + 1; n < len(ms) && adjective(ms[n]); n++ {
			// Only a comma or a coordinator between: "Russian, Ukrainian and Turkish".
			between := keys[ms[last].Last-first : ms[n].First-first]
			if len(between) != 1 || (between[0] != "," && !lr.Coordinator(between[0])) {
				break
			}
			parties, last = append(parties, ms[n].Actor.Party), n
		}
		i, e := ms[k].First-first, ms[last].Last-first
		// (Only a subject, opening its sentence or clause, after an article, a coordinator or
		// subordinator, or one word: "Blinken spoke by phone with Israeli and Palestinian
		// officials" did not make the two sides meet.)
		opens := i == 0 || !isWord(keys[i-1]) || lr.Article(keys[i-1]) || lr.ClauseWord(keys[i-1]) ||
			(i == 1 || i >= 2 && !isWord(keys[i-2])) // one word first: "Senior Saudi and Iranian officials held talks"
		if len(parties) < 2 || !opens || e >= len(keys) || !lr.SidesNoun(keys[e]) || !lr.Coordinator(keys[ms[last].First-first-1]) || covered[e] {
			k = last
			continue
		}
		ms = addGroup(ms, covered, si, first, i, e+1-i, parties)
		k = last + 1 // (the group was inserted after the first adjective, which has the same First)
	}
	return ms
}

// addGroup inserts into ms a group mention of the n tokens at sentence index i (the sentence
// begins at token first) that refers to parties, and marks its tokens covered.
func addGroup(ms []Mention, covered []bool, si, first, i, n int, parties []*gazetteer.Actor) []Mention {
	ms = insert(ms, Mention{Sentence: si, First: first + i, Last: first + i + n, Phrase: first + i,
		Kind: "group", Plural: true, Parties: parties, Confidence: 0.7})
	for j := i; j < i+n; j++ {
		covered[j] = true
	}
	return ms
}

// allOfType reports whether every actor of as is of type t.
func allOfType(as []*gazetteer.Actor, t gazetteer.Type) bool {
	return !slices.ContainsFunc(as, func(a *gazetteer.Actor) bool { return a.Type != t })
}

// governedList reports whether a preposition stands right before the phrase of the mention of
// the first party of list l ("im Beisein von Franziskus und Ban").
func governedList(lr *rules.LangRules, keys []string, first int, ms []Mention, l []*gazetteer.Actor) bool {
	for _, m := range ms {
		if m.Actor != nil && m.Actor.Party == l[0] && !m.Modifier {
			// (Not "between": "a meeting between Rubio and Lavrov …, after the two men spoke";
			// nor "with": "held talks with X and Y before bringing the two together".)
			p := m.Phrase - first - 1
			return p >= 0 && lr.Preposition(keys[p]) && !lr.BetweenWord(keys[p]) && !lr.With(keys[p])
		}
	}
	return false
}

// listBefore returns the parties of the last list of named actors ("X und Y", "X, Y and Z")
// that ends before token end, or nil. keys are the sentence's, which begins at token first.
func listBefore(lr *rules.LangRules, keys []string, first int, ms []Mention, end int) []*gazetteer.Actor {
	var run, last []*gazetteer.Actor
	prev := -1
	for k := range ms {
		m := &ms[k]
		if m.Last > end {
			break
		}
		if m.Actor == nil || m.Modifier || !m.named() || !isParty(m.Actor.Party.Type) {
			continue
		}
		from := -1 // where the words between the last item and this one begin
		if prev >= 0 && ms[prev].Last <= m.Phrase {
			from = afterBrackets(keys, ms[prev].Last-first, m.Phrase-first)
		}
		if from >= 0 && (onlyListWords(lr, keys[from:m.Phrase-first]) || rolesBetween(lr, keys, first, ms, first+from, m.Phrase) ||
			m.Actor.Party.Type == gazetteer.Person && ms[prev].Actor.Party.Type == gazetteer.Person && lr.DescribedItem(keys, from, m.Phrase-first, func(j int) bool {
				return slices.ContainsFunc(ms, func(o Mention) bool { return o.Modifier && o.First <= first+j && first+j < o.Last })
			})) {
			run = append(run, m.Actor.Party)
		} else {
			run = []*gazetteer.Actor{m.Actor.Party}
		}
		if len(run) >= 2 {
			last = run
		}
		prev = k
	}
	return last
}

// originStands reports whether role mention gm, holders of a title "from" a country, stands
// for the country as holders "of" it do: a plural title no one owns ("Senior officials from
// Saudi Arabia and Iran held talks"); not "his counterparts from Bahrain and Egypt", people
// the owner meets, nor a German title, whose plural its ending does not show.
func (st *state) originStands(keys []string, gm gazetteer.Mention) bool {
	if !gm.OfOrigin || gm.Of == nil || gm.Of.Type != gazetteer.Country || gm.Head < 1 || !st.lr.PluralTitle(keys[gm.Head-1]) {
		return false
	}
	for j := max(gm.Phrase-1, 0); j < gm.Start; j++ {
		if _, owner := st.lr.OfficeOwner(keys[j]); owner || st.lr.Possessive(keys[j]) || keys[j] == "'s" {
			return false
		}
	}
	return true
}

// firstOf returns where the mention of l[0], the first item of list l ending by end, begins
// among mentions ms; end if none.
func firstOf(ms []Mention, l []*gazetteer.Actor, end int) int {
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.Last <= end && m.Actor != nil && !m.Modifier && m.Actor.Party == l[0] {
			return m.First
		}
	}
	return end
}

// afterBrackets returns where the words after a list item begin once a short bracket right
// after it is passed: "Olaf Scholz (SPD), Emmanuel Macron und Mario Draghi". The bracket must
// close before to and hold at most four words; else from.
func afterBrackets(keys []string, from, to int) int {
	if from >= to || keys[from] != "(" {
		return from
	}
	for j := from + 1; j < to && j <= from+5; j++ {
		if keys[j] == ")" {
			return j + 1
		}
	}
	return from
}

// isParty reports whether actors of type t take part in meetings: people, countries and
// organizations, not cities or regions.
func isParty(t gazetteer.Type) bool {
	return t == gazetteer.Person || t == gazetteer.Country || t == gazetteer.Organization
}

// rankOrHonorific reports whether key is a rank ("Hauptmann", "General") or an honorific
// ("Herr", "Mr"), which may open a person's phrase before the name.
func rankOrHonorific(key string) bool {
	_, hon := gazetteer.Honorific(key)
	return hon || gazetteer.Rank(key)
}

// honorificShort resolves a short name after an honorific that no full mention before
// explains ("Mr Williams", with no Stephanie Williams named): a person the data lacks, as "Mr
// Peston" is. Taking the one person the data knows by that name would be a guess: in British
// news of 2005, "Mr Howard" is Michael, not John Howard of Australia. gender is the honorific's.
func honorificShort(gm gazetteer.Mention, raw []string, gender string) (*gazetteer.Actor, string) {
	a := &gazetteer.Actor{Name: strings.Join(raw[gm.Start:gm.End], " "), Type: gazetteer.Person, Gender: gender}
	a.Party = a
	return a, string(gazetteer.KindTitle)
}

// namedInOffice reports whether the article has named person a with a title a holds on its
// date: "President Biden" (not "Innenminister Sobotka" for the Czech prime minister).
func (st *state) namedInOffice(a *gazetteer.Actor) bool {
	return slices.ContainsFunc(st.titled, func(m Mention) bool {
		return m.Actor == a && slices.ContainsFunc(a.Roles, func(r gazetteer.Role) bool {
			return r.Title == m.Title && st.current(r)
		})
	})
}

// honorificStart returns where the honorific before the name at token i begins ("Mr." in "Mr.
// Assoumani"), or i when there is none.
func honorificStart(keys []string, i int) int {
	if _, hon := honorificBefore(keys, i); !hon {
		return i
	}
	if keys[i-1] == "." {
		return i - 2
	}
	return i - 1
}

// honorificBefore returns the gender of an honorific right before token i ("Mr", "Mr."), "" for
// one of no gender ("Dr."), and whether there is one.
func honorificBefore(keys []string, i int) (string, bool) {
	j := i - 1
	if j >= 1 && keys[j] == "." {
		j--
	}
	if j < 0 {
		return "", false
	}
	return gazetteer.Honorific(keys[j])
}

// otherGender reports whether person a is known to be of another gender than g ("m" or "f").
func otherGender(a *gazetteer.Actor, g string) bool {
	return g != "" && a.Gender != "" && a.Gender != g
}

// surname returns the person the data lacks whose last name is key, or in German its
// genitive ("Medinskis"), and whether key is that genitive.
func (st *state) surname(key string) (a *gazetteer.Actor, genitive bool) {
	a, known := st.surnames[key]
	if !known && st.lang == "de" && strings.HasSuffix(key, "s") {
		return st.surnames[key[:len(key)-1]], true
	}
	return a, false
}

// surnameMentions adds the mentions of people the data lacks by their last name alone, after
// the text introduced them with a title and their full name: "Kremlberater Wladimir Medinski
// … Medinski zeigte sich zufrieden". In English a capitalised word before it makes it part of
// another name ("Anna Medinski"); German capitalises every noun, so there it does not.
func (st *state) surnameMentions(si int, s Sentence, raw, keys []string, covered []bool, out []Mention) []Mention {
	// A last name the data gives someone the article never names in full is the person the
	// article introduced: "Bundespräsident Hans-Rudolf Merz … Merz verteidigte" is not
	// Friedrich Merz.
	for k := range out {
		m := &out[k]
		if m.Actor == nil || m.Actor.ID == "" || m.Actor.Type != gazetteer.Person || m.Title != "" || m.Last-m.First != 1 || st.fullNamed[m.Actor] {
			continue
		}
		// (Not one the article has named already by an office they hold: "President Biden and
		// the first lady, Jill Biden … Biden said"; unless an honorific says the writer does not
		// mean the office holder's short form: "Dr. Biden" is the first lady.)
		a, _ := st.surname(keys[m.First-s.First])
		if a == nil || a == m.Actor.Party {
			continue
		}
		if g, hon := honorificBefore(keys, m.First-s.First); !(st.namedInOffice(m.Actor) && !hon) && !otherGender(a, g) {
			m.Actor, m.Kind = a, string(gazetteer.KindShort)
		}
	}
	for i, k := range keys {
		if covered[i] || !fold.IsUpper(raw[i]) {
			continue
		}
		a, gen := st.surname(k)
		// A given name before it that is not this person's names someone else: "Georg
		// Ratzinger" after "Joseph Ratzinger".
		if a != nil && i > 0 && !covered[i-1] && fold.IsUpper(raw[i-1]) && len(keys[i-1]) > 3 && st.x.gaz.GivenName(keys[i-1]) &&
			!st.x.gaz.HasNameWord(a, keys[i-1]) {
			continue
		}
		if a == nil || (st.lang != "de" && i > 0 && !covered[i-1] && fold.IsUpper(raw[i-1]) && honorificStart(keys, i) == i) ||
			(i+1 < len(keys) && !covered[i+1] && fold.IsUpper(raw[i+1]) && st.lang != "de") {
			continue
		}
		// "Badawis Ehefrau sagte", "Badawis nach Kanada geflüchtete Ehefrau": a German genitive
		// says whose a noun is; before the noun, it owns it.
		owns := gen && i+1 < len(keys) && isWord(raw[i+1])
		// (A hyphenated last name is one: "Ben-Shabbat" after "Meir Ben-Shabbat".)
		first := i
		if i >= 2 && keys[i-1] == "-" && !covered[i-2] && fold.IsUpper(raw[i-2]) && hyphenedName(a.Name, keys[i-2], k) {
			first = i - 2
		}
		out = insert(out, Mention{Sentence: si, First: s.First + first, Last: s.First + i + 1, Phrase: s.First + honorificStart(keys, first),
			Actor: a, Kind: string(gazetteer.KindShort), Confidence: 0.8, Modifier: gen, Possessive: owns})
		for j := first; j <= i; j++ {
			covered[j] = true
		}
	}
	return out
}

// hyphenedName reports whether name holds the hyphenated word of keys a and b: "Meir
// Ben-Shabbat" holds "ben" "-" "shabbat".
func hyphenedName(name, a, b string) bool {
	ks := tokenize.Keys(name)
	for j := 0; j+2 < len(ks); j++ {
		if ks[j] == a && ks[j+1] == "-" && ks[j+2] == b {
			return true
		}
	}
	return false
}

// namesAfter reports whether a person named in apposition follows token j of the sentence that
// begins at token first, after at most one word: "der beiden Golfstaaten, Abdullah bin Sajid".
func namesAfter(keys []string, ms []Mention, first, j int) bool {
	if j < len(keys) && keys[j] != "," {
		j++
	}
	return j+1 < len(keys) && keys[j] == "," && slices.ContainsFunc(ms, func(m Mention) bool {
		return m.Phrase == first+j+1 && m.Actor != nil && m.Actor.Type == gazetteer.Person && m.named()
	})
}

// describedBodies makes a body a modifier when lower-case words that a descriptor noun ends
// follow it, then another body's name: "the U.N. refugee agency UNHCR said" (UNHCR speaks, the
// U.N. describes it); in English also when words of a role follow it, then a person's name
// ("EU climate commissioner Wopke Hoekstra").
func describedBodies(lr *rules.LangRules, lang string, ms []Mention, raw, keys []string, first int) {
	for k := 0; k+1 < len(ms); k++ {
		m, n := &ms[k], ms[k+1]
		if !m.Modifier && m.Actor != nil && n.Actor != nil && !n.Modifier && n.Actor.Type == gazetteer.Person && n.named() &&
			(m.Actor.Type == gazetteer.Organization || m.Actor.Type == gazetteer.Country) && lang == "en" && roleWords(lr, raw, keys, m.Last-first, n.Phrase-first) {
			// "EU climate commissioner Wopke Hoekstra said": a body before a role the data has
			// no title for, then the person's name, says whose the role is.
			m.Modifier = true
			continue
		}
		if m.Modifier || m.Actor == nil || n.Actor == nil || n.Modifier || n.Actor.Type != gazetteer.Organization ||
			m.Actor.Type != gazetteer.Organization {
			continue
		}
		from, to := m.Last-first, n.Phrase-first
		if to-from < 1 || to-from > 3 || !lr.Descriptor(keys[to-1]) {
			continue
		}
		// (Only nouns and adjectives between: not "Hamas and militant group Islamic Jihad",
		// nor "Gazprom told energy company OMV".)
		if plainWords(lr, raw[from:to], keys[from:to], func(string) bool { return false }) {
			m.Modifier = true
		}
	}
}

// roleWords reports whether tokens [from, to) are one to three English words in lower case that
// name a role: no verb of the rules, of saying or in the past ("climate commissioner", "foreign
// policy chief"; not "Hamas freed hostage …"). (German writes its nouns in capitals.)
func roleWords(lr *rules.LangRules, raw, keys []string, from, to int) bool {
	// (Nor a verb in the present right after the body: "Russia sends envoy X", "Britain thanks
	// president Zelensky".)
	if to-from < 1 || to-from > 3 || strings.HasSuffix(keys[from], "s") && !strings.HasSuffix(keys[from], "ss") {
		return false
	}
	return plainWords(lr, raw[from:to], keys[from:to], func(k string) bool { return lr.Preposition(k) || strings.HasSuffix(k, "ed") })
}

// plainWords reports whether words are in lower case and none is a coordinator, an article, a
// verb of saying or of meeting, nor one that also rejects: the nouns and adjectives of a
// description.
func plainWords(lr *rules.LangRules, raw, keys []string, also func(string) bool) bool {
	return !slices.ContainsFunc(raw, func(w string) bool { return fold.IsUpper(w) || !isWord(w) }) &&
		!slices.ContainsFunc(keys, func(k string) bool {
			return lr.Coordinator(k) || lr.Article(k) || lr.Reports(k) || lr.MeetingVerb([]string{k}) || also(k)
		})
}

// appositionNames finds a plural title's list followed by as many names: "Die Präsidenten
// Russlands, der Türkei und des Irans, Wladimir Putin, Recep Tayyip Erdoğan und Hassan Ruhani,
// …", "The foreign ministers of Greece and Macedonia, Nikos Kotzias and Nikola Dimitrov, …".
// The named people are the parties; the roles, which describe them, become modifiers.
func appositionNames(lr *rules.LangRules, ms []Mention, keys []string, first int) {
	var parties []int
	for k := range ms {
		if !ms[k].Modifier && ms[k].Actor != nil {
			parties = append(parties, k)
		}
	}
	isRole := func(m *Mention) bool { return m.Kind == string(gazetteer.KindRole) && m.Of != nil }
	isName := func(m *Mention) bool { return m.Actor.Type == gazetteer.Person && m.named() }
	gap := func(a, b *Mention) []string {
		if b.Phrase < a.Last {
			return []string{"|"} // overlapping phrases ("Kremlsprecher Kremlsprecher") are no list
		}
		return keys[a.Last-first : b.Phrase-first]
	}
	for x := 0; x < len(parties); {
		// A run of roles of one title, joined as a list.
		y := x + 1
		for y < len(parties) && isRole(&ms[parties[x]]) && isRole(&ms[parties[y]]) && ms[parties[y]].Title == ms[parties[x]].Title &&
			onlyListWords(lr, gap(&ms[parties[y-1]], &ms[parties[y]])) {
			y++
		}
		n := y - x
		if n < 2 || y+n > len(parties) {
			x = y
			continue
		}
		// As many names right after a comma or a dash, joined as a list.
		g := gap(&ms[parties[y-1]], &ms[parties[y]])
		ok := slices.Equal(g, []string{","}) || slices.Equal(g, []string{"—"}) || slices.Equal(g, []string{"–"})
		for z := y; ok && z < y+n; z++ {
			ok = isName(&ms[parties[z]]) && (z == y || onlyListWords(lr, gap(&ms[parties[z-1]], &ms[parties[z]])))
		}
		if ok {
			for z := x; z < y; z++ {
				ms[parties[z]].Modifier = true
			}
		}
		x = y
	}
}

// insert adds m to ms keeping text order.
func insert(ms []Mention, m Mention) []Mention {
	i := len(ms)
	for i > 0 && ms[i-1].First > m.First {
		i--
	}
	ms = append(ms, Mention{})
	copy(ms[i+1:], ms[i:])
	ms[i] = m
	return ms
}

// givenNameFirst returns a person the data lacks when short form gm follows a given name the
// data knows that none of the people the short form may mean bears ("Jorge Rodriguez", with
// Delcy and Bruno Rodríguez in the data); else nil.
func (st *state) givenNameFirst(raw, keys []string, gm gazetteer.Mention) *gazetteer.Actor {
	i := gm.Start - 1
	// (A rank is no given name: "Prinz Mohammed".)
	if i < 0 || gm.Phrase < gm.Start || gm.End-gm.Start != 1 || !fold.IsUpper(raw[i]) || len(keys[i]) < 3 ||
		!st.x.gaz.GivenName(keys[i]) || st.lr.FunctionWord(keys[i]) || gazetteer.Rank(keys[i]) {
		return nil
	}
	for _, c := range gm.Candidates {
		if c.Type != gazetteer.Person || st.x.gaz.HasNameWord(c, keys[i]) {
			return nil
		}
	}
	a := &gazetteer.Actor{Name: strings.Join(raw[givenNameStart(raw, keys, i):i], "") + raw[i] + " " + raw[gm.Start], Type: gazetteer.Person}
	a.Party = a
	return a
}

// ownGivenName returns the one person a one-word short form may mean who has a name with the
// capitalised word right before it and a last word spelled alike, or nil: "Joav Gallant" is
// Yoav Gallant (the data knows "Joav Galant"); "Abu Abbas" is not Mahmoud Abbas ("Abu Mazen").
func (st *state) ownGivenName(raw, keys []string, gm gazetteer.Mention) *gazetteer.Actor {
	i := gm.Start - 1
	if i < 0 || gm.End-gm.Start != 1 || !fold.IsUpper(raw[i]) || !isWord(raw[i]) || len(keys[i]) < 3 || st.lr.FunctionWord(keys[i]) {
		return nil
	}
	var own *gazetteer.Actor
	for _, c := range gm.Candidates {
		if c.Type == gazetteer.Person && st.x.gaz.NameLike(c, keys[i], keys[gm.Start]) {
			if own != nil {
				return nil
			}
			own = c
		}
	}
	return own
}

// givenNameStart returns where the given name before token i begins: "Bernd-Robert" is one.
func givenNameStart(raw, keys []string, i int) int {
	for i >= 2 && keys[i-1] == "-" && fold.IsUpper(raw[i-2]) && isWord(raw[i-2]) {
		i -= 2
	}
	return i
}

// shortName picks, among the actors a short form may mean, one mentioned in full in this
// document: the one mentioned most so far (the article's protagonist: "Kim" after "Kim Jong
// Un … his sister Kim Yo Jong" is Kim Jong Un), of those the most recently named in full; none
// if none was.
func (st *state) shortName(cands []*gazetteer.Actor, acronym bool) *gazetteer.Actor {
	var best *gazetteer.Actor
	bestAt, bestN := -1, 0
	for _, a := range cands {
		at, ok := st.lastSeen[a]
		if n := st.salience[a.Party]; ok && (n > bestN || (n == bestN && at > bestAt)) {
			best, bestAt, bestN = a, at, n
		}
	}
	if best != nil || !acronym {
		return best
	}
	// An organisation's acronym with no full mention before: the one candidate whose country
	// the article has named ("RSF" in an article on Sudan is the Rapid Support Forces, not
	// Reporters sans frontières). People's short names still need their full name first.
	for _, a := range cands {
		if a.Type == gazetteer.Organization && a.Country != "" && st.countries[a.Country] {
			if best != nil {
				return nil
			}
			best = a
		}
	}
	return best
}

// titledShort resolves a short name the document has not introduced when a title comes with
// it: "Verteidigungsminister Klug" is the candidate who held that very office (on the
// document's date, when known; a wider title such as "Minister" is not enough). When no
// candidate did, it is a person the gazetteer lacks, named as written.
func (st *state) titledShort(gm gazetteer.Mention, raw []string) *gazetteer.Actor {
	var found *gazetteer.Actor
	for _, a := range gm.Candidates {
		for _, r := range a.Roles {
			ofOK := gm.Of == nil || r.Of == gm.Of.ID || (gm.Of.Type == gazetteer.Country && r.Of == gm.Of.Country)
			if r.Title == gm.Title && ofOK && st.current(r) {
				if found != nil && found != a {
					return nil // two candidates fit: no guess
				}
				found = a
			}
		}
	}
	if found != nil {
		return found
	}
	a := &gazetteer.Actor{Name: strings.Join(raw[gm.Start:gm.End], " "), Type: gazetteer.Person}
	if gm.Of != nil && gm.Of.Type == gazetteer.Country {
		a.Country = gm.Of.Country
	}
	a.Party = a
	return a
}

// speaksFor reports whether a title speaks for a body ("the State Department spokesperson"),
// which stands for its holder when the holder is not named.
func (st *state) speaksFor(title string) bool {
	t := st.x.gaz.Title(title)
	return t != nil && t.SpeaksFor
}

// personOnly reports whether a title only describes a person ("Politiker", "activist"), who
// never stands for the party or body named after it (the countries of "die Spitzenpolitiker
// Chinas, Japans und Südkoreas" still stand for them).
func (st *state) personOnly(title string) bool {
	t := st.x.gaz.Title(title)
	return t != nil && t.PersonOnly
}

// namedHolder returns the one holder of title in country of on the document's date whom the
// article names somewhere, or nil. A general title is any title it includes ("die Staats- und
// Regierungschefs Frankreichs und Deutschlands": a president or a chancellor; "the leaders of
// Japan": the prime minister), but only one person: with Merkel and Steinmeier both named, no
// one (the country stands). A counterpart of a country is the one person named who holds an
// office of it that the counterpart's owners hold too (st.owners; see sameOffice).
func (st *state) namedHolder(title string, of *gazetteer.Actor) *gazetteer.Actor {
	if of == nil || of.Type != gazetteer.Country || st.doc.Date == "" || len(st.named) == 0 {
		return nil
	}
	var found *gazetteer.Actor
	one := func(a *gazetteer.Actor) bool { // false on a second person
		if found != nil && found != a {
			return false
		}
		found = a
		return true
	}
	switch {
	case title == "counterpart":
		for a := range st.named {
			if st.serves(a, of) && (len(st.owners) == 0 || st.sameOffice(a, st.owners)) && !one(a) {
				return nil
			}
		}
	default:
		keys := []string{title}
		if t := st.x.gaz.Title(title); t != nil {
			keys = t.Keys()
		}
		for _, k := range keys {
			for _, a := range st.x.gaz.Holders(k, of.Country, st.doc.Date) {
				if st.named[a] && !one(a) {
					return nil
				}
			}
		}
	}
	return found
}

// roleNoun resolves "der russische Präsident": a person this document already named with that
// title; else a person it named who held that role (on the document's date, when known); else,
// when the document's date is known, the one person who held the role then. Without a date, the
// gazetteer's current office holders are not guessed: an old article would get today's minister.
// word is the role noun as written (folded): of the people named with the title, one whose title
// was written alike comes first. gender is the gender the role noun says: "f" ("die
// Bundespräsidentin") excludes men; any other is ignored, for a masculine or neuter noun may
// name a woman too ("das Staatsoberhaupt").
func (st *state) roleNoun(title string, of *gazetteer.Actor, word, gender string) *gazetteer.Actor {
	// (A masculine form may name a woman too, "der Minister", unless the word is a man's
	// title: "the king" is no queen.)
	if g := st.lr.TitleGender(word); g != "" {
		gender = g
	} else if gender != "f" {
		gender = ""
	}
	fits := func(a *gazetteer.Actor) bool { return !otherGender(a, gender) }
	switch title {
	case "guest":
		if st.guest == nil && !st.hostCleared && len(st.subjects) > 0 {
			// No meeting told yet: the visitor the sentence before was about ("Li Qiang ist zu
			// Besuch in Australien. Albanese empfing den Gast").
			if a := st.lastSubject(); a != nil && fits(a) {
				return a
			}
			return nil
		}
		if st.guest != nil && fits(st.guest) {
			return st.guest
		}
		return nil
	case "host":
		// (Not of the other gender: after "Obama ist mit Merkel zusammengekommen", "die
		// Gastgeberin" is no Obama.)
		if st.host != nil && fits(st.host) {
			return st.host
		}
		return nil
	case "counterpart":
		// "die deutsche Amtskollegin", "his French counterpart": no one holds the title; the
		// last person of that country named who holds an office that someone of another
		// country in play holds too (a foreign minister's counterpart is a foreign minister:
		// after "Macron called Scholz", Austin's German counterpart is not Scholz).
		if of != nil && of.Type == gazetteer.Country {
			owners := slices.DeleteFunc(slices.Clone(st.owners), func(a *gazetteer.Actor) bool { return a.Country == of.Country })
			var last *gazetteer.Actor
			for a, at := range st.lastSeen {
				if a.Type == gazetteer.Person && a.Country == of.Country && fits(a) && st.sameOffice(a, owners) &&
					(last == nil || at > st.lastSeen[last] || (at == st.lastSeen[last] && a.ID < last.ID)) {
					last = a
				}
			}
			return last
		}
	}
	g := st.x.gaz
	// The last person named with the title, written alike when one was: after "Bundespräsident
	// Heinz Fischer" and "dem iranischen Präsidenten Hassan Rohani", "der Bundespräsident" is
	// Fischer.
	var other *gazetteer.Actor
	for i := len(st.titled) - 1; i >= 0; i-- {
		m := st.titled[i]
		if g.Covers(title, m.Title) && (of == nil || m.Of == of) && fits(m.Actor) {
			// (Written alike: the same word, inflected, or a compound of it: "Präsident" is
			// "Bundespräsident" too, and "Sprecher" "Innenministeriumssprecher".)
			if w := st.titleWords[i]; w != "" && (strings.Contains(w, word) || strings.HasPrefix(word, w)) {
				return m.Actor
			}
			if other == nil {
				other = m.Actor
			}
		}
	}
	if other != nil {
		return other
	}
	if of == nil {
		return nil
	}
	key := of.ID
	if of.Type == gazetteer.Country {
		key = of.Country
	}
	if t := g.Title(title); t != nil && t.Of != "" && of.Type != gazetteer.Country {
		key = t.Of // "der EU-Kommissionspräsident" holds his title of the Commission
	}
	var named *gazetteer.Actor
	for a, at := range st.lastSeen {
		for _, r := range a.Roles {
			// The most recently named holder; in one sentence, the first id (maps have no order).
			if g.Covers(title, r.Title) && r.Of == key && st.current(r) && fits(a) &&
				(named == nil || at > st.lastSeen[named] || (at == st.lastSeen[named] && a.ID < named.ID)) {
				named = a
			}
		}
	}
	if named != nil {
		return named
	}
	if st.doc.Date == "" {
		return nil
	}
	if t := g.Title(title); t != nil && t.Many && of.Type == gazetteer.Country {
		return nil // (a body's own ambassador or envoy may be the one)
	}
	if hs := g.Holders(title, key, st.doc.Date); len(hs) == 1 && fits(hs[0]) {
		return hs[0]
	}
	return nil
}

// onlyNamedHolder returns the one person the article named so far who holds, on the
// document's date, a title that title covers of the country or body of; nil when it named none
// or more than one.
func (st *state) onlyNamedHolder(title string, of *gazetteer.Actor) *gazetteer.Actor {
	if st.doc.Date == "" {
		return nil
	}
	key := of.ID
	if of.Type == gazetteer.Country {
		key = of.Country
	}
	var found *gazetteer.Actor
	for a := range st.lastSeen {
		if a.Type == gazetteer.Person && slices.ContainsFunc(a.Roles, func(r gazetteer.Role) bool {
			return st.x.gaz.Covers(title, r.Title) && r.Of == key && r.Holds(st.doc.Date)
		}) {
			if found != nil {
				return nil
			}
			found = a
		}
	}
	return found
}

// namesOtherCountry reports whether the sentence's gazetteer mentions gms name a country, or a
// city in one, other than home.
func (st *state) namesOtherCountry(gms []gazetteer.Mention, home *gazetteer.Actor) bool {
	return slices.ContainsFunc(gms, func(m gazetteer.Mention) bool {
		a := m.Actor
		return a != nil && (a.Type == gazetteer.Country || a.Type == gazetteer.City) && a.Country != "" && a.Country != home.Country
	})
}

// homeTitles are the titles that, bare and unnamed, are the dateline country's ("the Queen"
// in a London dispatch).
var homeTitles = map[string]bool{"monarch": true}

// roleHolder resolves a role noun with no country ("sagte der Kanzler", "the prime minister
// said"): the person of that gender this document named last who held the role on its date.
// Without a date, no one: the role may be one the person held years before or after.
func (st *state) roleHolder(title, gender string) *gazetteer.Actor {
	if st.doc.Date == "" {
		return nil
	}
	var named *gazetteer.Actor
	for a, at := range st.lastSeen {
		if gender != "" && a.Gender != "" && a.Gender != gender {
			continue
		}
		for _, r := range a.Roles {
			// The most recently named; in one sentence, the first id (maps have no order).
			if st.x.gaz.Covers(title, r.Title) && r.Holds(st.doc.Date) &&
				(named == nil || at > st.lastSeen[named] || (at == st.lastSeen[named] && a.ID < named.ID)) {
				named = a
			}
		}
	}
	return named
}

// clauseSubject guesses the subject of the clause of an object pronoun at token i, from the
// people of its sentence before it: the last of them, unless a
// comma stands between (the pronoun opens another clause: "besuchte die AU, wo ihn Faki
// empfing") or a coordinator does (a verb with the first person's elided subject: "Putin met
// Xi and thanked him").
func (st *state) clauseSubject(sofar []Mention, i int) *gazetteer.Actor {
	var last, firstP *Mention
	for k := range sofar {
		m := &sofar[k]
		if m.First >= i || m.Modifier || m.Actor == nil || m.Actor.Type != gazetteer.Person {
			continue
		}
		if firstP == nil {
			firstP = m
		}
		last = m
	}
	if last == nil {
		return nil
	}
	closed := false
	for j := last.Last; j < i; j++ {
		switch k := st.toks[j].Key; {
		case k == "," && j == last.Last && j+1 < i && st.lr.Relative(st.toks[j+1].Key):
			// A relative clause after the person, closed by a comma, is looked through: "Sharif,
			// who was celebrating his birthday, greeted him".
			c := j + 1
			for c < i && st.toks[c].Key != "," {
				c++
			}
			if c == i {
				return nil
			}
			j = c
		case k == "," && !closed && apposed(last, sofar):
			// The comma closes a role in apposition to the person named before it: "Der
			// Kronprinz Mohammed bin Salman, Gastgeber des Gipfeltreffens, begrüßte ihn". Only
			// that comma: a later one opens another clause ("…, sagte, Washington habe ihn
			// gewarnt").
			closed = true
		case k == "," && j == last.Last && j+1 < i && st.lr.Article(st.toks[j+1].Key) && !st.lr.Relative(st.toks[j+1].Key):
			// A noun phrase in apposition after the person, closed by a comma, is looked
			// through: "Mohammed bin Salman, the host of the summit, greeted him".
			c := j + 1
			for c < i && c-j <= 8 && st.toks[c].Key != "," && !st.lr.ClauseWord(st.toks[c].Key) {
				c++
			}
			if c == i || st.toks[c].Key != "," {
				return nil
			}
			j = c
		case k == "," || k == ";" || k == ":":
			return nil
		case st.lr.Coordinator(k):
			return firstP.Actor
		}
	}
	return last.Actor
}

// reportingOpener returns the comma that closes a reporting clause opening the sentence at
// token dl (a clause word, then a verb of saying before the first comma: "Wie sein Sprecher
// mitteilte,", "As his office said,"), when that comma stands before token i; else 0.
func (st *state) reportingOpener(keys []string, dl, i int) int {
	if dl >= min(i, len(keys)) || !st.lr.ClauseWord(keys[dl]) || st.lr.Coordinator(keys[dl]) || st.lr.Article(keys[dl]) {
		return 0
	}
	c := slices.Index(keys[dl:min(i, len(keys))], ",")
	if c < 0 || !slices.ContainsFunc(keys[dl:dl+c], st.lr.Reports) {
		return 0
	}
	return dl + c
}

// apposed reports whether mention m is a role set off by a comma right after a mention by name
// of the same person, among sofar.
func apposed(m *Mention, sofar []Mention) bool {
	return m.Kind == string(gazetteer.KindRole) && slices.ContainsFunc(sofar, func(n Mention) bool {
		return n.Actor == m.Actor && n.Last+1 == m.Phrase && n.named()
	})
}

// pronoun resolves a pronoun at token i: the first person named earlier in this sentence (not
// inside a quotation the pronoun is outside of: quoted),
// else the first person of the closest earlier sentence that named one, of a matching gender
// when the gazetteer knows it. An object pronoun is not its clause's subject (clauseSubject):
// "Moon empfing ihn" receives someone else, "Dodik sagte, Putin habe ihm zugesichert" too.
func (st *state) pronoun(gender string, sofar []Mention, i int, object bool, skip func(m Mention) bool) *gazetteer.Actor {
	fits := func(a *gazetteer.Actor) bool { return fitsPerson(a, gender) }
	var subject *gazetteer.Actor
	if object {
		subject = st.clauseSubject(sofar, i)
	}
	for _, m := range sofar {
		if m.First >= i || m.Modifier || m.Actor == nil || m.Actor.Type != gazetteer.Person || skip(m) {
			continue
		}
		if fits(m.Actor) && m.Actor != subject {
			return m.Actor
		}
	}
	for j := len(st.subjects) - 1; j >= 0 && j >= len(st.subjects)-3; j-- {
		if fits(st.subjects[j]) && st.subjects[j] != subject {
			return st.subjects[j]
		}
		// "Von der Bundeskanzlerin liegt eine Stellungnahme vor, in der sie dem Präsidenten
		// gratulierte. Sie sagte": a person in a phrase when the subject does not fit.
		if fits(st.phraseFirst[j]) && st.phraseFirst[j] != subject {
			return st.phraseFirst[j]
		}
	}
	return nil
}

// cataphor resolves a subject pronoun at token i (of a sentence whose first token is first)
// that nothing before it resolves and that opens a fronted subordinate clause, right after its
// subordinator, to the person named first in the main clause after it, when no other word than
// the main clause's verb stands before that name: "Nachdem sie Kibaki getroffen hatte, ist
// Bundeskanzlerin Angela Merkel in Angola eingetroffen", "After he met Kibaki, Chancellor Olaf
// Scholz flew on". Else nil.
func (st *state) cataphor(keys []string, ms []Mention, first, i int, gender string, object bool) *gazetteer.Actor {
	lr := st.lr
	d := datelineEnd(st.toks[first : first+len(keys)])
	if object || i != d+1 || !lr.ClauseWord(keys[d]) || lr.Coordinator(keys[d]) || lr.Article(keys[d]) {
		return nil
	}
	// The comma that closes the subordinate clause: the first after which a person stands
	// who is no item of a list ("After he met Kibaki, Museveni and Kagame in Nairobi, Scholz
	// flew on": not Museveni).
	for c := i + 1; c < len(keys); c++ {
		if keys[c] != "," {
			continue
		}
		item := false // the person after this comma is an item of a list in the subordinate clause
		for k, m := range ms {
			at, end := m.Phrase-first, m.Last-first
			if m.Modifier || m.First-first <= c || m.Actor == nil {
				continue
			}
			// (The verb of a German main clause comes first: "…, ist Merkel eingetroffen".)
			if at > c+2 || at == c+2 && !isWord(keys[c+1]) || m.Actor.Type != gazetteer.Person {
				return nil
			}
			// (A list item: a coordinator, or a comma and another person, follows; not an
			// apposition: "…, reiste Olaf Scholz, der Bundeskanzler, weiter".)
			next := k+1 < len(ms) && ms[k+1].Actor != nil && ms[k+1].Actor.Type == gazetteer.Person && ms[k+1].Phrase-first == end+1
			if end < len(keys) && (lr.Coordinator(keys[end]) || keys[end] == "," && next) {
				item = true
				break
			}
			if !fitsPerson(m.Actor, gender) {
				return nil
			}
			return m.Actor
		}
		if !item {
			return nil
		}
	}
	return nil
}

// fitsPerson reports whether a is a person a word of gender may refer to: any person for "",
// else one of that gender, or of none the data gives unless the word is feminine ("er" may
// be anyone the data gives no gender, "sie" only a woman).
func fitsPerson(a *gazetteer.Actor, gender string) bool {
	return a != nil && a.Type == gazetteer.Person && (gender == "" || a.Gender == gender || a.Gender == "" && gender != "f")
}

// epithet resolves a noun that describes the person the text is about ("der 86-Jährige"): of
// the people that fit gender ("" fits anyone) and country (the party's in "der SPD-Politiker";
// "" fits anyone) named in the sentence before or earlier in this one, the one the text has
// named most; no one when two are named as often. A party narrows the choice to its members
// ("Merz kritisierte Scholz. Der SPD-Politiker …" is Scholz). Not someone further back: "the
// 28-year-old" after a sentence about someone the data lacks is that one.
//
// An age (0 if none) is surer than that: the person of that age on the document's date, named
// anywhere before in the text, whom the data gives a birth date; and never one whose birth
// date gives another age. So is a party (nil if none, "der SPD-Politiker"): a member named
// anywhere before; never a member of another party.
func (st *state) epithet(gender, country string, party *gazetteer.Actor, age int, sofar []Mention, i int) *gazetteer.Actor {
	// (Not someone further back when the sentence before names someone the data gives no
	// birth date or party: "… Meanwhile activist Ahmet Yilmaz was detained. The 69-year-old
	// said" is Yilmaz, whatever Erdoğan's age.)
	unknown := slices.ContainsFunc(st.prevPeople, func(p *gazetteer.Actor) bool {
		_, _, known := p.Age(st.doc.Date)
		return fitsPerson(p, gender) && (age > 0 && !known || party != nil && p.MemberOf == "")
	})
	near := func(p *gazetteer.Actor) bool {
		return !unknown || slices.Contains(st.prevPeople, p) ||
			slices.ContainsFunc(sofar, func(m Mention) bool { return m.First < i && m.Actor == p })
	}
	if age > 0 {
		if a, ok := st.namedWith(gender, country, sofar, i, func(p *gazetteer.Actor) bool {
			lo, hi, known := p.Age(st.doc.Date)
			return known && age >= lo && age <= hi && near(p)
		}); ok {
			return a
		}
	}
	if party != nil {
		if a, ok := st.namedWith(gender, country, sofar, i, func(p *gazetteer.Actor) bool { return p.MemberOf == party.ID && near(p) }); ok {
			return a
		}
	}
	var best *gazetteer.Actor
	bestN, tie := 0, false
	consider := func(a *gazetteer.Actor) {
		if !fitsPerson(a, gender) || a == best || country != "" && a.Country != country {
			return
		}
		// (Not one of another age; a year off is news written before or after a birthday.)
		if lo, hi, ok := a.Age(st.doc.Date); age > 0 && ok && (age < lo-1 || age > hi+1) {
			return
		}
		if party != nil && a.MemberOf != "" && a.MemberOf != party.ID {
			return
		}
		switch n := st.salience[a.Party]; {
		case n > bestN:
			best, bestN, tie = a, n, false
		case n == bestN:
			tie = true
		}
	}
	for _, a := range st.prevPeople {
		consider(a)
	}
	for _, m := range sofar {
		if m.First < i && !m.Modifier {
			consider(m.Actor)
		}
	}
	if tie {
		return nil
	}
	return best
}

// namedWith returns the person an epithet names by what the data knows of them (an age, a party):
// of the people named before token i who fit gender and country and for whom is holds (when
// not nil), the one named most often. ok is false when no one named is; a is nil, with ok true, when two are
// named as often.
func (st *state) namedWith(gender, country string, sofar []Mention, i int, is func(p *gazetteer.Actor) bool) (a *gazetteer.Actor, ok bool) {
	bestN := 0
	consider := func(p *gazetteer.Actor) {
		if !fitsPerson(p, gender) || p == a || country != "" && p.Country != country || is != nil && !is(p) {
			return
		}
		switch n := st.salience[p] + 1; {
		case n > bestN:
			a, bestN, ok = p, n, true
		case n == bestN:
			a = nil // two of them, named as often
		}
	}
	for _, p := range st.order {
		consider(p)
	}
	for _, m := range sofar {
		if m.First < i && !m.Modifier {
			consider(m.Actor)
		}
	}
	return a, ok
}

// epithetAge returns the age an epithet's keys give ("86", "-", "jährige"), or 0.
func epithetAge(keys []string) int {
	for _, k := range keys {
		if n, err := strconv.Atoi(k); err == nil && n > 0 && n < 130 {
			return n
		}
	}
	return 0
}

// demonstrative resolves a demonstrative pronoun at token i ("Dieser kündigte an"): the last
// person of that gender named earlier in this sentence, else the last one the sentence before
// named.
func (st *state) demonstrative(gender string, sofar []Mention, i int) *gazetteer.Actor {
	fits := func(a *gazetteer.Actor) bool { return fitsPerson(a, gender) }
	for k := len(sofar) - 1; k >= 0; k-- {
		if m := sofar[k]; m.First < i && !m.Modifier && fits(m.Actor) {
			return m.Actor
		}
	}
	for _, a := range slices.Backward(st.prevPeople) {
		if fits(a) {
			return a
		}
	}
	return nil
}

// noteCountry remembers that the article named country a (for the acronyms of organisations
// of several countries); other actors are ignored.
func (st *state) noteCountry(a *gazetteer.Actor) {
	if a == nil || a.Type != gazetteer.Country || a.Country == "" {
		return
	}
	if st.countries == nil {
		st.countries = map[string]bool{}
	}
	st.countries[a.Country] = true
}

// lastSubject returns the person the sentence before was about: its first person outside a
// prepositional phrase, else inside one.
func (st *state) lastSubject() *gazetteer.Actor {
	n := len(st.subjects) - 1
	if st.subjects[n] != nil {
		return st.subjects[n]
	}
	return st.phraseFirst[n]
}

// inQuote reports whether token j of a sentence's keys stands inside a quotation: someone
// named in what was said is not who the sentence is about ("„Präsident Xi und ich sind uns
// einig“, sagte der Kanzler").
// (Every double quotation mark has the key `"`.)
func inQuote(keys []string, j int) bool {
	n := 0
	for _, k := range keys[:j] {
		if k == `"` {
			n++
		}
	}
	return n%2 == 1
}

// sameQuote reports whether tokens i and j stand inside one quotation: both inside one, with
// no quotation mark between them.
func sameQuote(keys []string, i, j int) bool {
	if i > j {
		i, j = j, i
	}
	return inQuote(keys, i) && !slices.Contains(keys[i:j], `"`)
}

// quoteLen returns the number of tokens of the quotation around token j (every double quotation
// mark has the key `"`), or 0.
func quoteLen(keys []string, j int) int {
	o := -1 // the last quotation mark before j
	for k := j - 1; k >= 0 && o < 0; k-- {
		if keys[k] == `"` {
			o = k
		}
	}
	c := slices.Index(keys[j:], `"`)
	if o < 0 || c < 0 {
		return 0
	}
	return j + c - o - 1
}

// withObject reports whether the phrase that begins at token j of the sentence is governed by
// the preposition of company, an article apart ("talks with Zelensky", "mit dem Präsidenten").
func (st *state) withObject(keys []string, j int) bool {
	if j >= 1 && st.lr.Article(keys[j-1]) {
		j--
	}
	return j >= 1 && st.lr.With(keys[j-1])
}

// inPrepPhrase reports whether the phrase at token j of a sentence's keys is governed by a
// preposition, an article apart: "mit (dem) Kremlchef Putin".
func (st *state) inPrepPhrase(keys []string, j int) bool { return st.prepOf(keys, j) >= 0 }

// prepOf returns the index of the preposition that governs the phrase at token j of a
// sentence's keys, an article apart, or -1.
func (st *state) prepOf(keys []string, j int) int {
	if j >= 1 && st.lr.Article(keys[j-1]) {
		j--
	}
	if j >= 1 && st.lr.Preposition(keys[j-1]) {
		return j - 1
	}
	return -1
}

// remember updates what later sentences may refer back to.
func (st *state) remember(si int, s Sentence, keys []string, ms []Mention) {
	var first, firstInPhrase *gazetteer.Actor
	for _, m := range ms {
		st.noteCountry(m.Actor)
		// (A person named as an owner is named all the same: "Chancellor Gordon Brown's closest
		// ally … Mr Brown"; but is no one a pronoun after it means first.)
		if m.Actor == nil || (m.Modifier && !(m.Possessive && m.Actor.Type == gazetteer.Person)) {
			continue
		}
		if m.Actor.Type == gazetteer.Person && !m.Modifier {
			// The first person outside a prepositional phrase is the one a pronoun in the next
			// sentence means ("Nach seinem Treffen mit Kremlchef Putin zog der Kanzler Bilanz.
			// … betonte er"); else the first person named.
			if j := m.Phrase - s.First; first == nil && !st.inPrepPhrase(keys, j) && !inQuote(keys, j) {
				first = m.Actor
			} else if firstInPhrase == nil {
				firstInPhrase = m.Actor
			}
		}
		if st.salience[m.Actor.Party] == 0 {
			st.order = append(st.order, m.Actor.Party)
		}
		st.salience[m.Actor.Party]++
		if m.Kind != "pronoun" && m.Kind != string(gazetteer.KindShort) {
			st.lastSeen[m.Actor] = si
		}
		if m.Title != "" && m.Actor.Type == gazetteer.Person && m.Kind != string(gazetteer.KindRole) {
			st.titled = append(st.titled, m)
			word := ""
			if j := m.First - s.First - 1; j >= 0 && j < len(keys) {
				word = keys[j]
			}
			st.titleWords = append(st.titleWords, word)
		}
		if m.Actor.Type == gazetteer.Person && m.named() && m.Kind != string(gazetteer.KindShort) && m.Last-m.First >= 2 {
			// "der ukrainische UN-Botschafter Serhij Kyslyzja", "Gheorghe Brega": later
			// "Kyslyzja", "Brega". A last name two people of the article share names neither.
			if st.surnames == nil {
				st.surnames = map[string]*gazetteer.Actor{}
			}
			k := st.toks[m.Last-1].Key
			if prev, ok := st.surnames[k]; ok && prev != m.Actor.Party {
				st.surnames[k] = nil
			} else {
				st.surnames[k] = m.Actor.Party
			}
		}
	}
	// Only a list of people is "they" in the next sentence: a list of countries is as often
	// an enumeration ("Norway, Switzerland and the US have such a tax").
	st.listed = nil
	if l := listBefore(st.lr, keys, s.First, ms, s.Last); l != nil {
		st.anyList, st.anySent = l, si
		if allOfType(l, gazetteer.Person) {
			st.listed, st.listSent = l, si
		}
	}
	st.subjects = append(st.subjects, first)
	st.phraseFirst = append(st.phraseFirst, firstInPhrase)
	st.prevPeople = st.prevPeople[:0]
	for _, m := range ms {
		if m.Actor != nil && !m.Modifier && m.Actor.Type == gazetteer.Person {
			st.prevPeople = append(st.prevPeople, m.Actor)
		}
	}
}

// A reportedPair is a meeting the text told as reported ("soll sich … getroffen haben").
type reportedPair struct {
	a, b *gazetteer.Actor
	sent int
}

// deny adds, when sentence si denies something and someone in it says so, the meeting
// reported first in the three sentences before as negated too: "Netanjahu soll sich mit bin
// Salman getroffen haben. … Faisal bin Farhan dementierte ein solches Treffen." The gold
// counts the same pair with both modalities. Only the first: those said to have joined it
// later may be what the denial grants ("anwesend seien nur amerikanische und saudische
// Vertreter gewesen").
func (st *state) deny(si int, s Sentence, keys []string, ms []Mention, spoke bool) {
	i := slices.IndexFunc(st.reported, func(p reportedPair) bool { return p.sent >= si-3 && p.sent < si })
	if !spoke || i < 0 {
		return // the cheap conditions first: most sentences deny nothing reported
	}
	at, rule := st.lr.Denial(keys)
	if at < 0 {
		return
	}
	// What is denied is the meeting or the report of it ("ein solches Treffen", "the reports"),
	// or it names one of the two: not "denied that Tehran had sent drones".
	p := st.reported[i]
	named := func(a *gazetteer.Actor) bool {
		return slices.ContainsFunc(ms, func(m Mention) bool { return !m.Modifier && m.Actor != nil && m.Actor.Party == a })
	}
	if !st.lr.DeniesMeeting(keys, at) && !named(p.a) && !named(p.b) {
		return
	}
	g := &Mention{Sentence: si, First: s.First + at, Last: s.First + at + 1, Phrase: s.First + at, Kind: "group", Confidence: 0.7}
	mt := rules.Match{Rule: rule, Trigger: at, Particle: -1, Subject: -1, Object: -1, Modality: rules.Negated}
	st.addTriple(s, ms, mt, g, g, p.a, p.b, st.groupParty(g, p.a, ms), st.groupParty(g, p.b, ms))
}

// An event is a meeting the text told: the parties of a sentence's meetings and agreements,
// or a gathering a sentence named before anyone who took part in it ("der Mercosur-Gipfel",
// "the retreat"), which those named later join.
// eventReach is how many sentences back a meeting told may still be referred to ("the talks",
// "they", who joined it).
const eventReach = 3

// gatheringReach is how many sentences back a gathering named before anyone met at it may still
// be referred to by its own noun.
const gatheringReach = 6

type event struct {
	sent    int                // the sentence that last told of it
	parties []*gazetteer.Actor // in order
	noun    string             // for a gathering named before anyone met, its noun's key ("gipfel")
	told    bool               // a meeting told as having taken place (asserted), not only planned
	summit  bool               // a summit named before anyone met at it, or one that goes on (see spokeLater)
	intl    bool               // such a gathering named with an international body or two countries (see international)
	place   *gazetteer.Actor   // where a meeting of it was told to take place, if a sentence said so
	watched bool               // its parties include witnesses of a signing or talks (see signedAt)
	unnamed []*gazetteer.Actor // parties there only through people a role names, no name ("eine Delegation der ECOWAS")
}

// recentEvent returns a copy of the parties of the last meeting with two parties or more, if
// it was told at most three sentences before si; else nil.
func (st *state) recentEvent(si int) []*gazetteer.Actor {
	for i := len(st.events) - 1; i >= 0 && st.events[i].sent >= si-eventReach; i-- {
		if len(st.events[i].parties) >= 2 {
			return slices.Clone(st.events[i].parties)
		}
	}
	return nil
}

// metBefore reports whether all of as are parties of one meeting told in an earlier sentence
// within reach as having taken place (a meeting only planned is no meeting told).
func (st *state) metBefore(as []*gazetteer.Actor) bool {
	for i := len(st.events) - 1; i >= 0 && st.events[i].sent >= st.curSent-eventReach; i-- {
		if e := st.events[i]; e.told && e.sent < st.curSent && !slices.ContainsFunc(as, func(a *gazetteer.Actor) bool { return !slices.Contains(e.parties, a) }) {
			return true
		}
	}
	return false
}

// metEarlier reports whether a is a party of a meeting told in an earlier sentence within reach,
// whether it took place or was only planned or reported.
func (st *state) metEarlier(a *gazetteer.Actor) bool {
	for i := len(st.events) - 1; i >= 0 && st.events[i].sent >= st.curSent-eventReach; i-- {
		if e := st.events[i]; e.sent < st.curSent && slices.Contains(e.parties, a) {
			return true
		}
	}
	return false
}

// markWatched marks the event of sentence si, if it told one, as watched when its parties
// include a witness the sentence names (see signedAt).
func (st *state) markWatched(si int) {
	if !st.eventIn(si) {
		return
	}
	e := &st.events[len(st.events)-1]
	e.watched = e.watched || slices.ContainsFunc(st.witnesses, func(w *gazetteer.Actor) bool { return slices.Contains(e.parties, w) })
}

// eventIn reports whether the last event told was told in sentence si.
func (st *state) eventIn(si int) bool {
	return len(st.events) > 0 && st.events[len(st.events)-1].sent == si
}

// gathering returns a copy of the parties of the last event, however few, and whether there is
// one told at most three sentences before si (six for a gathering referred to by its own noun):
// what "the summit" or "Gastgeber war" refers to.
func (st *state) gathering(si int, noun string) ([]*gazetteer.Actor, bool) {
	if len(st.events) == 0 {
		return nil, false
	}
	e := &st.events[len(st.events)-1]
	// A gathering referred to by its own noun ("an dem Gipfel" after "beim G20-Gipfel") is
	// in reach for longer: reports of a summit tell who was there sentences later.
	if e.sent < si-eventReach && !(e.noun != "" && sameNoun(noun, e.noun) && e.sent >= si-gatheringReach) {
		return nil, false
	}
	// A gathering no meeting was told of is referred to by its own noun or a general one:
	// after "bei einer Konferenz in Berlin", "beim Gipfel in Vilnius" is another event.
	if e.noun != "" && noun != "" && !sameNoun(noun, e.noun) && !st.lr.GeneralEvent(noun) {
		return nil, false
	}
	return slices.Clone(e.parties), true
}

// joinedBefore returns the parties of the meeting told before sentence si that a person of si
// joined, when a rule of si already put the person in si's own event: "Trump und Putin kamen
// zusammen. Später wurden die Gespräche fortgesetzt, an der auch Pompeo und Lawrow teilnahmen"
// (the rule that pairs the two who took part opened si's event before they joined the meeting
// told). Any rule of si that put the person in si's event counts, not only such a pairing.
// Else nil.
func (st *state) joinedBefore(si int, joiner *gazetteer.Actor) []*gazetteer.Actor {
	n := len(st.events)
	if n < 2 || !st.eventIn(si) || !slices.Contains(st.events[n-1].parties, joiner) {
		return nil
	}
	if prev := st.events[n-2]; prev.sent >= si-eventReach && prev.sent < si {
		return prev.parties
	}
	return nil
}

// passiveAgent returns the first person of sentence si whose phrase a passive's agent
// preposition opens ("von Kremlchef Wladimir Putin", "by Vladimir Putin"), or nil.
func (st *state) passiveAgent(si int, keys []string, ms []Mention) *gazetteer.Actor {
	first := st.res.Sentences[si].First
	for _, m := range ms {
		if j := m.Phrase - first - 1; !m.Modifier && m.Actor != nil && m.Actor.Party.Type == gazetteer.Person && j >= 0 && st.lr.PassiveAgentOf(keys, j) {
			return m.Actor
		}
	}
	return nil
}

// gather opens the event of a gathering sentence si names when it told of no meeting and
// referred back to none ("Auf dem Bürgenstock ging die Gipfelkonferenz zu Ende"): those named
// at it later join it. Who spoke at it is its first party ("von der Leyen verkündete den
// Abschluss beim Mercosur-Gipfel").
func (st *state) gather(si int, keys []string, ms []Mention) {
	if st.eventIn(si) {
		st.attendedWhere(si, keys, ms)
		// "Kagame attended the joint summit of the East African Community and the Southern
		// African Development Community": the one who attended the gathering the sentence
		// told is one of its parties, whom those named at it later meet.
		// (Only when the meeting told is that gathering's, its parties all named after its
		// noun: not "Blinken met Wang Yi in Beijing, a day after Lavrov attended the ASEAN
		// meeting in Vientiane".)
		if st.gatherAt >= 0 {
			first := st.res.Sentences[si].First
			e := &st.events[len(st.events)-1]
			namedAfter := func(a *gazetteer.Actor) bool {
				return slices.ContainsFunc(ms, func(m Mention) bool {
					return m.Actor != nil && m.Actor.Party == a && m.First-first > st.gatherAt
				}) && !slices.ContainsFunc(ms, func(m Mention) bool {
					return m.Actor != nil && m.Actor.Party == a && m.First-first < st.gatherAt
				})
			}
			if p := st.attendee(first, keys, ms); p != nil && !slices.Contains(e.parties, p) &&
				len(e.parties) > 0 && !slices.ContainsFunc(e.parties, func(a *gazetteer.Actor) bool { return !namedAfter(a) }) {
				e.parties = append(e.parties, p)
			}
		}
		return
	}
	if slices.ContainsFunc(ms, func(m Mention) bool { return m.Event }) {
		return
	}
	// (A gathering of a series other than the one told, "Gastgeberin des nächsten Gipfels",
	// opens none.)
	if st.gatherAt >= 1 && st.lr.OtherOfSeries(keys, st.gatherAt) {
		return
	}
	if st.gatherAt < 0 {
		// "Baerbock hosted her G7 counterparts in Muenster. Among those attending were …": who
		// received or met people the data cannot name opens a meeting, whom those named later
		// join.
		// (Only with no meeting told just before, which such a sentence may go on telling.)
		if _, inReach := st.gathering(si, ""); inReach {
			return
		}
		// (So does the agent of a passive: "Eine Delegation afrikanischer Staatschefs ist von
		// Putin empfangen worden. Zu der Gruppe gehörten …".)
		p := st.subjects[si]
		if p == nil && st.lr.Passive(keys) {
			p = st.passiveAgent(si, keys, ms)
		}
		if p != nil && len(st.unknown) > 0 && st.lr.MeetingVerb(keys) && !st.lr.Planned(keys) {
			st.events = append(st.events, event{sent: si, parties: []*gazetteer.Actor{p.Party}})
		}
		// "Zelensky was sworn in as president on Monday. Foreign guests at the ceremony
		// included …": who took office opens the ceremony, whose guests the text names later.
		if p := st.subjects[si]; p != nil && p.Type == gazetteer.Person && st.lr.SwornIn(keys) && !st.lr.Planned(keys) && !st.lr.Negates(keys) {
			st.events = append(st.events, event{sent: si, parties: []*gazetteer.Actor{p.Party}, told: true})
		}
		return
	}
	parties := st.speakers
	if len(parties) == 0 && st.indefiniteGathering(keys) && len(st.events) > 0 && st.events[len(st.events)-1].sent >= si-eventReach {
		// "… after declining an invitation to a peace summit in Switzerland": another gathering
		// named in passing, with no one at it, while the story's meeting goes on.
		return
	}
	// "Lavrov attended the OSCE ministerial meeting in Skopje": who took part in the gathering
	// the sentence names is its first party, whom those named at it later meet.
	if p := st.attendee(st.res.Sentences[si].First, keys, ms); p != nil && !slices.Contains(parties, p) {
		parties = append(parties, p)
	}
	// "Ramaphosa hat beim Gipfel der Afrikanischen Union den Vorsitz übernommen": the person
	// who opens a sentence that places its act at the gathering (a presence word before it)
	// was there (not "Die Entscheidung fiel beim Gipfel in Abwesenheit von Orbán").
	// (Not a passive's subject, nor one who was absent or represented, nor one whose act the
	// gathering only dates: "Putin launched strikes during the NATO summit"; one who tells what
	// happened during it was there: "Bainimarama said Morrison had been insulting during the
	// retreat".)
	if len(parties) == 0 && st.gatherPresent && !st.lr.Negates(keys) && !st.lr.Planned(keys) &&
		!st.lr.Absent(keys) && !(st.lr.DatedBy(keys, st.gatherAt) && st.lr.RemoteAct(keys) && len(st.said) == 0) {
		s := st.res.Sentences[si]
		parties = append(parties, st.openers(ms, keys, s.First, s.First+st.dateline)...)
	}
	// "Asean reached a five-point consensus with Min Aung Hlaing at a special leaders' meeting":
	// the people who reached an accord at the gathering were there.
	if st.gatherPresent && st.signedSent == si {
		for _, a := range st.signers {
			if a.Type == gazetteer.Person && !slices.Contains(parties, a) {
				parties = append(parties, a)
			}
		}
	}
	// "Xi Jinping hat die Präsidenten der fünf zentralasiatischen Staaten zu einem Gipfeltreffen
	// empfangen": who received or invited people the data cannot name to the gathering is its
	// first party.
	if p := st.subjects[si]; p != nil && len(st.unknown) > 0 && st.lr.MeetingVerb(keys) && !slices.Contains(parties, p) {
		parties = append(parties, p)
	}
	// "Das teilte Filipe Nyusi, Gastgeber des Sondergipfels, mit": the host of the gathering
	// the sentence names, its noun right after the title's article and closing the apposition,
	// was at it (not "Gastgeberin des nächsten Gipfels", "Gastgeber des Gipfels von 2017").
	first := st.res.Sentences[si].First
	for _, m := range ms {
		if m.Title != "host" || m.Modifier || m.Actor == nil || m.Actor.Party.Type != gazetteer.Person || slices.Contains(parties, m.Actor.Party) {
			continue
		}
		if j := m.Phrase - first + 1; st.gatherAt == j+1 && st.gatherAt+1 < len(keys) && keys[st.gatherAt+1] == "," && st.lr.Article(keys[j]) && !st.lr.Planned(keys) {
			parties = append(parties, m.Actor.Party)
		}
	}
	// "… signed a joint declaration at a ceremony held in the presence of King Mohammed VI":
	// the witnesses were at the gathering too.
	for _, w := range st.witnesses {
		if w.Type == gazetteer.Person && !slices.Contains(parties, w) {
			parties = append(parties, w)
		}
	}
	st.openEvent(si, keys, parties)
	st.markWatched(si)
	// "Biden, Trudeau and López Obrador pledged … at the North American Leaders' Summit": the
	// people this sentence puts at the gathering met one another there (when it says so: not
	// "will speak at the summit", "reportedly pledged").
	if !st.lr.Negates(keys) && !st.lr.Planned(keys) && !st.lr.Hearsay(keys) {
		st.metAtGathering(si, ms, parties)
	}
	if e := &st.events[len(st.events)-1]; st.lr.Assembly(e.noun) {
		e.summit, e.intl = true, international(ms)
	}
}

// metAtGathering adds the meetings of the people of parties (two or more, each named in
// sentence si) with one another: they are at the gathering the sentence names.
func (st *state) metAtGathering(si int, ms []Mention, parties []*gazetteer.Actor) {
	var at []*Mention
	for _, p := range parties { // (people all: speakers, attendees, openers and subjects are)
		if k := slices.IndexFunc(ms, func(m Mention) bool { return m.Actor != nil && m.Actor.Party == p && !m.Modifier }); k >= 0 {
			at = append(at, &ms[k])
		}
	}
	if len(at) < 2 {
		return
	}
	s := st.res.Sentences[si]
	mt := rules.Match{Rule: st.lr.AttendedRule(), Trigger: st.gatherAt, Particle: -1, Subject: -1, Object: -1, Modality: rules.Asserted}
	for x, a := range at {
		for _, b := range at[x+1:] {
			st.addTriple(s, ms, mt, a, b, a.Actor.Party, b.Actor.Party, st.party(a), st.party(b))
		}
	}
}

// openers returns the people of the list of parties whose phrase (a title, an adjective of
// country) begins at token at, the start of a sentence that begins at token first: "Cyril
// Ramaphosa hat …", "ASEAN and Myanmar's junta chief Min Aung Hlaing reached …".
func (st *state) openers(ms []Mention, keys []string, first, at int) []*gazetteer.Actor {
	var out []*gazetteer.Actor
	for _, m := range ms {
		if m.Modifier || m.Actor == nil {
			continue
		}
		if j := at - first; j < len(keys) && m.Phrase == at+1 && st.lr.Article(keys[j]) {
			if st.lr.ObjectArticle(keys[j]) {
				break // "Den russischen Präsidenten Putin verurteilten die Teilnehmer": an object
			}
			at++ // "The Association of Southeast Asian Nations and …"
		}
		if m.Phrase > at {
			if j := at - first; j >= len(keys) || !(keys[j] == "," || st.lr.Coordinator(keys[j])) || m.Phrase != at+1 {
				break // the list ends
			}
		} else if m.Phrase < at {
			continue
		}
		// (Not the subject of a passive: "Putin was condemned at the summit".)
		if st.lr.PassiveAt(keys, m.Last-first) {
			return nil
		}
		if p := m.Actor.Party; p.Type == gazetteer.Person && !slices.Contains(out, p) {
			out = append(out, p)
		}
		at = m.Last
	}
	return out
}

// attendedWhere pairs one who attended the gathering sentence si names with the parties of the
// meeting a relative clause after it tells in the same sentence: "Pompeo wohnte der Zeremonie
// bei, bei der Khalilzad und Baradar das Dokument unterzeichneten", "Pompeo attended the
// ceremony at which Khalilzad and Baradar signed the deal".
func (st *state) attendedWhere(si int, keys []string, ms []Mention) {
	if st.gatherAt < 0 || !st.lr.RelativeAfter(keys, st.gatherAt) {
		return
	}
	s := st.res.Sentences[si]
	p := st.attendee(s.First, keys, ms)
	if p == nil {
		return
	}
	// (The attendee may have opened the sentence's event already, with no pair: the triples
	// below that repeat one are one.)
	e := &st.events[len(st.events)-1]
	var pm *Mention
	for k := range ms {
		if m := &ms[k]; m.Actor != nil && m.Actor.Party == p && !m.Modifier {
			pm = m
			break
		}
	}
	if pm == nil {
		return
	}
	// (With those named with the attendee before the verb: "Trump and Sisi co-chaired a summit
	// on Gaza, attended by Abbas"; they were at it together.)
	hosts := append(st.conjunctsBefore(s.First, keys, ms, pm), pm)
	mt := rules.Match{Rule: st.lr.AttendedRule(), Trigger: st.gatherAt, Particle: -1, Subject: -1, Object: -1, Modality: rules.Asserted}
	met := slices.DeleteFunc(slices.Clone(e.parties), func(a *gazetteer.Actor) bool {
		return slices.ContainsFunc(hosts, func(h *Mention) bool { return h.Actor.Party == a })
	})
	// (The meeting the relative clause tells: its parties are named after the gathering, in this
	// sentence; not one told before it: "A day after Blinken met Lavrov in Bali, Guterres
	// attended the ceremony in Istanbul at which the deal was signed".)
	after := func(a *gazetteer.Actor) bool {
		return slices.ContainsFunc(ms, func(m Mention) bool {
			return m.Actor != nil && m.Actor.Party == a && m.First-s.First > st.gatherAt
		})
	}
	if e.sent != si || len(met) == 0 || !slices.ContainsFunc(met, after) {
		return
	}
	g := eventAt(pm, met, 0.6)
	for x, h := range hosts {
		if a := h.Actor.Party; !slices.Contains(e.parties, a) {
			e.parties = append(e.parties, a)
		}
		st.withEach(s, ms, mt, h, g)
		for _, o := range hosts[x+1:] {
			st.addTriple(s, ms, mt, h, o, h.Actor.Party, o.Actor.Party, st.party(h), st.party(o))
		}
	}
}

// conjunctsBefore returns the people named in a list that ends with mention m, before it, in
// the order named: "Donald Trump and Egyptian President Abdel Fattah el-Sisi", "A, B and C"
// (a coordinator, or a comma before one that follows; first is the sentence's first token).
// Not one in a phrase of a preposition: "According to Peskov, Putin attended …".
func (st *state) conjunctsBefore(first int, keys []string, ms []Mention, m *Mention) []*Mention {
	var out []*Mention
	coord := false // a coordinator joined the list after the items found so far
	for {
		var prev *Mention
		for k := range ms {
			if q := &ms[k]; q.Last <= m.Phrase && q.Actor != nil && !q.Modifier && q.Actor.Party.Type == gazetteer.Person {
				prev = q
			}
		}
		if prev == nil || prev.Actor.Party == m.Actor.Party || st.inPrepPhrase(keys, prev.Phrase-first) {
			break
		}
		between := keys[prev.Last-first : m.Phrase-first]
		switch {
		case len(between) == 1 && st.lr.Coordinator(between[0]), len(between) == 2 && between[0] == "," && st.lr.Coordinator(between[1]):
			coord = true
		case len(between) == 1 && between[0] == "," && coord:
		default:
			return out
		}
		out = append([]*Mention{prev}, out...)
		m = prev
	}
	return out
}

// attendee returns the person a verb of taking part (grammar attendance and
// attendance_separable) has for its subject when the gathering the sentence names (at
// st.gatherAt) stands in the verb's clause: the person named right before the verb, or in a
// clause that puts the verb first, between the verb and its particle ("Am Gipfel nahm auch
// Scholz teil"); not one who said so ("Blinken said Lavrov attended the OSCE meeting" is
// Lavrov's), not in a phrase of their own; nil when the sentence negates or plans.
func (st *state) attendee(first int, keys []string, ms []Mention) *gazetteer.Actor {
	v, end := st.lr.AttendsAt(keys, st.gatherAt)
	// (An article is none, though German writes relative pronouns alike: "wohnte der
	// Zeremonie bei"; a relative clause opens after a comma.)
	breaks := func(ks []string) bool {
		return slices.ContainsFunc(ks, func(k string) bool { return k == "," || st.lr.ClauseWord(k) && !st.lr.Article(k) })
	}
	// (The verb may close the clause: "Scholz hat am Gipfel teilgenommen".)
	// (Or a relative clause after it closes with the verb: "Beim Gipfel, den Michel leitete, …".)
	if v < 0 || (v < st.gatherAt && breaks(keys[v:st.gatherAt])) || (v > st.gatherAt && breaks(keys[st.gatherAt:v]) && !st.lr.ObjectRelative(keys, st.gatherAt, v)) ||
		st.lr.Negates(keys) || st.lr.Planned(keys) {
		return nil // (the gathering in another clause: "attended a funeral while the meeting began")
	}
	person := func(m *Mention) bool {
		return m.Actor != nil && m.Actor.Party.Type == gazetteer.Person && !m.Modifier && !st.inPrepPhrase(keys, m.Phrase-first)
	}
	// (A participle with its passive agent has no subject before it, unless a presence word
	// puts the person before it at the gathering: "Esper spoke at a ceremony attended by
	// Stoltenberg", not "Esper criticised a ceremony attended by Stoltenberg".)
	var p *Mention
	if passive := v+1 < len(keys) && st.lr.PassiveAgent(keys[v+1]) && !st.gatherPresent; !passive {
		for k := range ms {
			if m := &ms[k]; person(m) && m.Last-first <= v {
				p = m
			}
		}
	}
	if p != nil && slices.Contains(keys[p.Last-first:v], ",") {
		return nil
	}
	if p == nil {
		for k := range ms {
			if m := &ms[k]; person(m) && m.Phrase-first > v && m.Last-first <= end {
				p = m
				break
			}
		}
	}
	if p == nil || slices.ContainsFunc(st.said, func(x saying) bool { return &ms[x.subj] == p }) {
		return nil
	}
	return p.Actor.Party
}

// international reports whether mentions ms name an international body (an organization of no
// one country: "beim EU-Afrika-Gipfel", "the BRICS summit") or people or places of two countries
// or more: what makes a gathering diplomatic, not a party conference or a news conference.
func international(ms []Mention) bool {
	country := ""
	for _, m := range ms {
		if m.Actor == nil {
			continue
		}
		a := m.Actor.Party
		if a.Type == gazetteer.Organization && a.Country == "" && !a.PoliticalParty {
			return true
		}
		if a.Country != "" && country != "" && a.Country != country {
			return true
		}
		if country == "" {
			country = a.Country
		}
	}
	return false
}

// hostJoins adds a person sentence si names with the title of host ("Gastgeberin Viola
// Amherd begrüsste die Delegationen") to the gathering or meeting told in this sentence or just
// before, which the host took part in: those named at it later meet the host too.
func (st *state) hostJoins(si, first int, raw, keys []string, ms []Mention) {
	if len(st.events) == 0 || st.events[len(st.events)-1].sent < si-1 {
		return
	}
	e := &st.events[len(st.events)-1]
	// "Gastgeber Enele Sopoaga forderte …; an den Beratungen nahmen neben Morrison auch Ardern
	// und Bainimarama teil": the host met those this sentence tells took part in the gathering
	// (a verb of taking part and a gathering named; not a meeting the host tells of, elsewhere
	// or on its margins, nor one before the host's sentence).
	here := st.eventIn(si) && e.told && st.gatherAt >= 0 && !st.lr.Negates(keys)
	if here {
		if v, _ := st.lr.AttendsAt(keys, st.gatherAt); v < 0 {
			here = false
		}
	}
	for _, m := range ms {
		if m.Title != "host" || m.Modifier || m.Actor == nil || m.Actor.Party.Type != gazetteer.Person || slices.Contains(e.parties, m.Actor.Party) {
			continue
		}
		// (Named, or the title in apposition after the name: "Joko Widodo, Gastgeber des
		// Treffens, sagte".)
		if !m.named() && !slices.ContainsFunc(ms, func(n Mention) bool { return n.named() && n.Actor == m.Actor && n.Last+1 == m.Phrase }) {
			continue
		}
		// (Not the host of another gathering, "Gastgeberin der nächsten Konferenz wird Meloni
		// sein", nor one told in the future: a genitive after the title, unless it refers back
		// to the gathering ("Gastgeber des Treffens"), a future auxiliary.)
		// (The genitive's article and noun adjacent: "des nächsten Gipfels" is another one.)
		if j := m.Phrase - first + 1; j < len(keys) && st.lr.NounGenitive(raw[j-1], keys[j-1], keys[j]) && st.lr.EventRef(keys, j) != 2 {
			continue
		}
		if st.lr.Planned(keys) {
			return
		}
		if here {
			met := slices.DeleteFunc(slices.Clone(e.parties), func(a *gazetteer.Actor) bool { return a.Type != gazetteer.Person })
			if len(met) > 0 {
				s := st.res.Sentences[si]
				mt := rules.Match{Rule: st.lr.AttendedRule(), Trigger: m.Phrase - s.First, Particle: -1, Subject: -1, Object: -1, Modality: rules.Asserted}
				st.withEach(s, ms, mt, &m, eventAt(&m, met, 0.6))
			}
		}
		if !slices.Contains(e.parties, m.Actor.Party) {
			e.parties = append(e.parties, m.Actor.Party)
		}
		e.sent = si // later sentences may still join the event the host joined
	}
}

// openEvent opens the event of the gathering sentence si names (at st.gatherAt), with its first
// parties.
func (st *state) openEvent(si int, keys []string, parties []*gazetteer.Actor) {
	st.events = append(st.events, event{sent: si, parties: parties, noun: lastPart(keys[st.gatherAt])})
}

// indefiniteGathering reports whether the gathering the sentence of keys names (at
// st.gatherAt) has an indefinite article right before it or one word before ("a summit", "a
// peace summit", "einer Konferenz").
func (st *state) indefiniteGathering(keys []string) bool {
	at := st.gatherAt
	return at >= 1 && (st.lr.Indefinite(keys[at-1]) || (at >= 2 && st.lr.Indefinite(keys[at-2])))
}

// freshGathering reports whether the trigger at trig describes a gathering named just before it
// with an indefinite article ("at a ceremony attended by X"), a new one, while the last meeting
// was told in an earlier sentence.
func (st *state) freshGathering(si int, keys []string, trig int) bool {
	at := st.gatherAt
	if at < 1 || at > trig || trig-at > 3 || len(st.events) == 0 || st.eventIn(si) {
		return false
	}
	return st.indefiniteGathering(keys)
}

// sameNoun reports whether keys a and b are one noun, perhaps one of them with a German
// genitive ending: "des Gipfels" and "dem Gipfel", "des Treffens" and "das Treffen". (So are an
// English singular and its plural, "summit" and "summits", which may name other events; a
// gathering referred to by its own noun is the last one told, in reach.)
func sameNoun(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || (strings.HasPrefix(b, a) && (b[len(a):] == "s" || b[len(a):] == "es"))
}

// lastPart returns the last part of a hyphenated key ("mercosur-gipfel" → "gipfel").
func lastPart(k string) string {
	if j := strings.LastIndexByte(k, '-'); j >= 0 {
		return k[j+1:]
	}
	return k
}

// addEvent adds parties to the meeting event of sentence si.
func (st *state) addEvent(si int, as ...*gazetteer.Actor) {
	if !st.eventIn(si) {
		st.events = append(st.events, event{sent: si})
	}
	e := &st.events[len(st.events)-1].parties
	for _, a := range as {
		if !slices.Contains(*e, a) {
			*e = append(*e, a)
		}
	}
}

// hostedBetween reports whether pair p, told as "between X and Y", met at a meeting of more
// than the two (talks a third hosted) and are parties of the last meeting told.
func (st *state) hostedBetween(p [2]*gazetteer.Actor) bool {
	if len(st.events) == 0 {
		return false
	}
	in := func(e event) bool { return slices.Contains(e.parties, p[0]) && slices.Contains(e.parties, p[1]) }
	return in(st.events[len(st.events)-1]) && slices.ContainsFunc(st.events, func(e event) bool { return len(e.parties) > 2 && in(e) })
}

// groupActors returns the parties a group phrase refers to: for "beide Seiten" the main pair;
// for "die drei Staatschefs", "the four leaders" the parties of the last sentence whose
// meetings had that many; for "they" those of the last meeting, two sentences back at most.
func (st *state) groupActors(m *Mention, ms []Mention) []*gazetteer.Actor {
	if m.Plural {
		return m.Parties
	}
	// Once per "both" after a preposition: each match that names it ("Merkel und Maas sprachen
	// mit beiden") means the same parties, though the triples added for the first change the
	// pair in play.
	once := m.Last-m.First == 1 && m.First > 0 && st.lr.Preposition(st.toks[m.First-1].Key) && !st.lr.PluralPronoun([]string{st.toks[m.First].Key}, 0)
	if as, ok := st.groupMemo[m.First]; ok && once {
		return as
	}
	as := st.resolveGroup(m, ms)
	if !once {
		return as
	}
	if st.groupMemo == nil {
		st.groupMemo = map[int][]*gazetteer.Actor{}
	}
	st.groupMemo[m.First] = as
	return as
}

// countedGroup is a group of people a count named ("die vier") and the sentence that named it.
type countedGroup struct {
	sent   int
	people []*gazetteer.Actor
}

// resolveGroup is groupActors for a group not resolved before. A group of people of three or
// more that a count named, resolved, is the group the same count names again within three
// sentences ("Dort wurden die vier von Selenskyj empfangen. … Die vier Europäer forderten"),
// though the meeting told since had the host too.
func (st *state) resolveGroup(m *Mention, ms []Mention) []*gazetteer.Actor {
	as := st.resolveCount(m, ms)
	if n := len(as); n >= 3 && allOfType(as, gazetteer.Person) {
		if st.counted == nil {
			st.counted = map[int]countedGroup{}
		}
		st.counted[n] = countedGroup{sent: m.Sentence, people: as}
	}
	return as
}

// resolveCount is resolveGroup but for its memory of the groups a count named.
func (st *state) resolveCount(m *Mention, ms []Mention) []*gazetteer.Actor {
	keys := make([]string, 0, m.Last-m.First)
	for _, t := range st.toks[m.First:m.Last] {
		keys = append(keys, t.Key)
	}
	lr := st.lr
	n := lr.GroupSize(keys)
	nations := lr.OfNations(keys) // "the three countries", "die beiden Staaten"
	if cc := lr.DemonymCountry(keys[len(keys)-1]); cc != "" && len(st.events) > 0 {
		// "Anschließend sprachen die beiden Amerikaner mit Parolin": those of that country
		// among the parties of the meeting just told, as many.
		var of []*gazetteer.Actor
		for _, a := range st.events[len(st.events)-1].parties {
			if a.Type == gazetteer.Person && a.Country == cc {
				of = append(of, a)
			}
		}
		if len(of) == n {
			return of
		}
		return nil // ("die beiden Russen" when no two Russians were there: no one else)
	}
	if n <= 2 {
		// "the two leaders" are the pair of people in play, "both sides" any pair; "die
		// beiden" alone are people too. With no pair of people met so far, two people just
		// named together are the two, not a pair of countries ("Die USA und Kuba verständigten
		// sich … Obama und Castro verkündeten … Am Dienstag hatten die beiden telefoniert").
		people := lr.OfPeople(keys) || st.bareGroup(m)
		// ("The two women": no pair with a man in it.)
		gender := lr.GroupGender(keys[len(keys)-1])
		if people && len(st.listed) == 2 && st.listSent >= m.Sentence-1 && !slices.ContainsFunc(st.pairs, func(p [2]*gazetteer.Actor) bool {
			return p[0].Type == gazetteer.Person && p[1].Type == gazetteer.Person
		}) {
			if !otherGender(st.listed[0], gender) && !otherGender(st.listed[1], gender) {
				return slices.Clone(st.listed)
			}
		}
		// "Abiy held talks with Sisi, and the two agreed": after a coordinator, the pair the
		// sentence has just told. (Not of a title neither of them holds: "Lavrov met Wang Yi, and
		// the two presidents signed" after Putin's talks with Xi.)
		title := st.groupTitle(m)
		if n == 2 && m.First >= 1 && lr.Coordinator(st.toks[m.First-1].Key) && len(st.pairs) > 0 && st.lastPairSent == m.Sentence {
			if p := st.pairs[len(st.pairs)-1]; (!people || p[0].Type == gazetteer.Person && p[1].Type == gazetteer.Person) &&
				!otherGender(p[0], gender) && !otherGender(p[1], gender) && (title == "" || st.holds(p[0], title) || st.holds(p[1], title)) {
				if nations {
					return st.nations(p[:]) // "and the two countries agreed"
				}
				return p[:]
			}
		}
		if pair, ok := st.mainPair(ms, people, lr.OfPeople(keys), title, gender); ok {
			if nations {
				return st.nations(pair[:])
			}
			return pair[:]
		}
		return nil
	}
	if g, ok := st.counted[n]; ok && !nations && m.Sentence-g.sent <= 3 && m.Sentence > g.sent {
		return slices.Clone(g.people)
	}
	// (A group of nations that owns people names them: "a summit of the three countries'
	// leaders", "die Präsidenten der drei Länder" after a noun of people.)
	owner := m.Last < len(st.toks) && (st.toks[m.Last].Key == "'s" || st.toks[m.Last].Key == "'") ||
		m.Phrase >= 1 && lr.NounGenitive(st.toks[m.Phrase-1].Text, st.toks[m.Phrase-1].Key, st.toks[m.Phrase].Key) &&
			lr.OfPeople([]string{st.toks[m.Phrase-1].Key}) // (not "in einer Erklärung der drei Länder": the countries')
	ofCountries := nations && !owner
	if ofCountries && len(st.anyList) == n && st.anySent >= m.Sentence-2 && allOfType(st.anyList, gazetteer.Country) {
		return st.anyList // "Finland, Sweden and Turkey signed … The three countries said": those just named
	}
	for i := len(st.events) - 1; i >= 0; i-- {
		if len(st.events[i].parties) == n {
			if ofCountries {
				// "the three countries said in a joint statement" after a meeting of their
				// envoys: the countries of its parties.
				if ns := st.nations(st.events[i].parties); ns != nil {
					return ns
				}
				break
			}
			return st.events[i].parties
		}
	}
	// No meeting of that many: the parties just named together, as many ("Deutschland,
	// Frankreich und Großbritannien haben … ausgelöst. In einer Erklärung der drei Außenminister …"),
	// or named together further back among the parties of the last meeting told (the four
	// who negotiated in Minsk, where their host received them: "Zum Abschluss verabschiedeten
	// die vier Staats- und Regierungschefs …").
	inLast := len(st.events) > 0 && !slices.ContainsFunc(st.anyList, func(a *gazetteer.Actor) bool {
		return !slices.Contains(st.events[len(st.events)-1].parties, a)
	})
	if len(st.anyList) == n && (st.anySent >= m.Sentence-2 || inLast) {
		if nations {
			return st.nations(st.anyList)
		}
		return st.anyList
	}
	// The countries named before it in its own sentence, as many: "Turkey lifted its veto on
	// Finland and Sweden joining NATO after the three countries signed a memorandum".
	if ofCountries {
		var here []*gazetteer.Actor
		for _, o := range ms {
			if o.Sentence == m.Sentence && o.Last <= m.First && o.Actor != nil && o.Actor.Type == gazetteer.Country && !o.Modifier && !slices.Contains(here, o.Actor) {
				here = append(here, o.Actor)
			}
		}
		if len(here) == n {
			return here
		}
		// Else the countries named in the last two sentences, in any role, as many: "Saudi-Arabien
		// und Iran haben sich unter Vermittlung Chinas geeinigt. Das teilten die drei Staaten mit."
		if recent := st.recent(gazetteer.Country, m.Sentence-2); len(recent) == n {
			return recent
		}
	}
	// Nor a list: the people named in the last three sentences, when the group names no
	// office and they are as many ("Merz, Macron und Starmer reisten nach Kiew. Auch Tusk kam.
	// Dort wurden die vier empfangen"); not "the three foreign ministers", a title they may
	// not hold.
	if !lr.Bare(keys) {
		return nil
	}
	// The people named before it in its own sentence, as many: "Scholz reiste gemeinsam mit
	// Macron und Draghi nach Kiew, wo die drei von Selenskyj empfangen wurden".
	var here []*gazetteer.Actor
	for _, o := range ms {
		if o.Sentence == m.Sentence && o.Last <= m.First && o.Actor != nil && o.Actor.Type == gazetteer.Person && !o.Modifier && !slices.Contains(here, o.Actor) {
			here = append(here, o.Actor)
		}
	}
	if len(here) == n {
		return here
	}
	if people := st.recent(gazetteer.Person, m.Sentence-3); len(people) == n {
		return people
	}
	return nil
}

// recent returns the actors of type typ named in sentence since or later, in the order the
// text first named them.
func (st *state) recent(typ gazetteer.Type, since int) []*gazetteer.Actor {
	var out []*gazetteer.Actor
	for _, a := range st.order {
		if a.Type == typ && st.lastSeen[a] >= since {
			out = append(out, a)
		}
	}
	return out
}

// nations returns the countries of parties: a person stands for the country of their office
// ("both nations" after a meeting of Trump and Erdoğan), a country for itself. It returns nil
// unless they are as many different countries.
func (st *state) nations(as []*gazetteer.Actor) []*gazetteer.Actor {
	out := make([]*gazetteer.Actor, 0, len(as))
	for _, a := range as {
		c := a
		if a.Type != gazetteer.Country {
			c = st.x.gaz.Country(a.Country)
		}
		if c == nil || slices.Contains(out, c) {
			return nil
		}
		out = append(out, c)
	}
	return out
}

// sameOffice reports whether person a holds, on the document's date, a title that one of others
// holds too (either title covering the other: a chancellor and a prime minister are heads of
// government).
func (st *state) sameOffice(a *gazetteer.Actor, others []*gazetteer.Actor) bool {
	g := st.x.gaz
	for _, r := range a.Roles {
		if st.doc.Date != "" && !r.Holds(st.doc.Date) {
			continue
		}
		for _, o := range others {
			if slices.ContainsFunc(o.Roles, func(q gazetteer.Role) bool {
				return (st.doc.Date == "" || q.Holds(st.doc.Date)) && (g.Covers(r.Title, q.Title) || g.Covers(q.Title, r.Title) ||
					g.Covers("head-of-government", r.Title) && g.Covers("head-of-state", q.Title) || g.Covers("head-of-state", r.Title) && g.Covers("head-of-government", q.Title))
			}) {
				return true
			}
		}
	}
	return false
}

// formerHolder returns the person named most in the article who held title (of the country or
// body of, when not nil) before the document's date and no longer does; nil when there is none,
// or two are named as often.
func (st *state) formerHolder(title string, of *gazetteer.Actor, gender string) *gazetteer.Actor {
	key := ""
	if of != nil {
		key = of.ID
		if of.Type == gazetteer.Country {
			key = of.Country
		}
	}
	a, _ := st.namedWith(gender, "", nil, 0, func(p *gazetteer.Actor) bool {
		// (Not who leads a country now: "the former finance minister" is not the chancellor.)
		if st.holds(p, title) || st.holds(p, "head-of-state") || st.holds(p, "head-of-government") {
			return false
		}
		return slices.ContainsFunc(p.Roles, func(r gazetteer.Role) bool {
			return st.x.gaz.Covers(title, r.Title) && (key == "" || r.Of == key) && r.To != "" && (st.doc.Date == "" || r.From <= st.doc.Date)
		})
	})
	return a
}

// groupTitle returns the title a group of people names by its last word ("the two presidents",
// "die beiden Außenminister"), or "".
func (st *state) groupTitle(m *Mention) string {
	// (Not a title coordinated with another: "die beiden Staats- und Regierungschefs".)
	if slices.ContainsFunc(st.toks[m.First:m.Last], func(t tokenize.Token) bool { return t.Key == "-" || st.lr.Coordinator(t.Key) }) {
		return ""
	}
	t := st.toks[m.Last-1]
	for _, gm := range st.x.gaz.Match([]string{t.Text}, []string{t.Key}, st.lang) {
		if gm.Title != "" {
			return gm.Title
		}
	}
	return ""
}

// serves reports whether person a holds an office of country c on the document's date (at any
// time, without one): a foreign minister neither meets nor agrees with the country he speaks
// for ("An den Gesprächen … nahmen die Außenminister Schukri, Andargachew und Abdalla teil"
// after "Ägypten, Äthiopien und der Sudan haben sich verständigt").
func (st *state) serves(a, c *gazetteer.Actor) bool {
	return a.Type == gazetteer.Person && c.Type == gazetteer.Country && a.Country == c.Country &&
		slices.ContainsFunc(a.Roles, func(r gazetteer.Role) bool {
			return r.Of == c.Country && st.current(r)
		})
}

// current reports whether role r is held on the document's date (at any time, without one).
func (st *state) current(r gazetteer.Role) bool {
	return st.doc.Date == "" || r.Holds(st.doc.Date)
}

// namesServant reports whether the article names a person who holds an office of country c.
func (st *state) namesServant(c *gazetteer.Actor) bool {
	for a := range st.named {
		if st.serves(a, c) {
			return true
		}
	}
	return false
}

// holds reports whether person a holds title on the document's date (any time, without one).
func (st *state) holds(a *gazetteer.Actor, title string) bool {
	return slices.ContainsFunc(a.Roles, func(r gazetteer.Role) bool {
		return st.x.gaz.Covers(title, r.Title) && st.current(r)
	})
}

// bareGroup reports whether group mention m is a number without a noun: "die beiden", "the two",
// "nahmen beide teil". (BareGroup reads the two words after the group's first.)
func (st *state) bareGroup(m *Mention) bool {
	var raw, keys []string
	from := max(m.First-1, 0) // the word before tells an object ("had hosted the two at …")
	for _, t := range st.toks[from:min(m.First+3, len(st.toks))] {
		raw, keys = append(raw, t.Text), append(keys, t.Key)
	}
	n := st.lr.BareGroup(raw, keys, m.First-from)
	return n > 0 && n == m.Last-m.First
}

// mainPair returns the pair a group of two refers to: of the pairs that met or agreed so far,
// the most named (of people, when persons; else any pair after them), else the two most named
// actors of one type (the earlier named first on a tie). A noun for people ("the two leaders",
// strict) is never two countries; a title ("the two presidents") prefers a pair that holds it.
// Pairs with a person of the other gender than gender ("the two women") are skipped.
func (st *state) mainPair(ms []Mention, persons, strict bool, title, gender string) ([2]*gazetteer.Actor, bool) {
	best, bestScore := [2]*gazetteer.Actor{}, -1
	for _, people := range []bool{persons, false} {
		if strict && !people {
			break
		}
		for i, p := range st.pairs {
			if people && (p[0].Type != gazetteer.Person || p[1].Type != gazetteer.Person) {
				continue
			}
			if otherGender(p[0], gender) || otherGender(p[1], gender) {
				continue
			}
			s := st.salience[p[0]] + st.salience[p[1]]
			if title != "" && st.holds(p[0], title) && st.holds(p[1], title) {
				s += 1 << 10 // "the two presidents": a pair that holds the title
			}
			// (Of a title no one of the pair holds, not even the pair just told: "A meeting between
			// Rubio and Lavrov was shelved, though the two presidents agreed to talk".)
			if i+1 == st.between && (st.hostedBetween(p) || st.betweenSent == st.curSent) &&
				(title == "" || st.holds(p[0], title) || st.holds(p[1], title)) {
				// Talks between two that a third hosted, the last meeting told: "the two
				// leaders" are the two, not the host and one of them. (Not a meeting between
				// two told in passing after another: that one's pair stays the main one; unless
				// the group follows in its sentence: "A meeting between Rubio and Lavrov has
				// been shelved, a day after the two men spoke".)
				s += 1 << 20
			}
			// (Two people, or two states or bodies, before a person and a state that is one of
			// such a pair: "The two sides agreed" after talks of Russia and Ukraine chaired by
			// Fidan are the two countries; not before a person and a body met last, whose talks
			// are no other pair's: "Wang Yi held talks with the EU" after Xi met Biden.)
			// (So are the two guests a host received together, for a group of people whose
			// title, if any, both hold: "Anwar empfing Hun Manet und Phumtham … Die beiden"; not
			// "the two sides", the host's and the guests', nor "the two presidents" of a
			// president and his deputy.)
			if people && i+1 == st.guestPair && st.hostedBetween(p) && (title == "" || st.holds(p[0], title) && st.holds(p[1], title)) {
				s += 1 << 20
			}
			if sameKind(p) || !st.pairedInKind(p) {
				s += 1 << 25
			}
			if s > bestScore {
				best, bestScore = p, s
			}
		}
		if bestScore >= 0 {
			return best, true
		}
	}
	count := map[*gazetteer.Actor]int{}
	order := append([]*gazetteer.Actor{}, st.order...)
	for a, n := range st.salience {
		count[a] = n
	}
	for _, m := range ms {
		if m.Actor == nil || m.Modifier || m.Kind == "group" {
			continue
		}
		a := m.Actor.Party
		if count[a] == 0 {
			order = append(order, a)
		}
		count[a]++
	}
	// The most named actor, and the most named one of the same type: two people, or two
	// countries, not a country and a person.
	var top [2]*gazetteer.Actor
	for _, a := range order {
		switch a.Type {
		case gazetteer.Person, gazetteer.Country, gazetteer.Organization:
			if strict && a.Type != gazetteer.Person {
				continue
			}
			if top[0] == nil || count[a] > count[top[0]] {
				top[0] = a
			}
		}
	}
	if top[0] == nil {
		return top, false
	}
	for _, a := range order {
		if a != top[0] && a.Type == top[0].Type && (top[1] == nil || count[a] > count[top[1]]) {
			top[1] = a
		}
	}
	return top, top[1] != nil
}

// sameKind reports whether a pair is two people, or two states or bodies.
func sameKind(p [2]*gazetteer.Actor) bool {
	return (p[0].Type == gazetteer.Person) == (p[1].Type == gazetteer.Person)
}

// pairedInKind reports whether the one of a person and a state or body who is no person is in
// a pair of two of a kind told before: Russia of "Fidan|Russia" after "Russia|Ukraine".
func (st *state) pairedInKind(p [2]*gazetteer.Actor) bool {
	other := p[0]
	if other.Type == gazetteer.Person {
		other = p[1]
	}
	return slices.ContainsFunc(st.pairs, func(o [2]*gazetteer.Actor) bool {
		return sameKind(o) && (o[0] == other || o[1] == other)
	})
}

// onlyListWords reports whether words only join list items: commas and coordinators, each
// perhaps followed by articles ("Russlands, der Türkei und des Irans"; not "Russlands die
// Türkei").
func onlyListWords(lr *rules.LangRules, words []string) bool {
	if len(words) == 0 {
		return false
	}
	joined := false
	for _, w := range words {
		switch {
		case w == "," || lr.Coordinator(w):
			joined = true
		case lr.Article(w) && joined:
		default:
			return false
		}
	}
	return joined
}

// rolesBetween is rules.LangRules.RolesBetween for the document's tokens [from, to) of the
// sentence that begins at first: the roles are those the mentions ms cover as modifiers.
func rolesBetween(lr *rules.LangRules, keys []string, first int, ms []Mention, from, to int) bool {
	return lr.RolesBetween(keys, from-first, to-first, func(j int) bool {
		return slices.ContainsFunc(ms, func(m Mention) bool {
			return m.Modifier && m.Kind == string(gazetteer.KindRole) && m.Phrase <= first+j && first+j < m.Last
		})
	})
}

// named reports whether the text names m's actor, rather than describing it (a role noun) or
// referring to it (a pronoun, a group).
func (m *Mention) named() bool {
	return m.Kind != string(gazetteer.KindRole) && m.Kind != "pronoun" && m.Kind != "group"
}

// typeOf is the type a mention has as a party: a capital counts as its country.
func typeOf(m *Mention) string {
	switch {
	case m.Event:
		return "event" // only rules that name the type take it: "attended the ceremony"
	case m.Kind == "group":
		return "group"
	case m.Kind == string(gazetteer.KindRole) && m.Title != "" && m.Actor.Type != gazetteer.Person:
		// "the leaders of China, India and Brazil": people, who stand for their country.
		return string(gazetteer.Person)
	}
	return string(m.Actor.Party.Type)
}

// relations runs the rules over sentence si and adds its triples.
func (st *state) relations(si int, s Sentence, raw, keys []string, ms []Mention) {
	st.curSent = si
	st.speakers, st.absent, st.witnesses = nil, st.absent[:0], st.witnesses[:0]
	st.gatherAt, st.gatherPresent = st.lr.GatheringAt(raw, keys)
	// The sentence the rules read, built in the scratch space kept for it; a trace (Explain)
	// keeps each sentence's candidates, so with a trace they get a slice of their own.
	rs := &st.rs
	*rs = rules.Sentence{Raw: raw, Keys: keys, Mentions: rs.Mentions[:0], Covered: rs.Covered[:0]}
	cands := st.cands[:0] // index into ms of each rules.Mention
	if st.trace != nil {
		cands = nil
	}
	for k := range ms {
		m := &ms[k]
		if m.Modifier && !m.Possessive {
			rs.Covered = append(rs.Covered, [2]int{m.First - s.First, m.Last - s.First})
			continue
		}
		cands = append(cands, k)
		rs.Mentions = append(rs.Mentions, rules.Mention{Start: m.First - s.First, End: m.Last - s.First,
			Phrase: m.Phrase - s.First, Type: typeOf(m), Possessive: m.Possessive,
			Named: m.named(), ObjectCase: m.Kind == "pronoun" && st.lr.ObjectPronoun(keys[m.First-s.First])})
	}
	st.cands = cands
	rs.Unknown = st.unknown
	for _, w := range st.lr.Witnesses(rs) {
		if m := &ms[cands[w]]; m.Actor != nil && !slices.Contains(st.witnesses, m.Actor.Party) {
			st.witnesses = append(st.witnesses, m.Actor.Party)
		}
	}
	rs.Language = st.lang
	if st.trace != nil {
		st.trace(si, rs, cands, ms)
	}
	if len(rs.Mentions) == 0 {
		return
	}
	st.newSentence()
	spoke := false
	said := st.said[:0]
	var signed []saying // the parties of this sentence's agreements asserted, with their triggers
	at, present := st.gatherAt, st.gatherPresent
	mts := st.hostsLast(st.x.eng.Apply(st.lang, rs), keys, st.dateline)
	// A verb of saying inside a quotation whose speaker the sentence names outside it tells
	// what the speaker said, not a statement of someone he quotes: "„Die Ukraine verteidigt
	// sich“, sagte er"; "“Trump never said he would withdraw,” Macron told reporters". (Only
	// double quotation marks make a quotation, see inQuote: in "'Trump never said it,' Macron
	// told reporters" the single ones are no quotes, and Trump's statement stays.)
	attributed := slices.ContainsFunc(mts, func(mt rules.Match) bool {
		return mt.Rule.Relation == rules.Statement && !inQuote(keys, mt.Trigger)
	})
	for _, mt := range mts {
		if attributed && mt.Rule.Relation == rules.Statement && mt.Subject >= 0 && inQuote(keys, mt.Trigger) &&
			sameQuote(keys, rs.Mentions[mt.Subject].Start, mt.Trigger) {
			continue
		}
		if mt.Rule.Relation == rules.Statement && mt.Modality == rules.Asserted && mt.Subject >= 0 {
			said = append(said, saying{mt, cands[mt.Subject]})
		}
		if present && mt.Rule.Relation == rules.Statement && mt.Subject >= 0 && st.lr.SpokeAt(rs, mt, at, at+1) {
			if m := &ms[cands[mt.Subject]]; m.Actor != nil && m.Actor.Party.Type == gazetteer.Person && !slices.Contains(st.speakers, m.Actor.Party) {
				st.speakers = append(st.speakers, m.Actor.Party)
			}
		}
		if mt.Subject == rules.ContextSubject {
			st.contextTriple(si, s, keys, ms, mt, &ms[cands[mt.Object]])
			continue
		}
		spoke = spoke || mt.Rule.Relation == rules.Statement
		if mt.Rule.Relation == rules.Agreement && mt.Modality == rules.Asserted {
			for _, k := range []int{mt.Subject, mt.Object} {
				if k >= 0 && !slices.ContainsFunc(signed, func(x saying) bool { return x.subj == cands[k] }) {
					signed = append(signed, saying{mt, cands[k]})
				}
			}
		}
		subj, obj := &ms[cands[mt.Subject]], (*Mention)(nil)
		if mt.Object >= 0 {
			obj = &ms[cands[mt.Object]]
		} else if mt.Object == rules.LastMeeting && mt.Rule.Relation == rules.Agreement {
			// "Arthur Mutambara also signed the deal": the signers of the agreement just told;
			// or told in this sentence before: "setzten ihre Unterschriften unter das Papier, das
			// auch von Trump gegengezeichnet wurde".
			if subj.Actor == nil || subj.Kind == "group" {
				continue
			}
			var here []*gazetteer.Actor
			for _, x := range signed {
				if a := ms[x.subj].Actor; a != nil && a.Party != subj.Actor.Party && !slices.Contains(here, a.Party) {
					here = append(here, a.Party)
				}
			}
			if len(here) >= 2 {
				obj = eventAt(subj, here, 0.7)
			} else if st.signedSent >= si || st.signedSent < si-eventReach || len(st.signers) < 2 {
				continue
			} else {
				obj = eventAt(subj, slices.Clone(st.signers), 0.7)
			}
		} else if mt.Object == rules.LastMeeting {
			// One who also signed, where a rule finds the signers just told too, met them only
			// when a signing was told: not "Macron defended the 2015 nuclear deal, which was
			// also signed by John Kerry" after any meeting.
			if slices.ContainsFunc(mts, func(o rules.Match) bool {
				return o.Rule.Relation == rules.Agreement && o.Object == rules.LastMeeting && o.Trigger == mt.Trigger
			}) && (st.signedSent < si-eventReach || len(st.signers) < 2) {
				continue
			}
			// "X stieß später hinzu": the parties of the meeting just told.
			ev, ok := st.gathering(si, "")
			if subj.Actor != nil && subj.Kind != "group" {
				if prev := st.joinedBefore(si, subj.Actor.Party); prev != nil {
					// (Those the rule paired already met; now they meet the earlier parties.)
					ev = slices.DeleteFunc(slices.Clone(prev), func(a *gazetteer.Actor) bool { return a == subj.Actor.Party })
				}
			}
			if ok && st.freshGathering(si, keys, mt.Trigger) {
				ok = false // "at a ceremony attended by X": not the meeting told before
			}
			// (Not one placed elsewhere: "Scholz traf Macron in Paris. Am Mittwoch wird Selenskyj
			// in Washington erwartet.")
			if e := len(st.events) - 1; ok && e >= 0 && st.events[e].place != nil {
				if here := st.place(s, ms, mt.Trigger, subj); here != nil && here.Country != st.events[e].place.Country {
					continue
				}
			}
			if !ok {
				// "The meeting, hosted by X, ran for 12 hours": no meeting told yet, but this
				// sentence names the gathering; X is its first party, whom those named later join.
				// (So does one who chaired it, the gathering told by a verb: "Unter Vorsitz von X
				// haben die Vertragsstaaten beraten".)
				if (st.gatherAt >= 0 || mt.Rule.Hosts) && mt.Modality == rules.Asserted && subj.Kind != "group" && subj.Actor != nil &&
					!st.eventIn(si) {
					noun := ""
					if st.gatherAt >= 0 {
						noun = lastPart(keys[st.gatherAt])
					}
					st.events = append(st.events, event{sent: si, parties: []*gazetteer.Actor{subj.Actor.Party}, noun: noun})
				}
				continue
			}
			if len(ev) == 0 {
				// "Nach 16 Stunden Verhandlungen … Mit dabei waren A, B und C": a gathering told
				// without its parties; X is its first, whom the others named join.
				if mt.Modality == rules.Asserted && subj.Kind != "group" && subj.Actor != nil {
					st.addEvent(si, subj.Actor.Party)
				}
				continue
			}
			// (Not those said to stay away: "Xi und Putin fehlten" did not meet each other.)
			ev = slices.DeleteFunc(ev, func(a *gazetteer.Actor) bool { return slices.Contains(st.absent, a) })
			// (Nor, for a person who joins, not hosts, a body there only through people a role
			// names: "Eine Delegation der ECOWAS traf Jammeh. Ihr gehörten Buhari und Mahama an"
			// are that delegation, and meet Jammeh, not the ECOWAS. Who chairs meets it.)
			if e := len(st.events) - 1; e >= 0 && !mt.Rule.Hosts && subj.Actor != nil && subj.Actor.Party.Type == gazetteer.Person {
				ev = slices.DeleteFunc(ev, func(a *gazetteer.Actor) bool { return slices.Contains(st.events[e].unnamed, a) })
			}
			obj = eventAt(subj, ev, 0.7)
			// One who joined the gathering is at it for the sentence's later references to it:
			// "Neben Hassanal Bolkiah nahmen auch Muhyiddin und Lee an dem Gipfel teil" (the
			// reference "dem Gipfel" took its parties before the sentence's rules ran).
			if mt.Modality == rules.Asserted && subj.Actor != nil && subj.Kind != "group" && subj.Actor.Party.Type == gazetteer.Person {
				for k := range ms {
					if r := &ms[k]; r.Event && !slices.Contains(r.Parties, subj.Actor.Party) {
						r.Parties = append(r.Parties, subj.Actor.Party)
					}
				}
			}
		}
		if subj.Kind == "group" || (obj != nil && obj.Kind == "group") {
			st.groupTriples(s, keys, ms, mt, subj, obj)
			continue
		}
		sa, sp := subj.Actor.Party, st.party(subj)
		var oa *gazetteer.Actor
		var op *Party
		if obj != nil {
			oa, op = obj.Actor.Party, st.party(obj)
		}
		st.addTriple(s, ms, mt, subj, obj, sa, oa, sp, op)
	}
	st.said = said
	st.markWatched(si)
	st.spokeLater(si, s, keys, ms, said)
	st.signedAt(si, s, keys, ms, signed)
	st.receivedAt(si, s, keys, ms, said)
	st.deny(si, s, keys, ms, spoke)
}

// hostsLast moves the matches of a host or chair of the meeting just told (a rule that hosts,
// its object that meeting) in a phrase that opens the sentence, after its dateline of first
// tokens, after the matches of a meeting the sentence goes on to tell: "Unter Leitung des
// Präsidenten Ramaphosa berieten al-Sisi, Abiy und Hamdok" is the chair's meeting with those
// who conferred, not with the meeting told before.
func (st *state) hostsLast(ms []rules.Match, keys []string, first int) []rules.Match {
	// (The meeting in the main clause the phrase opens: no clause word between, "…, während in
	// Moskau Putin Lukaschenko empfing" is another meeting.)
	// (A pair of dashes sets off an apposition: "the foreign ministers — A, B and C — signed".)
	later := func(h rules.Match, comma bool) bool {
		return slices.ContainsFunc(ms, func(m rules.Match) bool {
			if m.Trigger <= h.Trigger || m.Rule.Relation != rules.Meeting || m.Object < 0 || m.Modality != rules.Asserted {
				return false
			}
			dashes, commas := 0, 0
			for _, k := range keys[h.Trigger:m.Trigger] {
				switch {
				case k == "—": // (every dash's key: see tokenize.withKey)
					dashes++
				case k == ",":
					commas++
				case k == ";" || st.lr.ClauseWord(k) && !st.lr.Article(k) && !st.lr.Coordinator(k):
					return false
				}
			}
			return dashes%2 == 0 && (!comma || commas > 0)
		})
	}
	// The host's trigger opens the sentence: at most fronting words before it ("Unter Leitung",
	// "Under the chairmanship"), or it is in a phrase a word of grammar fronted_hosts opens and
	// a comma closes before the meeting ("After four hours of talks hosted by Jens Stoltenberg,
	// the foreign ministers … signed"; not "On the eve of a summit hosted by Biden, …").
	const opening, fronted = 3, 8
	// (English only, which sets the phrase off by a comma: German grammar has no fronted_hosts,
	// its phrase runs into the verb, and "Am Rande des von Putin ausgerichteten Gipfels trafen
	// sich Modi und Xi" tells a meeting apart from the gathering.)
	inFronted := func(m rules.Match) bool {
		return first < len(keys) && st.lr.FrontedHost(keys[first]) && m.Trigger <= first+fronted &&
			!slices.Contains(keys[first:m.Trigger], ",")
	}
	moved := func(m rules.Match) bool {
		return m.Rule.Hosts && m.Object == rules.LastMeeting && (m.Trigger <= first+opening && later(m, false) || inFronted(m) && later(m, true))
	}
	if !slices.ContainsFunc(ms, moved) {
		return ms
	}
	var hosts []rules.Match
	out := ms[:0:0]
	for _, m := range ms {
		if moved(m) {
			hosts = append(hosts, m)
		} else {
			out = append(out, m)
		}
	}
	return append(out, hosts...)
}

// followUp adds, when sentence si tells of another meeting to come and names no one ("In vier
// Monaten soll ein weiteres Treffen in diesem Format stattfinden", "Another meeting is planned
// for the spring"), the parties of the meeting just told as meeting again, planned.
func (st *state) followUp(si int, s Sentence, keys []string, ms []Mention) {
	at, rule := st.lr.FollowUp(keys)
	if at < 0 || st.eventIn(si) || !st.lr.Planned(keys) || slices.ContainsFunc(ms, func(m Mention) bool {
		return !m.Modifier && m.Actor != nil && m.Actor.Type != gazetteer.City && m.Actor.Type != gazetteer.Place
	}) {
		return
	}
	// (Of the meetings told within reach, the largest: "in diesem Format" after a summit and a
	// meeting on its sidelines is the summit's.)
	var ev []*gazetteer.Actor
	for i := len(st.events) - 1; i >= 0 && st.events[i].sent >= si-eventReach; i-- {
		if e := st.events[i]; e.told && len(e.parties) > len(ev) {
			ev = e.parties
		}
	}
	if len(ev) < 2 {
		return
	}
	st.newSentence()
	g := &Mention{Sentence: si, First: s.First + at, Last: s.First + at + 1, Phrase: s.First + at, Kind: "group", Plural: true, Event: true, Parties: ev, Confidence: 0.6}
	st.everyPair(s, ms, rules.Match{Rule: rule, Trigger: at, Particle: -1, Subject: -1, Object: -1, Modality: rules.Planned}, g, g, ev)
}

// newSentence clears the triples a sentence added so far (see addTriple): two rules finding the
// same fact in one sentence give one triple.
func (st *state) newSentence() {
	if st.seen == nil {
		st.seen = map[tripleKey]bool{}
	}
	clear(st.seen)
}

// everyPair adds the triple of match mt for every pair of parties as of group g (other the
// match's other side, as addTriple takes it).
func (st *state) everyPair(s Sentence, ms []Mention, mt rules.Match, g, other *Mention, as []*gazetteer.Actor) {
	for x := 0; x < len(as); x++ {
		for y := x + 1; y < len(as); y++ {
			st.addTriple(s, ms, mt, g, other, as[x], as[y], st.groupParty(g, as[x], ms), st.groupParty(g, as[y], ms))
		}
	}
}

// insteadOf adds, when sentence si tells a meeting planned instead of one called off in the
// sentence before or the one before that ("A summit of Quad leaders planned for Sydney has been
// cancelled. … he, Biden, Modi and Kishida would instead meet in Hiroshima"), the same pairs as
// not meeting in the one called off: the triples of si from index n0 on are the sentence's.
func (st *state) insteadOf(si int, keys []string, n0 int) {
	if st.calledOffSent == 0 || st.calledOffSent-1 < si-2 || st.calledOffSent-1 >= si || !st.lr.Instead(keys) {
		return
	}
	for _, t := range st.res.Triples[n0:] {
		if t.Relation != rules.Meeting || t.Modality != rules.Planned {
			continue
		}
		n := t
		n.Modality = rules.Negated
		if !slices.ContainsFunc(st.res.Triples[n0:], func(o Triple) bool {
			return o.Relation == rules.Meeting && o.Modality == rules.Negated && samePair(o, n)
		}) {
			st.res.Triples = append(st.res.Triples, n)
		}
	}
}

// samePair reports whether triples a and b are of the same two parties, in either order.
func samePair(a, b Triple) bool {
	if a.Object == nil || b.Object == nil {
		return false
	}
	return (a.Subject.Name == b.Subject.Name && a.Object.Name == b.Object.Name) || (a.Subject.Name == b.Object.Name && a.Object.Name == b.Subject.Name)
}

// eventAt returns a reference to the meeting just told, with its parties, at the words of
// mention m (which joins it): the object of a rule whose object is that meeting.
func eventAt(m *Mention, parties []*gazetteer.Actor, conf float64) *Mention {
	return &Mention{Sentence: m.Sentence, First: m.First, Last: m.Last, Phrase: m.Phrase, Kind: "group", Plural: true,
		Event: true, Parties: parties, Confidence: conf}
}

// withEach adds the triples of match mt of the party of mention m with each party of group g,
// the meeting m joins.
func (st *state) withEach(s Sentence, ms []Mention, mt rules.Match, m, g *Mention) {
	for _, q := range g.Parties {
		st.addTriple(s, ms, mt, m, g, m.Actor.Party, q, st.party(m), st.groupParty(g, q, ms))
	}
}

// saying is a statement match of a sentence and the index into its mentions of the speaker.
type saying struct {
	mt   rules.Match
	subj int
}

// spokeLater adds the people who speak in sentence si, after a summit named in an earlier
// sentence ("Der G20-Gipfel in Rio ist zu Ende gegangen. … Xi Jinping sagte, …"), to the
// gathering: reports of a summit quote those at it. Only a summit of several countries (see
// grammar assemblies, a conference among them, and international): not talks or a meeting,
// which anyone may speak of (the speakers of a conference of some 200 states are paired too,
// which the gold sets mostly do not do). Not when the sentence tells a meeting of its own or
// names a gathering (gather and the rules place its speakers), nor for one who wrote, spoke
// "separately", at another occasion or in a place or seat of power the sentence names
// ("Selenskyj sprach in Kiew", "Speaking at the White House"), nor spokespeople, who speak for
// someone.
func (st *state) spokeLater(si int, s Sentence, keys []string, ms []Mention, said []saying) {
	if len(said) == 0 || len(st.events) == 0 || st.eventIn(si) || st.gatherAt >= 0 {
		return
	}
	e := &st.events[len(st.events)-1]
	if !e.summit || e.sent < si-eventReach || st.lr.Separate(keys) {
		return
	}
	for _, x := range said {
		m := &ms[x.subj]
		if m.Kind == "group" || m.Kind == "pronoun" || m.Actor == nil || m.Actor.Party.Type != gazetteer.Person || slices.Contains(e.parties, m.Actor.Party) ||
			slices.Contains(st.absent, m.Actor.Party) ||
			m.Title == "spokesperson" || slices.ContainsFunc(st.titled, func(t Mention) bool { return t.Actor.Party == m.Actor.Party && t.Title == "spokesperson" }) {
			continue
		}
		if st.lr.Written(keys[x.mt.Trigger]) {
			continue // "Selenskyj schrieb auf der Plattform X": from anywhere
		}
		// Nor one the sentence, outside what was said, says was not there or speaks of another
		// time: "Putin, who did not attend, said …", "Last year, Xi said …"; nor one it places at
		// another occasion ("Merkel hat beim CDU-Parteitag angekündigt").
		before, after := keys[:x.mt.Content[0]], keys[x.mt.Content[1]:]
		if st.lr.Elsewhere(before) || st.lr.Elsewhere(after) ||
			slices.ContainsFunc(before, st.lr.Presence) || slices.ContainsFunc(after, st.lr.Presence) {
			continue
		}
		// Nor one it places in a place or seat of power; a place in what was said places no one
		// ("verteidigte das Vorgehen als Schutz der Menschen im Donbass").
		from, to := s.First+x.mt.Content[0], s.First+x.mt.Content[1]
		if slices.ContainsFunc(ms, func(p Mention) bool {
			return p.Actor != nil && (p.Actor.Type == gazetteer.City || p.Actor.Type == gazetteer.Place || p.Kind == string(gazetteer.KindMetonym)) &&
				(p.First < from || p.First >= to || p.First-(s.First+x.mt.Trigger) <= 3)
		}) {
			continue
		}
		a := m.Actor.Party
		if !e.intl && !slices.ContainsFunc(e.parties, func(p *gazetteer.Actor) bool { return p.Country != "" && p.Country != a.Country }) {
			continue // (those of one country at a party's conference)
		}
		// The speaker joins the gathering, which goes on in this sentence (so the meetings
		// added below extend it rather than open an event of their own).
		met := slices.Clone(e.parties)
		e.parties, e.sent = append(e.parties, a), si
		mt := rules.Match{Rule: st.lr.SpokeRule(), Trigger: x.mt.Trigger, Particle: -1, Subject: -1, Object: -1, Modality: rules.Asserted}
		st.withEach(s, ms, mt, m, eventAt(m, met, 0.5))
	}
}

// signedAt adds the people who signed an agreement in sentence si (signed) to the ceremony
// the last event told before it names, with its host or guests, at most three sentences back:
// "Russia and Ukraine signed a deal at a ceremony hosted by Erdogan and attended by Guterres.
// Shoigu and Kubrakov each signed separate documents with Turkey and the UN". The signers met
// those at the ceremony, and one another there. (Guards on the signers' countries, another
// time or place were tried and dropped: each also turned away the ceremony's own signers, a
// UN secretary-general whose country is no party, a sentence that names the ceremony's city.)
// So do people who sign, in a sentence that refers back to the signing (refersToSigned: "The
// document was signed by Mottaki, Amorim and Davutoglu"), after a signing its witnesses watched
// (not "The next day, A and B signed …"): "Ahmadinejad, Lula and Erdogan looked on as their
// foreign ministers signed a declaration".
func (st *state) signedAt(si int, s Sentence, keys []string, ms []Mention, signed []saying) {
	if len(signed) == 0 {
		return
	}
	// (An index, not a pointer: the meetings added below may grow st.events.)
	ei := -1
	for i := len(st.events) - 1; i >= 0 && st.events[i].sent >= si-eventReach; i-- {
		if st.events[i].sent < si {
			ei = i
			break
		}
	}
	if ei < 0 || len(st.events[ei].parties) == 0 ||
		!st.lr.Ceremony(st.events[ei].noun) && !(st.events[ei].watched && st.refersToSigned(s, keys, ms, signed)) {
		return
	}
	mt := rules.Match{Rule: st.lr.SignedRule(), Particle: -1, Subject: -1, Object: -1, Modality: rules.Asserted}
	for _, x := range signed {
		m := &ms[x.subj]
		e := &st.events[ei]
		if m.Kind == "group" || m.Actor == nil || m.Actor.Party.Type != gazetteer.Person || slices.Contains(e.parties, m.Actor.Party) {
			continue
		}
		a := m.Actor.Party
		met := slices.Clone(e.parties)
		e.parties = append(e.parties, a)
		mt.Trigger = x.mt.Trigger
		st.withEach(s, ms, mt, m, eventAt(m, met, 0.5))
	}
}

// refersToSigned reports whether sentence s (of keys, after its dateline) opens with a definite
// article whose phrase, of at most three words more with no comma and no one named, is what the
// sentence's signing signed: the subject of a passive ("The document was signed by …", "Die
// Erklärung wurde von … unterzeichnet") or an object fronted right before the signing verb
// ("Das Dokument unterzeichneten …"). Not an article that opens a time or a place ("The next
// day, A and B signed …", "Am Dienstag unterzeichneten …": a preposition's contraction).
func (st *state) refersToSigned(s Sentence, keys []string, ms []Mention, signed []saying) bool {
	i := st.dateline
	if i >= len(keys) || !st.lr.Definite(keys[i]) || st.lr.Preposition(keys[i]) {
		return false
	}
	for j := i + 1; j < len(keys) && j <= i+4; j++ {
		if st.lr.PassiveAt(keys, j) || slices.ContainsFunc(signed, func(x saying) bool { return x.mt.Trigger == j }) {
			return j > i+1
		}
		if !isWord(keys[j]) || slices.ContainsFunc(ms, func(m Mention) bool { return m.First == s.First+j }) {
			return false
		}
	}
	return false
}

// receivedAt pairs the people sentence si says were received at a residence of the gazetteer,
// in the passive and with no one said to receive them, with the residence's holder on the
// document's date, and with one another: "Bundeskanzler Friedrich Merz ist im Weißen Haus
// empfangen worden" (by the president of the United States), "Xi Jinping was received at the
// Elysee Palace". The guests are the people of the clause of the receiving verb, else the
// sentence's subject before it; not the speaker of a statement ("Scholz said Zelensky was
// received …"). Not when the clause names the agent ("was received at the White House by Vice
// President JD Vance"), nor when the clause negates or tells a time when another may have held
// the office (another year, "last year", "damals"), nor at a seat another country's city in the
// clause (not one come from) or the dateline (one not the guest's) may share ("in Wien im
// Kanzleramt"); a reception to come is planned. Each receiving word of the sentence is read.
func (st *state) receivedAt(si int, s Sentence, keys []string, ms []Mention, said []saying) {
	for r, k := range keys {
		if st.lr.ReceivedAtWord(k) || st.lr.VisitAt(keys, r) { // (most sentences have none)
			st.receivedAtVerb(si, s, keys, ms, said, r)
		}
	}
}

// inSpan reports whether mention m lies in tokens [a, b) of sentence s.
func inSpan(m *Mention, s Sentence, a, b int) bool {
	return m.First >= s.First+a && m.Last <= s.First+b
}

// receivedAtVerb is receivedAt for the receiving verb at token r.
func (st *state) receivedAtVerb(si int, s Sentence, keys []string, ms []Mention, said []saying, r int) {
	a, b := st.lr.Clause(keys, r) // the receiving verb's clause, bounded by punctuation
	clause := keys[a:b]
	// (A word of visiting needs no passive: "Scholz visited the White House", "bei seinem
	// Antrittsbesuch im Weißen Haus".)
	visit := !st.lr.ReceivedAtWord(keys[r])
	if !visit && !st.lr.Passive(clause) || st.lr.Negates(clause) || st.lr.FormerTime(clause) || st.otherYear(s, a, b) {
		return
	}
	speaker := func(m *Mention) bool {
		return slices.ContainsFunc(said, func(x saying) bool { return &ms[x.subj] == m })
	}
	var host *gazetteer.Actor
	var title string
	var at *Mention
	for k := range ms {
		m := &ms[k]
		if m.Kind != string(gazetteer.KindMetonym) || m.Actor == nil || !inSpan(m, s, a, b) {
			continue
		}
		// (Right after a locative, its article between: "im Kanzleramt", "at the White House".)
		j := m.First - s.First - 1
		for j > 0 && st.lr.Article(keys[j]) {
			j--
		}
		if j < 0 || !(st.lr.Locative(keys[j]) || visit && (j == r || j == r+1 && st.lr.Destination(keys[j]))) {
			continue // (or the object of visiting: "visited the White House", "a visit to the …")
		}
		if h, t := st.x.gaz.Resident(m.Actor.Party, st.span(m.First, m.Last).Text, st.doc.Date); h != nil {
			host, title, at = h, t, m
			break
		}
	}
	if host == nil {
		return
	}
	seat := at.Actor.Party
	// (Not a seat another country's city in the clause may share: "in Wien im Kanzleramt"; a
	// city one came from is none: "flew in from Paris".)
	if slices.ContainsFunc(ms, func(m Mention) bool {
		j := m.Phrase - s.First - 1
		return m.Actor != nil && m.Actor.Type == gazetteer.City && m.Actor.Country != seat.Country && inSpan(&m, s, a, b) &&
			!(j >= 0 && st.lr.Departure(keys[j]))
	}) {
		return
	}
	var guests []*Mention
	for k := range ms {
		m := &ms[k]
		if m == at || m.Modifier || m.Actor == nil || m.Actor.Party.Type != gazetteer.Person || m.Kind == "group" {
			continue
		}
		if m.Actor.Party == host {
			if visit {
				continue // "bei seinem Besuch im Weißen Haus … mit Biden": the guest met the host
			}
			return // "von US-Präsident Donald Trump im Weißen Haus empfangen": the rules' reception
		}
		if j := m.Phrase - s.First - 1; j >= 0 && st.lr.Preposition(keys[j]) {
			// One in a phrase of their own is no guest ("mit Bundeskanzler Scholz"); one with
			// the residence's title there received them ("im Kanzleramt mit Bundeskanzler
			// Sebastian Kurz": another country's chancellor and chancellery).
			if m.Title != "" && st.x.gaz.Covers(title, m.Title) {
				return
			}
			continue
		}
		if !inSpan(m, s, a, b) || speaker(m) {
			continue
		}
		guests = append(guests, m)
	}
	if len(guests) == 0 {
		// The subject before the clause: "Friedrich Merz, who will travel to Paris next week,
		// was received at the White House".
		for k := range ms {
			m := &ms[k]
			if m.Actor == nil || m.Modifier || m.Actor.Party.Type != gazetteer.Person || m.Last > s.First+a || st.inPrepPhrase(keys, m.Phrase-s.First) {
				continue
			}
			// (A speaker too when the clause is a relative clause on them: "Moon Jae-in, der
			// am Dienstag im Weißen Haus zu Gast gewesen war, zeigte sich verwirrt".)
			e := m.Last - s.First
			onIt := e+1 < len(keys) && keys[e] == "," && st.lr.Relative(keys[e+1]) && a <= e+1
			if !speaker(m) || onIt {
				guests = append(guests, m)
			}
			break
		}
	}
	if len(guests) == 0 {
		return
	}
	// (Nor one the dateline places in a third country: "WIEN (APA) - Putin ist im Kanzleramt
	// empfangen worden"; a dateline at home, "BERLIN (dpa) - Merz ist im Weißen Haus …", is the
	// guest's.)
	if st.home != nil && st.home != seat && !slices.ContainsFunc(guests, func(g *Mention) bool { return g.Actor.Party.Country == st.home.Country }) {
		return
	}
	// (A host the clause names as the agent: "was received at the White House by Vice
	// President JD Vance", "von Außenminister Rubio empfangen".)
	if slices.ContainsFunc(ms, func(m Mention) bool {
		j := m.Phrase - s.First - 1
		return m.Actor != nil && !m.Modifier && inSpan(&m, s, a, b) && j >= 0 && st.lr.PassiveAgent(keys[j])
	}) {
		return
	}
	mt := rules.Match{Rule: st.lr.ResidenceRule(), Trigger: r, Particle: -1, Subject: -1, Object: -1, Modality: rules.Asserted}
	if st.lr.Planned(clause) {
		mt.Modality = rules.Planned
	}
	sp := st.span(at.First, at.Last)
	hp := &Party{ID: host.ID, Name: host.Name, Type: string(host.Type), Text: sp.Text, Start: sp.Start, End: sp.End, Match: "residence"}
	hm := &Mention{Sentence: si, First: at.First, Last: at.Last, Phrase: at.Phrase, Actor: host, Kind: "residence", Confidence: 0.6}
	for i, g := range guests {
		st.addTriple(s, ms, mt, g, hm, g.Actor.Party, host, st.party(g), hp)
		for _, o := range guests[:i] {
			st.addTriple(s, ms, mt, g, o, g.Actor.Party, o.Actor.Party, st.party(g), st.party(o))
		}
	}
}

// otherYear reports whether tokens [a, b) of sentence s name a year other than the document's
// ("im Jahr 2022" in an article of 2025).
func (st *state) otherYear(s Sentence, a, b int) bool {
	if len(st.doc.Date) < 4 {
		return false
	}
	for _, t := range st.toks[s.First+a : s.First+b] {
		if len(t.Key) == 4 && t.Key[0] >= '1' && t.Key[0] <= '2' && strings.Trim(t.Key, "0123456789") == "" && t.Key != st.doc.Date[:4] {
			return true
		}
	}
	return false
}

// offices turns a leader's office named by the leader ("Netanyahu's office said", "Netanjahus
// Büro teilte mit", "das Büro von Netanjahu", "the office of President Erdogan"; not a place,
// "im Büro von Erdoğan") into the body that speaks: the presidency of the leader's country for a
// president in office on the document's date (now, without a date), the country for another
// head of state or government. The leader's name becomes a modifier of it. A possessive pronoun
// before the office ("his office said", "wie sein Büro mitteilte": grammar office_owners) is the
// office of the person of its gender named before in the sentence, else the last sentence's
// subject.
func (st *state) offices(si int, s Sentence, keys []string, out []Mention) []Mention {
	for k := range out {
		m := &out[k]
		if m.Actor == nil || m.Actor.Type != gazetteer.Person || m.Actor.Country == "" {
			continue
		}
		// The office after the leader ("Netanyahu's office", "Netanjahus Büro"), or before
		// ("das Büro von Netanjahu", "the office of Prime Minister Netanyahu").
		from, to := m.Phrase, m.Last
		if j := m.Last - s.First; m.Possessive {
			if j < len(keys) && keys[j] == "'s" {
				j++
			}
			if j >= len(keys) || !st.lr.Office(keys[j]) {
				continue
			}
			to = s.First + j + 1
		} else if j := m.Phrase - s.First - 1; !m.Modifier && j >= 1 && st.lr.OfficeLink(keys[j]) && st.lr.Office(keys[j-1]) {
			from = s.First + j - 1
			if j >= 2 && st.lr.Article(keys[j-2]) {
				from--
			}
			// (Not a place: "wurde im Büro von Präsident Erdoğan empfangen", "am Amtssitz von".)
			if p := from - s.First - 1; p >= 0 && st.lr.Locative(keys[p]) {
				continue
			}
		} else {
			continue
		}
		body := st.officeOf(m.Actor)
		if body == nil {
			continue
		}
		m.Modifier, m.Possessive = true, false
		return insert(out, Mention{Sentence: si, First: from, Last: to, Phrase: from, Actor: body,
			Kind: string(gazetteer.KindInstitution), Confidence: 0.7}) // (one office a sentence)
	}
	// "his office said", "wie sein Büro mitteilte": the office of the person of the pronoun's
	// gender the sentence is about, named before in it, else the last sentence's subject.
	for j := 0; j+1 < len(keys); j++ {
		gender, ok := st.lr.OfficeOwner(keys[j])
		if !ok || !st.lr.Office(keys[j+1]) {
			continue
		}
		var owner *gazetteer.Actor
		for _, m := range out {
			if m.Actor != nil && m.Actor.Type == gazetteer.Person && !m.Modifier && m.Last <= s.First+j && fitsPerson(m.Actor.Party, gender) {
				owner = m.Actor.Party
				break
			}
		}
		if owner == nil && len(st.subjects) > 0 {
			if p := st.lastSubject(); p != nil && fitsPerson(p, gender) {
				owner = p
			}
		}
		if owner == nil || owner.Country == "" { // (fitsPerson took a person)
			return out
		}
		if body := st.officeOf(owner); body != nil {
			return insert(out, Mention{Sentence: si, First: s.First + j, Last: s.First + j + 2, Phrase: s.First + j, Actor: body,
				Kind: string(gazetteer.KindInstitution), Confidence: 0.6})
		}
		return out
	}
	return out
}

// officeOf returns the body whose office a head of state or government on the document's date
// speaks for: a president's presidency, else the country; nil for anyone else (a minister's
// office is the ministry's).
func (st *state) officeOf(a *gazetteer.Actor) *gazetteer.Actor {
	var body *gazetteer.Actor
	g := st.x.gaz
	for _, r := range a.Roles {
		if r.Of != a.Country || !r.Holds(st.doc.Date) {
			continue
		}
		switch {
		case r.Title == "president":
			if p := g.Institution(a.Country, "presidency"); p != nil {
				body = p
			}
		case body == nil && (g.Covers("head-of-government", r.Title) || g.Covers("head-of-state", r.Title)):
			body = g.Country(a.Country)
		}
	}
	return body
}

// datelineCountry returns the country of the place the dateline of a text's first sentence
// names ("NEW DELHI, Oct 5 (PTI)"), given the sentence's tokens and mentions, or nil.
func (x *Extractor) datelineCountry(ts []tokenize.Token, ms []gazetteer.Mention) *gazetteer.Actor {
	n := datelineEnd(ts)
	for _, m := range ms {
		if m.End > n || m.Actor == nil {
			continue
		}
		switch m.Actor.Type {
		case gazetteer.Country:
			return m.Actor
		case gazetteer.City:
			return x.gaz.Country(m.Actor.Country)
		}
	}
	return nil
}

// inOtherPhrase reports whether the mention whose phrase begins at keys[j] is in a phrase of a
// preposition other than one of whose sake or view ("for", "für": grammar beneficiaries), an
// article perhaps between: "ein Empfang bei König Salman", "mit Guterres" name others met.
func (st *state) inOtherPhrase(keys []string, j int) bool {
	p := st.prepOf(keys, j)
	return p >= 0 && !st.lr.Beneficiary(keys[p])
}

// leadSentences is how far into a text its lead's subject is still the person it is about.
const leadSentences = 5

// contextTriple adds the meeting of match mt, whose clause names no subject, with the person the
// text is about:
//   - the first person named before the trigger in the sentence, not one a denial passes over
//     nor one in a phrase of a preposition other than "for" ("ein Empfang bei Salman und
//     Gespräche mit …");
//   - else, near the lead, the lead's subject, when the sentence before is about no one else, or
//     about someone who met the lead's subject ("Baerbock traf Qin. Qin wies die Kritik zurück.
//     … ein Gespräch mit Wang Yi vorgesehen": Baerbock's visit);
//   - else the person the sentence before is about ("Biden sagte seine Reise ab. Damit kommt das
//     Treffen mit Albanese nicht zustande");
//   - else, when the text is about no one yet, who reports it after a comma, no spokesperson
//     ("Bei dem Treffen mit Macron sei es um die Ukraine gegangen, sagte Scholz").
//
// A meeting referred to with a definite article whose other party met someone told just before
// is that meeting told again, no new one ("Pompeo traf den Kronprinzen. … Bei dem Treffen mit
// Pompeo"). The party's match kind is context, its text that of a mention by name.
func (st *state) contextTriple(si int, s Sentence, keys []string, ms []Mention, mt rules.Match, obj *Mention) {
	if obj.Kind == "group" || obj.Actor == nil {
		return
	}
	oa := obj.Actor.Party
	trig := s.First + mt.Trigger
	var a *gazetteer.Actor
	// (Not one who denies it: "Faisal dementierte: Ein Treffen mit Netanjahu habe es nicht
	// gegeben", "Faisal dementierte ein Treffen mit Netanjahu"; one who says it may have met:
	// "Lavrov said his meeting with Kuleba had been useless".)
	// (Not one a passive denial refuses it: "was denied meetings with Tiani".)
	// (One who denies reports of something else, though, may tell the meeting: "Lawrow
	// dementierte Berichte über einen Eklat: Das Treffen mit Blinken sei sachlich verlaufen".)
	says := func(m *Mention) bool {
		between := keys[m.Last-s.First : mt.Trigger]
		i, _ := st.lr.Denial(between)
		return i >= 0 && !st.lr.Passive(between[:i]) && (mt.Modality == rules.Negated || !st.lr.DeniesOther(between, i))
	}
	for k := range ms {
		// (Not one another meeting's "mit"/"with" names: "ein Treffen mit Guterres und ein Besuch
		// bei Bach" are another's; "For Scholz, a meeting with Biden" is Scholz's.)
		if m := &ms[k]; m.First < trig && !m.Modifier && m.Actor != nil && m.Actor.Party.Type == gazetteer.Person && m.Actor.Party != oa && !says(m) &&
			!st.inOtherPhrase(keys, m.Phrase-s.First) {
			a = m.Actor.Party
			break
		}
	}
	definite := mt.Trigger >= 1 && st.lr.Article(keys[mt.Trigger-1]) && !st.lr.Indefinite(keys[mt.Trigger-1])
	if a == nil && definite && st.metEarlier(oa) {
		return
	}
	if a == nil && len(st.subjects) > 0 {
		var lead, last *gazetteer.Actor
		if p := st.lastSubject(); p != nil && p.Party != oa {
			last = p.Party
		}
		if i := slices.IndexFunc(st.subjects, func(p *gazetteer.Actor) bool { return p != nil }); i >= 0 && si < leadSentences && st.subjects[i].Party != oa {
			lead = st.subjects[i].Party
		}
		a = last
		if lead != nil && (last == nil || st.metBefore([]*gazetteer.Actor{last, lead})) {
			a = lead
		}
	}
	if a == nil {
		a = st.reporter(keys, ms, s.First, mt.Trigger, oa)
	}
	if a == nil {
		return
	}
	g := &Mention{Sentence: si, First: trig, Last: trig + 1, Phrase: trig, Kind: "group", Confidence: 0.7}
	sp := st.groupParty(g, a, ms)
	sp.Match = "context"
	st.addTriple(s, ms, mt, g, obj, a, oa, sp, st.party(obj))
}

// reporter returns the person who reports, after a comma and a verb of saying, the clause with
// the trigger at token trig of a sentence that begins at token first ("…, sagte Scholz"); not a
// spokesperson, who reports others' meetings, nor other. Else nil.
func (st *state) reporter(keys []string, ms []Mention, first, trig int, other *gazetteer.Actor) *gazetteer.Actor {
	for j := trig + 1; j+1 < len(keys); j++ {
		if keys[j] != "," || !st.lr.Reports(keys[j+1]) {
			continue
		}
		for k := range ms {
			if m := &ms[k]; m.First > first+j+1 && !m.Modifier && m.Actor != nil && m.Actor.Party.Type == gazetteer.Person {
				if m.Actor.Party == other || m.Title == "spokesperson" {
					return nil
				}
				return m.Actor.Party
			}
		}
		return nil
	}
	return nil
}

// groupTriples adds the triples of match mt, which has a group phrase on one side ("they", "die
// drei Staatschefs"). A statement is said by each party of the group. Otherwise every pair of
// the group took part, and so did the actor on the other side, with each of them: "They later
// met Modi" is a meeting of Modi with each of them.
func (st *state) groupTriples(s Sentence, keys []string, ms []Mention, mt rules.Match, subj, obj *Mention) {
	g, other := subj, obj
	if subj.Kind != "group" || obj != nil && obj.Event && !subj.Event {
		g, other = obj, subj // (the meeting a group joined is the group in play: "alle drei wohnten der Unterzeichnung bei")
	}
	group := st.groupActors(g, ms)
	// withOther adds the triple of each party of the group with the actor on the other side.
	withOther := func() {
		oa, op := other.Actor.Party, st.party(other)
		for _, a := range group {
			if g == subj {
				st.addTriple(s, ms, mt, g, other, a, oa, st.groupParty(g, a, ms), op)
			} else {
				st.addTriple(s, ms, mt, other, g, oa, a, op, st.groupParty(g, a, ms))
			}
		}
	}
	// everyPair adds the triple of every pair of the group's parties.
	everyPair := func() { st.everyPair(s, ms, mt, g, other, group) }
	if g.Event {
		if mt.Rule.Relation == rules.Meeting && other == g && mt.Modality == rules.Negated {
			// "The meeting was called off": the meeting just told did not take place, for any
			// pair of its parties.
			everyPair()
			return
		}
		if mt.Rule.Relation == rules.Agreement {
			// One more signer of the agreement just told (not one of its signers again: "Putin
			// also signed the declaration"). (No one, or a group, on the other side: nothing.)
			if other != nil && other.Kind != "group" && !slices.Contains(group, other.Actor.Party) {
				withOther()
			}
			return
		}
		if mt.Rule.Relation == rules.Meeting && mt.Modality == rules.Asserted && other != nil && other.Kind == "group" && !other.Event {
			// A group of people joined it: "alle drei wohnten auch der Unterzeichnung bei".
			// Each of them meets each party of it not already one (the group's own pairs are
			// told where the group was named).
			for _, oa := range st.groupActors(other, ms) {
				if oa.Type != gazetteer.Person || slices.Contains(group, oa) {
					continue
				}
				for _, a := range group {
					st.addTriple(s, ms, mt, other, g, oa, a, st.groupParty(other, oa, ms), st.groupParty(g, a, ms))
				}
				if !slices.Contains(g.Parties, oa) {
					g.Parties = append(g.Parties, oa)
				}
			}
			st.addEvent(st.curSent, g.Parties...)
			return
		}
		if mt.Rule.Relation != rules.Meeting || other == nil || other.Kind == "group" {
			return // a ceremony says and signs nothing; without someone new, it tells nothing new
		}
		// Someone new at the meeting just told met each of its parties, and is one of them
		// from now on: "An dem Gipfel nahmen A, B und C teil" pairs C with A and B too.
		oa := other.Actor.Party
		if slices.Contains(group, oa) && st.metEarlier(oa) {
			return // "Trump soll bei dem Treffen gesagt haben": no one new
		}
		// (One another rule of this sentence put at the meeting is new to its parties still:
		// "kamen zu einem Gespräch zusammen, an dem auch Blinken und Lawrow teilnahmen" pairs
		// the two who took part with each other first.)
		// (A person who joins meets no country of it that the text names people of, nor does
		// one of those people: "Ägypten, Äthiopien und der Sudan haben sich verständigt. An den
		// Gesprächen nahmen die Außenminister Schukri und Andargachew teil" names the people who
		// met. A third party, "Steven Mnuchin attended the talks", still meets the countries;
		// so does anyone a country whose delegate the text named: "die iranische Delegation
		// führte Araghchi an".)
		if oa.Type == gazetteer.Person {
			own := slices.ContainsFunc(group, func(c *gazetteer.Actor) bool { return st.serves(oa, c) })
			group = slices.DeleteFunc(slices.Clone(group), func(a *gazetteer.Actor) bool {
				// (Not a country whose delegate a later sentence names: "Ukraine's was headed
				// by Umerov" puts him in its place.)
				return a.Type == gazetteer.Country && len(st.delegates[a.Country]) == 0 && !st.delegCountries[a.Country] && (own || st.namesServant(a))
			})
		}
		n := len(st.events)
		withOther()
		if mt.Modality == rules.Negated {
			st.absent = append(st.absent, oa) // one who stayed away is no party of it
			return
		}
		if !slices.Contains(g.Parties, oa) {
			g.Parties = append(g.Parties, oa)
		}
		st.addEvent(st.curSent, g.Parties...)
		if len(st.events) > n && n > 0 && !st.events[n].summit {
			// (The gathering joined goes on in this sentence's event, for those who speak
			// after it: see spokeLater.)
			st.events[n].summit, st.events[n].intl = st.events[n-1].summit, st.events[n-1].intl
		}
		return
	}
	if len(group) < 2 {
		return
	}
	if mt.Rule.Relation == rules.Statement {
		// "Beide Seiten bekräftigten …": each party said it.
		for _, a := range group {
			st.addTriple(s, ms, mt, g, nil, a, nil, st.groupParty(g, a, ms), nil)
		}
		return
	}
	// "Lukaschenko begrüßte seine Gäste": a group whose parties all met at the meeting told
	// before; that they met is no news of this sentence.
	toldBefore := g == obj && g != subj && mt.Rule.Relation == rules.Meeting && mt.Modality == rules.Asserted && st.metBefore(group)
	if other != nil && other.Kind != "group" {
		withOther()
	}
	if toldBefore {
		return
	}
	// "Die drei Staatschefs verabschiedeten eine gemeinsame Erklärung": every pair; not when
	// someone met them one by one ("Macron, who met both leaders separately").
	if g == obj && g != subj && mt.Rule.Relation == rules.Meeting {
		// "sprach mit beiden", "has spoken with both": a bare "both" a preposition governs
		// says nothing of the two having met each other.
		if p := g.First - s.First - 1; p >= 0 && st.lr.Preposition(keys[p]) && g.Last-g.First == 1 && !st.lr.PluralPronoun(keys, p+1) {
			return
		}
		// (Between the verb and the group: "praised their bilateral ties" after it says
		// nothing of how they met.)
		from, to := min(mt.Trigger, g.First-s.First), max(mt.Trigger+1, g.Last-s.First)
		if to < len(keys) && keys[to] != "," {
			to++ // "met both leaders separately"
		}
		// (Or the subject between: "Mit ihnen sprachen Merkel und Maas getrennt".)
		for g.Last-s.First <= mt.Trigger && to < len(keys) && to-mt.Trigger < 8 && isWord(keys[to]) {
			to++
		}
		if st.lr.Separate(keys[from:to]) {
			return
		}
	}
	everyPair()
}

// tripleKey identifies a fact within a sentence, so that two rules finding it give one triple.
type tripleKey struct {
	rel, mod string
	a, b     *gazetteer.Actor
}

// unnamedOf reports whether actor a, told as party p, is a country or a body the text names only
// through unnamed people of it ("die Vertreter der USA", "the leaders of Australia, India and
// Japan", "Vertretern der EU"); not through its
// delegation ("die russische Delegation", "die chinesische Handelsdelegation"), which stands
// for it.
func (st *state) unnamedOf(a *gazetteer.Actor, p *Party) bool {
	return (a.Type == gazetteer.Country || a.Type == gazetteer.Organization) && p != nil && p.Match == "role" &&
		!slices.ContainsFunc(strings.Fields(p.Text), func(w string) bool { return st.lr.DelegationNoun(fold.String(w)) })
}

// addTriple records the triple of match mt between parties sa and oa (oa nil for a statement),
// never between a party and itself nor between a person and the country whose office they hold
// (see serves).
func (st *state) addTriple(s Sentence, ms []Mention, mt rules.Match, subj, obj *Mention, sa, oa *gazetteer.Actor, sp, op *Party) {
	if sa == oa || (oa != nil && (st.serves(sa, oa) || st.serves(oa, sa))) {
		return
	}
	// A person named meets or agrees with no country the text puts there only through unnamed
	// people of it ("Vertreter der USA und Chinas nahmen als Beobachter teil", "Duda and the
	// presidents of Lithuania, Latvia and Estonia will travel to Kyiv for talks with Zelensky",
	// "haben die Präsidenten Serbiens, Kroatiens und Bosniens den Vertrag paraphiert" where the
	// text names two of them): the gold guide pairs the people when it names them, and unnamed
	// people give nothing.
	if mt.Rule.Relation != rules.Statement && oa != nil && (st.unnamedOf(sa, sp) && oa.Type == gazetteer.Person || st.unnamedOf(oa, op) && sa.Type == gazetteer.Person) {
		return
	}
	k, k2 := tripleKey{mt.Rule.Relation, mt.Modality, sa, oa}, tripleKey{mt.Rule.Relation, mt.Modality, oa, sa}
	if st.seen[k] || (mt.Rule.Relation != rules.Statement && st.seen[k2]) {
		return
	}
	st.seen[k] = true
	t := Triple{Doc: st.doc.ID, Relation: mt.Rule.Relation, Modality: mt.Modality, Subject: sp, Object: op,
		Trigger: st.span(s.First+mt.Trigger, s.First+mt.Trigger+1), Sentence: st.doc.Text[s.Start:s.End],
		Rule: mt.Rule.ID, Meta: st.meta()}
	// (What was said does not begin with the dateline: "NAIROBI (Al Jazeera) - A planned meeting …,
	// the ministry said".)
	if from := max(mt.Content[0], st.dateline); mt.Content[1] > from {
		t.Content = unquote(st.span(s.First+from, s.First+mt.Content[1]).Text)
	}
	if t.Relation != rules.Statement {
		pl := st.place(s, ms, mt.Trigger, subj, obj)
		if pl != nil {
			t.Place = pl.Name
		}
		t.Date = dateOf(st.toks, s, s.First+mt.Trigger, st.doc.Date, mt.Modality == rules.Planned)
		// (A witness and a party are no pair "the two sides" or "die beiden" can mean.)
		if !mt.Rule.Witness() {
			st.pairs = append(st.pairs, [2]*gazetteer.Actor{sa, oa})
			st.lastPairSent = st.curSent
		}
		if mt.Rule.Subject.Find == "between" {
			st.between, st.betweenSent = len(st.pairs), st.curSent // "talks between X and Y": the pair that met each other
		}
		if t.Relation == rules.Agreement && (sa.Type == gazetteer.Country || oa.Type == gazetteer.Country) {
			st.accords = append(st.accords, accord{sa, oa, st.curSent, mt.Modality})
		}
		if t.Relation == rules.Agreement && mt.Modality == rules.Asserted {
			// The signers of the sentence's agreements: "X also signed the deal" after them.
			if st.signedSent != st.curSent {
				st.signers, st.signedSent = st.signers[:0], st.curSent
			}
			for _, a := range []*gazetteer.Actor{sa, oa} {
				if !slices.Contains(st.signers, a) {
					st.signers = append(st.signers, a)
				}
			}
		}
		// (A negated joining of the meeting just told, "Xi blieb dem Gipfel fern", "nahm nicht
		// teil", makes no party of it, nor of a new one that those named later would join: "Zu
		// den Teilnehmern zählen Biden und Scholz.")
		notJoined := mt.Modality == rules.Negated && mt.Rule.Object != nil && mt.Rule.Object.Find == "meeting"
		if t.Relation == rules.Meeting && !notJoined {
			st.addEvent(st.curSent, sa, oa) // those who met are "they", "the three leaders"
			e := &st.events[len(st.events)-1]
			if e.place == nil && pl != nil {
				e.place = pl
			}
			// (A body or a state there through people the text does not name, "eine Delegation
			// der ECOWAS", is no party for those named later as of it; see event.unnamed.)
			for _, m := range []*Mention{subj, obj} {
				if m != nil && m.Kind == string(gazetteer.KindRole) && m.Actor != nil && m.Actor.Party.Type != gazetteer.Person &&
					!slices.Contains(e.unnamed, m.Actor.Party) {
					e.unnamed = append(e.unnamed, m.Actor.Party)
				}
			}
			if mt.Modality == rules.Asserted {
				e.told = true
			}
			if t.Modality == rules.Reported {
				st.reported = append(st.reported, reportedPair{sa, oa, st.curSent})
			}
		}
		at := [2]int{st.curSent, mt.Trigger}
		equals := mt.Rule.Subject.Find == "coordinated" || mt.Rule.Subject.Find == "between"
		if t.Relation == rules.Meeting && oa.Type == gazetteer.Person && equals && sa != st.host && oa != st.host &&
			!slices.Contains(st.guests, sa) && !slices.Contains(st.guests, oa) {
			// Others meeting as equals ("Tage später kamen Putin und Erdoğan in Sotschi
			// zusammen"): the host is who is at home where they met, else no one told.
			st.host, st.guest, st.hostCleared = nil, nil, true
			switch {
			case pl != nil && pl.Country != "" && sa.Country == pl.Country && oa.Country != pl.Country:
				st.host, st.guest = sa, oa
			case pl != nil && pl.Country != "" && oa.Country == pl.Country && sa.Country != pl.Country:
				st.host, st.guest = oa, sa
			}
		}
		// (Nor does one who joins the meeting just told: "ein Staatsbankett, an dem auch Scholz
		// teilnahm" leaves Steinmeier the host.)
		joins := mt.Rule.Object != nil && mt.Rule.Object.Find == "meeting" && !mt.Rule.Hosts
		if t.Relation == rules.Meeting && oa.Type == gazetteer.Person && !(at == st.hostAt && slices.Contains(st.guests, sa)) && !equals && !joins {
			// (The guests' pairs among themselves leave host and guest as they were: after
			// "Macron empfing Merkel und Putin", "der Gastgeber" is Macron; so do those who met
			// as equals: "Putin und Selenskyj kamen zusammen".)
			if at != st.hostAt {
				st.hostAt, st.guests = at, st.guests[:0]
			}
			st.guests = append(st.guests, oa)
			st.guest, st.host, st.hostCleared = oa, sa, false
			// "Scholz ist in Peking mit Xi zusammengetroffen": in the object's country, the
			// subject of a meeting "with" someone is the guest (not of "empfing": who receives
			// hosts, wherever that is).
			symmetric := mt.Rule.Object != nil && mt.Rule.Object.Find == "cue"
			if symmetric && pl != nil && pl.Country != "" && oa.Country == pl.Country && sa.Country != pl.Country {
				st.guest, st.host = sa, oa
			}
		}
		// The two who met a third together at one trigger are a pair as two told "between" are:
		// the guests a host received ("Anwar empfing Hun Manet und Phumtham … Die beiden
		// einigten sich"), those who held talks with someone ("Costa and von der Leyen held talks
		// with Xi … The two EU leaders later met Li Qiang"); not the third and one of them.
		if t.Relation == rules.Meeting && !mt.Rule.Witness() {
			if at != st.trioAt {
				st.trioAt, st.trio = at, st.trio[:0]
			}
			st.trio = append(st.trio, [2]*gazetteer.Actor{sa, oa})
			if len(st.trio) == 3 {
				if c := commonParty(st.trio[0], st.trio[1]); c != nil && sa != c && oa != c {
					st.guestPair = len(st.pairs)
				}
			}
		}
	}
	t.Confidence = confidence(mt.Rule.Confidence, subj, obj)
	st.res.Triples = append(st.res.Triples, t)
}

// unquote takes the quotation marks off a content that is one quote.
func unquote(s string) string {
	first, n := utf8.DecodeRuneInString(s)
	last, m := utf8.DecodeLastRuneInString(s)
	if len(s) > n+m && strings.ContainsRune("\"„“”«»", first) && strings.ContainsRune("\"„“”«»", last) {
		return s[n : len(s)-m]
	}
	return s
}

func confidence(rule float64, ms ...*Mention) float64 {
	if rule == 0 {
		rule = 0.9
	}
	c := rule
	for _, m := range ms {
		if m != nil && m.Confidence < 1 {
			c *= m.Confidence
		}
	}
	return math.Round(c*100) / 100
}

// span returns the text and code point offsets of tokens [first, last).
func (st *state) span(first, last int) Span {
	a, b := st.toks[first], st.toks[last-1]
	return Span{Text: st.doc.Text[a.Start:b.End], Start: int(a.RStart), End: int(b.REnd)}
}

func (st *state) party(m *Mention) *Party {
	a := m.Actor.Party
	sp := st.span(m.First, m.Last)
	match := m.Kind
	if a != m.Actor {
		match = string(gazetteer.KindMetonym)
	}
	return &Party{ID: a.ID, Name: a.Name, Type: string(a.Type), Text: sp.Text, Start: sp.Start, End: sp.End, Match: match}
}

// groupParty is party a of group phrase m ("the four leaders", "they"). Its text and offsets
// are those of a's last mention by name before m, in ms (m's sentence) or in an earlier
// sentence, else its first after m in ms: the group phrase is the same for every party, and a
// party's text must tell it from the others. The match kind says that a group named it here.
func (st *state) groupParty(m *Mention, a *gazetteer.Actor, ms []Mention) *Party {
	first, last := m.First, m.Last
	// The last mention that names the actor, else the last role that stands for it ("die
	// Spitzenpolitiker Chinas, Japans und Südkoreas … verabschiedeten sie"): never the group's
	// own words, which two parties would share.
	found := false
	for _, strict := range []bool{true, false} {
		standsFor := func(n *Mention) bool {
			return n.Actor != nil && n.Actor.Party == a && !n.Modifier && (n.named() || !strict)
		}
		for k := len(ms) - 1; k >= 0 && !found; k-- {
			if n := &ms[k]; n.Last <= m.First && standsFor(n) {
				first, last, found = n.First, n.Last, true
			}
		}
		for k := len(st.res.Mentions) - 1; k >= 0 && !found; k-- {
			if n := &st.res.Mentions[k]; standsFor(n) {
				first, last, found = n.First, n.Last, true
			}
		}
	}
	named := func(n *Mention) bool { return n.Actor != nil && n.Actor.Party == a && !n.Modifier && n.named() }
	// Someone who joined the meeting later in the sentence: "An den Gesprächen nahmen A und B
	// teil" gives B's name, not the reference's words, when A and B are paired.
	if k := slices.IndexFunc(ms, func(n Mention) bool { return named(&n) }); !found && k >= 0 {
		first, last = ms[k].First, ms[k].Last
	}
	sp := st.span(first, last)
	return &Party{ID: a.ID, Name: a.Name, Type: string(a.Type), Text: sp.Text, Start: sp.Start, End: sp.End, Match: "group"}
}

// meta is the input metadata carried into every triple: built once per document, and shared
// by its triples (read-only).
func (st *state) meta() map[string]any {
	if st.metaMap != nil || (len(st.doc.Meta) == 0 && st.doc.URL == "" && st.doc.Date == "") {
		return st.metaMap
	}
	m := make(map[string]any, len(st.doc.Meta)+2)
	for k, v := range st.doc.Meta {
		m[k] = v
	}
	if st.doc.URL != "" {
		m["url"] = st.doc.URL
	}
	if st.doc.Date != "" {
		m["date"] = st.doc.Date
	}
	st.metaMap = m
	return m
}

// place returns where a meeting or agreement happened: the city, place or country named in a
// locative phrase nearest after the trigger (else before it), a city preferred to the building
// it contains ("in der Großen Halle des Volkes in Peking" is Beijing).
func (st *state) place(s Sentence, ms []Mention, trig int, parties ...*Mention) *gazetteer.Actor {
	lr := st.lr
	var cands []*Mention
	for k := range ms {
		m := &ms[k]
		if m.Modifier || m.Actor == nil || m.Kind == "pronoun" || m.Kind == "group" {
			continue
		}
		switch m.Actor.Type {
		case gazetteer.City, gazetteer.Place, gazetteer.Country:
		default:
			continue
		}
		if j := m.Phrase - 1; j >= s.First && (lr.Locative(st.toks[j].Key) || (j > s.First && lr.Locative(st.toks[j-1].Key) && lr.Article(st.toks[j].Key))) {
			isParty := false
			for _, p := range parties {
				isParty = isParty || p == m
			}
			if !isParty {
				cands = append(cands, m)
			}
		}
	}
	t := s.First + trig
	var pick *Mention
	for _, m := range cands {
		if m.First > t {
			pick = m
			break
		}
	}
	if pick == nil {
		for _, m := range cands {
			if m.First < t {
				pick = m
			}
		}
	}
	if pick == nil {
		return nil
	}
	if pick.Actor.Type == gazetteer.Place {
		for _, m := range cands {
			if m.First > pick.First && m.First-pick.Last <= 4 && m.Actor.Type == gazetteer.City {
				return m.Actor
			}
		}
	}
	return pick.Actor
}

// scratch returns a cleared bool slice of length n, reused from sentence to sentence.
func (st *state) scratch(n int) []bool {
	if cap(st.cover) < n {
		st.cover = make([]bool, n)
	}
	st.cover = st.cover[:n]
	clear(st.cover)
	return st.cover
}

// isWord reports whether s is a word of letters (and inner hyphens or apostrophes).
func isWord(s string) bool {
	for i, r := range s {
		if !unicode.IsLetter(r) && !(i > 0 && (r == '-' || r == '\'')) {
			return false
		}
	}
	return s != ""
}

// commonParty returns the party two pairs share when they share exactly one, else nil.
func commonParty(p, q [2]*gazetteer.Actor) *gazetteer.Actor {
	switch {
	case p == q || p == [2]*gazetteer.Actor{q[1], q[0]}:
		return nil
	case p[0] == q[0] || p[0] == q[1]:
		return p[0]
	case p[1] == q[0] || p[1] == q[1]:
		return p[1]
	}
	return nil
}

// followersOf makes a modifier of a person named in the genitive right after a noun of people
// on their side: "Einige Anhänger Saddam Husseins protestierten" (the followers protested, not
// Saddam Hussein).
func followersOf(lr *rules.LangRules, ms []Mention, keys []string, first int) {
	for k := range ms {
		m := &ms[k]
		i := m.First - first
		if m.Modifier || m.Actor == nil || m.Actor.Type != gazetteer.Person || i < 1 || !lr.Follower(keys[i-1]) ||
			!strings.HasSuffix(keys[m.Last-first-1], "s") {
			continue
		}
		m.Modifier = true
	}
}

// possessive reports whether the feminine object pronoun at keys[i], which the language also
// writes as a possessive, is the possessive there: German "ihr" is "her" after a preposition
// only ("mit ihr"); English "her" before a preposition, a coordinator or a mark ("met her on
// Monday", "with her and Scholz"), not before a noun ("with her counterpart").
func (st *state) possessive(raw, keys []string, i int) bool {
	lr := st.lr
	if st.lang != "en" {
		return i == 0 || !lr.Preposition(keys[i-1])
	}
	return i == 0 || i+1 < len(keys) && isWord(raw[i+1]) && !lr.Preposition(keys[i+1]) && !lr.Coordinator(keys[i+1])
}
