package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"dipex/fold"
	"dipex/tokenize"
)

// try applies one rule at trigger i and appends a match for every pair of parties it finds.
// When it finds none and why is not nil, it says why there.
func (lr *langRules) try(c *compiled, s *Sentence, i int, out []Match, why *string) []Match {
	keys := s.Keys
	say := func(format string, args ...any) []Match {
		if why != nil {
			*why = fmt.Sprintf(format, args...)
		}
		return out
	}
	if !lr.caseFits(c, s, i) {
		return say("%q is written in the wrong case for this rule (a capitalised trigger is a noun, a lower-case one a verb)", s.Raw[i])
	}
	if c.Trigger.Opens && sentenceFrom(keys, i) != i {
		return say("the trigger does not open the sentence")
	}
	if i > 0 && c.notAfter[keys[i-1]] {
		return say("%q before the trigger makes it another word (a noun, not a verb)", s.Raw[i-1])
	}
	// (Nor after a preposition, perhaps with a word in lower case between, an adjective: "held
	// out on key demands"; a verb in "-s" never follows one. But a preposition and a word right
	// after the subject are an adverbial before its verb: "Lavrov in turn claims", "Iran in
	// return demands".)
	if c.pluralNouns[keys[i]] && i > 0 && (lr.nounModifier(s, i-1) || lr.verbBeforeNoun(keys[i-1]) && !s.inPhrase(i-1) && !(s.Raw != nil && fold.IsUpper(s.Raw[i-1])) ||
		lr.g.prep[keys[i-1]] || i > 1 && lr.g.prep[keys[i-2]] && lowerWord(s, i-1) && !s.inPhrase(i-1) && !lr.subjectEnds(s, i-2)) {
		return say("%q before the trigger makes it a plural noun", s.Raw[i-1])
	}
	if len(c.notParticles) > 0 && lr.closingParticle(keys, i, c.notParticles) >= 0 {
		return say("a particle of %v closes the clause: another verb", c.Trigger.NotParticle)
	}
	if i+1 < len(keys) && c.notBeforeWords[keys[i+1]] {
		return say("%q after the trigger makes it another construction", s.Raw[i+1])
	}
	// (An agreement's participle right after the article may be a verb all the same: "Das
	// vereinbarten Moon und Kim"; one after words of its own is inside the noun phrase: "zu
	// einem kurzfristig vereinbarten Abendessen mit Trump".)
	if (c.Relation == Statement || c.Relation == Agreement && i > 0 && !lr.g.art[keys[i-1]]) && lr.extendedAttribute(s, i) {
		return say("%q is a participle inside a noun phrase (\"den zum Tode verurteilten Deutschen\")", s.Raw[i])
	}
	if len(c.notBefore) > 0 {
		// (A German subject may follow the verb when no actor stands before it in the clause:
		// then the actor right after it is the subject, and the one after that would be the
		// other verb's object. "Am Rande des Treffens übergab Haavisto die Urkunde an Blinken";
		// not "Am Montag übergab Trump Witkoff einen Brief an Putin".)
		at := i
		if cs, _ := lr.clause(keys, i); lr.g.freeInversion &&
			!slices.ContainsFunc(s.Mentions, func(p Mention) bool { return p.Phrase >= cs && p.End <= i && c.subj.accepts(p) }) {
			if k := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Phrase > i && lr.onlyArticles(keys, i+1, m.Phrase) }); k >= 0 {
				at = s.Mentions[k].End - 1
			}
		}
		for _, m := range s.Mentions {
			// (A statement's: not one who owns the noun after it, "called the Argentine
			// president's absence "a great foolishness""; but their office is them, "called
			// Tsipras' office". The noun follows the possessive's mark, or the inflected genitive.)
			if m.Phrase <= at || !c.notBefore[m.Type] || !lr.onlyArticles(keys, at+1, m.Phrase) {
				continue
			}
			if c.Relation == Statement {
				owned := m.End
				if owned < len(keys) && possessiveMark(keys, owned) {
					owned++
				}
				if m.Possessive && owned < len(keys) && !lr.g.offices[keys[owned]] {
					continue
				}
				// (A single quotation mark only with its closing one later in the sentence: not the
				// possessive of "called Alexis Tsipras' office".)
				// (Nor an indefinite article before a quote: "called the Ukrainian leader a
				// "dictator"", not "called the Ukrainian leader a day after the strike".)
				if m.End < len(keys) && (keys[m.End] == `"` || keys[m.End] == "'" && slices.Contains(keys[m.End+1:], "'") ||
					lr.g.indefinites[keys[m.End]] && m.End+1 < len(keys) && quoteKey(keys[m.End+1])) {
					continue // the one named in quotes: "called Biden 'a very experienced statesman'"
				}
			}
			return say("a %s right after the trigger makes it another verb", m.Type)
		}
	}
	nearOK := lr.nearWord(s, i, c.within, c.near, false) || lr.nearWord(s, i, c.within, c.nearBefore, true) ||
		c.Trigger.NearClause && lr.inClause(s, i, c.near)
	if len(c.near)+len(c.nearBefore) > 0 && !nearOK {
		if len(c.nearBefore) > 0 {
			return say("none of %v within %d words, nor of %v before it", c.Trigger.Near, c.within, c.Trigger.NearBefore)
		}
		return say("none of %v within %d words", c.Trigger.Near, c.within)
	}
	if len(c.notSoon) > 0 {
		for j := i + 1; j < len(keys) && j <= i+4 && keys[j] != "," && !isBoundary(keys[j]); j++ {
			// (Not a word that owns the noun after it: "welcomed the leaders' decision".)
			if c.notSoon[keys[j]] && !(j+1 < len(keys) && possessiveMark(keys, j+1)) {
				return say("%q right after the trigger makes it another verb", s.Raw[j])
			}
		}
	}
	alone := c.Trigger.ThenOrAlone && (i+1 >= len(keys) || keys[i+1] == ";" || tokenize.IsTerminal(keys[i+1]))
	if len(c.then) > 0 && !alone && !slices.ContainsFunc(clauseAfter(keys, i, 25), func(k string) bool { return c.then[k] }) {
		return say("none of %v follows in the clause", c.Trigger.Then)
	}
	particle := -1
	cs, ce := lr.widenedClause(s, i)
	if len(c.inClause) > 0 && !lr.phraseInClause(s, cs, ce, c.inClause) {
		return say("none of %v in the clause", c.Trigger.InClause)
	}
	// (Or the antecedent of a relative clause: "Ramaphosa, who had brought along X".)
	// (No article between the person and the trigger: one opens the verb's own subject, and
	// the person is another verb's, "Xi said the trip brought Wang Yi to the US".)
	relative := cs >= 2 && keys[cs-1] == "," && lr.g.rel[keys[cs]]
	if c.Trigger.ActorBefore && !slices.ContainsFunc(s.Mentions, func(m Mention) bool {
		return m.Type == "person" && (m.Phrase >= cs || relative && m.End == cs-1) && m.End <= i && !m.Possessive && lr.ungoverned(s, m) &&
			!slices.ContainsFunc(keys[m.End:i], func(k string) bool { return lr.g.art[k] })
	}) {
		return say("no person before the trigger does it")
	}
	// "signed separate documents, each with Akar and Guterres": an agreement's clause goes on
	// after a comma, a word of one by one and the cue "with" (not a meeting's: "met on
	// Wednesday, each with advisers such as Blinken at the table").
	if c.Relation == Agreement && ce+2 < len(keys) && keys[ce] == "," && lr.g.separately[keys[ce+1]] && lr.g.with[keys[ce+2]] {
		_, ce = lr.clause(keys, ce+2)
	}
	if c.Relation == Meeting && lr.offered(s, i, cs) {
		return say("an offer to meet (%q), no meeting told", "bereit/ready")
	}
	opensEnd := -1 // the comma that closes a fronted participle's phrase
	if c.Trigger.Opens && ce+1 < len(keys) && keys[ce] == "," {
		opensEnd = ce
		_, ce = lr.clause(keys, ce+1) // the fronted participle's subject is the next clause's
	}
	if len(c.particles) > 0 {
		particle = lr.particle(keys, i, c.particles)
		if particle < 0 {
			return say("no particle %v closes the clause", c.Trigger.Particle)
		}
		ce = max(ce, particle+1)
	}
	vetoEnd := ce
	speakerBefore := c.VetoSpeaker && slices.ContainsFunc(s.Mentions, func(m Mention) bool {
		if m.Phrase < cs || m.End > i || m.Possessive {
			return false
		}
		r, _ := lr.governs(s, m)
		return r != prep && r != genitiv // not "Im Fall Alexej Nawalny bestätigte eine Studie"
	})
	if speakerBefore && !lr.g.verbFinal {
		// Veto words that could be the speaker ("the report said", "said a new report") block
		// nothing after the verb when an actor before it speaks: "the DUP said it would study
		// the details".
		vetoEnd = i + 1
	}
	if c.VetoFronted {
		for j := sentenceFrom(keys, i); j < cs && keys[j] != ","; j++ {
			if c.veto[keys[j]] {
				return say("vetoed by %q in the phrase that opens the sentence", keys[j])
			}
		}
	}
	for j := cs; j < vetoEnd; j++ {
		// English: a speaker after the verb is the noun phrase right after it ("claimed a new US
		// intelligence report"); a veto word after a pronoun, an auxiliary or a complementizer is
		// in what was said ("said his party would take time to study the detail").
		if c.VetoSpeaker && !lr.g.verbFinal && j > i && (j > i+6 || lr.saidClause(keys[j-1])) {
			break
		}
		// (Nor one a finite verb follows, the subject of what was said: "said the report was
		// inaccurate", not "said a new report".)
		if c.VetoSpeaker && !lr.g.verbFinal && j > i && j+1 < len(keys) && c.veto[keys[j]] && (lr.g.passiveAux[keys[j+1]] || lr.g.haveAux[keys[j+1]]) {
			break
		}
		// German: after the verb a noun in the object case is its object ("bestätigte einen
		// Bericht", "sagte zu dem internen Bericht"), but a nominative one is the speaker
		// ("bestätigte eine Studie") and a passive auxiliary still vetoes ("der verurteilte X war
		// überstellt worden").
		if speakerBefore && lr.g.verbFinal && j > i && s.Raw != nil && fold.IsUpper(s.Raw[j]) && lr.objectArticleBefore(keys, j) {
			continue
		}
		// Before a German verb at the end, an actor that opens the clause before a veto noun in
		// the object case is the speaker and the noun its object: "Der Kreml hat einen Bericht
		// über … zurückgewiesen" (not "Israel hat ein Bericht der UN verurteilt").
		if c.VetoSpeaker && j < i && lr.g.verbFinal && s.Raw != nil && fold.IsUpper(s.Raw[j]) && lr.objectArticleBefore(keys, j) &&
			slices.ContainsFunc(s.Mentions, func(m Mention) bool {
				return lr.onlyArticles(keys, cs, m.Phrase) && m.End <= j && !m.Possessive && !m.ObjectCase
			}) {
			continue
		}
		// (A word inside a name vetoes nothing: the "von" of "Ursula von der Leyen"; nor one
		// inside a title's phrase: "mit dem Emir von Katar".)
		if c.veto[keys[j]] && !lr.emptyPhrase(s, j) && !s.inName(j) && !s.inRole(j) && !lr.temporalPhrase(keys, j) {
			return say("vetoed by %q", keys[j])
		}
	}
	if c.Relation != Statement {
		if j := lr.commemorated(s, i, cs, ce); j >= 0 {
			return say("%q marks a past event remembered, not one that happens", keys[j])
		}
		if d := lr.directedBefore(keys, cs, i); d >= 0 {
			return say("%q tells its object to do it, whom this rule does not look for", keys[d])
		}
	} else if j := lr.conditionalBefore(keys, cs, i); j >= 0 {
		return say("%q makes the saying a condition, not something said", keys[j])
	}
	var pairs [][2]int
	var coParties [][2]int // parties named together on one side, who met only if the meeting took place
	switch c.subj.find {
	case "between":
		pairs = lr.between(s, i, c.subj)
	case "coordinated":
		pairs = lr.coordinated(s, i, cs, ce, c.subj)
		if slices.ContainsFunc(pairs, func(p [2]int) bool { return p[1] >= 0 && lr.sequenced(s, []int{min(p[0], p[1]), max(p[0], p[1])}) }) {
			pairs = nil // "zunächst Li Keqiang und danach Xi Jinping getroffen": met one after the other
		}
		// "Russia and Ukraine each signed a deal with Turkey": each did so with a third, not
		// with the other (but "Putin and Xi each signed the declaration": together).
		if e := listEnd(s, pairs); e >= 0 && e < min(ce, len(keys)) && lr.separate(keys, e, e+1) && lr.g.with.anyOf(keys[e:min(ce, len(keys))]) {
			pairs = nil
		}
		// "veröffentlichten X, Y und Z gemeinsam mit W eine Erklärung": the companion joins.
		var items []int
		for _, p := range pairs {
			for _, k := range p {
				if k >= 0 && !slices.Contains(items, k) {
					items = append(items, k)
				}
			}
		}
		companions := lr.companionsIn(s, cs, sentenceTo(keys, ce), c.subj, items)
		// "Die Präsidenten X, Y und Z verabschiedeten mit dem Kanzler eine Erklärung": "mit"
		// right after the verb of a joint act adds a party (rules where "mit" names another
		// meeting veto it).
		if k := lr.withRightAfter(s, i); k >= 0 && len(items) >= 2 && !slices.Contains(items, k) && !slices.Contains(companions, k) {
			companions = append(companions, k)
		}
		for _, k := range companions {
			for _, it := range items {
				pairs = append(pairs, [2]int{it, k})
			}
		}
		// "Auf amerikanischer Seite nahmen Rubio und Witkoff teil, auf russischer Seite Lawrow
		// und Uschakow": the other side's list took part too.
		if other := lr.otherSide(s, max(ce, particle+1), c.subj); len(other) > 0 && len(items) > 0 {
			for _, o := range other {
				for _, it := range items {
					pairs = append(pairs, [2]int{it, o})
				}
			}
			pairs = append(pairs, allPairs(other)...)
		}
	default:
		subj := lr.slot(s, c.subj, i, cs, ce, -1, true)
		if subj < 0 && c.subj.context && c.Relation == Meeting && c.Object != nil {
			// "Damit kommt das Treffen mit Albanese nicht zustande": the person the text is about.
			// Only people: "talks with Ankara" are often another actor's.
			if obj := lr.slot(s, c.obj, i, cs, ce, -1, false); obj >= 0 && s.Mentions[obj].Type == "person" {
				var os []int
				for _, o := range lr.withConjuncts(s, obj, c.obj, -1, len(keys)) {
					if s.Mentions[o].Type == "person" {
						pairs = append(pairs, [2]int{ContextSubject, o})
						os = append(os, o)
					}
				}
				// "ein Gipfel mit Abdullah II., al-Sisi und Abbas", "sein Treffen mit Albanese,
				// Kishida und Modi": those named together after the cue of a gathering meet one
				// another too (not "Gespräche mit Vučić und Orbán", talks with each).
				noun := keys[i][strings.LastIndexByte(keys[i], '-')+1:]
				if len(os) >= 2 && (lr.g.gatherings[noun] || lr.g.caseTriggers && compoundEnd(noun, lr.g.gatherings, 5)) && lr.singularNoun(s, i) && lr.cueTogether(keys, c.obj.cues, cs, ce) && !lr.separate(keys, cs, ce) && !lr.sequenced(s, os) && !lr.disjoint(s, os) {
					coParties = allPairs(os)
				}
				break
			}
		}
		if subj < 0 {
			return say("no subject: no %s actor (%s) outside a prepositional phrase", c.Subject.Find, typesOf{&c.subj})
		}
		// "Joe Biden's envoy Brett McGurk attended the talks with …": an owner whose noun names a
		// person owns that person, not the trigger.
		if c.subj.possessive && slices.ContainsFunc(s.Mentions, func(m Mention) bool {
			return !m.Possessive && m.Named && m.Type == "person" && m.Start >= s.Mentions[subj].End && m.End <= i
		}) {
			return say("the owner owns a person named before the trigger, not the trigger")
		}
		if c.Object != nil && c.obj.find == "meeting" {
			// (With the other side's list that shares the verb: "Auf amerikanischer Seite nahmen
			// X und Y teil, auf russischer Seite A und B".)
			subjs := append(lr.withConjuncts(s, subj, c.subj, -1, ce), lr.otherSide(s, max(ce, particle+1), c.subj)...)
			subjs = append(subjs, lr.nextSide(s, subjs, c.subj)...)
			for _, sj := range subjs {
				pairs = append(pairs, [2]int{sj, LastMeeting})
			}
			break
		}
		if c.Object == nil {
			// "Die Außenminister Frankreichs, Italiens und Österreichs erklärten": each speaks.
			limit := i
			if s.Mentions[subj].Phrase > i {
				limit = ce
			}
			for _, sj := range lr.withConjuncts(s, subj, c.subj, -1, limit) {
				pairs = append(pairs, [2]int{sj, -1})
			}
			break
		}
		var obj int
		if opensEnd > 0 {
			// The object of a fronted participle is the subject of the clause after its comma.
			obj = lr.slot(s, c.obj, opensEnd, opensEnd+1, ce, subj, false)
		} else {
			obj = lr.slot(s, c.obj, i, cs, ce, subj, false)
		}
		// "verkündete die Einigung gemeinsam mit X", "announced the truce together with X": one
		// named after a companion phrase (grammar companions) announced the accord with the
		// subject, no party to it. (Not the accord's own party after its noun: "verkündete die
		// Einigung mit Polen gemeinsam mit Macron".)
		if obj >= 0 && c.Relation == Agreement && c.Names && c.obj.find == "cue" && lr.companionBefore(s, s.Mentions[obj]) {
			return say("the object follows a companion phrase: it acted with the subject, no party")
		}
		if obj >= 0 && len(c.notAfterObject) > 0 {
			// After the whole list of objects: "called on Putin and Xi to support".
			if end := lr.objectsEnd(s, c, obj); end < len(keys) && c.notAfterObject[keys[end]] {
				return say("%q after the object makes %q another verb", keys[end], keys[i])
			}
		}
		if obj >= 0 && c.Trigger.ThenNearObject {
			end, near := lr.objectsEnd(s, c, obj), false
			for j := end; j < min(len(keys), end+4) && keys[j] != "," && !isBoundary(keys[j]) && !lr.g.rel[keys[j]] && !near; j++ {
				near = c.then[keys[j]]
			}
			if !near {
				return say("none of %v right after the object", c.Trigger.Then)
			}
		}
		if obj >= 0 && len(c.notLater)+len(c.notLaterPhrases) > 0 {
			end := lr.objectsEnd(s, c, obj)
			for j := end; j < min(len(keys), end+5) && keys[j] != "," && !isBoundary(keys[j]); j++ {
				if c.notLater[keys[j]] || slices.ContainsFunc(c.notLaterPhrases, func(p []string) bool { return endingPhraseAt(s, j, p) }) {
					return say("%q after the object makes %q another verb", keys[j], keys[i])
				}
			}
		}
		if obj >= 0 {
			// "X und Y trafen sich mit Z", "X met Y and Z": every subject with every object.
			subjs := []int{subj}
			if obj > subj {
				limit := i
				if s.Mentions[subj].Phrase > i {
					limit = s.Mentions[obj].Phrase // inverted: "trafen Macron und Scholz den Präsidenten X"
				}
				subjs = lr.withConjuncts(s, subj, c.subj, obj, limit)
			} else if s.Mentions[subj].Phrase > i {
				// "The talks were attended by X, Y and Z": the agent's list goes on.
				subjs = lr.withConjuncts(s, subj, c.subj, obj, len(keys))
			} else {
				// The object was put first: "An dem Treffen nahmen auch X und Y teil", "Mit Putin
				// trafen sich Xi und Modi".
				subjs = lr.withConjuncts(s, subj, c.subj, obj, i)
			}
			// "Hollande reist gemeinsam mit Merkel nach Moskau, um mit Putin zu sprechen": the
			// companion meets the object too. (Not the companion of one who announces an accord a
			// noun names, grammar announcing: "Biden verkündete gemeinsam mit Blinken ein Abkommen
			// mit Mexiko" makes Blinken no party, to it or with Biden, as after it, "verkündete die
			// Einigung gemeinsam mit Clinton", below; but "schloss gemeinsam mit Macron ein
			// Abkommen mit Indien" does.)
			if !(c.Relation == Agreement && c.Names && lr.g.announcing.anyOf(keys[cs:ce])) {
				subjs = append(subjs, lr.companionsIn(s, s.Mentions[subj].End+1, i, c.subj, []int{subj})...)
				// (So does one of a companion phrase that opens the clause: "Gemeinsam mit
				// Uschakow hatte Lawrow mit Rubio verhandelt".)
				if p := s.Mentions[subj].Phrase; p > cs && phraseStartsAt(keys, cs, lr.g.companions) {
					subjs = append(subjs, lr.companionsIn(s, cs, p, c.subj, append(slices.Clone(subjs), obj))...)
				}
			}
			// "…, auf chinesischer Seite Yang Jiechi und Wang Yi": the other side's list shares the verb.
			subjs = append(subjs, lr.otherSide(s, max(ce, particle+1), c.subj)...)
			objs := lr.withConjuncts(s, obj, c.obj, subj, len(keys))
			listed := len(objs)
			objs = append(objs, lr.includedAfter(s, objs[len(objs)-1], c.obj)...)
			// "joined by X and Y on the U.S. side and A and B on the Russian side".
			objs = append(objs, lr.nextSide(s, objs[:listed], c.obj)...)
			// "Gemeinsam mit Welby wurde er von Kiir empfangen", "Der Papst wurde gemeinsam mit
			// Welby von Kiir empfangen": an object put before the trigger has its companions in
			// the clause, who met the subject too.
			// (From the object on when it stands before the clause, its companions set off by
			// commas: "Pope Francis, together with Justin Welby, was received by Kiir".)
			if c.obj.find == "before" && s.Mentions[obj].Phrase < i {
				// (Or a companion that opens the sentence, before a relative clause on it:
				// "Gemeinsam mit Iohannis, der separat angereist war, wurden sie von Selenskyj
				// empfangen"; not a companion inside that clause: "der gemeinsam mit Biden in
				// Warschau gewesen war".)
				if g, k := lr.germanAntecedent(s, cs-1); k >= 0 && lr.companionAt(s, s.Mentions[k]) == sentenceFrom(keys, g) {
					objs = append(objs, lr.companionsIn(s, s.Mentions[k].Phrase, g, c.obj, append(slices.Clone(objs), subjs...))...)
				}
				objs = append(objs, lr.companionsIn(s, min(cs, s.Mentions[obj].End), i, c.obj, append(slices.Clone(objs), subjs...))...)
			}
			for _, sj := range subjs {
				for _, o := range objs {
					if o != sj {
						pairs = append(pairs, [2]int{sj, o})
					}
				}
			}
			// Parties named together take part together: "Macron empfing Merkel, Putin und
			// Selenskyj", "Scholz, Macron und Draghi wurden von Selenskyj empfangen" (the guests
			// met one another too), "Scholz und Macron trafen Selenskyj" (and each other). Not
			// when the text says it was one by one ("getrennt", "separately"), nor when each has
			// a cue of its own ("mit X und dann mit Y").
			if !lr.separate(keys, cs, ce) {
				// (Not those of a list told one after the other: "zunächst von Mattarella und
				// anschließend von Meloni empfangen".)
				if !lr.sequenced(s, subjs) {
					coParties = allPairs(subjs)
				}
				// An agreement "with X and Y" may be two ("normalise relations with the UAE and
				// Bahrain"): the objects agreed with each other only when the text says together.
				// (Three or more are one accord of all: "hat sich Iran mit den USA, Russland, China,
				// Frankreich, Großbritannien und Deutschland auf ein Abkommen geeinigt".)
				// (Nor meetings in the plural: "Xi hatte in Belgrad und Budapest Treffen mit Vučić
				// und Orbán", a noun of grammar singular_articles' kind with no singular article.)
				cueTogether := (c.Relation != Agreement || listed >= 3) && lr.cueTogether(keys, c.obj.cues, cs, ce) && lr.singularNoun(s, i)
				// (Nor when the list itself says so: "met King Abdullah and, separately, Abbas".)
				listSaysSeparately := listed > 1 && lr.separate(keys, s.Mentions[objs[0]].End, s.Mentions[objs[listed-1]].Phrase)
				if (listed == 1 || lr.plainList(s, objs[:listed], c.obj.cues)) && !lr.sequenced(s, objs) && !lr.disjoint(s, objs) && !listSaysSeparately &&
					(c.obj.find == "after" || c.obj.find == "before" || c.obj.find == "behalf" || cueTogether || c.obj.together || lr.together(keys, cs, ce)) {
					coParties = append(coParties, allPairs(objs)...)
				}
			}
		}
	}
	if len(pairs) == 0 {
		switch c.subj.find {
		case "between":
			return say("no \"%s X %s Y\" right after the trigger", lr.betweenWords(), "und/and")
		case "coordinated":
			return say("no two coordinated actors (X und Y) or group (beide Seiten) around the trigger")
		}
		return say("no object: no actor %s", whereOf{&c.obj})
	}
	// What follows "that", "dass", "who" or "but" is another clause with its own modality.
	mcs, mce := cs, ce
	// A list of parties crosses commas: "An den Gesprächen werden die Außenminister der USA,
	// Frankreichs, … und Deutschlands teilnehmen" has its modality before the list.
	// So does a German main clause that goes on after a relative clause on its object: "Lula
	// will Maduro, der erstmals teilnimmt, am Dienstag empfangen" is planned.
	// (Read apart from the relative clause, whose own cues are not the trigger's: pre is the
	// part before it, from its clause's start to the antecedent.)
	pre := [2]int{-1, -1}
	g := -1
	if lr.g.verbFinal && mcs >= 2 && keys[mcs-1] == "," {
		g = lr.germanRelativeBefore(s, mcs-1)
	}
	for _, p := range pairs {
		for _, k := range p {
			if k < 0 {
				continue
			}
			m := s.Mentions[k]
			inPre := g > 0 && m.End <= g
			inList := m.End <= mcs && lr.listSpan(s, m.Phrase, mcs)
			if !inPre && !inList {
				continue
			}
			c0, _ := lr.clause(keys, m.Phrase)
			if inPre {
				pre = [2]int{c0, g}
			}
			if inList {
				mcs = min(mcs, c0)
			}
		}
	}
	// "verweigerte seine Unterschrift unter die gemeinsame Abschlusserklärung, die X, Y und Z
	// unterzeichneten": parties all named in a relative clause on the trigger noun have that
	// clause's modality, not the one of the clause the noun stands in.
	nounTrigger := c.nouns[keys[i]] || !lr.g.caseTriggers && lr.g.talkNouns[keys[i]]
	inRelative := nounTrigger && i+3 < len(keys) && keys[i+1] == "," && lr.g.rel[keys[i+2]] &&
		!slices.ContainsFunc(pairs, func(p [2]int) bool {
			return slices.ContainsFunc(p[:], func(k int) bool { return k >= 0 && s.Mentions[k].Phrase <= i+2 })
		})
	if inRelative {
		// (All of them in it: not "In einer gemeinsamen Erklärung, die … verlesen wurde, warfen
		// sie …", whose parties follow it.)
		rs, re := lr.clause(keys, i+3)
		// (Past the commas of a list of its parties: "die Fernández, Lula und Abdo Benítez
		// unterzeichneten".)
		for re+1 < len(keys) && keys[re] == "," && slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.End == re }) &&
			slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase == re+1 }) {
			_, re = lr.clause(keys, re+1)
		}
		if rs >= i+2 && re > rs && !slices.ContainsFunc(pairs, func(p [2]int) bool {
			return slices.ContainsFunc(p[:], func(k int) bool { return k >= 0 && s.Mentions[k].End > re })
		}) {
			pre = [2]int{-1, -1}
			mcs, mce = rs, re
		} else {
			inRelative = false
		}
	}
	// "Nach einem Telefonat mit Putin hat Trump ein Gipfeltreffen angekündigt": a noun trigger
	// in a temporal phrase that opens the sentence, its object in it, has that phrase's
	// modality, not the clause's it dates.
	if f := sentenceFrom(keys, cs); nounTrigger && !inRelative && f < i && lr.g.temporal[keys[f]] &&
		!slices.ContainsFunc(keys[f:i], func(k string) bool { return lr.g.finiteAux[k] || k == "," || isBoundary(k) }) {
		e := i + 1
		for e < len(keys) && !lr.g.finiteAux[keys[e]] && keys[e] != "," && !isBoundary(keys[e]) {
			e++
		}
		if !slices.ContainsFunc(pairs, func(p [2]int) bool {
			return p[1] < 0 || s.Mentions[p[1]].End > e || s.Mentions[p[1]].Phrase < f
		}) {
			pre = [2]int{-1, -1}
			mcs, mce = f, e
		}
	}
	// "… will meet in Brussels on September 14, hosted by Borrell and Lajčák": a passive
	// participle's clause after a comma shares the modality of the clause it hangs on.
	// (Not one that tells what happened instead: "did not meet Putin, received instead by
	// Erdoğan".)
	if !lr.g.verbFinal && i == mcs && i >= 2 && keys[i-1] == "," && lr.passiveParticiple(keys, i) &&
		!lr.g.instead.anyOf(keys[i:min(i+4, ce)]) {
		e := i - 1
		mcs, _ = lr.clause(keys, e-1)
		// (Past an apposition of names and numbers: "on Thursday, September 14, hosted by",
		// "in Ohrid, North Macedonia, hosted by".)
		for s.Raw != nil && mcs >= 2 && mcs < e && keys[mcs-1] == "," && !slices.ContainsFunc(s.Raw[mcs:e], func(w string) bool {
			return !fold.IsUpper(w) && !isNumberKey(fold.String(w))
		}) {
			e = mcs - 1
			mcs, _ = lr.clause(keys, e-1)
		}
	}
	// "In a joint statement, the three leaders said the project would strengthen deterrence":
	// an accord told by a verb of saying is the saying; what was said has its own modality.
	// (Not when the accord is the verb's object: "announced the agreement would be signed in the
	// autumn" plans it.)
	if c.Relation == Agreement && lr.reports(keys[i]) && !inRelative && !slices.ContainsFunc(keys[i+1:min(i+4, len(keys))], func(k string) bool { return c.near[k] }) {
		mce = min(mce, i+1)
	}
	for j := i + 1; j < mce && !inRelative; j++ {
		// (A subordinate clause after the trigger has its own modality: "met Xi after the tariff
		// increase was put on hold".)
		if lr.g.comp[keys[j]] || lr.g.contrast[keys[j]] || (lr.g.rel[keys[j]] && keys[j-1] == ",") || (lr.g.subord[keys[j]] && !lr.g.verbFinal) ||
			lr.prepRelative(keys, j) { // "a deal under which X will …"
			mce = j
			break
		}
		// (So has a second predicate after "and": "met Putin in Alaska and dismissed reports of
		// a rift", "met Xi and will meet Modi next week".)
		if lr.secondPredicate(keys, j, j+2) == j && j+1 < mce {
			mce = j
			break
		}
	}
	for j := i - 1; j > mcs; j-- {
		if lr.g.contrast[keys[j]] {
			mcs = j
			break
		}
	}
	if c.Relation == Statement && c.subj.adjacent && len(pairs) > 0 && pairs[0][0] >= 0 && s.Mentions[pairs[0][0]].Phrase > mcs && s.Mentions[pairs[0][0]].End == i {
		mcs = s.Mentions[pairs[0][0]].Phrase // the speaker right before the verb opens what it says: "rejected what Sinwar called …"
	} else if c.Relation == Statement && (i-1 > mcs && lr.conjunction(keys[i-1]) || i > 0 && keys[i-1] == "," && lr.participleClause(keys, i)) {
		// A second predicate: "wies die Kritik zurück und sagte, …", "denied the claims,
		// saying …" said something. (Not after "or", which shares a negation: "did not
		// comment or say whether …".)
		mcs = i
	} else if !lr.g.verbFinal && i-1 > mcs && lr.conjunction(keys[i-1]) && lr.finiteCueBefore(keys, mcs, i-1) {
		// "dismissed speculation about his health and met Putin": the first verb's negation
		// is its own (not "refused to travel and meet", which shares the infinitive).
		mcs = i
	} else if !lr.g.verbFinal {
		// "dismissed the report and said Putin had spoken with Erdogan": what the second verb
		// of saying reports has none of the first verb's modality.
		if j := lr.secondSaying(keys, mcs, i-2, lr.conjunction); j >= 0 {
			mcs = j
		}
	}
	// "A summit between X and Y, announced only last week, has been put on hold", "Ein Treffen
	// zwischen X und Y, das für Freitag geplant war, wurde abgesagt": an aside set off by commas
	// after a noun trigger's phrase leaves it to the predicate that follows.
	if nounTrigger && mce == ce && !inRelative {
		mce = lr.predicateAfterAside(keys, mce)
	}
	// A meeting noun in a prepositional phrase ("bei ihrem Treffen", "at their meeting") took
	// place whatever the clause says of something else ("konnten sich bei ihrem Treffen nicht
	// einigen": they met, and did not agree).
	pp := -1 // the preposition of such a phrase
	if c.Relation == Meeting && c.nouns[keys[i]] {
		for j := i - 1; j >= cs && j >= i-3; j-- {
			if lr.g.prep[keys[j]] {
				if !lr.g.goalPreps[keys[j]] {
					pp = j
				}
				break
			}
			if !lr.g.art[keys[j]] && !lr.g.possessives[keys[j]] && !hasAdjEnding(keys[j]) {
				break
			}
		}
	}
	purpose := false
	if lr.infinitive(keys, i, cs) || lr.inInfinitiveClause(s.Raw, keys, i, cs, ce) {
		// The modality of an infinitive is its governing clause's ("lehnte es ab, Putin zu
		// treffen"); "um … zu" states a purpose, something planned.
		g := lr.governing(s, cs)
		if len(g) > 0 {
			mcs = g[len(g)-1][0]
		}
		// "um … zu" states a purpose; "vereinbarten, sich bald zu treffen" an intent.
		purpose = lr.g.purpose[keys[cs]] || (len(g) > 0 && lr.intentIn(keys, g[0]))
	} else if i >= 2 && keys[i-1] == "to" && lr.g.intentVerbs.anyOf(keys[mcs:i-1]) {
		purpose = true // "agreed on Wednesday to hold talks"
	}
	// A cancellation denied is none: "Peking dementierte Berichte, wonach das Treffen abgesagt
	// worden sei".
	if c.Modality == Negated && lr.complementOf(s.Raw, keys, cs) == Negated {
		return say("a denial governs the clause of a rule that negates")
	}
	// A meeting or an accord only thought possible is no fact: "could hold talks", "exploring
	// whether the four leaders could hold talks", "ob sie sich treffen" (one the clause negates
	// is: "could not meet").
	if c.Relation != Statement && lr.hypothetical(s.Raw, keys, i, mcs, mce) {
		return say("a word of possibility before the trigger (grammar hypothetical): no fact")
	}
	modality := ""
	cancelled := false  // a planned meeting called off: all who were to meet did not
	toldPlan := false   // and the text told the plan too ("was due to host …, has been called off")
	toldReport := false // a report denied: the report and its denial are two facts
	for _, p := range pairs {
		mce := mce
		if c.Relation == Statement {
			// A statement's modality is the speaking's, not that of what was said: "Laut X ist
			// kein Treffen geplant" asserts what X said.
			mce = min(ce, max(i, particle, s.Mentions[p[0]].End-1)+1)
			if mce < ce && lr.g.perfect[keys[mce]] {
				mce++ // "soll … gesagt haben": the auxiliary belongs to the saying
			}
		}
		if modality == "" || c.Relation == Statement { // a statement's clause ends with its speaker
			modality = lr.modality(s.Raw, keys, i, mcs, mce, c.Modality, c.Relation)
			if pre[0] >= 0 && modality == Asserted {
				modality = lr.modality(s.Raw, keys, i, pre[0], pre[1], c.Modality, c.Relation)
			}
			if modality == Reported && c.Relation != Statement && lr.toldByParty(s, mcs, mce, p) {
				modality = Asserted
			}
			if purpose && modality == Asserted && c.Relation != Statement {
				modality = Planned
			}
			// "is expected to lead the delegation, joining host Peña and Lula": a present
			// participle's clause after the comma shares the plan or report of the verb before
			// it (not of what that verb said: "said the US would keep supporting Ukraine,
			// meeting Zelensky" met him).
			// (So does an absolute "with" phrase: "will host the summit, with Kishida and
			// Albanese among those attending".)
			absolute := i >= 2 && keys[i-1] == "," && lr.g.with[keys[i]] && !lr.g.verbFinal
			if modality == Asserted && c.Relation != Statement && mcs == i && (lr.isParticiple(keys[i]) && lr.participleClause(keys, i) || absolute) {
				// (Unless what was said is the speaker's own plan, a pronoun its subject: "said he
				// would travel to Kyiv next week, meeting Zelensky".)
				ps, _ := lr.clause(keys, i-2)
				pe := i - 1
				if k := slices.IndexFunc(keys[ps:pe], func(k string) bool { return lr.reports(k) || lr.g.comp[k] }); k >= 0 {
					n := ps + k + 1
					if n < pe && lr.g.comp[keys[n]] {
						n++
					}
					if n >= pe || !lr.pronoun(keys[n]) {
						pe = ps + k
					}
				}
				if m := lr.modality(s.Raw, keys, i, ps, pe, c.Modality, c.Relation); m == Planned || m == Reported {
					modality = m
				}
			}
			if modality == Negated && c.subj.find == "between" && lr.attributive(s, i) {
				// "das zwischen Putin und Merkel ausgehandelte Minsker Abkommen ist nicht umgesetzt":
				// an attributive participle tells its own fact; the clause's negation is the noun's.
				modality = lr.modality(s.Raw, keys, i, mcs, i+1, c.Modality, c.Relation)
			}
			if modality == Negated && c.subj.find == "between" && c.Relation == Meeting {
				// "The failure of talks between India and Pakistan has not led to tensions": the
				// negation after the talks' parties is of something else, unless it says the talks
				// did not take place.
				end := max(i+1, listEnd(s, pairs))
				if end < mce && !lr.occurs(keys, end, mce) && !lr.predicateCallsOff(keys, mcs, end, mce) && !lr.g.denials.anyOf(keys[end:mce]) {
					modality = lr.modality(s.Raw, keys, i, mcs, end, c.Modality, c.Relation)
				}
			}
			if modality == Planned && c.Relation != Statement && (lr.calledOff(keys, mce) || lr.relativeCalledOff(keys, mcs, mce) || lr.eventCalledOff(s, mcs, mce)) {
				modality, cancelled, toldPlan = Negated, true, true
			}
			if modality == Negated && pp >= 0 {
				modality = lr.modality(s.Raw, keys, i, pp, i+1, c.Modality, c.Relation) // the negation is the clause's
			}
			if modality == Negated && lr.callsOff(keys, mcs, min(len(keys), max(mce, ce))) {
				cancelled = true // "the summit where X was due to host Y and Z has been called off"
				toldPlan = toldPlan || (c.Relation != Statement && lr.plannedOtherwise(keys, mcs, mce) && !lr.negatedOtherwise(keys, mcs, mce))
			}
			if modality == Negated && c.Relation == Meeting && !toldPlan && lr.plannedEvent(keys, mcs, mce) {
				toldPlan = true // "will not take part in a planned five-way meeting with X": planned, and not for them
			}
			if modality == Negated && c.Relation != Statement && lr.counterfactual(s.Raw, keys, mcs, mce) && !lr.negatedOtherwise(keys, mcs, mce) {
				toldPlan, cancelled = true, true // "Borrell hätte mit Qin zusammenkommen sollen": a plan, and it did not happen
			}
			if c.Relation != Statement && modality != Negated {
				switch lr.complementOf(s.Raw, keys, cs) {
				case Negated:
					modality = Negated
				case Reported:
					if modality == Asserted {
						modality = Reported
					}
				}
			}
		}
		// (A source named as such spoke: "Die beiden sollen laut Merz bald ausreisen können" tells
		// a plan of what Merz said, who said it.)
		if c.Attribution && (modality == Planned || modality == Reported) {
			modality = Asserted
		}
		m := Match{Rule: c.Rule, Trigger: i, Particle: particle, Subject: p[0], Object: p[1], Modality: modality}
		if c.Relation == Statement && c.Content != "none" {
			m.Content = lr.content(s, i, m)
		}
		out = append(out, m)
		if c.Relation != Statement && modality == Negated && !toldReport {
			toldReport = lr.reportDenied(keys, i)
		}
		if toldPlan && modality == Negated {
			// The plan and its end are two facts: "Trump hat seine geplante Reise abgesagt".
			m.Modality = Planned
			out = append(out, m)
		}
		if toldReport && modality == Negated {
			// So are a report and its denial: "Der Kreml wies einen Bericht zurück, wonach
			// Trump mit Putin telefoniert haben soll".
			m.Modality = Reported
			out = append(out, m)
		}
	}
	// "Scholz und Macron trafen Selenskyj" (and each other); not "Japan, die USA und Südkorea
	// verhandeln nicht mehr mit Nordkorea": the allies' own meeting is not denied. A joint
	// meeting called off is called off for all its guests.
	if modality != "" && (modality != Negated || cancelled) {
		for _, p := range coParties {
			out = append(out, Match{Rule: c.Rule, Trigger: i, Particle: particle, Subject: p[0], Object: p[1], Modality: modality})
			if toldPlan && modality == Negated {
				out = append(out, Match{Rule: c.Rule, Trigger: i, Particle: particle, Subject: p[0], Object: p[1], Modality: Planned})
			}
		}
	}
	return out
}

// predicateAfterAside returns, when a relative or participle clause or an apposition set off by
// commas opens at the comma ce and a word that follows subjects (an auxiliary, "also") opens the
// clause after it, which calls the event off or plans it, the end of that clause (the predicate
// of the noun phrase before the aside); else ce.
func (lr *langRules) predicateAfterAside(keys []string, ce int) int {
	a := ce + 1
	if a+1 >= len(keys) || keys[ce] != "," {
		return ce
	}
	// (A relative clause, a participle, or an apposition to the last name: "…, the leader of
	// the Rapid Support Forces, has been postponed".)
	if !lr.g.rel[keys[a]] && !lr.isPastParticiple(keys[a]) && !lr.isPastParticiple(keys[a+1]) && !lr.g.art[keys[a]] {
		return ce
	}
	_, b := lr.clause(keys, a)
	// (The aside may end in brackets: "…, the leader of the Rapid Support Forces (RSF), has".)
	if b < len(keys) && keys[b] == "(" {
		if cl := matching(keys, b, 1); cl > 0 {
			b = cl + 1
		}
	}
	if b+1 >= len(keys) || keys[b] != "," {
		return ce
	}
	if k := keys[b+1]; !lr.g.afterSubject[k] && !lr.g.finiteAux[k] && !lr.g.passiveAux[k] {
		return ce
	}
	// (Only a predicate that calls the event off or plans it: "…, das am Montag stattfand, war
	// nicht das erste" says nothing of whether it took place.)
	_, e := lr.clause(keys, b+1)
	if !lr.callsOff(keys, b+1, e) && !lr.hasCue(keys, b+1, e, cuePlanned) {
		return ce
	}
	return e
}

// complementOf says what the clause before the comma at cs-1 makes of the clause starting at
// cs when it is that clause's complement (German, after "dass" or "ob", or reported in the
// subjunctive): Negated
// after a denial ("Peskow dementierte, dass sich Putin mit Trump getroffen habe"), Reported
// after a report ("Die Zeitung hatte berichtet, Trump habe Putin gewarnt"); else "".
func (lr *langRules) complementOf(raw, keys []string, cs int) string {
	if !lr.g.verbFinal || cs < 2 || keys[cs-1] != "," || lr.g.contrast[keys[cs]] {
		return ""
	}
	// A complement opens with dass/ob or reports in the subjunctive ("Trump habe Putin
	// gewarnt"); "bestritt die Vorwürfe, traf sich aber mit Macron" is a second main clause,
	// and "wies die Kritik zurück, nachdem er … telefoniert hatte" an adverbial one.
	// (The subjunctive as written: keys fold "hätte" to "hatte".)
	_, ce := lr.clause(keys, cs)
	subjunctive := false
	for j := cs; j < ce && !subjunctive; j++ {
		subjunctive = lr.g.subjunctive[keys[j]] && (raw == nil || hasUmlaut(raw[j]) == lr.g.subjunctiveUmlauts[keys[j]])
	}
	if lr.g.subord[keys[cs]] && !lr.g.comp[keys[cs]] && !lr.g.art[keys[cs]] || !lr.g.comp[keys[cs]] && !subjunctive {
		return ""
	}
	ps, _ := lr.clause(keys, cs-2)
	// A second verb of saying governs it, not the first: "dementierte die Kritik und sagte, …".
	if j := lr.secondSaying(keys, ps, cs-3, func(k string) bool { return lr.g.coord[k] }); j >= 0 {
		ps = j
	}
	gov := keys[ps : cs-1]
	switch {
	case lr.denies(keys, ps, cs-1):
		return Negated
	case slices.ContainsFunc(gov, func(k string) bool { return lr.g.reports[k] }):
		return Reported
	}
	return ""
}

// occurs reports whether a phrase of grammar occurrence ("take place") stands in keys[from:to].
func (lr *langRules) occurs(keys []string, from, to int) bool {
	for j := from; j < to; j++ {
		if phraseStartsAt(keys, j, lr.g.occurrence) {
			return true
		}
	}
	return false
}

// callsOff reports whether a word of grammar called_off (or "called off") stands in
// keys[from:to].
func (lr *langRules) callsOff(keys []string, from, to int) bool {
	for j := from; j < to; j++ {
		if lr.g.calledOffStarts[keys[j]] && (lr.g.calledOff[keys[j]] || phraseStartsAt(keys, j, lr.g.calledOffPhrases)) {
			return true
		}
	}
	return false
}

// predicateCallsOff is callsOff for the predicate of talks named as a noun in the clause that
// begins at cs, after the noun's list (from): the word that calls them off is passive or
// predicative ("was ruled out", "ist ausgeschlossen", "has been shelved"; a phrase with a
// negation of its own, "findet nicht statt", needs no auxiliary), and not
// negated itself ("has not been ruled out", "nicht ausgeschlossen"). "Talks between Biden and
// Xi ruled out a trade war" took place.
func (lr *langRules) predicateCallsOff(keys []string, cs, from, to int) bool {
	neg := func(k int) bool {
		return !lr.g.calledOff[keys[k]] && slices.ContainsFunc(lr.g.cues[keys[k]], func(c cue) bool { return c.kind == cueNegated && lr.cueAt(keys, k, c, -1) })
	}
	for j := from; j < to; j++ {
		n := 0
		for _, p := range lr.g.calledOffPhrases {
			if hasPhrase(keys, j, p) && len(p) > n {
				n = len(p)
			}
		}
		if lr.g.calledOff[keys[j]] {
			n = max(n, 1)
		}
		if n == 0 {
			continue
		}
		// Active and transitive, the talks are the agent: an object right after the word
		// ("ruled out a trade war"), or a perfect with "have" before it ("haben eine
		// Lieferung ausgeschlossen").
		active := j+n < len(keys) && (lr.g.art[keys[j+n]] || lr.g.possessives[keys[j+n]]) ||
			lr.g.haveAux.anyOf(keys[cs:j]) && !lr.g.passiveAux.anyOf(keys[cs:min(j+3, len(keys))])
		negated := false
		for k := max(j-4, from); k < j; k++ {
			negated = negated || neg(k)
		}
		if !active && !negated {
			return true
		}
	}
	return false
}

// calledOff reports whether what follows the clause that ends at token ce calls off what it
// planned: a contrast word right after it ("but", "doch"), then, in the same sentence, a word
// of grammar called_off ("cancelled", "abgesagt").
func (lr *langRules) calledOff(keys []string, ce int) bool {
	contrast := false
	for j := ce; j < len(keys) && !tokenize.IsTerminal(keys[j]); j++ {
		switch {
		case j-ce <= 2 && lr.g.contrast[keys[j]]:
			contrast = true
		case contrast && lr.callsOff(keys, j, j+1):
			return true
		}
	}
	return false
}

// prepRelative reports whether token j is a relative pronoun after a preposition, which opens a
// clause of its own: "a deal under which", "a declaration in which".
func (lr *langRules) prepRelative(keys []string, j int) bool {
	return j >= 1 && lr.g.rel[keys[j]] && !lr.g.art[keys[j]] && lr.g.prep[keys[j-1]]
}

// opensClause reports whether token j opens a clause whose subject follows it, before trigger i
// (English): a complementizer ("that"), a relative pronoun after a preposition ("a declaration
// in which Japan and North Korea agreed"), or an adverbial clause's opener (grammar
// clause_openers: "if", "when") with words between it and the trigger, not one a preposition
// follows ("because of the war", "while in Moscow": no clause, no subject of its own).
func (lr *langRules) opensClause(keys []string, j, i int) bool {
	if lr.g.comp[keys[j]] {
		return true
	}
	// (A relative clause opened by a preposition: "a joint declaration in which Japan and North
	// Korea agreed to …".)
	if lr.prepRelative(keys, j) && j+1 < i {
		return true
	}
	return lr.g.clauseOpeners[keys[j]] && j+1 < i && !lr.g.prep[keys[j+1]]
}

// directedBefore returns the verb of directing (grammar directives: "directed", "instructed")
// whose object an infinitive trigger i has for its subject, or -1: in "the two leaders had
// directed their Special Representatives to meet", the representatives are to meet, not the
// leaders (who they are, the rule does not look for: no subject is better than the wrong one).
// The object stands between the verb and "to", with no subject of a clause of its own ("told
// reporters he wanted to meet"); a passive's subject is whom it directs ("were instructed by
// their presidents to meet").
func (lr *langRules) directedBefore(keys []string, cs, i int) int {
	if lr.g.verbFinal || i < 3 || !lr.g.infinitiveMarkers[keys[i-1]] {
		return -1
	}
	other := func(k string) bool {
		return lr.pronoun(k) || lr.g.comp[k] || lr.g.intentVerbs[k] || lr.g.clauseOpeners[k]
	}
	if other(keys[i-2]) {
		return -1
	}
	for d := i - 3; d >= max(cs, 0); d-- {
		k := keys[d]
		if other(k) {
			return -1
		}
		if lr.g.directives[k] {
			if d > 0 && lr.g.passiveAux[keys[d-1]] {
				return -1
			}
			return d
		}
	}
	return -1
}

// conditionalBefore returns the conditional (grammar conditionals: "if", "wenn") that opens the
// clause of trigger i within [cs, i), or -1: "he would not apologise even if Mr Blair asked" says
// nothing Blair said.
func (lr *langRules) conditionalBefore(keys []string, cs, i int) int {
	for j := i - 1; j >= max(cs, 0); j-- {
		// (A question's "if" too: "Reporters asked if Scholz had said …" tells nothing he said;
		// but a question fronted before its answer is closed: "Asked if he would welcome them he
		// told the BBC …".)
		if lr.g.conditionals[keys[j]] && !(j >= 1 && lr.g.asks[keys[j-1]] && j-1 == sentenceFrom(keys, j-1)) {
			return j
		}
		if lr.g.comp[keys[j]] || lr.g.clauseOpeners[keys[j]] {
			return -1
		}
	}
	return -1
}

// eventCalledOff reports whether the clause [cs, ce) names the event planned ("was to have
// joined Albanese and Modi for a summit of the Quad grouping") and a relative clause on it calls
// that event off (", which has now been called off"): the relative pronoun follows the comma
// that closes the clause, no person stands between the event's noun and the comma ("…, who
// called off a visit" is someone else's act), and the relative clause's own predicate calls off,
// neither negated ("which has not been called off") nor in a clause nested in it ("which replaced
// a meeting that was cancelled").
func (lr *langRules) eventCalledOff(s *Sentence, cs, ce int) bool {
	keys := s.Keys
	if ce+1 >= len(keys) || keys[ce] != "," || !lr.g.rel[keys[ce+1]] {
		return false
	}
	e := -1 // the event's noun, the last in the clause
	for j := max(cs, 0); j < ce; j++ {
		if lr.g.eventNouns[keys[j]] {
			e = j
		}
	}
	if e < 0 || slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Type == "person" && m.Phrase > e && m.End <= ce }) {
		return false
	}
	end := stretchEnd(keys, ce+2, true)
	for j := ce + 2; j < end; j++ {
		if lr.g.rel[keys[j]] || lr.g.comp[keys[j]] {
			end = j // (a clause nested in it)
		}
	}
	return lr.predicateCallsOff(keys, ce+2, ce+2, end)
}

// stretchEnd returns the first token from from on that ends the sentence, or, with commas, a
// comma too: where a clause that begins at from ends at the latest.
func stretchEnd(keys []string, from int, commas bool) int {
	end := from
	for end < len(keys) && !(commas && keys[end] == ",") && !tokenize.IsTerminal(keys[end]) {
		end++
	}
	return end
}

// relativeCalledOff reports whether the clause [cs, ce) is a relative clause ("…, where
// Albanese had been due to host Biden,") in a sentence whose main clause calls off what it
// planned ("…, has been called off"), before or after it.
func (lr *langRules) relativeCalledOff(keys []string, cs, ce int) bool {
	if cs < 2 || keys[cs-1] != "," || !(lr.g.rel[keys[cs]] || lr.g.subord[keys[cs]]) {
		return false
	}
	// "Jordanien hat einen Gipfel abgesagt, der X und Y zusammenbringen sollte": the clause of
	// the antecedent calls it off.
	if ps, _ := lr.clause(keys, cs-2); lr.g.rel[keys[cs]] && lr.callsOff(keys, ps, cs-1) {
		return true
	}
	if ce >= len(keys) || keys[ce] != "," {
		return false
	}
	return lr.callsOff(keys, ce+1, stretchEnd(keys, ce+1, false))
}

// typesOf and whereOf print typeList and where only when an explanation is written: the rules
// run on every trigger, and most do not fire.
type (
	typesOf struct{ sp *slotSpec }
	whereOf struct{ sp *slotSpec }
)

// String lists the slot's types.
func (t typesOf) String() string { return typeList(*t.sp) }

// String says where the slot looks.
func (w whereOf) String() string { return where(*w.sp) }

func typeList(sp slotSpec) string {
	var ts []string
	for t := range sp.types {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return strings.Join(ts, ", ")
}

// where says where a slot looks, for explanations.
func where(sp slotSpec) string {
	if sp.find != "cue" {
		return fmt.Sprintf("%s the trigger (%s)", sp.find, typeList(sp))
	}
	var cs []string
	for c := range sp.cues {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	return "after " + strings.Join(cs, "/")
}

func (lr *langRules) betweenWords() string {
	var ws []string
	for _, b := range lr.g.between {
		ws = append(ws, b[0])
	}
	return strings.Join(ws, "/")
}

// caseFits applies CaseTriggers: in German a capitalised trigger word is a noun (Treffen), a
// lower-case one a verb (treffen), which only the first word of a sentence may capitalise.
func (lr *langRules) caseFits(c *compiled, s *Sentence, i int) bool {
	if !lr.g.caseTriggers || s.Raw == nil {
		return true
	}
	k := s.Keys[i]
	upper := fold.IsUpper(s.Raw[i])
	if upper && c.nouns[k] || !upper && c.verbs[k] {
		return true
	}
	if c.nouns[k] || c.verbs[k] {
		return upper && c.verbs[k] && sentenceStart(s.Keys, i)
	}
	return true // a stem: either case
}

func sentenceStart(keys []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch keys[j] {
		case `"`, "(":
			continue
		case ":", "—", "–", "-": // "Moskau (dpa) - Laut Kremlsprecher …"
			return true
		}
		return false
	}
	return true
}

// nounModifier reports whether token j can only modify a noun after it: a number ("27", "five")
// or, inside the sentence, a capitalised word that names no actor ("Central Asian").
func (lr *langRules) nounModifier(s *Sentence, j int) bool {
	k := s.Keys[j]
	if _, ok := lr.g.numbers[k]; ok || k == "two" || isNumberKey(k) {
		return true
	}
	return s.Raw != nil && j > 0 && !sentenceStart(s.Keys, j) && isWordKey(k) && fold.IsUpper(s.Raw[j]) &&
		!s.inMention(j) && !s.covered(j)
}

// isBoundary reports whether a token ends a clause for slot search.
func isBoundary(k string) bool {
	switch k {
	case ",", ";", ":", "(", ")", `"`, "—":
		return true
	}
	return false
}

// parallelPhrase reports whether the phrase at token c, after a comma, repeats the preposition
// of a phrase of at most six words before the comma, and a coordinator and the same
// preposition follow within twelve words, no trigger word before the coordinator: "mit A in
// Kiew, mit B in Moskau und mit C". (A trigger there is the verb of a clause of its own that
// the phrase was fronted in: "…, mit Putin telefonierte Lawrow und mit Xi traf sich Blinken".)
func (lr *langRules) parallelPhrase(keys []string, c int) bool {
	// (Not a relative clause after its preposition: "mit Selenskyj, mit dem er befreundet ist".)
	if c < 2 || c >= len(keys) || !lr.g.prep[keys[c]] || lr.opensRelative(keys, c) {
		return false
	}
	p := keys[c]
	before := false
	for j := c - 2; j >= 0 && j >= c-7 && !isBoundary(keys[j]); j-- {
		if keys[j] == p {
			before = true
			break
		}
	}
	if !before {
		return false
	}
	for j := c + 1; j+1 < len(keys) && j <= c+12 && keys[j] != "."; j++ {
		if lr.g.coord[keys[j]] && keys[j+1] == p {
			return true
		}
		if len(lr.byWord[keys[j]]) > 0 && !lr.g.prep[keys[j]] {
			return false
		}
	}
	return false
}

// maxClause bounds a clause on each side of its trigger, in tokens: text without punctuation
// (a table, a transcript) would otherwise make every trigger scan the whole of it.
const maxClause = 60

// clause returns the token span around i bounded by punctuation, at most maxClause tokens on
// each side. A parenthesis is looked through: "Olaf Scholz (SPD) sagte" has Scholz in the
// clause of "sagte".
func (lr *langRules) clause(keys []string, i int) (int, int) {
	cs := i
	for cs > 0 && i-cs < maxClause {
		if keys[cs-1] == ")" {
			if open := matching(keys, cs-1, -1); open > 0 && !isBoundary(keys[open-1]) {
				cs = open
				continue
			}
		}
		if cs >= 3 && keys[cs-1] == "," && lr.g.asides[keys[cs-2]] && keys[cs-3] == "," {
			cs -= 3 // ", respectively," is looked through like a parenthesis
			continue
		}
		if open := lr.phraseQuote(keys, cs-1, -1); open > 0 && lr.g.verbFinal {
			cs = open // a word in quotes: "für „höchstwahrscheinlich“ erklärt"
			continue
		}
		if open := inlineQuote(keys, cs-1, -1); open > 0 && !lr.g.verbFinal && (lr.g.with[keys[cs]] || lr.g.roleArticles[keys[open-1]]) {
			// "raised the matter "personally and directly" with Modi": an English clause goes on
			// after a quoted phrase when "with" follows it, the cue of a meeting's other party,
			// or when a definite article opens it, a name: "announced the "Ankara Declaration"
			// at" (not the words of "made a "serious mistake" in", "for his "courage"").
			cs = open
			continue
		}
		// Parallel phrases of one preposition are one clause: "war nacheinander mit Selenskyj in
		// Kiew, mit Putin in Moskau und mit Xi in Peking zusammengetroffen".
		if keys[cs-1] == "," && lr.parallelPhrase(keys, cs) {
			cs--
			continue
		}
		if isBoundary(keys[cs-1]) {
			break
		}
		cs--
	}
	ce := i + 1
	for ce < len(keys) && ce-i < maxClause {
		if keys[ce] == "(" {
			// (Up to a comma after it too, which widen may look over: "mit Magdalena Andersson
			// (Schweden), Sanna Marin (Finnland) und …".)
			if close := matching(keys, ce, 1); close > 0 && close+1 < len(keys) && (!isBoundary(keys[close+1]) || keys[close+1] == ",") {
				ce = close + 1
				continue
			}
		}
		if close := lr.phraseQuote(keys, ce, 1); close > 0 && close+1 < len(keys) && lr.g.verbFinal {
			ce = close + 1
			continue
		}
		// (Or the noun the quote describes, then "with": "held "two-plus-two" talks with".)
		if close := inlineQuote(keys, ce, 1); close > 0 && close+1 < len(keys) && !lr.g.verbFinal &&
			(lr.g.with[keys[close+1]] || close+2 < len(keys) && isWordKey(keys[close+1]) && lr.g.with[keys[close+2]]) {
			ce = close + 1
			continue
		}
		if isBoundary(keys[ce]) {
			break
		}
		// "visited the base without meeting Nielsen": a privative before a participle opens a
		// clause of its own.
		if ce > i+1 && lr.g.privatives[keys[ce]] && ce+1 < len(keys) && lr.isParticiple(keys[ce+1]) {
			break
		}
		ce++
	}
	return cs, ce
}

// othersClose reports whether a coordinator at token j, then a word for the rest, close a run
// of names ("und anderen", "und den übrigen Staats- und Regierungschefs", "and others"; grammar
// others): a run of names closed so is a list.
func (lr *langRules) othersClose(keys []string, j int) bool {
	if j >= len(keys) || !lr.g.coord[keys[j]] {
		return false
	}
	for j++; j < len(keys) && lr.g.art[keys[j]]; j++ {
	}
	return j < len(keys) && lr.g.others[keys[j]]
}

// widenedClause is widen(clause(i)), remembered for the last trigger: the rules of one
// trigger word are tried one after another at the same token.
func (lr *langRules) widenedClause(s *Sentence, i int) (int, int) {
	if s.memo.ok && s.memo.i == i {
		return s.memo.cs, s.memo.ce
	}
	cs, ce := lr.clause(s.Keys, i)
	cs, ce = lr.widen(s, cs, ce)
	s.memo.i, s.memo.cs, s.memo.ce, s.memo.ok = i, cs, ce, true
	return cs, ce
}

// cueBreak reports whether a word of grammar cue_breaks stands in keys[from:to]: an infinitive
// or a relative clause opens between a trigger and a cue, which then belongs to another verb; so
// does a clause a temporal conjunction opens, or a second predicate after "and" (see
// secondPredicate).
func (lr *langRules) cueBreak(s *Sentence, from, to int, cues set) bool {
	keys := s.Keys
	to = min(to, len(keys))
	// (So does a temporal conjunction that opens a clause: "was shelved after Trump spoke with
	// Putin"; not "talks since the invasion with Modi".)
	// (A break that is a preposition before an article or a name is that preposition: "put his
	// signature to the documents alongside X", "was welcomed to Downing Street by May", not an
	// infinitive's "to".)
	for j := from; j < to; j++ {
		if k := keys[j]; lr.g.cueBreaks[k] && !cues[k] && !(lr.g.prep[k] && j+1 < len(keys) && (lr.g.art[keys[j+1]] || s.inMention(j+1) || s.covered(j+1))) {
			return true
		}
	}
	return from < to && lr.clauseOpensAfter(keys, from-1, to) || lr.secondPredicate(keys, from, to) >= 0
}

// secondPredicate returns the index of the first coordinator in keys[from:to] that opens a
// second predicate, or -1: "and" or "und" (no disjunction) right before a cue of modality, an
// auxiliary ("met Putin and dismissed reports of a rift with Kyiv", "and will meet", "and did
// not"), or a verb of saying.
func (lr *langRules) secondPredicate(keys []string, from, to int) int {
	for j := max(from, 0); j+1 < min(to, len(keys)); j++ {
		// (An auxiliary, not an adverb: "met Xi and also Modi" is one predicate.)
		k := keys[j+1]
		aux := lr.g.afterSubject[k] && (lr.g.saidOpeners[k] || lr.g.copulas[k] || j+2 < len(keys) && lr.negationWord(keys[j+2]))
		if lr.conjunction(keys[j]) && (len(lr.g.cues[k]) > 0 || aux || lr.reports(k)) {
			return j
		}
	}
	return -1
}

// othersCue reports whether, after the German noun trigger keys[i], a cue word in keys(i, to)
// follows another noun trigger whose rules take a cue: the cue is that noun's. (English has no
// capitals to tell the nouns: "held talks with" is a verb's object and its cue.)
func (lr *langRules) othersCue(s *Sentence, i, to int, cues set) bool {
	keys := s.Keys
	if !lr.g.caseTriggers || s.Raw == nil || !fold.IsUpper(s.Raw[i]) {
		return false
	}
	for j := i + 2; j < min(to, len(keys)); j++ {
		if cues[keys[j]] && keys[j-1] != keys[i] && lr.takesCue(keys[j-1]) {
			return true
		}
	}
	return false
}

// inlineQuote returns the other quotation mark of a quote of four words at most that opens
// (dir 1) or closes (dir -1) at token q inside an English clause, with words and no
// punctuation inside and a word on either side outside: "had raised the matter "personally and
// directly" with Modi"; else 0.
func inlineQuote(keys []string, q, dir int) int {
	j := quoteEnd(keys, q, dir, 4)
	if before, after := q-dir, j+dir; j == 0 || before < 0 || before >= len(keys) || after < 0 || after >= len(keys) ||
		!isWordKey(keys[before]) || !isWordKey(keys[after]) {
		return 0
	}
	return j
}

// shortQuote returns the other quotation mark of a quote of one word that opens (dir 1) or
// closes (dir -1) at token q, when no punctuation stands inside it and none next to it
// outside: a word quoted inside a clause ("sprach von einem „Hoffnungsschimmer“ und"), no
// reported speech, nor a name ("der „Aktion Deutschland hilft“"); else 0. German clauses look
// through such quotes; English news quotes a phrase of what was said, which belongs to the
// content.
func shortQuote(keys []string, q, dir int) int {
	j := quoteEnd(keys, q, dir, 1)
	if out := j + dir; j == 0 || out < 0 || out >= len(keys) || isBoundary(keys[out]) || tokenize.IsTerminal(keys[out]) {
		return 0 // (out is the token outside the quote's far end)
	}
	return j
}

// quoteEnd returns the other quotation mark of a quote that opens (dir 1) or closes (dir -1)
// at token q and holds between one and n words (n = words) and no punctuation; else 0.
func quoteEnd(keys []string, q, dir, words int) int {
	if q < 0 || q >= len(keys) || keys[q] != `"` {
		return 0
	}
	for j, n := q+dir, 0; j >= 0 && j < len(keys) && n <= words; j, n = j+dir, n+1 {
		k := keys[j]
		if k == `"` {
			if n == 0 {
				return 0
			}
			return j
		}
		if k == "-" && n > 0 {
			n-- // a hyphen inside a compound: "two-plus-two"
			continue
		}
		if isBoundary(k) || tokenize.IsTerminal(k) || !isWordKey(k) {
			return 0
		}
	}
	return 0
}

// phraseQuote is shortQuote, or a longer quote (up to twelve words) right after a preposition,
// a noun phrase and no reported speech: "der vom „Anbruch eines neuen Nahen Ostens“ sprach"
// (not a name after an article: "von der „Aktion Deutschland hilft“ sagte").
func (lr *langRules) phraseQuote(keys []string, q, dir int) int {
	if j := shortQuote(keys, q, dir); j > 0 || q < 0 || q >= len(keys) || keys[q] != `"` {
		return j
	}
	comma := false // (a comma inside: only in a quote a preposition or "als" governs, below)
	for j := q + dir; j >= 0 && j < len(keys) && (j-q)*dir <= 13; j += dir {
		k := keys[j]
		if k != `"` {
			if k == "," {
				comma = true
				continue
			}
			if isBoundary(k) || tokenize.IsTerminal(k) {
				return 0
			}
			continue
		}
		open, close := min(q, j), max(q, j)
		// (After a preposition, or its article: "von einem „Sieg für den Dialog“", "auf die
		// „neuen territorialen Realitäten“"; or after "als": "Pence als „politischen Dummkopf“
		// bezeichnet".)
		// (After a definite article, a quote that opens with an adjective: a name in quotes is
		// no phrase of what was said, "von der „Aktion Deutschland hilft“".)
		afterPrep := open >= 1 && (lr.g.prep[keys[open-1]] || lr.g.capacity[keys[open-1]] ||
			(open >= 2 && lr.g.indefinites[keys[open-1]] && lr.g.prep[keys[open-2]]) ||
			(open >= 2 && lr.g.art[keys[open-1]] && lr.g.prep[keys[open-2]] && hasAdjEnding(keys[open+1])) ||
			// (Or after a possessive, a quote that opens with an adjective: "zur Vertiefung ihrer
			// „umfassenden Partnerschaft“ unterzeichnet".)
			(open >= 1 && lr.g.possessives[keys[open-1]] && hasAdjEnding(keys[open+1])))
		// "als „schwierige, aber richtige Entscheidung“ verteidigt", "vor einer „gefährlichen,
		// unberechenbaren Eskalation“ gewarnt": only there does the comma of a phrase in quotes
		// close no clause (not in the other governed quotes below).
		if comma && !afterPrep {
			return 0
		}
		governed := afterPrep ||
			// (Or a name of a few words in quotes in the genitive after a noun: "einem Bericht der
			// „New York Times“ zufolge"; not "von der „Aktion Deutschland hilft“".)
			(open >= 2 && lr.g.descriptionLinks[keys[open-1]] && isWordKey(keys[open-2]) && !lr.g.prep[keys[open-2]] && !lr.g.art[keys[open-2]] &&
				close-open-1 <= 4 && !slices.ContainsFunc(keys[open+1:close], func(k string) bool { return !isWordKey(k) })) ||
			// (Or a noun phrase of a few words that opens with a negation, the object of the verb
			// before it: "Es gebe „keine Pläne“ für ein Treffen"; not a motto named after an article
			// and a noun, "Unter dem Motto „Nie wieder“ trafen sich …".)
			(open >= 1 && close-open-1 <= 3 && !(open >= 2 && lr.g.art[keys[open-2]]) && slices.ContainsFunc(lr.g.cues[keys[open+1]], func(c cue) bool { return c.kind == cueNegated && len(c.words) == 1 }) &&
				!slices.ContainsFunc(keys[open+1:close], func(k string) bool { return !isWordKey(k) }))
		if !governed || close+1 >= len(keys) ||
			isBoundary(keys[close+1]) || tokenize.IsTerminal(keys[close+1]) {
			return 0
		}
		return j
	}
	return 0
}

// relativeBefore returns the position of the comma that opens a relative clause closed by the
// comma at c (", who flew in on Friday,"), a witness phrase (", flanked by his agriculture
// minister,"), an English participle clause (", attending his first summit,") or a companion
// phrase (", together with Justin Welby,"), or 0. Only relative words that are no articles
// count: German "der", "die" also open appositions ("Merz, der französische Präsident Macron,
// …"), which are another matter.
func (lr *langRules) relativeBefore(keys []string, c int) int {
	for r := c - 1; r > 0 && c-r < maxClause; r-- {
		// (A short quote inside is no boundary: ", who called the meeting "historic",".)
		if open := quoteEnd(keys, r, -1, 4); open > 0 {
			r = open
			continue
		}
		if keys[r] == "," || isBoundary(keys[r]) {
			// (A witness phrase the grammar knows: "flanked by", "accompanied by".)
			witness := slices.ContainsFunc(lr.g.witnesses, func(p []string) bool { return r+len(p) < c && hasPhrase(keys, r+1, p) })
			// (Or an English participle clause: "Abbas and al-Sharaa, attending his first such
			// meeting, were among the leaders present".)
			// (Not a preposition or an including word that ends alike: ", during his visit,",
			// ", according to aides,", ", including Xi,".)
			participle := r+1 < c && lr.participleOpens(keys, r+1)
			// (Or a companion phrase: "Pope Francis, together with Justin Welby, was received".)
			companion := r+1 < c && phraseStartsAt(keys, r+1, lr.g.companions)
			if keys[r] == "," && r+1 < c && (lr.g.rel[keys[r+1]] && !lr.g.art[keys[r+1]] || witness || participle || companion) && r > 0 {
				return r
			}
			return 0
		}
	}
	return 0
}

// relativeBeforeList is relativeBefore for a relative clause that ends with a list, whose
// commas are no boundary: "Putin, who met Xi Jinping, Narendra Modi and Lula, said …" (the
// comma before "who", for the list that ends at the comma at c); or 0.
func (lr *langRules) relativeBeforeList(s *Sentence, c int, sp slotSpec) int {
	last := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.End == c })
	if last < 0 {
		return 0
	}
	for p := range last {
		if l := lr.list(s, p, c, sp, ""); len(l) >= 2 && lastOf(l) == last {
			return lr.relativeBefore(s.Keys, s.Mentions[p].Phrase)
		}
	}
	return 0
}

// dateEnd returns where a date after a list item ends, the item ending at e, when a coordinator
// follows it: "on Tuesday and", "am Mittwoch und" (grammar date_preps and calendar_nouns,
// perhaps a part of the day after the day: "on Friday evening and"). Else e.
func (lr *langRules) dateEnd(keys []string, e int) int {
	if e+2 >= len(keys) || !lr.g.datePreps[keys[e]] || !lr.g.calendarNouns[keys[e+1]] {
		return e
	}
	d := e + 2
	if lr.g.calendarNouns[keys[d]] && d+1 < len(keys) {
		d++
	}
	if !lr.g.coord[keys[d]] {
		return e
	}
	return d
}

// itemAside returns the comma that closes an aside after a list item that ends at e, when a
// coordinator follows it and so the list goes on: an English apposition (appositionThen,
// "Parolin, the Vatican secretary of state, and Gallagher") or a relative clause, "Zugeschaltet
// waren Angela Merkel, deren Land den Vorsitz innehat, und Emmanuel Macron" (not one "der" or
// "die" opens, articles of an apposition too); else -1.
func (lr *langRules) itemAside(s *Sentence, e int) int {
	if c := lr.appositionThen(s, e); c > 0 {
		return c
	}
	if e+1 < len(s.Keys) && s.Keys[e] == "," && lr.opensRelative(s.Keys, e+1) && (!lr.g.art[s.Keys[e+1]] || lr.g.genRelatives[s.Keys[e+1]]) {
		if c := lr.asideEnd(s.Keys, e); c > 0 {
			return c
		}
		if c := lr.relativeBeforeItems(s, e); c > 0 {
			return c
		}
	}
	return -1
}

// itemAsideBefore returns the comma that opens an item's aside (see itemAside) that the comma
// at c closes, when the list's next item follows it; else -1.
func (lr *langRules) itemAsideBefore(s *Sentence, c int) int {
	if !lr.itemAfter(s, c) {
		return -1
	}
	for o := c - 2; o > 0 && c-o <= 20; o-- {
		if s.Keys[o] == "," {
			if lr.itemAside(s, o) == c {
				return o
			}
			return -1
		}
	}
	return -1
}

// itemAfter reports whether a named actor follows the comma at c, perhaps after a coordinator
// and articles: the next item of a list ("…, innehat, und Emmanuel Macron"), not a second
// predicate ("…, who died last year, and thanked …").
func (lr *langRules) itemAfter(s *Sentence, c int) bool {
	j := c + 1
	if j < len(s.Keys) && lr.g.coord[s.Keys[j]] {
		j++
	}
	return slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Named && m.Phrase >= j && lr.onlyArticles(s.Keys, j, m.Phrase) })
}

// appositionThen returns the comma that closes an apposition opened by the comma at e, after a
// list item, when a coordinator follows it and so the list goes on: "Pietro Parolin, the Vatican
// secretary of state, and Paul Gallagher"; else -1. A named person in it makes it the list's
// next item instead: "Macron, the German chancellor Olaf Scholz, and Meloni".
func (lr *langRules) appositionThen(s *Sentence, e int) int {
	keys := s.Keys
	// (English only: a German article after a comma may open a relative clause.)
	if lr.g.verbFinal || e+3 >= len(keys) || keys[e] != "," {
		return -1
	}
	for c := e + 2; c < len(keys)-1 && c <= e+13; c++ {
		if keys[c] == "," {
			if lr.appositionBefore(s, c) == e && lr.g.coord[keys[c+1]] &&
				!slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Named && m.Type == "person" && m.Phrase > e && m.End <= c }) {
				return c
			}
			return -1
		}
		if isBoundary(keys[c]) {
			return -1
		}
	}
	return -1
}

// appositionBefore returns the comma that opens an apposition closed by the comma at c, a noun
// phrase after an article (", the head of Russia's sovereign wealth fund,"), a bare noun
// before a genitive (", leader of a smaller faction,") or a noun after a named owner
// (", Vladimir Putin's spokesman,", ", ATR's chief executive,"), or 0.
func (lr *langRules) appositionBefore(s *Sentence, c int) int {
	keys := s.Keys
	n := 0 // the words passed, not those of a bracket that closes it: "… States (ECOWAS),"
	for r := c - 1; r > 0 && n <= 12; r, n = r-1, n+1 {
		if keys[r] == ")" && r == c-1 {
			if o := matching(keys, r, -1); o > 0 && r-o <= 4 {
				r = o
				continue
			}
		}
		if keys[r] == "," || isBoundary(keys[r]) {
			if keys[r] == "," && r+2 < c && lr.g.art[keys[r+1]] && !lr.g.rel[keys[r+1]] {
				return r
			}
			if keys[r] == "," && r+2 < c && lr.g.gen[keys[r+2]] && isWordKey(keys[r+1]) && !lr.g.rel[keys[r+1]] && !lr.g.subord[keys[r+1]] &&
				!lr.g.coord[keys[r+1]] && !lr.g.prep[keys[r+1]] {
				return r
			}
			if keys[r] == "," && namedOwner(s, r+1, c) {
				return r
			}
			return 0
		}
	}
	return 0
}

// namedOwner reports whether a name of at most three capitalised words at token from owns a
// noun that ends before token c: "Vladimir Putin's spokesman", "ATR's chief executive".
func namedOwner(s *Sentence, from, c int) bool {
	if s.Raw == nil {
		return false
	}
	for j := from; j < c-1 && j <= from+3; j++ {
		if j > from && possessiveMark(s.Keys, j) {
			return true
		}
		if !isWordKey(s.Keys[j]) || !fold.IsUpper(s.Raw[j]) {
			return false
		}
	}
	return false
}

// clauseBefore returns where the clause before the comma at token c begins, looking past an
// apposition to the name right before it: in "Blinken held talks with Wang Yi, China's top
// foreign policy official, after meeting Qin Gang", the clause before "after" is Blinken's.
// (Not past a clause with no name before its comma: "Xi will skip the summit this weekend,
// China's foreign ministry said, announcing …".)
func (lr *langRules) clauseBefore(s *Sentence, c int) int {
	keys := s.Keys
	pcs, _ := lr.clause(keys, c-1)
	if a := lr.appositionBefore(s, c); a > 0 && a == pcs-1 && slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.End == a }) {
		pcs, _ = lr.clause(keys, a-1)
	}
	return pcs
}

// opensSentence reports whether the phrase at p opens its sentence: only articles before it,
// or a fronted adverbial, one word or a prepositional phrase with no party in it ("Meanwhile",
// "On Friday,", "In St Petersburg,").
func (lr *langRules) opensSentence(s *Sentence, p int) bool {
	keys := s.Keys
	from := sentenceFrom(keys, p)
	if lr.onlyArticles(keys, from, p) {
		return true
	}
	a := p
	if keys[p-1] == "," {
		a = p - 1
	}
	if a-from == 1 && isWordKey(keys[from]) && !s.inPhrase(from) {
		return true
	}
	return a < p && a-from <= 6 && lr.g.prep[keys[from]] && !slices.Contains(keys[from:a], ",") &&
		!slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase >= from && m.End <= a && !isPlace(m) })
}

// relativeBeforeName returns the antecedent of a German relative pronoun that opens the clause
// at cs and is its subject although a name follows before the trigger at i, or -1: in "Scholz,
// der Netanjahu in Tel Aviv getroffen hatte," the "der" is no article of Netanjahu's (an
// article before a name needs a title or an adjective), and in "Scholz, der am Dienstag
// Netanjahu getroffen hatte," it is none of any noun. The antecedent is a person right before
// the comma that ok accepts.
func (lr *langRules) relativeBeforeName(s *Sentence, cs, i int, ok func(k int) bool) int {
	keys := s.Keys
	if s.Raw == nil || cs+1 >= i || !lr.subjectRelative(s, cs) {
		return -1
	}
	bare := slices.ContainsFunc(s.Mentions, func(m Mention) bool {
		return m.Phrase == cs+1 && m.Start == cs+1 && m.Type == "person" && m.End <= i
	})
	// (A word in lower case after the pronoun that no article goes with: "am", "zuvor".)
	adverbial := !fold.IsUpper(s.Raw[cs+1]) && isWordKey(keys[cs+1]) && !lr.g.art[keys[cs+1]] && !hasAdjEnding(keys[cs+1]) &&
		slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase > cs && m.End <= i && m.Type == "person" })
	if !bare && !adverbial {
		return -1
	}
	for k := len(s.Mentions) - 1; k >= 0; k-- {
		if m := s.Mentions[k]; m.End == cs-1 && m.Type == "person" && ok(k) {
			return k
		}
	}
	return -1
}

// clauseEndVerbs reports whether tokens [from, to) are at most three German words in lower
// case, no article, preposition or coordinator: the verbs that close a clause before a relative
// clause put after them ("mit Putin abgestimmt gewesen, mit dem").
func (lr *langRules) clauseEndVerbs(s *Sentence, from, to int) bool {
	if !lr.g.caseTriggers || s.Raw == nil || to-from > 3 {
		return false
	}
	for j := from; j < to; j++ {
		if k := s.Keys[j]; !lowerWord(s, j) || lr.g.art[k] || lr.g.prep[k] || lr.g.coord[k] {
			return false
		}
	}
	return true
}

// extraposedAntecedent returns the antecedent of a German relative pronoun that opens the
// clause at cs as its subject after the verbs that close the clause before: "Abe war von
// Präsident Ruhani empfangen worden, der nach dem Gespräch sagte, …" (the person right before
// those verbs, whom ok accepts, whatever governs it), or -1.
func (lr *langRules) extraposedAntecedent(s *Sentence, cs int, ok func(k int) bool) int {
	keys := s.Keys
	if !lr.g.caseTriggers || s.Raw == nil || cs < 3 || keys[cs-1] != "," || !lr.g.subjRel[keys[cs]] {
		return -1
	}
	// (Not the article of a person's phrase, an adjective or a title between it and the name:
	// "nahm auch Mohammed bin Salman teil, der türkische Präsident Recep Tayyip Erdoğan war
	// telefonisch zugeschaltet"; but ", der Olaf Scholz angerufen hatte" is relative.)
	if slices.ContainsFunc(s.Mentions, func(m Mention) bool {
		return m.Type == "person" && m.Phrase <= cs+1 && m.Phrase >= cs && m.Start > cs+1
	}) {
		return -1
	}
	for k := len(s.Mentions) - 1; k >= 0; k-- {
		m := s.Mentions[k]
		if m.End >= cs-1 {
			continue
		}
		if !lr.clauseEndVerbs(s, m.End, cs-1) {
			return -1
		}
		if m.Type != "person" || !m.Named || !ok(k) {
			return -1
		}
		return k
	}
	return -1
}

// subjectRelative reports whether token j is a relative pronoun that is its clause's subject
// (grammar subject_relatives: "der", not "die", which may be an object) right after a comma
// that follows a person.
func (lr *langRules) subjectRelative(s *Sentence, j int) bool {
	return j >= 2 && s.Keys[j-1] == "," && lr.g.subjRel[s.Keys[j]] &&
		slices.ContainsFunc(s.Mentions, func(o Mention) bool { return o.End == j-1 && o.Type == "person" })
}

// germanRelativeBefore is relativeBefore for German, whose relative pronouns are articles too:
// the clause after the comma at r is relative when it ends in a verb, a word in lower case
// ("Die Zeremonie, die um drei Stunden verschoben werden musste, fand im Beisein …"), where an
// apposition ends in a noun. An adverbial clause between it and the comma at c is passed over
// ("Assad, der im Saal saß, als der Ukrainer sprach, nannte …").
func (lr *langRules) germanRelativeBefore(s *Sentence, c int) int {
	if !lr.g.caseTriggers || s.Raw == nil || c < 3 || fold.IsUpper(s.Raw[c-1]) || !isWordKey(s.Keys[c-1]) {
		return 0
	}
	for r := c - 1; r > 0 && c-r < maxClause; r-- {
		if k := s.Keys[r]; k == "," || isBoundary(k) {
			if k == "," && r+2 < c && lr.opensRelative(s.Keys, r+1) {
				// (A party in brackets may close the antecedent: "Kurz (ÖVP), der …": where
				// the brackets open.)
				if r >= 3 && s.Keys[r-1] == ")" {
					for p := r - 2; p > 0 && p >= r-5; p-- {
						if s.Keys[p] == "(" {
							return p
						}
					}
				}
				return r
			}
			if k == "," && r+1 < c && lr.g.subord[s.Keys[r+1]] {
				// "Assad, der im Saal saß, als der Ukrainer sprach, nannte …": an adverbial
				// clause after the relative clause.
				return lr.germanRelativeBefore(s, r)
			}
			return 0
		}
	}
	return 0
}

// pluralRelative reports whether the German relative clause [cs, ce) is in the plural: "die"
// opens it and its finite verb, last, is plural ("die … zugegen waren", "die … getroffen
// hatten"; not "die … zugegen war"). A last word in capitals is a noun after the verb, no verb:
// "die zugegen war neben anderen Diplomaten".
func (lr *langRules) pluralRelative(s *Sentence, cs, ce int) bool {
	keys := s.Keys
	if !lr.g.caseTriggers || keys[cs] != "die" {
		return false
	}
	for ce > cs+1 && !isWordKey(keys[ce-1]) {
		ce-- // (the clause's closing comma or full stop)
	}
	v := keys[ce-1]
	return ce > cs+1 && (v == "sind" || strings.HasSuffix(v, "en") && isWordKey(v)) && !(s.Raw != nil && fold.IsUpper(s.Raw[ce-1]))
}

// germanAntecedent returns where the German relative clause before the comma at c opens
// (germanRelativeBefore; 0 when none does) and the first mention that ends there, the
// clause's antecedent (-1 when none does).
func (lr *langRules) germanAntecedent(s *Sentence, c int) (g, a int) {
	if g = lr.germanRelativeBefore(s, c); g <= 0 {
		return g, -1
	}
	return g, slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.End == g })
}

// roleOpens reports whether a role that names no one (a title the data knows, "Vorsitzender der
// Afrikanischen Union") opens tokens [from, to), right at from or after one word in lower case
// that is no article ("derzeit"), and ends inside them.
func (lr *langRules) roleOpens(s *Sentence, from, to int) bool {
	return slices.ContainsFunc(s.Mentions, func(m Mention) bool {
		return !m.Named && m.Type != "group" && m.End <= to && (m.Phrase == from ||
			m.Phrase == from+1 && isWordKey(s.Keys[from]) && !lr.g.art[s.Keys[from]] && s.Raw != nil && !fold.IsUpper(s.Raw[from]))
	})
}

// onlyVerbal reports whether tokens [from, to) hold no actor's words: the clause before the
// trigger is a bare predicate ("is due to", "will"), so its subject stands before it.
func (lr *langRules) onlyVerbal(keys []string, from, to int) bool {
	if to <= from || to-from > 4 {
		return false // "…, saying": a participle's subject is the main clause's
	}
	for _, k := range keys[from:to] {
		if isBoundary(k) || lr.pronoun(k) || lr.g.plural[k] {
			return false // "…, he argues"
		}
	}
	return true
}

// includes reports whether tokens [from, to) join a named member to the group before it: a
// short description of the group ending in an including word ("und seine Amtskollegen aus der
// Region, darunter"), with no clause boundary but commas.
func (lr *langRules) includes(keys []string, from, to int) bool {
	if to <= from || to-from > 10 || !lr.includingEnds(keys, to-1) {
		return false
	}
	for _, k := range keys[from : to-1] {
		if k != "," && isBoundary(k) || lr.g.comp[k] {
			return false
		}
	}
	return true
}

// includingEnds reports whether an including word or phrase ends at token j: "darunter",
// "unter ihnen", "among them".
func (lr *langRules) includingEnds(keys []string, j int) bool {
	return lr.includingLenEnding(keys, j) > 0
}

// includingLen returns the length of the including word or phrase that begins at token j, or 0.
func (lr *langRules) includingLen(keys []string, j int) int {
	if j >= len(keys) {
		return 0 // (a comma that ends the sentence: "… and delegations from 90 countries,")
	}
	if lr.g.including[keys[j]] {
		return 1
	}
	for _, p := range lr.g.includingPhrases {
		if hasPhrase(keys, j, p) {
			return len(p)
		}
	}
	return 0
}

// includingList reports whether an including phrase that begins at token j introduces names,
// not a clause of its own: in German a verb after it is in lower case ("unter ihnen fehlten
// Putin und Xi" names those missing).
func (lr *langRules) includingList(s *Sentence, j int) bool {
	n := lr.includingLen(s.Keys, j)
	if n == 0 {
		return false
	}
	k := j + n
	return !lr.g.caseTriggers || s.Raw == nil || k >= len(s.Keys) || lr.g.art[s.Keys[k]] || fold.IsUpper(s.Raw[k])
}

// includedFrom returns where the names of an including phrase after the comma at c begin, past
// an aside ("…, darunter auch Mugabe"), or -1 when no including phrase that names people (not
// "unter ihnen fehlten …") follows the comma.
func (lr *langRules) includedFrom(s *Sentence, c int) int {
	keys := s.Keys
	if c+2 >= len(keys) || keys[c] != "," {
		return -1
	}
	n := lr.includingLen(keys, c+1)
	switch at := c + 1 + n; {
	case n == 0 || at >= len(keys):
		return -1
	case lr.g.asides[keys[at]]:
		return at + 1
	case lr.includingList(s, c+1):
		return at
	}
	return -1
}

// includedAfter returns the list an including phrase names after a conjunct that names no one
// following item k: "begrüßte Selenskyj sowie Delegationen aus 90 Staaten, unter ihnen Harris,
// Scholz und Macron", "met Zelensky and delegations from 90 countries, including Harris".
func (lr *langRules) includedAfter(s *Sentence, k int, sp slotSpec) []int {
	keys := s.Keys
	e := s.Mentions[k].End
	if e >= len(keys) || !lr.conjunction(keys[e]) {
		return nil
	}
	for j := e + 1; j < len(keys) && j <= e+10; j++ {
		if isBoundary(keys[j]) && keys[j] != "," || s.inMention(j) {
			return nil
		}
		if keys[j] != "," {
			continue
		}
		n := lr.includingLen(keys, j+1)
		if n == 0 || !lr.includingList(s, j+1) {
			return nil
		}
		f := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Phrase > j+n && lr.onlyArticles(keys, j+1+n, m.Phrase) && sp.accepts(m) })
		if f < 0 {
			return nil
		}
		return lr.list(s, f, len(keys), sp, "")
	}
	return nil
}

// cueOverIncluding reports whether a cue stands before token j with only a group it names a
// member of between: "sprach mit Vertretern der Putschisten, darunter General Barmou".
func (lr *langRules) cueOverIncluding(s *Sentence, j int, cues set) bool {
	if j < 2 || !lr.includingEnds(s.Keys, j-1) {
		return false
	}
	for k := j - 2; k >= 0 && j-k <= 14; k-- {
		if cues[s.Keys[k]] {
			return true
		}
		if s.Keys[k] != "," && isBoundary(s.Keys[k]) || s.inMention(k) {
			return false
		}
	}
	return false
}

// cueOverConjunct reports whether a cue stands before token j with only a noun phrase that
// names no one and a coordinator between: "gemeinsam mit den übrigen Golfstaaten und Ägypten",
// "with other Gulf states and Egypt" (an article or adjectives, then a noun); not when a verb
// follows the name, which opens a clause of its own ("sprach mit Journalisten und Macron traf
// Biden"): after it come punctuation, an article, a preposition or a capitalised word. (The
// caller takes it only for a verb's cue: a German noun's may be another verb's, "Beim Gipfel
// unterzeichneten … mit".)
func (lr *langRules) cueOverConjunct(s *Sentence, m Mention, cues set) bool {
	keys, j := s.Keys, m.Phrase
	if j < 3 || !lr.conjunction(keys[j-1]) {
		return false
	}
	if e := m.End; e < len(keys) && isWordKey(keys[e]) && !lr.g.art[keys[e]] && !lr.g.prep[keys[e]] && !(s.Raw != nil && fold.IsUpper(s.Raw[e])) {
		return false
	}
	for k := j - 2; k >= 0 && j-k <= 6; k-- {
		if cues[keys[k]] {
			return k < j-2 // (a noun phrase at least)
		}
		if !isWordKey(keys[k]) || s.inMention(k) || lr.g.coord[keys[k]] || lr.g.prep[keys[k]] {
			return false
		}
	}
	return false
}

// clauseAfter returns the words after token i, n at most, up to a boundary other than a comma
// (an aside may come first: "called on all parties, including Russia, to stop fighting") or
// the sentence's end.
func clauseAfter(keys []string, i, n int) []string {
	j := i + 1
	for j < len(keys) && j <= i+n && (keys[j] == "," || !isBoundary(keys[j])) && !tokenize.IsTerminal(keys[j]) {
		j++
	}
	return keys[min(i+1, j):j]
}

// cueOverApposition reports whether a cue stands before token j with only a title in
// apposition between: the roles the names stand for, covered, or a role that names no one
// known (Unknown) after an owner, then a comma ("mit den Außenministern der Emirate und
// Bahrains, Abdullah bin Sajid und …", "with his host, Cuban President Raúl Castro,").
func (lr *langRules) cueOverApposition(s *Sentence, j int, cues set) bool {
	if lr.cueOverOwner(s, j, cues) {
		return true
	}
	if j < 2 || (s.Keys[j-1] != "," && !isDash(s.Keys[j-1])) {
		return false
	}
	k := j - 2
	// (Or a role that names no one known, after an owner: "with his host, Cuban President Raúl
	// Castro,".)
	if !s.covered(k) && !s.inUnknown(k) {
		return lr.cueOverDescription(s, j, cues)
	}
	for k >= 0 && (s.covered(k) || s.inUnknown(k) || lr.g.coord[s.Keys[k]] || lr.g.art[s.Keys[k]] || lr.g.possessives[s.Keys[k]] ||
		lr.g.gen[s.Keys[k]] || roleComma(s, k)) {
		k--
	}
	// (Or the role's owner and "'s" before it: "with the summit's host, Mark Carney".)
	return k >= 0 && (cues[s.Keys[k]] || lr.cueOverOwner(s, k+1, cues))
}

// cueOverOwner reports whether a cue stands before the phrase at token j with only an owner and
// "'s" between, perhaps after an article: an owner in lower case, "with the summit's host, Mark
// Carney", "with the country's new leader, Ahmed al-Sharaa", or one the data knows, "with Saudi
// Arabia's new monarch, King Salman".
func (lr *langRules) cueOverOwner(s *Sentence, j int, cues set) bool {
	if s.Raw == nil || j < 3 || s.Keys[j-1] != "'s" {
		return false
	}
	k, n := j-2, 0
	for ; k >= 1 && n < 3 && isWordKey(s.Keys[k]) && (s.inMention(k) || !fold.IsUpper(s.Raw[k]) && !(*LangRules)(lr).FunctionWord(s.Keys[k])); k-- {
		n++
	}
	if n > 0 && lr.g.art[s.Keys[k]] {
		k--
	}
	return n > 0 && k >= 0 && cues[s.Keys[k]]
}

// cueOverDescription reports whether a cue stands before the person named at token j with
// only a description the data has no title for in apposition between, the name set off by
// commas: "mit dem obersten Außenpolitiker der Kommunistischen Partei, Yang Jiechi, und …". The
// description is an article (or a cue that holds one: "vom"), then adjectives, nouns and
// genitives, seven words at most; the name
// is a person's, closed by a comma or a coordinator (not "mit dem Ziel, Xi zu treffen").
func (lr *langRules) cueOverDescription(s *Sentence, j int, cues set) bool {
	if s.Raw == nil {
		return false
	}
	if !lr.g.caseTriggers {
		return lr.cueOverEnglishDescription(s, j, cues)
	}
	keys := s.Keys
	noun, cue := false, false
	for k := j - 2; k >= 0 && k >= j-8 && !cue; k-- {
		key := keys[k]
		switch {
		case cues[key]:
			// (The cue may hold the article: "vom geistlichen Oberhaupt des Irans, Ali Chamenei".)
			if !noun || !lr.g.art[keys[k+1]] && !lr.g.officeOwners[keys[k+1]] && !(lr.g.definite[key] && lr.g.prep[key]) {
				return false
			}
			cue = true
		case lr.g.art[key] || lr.g.gen[key] || lr.g.officeOwners[key]: // "mit seinem Gastgeber, Xi Jinping"
		case fold.IsUpper(s.Raw[k]) && isWordKey(key) && !(*LangRules)(lr).FunctionWord(key):
			noun = true
		case !fold.IsUpper(s.Raw[k]) && hasAdjEnding(key):
		default:
			return false
		}
	}
	return cue && lr.namedApposition(s, j)
}

// cueOverLed reports whether a phrase of leading ends at token j after a delegation noun that a
// cue governs, perhaps after an article, a possessive and adjectives or a country's: "were then
// joined by their delegations, led by Sergei Lavrov and Ri Yong Ho" (who leads stands for the
// delegation, as in LedDelegations).
func (lr *langRules) cueOverLed(s *Sentence, j int, cues set) bool {
	keys := s.Keys
	d := lr.ledNoun(keys, j)
	if d < 1 {
		return false
	}
	k := d - 1
	for k >= 0 && d-k <= 4 && (lr.g.art[keys[k]] || lr.g.possessives[keys[k]] || lr.g.officeOwners[keys[k]] || hasAdjEnding(keys[k]) || s.inMention(k)) {
		k--
	}
	return k >= 0 && cues[keys[k]]
}

// cueOverEnglishDescription is cueOverDescription in English, where case marks no noun: "with
// the summit's host, Canadian Prime Minister Mark Carney,", "with his longtime friend, X and".
// The description is an article, a possessive or an owner with "'s", then at most four words
// in lower case that are no function words nor participles ("the deal signed, Trump and Xi").
func (lr *langRules) cueOverEnglishDescription(s *Sentence, j int, cues set) bool {
	keys := s.Keys
	words := 0
	k := j - 2
	for ; k >= 1 && words <= 4; k-- {
		key := keys[k]
		if !isWordKey(key) || fold.IsUpper(s.Raw[k]) || s.covered(k) || (*LangRules)(lr).FunctionWord(key) ||
			strings.HasSuffix(key, "ing") || strings.HasSuffix(key, "ed") {
			break
		}
		words++
	}
	if words == 0 || words > 4 || k < 1 {
		return false
	}
	// What opens the description, right after the cue: an article or a possessive ("the",
	// "his"), or an owner and "'s" (cueOverOwner: "the summit's").
	switch {
	case lr.g.art[keys[k]] || lr.g.officeOwners[keys[k]] || lr.g.possessives[keys[k]]:
		return cues[keys[k-1]] && lr.namedApposition(s, j)
	case keys[k] == "'s":
		return lr.cueOverOwner(s, k+1, cues) && lr.namedApposition(s, j)
	}
	return false
}

// namedApposition reports whether a person's name begins at token j and ends at a comma, a
// coordinator or the end of the sentence: a name in apposition.
func (lr *langRules) namedApposition(s *Sentence, j int) bool {
	// (Not a modifier the phrase opens with: "Canadian Prime Minister Mark Carney".)
	m := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Phrase == j && m.Type == "person" })
	if m < 0 {
		return false
	}
	e := s.Mentions[m].End
	return e < len(s.Keys) && lr.closesName(s.Keys[e])
}

// closesName reports whether key ends a name set off in apposition: a comma, a coordinator or
// the sentence's end.
func (lr *langRules) closesName(key string) bool {
	return key == "," || lr.g.coord[key] || tokenize.IsTerminal(key)
}

// otherSide returns the people of a list that, after a comma at token c, a delegation noun
// introduces with no verb of its own: the other side of those the clause before names ("An
// den Gesprächen nahmen auf amerikanischer Seite Rubio und Witkoff teil, auf russischer Seite
// Lawrow und Uschakow"), or a word that adds more of them ("…, außerdem Nimetz und Mogherini").
// The list must end the sentence.
func (lr *langRules) otherSide(s *Sentence, c int, sp slotSpec) []int {
	keys := s.Keys
	if c+3 >= len(keys) || keys[c] != "," || !lr.g.prep[keys[c+1]] && !lr.g.listsGoOn[keys[c+1]] {
		return nil
	}
	side := -1
	// (Or more of the same: "…, außerdem Nimetz und Mogherini"; grammar lists_go_on.)
	if lr.g.listsGoOn[keys[c+1]] {
		side = c + 1
	}
	for j := c + 2; side < 0 && j < min(len(keys), c+6); j++ {
		if lr.g.delegNouns[keys[j]] {
			side = j
			break
		}
	}
	// (Or where the other came from: "aus Singapur war Lee angereist, aus Malaysia sein
	// Amtskollege Muhyiddin Yassin".)
	if side < 0 && (keys[c+1] == "aus" || keys[c+1] == "from") {
		if o := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Phrase == c+2 && m.Type == "country" }); o >= 0 {
			side = s.Mentions[o].End - 1
		}
	}
	if side < 0 {
		return nil
	}
	for k, m := range s.Mentions {
		if m.Phrase <= side || m.Phrase > side+5 || !sp.accepts(m) {
			continue
		}
		// Only articles, "including" words and titles stand before the list: a verb in lower
		// case gives the other side a verb of its own ("aus der Delegation fehlte X").
		for j := side + 1; j < m.Phrase; j++ {
			if k := keys[j]; !lr.g.art[k] && !lr.g.including[k] && !lr.inIncludingPhrase(keys, j) && !(s.Raw != nil && fold.IsUpper(s.Raw[j])) &&
				!lr.g.possessives[k] && !lr.g.officeOwners[k] {
				return nil
			}
		}
		items := lr.list(s, k, len(keys), sp, "")
		// The list ends the sentence or its clause ("…, auf russischer Seite Uschakow;
		// Gastgeber war …").
		if end := s.Mentions[items[len(items)-1]].End; end < len(keys) && !tokenize.IsTerminal(keys[end]) && keys[end] != ";" {
			return nil
		}
		return items
	}
	return nil
}

// nextSide returns the list of the other side after the list ks that a side phrase closes: "X
// and Y on the U.S. side and A and B on the Russian side", "X and Y on the North Korean side,
// and A and B" (English order; otherSide reads the German one).
func (lr *langRules) nextSide(s *Sentence, ks []int, sp slotSpec) []int {
	keys := s.Keys
	if len(ks) == 0 {
		return nil
	}
	c := s.Mentions[ks[len(ks)-1]].End
	if c >= len(keys) || !lr.g.prep[keys[c]] {
		return nil
	}
	for j := c + 1; j < min(len(keys)-1, c+5); j++ {
		if !lr.g.delegNouns[keys[j]] {
			continue
		}
		at := j + 2
		if keys[j+1] == "," && j+2 < len(keys) {
			at = j + 3 // "…, and A and B": a comma before the coordinator
		}
		if !lr.g.coord[keys[at-1]] {
			return nil
		}
		// (The first item may have an owner and a title before its phrase: "and Moon's chief
		// of staff Im Jong-seok"; only capitalised words, "'s" and covered words between, no
		// verb or clause: not "and the meeting ended before Pompeo arrived". A passive's agent
		// word may open it again: "joined by X and Y on the American side, and by A and B".)
		between := func(m Mention) bool {
			for t := at; t < m.Phrase; t++ {
				if k := keys[t]; !(k == "'s" || s.covered(t) || s.Raw != nil && fold.IsUpper(s.Raw[t]) && isWordKey(k) || t == at && lr.g.passiveAgents[k]) {
					return false
				}
			}
			return true
		}
		for k, m := range s.Mentions {
			if m.Phrase >= at && m.Phrase <= at+6 && sp.accepts(m) && between(m) {
				return lr.list(s, k, len(keys), sp, "")
			}
		}
		return nil
	}
	return nil
}

// inIncludingPhrase reports whether token j is a word of an including phrase of several words
// ("unter anderem", "among others").
func (lr *langRules) inIncludingPhrase(keys []string, j int) bool {
	return slices.ContainsFunc(lr.g.includingPhrases, func(p []string) bool {
		for k := max(0, j-len(p)+1); k <= j; k++ {
			if hasPhrase(keys, k, p) {
				return true
			}
		}
		return false
	})
}

// objectsEnd returns where the list of objects that begins with mention obj ends.
func (lr *langRules) objectsEnd(s *Sentence, c *compiled, obj int) int {
	end := s.Mentions[obj].End
	for _, o := range lr.withConjuncts(s, obj, c.obj, -1, len(s.Keys)) {
		end = max(end, s.Mentions[o].End)
	}
	return end
}

// listEnd returns the end of the last item of pairs, or -1.
func listEnd(s *Sentence, pairs [][2]int) int {
	e := -1
	for _, p := range pairs {
		for _, k := range p {
			if k >= 0 {
				e = max(e, s.Mentions[k].End)
			}
		}
	}
	return e
}

// originEnd returns where the country or city an item comes from ends, the item ending at e:
// "Vladimir Putin of Russia", "Egils Levits aus Lettland" (the country is covered, a modifier),
// "Faisal bin Farhan aus Riad", "Sergej Lawrow (Russland)". Else e.
func (lr *langRules) originEnd(s *Sentence, e int) int {
	// (Or the name it goes by, which the extractor covered: "Rodrigo Londoño alias
	// „Timochenko“".)
	if e+1 < len(s.Keys) && lr.g.aliasWords[s.Keys[e]] {
		j := e + 1
		for j < len(s.Keys) && quoteKey(s.Keys[j]) {
			j++
		}
		if j < len(s.Keys) && s.covered(j) {
			for j < len(s.Keys) && (s.covered(j) || quoteKey(s.Keys[j])) {
				j++
			}
			return j
		}
	}
	if e+2 < len(s.Keys) && s.Keys[e] == "(" && s.covered(e+1) {
		if c := matching(s.Keys, e, 1); c > e && c-e <= 4 {
			return c + 1
		}
	}
	if e+1 >= len(s.Keys) || !lr.g.origins[s.Keys[e]] {
		return e
	}
	// (A city, which the extractor leaves a party, standing for its country: "Prinz Faisal bin
	// Farhan aus Riad, …".)
	if c := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Phrase == e+1 && isPlace(m) }); c >= 0 && !s.covered(e+1) {
		return s.Mentions[c].End
	}
	if !s.covered(e + 1) {
		return e
	}
	for e++; e < len(s.Keys) && s.covered(e); e++ {
	}
	return e
}

// seatEnd returns the end of a place that follows a body, list item prev, at token e, where
// the body sits ("the Government of National Accord in Tripoli and the Libyan National
// Army"), when a coordinator or a comma follows the place; else e. Not after a body a
// coordinator joined to the list, which the list's last "and" closed: "talks between Israel
// and Hamas in Cairo and Doha" (the talks' places).
func (lr *langRules) seatEnd(s *Sentence, prev Mention, e int) int {
	keys := s.Keys
	if prev.Type != "organization" || e+2 >= len(keys) || !lr.g.loc[keys[e]] {
		return e
	}
	b := prev.Phrase - 1
	for b > 0 && lr.g.art[keys[b]] {
		b--
	}
	if b >= 0 && lr.g.coord[keys[b]] {
		return e
	}
	for _, m := range s.Mentions {
		if m.Phrase == e+1 && isPlace(m) && m.End < len(keys) && (keys[m.End] == "," || lr.g.coord[keys[m.End]]) {
			return m.End
		}
	}
	return e
}

// inOrigin reports whether mention m lies in the origin that follows list item prev and ends
// at end (see originEnd): "Tokajew (Kasachstan), Mirsijojew (Usbekistan) und …".
func inOrigin(prev, m Mention, end int) bool {
	return end > prev.End && m.Phrase >= prev.End && m.End <= end
}

// onBehalfAt reports whether English "on behalf" begins at token j, which with grammar on_behalf's
// words names the party someone acts for.
func onBehalfAt(keys []string, j int) bool {
	return j+1 < len(keys) && keys[j] == "on" && keys[j+1] == "behalf"
}

// behalfEnd returns the end of a phrase at token e that names the party someone acts for
// (grammar on_behalf: "for the government", "for the Tigray People's Liberation Front
// (TPLF)", "für die Regierung"), when a coordinator or a comma follows it; else e.
func (lr *langRules) behalfEnd(s *Sentence, e int) int {
	keys := s.Keys
	at := e
	if e+3 < len(keys) && onBehalfAt(keys, e) && keys[e+2] == "of" {
		at = e + 2 // "on behalf of the government"
	}
	if at+2 >= len(keys) || at == e && !lr.g.onBehalf[keys[e]] {
		return e
	}
	j := at + 1
	for j < len(keys) && lr.g.art[keys[j]] {
		j++
	}
	if k := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Phrase <= j && j < m.End && m.Type != "person" }); k >= 0 {
		j = lr.originEnd(s, s.Mentions[k].End)
	} else {
		n := 0
		for j < len(keys) && n < 2 && isWordKey(keys[j]) && !lr.g.coord[keys[j]] && !lr.g.prep[keys[j]] && !s.inMention(j) {
			j, n = j+1, n+1
		}
		if n == 0 {
			return e
		}
	}
	if j >= len(keys) || !(keys[j] == "," || lr.g.coord[keys[j]]) {
		return e
	}
	return j
}

// roleComma reports whether the comma at c separates the roles of a list that no actor of
// the sentence holds: "the presidents of Uruguay, Brazil, Argentina and Paraguay — …", whose
// people follow in apposition.
func roleComma(s *Sentence, c int) bool {
	if c < 1 || c+1 >= len(s.Keys) || s.Keys[c] != "," || !s.covered(c-1) || !s.covered(c+1) {
		return false
	}
	return !slices.ContainsFunc(s.Mentions, func(m Mention) bool {
		return (m.Start <= c-1 && c-1 < m.End) || (m.Start <= c+1 && c+1 < m.End)
	})
}

// widen extends clause [cs, ce) over the commas of a list of named actors, which separate
// items, not clauses: "Macron hat Merkel, den russischen Präsidenten Putin und den
// ukrainischen Präsidenten Selenskyj empfangen" is one clause.
func (lr *langRules) widen(s *Sentence, cs, ce int) (int, int) {
	keys := s.Keys
	// A comma between two named actors, in a run of them that a coordinator closes ("X, Y
	// und Z"); not "After meeting Xi, Scholz said".
	listComma := func(c int) bool {
		before, next := false, -1
		// (", as well as X": the coordinator phrase after the comma closes the list.)
		cp := lr.coordPhraseAt(keys, c+1, len(keys))
		for k, m := range s.Mentions {
			if (m.End == c || lr.originEnd(s, m.End) == c) && m.Named {
				before = true
			}
			if next < 0 && m.Phrase > c && m.Named && lr.onlyArticles(keys, c+1+cp, m.Phrase) {
				next = k
			}
		}
		if !before || next < 0 {
			return false
		}
		if cp > 0 {
			return true
		}
		for k, l := next, next+1; ; k, l = l, l+1 {
			a := s.Mentions[k]
			ae := lr.originEnd(s, a.End)
			if lr.othersClose(keys, ae) {
				return true // "mit Carney, Merz und den übrigen Staats- und Regierungschefs beraten"
			}
			if l >= len(s.Mentions) {
				return false
			}
			b := s.Mentions[l]
			for b.Phrase >= a.End && b.End <= ae && ae > a.End && l+1 < len(s.Mentions) {
				l++ // the origin: "(Türkei)"
				b = s.Mentions[l]
			}
			if !b.Named || b.Phrase <= ae {
				return false
			}
			switch {
			case lr.hasCoord(keys, ae, b.Phrase) && lr.joins(keys, ae, b.Phrase):
				return true
			case lr.g.caseTriggers && lr.hasCoord(keys, ae, b.Phrase) && keys[ae] != ",":
				// "mit Merkel, Hollande sowie den Regierungschefs Italiens und Spaniens, Renzi und
				// Rajoy,": a coordinator closes the run before roles whose holders follow in
				// apposition. (German only: English sets off an opening phrase with a comma, "After
				// talks with Xi, Scholz and the heads of government of Italy and Spain, Meloni and
				// Sánchez, flew …".)
				c1, _ := lr.apposition(s, b.Phrase-1, true)
				return c1 == b.Phrase-1
			case keys[ae] != "," || !lr.onlyArticles(keys, ae+1, b.Phrase):
				return false
			}
		}
	}
	// A comma that closes a name in apposition to its title, the name's phrase crossing the
	// comma before it: "vom Außenminister Frankreichs, Stéphane Séjourné, empfangen".
	titled := func(c int) int {
		for _, m := range s.Mentions {
			if lr.originEnd(s, m.End) == c && s.titleApposed(m) {
				return m.Phrase
			}
		}
		return -1
	}
	// A German person's name set off by commas after a description the data has no title for:
	// "mit dem Leiter des russischen Auslandsgeheimdienstes SWR, Sergej Naryschkin,
	// zusammengekommen".
	described := func(c int) int {
		if !lr.g.caseTriggers || s.Raw == nil {
			return -1
		}
		for _, m := range s.Mentions {
			o := m.Phrase - 1
			for o > 1 && lr.g.art[keys[o]] && m.Phrase < m.Start {
				o-- // "Gastgeber, der rumänische Außenminister Bogdan Aurescu, sprach" (with a title: not a relative pronoun)
			}
			if m.End != c || m.Type != "person" || !m.Named || o < 1 || keys[o] != "," || !fold.IsUpper(s.Raw[o-1]) || !isWordKey(keys[o-1]) {
				continue
			}
			// (Or after a country or body in the genitive that ends the description: "mit dem
			// geistlichen Oberhaupt des Iran, Ayatollah Ali Chamenei, zusammengetroffen".)
			if x := slices.IndexFunc(s.Mentions, func(x Mention) bool { return x.End == o }); x >= 0 {
				if g := s.Mentions[x]; g.Type != "person" && g.Phrase >= 2 && lr.g.gen[keys[g.Phrase-1]] && fold.IsUpper(s.Raw[g.Phrase-2]) {
					return g.Phrase - 2
				}
				continue
			}
			return o - 1
		}
		return -1
	}
	// A German comma between nouns of a list that a coordinator closes, no verb between: "über
	// Klimaschutz, Handel und die Corona-Pandemie beraten".
	nounComma := func(c int) bool {
		if !lr.g.caseTriggers || s.Raw == nil || c < 1 || c+3 >= len(keys) || !fold.IsUpper(s.Raw[c-1]) || !fold.IsUpper(s.Raw[c+1]) ||
			!isWordKey(keys[c-1]) || !isWordKey(keys[c+1]) || s.inMention(c-1) || s.inMention(c+1) {
			return false
		}
		return lr.g.coord[keys[c+2]] && keys[c+2] != "," || lr.g.coord[keys[c+3]] && !fold.IsUpper(s.Raw[c+2])
	}
	for n := 0; n < 8 && cs >= 2 && (keys[cs-1] == "," || isDash(keys[cs-1])); n++ {
		if keys[cs-1] == "," && (listComma(cs-1) || lr.includingList(s, cs) || roleComma(s, cs-1) || nounComma(cs-1)) {
			j := cs - 2
			if keys[j] == ")" {
				if o := matching(keys, j, -1); o > 0 {
					j = o - 1 // an origin in brackets: "Sergej Lawrow (Russland),"
				}
			}
			cs, _ = lr.clause(keys, j)
		} else if p := titled(cs - 1); keys[cs-1] == "," && p >= 0 {
			cs, _ = lr.clause(keys, p)
		} else if d := described(cs - 1); keys[cs-1] == "," && d >= 0 && !lr.g.rel[keys[cs]] && !lr.g.subord[keys[cs]] {
			cs, _ = lr.clause(keys, d)
		} else if c1, _ := lr.apposition(s, cs-1, false); c1 > 0 {
			cs, _ = lr.clause(keys, c1-1)
		} else if o := lr.roleAfterName(s, cs-1); o > 0 {
			cs, _ = lr.clause(keys, o-1)
		} else if o := lr.verblessAside(s, cs-1); o > 0 {
			cs, _ = lr.clause(keys, o-1)
		} else if o := lr.itemAsideBefore(s, cs-1); o > 0 {
			cs, _ = lr.clause(keys, o-1)
		} else {
			break
		}
	}
	// A comma inside a name's phrase: "den Emir von Katar, Tamim bin Hamad Al Thani,".
	inPhrase := func(c int) bool {
		return slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase < c && c < m.Start })
	}
	// The name after such a description, forward: "traf den Chef des russischen
	// Auslandsgeheimdienstes, Sergej Naryschkin." (the sentence or a comma ends the name).
	describedBefore := func(c int) int {
		for _, m := range s.Mentions {
			if m.Phrase != c+1 || m.Type != "person" || !m.Named || !(m.End == len(keys) || keys[m.End] == "," || tokenize.IsTerminal(keys[m.End])) {
				continue
			}
			if d := described(m.End); d >= 0 && slices.ContainsFunc(s.Unknown, func(u Mention) bool { return u.Phrase <= d+1 && d < u.End+6 && u.End <= c }) {
				return m.End
			}
		}
		return -1
	}
	for n := 0; n < 8 && ce+1 < len(keys) && (keys[ce] == "," || keys[ce] == ":" || isDash(keys[ce])); n++ {
		if keys[ce] == ":" {
			// The names a companion's plural noun spells out: "together with four Nordic prime
			// ministers: Denmark's Mette Frederiksen, …".
			if lr.pluralLead(s, ce) < 0 {
				break
			}
			_, ce = lr.clause(keys, ce+1)
			continue
		}
		// (Or a phrase of leading set off after a delegation noun: "were joined by their
		// delegations, led by Lavrov and Ri".)
		if keys[ce] == "," && (listComma(ce) || lr.includingList(s, ce+1) || inPhrase(ce) || roleComma(s, ce) ||
			(*LangRules)(lr).DelegationNoun(keys[ce-1]) && lr.leaderPhrase(keys, ce-1) > 0) {
			_, ce = lr.clause(keys, ce+1)
		} else if e := describedBefore(ce); keys[ce] == "," && e >= 0 {
			if e+1 < len(keys) && keys[e] == "," {
				_, ce = lr.clause(keys, e+1)
			} else {
				ce = e
				break
			}
		} else if c2 := commaAfter(keys, ce); c2 > 0 && c2+1 < len(keys) && lr.roleAfterName(s, c2) == ce {
			// A German description of the name before the comma: "Unter Vorsitz von Cyril
			// Ramaphosa, derzeit Vorsitzender der Afrikanischen Union, haben … beraten".
			_, ce = lr.clause(keys, c2+1)
		} else if c2 := lr.itemAside(s, ce); keys[ce] == "," && c2 > 0 && lr.itemAfter(s, c2) {
			// A relative clause after a list's item: "An der Schalte nahmen Merkel, deren Land
			// den Vorsitz innehat, Michel und von der Leyen teil".
			_, ce = lr.clause(keys, c2+1)
		} else if _, c2 := lr.apposition(s, ce, true); c2 > 0 && c2+1 < len(keys) && !tokenize.IsTerminal(keys[c2]) {
			_, ce = lr.clause(keys, c2+1)
		} else if c2 > 0 {
			ce = c2 // the apposition ends the sentence
			break
		} else {
			break
		}
	}
	return cs, ce
}

// roleAfterName returns the comma that opens a German description of the person named right
// before it, when the comma at c closes it: "Celso Amorim, außenpolitischer Berater des
// brasilianischen Präsidenten Lula, teil" (the description opens with a role the extractor
// covered, perhaps after an adjective or an adverb of grammar role_adverbs, "derzeit", and
// holds no finite auxiliary nor relative pronoun);
// else 0.
func (lr *langRules) roleAfterName(s *Sentence, c int) int {
	keys := s.Keys
	if !lr.g.caseTriggers || c < 3 || keys[c] != "," {
		return 0
	}
	o := c - 1
	for o > 0 && c-o <= 12 && keys[o] != "," && !isBoundary(keys[o]) {
		o--
	}
	role := func(j int) bool {
		return s.covered(j) || s.inUnknown(j) || slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Start <= j && j < m.End && !m.Named })
	}
	// (Or an article of the dative or genitive, adjectives and a noun the data does not know,
	// the description ending in a capitalised or covered word: ", dem außenpolitischen Berater
	// von Kremlchef Putin,"; not a relative clause, ", der sich mit Lawrow trifft,".)
	oblique := func() bool {
		if s.Raw == nil || !obliqueArticles[keys[o+1]] || !fold.IsUpper(s.Raw[c-1]) && !s.covered(c-1) {
			return false
		}
		j := o + 2
		for j < c && hasAdjEnding(keys[j]) && !fold.IsUpper(s.Raw[j]) {
			j++
		}
		return j < c && fold.IsUpper(s.Raw[j]) && isWordKey(keys[j]) && !s.inMention(j) && !s.covered(j)
	}
	if o < 1 || keys[o] != "," || o+1 >= c || !(role(o+1) || o+2 < c && role(o+2) && (hasAdjEnding(keys[o+1]) || lr.g.roleAdverbs[keys[o+1]]) || oblique()) ||
		slices.ContainsFunc(keys[o+1:c], func(k string) bool { return lr.g.finiteAux[k] || lr.g.rel[k] && !lr.g.art[k] }) ||
		!slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.End == o && m.Named && m.Type == "person" }) {
		return 0
	}
	// (A word in lower case at its end is a verb: ", Kremlchef Putin und Macron telefonierten,
	// wie …" is a list and its clause.)
	if s.Raw != nil && lowerWord(s, c-1) && !s.covered(c-1) {
		return 0
	}
	return o
}

// verblessAside returns the comma that opens a short German aside with no verb after the name
// of an actor, when the comma at c closes it and a word in lower case follows (the finite verb
// of the main clause): "Merz, seit zwei Wochen im Amt, traf Macron", "Lawrow, sichtlich gut
// gelaunt, sprach mit Fidan" (not "Lawrow, zuvor in Ankara, …": "Ankara" names Turkey).
// The aside opens with a word in lower case that opens no clause of its own (no article, which
// may be a relative pronoun, nor a subordinator, coordinator or relative word) and names no
// actor, and the name opens the sentence; else 0.
func (lr *langRules) verblessAside(s *Sentence, c int) int {
	keys := s.Keys
	if !lr.g.caseTriggers || s.Raw == nil || c < 3 || c+1 >= len(keys) || keys[c] != "," || !lowerWord(s, c+1) || lr.opensClauseWord(keys[c+1]) {
		return 0
	}
	o := c - 1
	for o > 0 && c-o <= 8 && keys[o] != "," && !isBoundary(keys[o]) {
		o--
	}
	if o < 1 || keys[o] != "," || c-o < 3 || !lowerWord(s, o+1) || lr.opensClauseWord(keys[o+1]) || lr.g.prep[keys[o+1]] && lr.opensRelative(keys, o+1) {
		return 0
	}
	for j := o + 1; j < c; j++ {
		if !isWordKey(keys[j]) || lr.g.finiteAux[keys[j]] || lr.g.subord[keys[j]] || s.inMention(j) || s.covered(j) {
			return 0
		}
	}
	// (The name opens the main clause, the aside in its first field: not the end of a clause
	// that ends in a verb, "…, Wang Yi und Jeremiah Manele, unterzeichnet worden, sagte …".)
	if !slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.End == o && m.Named && lr.opensSentence(s, m.Phrase) }) {
		return 0
	}
	return o
}

// lowerWord reports whether token j is a word written in lower case.
func lowerWord(s *Sentence, j int) bool { return isWordKey(s.Keys[j]) && !fold.IsUpper(s.Raw[j]) }

// opensClauseWord reports whether word k may open a clause or a list's next item rather than go
// on with the clause before: an article (a German relative pronoun too), a relative word, a
// subordinator or a coordinator.
func (lr *langRules) opensClauseWord(k string) bool {
	return lr.g.art[k] || lr.g.rel[k] || lr.g.subord[k] || lr.g.coord[k]
}

// obliqueArticles are the German articles of the dative and genitive only, which a description
// in apposition to an object after a preposition takes (", dem Berater von Putin,"); those of
// other cases may open a description of a subject or an object (", einen Islamkritiker,").
var obliqueArticles = set{"dem": true, "des": true, "einem": true, "eines": true}

// apposition finds names in apposition to the roles they hold, set off by commas: "mit den
// Außenministern der Emirate und Bahrains, Abdullah bin Sajid und Abdullatif al-Sajani,
// unterzeichnet". The roles are covered (the extractor made them modifiers). Given the comma
// at c, the opening comma (open) or the closing one (!open), it returns both, or 0, 0.
func (lr *langRules) apposition(s *Sentence, c int, open bool) (int, int) {
	keys := s.Keys
	// The names: a list of named people between the two commas.
	var names []Mention
	for _, m := range s.Mentions {
		if m.Named && m.Type == "person" {
			names = append(names, m)
		}
	}
	for a := range names {
		c1 := names[a].Phrase - 1
		if c1 < 1 || (keys[c1] != "," && !isDash(keys[c1])) {
			continue
		}
		// The names follow their roles: covered ("der Präsidenten Russlands und des Irans,")
		// or the countries they come from ("seine Amtskollegen aus Russland und dem Iran,"), or a
		// plural noun of people ("their Indian counterparts,").
		// (Or the nations they come from, named by a plural noun: "die Außenminister der beiden
		// Golfstaaten, A und B".)
		nations := lr.g.nationNouns[keys[c1-1]] || lr.g.caseTriggers && compoundEnd(keys[c1-1], lr.g.nationNouns, 5)
		// (Or a plural noun of people with a genitive after it: "the heads of the Russian and
		// Ukrainian negotiating teams,".)
		headed := false
		for j := c1 - 2; j >= 1 && j >= c1-8 && isWordKey(keys[j]); j-- {
			if lr.g.gen[keys[j]] {
				headed = lr.g.peopleNouns[keys[j-1]]
				break
			}
		}
		if !s.covered(c1-1) && !lr.g.peopleNouns[keys[c1-1]] && !nations && !headed && !slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.End == c1 && m.Type == "country" }) {
			continue
		}
		b := a
		for b+1 < len(names) && names[b+1].Phrase > names[b].End && lr.joins(keys, names[b].End, names[b+1].Phrase) {
			b++
		}
		c2 := names[b].End
		if b == a || c2 >= len(keys) || (keys[c2] != keys[c1] && !tokenize.IsTerminal(keys[c2])) {
			continue // "…, A und B," or "… — A, B and C —", or the sentence ends
		}
		if (open && c1 == c) || (!open && c2 == c) {
			return c1, c2
		}
	}
	return 0, 0
}

// isDash reports whether k is a dash that sets off an apposition ("the leaders of X, Y and Z —
// A, B and C — pledged").
func isDash(k string) bool { return k == "—" || k == "–" }

// matching finds the parenthesis that closes (dir 1) or opens (dir -1) the one at j, within
// a short span, or -1.
func matching(keys []string, j, dir int) int {
	want := "("
	if dir > 0 {
		want = ")"
	}
	for k := j + dir; k >= 0 && k < len(keys) && k != j+dir*6; k += dir {
		switch keys[k] {
		case want:
			return k
		case "(", ")", ",", ";", ":", `"`:
			return -1
		}
	}
	return -1
}

// particle finds a separable particle after i in the same sentence, before a semicolon or colon,
// within 30 tokens; or within 50 when no complementizer or finite auxiliary stands between, as
// past a long list of names ("Neben Baerbock nahmen A, der britische Außenminister B, … und C
// teil"; not "gibt es zwar …, dass …, allerdings schrieb El Mundo Rajoy den Sieg zu").
func (lr *langRules) particle(keys []string, i int, ps set) int {
	clause := false // a complementizer or a finite auxiliary after the trigger, before j
	for j := i + 1; j < len(keys) && j <= i+50; j++ {
		switch keys[j] {
		case ";", ":":
			return -1
		}
		if j > i+30 && clause {
			return -1
		}
		clause = clause || lr.g.comp[keys[j]] || lr.g.finiteAux[keys[j]]
		if ps[keys[j]] && (j+1 == len(keys) || isBoundary(keys[j+1]) || tokenize.IsTerminal(keys[j+1]) || lr.g.coord[keys[j+1]] || lr.g.comp[keys[j+1]]) {
			return j
		}
	}
	return -1
}

// closingParticle is particle, but with no comma between trigger i and the particle: "sagte
// …, und die Kommission klärt ab" is not "sagte … ab".
func (lr *langRules) closingParticle(keys []string, i int, ps set) int {
	p := lr.particle(keys, i, ps)
	if p < 0 || slices.Contains(keys[i+1:p], ",") {
		return -1
	}
	return p
}

// nearWord reports whether one of ws stands within so many words of i (only before it, with
// beforeOnly). In German a compound counts for its last part ("Handelsabkommen" is near enough
// for "Abkommen"), and a hyphenated compound's parts before the trigger are one word with it.
func (lr *langRules) nearWord(s *Sentence, i, within int, ws set, beforeOnly bool) bool {
	if len(ws) == 0 {
		return false
	}
	keys := s.Keys
	// A word of a name is none: the "von" of "Ursula von der Leyen".
	near := func(j int) bool {
		return (ws[keys[j]] || (lr.g.caseTriggers && compoundOf(keys[j], ws))) && !s.inName(j)
	}
	// Words, not tokens, count: the hyphens of "face-to-face" add none, and a compound's
	// parts before the trigger are one word with it ("bei den Sechs-Parteien-Gesprächen").
	inCompound := lr.g.caseTriggers && i > 0 && keys[i-1] == "-"
	// A name of several words is one word: "Sheikh Mohammed bin Abdulrahman Al Thani". (Token j
	// goes on to j+dir in one name, as inName counts names: one look at the mentions.)
	nameGoesOn := func(j, dir int) bool {
		return slices.ContainsFunc(s.Mentions, func(m Mention) bool {
			return m.Named && m.Type != "group" && m.Start <= min(j, j+dir) && max(j, j+dir) < m.End
		})
	}
	// The commas and coordinators of a list of actors count for nothing: "traf die Vertreter
	// Chinas, Russlands, Frankreichs und Deutschlands unter Vorsitz des EU-Diplomaten Mora".
	listSep := func(j int) bool {
		return j > 0 && j+1 < len(keys) && (keys[j] == "," || lr.g.coord[keys[j]]) &&
			slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.End == j }) &&
			slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Start == j+1 })
	}
	for j, n := i-1, 0; j >= 0 && n < within; j-- {
		if keys[j] == "-" || nameGoesOn(j, -1) || listSep(j) {
			continue
		}
		if inCompound {
			inCompound = j > 0 && keys[j-1] == "-"
			continue
		}
		if n++; near(j) {
			return true
		}
	}
	for j, n := i+1, 0; j < len(keys) && n < within && !beforeOnly; j++ {
		if keys[j] == "-" || nameGoesOn(j, 1) || listSep(j) {
			continue
		}
		// (A short quote with no near word in it is one word: "held \"professional and
		// substantive\" strategic stability talks".)
		if q := quoteEnd(keys, j, 1, 4); q > 0 && !slices.ContainsFunc(keys[j:q+1], func(k string) bool { return ws[k] }) {
			j = q
		}
		if n++; near(j) {
			return true
		}
	}
	return false
}

// endingPhraseAt reports whether phrase p stands at s.Keys[j:], a word of it that opens with "*"
// standing for any word in lower case, no name's, that ends in the rest: "in *ing" is "joined
// Macron in sending troops", not "in Beijing".
func endingPhraseAt(s *Sentence, j int, p []string) bool {
	if j+len(p) > len(s.Keys) {
		return false
	}
	for n, w := range p {
		k := s.Keys[j+n]
		if suffix, ok := strings.CutPrefix(w, "*"); ok && suffix != "" {
			if !isWordKey(k) || !strings.HasSuffix(k, suffix) || len(k) <= len(suffix)+2 || fold.IsUpper(s.Raw[j+n]) || s.inName(j+n) {
				return false
			}
		} else if k != w {
			return false
		}
	}
	return true
}

// wildPhraseAt reports whether phrase p stands at keys[j:], a word "*" of it standing for any
// one word (or number, when numbers).
func wildPhraseAt(keys []string, j int, p []string, numbers bool) bool {
	if j < 0 || j+len(p) > len(keys) {
		return false
	}
	for n, w := range p {
		if k := keys[j+n]; k != w && (w != "*" || !isWordKey(k) && !(numbers && isNumberKey(k))) {
			return false
		}
	}
	return true
}

// phraseInClause reports whether one of the phrases ps stands in keys[cs:ce], outside a name.
// A word "*" of a phrase stands for any one word: "zu einem * Abendessen" is "zu einem privaten
// Abendessen".
func (lr *langRules) phraseInClause(s *Sentence, cs, ce int, ps [][]string) bool {
	for j := cs; j < ce; j++ {
		if !s.inName(j) && slices.ContainsFunc(ps, func(p []string) bool { return j+len(p) <= ce && wildPhraseAt(s.Keys, j, p, false) }) {
			return true
		}
	}
	return false
}

// inClause reports whether one of ws stands in the clause of the trigger at i, outside a name.
func (lr *langRules) inClause(s *Sentence, i int, ws set) bool {
	cs, ce := lr.widenedClause(s, i)
	for j := cs; j < ce; j++ {
		if ws[s.Keys[j]] && !s.inName(j) {
			return true
		}
	}
	return false
}

// compoundOf reports whether k ends in one of ws of six letters or more (Friedensvertrag,
// Handelsabkommen), as German compounds do.
func compoundOf(k string, ws set) bool { return compoundEnd(k, ws, 6) }

// compoundEnd reports whether k ends in one of ws of at least shortest letters after a first
// part of three or more ("Friedenskonferenz", "Staatenbündnis").
func compoundEnd(k string, ws set, shortest int) bool {
	for n := shortest; n < len(k)-2; n++ {
		if ws[k[len(k)-n:]] {
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

// listSpan reports whether tokens [from, to) hold only a list of two actors or more: their
// phrases, commas, coordinators and articles.
func (lr *langRules) listSpan(s *Sentence, from, to int) bool {
	// Two actors at least: "Mandelson, who said" is a relative clause after one name.
	n := 0
	for _, m := range s.Mentions {
		if m.Phrase >= from && m.End <= to {
			n++
		}
	}
	if n < 2 {
		return false
	}
	for j := from; j < to; j++ {
		k := s.Keys[j]
		if k == "," || lr.g.coord[k] || lr.g.art[k] || s.covered(j) ||
			s.inPhrase(j) {
			continue
		}
		return false
	}
	return true
}

// verbSecond reports whether a finite verb in lower case and its subject (a pronoun or a name)
// follow token j: ", mit dem Kremlchef Putin will er nicht sprechen" is a main clause with a
// fronted phrase, no relative clause.
func (lr *langRules) verbSecond(s *Sentence, j int) bool {
	if j+1 >= len(s.Keys) || fold.IsUpper(s.Raw[j]) || !isWordKey(s.Keys[j]) || lr.g.coord[s.Keys[j]] {
		return false // (not "und": ", an dem Antony Blinken und Sergei Lawrow teilnahmen" is a list)
	}
	pronoun := lr.pronoun(s.Keys[j+1])
	return pronoun || lr.g.plural[s.Keys[j+1]] || slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase == j+1 })
}

// ungoverned reports whether no word before m's phrase governs it (role plain): no preposition,
// object article or genitive.
func (lr *langRules) ungoverned(s *Sentence, m Mention) bool {
	r, _ := lr.governs(s, m)
	return r == plain
}

// prepGoverned reports whether a preposition introduces mention m.
func (lr *langRules) prepGoverned(s *Sentence, m Mention) bool {
	r, _ := lr.governs(s, m)
	return r == prep
}

// governs returns how mention m is introduced, and the word that introduces it.
func (lr *langRules) governs(s *Sentence, m Mention) (role, string) {
	keys := s.Keys
	j := m.Phrase - 1
	r := plain
	// "A delegation of African leaders led by Cyril Ramaphosa met Zelensky", "Die Delegationen
	// unter Leitung des Präsidentenberaters X", "die Delegation um X": those led stand for whom
	// leads them; the genitive after the phrase of leading is transparent.
	if k := j + 1; lr.ledBy(keys, k) || (k >= 1 && (lr.g.gen[keys[k-1]] || keys[k-1] == "von" || keys[k-1] == "vom") && lr.ledBy(keys, k-1)) {
		return plain, ""
	}
	// "reist nach Kiew und Moskau", "in Paris and Berlin": a place (or a city that stands for
	// its country) joined to one that a preposition of place or direction governs is the
	// place or goal too, no party. (Not one a verb in lower case follows, the subject of a
	// clause of its own: "travelled to Beijing and China said it would hold talks".)
	verbAfter := m.End < len(keys) && s.Raw != nil && isWordKey(keys[m.End]) && !fold.IsUpper(s.Raw[m.End]) &&
		!lr.g.prep[keys[m.End]] && !lr.g.coord[keys[m.End]]
	if isPlace(m) && j >= 1 && lr.g.coord[keys[j]] && !verbAfter {
		if p := slices.IndexFunc(s.Mentions, func(p Mention) bool { return p.End == j && isPlace(p) }); p >= 0 {
			if r, w := lr.governs(s, s.Mentions[p]); r == prep && (lr.g.loc[w] || lr.g.dest[w]) {
				return r, w
			}
		}
	}
	// Adjectives between an article and the phrase: "seinem neuen Kollegen", "des französischen
	// Inlandsgeheimdienstes DGSI" (a descriptor noun may come last). Before that last word a
	// German adjective is in lower case: "An dem Treffen nahmen Scholz und Tusk teil" has a
	// noun before the verb, and no article governs the names.
	adj := func(k int) bool {
		return lr.inflectedAdjective(keys[k]) && !(lr.g.caseTriggers && s.Raw != nil && fold.IsUpper(s.Raw[k]))
	}
	// (Endings of grammar inflected_adjectives: English has none, "when" and "chamber" are no
	// adjectives.)
	if k := j; k >= 1 && lr.inflectedAdjective(keys[k]) && !lr.g.art[keys[k]] {
		for k--; k >= 1 && adj(k) && j-k < 2; k-- {
		}
		// (A number, approximate or not, may come first: "den rund 30 angereisten".)
		for n := 0; k >= 1 && n < 3 && (isNumberKey(keys[k]) || lr.g.approximators[keys[k]]); n++ {
			k--
		}
		// (A German city's adjective, in capitals, may follow the preposition itself: "Im
		// Pariser Élysée-Palast hat Macron … empfangen". Not a word in lower case, which may be
		// the verb: "Von Kiew aus telefonierten sie"; nor a name: "im Niger Staatschef Bazoum";
		// nor a month or season, the preposition's own noun: "hatte im Oktober Putin … empfangen".)
		cityAdj := s.Raw != nil && k == j-1 && fold.IsUpper(s.Raw[j]) && strings.HasSuffix(keys[j], "er") && !lr.g.calendarNouns[keys[j]] &&
			!slices.ContainsFunc(s.Mentions, func(n Mention) bool { return n.Start <= j && j < n.End })
		if lr.g.art[keys[k]] || (lr.g.caseTriggers && lr.g.prep[keys[k]] && cityAdj) {
			j = k
		}
	}
	// "with pro-democracy leader Aung San Suu Kyi": an English compound in lower case before the
	// phrase describes it, as an adjective would.
	if !lr.g.caseTriggers && s.Raw != nil && j >= 3 && keys[j-1] == "-" && isWordKey(keys[j]) && isWordKey(keys[j-2]) &&
		!fold.IsUpper(s.Raw[j]) && !fold.IsUpper(s.Raw[j-2]) && (lr.g.prep[keys[j-3]] || lr.g.art[keys[j-3]]) {
		j -= 3
	}
	// "gegen Gastgeber Tschechien": a role noun between a preposition and the name belongs to
	// the phrase.
	if j >= 1 && lr.g.prep[keys[j-1]] && slices.ContainsFunc(s.Unknown, func(u Mention) bool { return u.Phrase <= j && u.End == j+1 }) {
		return prep, keys[j-1] // a role noun no one was found for stands between
	}
	// ", an dem Merkel, Hollande und Putin teilnahmen": after a comma, a preposition and a
	// relative pronoun open a relative clause, whose subject follows.
	// (Not a name after another preposition inside the clause: ", an dem neben Gastgeber Lula
	// und Maduro auch Boric teilnahm".)
	if j >= 2 && (lr.g.rel[keys[j]] || lr.g.obliqueRelatives[keys[j]]) && lr.g.prep[keys[j-1]] && keys[j-2] == "," && lr.g.caseTriggers && s.Raw != nil &&
		m.Phrase < len(keys) && (fold.IsUpper(s.Raw[m.Phrase]) || lr.pronoun(keys[m.Phrase])) && !lr.verbSecond(s, m.End) &&
		!lr.companionIn(keys, j+1, m.Phrase) {
		return plain, "" // (or a pronoun: ", mit dem er telefoniert hatte")
	}
	// "Scholz, der Netanjahu getroffen hatte": a relative pronoun after a comma, right before a
	// bare name, is the clause's subject, no article of the name (see relativeBeforeName).
	if j == m.Phrase-1 && m.Phrase == m.Start && m.Type == "person" && lr.subjectRelative(s, j) {
		return plain, ""
	}
	// "held talks with Erdogan's spokesman Ibrahim Kalin": an owner before the role stands where
	// an article would; what governs the owner governs the name.
	if j >= 1 && keys[j] == "'s" {
		if o := slices.IndexFunc(s.Mentions, func(o Mention) bool { return o.End == j && o.Phrase < m.Phrase }); o >= 0 {
			j = s.Mentions[o].Phrase - 1
		}
	}
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
	case lr.g.gen[k] && j > 0 && lr.g.nationNouns[keys[j-1]] && !lr.g.caseTriggers:
		// "The governments of Brazil and Mexico said": the English genitive after a noun of
		// nations names them, who act.
	case lr.g.gen[k]:
		return genitiv, k
	case lr.g.purpose[k] && j > 0 && keys[j-1] == ",":
		// ", um Xi Jinping zu treffen": the "um" of an infinitive clause governs nothing.
	case lr.g.prep[k] && lr.g.subord[k] && j > 0 && keys[j-1] == "," && !(j+1 < len(keys) && (keys[j+1] == "des" || keys[j+1] == "eines")):
		// ", während Außenminister Lawrow Russland vor Ort vertrat": after a comma a word that
		// is both opens a clause, whose subject the name is (not "…, während des Gipfels").
	case lr.g.prep[k]:
		return prep, k
	}
	return r, keys[j]
}

// nounGenitive reports whether, in German, m is a genitive attribute introduced by "der" after
// a noun ("am Rande der Konferenz", "der Präsident der Ukraine"): German capitalises nouns,
// so a capitalised word before "der" makes "der" genitive, not a subject's or an object's
// article ("stimmte der Kanzlerin zu").
func (lr *langRules) nounGenitive(s *Sentence, m Mention) bool {
	if !lr.g.caseTriggers || s.Raw == nil {
		return false
	}
	keys := s.Keys
	j := m.Phrase - 1
	for k := j; k >= 1 && j-k < 2 && hasAdjEnding(keys[k]) && !fold.IsUpper(s.Raw[k]); k-- {
		if keys[k-1] == "der" {
			j = k - 1
		}
	}
	// (An adjective in "-e" after "der" is nominative: "Vermittelt hatten die Gespräche der
	// frühere nigerianische Präsident Obasanjo", where a genitive would be "der früheren".)
	if j >= 0 && j+1 < len(keys) && keys[j] == "der" && !fold.IsUpper(s.Raw[j+1]) && strings.HasSuffix(keys[j+1], "e") && hasAdjEnding(keys[j+1]) {
		return false
	}
	return j >= 1 && keys[j] == "der" && fold.IsUpper(s.Raw[j-1]) && !isBoundary(keys[j-1]) && !sentenceStart(keys, j-1)
}

// bracketedAfter returns the mention that the bracketed mention k restates, an actor of its
// kind right before its opening bracket ("Organisation für Zusammenarbeit (SOZ)"; not "die
// UN-Mission im Südsudan (UNMISS)"), or -1.
func bracketedAfter(s *Sentence, k int) int {
	m := s.Mentions[k]
	if m.Phrase < 2 || s.Keys[m.Phrase-1] != "(" || m.End >= len(s.Keys) || s.Keys[m.End] != ")" {
		return -1
	}
	for p, o := range s.Mentions {
		if o.End == m.Phrase-1 && o.Type == m.Type {
			return p
		}
	}
	return -1
}

// coordinated2 reports whether tokens [from, to) join two list items with a coordinator
// ("X and Y", "X, Y and Z" between X and Y), not with a bare comma, which may end a phrase.
func (lr *langRules) coordinated2(keys []string, from, to int) bool {
	return lr.joins(keys, from, to) && lr.hasCoord(keys, from, to)
}

// coordinatedLater reports whether list items follow mention k up to one a coordinator joins:
// "Kishida" in "Modi, Kishida und Albanese".
func (lr *langRules) coordinatedLater(s *Sentence, k int) bool {
	for n := 0; n < 8; n++ {
		e := s.Mentions[k].End
		next := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Phrase >= e && lr.joins(s.Keys, e, m.Phrase) })
		if next < 0 {
			return false
		}
		if lr.hasCoord(s.Keys, e, s.Mentions[next].Phrase) {
			return true
		}
		k = next
	}
	return false
}

// capacityEnd returns where the phrase of capacity after a list item, at token from, ends in
// the comma that may join the next item ("Ndayishimiye in his capacity as chair of the East
// African Community, and Rwanda's Biruta"), or -1.
func (lr *langRules) capacityEnd(keys []string, from int) int {
	if from+4 >= len(keys) || keys[from] != "in" || !lr.g.capacity[keys[from+3]] || keys[from+2] != "capacity" && keys[from+2] != "eigenschaft" {
		return -1
	}
	for c := from + 4; c < len(keys) && c < from+14; c++ {
		if keys[c] == "," {
			return c
		}
	}
	return -1
}

// clauseOpensBefore reports whether a complementizer in tokens [from, to) opens a clause, its
// subject right after it (an article, a pronoun or a name: "news that the Gates Foundation …"),
// not a demonstrative before a noun of time ("received later that day Putin").
func (lr *langRules) clauseOpensBefore(s *Sentence, from, to int) bool {
	for j := from; j < to; j++ {
		if lr.g.comp[s.Keys[j]] && (j+1 == to || lr.g.art[s.Keys[j+1]] || lr.pronoun(s.Keys[j+1]) || s.Raw != nil && fold.IsUpper(s.Raw[j+1])) {
			return true
		}
	}
	return false
}

// hasCoord reports whether a coordinator stands in tokens [from, to).
func (lr *langRules) hasCoord(keys []string, from, to int) bool {
	from, to = max(from, 0), min(to, len(keys))
	return from < to && lr.g.coord.anyOf(keys[from:to])
}

// quoteKey reports whether k closes a quotation: '"' (every double quotation mark has this
// key) or a single quotation mark ("'This moment is not the end,' said Obasanjo").
func quoteKey(k string) bool { return k == `"` || k == "'" }

// afterQuote reports whether token i follows a quotation mark, perhaps with a comma between:
// "'…,' said X", "“…”, sagte X".
func afterQuote(keys []string, i int) bool {
	return i > 0 && quoteKey(keys[i-1]) || i > 1 && keys[i-1] == "," && quoteKey(keys[i-2])
}

// germanParticiple reports whether German word k may be a past participle or an infinitive
// that closes a clause: five letters or more, ending in -t, or in -en but not the -ten of a weak
// preterite ("aufgefordert", "empfangen"; not "warnte", "warnten"; a strong preterite such as
// "trafen" passes).
func germanParticiple(k string) bool {
	return len(k) >= 5 && isWordKey(k) && (strings.HasSuffix(k, "t") || strings.HasSuffix(k, "en") && !strings.HasSuffix(k, "ten"))
}

// isWordKey reports whether a key is a word (letters only), not punctuation or a number.
func isWordKey(k string) bool {
	for _, r := range k {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return k != ""
}

// isAbbreviation reports whether k is letters with full stops: "u.s.", "u.k.".
func isAbbreviation(k string) bool {
	return strings.Contains(k, ".") && isWordKey(strings.ReplaceAll(k, ".", ""))
}

// hasAdjEnding reports whether a word ends like a declined German adjective (neuen, neuer).
// inflectedAdjective reports whether k ends like an inflected adjective of the language
// (grammar inflected_adjectives: German "neuen", "russische"), at least four letters long.
func (lr *langRules) inflectedAdjective(k string) bool {
	return len(k) >= 4 && slices.ContainsFunc(lr.g.inflectedAdjectives, func(e string) bool { return strings.HasSuffix(k, e) })
}

func hasAdjEnding(k string) bool {
	if len(k) < 4 {
		return false
	}
	for _, e := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(k, e) {
			return true
		}
	}
	return false
}

func (sp slotSpec) accepts(m Mention) bool { return sp.types[m.Type] && m.Possessive == sp.possessive }

// lastOf returns the last of the indices items.
func lastOf(items []int) int { return items[len(items)-1] }

// slot finds the mention for a before, after or cue slot; not is the subject, when looking
// for the object.
func (lr *langRules) slot(s *Sentence, sp slotSpec, i, cs, ce, not int, subject bool) int {
	keys := s.Keys
	var ok func(k int) bool
	ok = func(k int) bool {
		m := s.Mentions[k]
		if k == not || !sp.accepts(m) || (subject && m.ObjectCase) {
			return false
		}
		// A group that owns the noun after it is no one who acts: "the three countries' foreign
		// ministers, Wadephul, Barrot and Lammy, said" (they speak).
		if subject && m.Type == "group" && lr.owner(s, m) {
			return false
		}
		// A name in brackets right after another restates it ("des Gipfels der Schanghaier
		// Organisation für Zusammenarbeit (SOZ)"): it stands where that one stands.
		if p := bracketedAfter(s, k); p >= 0 {
			return ok(p)
		}
		r, w := lr.governs(s, m)
		if r == plain && lr.nounGenitive(s, m) {
			r, w = genitiv, "der" // "am Rande der Münchner Sicherheitskonferenz"
		}
		if sp.find == "cue" {
			// A cue may be genitive: "nach Angaben des Kremls", "nach Angaben der IAEA"; a
			// title the gazetteer lacks may stand between: "mit Palästinenserpräsident Abbas".
			// An article after a preposition is none: "aus der Türkei" is no genitive.
			// (Nor the end of a phrase of leading, "eine Delegation unter Leitung von X wurde von
			// Y empfangen": X leads those received; but the trigger's own phrase, "The delegation,
			// led by X, included …", or one after a delegation the cue governs, "were joined by
			// their delegations, led by X".)
			led := lr.ledBy(keys, m.Phrase) && (i < m.Phrase-4 || i >= m.Phrase) && !lr.cueOverLed(s, m.Phrase, sp.cues)
			artCue := m.Phrase > 0 && sp.cues[keys[m.Phrase-1]] && !(m.Phrase > 1 && lr.g.art[keys[m.Phrase-1]] && lr.g.prep[keys[m.Phrase-2]]) && !led
			// (A contraction of the cue and an article opens the phrase: "Am Gespräch nahmen auch
			// X und Y teil".)
			contracted := m.Type == "event" && sp.cues[keys[m.Phrase]] && !lr.g.art[keys[m.Phrase+1]]
			if sp.cues[w] || artCue || contracted || lr.cueOverApposition(s, m.Phrase, sp.cues) ||
				lr.cueOverIncluding(s, m.Phrase, sp.cues) || (lr.cueOverConjunct(s, m, sp.cues) && !(lr.g.caseTriggers && s.Raw != nil && fold.IsUpper(s.Raw[i]))) {
				return true
			}
			// (Or a compound's first part: "mit den Grünen-Vorsitzenden Baerbock".)
			for j := m.Phrase - 1; j > 0 && j >= m.Phrase-3 && s.Raw != nil && ((fold.IsUpper(s.Raw[j]) && isWordKey(keys[j])) || keys[j] == "-"); j-- {
				if sp.cues[keys[j-1]] || (j >= 2 && lr.g.art[keys[j-1]] && sp.cues[keys[j-2]]) {
					return true
				}
			}
			return false
		}
		if r == prep || r == genitiv {
			// "…, with finance minister Hans Eichel saying it showed …": the subject of an
			// absolute construction after "with".
			// (Or the first of a list that ends there: "with Obama and Xi handing …".)
			return subject && lr.absoluteWith(s, k, i, w, i, sp)
		}
		return !(subject && r == object && !sp.anyCase)
	}
	first := func(from, to int) int {
		skipped := -1 // the end of an actor passed over as in a prepositional phrase
		for k, m := range s.Mentions {
			if m.Phrase < from || m.End > to {
				continue
			}
			if !ok(k) {
				if k != not && sp.accepts(m) {
					skipped = m.End
				}
				continue
			}
			// "the agreements signed by X and Y": Y shares X's preposition; in German so do the
			// middle items of a list: "Mit Modi, Kishida und Albanese kam Biden zusammen" (in
			// English a comma may close the phrase before the subject: "At a ceremony hosted by
			// Erdogan, Shoigu and Kubrakov signed").
			if skipped >= 0 && m.Phrase >= skipped && (lr.coordinated2(keys, skipped, m.Phrase) || lr.g.verbFinal && lr.joins(keys, skipped, m.Phrase) && lr.coordinatedLater(s, k)) {
				skipped = m.End
				continue
			}
			return k
		}
		return -1
	}
	switch sp.find {
	case "before":
		// "Lula hatte Maduro, der erstmals teilnimmt, am Vortag empfangen": a German main clause
		// goes on after a relative clause on an actor inside it; its actors stand before the
		// relative clause (the antecedent opening the sentence is the subject: below).
		// (Not a clause of its own, subordinate or with its verb second: "…, zu dem Lula geladen
		// hatte, widersprachen ihm Boric und Lacalle Pou".)
		// (An actor a preposition governs may stand in the rest of the main clause: "Tillerson
		// ist am Rande des Treffens in Bonn, zu dem Gabriel geladen hatte, mit Lawrow
		// zusammengetroffen".)
		if lr.g.verbFinal && cs >= 2 && cs < i && keys[cs-1] == "," && !lr.g.rel[keys[cs]] && !lr.g.subord[keys[cs]] &&
			(i+1 >= len(keys) || !isWordKey(keys[i+1]) || lr.g.coord[keys[i+1]]) &&
			!slices.ContainsFunc(s.Mentions, func(m Mention) bool {
				r, _ := lr.governs(s, m)
				return m.Phrase >= cs && m.End <= i && r != prep
			}) {
			// (The antecedent's own clause: not one a subordinator or a complementizer opens,
			// "Boric kritisierte, dass Lula Maduro, der …, empfing".)
			if g, a := lr.germanAntecedent(s, cs-1); a >= 0 {
				from, _ := lr.clause(keys, s.Mentions[a].Phrase)
				if s.Mentions[a].Phrase > from && !lr.g.subord[keys[from]] && !lr.g.comp[keys[from]] && from == sentenceFrom(keys, from) {
					if k := first(from, g); k >= 0 {
						return k
					}
				}
			}
		}
		// "hatte König Charles III. zahlreiche Gäste, darunter Biden und Macron, empfangen": a
		// German verb last after an including aside on its object has its subject before the
		// object's noun.
		if lr.g.verbFinal && cs >= 2 && keys[cs-1] == "," && (i+1 >= len(keys) || !isWordKey(keys[i+1]) || lr.g.coord[keys[i+1]]) {
			if k := lr.includedBefore(s, cs, sp, func(int) bool { return true }); k >= 0 {
				c := lr.includingComma(s, k)
				from, _ := lr.clause(keys, c-1)
				// (Not after a plural verb, whose subject is the group: "Zuvor hatten Scholz
				// zahlreiche Regierungschefs, darunter Biden und Macron, kritisiert".)
				if from == sentenceFrom(keys, from) && !lr.g.subord[keys[from]] && !lr.g.comp[keys[from]] &&
					!slices.ContainsFunc(keys[from:c], lr.pluralAux) {
					// (Not a subject the group is compared with or joined to: "Sharif war wie die
					// Regierungschefs der Nachbarländer, darunter Karzai, angereist".)
					if k := first(from, c); k >= 0 && !slices.ContainsFunc(keys[s.Mentions[k].End:c], func(w string) bool { return lr.g.coord[w] || lr.g.subord[w] }) {
						return k
					}
				}
			}
		}
		// "Die Außenminister haben Russland vorgeworfen, …": a German clause that opens with a
		// noun of people and its article, then the finite verb, has that noun phrase for its
		// subject; an actor after the verb is its object. (Not a thing: "Das Treffen hat Putin
		// abgesagt".)
		if lr.g.verbFinal && cs < i && lr.g.art[keys[cs]] && !lr.g.objArt[keys[cs]] && !lr.g.gen[keys[cs]] && cs == sentenceFrom(keys, cs) {
			if a := slices.IndexFunc(keys[cs:i], func(k string) bool { return lr.g.finiteAux[k] }); a > 1 {
				a += cs
				// (A noun of people: grammar people_nouns, or a capitalised noun of a person with
				// an ending of person_endings, "Die Sprecherin", "Der Minister", or before a plural
				// verb of plural_person_endings, "Die Demonstranten haben".)
				person := func(j int) bool {
					k := keys[j]
					if lr.g.peopleNouns[k] {
						return true
					}
					if s.Raw == nil || !fold.IsUpper(s.Raw[j]) || s.inMention(j) {
						return false
					}
					return hasSuffix(k, lr.g.personEndings) || lr.g.pluralAux[keys[a]] && hasSuffix(k, lr.g.pluralPersonEndings)
				}
				opens := false
				for j := cs + 1; j < min(cs+4, a); j++ {
					opens = opens || person(j)
				}
				if opens &&
					first(cs, a) < 0 && !slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase >= cs && m.End <= a && m.Type == "person" }) {
					return -1
				}
			}
		}
		// "Peskov confirmed that Putin met Prigozhin": the verb's subject follows the
		// complementizer that opens its clause.
		if !lr.g.freeInversion {
			for j := i - 1; j > cs; j-- {
				// (Or an adverbial clause's opener with words before the verb: "… if U.S. plans
				// threatened …".)
				if lr.opensClause(keys, j, i) {
					cs = j + 1
					break
				}
				// "The Kremlin said Putin had demanded guarantees": a clause reported without
				// "that" opens after the verb of saying, when its subject follows that verb and
				// only auxiliaries stand between the subject and the trigger (not "blasted Biden
				// as a career politician and asked").
				if j+1 < i && lr.reports(keys[j]) && lr.reportedSubject(s, sp, j, i) {
					cs = j + 1
					break
				}
			}
		}
		if sp.adjacent {
			for k, m := range s.Mentions {
				if m.End == i && ok(k) {
					return k
				}
			}
			return -1
		}
		if sp.nearest {
			// The subject of a passive right before its verb: "before the two were joined by
			// X", not the first actor of the sentence.
			for k := len(s.Mentions) - 1; k >= 0; k-- {
				if m := s.Mentions[k]; m.End <= i && m.Phrase >= cs && ok(k) {
					return k
				}
			}
			// (Before a relative clause that ends right before the verb's clause: "X, who flew
			// to Uruguay, was joined by Y".)
			if cs >= 2 && keys[cs-1] == "," {
				if r := lr.relativeBefore(keys, cs-1); r > 0 {
					for k, m := range s.Mentions {
						if m.End == r && ok(k) {
							return k
						}
					}
				}
			}
			return -1
		}
		if k := lr.relativeBeforeName(s, cs, i, func(k int) bool { return k != not && sp.accepts(s.Mentions[k]) }); k >= 0 {
			return k
		}
		if k := lr.extraposedAntecedent(s, cs, func(k int) bool { return k != not && sp.accepts(s.Mentions[k]) }); k >= 0 {
			return k
		}
		// A German infinitive clause has no subject of its own but that of the clause it
		// depends on: "Macron reiste nach Peking, um Xi Jinping zu treffen", "Selenskyj lehnte
		// es ab, Putin in Moskau zu treffen" (the actor before the verb is its object).
		if lr.infinitive(keys, i, cs) {
			for _, c := range lr.governing(s, cs) {
				if k := first(c[0], c[1]); k >= 0 {
					return k
				}
			}
			return -1
		}
		// "MBS attended the meeting and Erdogan joined by phone": after a coordinator that joins
		// clauses (not list items), the actor right before the trigger is the subject.
		for k, m := range s.Mentions {
			if m.End != i || m.Phrase <= cs || !ok(k) || !lr.g.coord[keys[m.Phrase-1]] {
				continue
			}
			// (Not a German participle after one that closes the conjunct before, a finite
			// auxiliary before both: "Putin habe den Westen kritisiert und Berlin aufgefordert"
			// shares its subject; Berlin is the object. A finite verb has its own: "ist nach Kiew
			// gereist und Putin traf Lukaschenko".)
			if v := m.Phrase - 2; lr.g.verbFinal && v >= cs && s.Raw != nil && germanParticiple(keys[v]) &&
				!fold.IsUpper(s.Raw[v]) && germanParticiple(keys[i]) && lr.g.finiteAux.anyOf(keys[cs:v]) {
				continue
			}
			// (A place in a locative phrase ends the clause before: "traf Macron in Berlin und
			// Meloni kritisierte".)
			if slices.ContainsFunc(s.Mentions, func(o Mention) bool {
				return o.End == m.Phrase-1 && o.Named && !(isPlace(o) && o.Phrase > 0 && lr.g.prep[keys[o.Phrase-1]])
			}) {
				// The coordinator joins two names: the list that ends at the trigger is the
				// subject ("both Mugabe and Tsvangirai claimed"), unless a preposition governs
				// it ("über ein Telefonat zwischen Trump und Putin dementiert").
				// (Nor when the list goes on one a preposition governs: "ist mit Macron, Milei und
				// Peña zusammengekommen".)
				inList := func(p int) bool { return slices.Contains(lr.list(s, p, i, sp, ""), k) }
				governed := func(p int) bool {
					for q := range p {
						if s.Mentions[q].Phrase >= cs && sp.accepts(s.Mentions[q]) && !ok(q) && inList(q) {
							return true
						}
					}
					return false
				}
				for p, o := range s.Mentions {
					if o.Phrase >= cs && o.End < m.Phrase && ok(p) && inList(p) {
						// (Nor, German, after an actor of its own: "hatte Wang Yi die Salomonen,
						// Kiribati und Samoa besucht" has its object before the verb.)
						if governed(p) || (lr.g.verbFinal && first(cs, o.Phrase) >= 0) {
							break
						}
						return p
					}
				}
				continue
			}
			if f := first(cs, m.Phrase-1); f >= 0 && f != k && !slices.Contains(lr.list(s, f, i, sp, ""), k) &&
				!slices.Contains(lr.withConjuncts(s, f, sp, -1, i), k) {
				return k
			}
		}
		// "Gastgeber Václav Klaus, der tschechische Staatspräsident, hatte die beiden begrüßt": a
		// German clause that opens with its finite verb after an apposition has its subject
		// before the apposition.
		// (Or with the trigger itself, a finite verb no subject follows: "Der US-Botschafter bei
		// den Vereinten Nationen, John Bolton, wies die Äußerungen zurück"; not "…, teilte der
		// Außenminister Safadi mit".)
		verbOpens := cs == i && !slices.ContainsFunc(s.Mentions, func(m Mention) bool {
			return m.Phrase > i && lr.onlyArticles(keys, i+1, m.Phrase) && sp.accepts(m)
		})
		if lr.g.verbFinal && cs >= 4 && keys[cs-1] == "," && (lr.g.finiteAux[keys[cs]] || verbOpens) {
			if ps, _ := lr.clause(keys, cs-2); ps >= 2 && keys[ps-1] == "," && lr.g.art[keys[ps]] && lr.g.finiteAux[keys[cs]] {
				for k, m := range s.Mentions {
					if m.End == ps-1 && ok(k) && m.Type == "person" {
						return k
					}
				}
			} else if ps >= 2 && keys[ps-1] == "," && !lr.itemOfPhrase(keys, ps-2) {
				// "Der Generaldirektor der IAEA, Rafael Grossi, ist … zusammengetroffen": the
				// name set off by commas is the subject, in apposition to the role before it.
				// (Not to a role that is the next item of a list or a preposition's object:
				// "Gemeinsam mit A, und dem Moderator der Kirche von Schottland, Iain
				// Greenshields, wurde er … empfangen".)
				for k, m := range s.Mentions {
					if (m.Phrase == ps || m.Start == ps) && m.End == cs-1 && ok(k) && m.Type == "person" {
						return k
					}
				}
			}
		}
		// "A delegation led by former Head of State, Abdulsalami Abubakar, on Saturday met …":
		// in English too, a name in apposition set off by commas before a clause that names no
		// one before its verb is the subject.
		if !lr.g.verbFinal && cs >= 3 && cs < i && keys[cs-1] == "," && first(cs, i) < 0 {
			if k := nameSetOff(s, cs-1, ok); k >= 0 {
				return k
			}
			// (Or a list of people so set off after a noun of them, whose first item stands for
			// it: "Four members of The Elders, Jimmy Carter, … and Mary Robinson, ended a visit
			// without meeting Kim Jong Il".)
			if k := lr.listSetOff(s, cs-1, sp, ok); k >= 0 {
				return k
			}
			// (Or the name before a role in apposition: "Arthur Mutambara, leader of a smaller
			// faction, also signed the deal".)
			if r := lr.appositionBefore(s, cs-1); r > 0 {
				for k, m := range s.Mentions {
					if m.End == r && ok(k) && m.Type == "person" && lr.opensSentence(s, m.Phrase) {
						return k
					}
				}
			}
		}
		if first(cs, i) < 0 {
			if k := lr.includedBefore(s, cs, sp, ok); k >= 0 && !lr.namedBeforeGroup(s, k) {
				return k
			}
		}
		if k := first(cs, i); k >= 0 {
			// "Macron, Scholz und Meloni kamen … zusammen": the clause began at a comma
			// inside the list; its first item is the subject (the others are its conjuncts).
			// (Not past a subordinator that opens the clause, other than a relative pronoun: "…,
			// while A and B also took part".)
			if subordinate := lr.g.subord[keys[cs]] && !lr.g.rel[keys[cs]]; !subordinate && lr.hasCoord(keys, s.Mentions[k].End, i) {
				k = lr.listHead(s, k, cs, ok)
			}
			return k
		}
		for _, u := range s.Unknown {
			if u.Phrase >= cs && u.End <= i && lr.ungoverned(s, u) {
				return -1 // the subject is someone the extractor could not identify
			}
		}
		// "McCains Kampagne warf Obama … vor", "Putin's spokesman said": an owner opening the
		// clause owns its subject, which is no actor; the actor after the verb is no subject.
		if !sp.possessive && slices.ContainsFunc(s.Mentions, func(m Mention) bool {
			return m.Possessive && m.Phrase >= cs && m.End < i && lr.ungoverned(s, m) && lr.onlyArticles(keys, cs, m.Phrase) &&
				!(cs < m.Phrase && lr.g.rel[keys[cs]]) // (not "Kurz, der Österreichs Unterstützung bekräftigte")
		}) {
			return -1
		}
		// "repeated by Home Secretary Charles Clarke who said": a relative pronoun right after
		// an actor, no actor between it and the trigger: the antecedent, even in a phrase.
		for j := i - 1; j > cs; j-- {
			if lr.g.rel[keys[j]] && !lr.g.art[keys[j]] && keys[j] != "that" {
				for k := len(s.Mentions) - 1; k >= 0; k-- {
					if m := s.Mentions[k]; m.End == j && k != not && sp.accepts(m) && (keys[j] != "who" || m.Type == "person") &&
						!slices.ContainsFunc(s.Mentions, func(o Mention) bool { return o.Phrase > j && o.End <= i }) {
						return k
					}
				}
				break
			}
		}
		// "Stoltenberg, who later told ...": a relative clause's subject is its antecedent.
		// (The antecedent may sit in a prepositional phrase: "together with Z, who told".)
		// German may close the clause with a particle between the antecedent and the comma:
		// "fand im Beisein von Donald Trump statt, der von … sprach". A party in brackets may
		// follow the antecedent: "kam mit Bundeskanzler Sebastian Kurz (ÖVP) zusammen, der …".
		if cs >= 2 && cs < i && keys[cs-1] == "," && lr.g.rel[keys[cs]] {
			e := cs - 1
			if e >= 1 && lr.g.caseTriggers && s.Raw != nil && !fold.IsUpper(s.Raw[e-1]) && isWordKey(keys[e-1]) {
				e-- // the particle
			}
			if e >= 1 && keys[e-1] == ")" {
				if o := matching(keys, e-1, -1); o > 0 {
					e = o
				}
			}
			for k := len(s.Mentions) - 1; k >= 0; k-- {
				if m := s.Mentions[k]; m.End == e && k != not && sp.accepts(m) {
					// "Steinmeier und sein polnischer Kollege Sikorski, die bei der Unterzeichnung
					// zugegen waren": a German relative clause in the plural has the whole list
					// for its antecedent, which its first item stands for.
					if lr.pluralRelative(s, cs, ce) {
						for p := range k {
							if q := s.Mentions[p]; p != not && sp.accepts(q) && slices.Contains(lr.list(s, p, e, sp, ""), k) {
								return p
							}
						}
					}
					return k
				}
			}
			// An event may have its place between it and the comma: "An den Gesprächen im
			// amerikanischen Finanzministerium, die Finanzminister Steven Mnuchin leitete, …".
			// (Only with a pronoun that cannot refer to the place: "die" after "im", "in dem" or
			// "in" and a name, a place in the singular masculine or neuter; not "im Kanzleramt,
			// das damals Peter Altmaier leitete".)
			for p := e - 1; p > 0 && p >= e-5 && isWordKey(keys[p]); p-- {
				if !lr.g.loc[keys[p]] {
					continue
				}
				if lr.g.caseTriggers && (keys[cs] != "die" || keys[p] != "im" && (p+1 >= e || keys[p+1] != "dem" && keys[p+1] != "einem" && !s.inName(p+1))) {
					break
				}
				for k, m := range s.Mentions {
					if m.End == p && m.Type == "event" && k != not && sp.accepts(m) {
						return k
					}
				}
				break
			}
		}
		// "Sargsyan and Aliyev agreed to respect the ceasefire, after talks with Kerry": a phrase of
		// a temporal preposition and a noun of talks after a comma has the subject of the clause
		// before it. (A span of time may come first, after a clause with no comma of its own:
		// "Xi arrived in Kuala Lumpur, a day after talks in Hanoi with To Lam".)
		o := cs + lr.timeSpan(keys, cs)
		if sf := sentenceFrom(keys, cs); o > cs && (cs-1 <= sf || slices.Contains(keys[sf:cs-1], ",")) {
			o = cs
		}
		if !lr.g.verbFinal && cs >= 4 && keys[cs-1] == "," && i > o && i <= o+2 && lr.g.temporal[keys[o]] && lr.g.talkNouns[keys[i]] &&
			first(cs, i) < 0 {
			pcs := lr.clauseBefore(s, cs-1)
			if k := first(pcs, cs-1); k >= 0 && lr.onlyArticles(keys, pcs, s.Mentions[k].Phrase) {
				return k
			}
		}
		// "Muizzu, on his first state visit to India, was accorded a ceremonial welcome": after an
		// aside, a prepositional phrase set off by commas after the person who opens the
		// sentence, the subject is that person.
		if !lr.g.verbFinal && cs >= 4 && cs < i && keys[cs-1] == "," && first(cs, i) < 0 {
			if as, _ := lr.clause(keys, cs-2); as >= 2 && lr.g.prep[keys[as]] {
				if k := lr.asideBefore(s, cs-1, ok); k >= 0 {
					return k
				}
			}
		}
		// "Zelenskiy, who flew in on a French plane, is due to hold talks", "Kushner, who helped
		// broker the deal, attended the ceremony": after a relative clause set off by commas,
		// the subject is its antecedent.
		if cs >= 2 && keys[cs-1] == "," && ((cs == i && !lr.isParticiple(keys[i])) || lr.onlyVerbal(keys, cs, i)) {
			r := lr.relativeBefore(keys, cs-1)
			if r == 0 {
				r = lr.relativeBeforeList(s, cs-1, sp)
			}
			if r == 0 {
				// German: the antecedent is the subject only when it opens the sentence ("Die
				// Ministerin X, die …, rief …"), not inside a phrase ("Zu Präferenzen der CHP,
				// die …, äußerte sich Baykal nicht").
				if g := lr.germanRelativeBefore(s, cs-1); g > 0 && slices.ContainsFunc(s.Mentions, func(m Mention) bool {
					from := sentenceFrom(keys, m.Phrase)
					// "Dem Kremlchef Putin, der …, sicherte Xi … zu": a fronted object.
					return m.End == g && lr.onlyArticles(keys, from, m.Phrase) && !(from < m.Phrase && lr.g.objArt[keys[from]])
				}) {
					r = g
				}
			}
			if r > 0 {
				// (An apposition may stand between: "Dmitriev, the head of Russia's wealth fund,
				// who had visited Washington, greeted Witkoff".)
				// (Only one that opens its sentence, and no coordinator after the clause: not
				// "Witkoff thanked Dmitriev, the head of …, who …, and then met Putin".)
				// (A participle clause's antecedent opens the sentence, or the list that does: not
				// "Six factories have closed in Lesotho, leaving 6,650 workers jobless, union
				// officers told".)
				participle := lr.participleOpens(keys, r+1)
				for x, e := range []int{r, lr.appositionBefore(s, r)} {
					for k := len(s.Mentions) - 1; k >= 0 && e > 0; k-- {
						m := s.Mentions[k]
						// (Not a place in a fronted phrase: "In Argentina, Suez's subsidiary,
						// which …, has maintained".)
						// (After a coordinator, the antecedent too only when it opens the sentence:
						// "Trump turned to Australia's ambassador, Kevin Rudd, who was seated at the
						// table, and told him" is Trump's.)
						if m.End == e && k != not && sp.accepts(m) &&
							(x == 0 && (!lr.g.coord[keys[cs]] || lr.opensSentence(s, m.Phrase)) || lr.opensSentence(s, m.Phrase) && !lr.g.coord[keys[cs]] && !lr.prepGoverned(s, m)) {
							// (The antecedent may end a list that opens the sentence: "Clinton
							// and King Hussein, who had helped broker the deal, witnessed the
							// signing"; its first item stands for the list.)
							for p := range k {
								if q := s.Mentions[p]; p != not && sp.accepts(q) && lr.opensSentence(s, q.Phrase) &&
									slices.Contains(lr.list(s, p, e, sp, ""), k) {
									return p
								}
							}
							if participle && !lr.opensSentence(s, m.Phrase) {
								continue
							}
							return k
						}
					}
				}
			}
		}
		// "Erst am Dienstag war Orbán, dessen Land …, in Kiew von Selenskyj empfangen worden": a
		// German subject inverted after its auxiliary, a relative clause after it, is the
		// subject of the rest of its clause, which names no one else who could be.
		// (Not a verb that opens its own clause after the comma: "…, teilte X mit".)
		if lr.g.verbFinal && cs >= 2 && cs < i && keys[cs-1] == "," && first(cs, i) < 0 {
			if g := lr.germanRelativeBefore(s, cs-1); g > 0 {
				for k, m := range s.Mentions {
					// (An article may stand between: "war der Regierungschef, der …, empfangen worden".)
					p := m.Phrase
					if p >= 2 && lr.g.art[keys[p-1]] {
						p--
					}
					if m.End == g && k != not && sp.accepts(m) && p >= 1 && lr.g.finiteAux[keys[p-1]] {
						return k
					}
				}
			}
		}
		// "X became the first … to visit Iraq, receiving a welcome from Y": an English participle
		// clause after a comma has the subject of the clause before it.
		// ("…, accusing his forces of attacks": a participle trigger, for a statement too.)
		if span := lr.timeSpan(keys, cs); (sp.participle || cs == i || lr.g.subord[keys[cs+span]]) && cs <= i && lr.participleClause(keys, cs) {
			pcs := lr.clauseBefore(s, cs-1)
			// (After a subordinator and an active participle, only an actor that opens the clause
			// before: "…, after criticising UKIP" is not UKIP's, whose whip someone resigned.)
			active := lr.g.subord[keys[cs+span]] && !lr.g.passiveAux[keys[cs+span+1]]
			k := first(pcs, cs-1)
			if k >= 0 && (!active || lr.onlyArticles(keys, pcs, s.Mentions[k].Phrase)) {
				return k
			}
			// (The clause before may open after a name in apposition: "North Korea's foreign
			// minister, Ri Yong Ho, disputed that account, saying …".)
			if k < 0 && !active && pcs >= 2 && keys[pcs-1] == "," {
				if k := nameSetOff(s, pcs-1, ok); k >= 0 {
					return k
				}
				// (Or after an aside on the person who opens the sentence: "Scholz, under fire
				// at home for his reticence, avoided naming the pipeline, saying …".)
				if k := lr.asideBefore(s, pcs-1, ok); k >= 0 {
					return k
				}
			}
		}
		// A predicate joined by "und" shares the clause's subject, a word of sequence perhaps
		// between: "spoke by phone with Putin, and then called Zelensky".
		// (So does an English participle after the joined verb: "met on Saturday, and emerged
		// saying they had begun to build trust".)
		j := i - 1
		if !lr.g.verbFinal && j >= 2 && lr.isParticiple(keys[i]) && isWordKey(keys[j]) && lr.g.coord[keys[j-1]] && keys[j-2] == "," &&
			!slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Start <= j && j < m.End }) {
			j--
		}
		if j >= 1 && lr.g.sequence[keys[j]] && lr.g.coord[keys[j-1]] {
			j--
		}
		if j >= 0 && lr.g.coord[keys[j]] {
			for k, m := range s.Mentions {
				if m.End <= i && ok(k) && !lr.inSubclause(keys, m.Phrase) {
					return k
				}
			}
		}
		// Inversion: "Am Freitag empfing Xi ...", "…, sagte Lawrow", "…," said Lavrov. German
		// inverts freely; English only after a quotation, with the speaker right after the verb.
		// English also inverts after a comma when the speaker ends the sentence: "…, writes
		// Mr Peston.", "…, said Gordon Brown."
		afterComma := i > 0 && keys[i-1] == ","
		inverted := func() int {
			if !lr.g.freeInversion && !afterComma && !afterQuote(keys, i) {
				return -1
			}
			// (Not after a German subject that names no actor, opened by "Der" at the sentence's
			// start: "Der Sicherheitsrat rief die libysche Regierung auf" has its object after
			// the verb; but "Der Einladung gefolgt waren A und B", "Der Politik schlug er vor":
			// a feminine noun's dative. Nor after an adjective in "-en" before the noun, a
			// dative or genitive, not the subject's "-e": "Der Rheinischen Post sagte Baerbock".)
			if lr.g.freeInversion && cs == sentenceFrom(keys, cs) && keys[cs] == "der" && s.Raw != nil && s.Raw[cs] == "Der" &&
				i-cs >= 2 && i-cs <= 4 && fold.IsUpper(s.Raw[i-1]) && !feminineNoun(keys[i-1]) &&
				!slices.ContainsFunc(keys[cs+1:i-1], obliqueAdjective) &&
				!slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase >= cs && m.Phrase < i }) {
				return -1
			}
			skipped := -1 // the end of an actor in a prepositional phrase: its conjuncts share it
			for k, m := range s.Mentions {
				if m.Phrase <= i || m.Phrase >= ce {
					continue
				}
				// (Nor after a comma when the list goes on to a coordinator: "ein Gipfel mit
				// Abdullah II., al-Sisi und Abbas".)
				if skipped >= 0 && m.Phrase >= skipped && (lr.coordinated2(keys, skipped, m.Phrase) ||
					keys[skipped] == "," && lr.onlyArticles(keys, skipped+1, m.Phrase) && lr.coordinatedLater(s, k)) {
					skipped = lr.originEnd(s, m.End) // "das Treffen mit Albanese und Kishida": Kishida is no subject
					continue
				}
				if !ok(k) {
					if sp.accepts(m) {
						skipped = lr.originEnd(s, m.End) // (past its origin in brackets: "Lula (Brasilien), Milei …")
					}
					continue
				}
				// (A German "der" before a feminine noun or an adjective in "-en" is a dative or a
				// genitive, no subject: "Es warf der Regierung von Präsidentin Park vor, …".)
				if lr.g.freeInversion && lr.obliqueDer(s, m) {
					continue
				}
				quoted := afterComma && i > 1 && quoteKey(keys[i-2])
				ends := m.End >= len(keys) || tokenize.IsTerminal(keys[m.End]) || keys[m.End] == ","
				if lr.g.freeInversion && !m.Named && m.End <= ce && lr.nounPhrases(s, m.End, ce) {
					// "sagte der Sondergesandte der AU für das Horn von Afrika, Nigerias früherer
					// Präsident Olusegun Obasanjo": the name in apposition to the role.
					if a := lr.apposedName(s, ce); a >= 0 {
						return a
					}
				}
				if lr.g.freeInversion || (lr.onlyArticles(keys, i+1, m.Phrase) && (!afterComma || quoted || ends)) {
					return k
				}
				break
			}
			return lr.speakerApposed(s, i, ce)
		}
		// "Jens Stoltenberg, the NATO chief, met Erdogan", "Hun Sen, the chair of ASEAN, did not
		// meet …": after an apposition set off by commas the subject is the name before it, not
		// the object after the verb.
		// (German too: "Jens Stoltenberg, der Generalsekretär der NATO, traf Erdoğan".)
		if cs >= 4 && keys[cs-1] == "," && (cs == i || lr.onlyVerbal(keys, cs, i)) {
			// (A nominative apposition: "Emmanuel Macron, den französischen Präsidenten,
			// kritisierte Scholz" has its object first.)
			// (No verb in it: "König Abdullah II., der ägyptische Präsident … und Abbas hätten
			// teilnehmen sollen, teilte X mit" is a list.)
			// (Or a role with no article, an adverb perhaps before it: "Tansanias Präsident
			// Jakaya Kikwete, derzeit Vorsitzender der Afrikanischen Union, war zugegen".)
			if ps, _ := lr.clause(keys, cs-2); ps >= 2 && (lr.g.art[keys[ps]] && !lr.g.objArt[keys[ps]] && !lr.g.gen[keys[ps]] || lr.roleOpens(s, ps, cs-1)) && keys[ps-1] == "," &&
				!slices.ContainsFunc(keys[ps:cs-1], func(k string) bool { return lr.g.finiteAux[k] }) {
				for k, m := range s.Mentions {
					if m.End == ps-1 && m.Type == "person" && ok(k) {
						// The last of a list: "A, B and C, the chair of the AU, held talks".
						for p := range k {
							if ok(p) && slices.Contains(lr.list(s, p, m.End, sp, ""), k) {
								return p
							}
						}
						return k
					}
				}
			}
		}
		if afterComma && !lr.g.freeInversion && cs == i {
			if k := inverted(); k >= 0 {
				return k
			}
		}
		if lr.g.freeInversion {
			if k := inverted(); k >= 0 {
				return k
			}
		}
		// "In a call with Y, X said …", "After meeting Y, X said …": the trigger sits in an
		// opening phrase; the subject follows its comma.
		// (Not a German main clause that opens with the phrase: "An dem Treffen hätten auch 35
		// Kommandeure teilgenommen, sagte Peskow".)
		// ("Bei dem Treffen mit Pompeo seien nur Saudis anwesend gewesen, schrieb er": the
		// auxiliary may follow the trigger.)
		// (A span of time may come first: "Two days after her visit to Putin, Merkel met …".)
		// (The phrase opens the sentence or follows a conjunction or complementizer, not a
		// parenthesis after a main clause: "Zelenskyy met Pope Francis, after talks with
		// Mattarella, on his first visit since Russia's invasion" is not Russia's.)
		fullClause := lr.g.verbFinal && slices.ContainsFunc(keys[cs:ce], func(k string) bool { return lr.g.finiteAux[k] })
		// (Or it follows only an adverb or a phrase of time or place and its comma: "However,
		// after talks with Xi, Putin flew to Minsk", "On Tuesday, after talks with …": no actor
		// and no finite verb before it.)
		opening := func() bool {
			sf := sentenceFrom(keys, cs)
			adverbial := cs >= 2 && keys[cs-1] == "," && cs-1-sf <= 4 && (cs-1-sf == 1 || lr.g.prep[keys[sf]]) &&
				!slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase >= sf && m.End <= cs-1 && !isPlace(m) }) &&
				!slices.ContainsFunc(keys[sf:cs-1], func(k string) bool { return lr.g.finiteAux[k] || lr.reports(k) })
			return cs == sf || adverbial || lr.opener(keys, cs-1) || cs >= 2 && keys[cs-1] == "," && lr.opener(keys, cs-2)
		}
		if o := cs + lr.timeSpan(keys, cs); (lr.g.prep[keys[o]] || (!lr.g.freeInversion && lr.g.subord[keys[o]])) && ce < len(keys) && keys[ce] == "," && !fullClause && opening() {
			ns, ne := lr.clause(keys, ce+1)
			// (Not one after the main clause's verb of saying, in what was said: "After meeting
			// Mr Xi, the former general said Indonesia would …" names no subject.)
			if k := first(ns, ne); k >= 0 && (lr.g.verbFinal || !slices.ContainsFunc(keys[ns:s.Mentions[k].Phrase], lr.reports)) {
				return k
			}
		}
		// "Donald Trump, in a statement delivered via the press secretary, announced": the
		// subject stands before a parenthesis or an apposition between commas. (Not when a
		// German verb is followed by a noun phrase: "…, berichteten mehrere Medien" has its own
		// subject, no actor.)
		npAfter := lr.g.freeInversion && i+1 < len(keys) && (lr.g.art[keys[i+1]] || (s.Raw != nil && fold.IsUpper(s.Raw[i+1])))
		if cs >= 2 && cs == i && keys[cs-1] == "," && !npAfter {
			ps, _ := lr.clause(keys, cs-2)
			// (A bracket may close the apposition: "…, the chair of the Economic Community of
			// West African States (ECOWAS), told": its clause is the apposition's.)
			if keys[cs-2] == ")" {
				if o := matching(keys, cs-2, -1); o > 1 {
					ps, _ = lr.clause(keys, o-1)
				}
			}
			ps = lr.listAsideStart(s, ps, cs-1)
			aside := lr.g.prep[keys[ps]] || lr.g.art[keys[ps]] || lr.g.rel[keys[ps]] || lr.isParticiple(keys[ps]) // ", visiting Turkey,"
			// (So is an English role in lower case after a person: "Ian Shepherdson, chief US
			// economist at High Frequency Economics, said" is not the United States.)
			if !lr.g.verbFinal && ps >= 2 && keys[ps-1] == "," && s.Raw != nil && isWordKey(keys[ps]) && !fold.IsUpper(s.Raw[ps]) &&
				slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.End == ps-1 && m.Type == "person" }) {
				aside = true
			}
			k := first(ps, cs-1)
			// (A group that opens the sentence with its article is its subject: "The two leaders
			// met for three hours, joined by Rubio".)
			if k >= 0 && s.Mentions[k].Type == "group" && s.Mentions[k].Phrase == ps && ps == sentenceFrom(keys, ps) {
				aside = false
			}
			if k >= 0 && !aside && !lr.g.subord[keys[ps]] {
				// (The apposition may be a list whose commas began the clause: "Die Außenminister
				// der drei Länder, Wadephul, Barrot und Lammy, erklärten": its first item.)
				if lr.hasCoord(keys, s.Mentions[k].End, cs-1) {
					k = lr.listHead(s, k, ps, ok)
				}
				return k
			}
			// "Der Präsident Russlands, Wladimir Putin, sagte": a name in apposition to its
			// title, the phrase crossing the first comma.
			for k, m := range s.Mentions {
				if m.Start >= ps && m.Phrase < ps && lr.originEnd(s, m.End) == cs-1 && ok(k) {
					return k
				}
			}
			if ps >= 2 && keys[ps-1] == "," {
				pps, _ := lr.clause(keys, ps-2)
				// (Past names in apposition to the object: "welcomed the heads of the two
				// teams, Medinsky and Arakhamia, at the palace on Tuesday, telling them …".)
				if c1, _ := lr.apposition(s, ps-1, false); c1 >= 2 {
					if as, _ := lr.clause(keys, c1-1); first(as, c1) >= 0 {
						return first(as, c1)
					}
				}
				if k := first(pps, ps-1); k >= 0 {
					return k
				}
			}
		}
		return inverted()
	case "after":
		if sp.adjacent {
			for k, m := range s.Mentions {
				if m.Phrase > i && lr.onlyArticles(keys, i+1, m.Phrase) && ok(k) {
					return k // "…, so der iranische Präsident Rohani"
				}
			}
			return -1
		}
		from := i + 1
		if not >= 0 && s.Mentions[not].Phrase > i &&
			!slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase > i && m.End <= s.Mentions[not].Phrase }) {
			// Inverted: "Am Montag trafen Macron und Scholz den Präsidenten Selenskyj": the
			// object follows the subject and its conjuncts.
			items := lr.list(s, not, ce, sp, "")
			from = s.Mentions[items[len(items)-1]].End
		}
		if k := first(from, ce); k >= 0 {
			// (Not past a second predicate: "welcomed progress on the deal and said they would
			// deepen cooperation" has no object; nor in a clause that a complementizer opens
			// after a noun: "welcomed news that the Gates Foundation and Norway …".)
			if lr.secondPredicate(keys, from, s.Mentions[k].Phrase) >= 0 || lr.clauseOpensBefore(s, from+1, s.Mentions[k].Phrase) ||
				lr.temporalSubject(s, s.Mentions[k]) {
				return -1
			}
			// An object noun before the actor is the object, unless the actor is a member of it:
			// "empfing die Ankommenden, darunter X".
			j := s.Mentions[k].Phrase - 1
			for j > from && lr.g.art[keys[j]] {
				j--
			}
			if lr.objectBefore(s, from, s.Mentions[k].Phrase) && !(j > from && lr.includingEnds(keys, j)) && !lr.namesApposed(s, sp, from, k) {
				// (A member after an including phrase and an extended attribute: "empfing die
				// Rückkehrer, darunter den in Deutschland verurteilten Wadim Krassikow".)
				for c := from; c < s.Mentions[k].Phrase; c++ {
					if at := lr.includedFrom(s, c); at > 0 {
						if a := lr.attributeEnd(s, at); a > 0 {
							if k := first(a, sentenceTo(keys, ce)); k >= 0 && s.Mentions[k].Phrase == a {
								return k
							}
						}
						break
					}
				}
				return -1 // "begrüßte das Urteil ebenso wie Schäuble": the object is the Urteil
			}
			return k
		}
		if k := lr.colonList(s, i, cs, ce, sp); k >= 0 {
			return k
		}
		// "begrüßte rund 70 Staats- und Regierungschefs, darunter auch Mugabe": the named
		// members of an object that names no one, after an including phrase and perhaps an
		// aside (not a verb: "unter ihnen fehlten Putin und Xi" says who was not there).
		// (An extended attribute may stand before the name: "darunter den in Deutschland
		// verurteilten Wadim Krassikow".)
		if at := lr.includedFrom(s, ce); ce > i+1 && at > 0 {
			if k := first(at, sentenceTo(keys, ce)); k >= 0 && s.Mentions[k].Phrase <= at+1 {
				return k
			}
		}
		// Verb last: "hat am Dienstag den Präsidenten getroffen"; after the subject's
		// conjuncts ("Mikl-Leitner und Doskozil besuchen die Grenze" has no object).
		if lr.g.verbFinal {
			from := cs
			if not >= 0 && s.Mentions[not].Phrase >= cs && s.Mentions[not].End <= i {
				items := lr.list(s, not, i, sp, "")
				// (Not past an including phrase right before a name: "hatte Xi Jinping unter
				// anderem Cyril Ramaphosa empfangen" names whom the subject received.)
				if x := slices.IndexFunc(items, func(it int) bool {
					p := s.Mentions[it].Phrase
					n := lr.includingLenEnding(s.Keys, p-1)
					return it != not && n > 0 && s.inName(p-1-n)
				}); x > 0 {
					items = items[:x]
				}
				if len(items) >= 2 {
					from = s.Mentions[items[len(items)-1]].End
				}
			}
			if k := first(from, i); k >= 0 {
				// (Not the object of another verb that a coordinator joins to a trigger with an
				// object of its own after it: "hatte Schelling informiert und erwartet die Antwort";
				// but "hat Putin abgeholt und empfangen" shares it.)
				if c := i - 1; c > s.Mentions[k].End && lr.g.coord[keys[c]] && s.Raw != nil && isWordKey(keys[c-1]) && !fold.IsUpper(s.Raw[c-1]) &&
					i+1 < len(keys) && keys[i+1] != "," && !tokenize.IsTerminal(keys[i+1]) {
					return -1
				}
				return k
			}
			// "hat den Regierungschef der Salomonen, Manasseh Sogavare, getroffen": the name in
			// apposition, set off by commas, right before the verb's clause.
			if cs >= 3 && keys[cs-1] == "," {
				if k := nameSetOff(s, cs-1, func(k int) bool { return k != not && ok(k) }); k >= 0 {
					return k
				}
				// "hatte zahlreiche Gäste, darunter Biden und Macron, empfangen": the named members
				// of an object set off by commas before the verb.
				// (The subject before the group: not "Die Außenminister, darunter Kerry, trafen".)
				if k := lr.includedBefore(s, cs, sp, func(k int) bool {
					return k != not && ok(k) && not >= 0 && s.Mentions[not].End < s.Mentions[k].Phrase
				}); k >= 0 {
					return k
				}
				// "Lula hatte Maduro, der erstmals teilnimmt, am Vortag empfangen": the antecedent
				// of a relative clause the main clause goes on after.
				if !lr.g.rel[keys[cs]] && !lr.g.subord[keys[cs]] {
					if _, a := lr.germanAntecedent(s, cs-1); a >= 0 && a != not && ok(a) &&
						not >= 0 && s.Mentions[not].End <= s.Mentions[a].Phrase {
						return a
					}
				}
			}
			return -1
		}
	case "behalf":
		return lr.behalfAfter(s, sentenceTo(keys, i), i, sp)
	case "cue":
		if sp.adjacent && (i+1 >= len(keys) || !sp.cues[keys[i+1]]) {
			return -1 // "Nach Angaben von X", not "Nach erster Einschätzung handelt es sich um … von X"
		}
		// After the trigger, or before it when the verb comes last ("sich mit X treffen"). Not
		// in another verb's phrase: "met Akufo-Addo to strengthen ties with China"; not the cue
		// of another noun: "Bei seinen Gesprächen verteidigte Kerry das Atomabkommen mit dem Iran".
		if k := first(i+1, ce); k >= 0 && !lr.cueBreak(s, i+1, s.Mentions[k].Phrase, sp.cues) &&
			!lr.othersCue(s, i, s.Mentions[k].Phrase, sp.cues) {
			if sp.adjacent && s.Mentions[k].Phrase > i+4 {
				return -1 // "laut Einschätzungen der Ratingagentur … der Ukraine": the cue's noun is no actor
			}
			return k
		}
		if k := lr.colonList(s, i, cs, ce, sp); k >= 0 {
			return k
		}
		// The name in apposition, after the clause's comma, to a role the cue governs: "held
		// talks with his host, Cuban President Raúl Castro,".
		// (Closed by a comma, the sentence's end, a preposition, a coordinator, a relative
		// pronoun or an adverb of time: not the subject of the next clause, "talks with an
		// Iranian diplomat, President Joe Biden said".)
		if ce+1 < len(keys) && keys[ce] == "," && lr.cueOverApposition(s, ce+1, sp.cues) {
			if k := first(ce+1, min(len(keys), ce+12)); k >= 0 && s.Mentions[k].Phrase == ce+1 {
				if e := s.Mentions[k].End; e >= len(keys) || keys[e] == "," || tokenize.IsTerminal(keys[e]) || lr.g.prep[keys[e]] ||
					lr.g.coord[keys[e]] || lr.g.rel[keys[e]] || lr.g.otherTimes[keys[e]] {
					return k
				}
			}
		}
		if lr.g.verbFinal && !sp.adjacent {
			if sp.nearest {
				// The agent of a passive follows its auxiliary ("wurde von Peskow dementiert"); a
				// "von" right after a noun belongs to it ("Die Reise von Scholz wurde bestätigt").
				for k := len(s.Mentions) - 1; k >= 0; k-- {
					m := s.Mentions[k]
					if m.Phrase < cs || m.End > i || !ok(k) {
						continue
					}
					c := m.Phrase - 1
					for c > cs && lr.g.art[keys[c]] {
						c--
					}
					// (Not a noun a preposition governs: "wurde am späten Abend von Mogherini
					// verkündet".)
					p := c - 2
					for p > cs && s.Raw != nil && (hasAdjEnding(keys[p]) && !fold.IsUpper(s.Raw[p]) || lr.g.art[keys[p]]) {
						p--
					}
					if c > cs && s.Raw != nil && fold.IsUpper(s.Raw[c-1]) && isWordKey(keys[c-1]) && !s.inPhrase(c-1) && !(p >= 0 && lr.g.prep[keys[p]]) {
						return -1
					}
					if !lr.g.passiveAux.anyOf(keys[cs:c]) {
						return -1
					}
					return k
				}
				return -1
			}
			if k := first(cs, i); k >= 0 {
				// "Gemeinsam mit Uschakow hatte Lawrow mit Rubio verhandelt": not the cue of a
				// companion phrase when the cue comes again.
				if lr.companionBefore(s, s.Mentions[k]) {
					if k2 := first(s.Mentions[k].End, i); k2 >= 0 {
						return k2
					}
				}
				return k
			}
			if k := lr.cueAntecedent(s, sp, cs, ok); k >= 0 {
				return k
			}
			return lr.frontedCue(s, sp, cs, ok)
		}
	}
	return -1
}

// colonList returns the first of the people listed after a colon at the end of the sentence,
// when the cue in trigger i's clause (or, for an object found after it, the trigger itself)
// governs a role that names no one: "kamen mit den Aussenministern der drei Garantiemächte
// zusammen: A (Griechenland), B (Türkei) und C". Else -1.
func (lr *langRules) colonList(s *Sentence, i, cs, ce int, sp slotSpec) int {
	keys := s.Keys
	// Only articles, numbers and adjectives stand between the trigger (or the cue) and the role:
	// "met the leaders of …", "mit zwei Präsidenten", not "met reporters to discuss the fate of
	// two leaders".
	modifier := func(k string) bool {
		_, n := lr.g.numbers[k]
		return lr.g.art[k] || n || hasAdjEnding(k)
	}
	final := lr.g.verbFinal && i+1 < len(keys) && keys[i+1] == ":"
	role := slices.IndexFunc(s.Unknown, func(u Mention) bool {
		j := u.Phrase - 1
		for j > cs && modifier(keys[j]) {
			j--
		}
		if sp.find == "after" && final {
			// A German object before a verb that ends the clause right before the colon: "hat
			// die Präsidenten der fünf Staaten getroffen: A, B und C" (no preposition governs it).
			return u.Phrase > cs && u.End <= i && j >= cs && j < u.Phrase && !lr.g.prep[keys[j]]
		}
		if sp.find == "after" {
			return u.Phrase > i && u.End <= ce && j == i
		}
		return u.Phrase >= cs && u.End <= ce && j >= cs && sp.cues[keys[j]]
	})
	if role < 0 {
		return -1
	}
	// The colon closes the role's clause: no comma, coordinator or negation before it ("met the
	// G7 foreign ministers, but not their bosses: A and B").
	c := max(i, s.Unknown[role].End)
	for c < len(keys) && keys[c] != ":" {
		if isStrongBoundary(keys[c]) || quoteKey(keys[c]) || keys[c] == "," || lr.g.coord[keys[c]] || lr.g.contrast[keys[c]] ||
			keys[c] == "not" || keys[c] == "nicht" {
			return -1
		}
		c++
	}
	for k, m := range s.Mentions {
		if m.Phrase <= c || !lr.onlyArticles(keys, c+1, m.Phrase) {
			continue
		}
		if !sp.accepts(m) || !m.Named {
			return -1
		}
		items := lr.list(s, k, len(keys), sp, "")
		end := s.Mentions[items[len(items)-1]].End
		if end < len(keys) && keys[end] == "(" {
			if q := matching(keys, end, 1); q > 0 {
				end = q + 1 // "und Boris Johnson (Grossbritannien)."
			}
		}
		if len(items) < 2 || (end < len(keys) && !tokenize.IsTerminal(keys[end])) {
			return -1
		}
		return k
	}
	return -1
}

// objectBefore reports whether, in German, a noun phrase that names no actor stands in tokens
// [from, to) as the verb's object: an article that no preposition governs, then a capitalised
// word outside every mention ("das Urteil", "die Gäste").
func (lr *langRules) objectBefore(s *Sentence, from, to int) bool {
	if !lr.g.caseTriggers || s.Raw == nil {
		return false
	}
	for j := from; j+1 < to; j++ {
		if !lr.g.art[s.Keys[j]] || (j > 0 && lr.g.prep[s.Keys[j-1]]) || s.inPhrase(j) || s.covered(j) {
			continue
		}
		// (A genitive after a noun is the noun's: "die Sitzung des Sicherheitsrats".)
		if lr.g.gen[s.Keys[j]] && j > from && fold.IsUpper(s.Raw[j-1]) && isWordKey(s.Keys[j-1]) {
			continue
		}
		for n := j + 1; n < to && n <= j+3; n++ {
			if fold.IsUpper(s.Raw[n]) && isWordKey(s.Keys[n]) {
				// (Not the role of the names in apposition after it: "ihre indischen
				// Amtskollegen, Swaraj und Sitharaman".)
				if !s.inPhrase(n) && !s.covered(n) && !(lr.g.peopleNouns[s.Keys[n]] && n+2 == to && s.Keys[n+1] == ",") && !lr.roleApposed(s, n, to) {
					return true
				}
				break
			}
			if !hasAdjEnding(s.Keys[n]) {
				break
			}
		}
	}
	return false
}

// extendedAttribute reports whether the German verb form at token i is an inflected participle
// inside a noun phrase its article opens: "den in Belarus zum Tode verurteilten Deutschen", "der
// scharf kritisierte Minister". Between the article and the participle stand only lower-case
// words and prepositional phrases; a capitalised word follows it, which begins no actor's phrase
// when the participle follows the article right away ("Das sagte Bundespräsident Fischer" is a
// verb).
func (lr *langRules) extendedAttribute(s *Sentence, i int) bool {
	keys := s.Keys
	if !lr.g.caseTriggers || s.Raw == nil || i+1 >= len(keys) || !participleForm(keys[i]) || fold.IsUpper(s.Raw[i]) ||
		!fold.IsUpper(s.Raw[i+1]) || !isWordKey(keys[i+1]) {
		return false
	}
	// (Past the article of a phrase a preposition governs, closed by its noun: "den in
	// Deutschland wegen des Tiergartenmords verurteilten Krassikow"; not "zu einem kurzfristig
	// vereinbarten Abendessen".)
	noun := false // a noun between token a and the participle
	a := i - 1
	for a >= 0 && i-a <= 12 && (!lr.g.art[keys[a]] || a > 0 && lr.g.prep[keys[a-1]] && noun) {
		noun = noun || fold.IsUpper(s.Raw[a])
		a--
	}
	if a < 0 || i-a > 12 || a > 0 && (keys[a-1] == "," || lr.g.subord[keys[a-1]]) {
		return false // no article, or a relative pronoun: ", die in Belarus … verurteilten"
	}
	if a+1 == i {
		return !slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase == i+1 || m.Start == i+1 })
	}
	// (Nor after the demonstrative "Das" and an adverb, a verb before its subject: "Das
	// wiederum kritisierte Olaf Scholz".)
	if a == sentenceFrom(keys, a) && (keys[a] == "das" || keys[a] == "dies") {
		return false
	}
	inPrep := false
	for j := a + 1; j < i; j++ {
		switch k := keys[j]; {
		case !isWordKey(k):
			return false
		case participleForm(k) && j+1 < i && fold.IsUpper(s.Raw[j+1]) && !(inPrep && lr.g.art[keys[j-1]]):
			// The phrase ended at its noun: "Der von Trump nominierte Botschafter Grenell
			// kritisierte" (not an adjective after the article of a phrase a preposition
			// governs: "wegen des sogenannten Tiergartenmords").
			return false
		case lr.g.prep[k]:
			inPrep = true
		case fold.IsUpper(s.Raw[j]) && !inPrep:
			return false // a noun between: "Die Regierungschefs verurteilten Russland"
		}
	}
	return lr.g.prep[keys[a+1]] || !fold.IsUpper(s.Raw[a+1])
}

// attributeEnd returns where the name after an extended attribute that the article at token a
// opens begins ("den in Deutschland verurteilten | Wadim Krassikow"), or -1.
func (lr *langRules) attributeEnd(s *Sentence, a int) int {
	if !lr.g.art[s.Keys[a]] {
		return -1
	}
	for j := a + 2; j < len(s.Keys)-1 && j <= a+12; j++ {
		if lr.extendedAttribute(s, j) && slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase == j+1 }) {
			return j + 1
		}
	}
	return -1
}

// temporalPhrase reports whether the noun at token j ends a phrase a preposition of time
// governs: "seit dem Hamas-Angriff", "after the attack" (an article, adjectives and the parts of
// a compound may stand between).
func (lr *langRules) temporalPhrase(keys []string, j int) bool {
	for k := j - 1; k >= 0 && j-k <= 5; k-- {
		switch key := keys[k]; {
		case lr.g.temporal[key]:
			return true
		case lr.g.art[key] || key == "-" || hasAdjEnding(key) || isWordKey(key) && k+1 < len(keys) && keys[k+1] == "-":
		default:
			return false
		}
	}
	return false
}

// reportDenied reports whether the trigger at i stands in a complement of a report that a
// denial before it rejects: "wies einen Bericht zurück, wonach …", "denied reports that …" (a
// report noun of grammar report_nouns, then a complementizer, after a word of grammar denials).
func (lr *langRules) reportDenied(keys []string, i int) bool {
	from := sentenceFrom(keys, i)
	for c := i - 1; c > from; c-- {
		if !lr.g.comp[keys[c]] {
			continue
		}
		// (The noun may stand before a German verb at the end: "einen Bericht zurückgewiesen,
		// wonach"; a report of a refusal, "reports that Putin had refused to meet Trump", is no
		// report of a meeting.)
		negatedInside := slices.ContainsFunc(keys[c+1:i], lr.negationWord)
		return !negatedInside && lr.g.reportNouns.anyOf(keys[max(from, c-4):c]) && (lr.denies(keys, from, c) || lr.g.reportDenials.anyOf(keys[from:c]))
	}
	return false
}

// reportedSubject reports whether people named right after the verb of saying at j (only
// articles between) are the subject of a clause, reported without "that", that trigger i ends:
// only words that follow subjects (auxiliaries, "also", negations) stand between them and the
// trigger. "The Kremlin said Putin had demanded guarantees", "said Putin and Xi did not meet".
func (lr *langRules) reportedSubject(s *Sentence, sp slotSpec, j, i int) bool {
	keys := s.Keys
	person := func(m Mention) bool { return m.End <= i && sp.accepts(m) && m.Type == "person" }
	at := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Phrase > j && person(m) && lr.onlyArticles(keys, j+1, m.Phrase) })
	if at < 0 {
		return false
	}
	m := s.Mentions[at]
	// (Or a short verb phrase with an infinitive: "said Putin wants to speak with Trump", "said
	// Putin had no concrete plans to speak with Trump".)
	if i-1 > m.End && i-1-m.End <= 4 && lr.g.infinitiveMarkers[keys[i-1]] &&
		!slices.ContainsFunc(keys[m.End:i-1], func(k string) bool {
			return !isWordKey(k) || lr.g.coord[k] || lr.g.prep[k] || lr.g.comp[k] || lr.g.infinitiveMarkers[k]
		}) {
		return true
	}
	for k := m.End; k < i; k++ {
		// (Or an auxiliary chain: "would not be meeting", "won't meet" with its "wo".)
		if lr.g.afterSubject[keys[k]] || lr.g.saidOpeners[keys[k]] || lr.negationWord(keys[k]) || lr.g.passiveAux[keys[k]] ||
			k+1 < i && keys[k+1] == "n't" {
			continue
		}
		// (Or the comma that closes a name in apposition: "said the foreign secretary, Boris
		// Johnson, had summoned …".)
		if keys[k] == "," && k == m.End && s.titleApposed(m) {
			continue
		}
		// The list goes on: "Putin and Xi", "Putin, Xi and Modi".
		next := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Phrase > k && person(m) && lr.onlyArticles(keys, k+1, m.Phrase) })
		if (keys[k] != "," && !lr.g.coord[keys[k]]) || next < 0 {
			return false
		}
		k = s.Mentions[next].End - 1
	}
	return true
}

// verbBeforeNoun reports whether k is an English verb form in the past, or a verb of saying,
// that a form like "claims" or "demands" right after it is the object of: "denied claims",
// "rejected demands", "said states must …" (a finite verb follows no other).
func (lr *langRules) verbBeforeNoun(k string) bool {
	return !lr.g.verbFinal && (lr.reports(k) || len(k) > 4 && strings.HasSuffix(k, "ed"))
}

// cueAntecedent returns, when the clause at cs is a relative one that opens with the cue and a
// relative pronoun (", mit dem er telefoniert hatte"), the pronoun's antecedent before the
// comma: the person there, or, with a pronoun that is no article ("mit denen": the dative
// plural has a form of its own), the first of the list that ends there; else -1.
func (lr *langRules) cueAntecedent(s *Sentence, sp slotSpec, cs int, ok func(k int) bool) int {
	keys := s.Keys
	if cs < 2 || cs+1 >= len(keys) || keys[cs-1] != "," || !sp.cues[keys[cs]] || !(lr.g.rel[keys[cs+1]] || lr.g.obliqueRelatives[keys[cs+1]]) {
		return -1
	}
	// (German may put the relative clause after the verbs that close the clause: "seien mit
	// Putin abgestimmt gewesen, mit dem".)
	last := -1
	for k, m := range s.Mentions {
		if m.End == cs-1 || m.End < cs-1 && lr.clauseEndVerbs(s, m.End, cs-1) {
			last = k
		}
	}
	if last < 0 || !sp.accepts(s.Mentions[last]) {
		return -1
	}
	// (Not the owner of the noun the pronoun stands for: "den Beratern von Putin, mit denen",
	// "die Delegation Selenskyjs, mit der".)
	// (A German preposition that a verb governs, no noun before it, governs the antecedent
	// itself: "seien mit Kremlchef Wladimir Putin abgestimmt gewesen, mit dem Lukaschenko
	// telefoniert hatte".)
	if r, w := lr.governs(s, s.Mentions[last]); r == genitiv || r == prep && !lr.verbPrep(s, s.Mentions[last], w) {
		return -1
	}
	if !lr.g.art[keys[cs+1]] {
		// (A plural pronoun stands for a list: "… Tamim und … al-Sisi, mit denen".)
		for k := range last {
			if sp.accepts(s.Mentions[k]) && slices.Contains(lr.list(s, k, cs-1, sp, ""), last) {
				return k
			}
		}
		return -1
	}
	return last
}

// verbPrep reports whether the German preposition w that governs mention m stands after a word
// in lower case that is no article nor preposition, so a verb's, not a noun's: "war mit Putin
// abgestimmt", not "den Berater von Putin".
func (lr *langRules) verbPrep(s *Sentence, m Mention, w string) bool {
	if !lr.g.caseTriggers || s.Raw == nil {
		return false
	}
	p := m.Phrase - 1
	for p > 0 && lr.g.art[s.Keys[p]] {
		p--
	}
	if p < 1 || s.Keys[p] != w {
		return false
	}
	b := p - 1
	return lowerWord(s, b) && !lr.g.art[s.Keys[b]] && !lr.g.prep[s.Keys[b]]
}

// frontedCue returns, when the clause at cs follows a relative clause on a name that a cue
// phrase opening the sentence governs ("Mit US-Präsident Trump, der sich ebenfalls in dem
// Badeort aufhielt, traf Sarif nicht zusammen"), that name; else -1.
func (lr *langRules) frontedCue(s *Sentence, sp slotSpec, cs int, ok func(k int) bool) int {
	keys := s.Keys
	if cs < 2 || keys[cs-1] != "," {
		return -1
	}
	g, k := lr.germanAntecedent(s, cs-1)
	if k < 0 || !ok(k) {
		return -1
	}
	from, c := sentenceFrom(keys, g), s.Mentions[k].Phrase-1
	for c > from && lr.g.art[keys[c]] {
		c--
	}
	if c == from && sp.cues[keys[c]] {
		return k
	}
	return -1
}

// pronoun reports whether k is a personal pronoun of grammar pronouns ("er", "sie", "he").
func (lr *langRules) pronoun(k string) bool {
	_, ok := lr.g.pronouns[k]
	return ok
}

// finiteCueBefore reports whether a negated cue in keys[from:to] is an English verb in the
// past ("denied", "dismissed", "rejected") with no "to" after it: a finite predicate of its own.
func (lr *langRules) finiteCueBefore(keys []string, from, to int) bool {
	for j := from; j < to; j++ {
		if strings.HasSuffix(keys[j], "ed") && slices.ContainsFunc(lr.g.cues[keys[j]], func(q cue) bool { return q.kind == cueNegated && lr.cueAt(keys, j, q, -1) }) {
			return !slices.Contains(keys[j+1:to], "to")
		}
	}
	return false
}

// secondSaying returns the verb of saying after the last coordinator (as coord tells) in
// keys(from, to], looking back from to: the verb that governs what follows it ("dementierte die
// Kritik und sagte, …"); or -1.
func (lr *langRules) secondSaying(keys []string, from, to int, coord func(string) bool) int {
	for j := to; j > from; j-- {
		if coord(keys[j]) && lr.reports(keys[j+1]) {
			return j + 1
		}
	}
	return -1
}

// conjunction reports whether k is a coordinator that adds, no disjunction: "und", "and".
func (lr *langRules) conjunction(k string) bool { return lr.g.coord[k] && !lr.g.disjunctions[k] }

// negationWord reports whether k is a negated cue of one word ("not", "never", "nicht").
func (lr *langRules) negationWord(k string) bool { return lr.g.negations[k] }

// denies reports whether keys[from:to] holds a word of grammar denials or a separable verb of
// denial with its particle ("wies am Montag Berichte zurück").
func (lr *langRules) denies(keys []string, from, to int) bool {
	// (Not one negated itself: "wies den Bericht nicht zurück, wonach …" leaves it a report.)
	negated := func(j int) bool {
		return slices.ContainsFunc(keys[from:to], func(k string) bool {
			return k != keys[j] && lr.negationWord(k) && !lr.g.denials[k] && lr.g.denialSeparable[k] == nil
		})
	}
	for j := from; j < to; j++ {
		if lr.g.denials[keys[j]] {
			return !negated(j)
		}
		if ps := lr.g.denialSeparable[keys[j]]; ps != nil && lr.closingParticle(keys[:to], j, ps) >= 0 {
			return !negated(j)
		}
	}
	return false
}

// toldByParty reports whether a one-word cue of hearsay in tokens [from, to) is a verb whose
// subject is a party of pair p, right after it or right before it: "In der von Maas geleiteten
// Sitzung berichtete die Jesidin Murad" tells what Murad said, no hearsay of the meeting.
func (lr *langRules) toldByParty(s *Sentence, from, to int, p [2]int) bool {
	keys := s.Keys
	for j := from; j < to; j++ {
		if !lr.g.reports[keys[j]] || !slices.ContainsFunc(lr.g.cues[keys[j]], func(c cue) bool { return c.kind == cueReported && len(c.words) == 1 }) {
			continue // (a verb of telling, not "reportedly")
		}
		for _, k := range p {
			if k < 0 || k >= len(s.Mentions) {
				continue
			}
			m := s.Mentions[k]
			if m.Type == "person" && (m.End == j || m.Phrase > j && lr.onlyArticles(keys, j+1, m.Phrase)) {
				return true
			}
		}
	}
	return false
}

// offered reports whether the trigger at i is an infinitive governed by a word of grammar
// offers: "was ready to meet", "sei bereit, mit Deutschland zu sprechen".
func (lr *langRules) offered(s *Sentence, i, cs int) bool {
	keys := s.Keys
	if len(lr.g.offers) == 0 {
		return false
	}
	// (English: a predicate after a copula or a word of grammar offer_links, "was ready to
	// meet", "remained willing to sit down"; not "prepared to meet Putin", a verb, nor "getting
	// ready to".)
	if i >= 3 && keys[i-1] == "to" && lr.g.offers[keys[i-2]] && (lr.g.copulas[keys[i-3]] || lr.g.passiveAux[keys[i-3]] || lr.g.offerLinks[keys[i-3]]) {
		return true
	}
	if !lr.infinitive(keys, i, cs) {
		return false
	}
	// (Not a readiness in the past, which the text tells because it came to nothing: "Er sei
	// bereit gewesen, … Selenskyj zu treffen".)
	for _, g := range lr.governing(s, cs) {
		if lr.g.offers.anyOf(keys[g[0]:g[1]]) && !lr.g.perfect.anyOf(keys[g[0]:g[1]]) && !slices.Contains(keys[g[0]:g[1]], "gewesen") {
			return true
		}
	}
	return false
}

// participleForm reports whether a German verb form ends like an inflected participle: a weak
// one ("kritisierte", "verurteilten") or a strong one ("geschriebene"); not a strong
// preterite ("wies", "hieß").
func participleForm(k string) bool {
	for _, e := range []string{"te", "ten", "tes", "ter", "tem", "ene", "enen", "ener", "enes", "enem"} {
		if strings.HasSuffix(k, e) {
			return true
		}
	}
	return false
}

// roleApposed reports whether the role noun at token n the extractor could name no one for
// (s.Unknown) is in apposition to the name whose phrase begins at token to, through a genitive
// attribute and a comma: "den Chef des russischen Auslandsgeheimdienstes, Sergej Naryschkin".
func (lr *langRules) roleApposed(s *Sentence, n, to int) bool {
	keys := s.Keys
	if to-n < 2 || keys[to-1] != "," || !s.inUnknown(n) {
		return false
	}
	j := n + 1
	for j < to-1 && s.covered(j) {
		j++ // a title's own words ("Chef der Präsidialverwaltung")
	}
	if j == to-1 {
		return true
	}
	if !lr.g.gen[keys[j]] || to-1-j > 5 {
		return false
	}
	for j++; j < to-1; j++ {
		if !(isWordKey(keys[j]) || keys[j] == "-") || lr.g.coord[keys[j]] || lr.g.prep[keys[j]] {
			return false
		}
	}
	return true
}

// sequenced reports whether a word of grammar sequence stands between two of the listed
// mentions ms: "zunächst Li Keqiang und danach Xi Jinping" met one after the other.
func (lr *langRules) sequenced(s *Sentence, ms []int) bool {
	for j := 1; j < len(ms); j++ {
		a, b := s.Mentions[ms[j-1]], s.Mentions[ms[j]]
		if a.End < b.Phrase && slices.ContainsFunc(s.Keys[a.End:b.Phrase], func(k string) bool { return lr.g.sequence[k] }) {
			return true
		}
	}
	return false
}

// separate reports whether a word or phrase of tokens [cs, ce) says that the parties met one
// by one ("getrennt", "in einzelnen Gesprächen").
func (lr *langRules) separate(keys []string, cs, ce int) bool {
	for j := max(cs, 0); j < min(ce, len(keys)); j++ {
		// ("Russia and Ukraine each signed a deal with Turkey"; not "with each other".)
		if lr.g.separately[keys[j]] && !phraseStartsAt(keys, j, lr.g.reciprocals) {
			return true
		}
	}
	return phraseIn(keys, max(cs, 0), min(ce, len(keys)), lr.g.separatelyPhrases) >= 0
}

// together reports whether a word of tokens [cs, ce) says that several parties met as one
// ("Vierergipfel", "trilateral"); German compounds count by their first part.
func (lr *langRules) together(keys []string, cs, ce int) bool {
	for _, k := range keys[max(cs, 0):min(ce, len(keys))] {
		if lr.g.together[k] {
			return true
		}
		if lr.g.caseTriggers {
			for n := 5; n < len(k); n++ {
				if lr.g.together[k[:n]] {
					return true
				}
			}
		}
	}
	return false
}

// plainList reports whether mentions ks are one list: only commas, coordinators and articles
// between them, or the next side's cue of the object slot's cues.
func (lr *langRules) plainList(s *Sentence, ks []int, cues set) bool {
	for j := 1; j < len(ks); j++ {
		prev, m := s.Mentions[ks[j-1]], s.Mentions[ks[j]]
		// (An item's origin is its own: "King Abdullah II of Jordan, President el-Sisi of Egypt".)
		// (Or an including phrase after a conjunct that names no one: "Selenskyj sowie
		// Delegationen aus 90 Staaten, unter ihnen Harris".)
		end := lr.originEnd(s, prev.End)
		if c := lr.appositionThen(s, end); c > 0 && c < m.Phrase {
			end = c // "Parolin, the Vatican secretary of state, and Gallagher"
		}
		if !lr.joins(s.Keys, end, coveredFrom(s, end, m.Phrase)) && !namedAfterComma(s, through(prev, end), m, lr) && !lr.rolesBetween(s, prev.End, m.Phrase) &&
			!slices.Contains(lr.includedAfter(s, ks[j-1], slotSpec{types: set{m.Type: true}, possessive: m.Possessive}), ks[j]) &&
			!lr.onBehalfBetween(s, prev.End, m.Phrase) && !lr.sideCue(s.Keys, prev.End, m.Phrase, cues) {
			return false
		}
	}
	return true
}

// absoluteWith reports whether the list that begins with mention k after w ("with") is the
// subject of an English absolute construction whose participle is trigger i: "…, with X and
// Y putting pen to paper".
func (lr *langRules) absoluteWith(s *Sentence, k, i int, w string, to int, sp slotSpec) bool {
	if lr.g.verbFinal || !lr.g.with[w] {
		return false
	}
	items := lr.list(s, k, to, sp, "")
	return len(items) > 0 && lr.absoluteVerb(s.Keys, s.Mentions[items[len(items)-1]].End, i)
}

// absoluteVerb reports whether trigger i is the verb of an English absolute construction whose
// subject ends at token end: a participle right after it ("with Eichel saying"), or an
// infinitive after one, perhaps after an adverb ("with Bagheri Kani again refusing to meet
// Malley").
func (lr *langRules) absoluteVerb(keys []string, end, i int) bool {
	// (An adverb may stand before the participle: "with Trump first announcing", "with Xi
	// personally overseeing".)
	if end+1 == i && (strings.HasSuffix(keys[end], "ly") || lr.g.sequence[keys[end]] || keys[end] == "first" || keys[end] == "also" || keys[end] == "again") {
		end = i
	}
	if end == i {
		return lr.isParticiple(keys[i])
	}
	return i >= 2 && lr.g.infinitiveMarkers[keys[i-1]] && lr.isParticiple(keys[i-2]) && (end == i-2 || end == i-3 && isWordKey(keys[i-3]))
}

// disjoint reports whether a disjunction stands in the list of mentions ks, or right before
// it: "either Tchiani or Bazoum".
func (lr *langRules) disjoint(s *Sentence, ks []int) bool {
	if len(ks) < 2 {
		return false
	}
	// (From the first to the last in the text: a companion before the list may come last in ks.)
	from, to := s.Mentions[ks[0]].Phrase, s.Mentions[ks[0]].Phrase
	for _, k := range ks[1:] {
		from, to = min(from, s.Mentions[k].Phrase), max(to, s.Mentions[k].Phrase)
	}
	return lr.g.disjunctions.anyOf(s.Keys[max(from-1, 0):to])
}

// withRightAfter returns the actor of a "mit"/"with" phrase right after trigger i (articles
// and its title may stand between), or -1.
func (lr *langRules) withRightAfter(s *Sentence, i int) int {
	if i+1 >= len(s.Keys) || !lr.g.with[s.Keys[i+1]] {
		return -1
	}
	for k, m := range s.Mentions {
		// Not an owner: "mit Putins Gegner X", "with Trump's assessment".
		if m.Phrase > i+1 && m.Type == "person" && !m.Possessive && lr.onlyArticles(s.Keys, i+2, m.Phrase) {
			return k
		}
	}
	return -1
}

// companionsIn returns the actors of the clause [cs, ce), other than not, introduced by a
// companion phrase ("gemeinsam mit", "together with"), when not is not empty.
func (lr *langRules) companionsIn(s *Sentence, cs, ce int, sp slotSpec, not []int) []int {
	if len(not) == 0 {
		return nil
	}
	var out []int
	for k, m := range s.Mentions {
		if slices.Contains(not, k) || m.Phrase < cs || m.End > ce || !sp.accepts(m) || m.Type == "group" {
			continue
		}
		// (With the rest of its list: "gemeinsam mit Lula, Milei und Peña"; not the companions
		// of witnesses: "as Tsipras and Zaev looked on, alongside Nimetz and Mogherini".)
		if p := lr.companionAt(s, m); p >= 0 && !lr.afterWitnessing(s.Keys, p-1) {
			for _, it := range lr.list(s, k, ce, sp, "") {
				if !slices.Contains(out, it) && !slices.Contains(not, it) {
					out = append(out, it)
				}
			}
		}
	}
	return out
}

// companionIn reports whether a companion phrase of the grammar ("neben", "gemeinsam mit")
// stands in keys[from:to].
func (lr *langRules) companionIn(keys []string, from, to int) bool {
	return phraseIn(keys, from, to, lr.g.companions) >= 0
}

// phraseIn returns where the first of phrases that lies wholly in keys[from:to] begins, or -1.
func phraseIn(keys []string, from, to int, phrases [][]string) int {
	for i := from; i < to; i++ {
		if slices.ContainsFunc(phrases, func(p []string) bool { return i+len(p) <= to && hasPhrase(keys, i, p) }) {
			return i
		}
	}
	return -1
}

// companionBefore reports whether a companion phrase of the grammar ("gemeinsam mit",
// "together with", "zusammen mit dem Präsidenten X") stands before mention m, articles apart.
func (lr *langRules) companionBefore(s *Sentence, m Mention) bool { return lr.companionAt(s, m) >= 0 }

// companionAt returns where the companion phrase before mention m begins (see
// companionBefore), or -1.
func (lr *langRules) companionAt(s *Sentence, m Mention) int {
	// (Or the owner of the title: "gemeinsam mit Frankreichs Präsident Macron".)
	j := lr.backOver(s, m.Phrase, func(k int) bool { return lr.g.art[s.Keys[k]] }) - 1
	// (Or the plural noun the names spell out: "together with four Nordic prime ministers:
	// Denmark's Mette Frederiksen, …", "gemeinsam mit drei Amtskollegen, X, Y und Z".)
	if d := lr.pluralLead(s, j); d >= 0 {
		j = d
	}
	// Not one that opens a clause of its own: "…, während neben Meloni auch Sánchez in Rom
	// blieb", "das neben Meloni auch Sánchez kritisierte".
	for _, p := range lr.g.companions {
		ps := j + 1 - len(p)
		opens := ps > 0 && (lr.g.subord[s.Keys[ps-1]] || lr.g.rel[s.Keys[ps-1]] || lr.g.comp[s.Keys[ps-1]])
		if ps >= 0 && hasPhrase(s.Keys, ps, p) && !opens {
			return ps
		}
	}
	return -1
}

// listAsideStart returns where an aside that ends at the comma c begins when the clause at ps,
// after a comma, is a list's last items: back over the list's commas (a coordinator closes it)
// to the prepositional phrase it ends, "Xi, on a tour of Colombia, Venezuela and Brazil, held
// talks"; else ps. (Not a list in apposition to a noun: "Die Außenminister der drei Länder,
// Wadephul, Barrot und Lammy, erklärten".)
func (lr *langRules) listAsideStart(s *Sentence, ps, c int) int {
	keys := s.Keys
	lp := ps
	for lp >= 2 && keys[lp-1] == "," && lr.hasCoord(keys, lp, c) &&
		slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.End == lp-1 && m.Named }) &&
		slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase >= lp && m.Named && lr.onlyArticles(keys, lp, m.Phrase) }) {
		lp, _ = lr.clause(keys, lp-2)
	}
	if lr.g.prep[keys[lp]] {
		return lp
	}
	return ps
}

// speakerApposed returns the person named in apposition after the role that follows an
// English verb of saying right after a quote, the role's clause ending at ce with a comma:
// "'…,' said the AU's envoy for the Horn of Africa, former Nigerian president Olusegun Obasanjo,
// who …". The role opens with an article and holds at most ten words and no person; the name is
// closed by a comma, the sentence's end or a relative pronoun. Else -1.
func (lr *langRules) speakerApposed(s *Sentence, i, ce int) int {
	keys := s.Keys
	if lr.g.freeInversion || !afterQuote(keys, i) || ce+1 >= len(keys) || keys[ce] != "," || i+1 >= ce || ce-i > 11 || !lr.g.art[keys[i+1]] ||
		slices.ContainsFunc(keys[i+1:ce], func(k string) bool { return !isWordKey(k) && k != "'s" && k != "-" }) ||
		slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase > i && m.Phrase < ce && m.Type == "person" }) {
		return -1
	}
	return lr.apposedName(s, ce)
}

// nounPhrases reports whether tokens [from, to) hold only prepositions, articles and
// capitalised words: the prepositional phrases that go on describing a German role ("der
// Sondergesandte der AU für das Horn von Afrika"), no verb.
func (lr *langRules) nounPhrases(s *Sentence, from, to int) bool {
	if s.Raw == nil {
		return false
	}
	for j := from; j < to; j++ {
		if !lr.g.prep[s.Keys[j]] && !lr.g.art[s.Keys[j]] && !(isWordKey(s.Keys[j]) && fold.IsUpper(s.Raw[j])) {
			return false
		}
	}
	return true
}

// apposedName returns the person named right after the comma at c, the name closed by a comma,
// the sentence's end or a relative pronoun: a name in apposition to what the comma closes. Else
// -1.
func (lr *langRules) apposedName(s *Sentence, c int) int {
	keys := s.Keys
	if c+1 >= len(keys) || keys[c] != "," {
		return -1
	}
	for k, m := range s.Mentions {
		if m.Phrase != c+1 {
			continue
		}
		if e := m.End; m.Type == "person" && m.Named && (e >= len(keys) || keys[e] == "," || tokenize.IsTerminal(keys[e]) || lr.g.rel[keys[e]]) {
			return k
		}
		break
	}
	return -1
}

// pluralLead returns, when token j is a colon or comma after a plural noun of people that a
// list of names spells out ("together with four Nordic prime ministers: Denmark's Mette
// Frederiksen, …"), the last token of the companion phrase before that noun's phrase, or -1.
// After a comma the phrase must count its people ("gemeinsam mit drei Amtskollegen, X, Y und
// Z"): "together with other leaders, Macron said" is a clause of its own. The phrase has at
// most five words and names no actor.
func (lr *langRules) pluralLead(s *Sentence, j int) int {
	keys := s.Keys
	if j < 2 || (keys[j] != ":" && keys[j] != ",") || !lr.g.peopleNouns[keys[j-1]] {
		return -1
	}
	counted := false
	for k := j - 1; k > 0 && j-k <= 5; k-- {
		if !isWordKey(keys[k]) && keys[k] != "'s" || s.inPhrase(k) || s.covered(k) {
			return -1
		}
		if _, ok := lr.g.numbers[keys[k]]; ok {
			counted = true
		}
		if slices.ContainsFunc(lr.g.companions, func(p []string) bool { return k-len(p) >= 0 && hasPhrase(keys, k-len(p), p) }) {
			if keys[j] == "," && !counted || lr.subjectAfter(s, j) {
				return -1
			}
			return k - 1
		}
	}
	return -1
}

// subjectAfter reports whether the people named after token j are the subject of a verb that
// follows them: "along with three other leaders: Meloni said the meeting went well" opens a
// clause of its own, and spells out no one.
func (lr *langRules) subjectAfter(s *Sentence, j int) bool {
	k := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Phrase > j && m.Type == "person" })
	if k < 0 {
		return false
	}
	items := lr.list(s, k, len(s.Keys), companionParties, "")
	return lr.verbAfterItem(s, s.Mentions[items[len(items)-1]])
}

// infinitive reports whether trigger i ends a German infinitive clause of its own ("…, um Xi
// zu treffen", "…, Putin in Moskau zu treffen"), which has no subject of its own.
// A clause that opens with a verb and its subject is a main clause: "…, pflegte er zu sagen".
func (lr *langRules) infinitive(keys []string, i, cs int) bool {
	if !lr.g.verbFinal || i < 1 || !(keys[i-1] == "zu" || lr.zuInside(keys[i])) || cs < 1 || keys[cs-1] != "," {
		return false
	}
	if cs+1 < i-1 {
		first, second := keys[cs], keys[cs+1]
		verbFirst := isWordKey(first) && !lr.g.art[first] && !lr.g.prep[first] && first != "ohne" && first != "statt" && first != "anstatt"
		if verbFirst && lr.pronoun(second) {
			return false
		}
	}
	return true
}

// inInfinitiveClause reports whether trigger i, not itself the infinitive, stands in a German
// infinitive clause [cs, ce) that its verb closes: "kündigte an, am Montag zu einem Treffen mit
// Trump nach Washington zu reisen". The clause's modality is then its governing clause's. (Not
// "ging nach drei Stunden zu Ende": the word after "zu" is in lower case.)
func (lr *langRules) inInfinitiveClause(raw, keys []string, i, cs, ce int) bool {
	for ce > i+1 && ce <= len(keys) && tokenize.IsTerminal(keys[ce-1]) {
		ce--
	}
	if !lr.g.verbFinal || raw == nil || cs < 1 || keys[cs-1] != "," || ce > len(keys) || ce-1 <= i || !(ce-2 > i && keys[ce-2] == "zu" || lr.zuInside(keys[ce-1])) ||
		!isWordKey(keys[ce-1]) || fold.IsUpper(raw[ce-1]) {
		return false
	}
	return lr.infinitive(keys, ce-1, cs)
}

// zuInside reports whether k is the infinitive of a separable verb with "zu" after its
// particle: "teilzunehmen", "zusammenzukommen", "abzusagen".
func (lr *langRules) zuInside(k string) bool {
	for _, p := range lr.g.separablePrefixes {
		if strings.HasPrefix(k, p+"zu") && len(k) >= len(p)+5 && strings.HasSuffix(k, "n") {
			return true
		}
	}
	return false
}

// governing returns the clauses an infinitive clause starting at cs depends on, nearest
// first: the clause before its comma, and, while that is an infinitive clause too ("kündigte
// an, nach Moskau zu reisen, um mit Putin zu sprechen"), the one before that.
// The clause before takes in the list its subject may be ("A, B und C wollen nach Kiew reisen, um
// Selenskyj zu treffen").
func (lr *langRules) governing(s *Sentence, cs int) [][2]int {
	keys := s.Keys
	var out [][2]int
	for pe := cs - 1; pe >= 1 && keys[pe] == ","; {
		ps, _ := lr.clause(keys, pe-1)
		ps, _ = lr.widen(s, ps, pe)
		out = append(out, [2]int{ps, pe})
		if !(pe >= 2 && keys[pe-2] == "zu" && ps >= 1) {
			break
		}
		pe = ps - 1
	}
	return out
}

// withConjuncts returns k and the actors coordinated with it that end before limit: "traf Y
// und Z", "met Y, Z and W".
func (lr *langRules) withConjuncts(s *Sentence, k int, sp slotSpec, not, limit int) []int {
	out := []int{k}
	// (The slot's cue may follow the place: "mit Präsident Fernández und in Santiago de Chile mit
	// Staatschef Boric".)
	cueAfterPlace := func(end, phrase int) bool {
		return phrase == end || (phrase == end+1 && sp.cues[s.Keys[end]])
	}
	for j := k + 1; j < len(s.Mentions); j++ {
		prev, m := s.Mentions[out[len(out)-1]], s.Mentions[j]
		// "traf in Buenos Aires Präsident Fernández und in Santiago Präsident Boric": a place
		// after the coordinator goes with the next object, met there.
		if j+1 < len(s.Mentions) && lr.placeAfterCoord(s, prev.End, m) && cueAfterPlace(m.End, s.Mentions[j+1].Phrase) {
			continue
		}
		placeCue := slices.ContainsFunc(s.Mentions, func(p Mention) bool {
			return p.End+1 == m.Phrase && cueAfterPlace(p.End, m.Phrase) && lr.placeAfterCoord(s, prev.End, p)
		})
		// "met al-Sisi in Cairo and Sassou Nguesso in Oyo": the place where the item was met.
		if j+1 < len(s.Mentions) && prev.Type == "person" && isPlace(m) && m.Phrase == prev.End+1 && lr.g.loc[s.Keys[prev.End]] &&
			lr.placeBetween(s, prev.End, s.Mentions[j+1]) {
			continue
		}
		// "by Rubio and Witkoff on the U.S. side and by Lavrov": the country that names a list's
		// side is no item.
		if j+1 < len(s.Mentions) && m.Type == "country" && m.End < len(s.Keys) && lr.g.delegNouns[s.Keys[m.End]] &&
			m.Phrase >= 2 && lr.g.art[s.Keys[m.Phrase-1]] && lr.g.prep[s.Keys[m.Phrase-2]] {
			continue
		}
		// (The party the next signatory acts for is no item: "Hambrecht und für E.ON dessen
		// Vorstandsvorsitzender Bernotat".)
		if j+1 < len(s.Mentions) && m.End <= limit && lr.onBehalfParty(s, m) && lr.onBehalfBetween(s, prev.End, s.Mentions[j+1].Phrase) {
			continue
		}
		// (The capacity an item acts in is no item, nor an actor in it: "Abiy Ahmed als
		// Gastgeber sowie …", "als Vertreter der Afrikanischen Union sowie …".)
		end := lr.originEnd(s, prev.End)
		if inOrigin(prev, m, end) {
			continue // the origin itself: "Tokajew (Kasachstan), Mirsijojew (Usbekistan) und …"
		}
		// (An aside after an item, closed by a comma and a coordinator, is looked through with
		// what it names, though the clause of the slot ends at its comma: see itemAside.)
		if c := lr.itemAside(s, end); c > 0 {
			if m.Phrase < c {
				continue
			}
			if limit == end {
				_, limit = lr.clause(s.Keys, c+1)
			}
			end = c
		}
		// (A clause that ends at an origin's bracket goes on with the list after it: "Zu Gast
		// waren Tokajew (Kasachstan), Mirsijojew (Usbekistan) und Schaparow (Kirgistan)".)
		if prev.End == limit && end > limit && end < len(s.Keys) && (s.Keys[end] == "," || lr.g.coord[s.Keys[end]]) {
			_, limit = lr.clause(s.Keys, end+1)
		}
		if c := lr.capacityCoord(s.Keys, end); c > 0 {
			if m.Phrase < c {
				continue
			}
			end = c
		}
		end = lr.dateEnd(s.Keys, end) // "met Sommaruga on Tuesday and Salih on Wednesday"
		// "the Emirati foreign minister, Sheikh Abdullah bin Zayed, and …": the name set off
		// after a role the text named no one by restates it; the list goes on after the name.
		if restatesRole(s, prev, m, lr) && m.End <= limit && sp.accepts(m) {
			out[len(out)-1] = j
			continue
		}
		// (An owner that opens the next item's phrase is no item itself: see ownedNext.)
		if nx := lr.ownedNext(s, j, sp, end, limit); nx >= 0 && nx != not {
			out = append(out, nx)
			j = nx
			continue
		}
		// (Nor one after a bare comma with a verb after it: see list.)
		if j == not || m.End > limit || !sp.accepts(m) || m.Type == "group" || (lr.owner(s, m) && !sp.possessive) || lr.speakerAfterComma(s, prev.End, m) ||
			end+1 == m.Phrase && s.Keys[end] == "," && lr.verbAfterItem(s, m) && !lr.listOpens(s, k) ||
			!(lr.joinsWith(s.Keys, end, coveredFrom(s, end, m.Phrase), sp.cues) || lr.placeBetween(s, prev.End, m) || placeCue || namedAfterComma(s, through(prev, end), m, lr) ||
				lr.includes(s.Keys, prev.End, m.Phrase) || lr.rolesBetween(s, end, m.Phrase) || lr.onBehalfBetween(s, prev.End, m.Phrase)) {
			break
		}
		out = append(out, j)
	}
	return out
}

// speakerAfterComma reports whether mention m, after a bare comma at token from (no
// coordinator before it), has a verb of saying right after it: the sentence's speaker, no item
// of the list before ("Blinken spoke with Faisal bin Farhan, spokesperson Matthew Miller said").
func (lr *langRules) speakerAfterComma(s *Sentence, from int, m Mention) bool {
	if from >= m.Phrase || s.Keys[from] != "," || lr.g.coord.anyOf(s.Keys[from:m.Phrase]) || m.End >= len(s.Keys) {
		return false
	}
	// (A verb, not a plural noun some statement rules take for one: "talks with Britain, EU
	// states and Canada".)
	k := s.Keys[m.End]
	return slices.ContainsFunc(lr.byWord[k], func(c *compiled) bool {
		return c.Relation == Statement && c.Object == nil && !c.pluralNouns[k]
	})
}

// joinsWith is joins that also lets the slot's cue repeat ("mit X und mit Y", "with X, then
// with Y").
func (lr *langRules) joinsWith(keys []string, from, to int, cues set) bool {
	if lr.joins(keys, from, to) {
		return true
	}
	if len(cues) == 0 || to <= from || !cues[keys[to-1]] {
		return false
	}
	if lr.sideCue(keys, from, to, cues) {
		return true
	}
	// "by Rubio and Witkoff on the American side and by Lavrov": a short prepositional phrase
	// may close the first list before the cue repeats.
	if lr.g.prep[keys[from]] && to-from <= 8 {
		for j := from + 1; j < to-1; j++ {
			if lr.g.coord[keys[j]] {
				if slices.ContainsFunc(keys[from:j], func(k string) bool { return !isWordKey(k) && !isAbbreviation(k) }) {
					return false
				}
				from = j
				break
			}
		}
	}
	// (A word of sequence or of one by one may stand before the repeated cue: "mit Putin und
	// danach mit Biden", "with Putin and later with Biden".)
	for _, k := range keys[from : to-1] {
		if k != "," && !lr.g.coord[k] && !lr.g.art[k] && !lr.g.sequence[k] && !lr.g.separately[k] && k != "also" && k != "auch" {
			return false
		}
	}
	return true
}

// sideCue reports whether keys[from:to] join two lists of the sides of one occasion: a
// coordinator, the side of the next list and its cue ("joined on the American side by Rubio and
// Witkoff and on the Russian side by Lavrov"), or the side of the list before, a coordinator
// and the cue ("joined by Pompeo and Mulvaney on one side and by Kim and Ri").
func (lr *langRules) sideCue(keys []string, from, to int, cues set) bool {
	c := to - 1
	if from+3 < c && c-from <= 6 && cues[keys[c]] && lr.g.coord[keys[from]] && lr.g.prep[keys[from+1]] && lr.g.delegNouns[keys[c-1]] {
		return true
	}
	// (Or the side after the first list, then the cue again: "joined by X and Y on one side and
	// by A and B on the other", "… on the American side, and by A and B".)
	if c < 1 || c-from > 7 || !cues[keys[c]] || !lr.g.coord[keys[c-1]] || !lr.g.prep[keys[from]] {
		return false
	}
	e := c - 1
	if keys[e-1] == "," {
		e--
	}
	return e-1 > from && lr.g.delegNouns[keys[e-1]]
}

// joins reports whether keys[from:to] only joins two list items: a comma or a coordinator,
// and articles.
func (lr *langRules) joins(keys []string, from, to int) bool {
	if to <= from {
		return false
	}
	comma, coord, art := false, false, false
	for j := from; j < to; j++ {
		k := keys[j]
		if k == "(" {
			// "Putin (left) and Xi (right)": a short parenthesis between items is looked through.
			if close := matching(keys, j, 1); close > 0 && close < to {
				j = close
				continue
			}
		}
		n := lr.coordPhraseAt(keys, j, to)
		switch {
		case k == ",":
			comma = true
		case n > 0:
			coord = true // "as well as", "als auch"
			j += n - 1
		case lr.g.coord[k] && lr.g.contrast[k]:
			return false // "…, Sisi and Abbas, but Jordan called the meeting off": a new clause
		case lr.g.coord[k]:
			coord = true
		case lr.g.art[k]:
			art = true
		case coord && j == to-1 && j > from && lr.g.coord[keys[j-1]] && lr.g.itemNouns[k]:
			// "Gershkovich, Whelan and journalist Alsu Kurmasheva": a noun right before the last
			// item says what the item is (not a verb: "met Xi and criticised Putin").
		case coord && lr.g.prep[k] && lr.sideTo(keys, j, to):
			// "Blinken und auf russischer Seite Lawrow": the side the next item is on.
			j = to - 1
		case coord && (lr.g.sequence[k] || lr.g.separately[k]):
			// "zuerst Trump und danach getrennt Putin": items met one after the other.
		case coord && lr.g.prep[k] && to-j <= 5 && lr.separate(keys, j, to) &&
			!slices.ContainsFunc(keys[j:to], func(k string) bool { return !isWordKey(k) && k != "," }):
			// "traf Abdullah II. und in einem getrennten Gespräch Abbas", "and in a separate
			// meeting Abbas": a phrase of a meeting of its own before the next item.
			j = to - 1
		case !coord && lr.g.prep[k] && j+3 < to && lr.g.coord.anyOf(keys[j+1:j+4]) &&
			lr.g.sequence.anyOf(keys[j+1:to]):
			// "zuerst Trump zum Frühstück und danach Putin": a short phrase before "and then".
			for j+1 < to && !lr.g.coord[keys[j+1]] {
				j++
			}
		default:
			return false
		}
	}
	// "Zalmay Khalilzad, a US peace envoy": an article after a bare comma opens an apposition.
	return coord || (comma && !art)
}

// sideTo reports whether tokens [j, to) are a prepositional phrase of a side ending right
// before token to: "auf russischer Seite" (a preposition, up to two adjectives or articles, a
// delegation noun of grammar delegations).
func (lr *langRules) sideTo(keys []string, j, to int) bool {
	if to-j < 2 || to-j > 4 || !lr.g.delegNouns[keys[to-1]] {
		return false
	}
	for k := j + 1; k < to-1; k++ {
		if !hasAdjEnding(keys[k]) && !lr.g.art[keys[k]] {
			return false
		}
	}
	return true
}

// coordPhraseAt returns the length of a coordinator of several words that begins at token j and
// ends before to ("as well as", "als auch"), or 0.
func (lr *langRules) coordPhraseAt(keys []string, j, to int) int {
	for _, p := range lr.g.coordPhrases {
		if j+len(p) <= to && hasPhrase(keys, j, p) {
			return len(p)
		}
	}
	return 0
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

// list returns the actors of a list that starts with mention k: "X", "X und Y", "X, Y und Z".
func (lr *langRules) list(s *Sentence, k, to int, sp slotSpec, link string) []int {
	out := []int{k}
	for j := k + 1; j < len(s.Mentions); j++ {
		prev, m := s.Mentions[out[len(out)-1]], s.Mentions[j]
		// "the Government of National Accord (GNA) and Russia": a name in brackets that
		// restates the item is no item; the list goes on after it.
		if bracketedAfter(s, j) == out[len(out)-1] {
			continue
		}
		from := prev.End
		// "Emomali Rahmon, on a state visit to Kyrgyzstan, and his Kyrgyz counterpart Sadyr
		// Japarov": an aside after an item, a prepositional phrase set off by commas, is looked
		// through, with the actors in it.
		aside := lr.asideEnd(s.Keys, prev.End)
		if m.Phrase == prev.End+1 && !lr.g.prep[s.Keys[prev.End+1]] && m.Named {
			aside = 0 // "Israel and the UAE, Bahrain, and Kosovo": an item, not an aside
		}
		if aside > 0 {
			if m.Phrase < aside {
				continue
			}
			from = aside
		}
		// "Vladimir Putin of Russia, Hassan Rouhani of Iran": the country after an item
		// describes it.
		if from == prev.End {
			// (Past the bracket that restates the item, the mention right after it.)
			if r := out[len(out)-1] + 1; r < len(s.Mentions) && bracketedAfter(s, r) == r-1 {
				from = s.Mentions[r].End + 1
			}
			from = lr.seatEnd(s, prev, lr.originEnd(s, from))
			if inOrigin(prev, m, from) {
				continue // the origin itself
			}
		}
		// "signed by Redwan Hussien for the government and Getachew Reda for the TPLF": the party
		// an item acts for, after it, is no item.
		if b := lr.behalfEnd(s, from); b > from {
			if m.Phrase < b {
				continue
			}
			from = b
		}
		if nx := lr.ownedNext(s, j, sp, from, to); nx >= 0 {
			out = append(out, nx)
			j = nx
			continue
		}
		// "Khalilzad und der Leiter des politischen Büros der Taliban, Mullah Baradar": a body
		// named in the description of the next person is no item.
		if m.Type != "person" && prev.Type == "person" {
			if n := slices.IndexFunc(s.Mentions[j+1:], func(n Mention) bool { return n.Type == "person" }); n >= 0 {
				n += j + 1
				if nm := s.Mentions[n]; nm.End <= to && sp.accepts(nm) && lr.describedBetween(s, prev, nm, from) {
					out = append(out, n)
					j = n
					continue
				}
			}
		}
		// "X, für das Bündnis FFC der Oppositionelle Y": the party signed for is no item, of
		// whatever kind.
		if m.End <= to && m.Phrase >= from && lr.onBehalfParty(s, m) && j+1 < len(s.Mentions) {
			continue
		}
		if m.End > to || !sp.accepts(m) || m.Type == "group" || m.Phrase < from {
			break
		}
		// "Mike Pompeo, President Donald Trump's pick for secretary of state,": an owner
		// qualifies the noun after it and is no item.
		if lr.owner(s, m) && !sp.possessive {
			break
		}
		gap := s.Keys[from:m.Phrase]
		if lr.speakerAfterComma(s, from, m) {
			break
		}
		// (Nor one after a bare comma that a verb follows, the subject of a clause of its own:
		// "sagte Scholz, Deutschland stehe fest an der Seite Israels"; unless the list opens
		// the sentence, whose verb it shares: "Israel, Hamas agree to extend truce".)
		if len(gap) == 1 && gap[0] == "," && lr.verbAfterItem(s, m) && !lr.listOpens(s, k) {
			break
		}
		// "signed by Russia and Turkey, Russian military police and …": a list closed by its
		// coordinator ends at the comma after its last item, when what follows is of another
		// kind (pairs of people may go on: "Netanyahu and minister Steinitz, Mitsotakis and …").
		if len(out) >= 2 && len(gap) >= 1 && gap[0] == "," && aside == 0 && m.Type != prev.Type && !namedAfterComma(s, prev, m, lr) &&
			lr.hasCoord(s.Keys, s.Mentions[out[len(out)-2]].End, prev.Phrase) && !lr.rolesBetween(s, from, m.Phrase) {
			break
		}
		if !(lr.joins(s.Keys, from, coveredFrom(s, from, lr.bodyTitleFrom(s, acronymFrom(s, rankFrom(s, m.Phrase))))) || (len(gap) >= 1 && gap[0] == link && lr.onlyArticles(s.Keys, from+1, m.Phrase)) ||
			lr.samePrep(s, s.Mentions[out[0]], from, m.Phrase) ||
			lr.onBehalfBetween(s, from, m.Phrase) ||
			lr.listGoesOn(s, j, to, sp) || namedAfterComma(s, prev, m, lr) || lr.includes(s.Keys, from, m.Phrase) ||
			lr.rolesBetween(s, from, rankFrom(s, m.Phrase)) || aside > 0 && lr.rolesBetween(s, from+1, rankFrom(s, m.Phrase)) ||
			lr.describedBetween(s, prev, m, from) || lr.genitiveItem(s, prev, m, from) || lr.possessedItem(s, prev, m, from)) {
			break
		}
		// "Syria, and the US statement": a comma before "and" after one item joins clauses;
		// only a list of three or more has one ("China, Japan, and South Korea").
		// (Unless the comma closes a name in apposition: "der Verhandlungsführer der Regierung,
		// Redwan Hussien, und TPLF-Sprecher Getachew Reda".)
		// (Nor one set off in apposition to a description the data lacks: "by the chief
		// government negotiator, Otty Patiño, and …".)
		if aside == 0 && len(out) == 1 && len(gap) >= 2 && gap[0] == "," && lr.g.coord[gap[1]] &&
			!s.titleApposed(prev) && !(prev.Phrase >= 2 && s.Keys[prev.Phrase-1] == "," && isWordKey(s.Keys[prev.Phrase-2])) {
			break
		}
		out = append(out, j)
	}
	return out
}

// possessedItem reports whether tokens [from, m's phrase) join person m to a list whose last
// item, prev, is a person too, through a description an owner's determiner or an actor's
// modifier opens: "Salva Kiir and his deputy Riek Machar met", "Boris Johnson and Irish Taoiseach
// Leo Varadkar met" (a coordinator, the determiner or modifier, then words DescribedItem admits).
func (lr *langRules) possessedItem(s *Sentence, prev, m Mention, from int) bool {
	keys := s.Keys
	if prev.Type != "person" || m.Type != "person" || from+2 >= m.Phrase || !lr.g.coord[keys[from]] {
		return false
	}
	if !lr.g.officeOwners[keys[from+1]] && !lr.g.possessives[keys[from+1]] && !s.covered(from+1) {
		return false
	}
	return (*LangRules)(lr).DescribedItem(keys, from, m.Phrase, s.covered)
}

// listOpens reports whether mention k, a list's first item, opens its sentence, an article at
// most before it: the verb after the list's last item, set off by a bare comma, is the whole
// list's ("Israel, Hamas agree to extend truce", "Israel, Hamas einigen sich auf Feuerpause"),
// not that of a clause the item opens, which follows a verb or a preposition ("sagte Scholz,
// Deutschland stehe", "alongside Kim, whose sister").
func (lr *langRules) listOpens(s *Sentence, k int) bool {
	p := s.Mentions[k].Phrase
	return lr.onlyArticles(s.Keys, sentenceFrom(s.Keys, p), p)
}

// subjectEnds reports whether a subject ends right before token j: an actor's mention or a
// subject pronoun that opens the sentence or a subordinate clause ("Lavrov in turn claims",
// "said that Iran in return demands"); not an object ("campaigned with Joe Biden in swing
// states", "won Florida in key states").
func (lr *langRules) subjectEnds(s *Sentence, j int) bool {
	opens := func(p int) bool { return lr.opensSentence(s, p) || p > 0 && lr.g.subord[s.Keys[p-1]] }
	if j < 1 {
		return false
	}
	if _, ok := lr.g.pronouns[s.Keys[j-1]]; ok && opens(j-1) {
		return true
	}
	return slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.End == j && opens(m.Phrase) })
}

// verbAfterItem reports whether a word in lower case that is no function word of a list
// follows mention m (no coordinator, preposition, article, demonstrative or word of origin): a
// verb whose subject m is ("Scholz, Deutschland stehe", "in the state of Alabama, Governor Kay
// Ivey signed"), or a relative pronoun ("alongside Kim, whose sister").
func (lr *langRules) verbAfterItem(s *Sentence, m Mention) bool {
	e := lr.originEnd(s, m.End)
	if e >= len(s.Keys) || !lowerWord(s, e) {
		return false
	}
	k := s.Keys[e]
	// (English writes nouns in lower case too: not a plural, "Britain, EU states and Canada".)
	if !lr.g.caseTriggers && strings.HasSuffix(k, "s") && !lr.g.rel[k] {
		return false
	}
	_, demonstrative := lr.g.demonstratives[k] // "Treffen EU, Ukraine, Russland diese Woche möglich"
	return !lr.g.coord[k] && !lr.g.prep[k] && !lr.g.art[k] && !demonstrative && lr.coordPhraseAt(s.Keys, e, len(s.Keys)) == 0
}

// genitiveItem reports whether a comma and a genitive article at from join mention m, a role
// that names no one, to a list of such roles, prev among them, each a genitive after one noun:
// "die Außenminister Jordaniens, des Irak, Ägyptens und Syriens" (the article elsewhere opens
// an apposition).
func (lr *langRules) genitiveItem(s *Sentence, prev, m Mention, from int) bool {
	return lr.g.caseTriggers && !prev.Named && !m.Named && prev.Type == m.Type && m.Type != "group" &&
		m.Phrase-from == 2 && s.Keys[from] == "," && (lr.g.gen[s.Keys[from+1]] || s.Keys[from+1] == "der")
}

// samePrep reports whether tokens [from, to) are a coordinator and the passive agent's
// preposition that governs the list's first item, m, repeated before the next: "von Jorge
// Rodríguez und von Gerardo Blyde", "by Xi and by Modi" (not "between Israel and Bahrain and
// between Serbia and Kosovo", two deals, nor "with Xi and with Modi", two meetings).
func (lr *langRules) samePrep(s *Sentence, m Mention, from, to int) bool {
	keys := s.Keys
	// (After an apposition set off by commas, from is its closing comma: "von Redwan Hussien,
	// dem Sicherheitsberater von Abiy Ahmed, und von Getachew Reda".)
	if from < to && keys[from] == "," {
		from++
	}
	p := m.Phrase - 1
	for p > 0 && lr.g.art[keys[p]] {
		p--
	}
	if p < 0 || !lr.g.passiveAgents[keys[p]] || to-from < 2 || !lr.g.coord[keys[from]] || keys[from+1] != keys[p] || !lr.onlyArticles(keys, from+2, to) {
		return false
	}
	// (Not when the same preposition governed an actor before: "von Jorge Rodríguez als
	// Verhandlungsführer der Regierung von Nicolás Maduro und von Gerardo Blyde" lists Rodríguez
	// and Blyde, not Maduro; one before the passive's auxiliary belongs to its subject: "Die
	// Vereinbarung von Barbados wurde von Rodríguez und von Blyde unterzeichnet".)
	for q := p - 1; q >= 0 && p-q <= 15 && !lr.g.passiveAux[keys[q]]; q-- {
		if keys[q] == keys[p] {
			return !slices.ContainsFunc(s.Mentions, func(o Mention) bool { return o.Phrase > q && o.End <= p && o.Type != "event" })
		}
	}
	return true
}

// ownedNext returns the mention after mention j when j is an owner that opens that mention's
// phrase and joins the list, whose last item ends at token from, with no item of its own:
// "Kishida's wife Yuko and Yoon's wife Kim Keon-hee", "Brett McGurk and Donald Trump's envoy
// Steve Witkoff", "Solana und Irans Atomunterhändler Ali Laridschani" (the owner, "'s" or a
// genitive, a title, the name, ending by token to); else -1.
func (lr *langRules) ownedNext(s *Sentence, j int, sp slotSpec, from, to int) int {
	nx := j + 1
	if nx >= len(s.Mentions) {
		return -1
	}
	m, n := s.Mentions[j], s.Mentions[nx]
	if sp.accepts(m) || !(lr.owner(s, m) || m.Possessive) || !sp.accepts(n) || n.End > to || n.Phrase <= m.End || n.Phrase-m.End > 3 || !lr.joins(s.Keys, from, m.Phrase) {
		return -1
	}
	return nx
}

// temporalSubject reports whether m is the subject of a clause a temporal conjunction opens
// (grammar temporal_conjunctions): "their first meeting since Donald Trump took office" (a
// word in lower case that is no preposition follows the name), not "talks since the invasion".
func (lr *langRules) temporalSubject(s *Sentence, m Mention) bool {
	keys := s.Keys
	j := m.Phrase - 1
	for j > 0 && lr.g.art[keys[j]] {
		j--
	}
	if j < 0 || !lr.g.temporalConj[keys[j]] || m.End >= len(keys) || s.Raw == nil {
		return false
	}
	next := keys[m.End]
	return isWordKey(next) && !fold.IsUpper(s.Raw[m.End]) && !lr.g.prep[next] && !lr.g.coord[next]
}

// intentIn reports whether the clause g (start, end) holds a verb of intent (grammar
// intent_verbs), whose infinitive is planned and has the clause's subject.
func (lr *langRules) intentIn(keys []string, g [2]int) bool {
	return lr.g.intentVerbs.anyOf(keys[g[0]:g[1]])
}

// phraseList is list for the list a preposition governs at mention k, to the end of the phrase:
// a phrase fronted before the clause ends at its first comma when the list after that comma runs
// into the verb with no comma to close it ("In the presence of Pompeo, Khalilzad and Baradar
// signed": Pompeo watched; but "In the presence of Merkel, Hollande and Putin, the two signed").
func (lr *langRules) phraseList(s *Sentence, k, to int, sp slotSpec) []int {
	items := lr.list(s, k, to, sp, "")
	keys, m := s.Keys, s.Mentions[k]
	f := sentenceFrom(keys, m.Phrase)
	// (Not a phrase a dash sets off after the clause: "unter das Abkommen – im Beisein von A, B
	// und C".)
	if len(items) < 2 || !lr.g.prep[keys[f]] || slices.Contains(keys[f:m.Phrase], ",") || f > 0 && isDash(keys[f-1]) {
		return items
	}
	// (A comma that closes a name in apposition to its title closes no phrase: "…, and the
	// Taliban's political chief, Mullah Abdul Ghani Baradar, signed".)
	if last := s.Mentions[items[len(items)-1]]; last.End < len(keys) && keys[last.End] == "," && !s.titleApposed(last) {
		return items
	}
	for n := 1; n < len(items); n++ {
		if prev := s.Mentions[items[n-1]]; prev.End < len(keys) && keys[prev.End] == "," {
			return items[:n]
		}
	}
	return items
}

// owner reports whether "'s" follows mention m: it owns the noun after it. (A plural's owner,
// ending as grammar role_refs.plural_endings says, takes the apostrophe alone: "the two
// countries' foreign ministers".)
func (lr *langRules) owner(s *Sentence, m Mention) bool {
	if m.End >= len(s.Keys) {
		return false
	}
	k := s.Keys[m.End]
	return k == "'s" || k == "'" && m.End+1 < len(s.Keys) && isWordKey(s.Keys[m.End+1]) &&
		slices.ContainsFunc(lr.g.pluralEndings, func(e string) bool { return strings.HasSuffix(s.Keys[m.End-1], e) })
}

// includedBefore returns the first of the names that an including word lists in an aside set
// off by commas that ends right before clause start cs, or -1: "Die Außenminister, darunter
// Kerry und Lawrow, trafen sich mit Sarif", "The ministers, including Kerry and Lavrov, met
// Zarif". The names stand for the group before them, which names no one; the other names
// are the first one's conjuncts.
func (lr *langRules) includedBefore(s *Sentence, cs int, sp slotSpec, ok func(k int) bool) int {
	keys := s.Keys
	if cs < 4 || keys[cs-1] != "," {
		return -1
	}
	for k, m := range s.Mentions {
		if m.End > cs-1 || m.Phrase < 3 || !ok(k) {
			continue
		}
		if lr.includingComma(s, k) < 1 {
			continue
		}
		if items := lr.list(s, k, cs-1, sp, ""); s.Mentions[items[len(items)-1]].End == cs-1 {
			return k
		}
		return -1
	}
	return -1
}

// namedBeforeGroup reports whether an actor is named in the clause before the group whose
// member k an including phrase names: "hatte König Charles III. zahlreiche Gäste, darunter
// Biden, empfangen" (Charles, the subject; Biden is received), not "Die Außenminister,
// darunter Kerry, trafen …" nor one the group is compared with or joined to ("Sharif war wie
// die Regierungschefs der Nachbarländer, darunter Karzai, angereist").
//
// (Not after a plural verb, whose subject is the group: "Zuvor hatten Scholz zahlreiche
// Regierungschefs, darunter Biden, kritisiert".)
func (lr *langRules) namedBeforeGroup(s *Sentence, k int) bool {
	keys := s.Keys
	named := false
	for x := lr.includingComma(s, k) - 1; x >= 0 && (!isBoundary(keys[x]) || s.inMention(x)) && !lr.g.coord[keys[x]] && !lr.g.subord[keys[x]]; x-- {
		if lr.pluralAux(keys[x]) {
			return false
		}
		named = named || s.inName(x)
	}
	return named
}

// pluralAux reports whether w is a plural finite auxiliary ("hatten", "sind"; grammar
// plural_aux).
func (lr *langRules) pluralAux(w string) bool {
	return lr.g.pluralAux[w]
}

// includingComma returns the comma before the including phrase (and articles) that names member
// k ("…, darunter die …"), or -1 when none does.
func (lr *langRules) includingComma(s *Sentence, k int) int {
	j := s.Mentions[k].Phrase - 1
	for j > 0 && lr.g.art[s.Keys[j]] {
		j--
	}
	n := lr.includingLenEnding(s.Keys, j)
	if n == 0 || j-n < 1 || s.Keys[j-n] != "," {
		return -1
	}
	return j - n
}

// includingLenEnding returns the length of the including word or phrase that ends at token j
// ("darunter", "unter ihnen", "among them"), or 0.
func (lr *langRules) includingLenEnding(keys []string, j int) int {
	if j < 0 || j >= len(keys) {
		return 0
	}
	if lr.g.including[keys[j]] {
		return 1
	}
	for _, p := range lr.g.includingPhrases {
		if j+1 >= len(p) && hasPhrase(keys, j+1-len(p), p) {
			return len(p)
		}
	}
	return 0
}

// asideBefore returns the person who opens the sentence and is followed by an aside set off by
// commas that ends at the comma at token c and names no actor: "Scholz, under fire at home,
// avoided …"; or -1.
func (lr *langRules) asideBefore(s *Sentence, c int, ok func(k int) bool) int {
	as, _ := lr.clause(s.Keys, c-1)
	if as < 2 || as >= c || s.Keys[as-1] != "," {
		return -1
	}
	for _, m := range s.Mentions {
		// (A place a preposition governs is no actor of the aside: "Muizzu, on his first state
		// visit to India, was accorded …".)
		if m.Phrase < as || m.End > c {
			continue
		}
		if r, _ := lr.governs(s, m); !(isPlace(m) && r == prep) {
			return -1
		}
	}
	for k, m := range s.Mentions {
		if m.End == as-1 && m.Phrase == sentenceFrom(s.Keys, m.Phrase) && ok(k) && m.Type == "person" {
			return k
		}
	}
	return -1
}

// nameSetOff returns the person named in apposition, set off by commas, that ends at the comma
// at token c, for which ok holds ("…, Manasseh Sogavare, getroffen"), or -1.
func nameSetOff(s *Sentence, c int, ok func(k int) bool) int {
	for k, m := range s.Mentions {
		if m.End == c && m.Start >= 1 && s.Keys[m.Start-1] == "," && ok(k) && m.Type == "person" {
			return k
		}
	}
	return -1
}

// listHead returns the first item of a list whose item k opens a clause at token ls, after a
// comma inside the list: the items that end at the commas before it, walking back while ok
// accepts them ("Macron, Scholz und Meloni kamen … zusammen"). An article may follow a comma
// after a named item: "Merz, der französische Präsident Emmanuel Macron, der britische
// Premierminister Keir Starmer und …".
func (lr *langRules) listHead(s *Sentence, k, ls int, ok func(k int) bool) int {
	keys := s.Keys
	for ls >= 2 {
		c := ls - 1
		for c > 0 && lr.g.art[keys[c]] && s.Mentions[k].Named {
			c--
		}
		if keys[c] != "," {
			break
		}
		p := -1
		for q, m := range s.Mentions {
			if m.End == c && ok(q) && (c == ls-1 || m.Named) {
				p = q
			}
		}
		if p < 0 {
			break
		}
		k, ls = p, s.Mentions[p].Phrase
	}
	return k
}

// feminineNoun reports whether a German noun (folded) has an ending of feminine nouns
// ("Einladung", "Politik", "Regierung", "Kommission"); not the masculine "-eur" of people
// ("Gouverneur", "Kommandeur").
func feminineNoun(k string) bool {
	if strings.HasSuffix(k, "eur") {
		return false
	}
	for _, e := range []string{"ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ie", "in", "ur", "enz", "anz"} {
		if strings.HasSuffix(k, e) {
			return true
		}
	}
	return false
}

// obliqueAdjective reports whether a German adjective after "der" ends in "-en", the weak
// ending of a dative or a genitive ("der Rheinischen Post", "der südkoreanischen Regierung"),
// not the nominative's "-e".
func obliqueAdjective(k string) bool { return hasAdjEnding(k) && strings.HasSuffix(k, "en") }

// obliqueDer reports whether German "der" opens the phrase of mention m (or stands right before
// it) and a feminine noun or an adjective in "-en" follows it: a dative or a genitive ("der
// Regierung Südkoreas", "der südkoreanischen Regierung", "der Präsidentin Park"), never the
// subject, whose article would be "die" or whose adjective would end in "-e".
func (lr *langRules) obliqueDer(s *Sentence, m Mention) bool {
	keys := s.Keys
	a := m.Phrase
	if keys[a] != "der" {
		a--
	}
	if a < 0 || keys[a] != "der" || a+1 >= len(keys) || s.Raw == nil {
		return false
	}
	n := keys[a+1]
	if !fold.IsUpper(s.Raw[a+1]) {
		return obliqueAdjective(n)
	}
	return feminineNoun(n)
}

// itemOfPhrase reports whether the words from the last comma before keys[e] (or the sentence's
// start) to e begin with a coordinator, a preposition or a companion phrase ("und dem Moderator
// der Generalversammlung", "gemeinsam mit dem Erzbischof"): a list's item or a preposition's
// object, no subject.
func (lr *langRules) itemOfPhrase(keys []string, e int) bool {
	b := e
	for b > 0 && keys[b-1] != "," && !(isStrongBoundary(keys[b-1]) && !abbrevDot(keys, b-1)) {
		b--
	}
	return b <= e && (lr.g.coord[keys[b]] || lr.g.prep[keys[b]] || phraseStartsAt(keys, b, lr.g.companions))
}

// listSetOff returns the first item of a list of two people or more set off by commas that
// ends at the comma at c, after a noun phrase that names them, no person's name ("members of
// The Elders, Jimmy Carter, Martti Ahtisaari and Mary Robinson,"), or -1. (Not after an
// object, when the clause of the noun has a subject of its own: "Putin greeted two envoys of
// the African Union, Mbeki and Obasanjo, then left".)
func (lr *langRules) listSetOff(s *Sentence, c int, sp slotSpec, ok func(k int) bool) int {
	for k, m := range s.Mentions {
		// (The noun may be the first item's title: "envoys of the African Union, Thabo Mbeki".)
		from := m.Phrase
		if from >= 1 && s.Keys[from-1] != "," {
			from = m.Start
		}
		if from < 2 || s.Keys[from-1] != "," || !ok(k) || m.Type != "person" || !isWordKey(s.Keys[from-2]) {
			continue
		}
		pcs, _ := lr.clause(s.Keys, from-2)
		if l := lr.list(s, k, c, sp, ""); len(l) >= 2 && s.Mentions[lastOf(l)].End == c &&
			!slices.ContainsFunc(s.Mentions, func(o Mention) bool {
				return o.End == from-1 && o.Type == "person" || o.Phrase >= pcs && o.End < from && lr.ungoverned(s, o)
			}) {
			return k
		}
	}
	return -1
}

// behalfAfter returns the first person of a gapped clause after trigger i that names whom they
// act for and repeats no verb: "Für Gazprom unterzeichnete Miller, für die BASF Vorstandschef
// Hambrecht" (a comma, a word of grammar on_behalf, the party, its articles and titles, then
// the person), "Rodriguez signed for the government and Blyde for the opposition" (a
// coordinator, the person, then on_behalf or "on behalf"); or the first person of a clause of
// contrast who signs with the same verb for a party: "Netanyahu signed for Israel, while
// Abdullah bin Zayed signed for the Emirates"; or -1.
func (lr *langRules) behalfAfter(s *Sentence, to, i int, sp slotSpec) int {
	keys := s.Keys
	for k, m := range s.Mentions {
		if m.Phrase > i+1 && m.End+1 < to && lr.g.coord[keys[m.Phrase-1]] && sp.accepts(m) &&
			(lr.g.onBehalf[keys[m.End]] || onBehalfAt(keys, m.End)) && lr.partyCloses(s, m.End+1, to) {
			return k
		}
	}
	// A clause that opens with whom its signatory acts for makes the gapped one after it
	// parallel, whatever noun names the party: "Für die Militärs unterschrieb X, für die
	// Protestbewegung Y".
	parallel := lr.g.onBehalf[keys[sentenceFrom(keys, i)]]
	for c := i + 1; c+2 < to; c++ {
		if keys[c] != "," || !lr.g.onBehalf[keys[c+1]] {
			continue
		}
		for k, m := range s.Mentions {
			if m.Phrase <= c+1 || m.Phrase > c+12 || !sp.accepts(m) {
				continue
			}
			// (Only the party's phrase between: articles, "dessen" and words in capitals or of
			// a name; the party named, and the clause ending with the person: not "…, für
			// Kanzler Scholz ein Warnsignal".)
			party := parallel
			verb := false
			for j := c + 2; j < m.Phrase; j++ {
				// (The clause may say its verb again, a signing verb before its person: "…, für das
				// Protestbündnis unterschrieb Ahmed al-Rabie".)
				if !verb && j > c+2 && lr.signingVerb(keys[j]) && (s.Raw == nil || !fold.IsUpper(s.Raw[j])) {
					verb = true
					continue
				}
				// (Two parties joined: "für BASF und E.ON deren Vorstandsvorsitzende X und Y".)
				if !lr.g.art[keys[j]] && !lr.g.genRelatives[keys[j]] && !s.inMention(j) && !(s.Raw != nil && fold.IsUpper(s.Raw[j])) &&
					!(lr.g.coord[keys[j]] && s.inMention(j-1) && s.inMention(j+1)) {
					return -1
				}
				party = party || !verb && (s.inMention(j) || s.covered(j))
			}
			for j := m.Phrase; j < m.Start; j++ {
				party = party || s.covered(j) // (in the person's title: "die BASF Vorstandschef X")
			}
			if e := m.End; !party || e < len(keys) && keys[e] != "," && keys[e] != ";" && !lr.g.coord[keys[e]] && !tokenize.IsTerminal(keys[e]) {
				return -1
			}
			return k
		}
		return -1
	}
	// "Netanyahu signed for Israel, while Sheikh Abdullah signed for the Emirates": a clause of
	// contrast whose person signs with the same verb for another party is the other side.
	for c := i + 1; c+2 < to; c++ {
		if keys[c] != "," || !lr.g.contrast[keys[c+1]] {
			continue
		}
		k := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Phrase > c+1 && m.Phrase <= c+8 && sp.accepts(m) })
		if k < 0 {
			return -1
		}
		// (The party in the verb's own stretch, after the last comma before it: not "while
		// Lapid, who had pushed for early elections, signed a petition".)
		from := s.Mentions[k].End
		for v := from; v < min(to, s.Mentions[k].End+24); v++ {
			if keys[v] == "," {
				from = v + 1
			}
			if keys[v] == keys[i] && slices.ContainsFunc(keys[from:min(v+3, to)], func(w string) bool { return lr.g.onBehalf[w] || w == "behalf" }) {
				// (Not one that signed apart: "…, while Kubrakov signed for Ukraine in a separate
				// ceremony".)
				if _, ve := lr.clause(keys, v); lr.separate(keys, c+1, ve) {
					return -1
				}
				return k
			}
		}
		return -1
	}
	return -1
}

// signingVerb reports whether key triggers an agreement rule that names the relation by its
// word alone, a verb of signing ("unterschrieb", "signed"): one with the behalf slot's object.
func (lr *langRules) signingVerb(key string) bool {
	return slices.ContainsFunc(lr.byWord[key], func(c *compiled) bool { return c.Relation == Agreement && c.obj.find == "behalf" })
}

// partyCloses reports whether the party named from token j on closes its gapped clause. Only
// German is asked: there a clause may end in a verb, and "für" has other senses ("…, das Putin
// und Schröder für wichtig hielten"); so only the party's phrase may follow, articles,
// genitive relatives and words in capitals or of a name, up to a comma, a coordinator or the
// sentence's end ("und Gerardo Blyde für die Opposition."). English parties may be in lower
// case and the clause go on: "Gerardo Blyde for the opposition at a ceremony in Bridgetown".
func (lr *langRules) partyCloses(s *Sentence, j, to int) bool {
	if !lr.g.caseTriggers {
		return true
	}
	keys := s.Keys
	for ; j < to && keys[j] != "," && keys[j] != ";" && !lr.g.coord[keys[j]] && !tokenize.IsTerminal(keys[j]); j++ {
		if !lr.g.art[keys[j]] && !lr.g.genRelatives[keys[j]] && !s.inMention(j) && !s.covered(j) && !(s.Raw != nil && fold.IsUpper(s.Raw[j])) {
			return false
		}
	}
	return true
}

// namesApposed reports whether the person k and those listed with it are named in apposition
// after a comma to a noun phrase that opens at from and names no one ("traf die Außenminister
// der beiden Golfstaaten, Faisal bin Farhan und Abdullah bin Zayed"): the phrase has an
// article, and the list ends at a comma or the sentence's end, so it opens no clause.
func (lr *langRules) namesApposed(s *Sentence, sp slotSpec, from, k int) bool {
	keys := s.Keys
	c := s.Mentions[k].Phrase - 1
	if c <= from || keys[c] != "," || s.Mentions[k].Type != "person" || !lr.g.art.anyOf(keys[from:c]) || slices.Contains(keys[from:c], ",") {
		return false
	}
	items := lr.list(s, k, len(keys), sp, "")
	e := s.Mentions[items[len(items)-1]].End
	return e == len(keys) || keys[e] == "," || tokenize.IsTerminal(keys[e])
}

// describedBetween reports whether person m joins the list after person prev through a
// description the data does not know, in apposition to m and set off by commas: a coordinator,
// an article, then words and hyphens, a comma, the name and a comma ("Papst Franziskus und der
// Großimam der Kairoer Al-Azhar-Universität, Ahmad al-Tayyeb, unterzeichneten", "X and the
// grand imam of Al-Azhar, Ahmed al-Tayeb, signed").
func (lr *langRules) describedBetween(s *Sentence, prev, m Mention, from int) bool {
	keys := s.Keys
	to := rankFrom(s, m.Phrase)
	if from+1 < to && keys[from] == "," && lr.g.coord[keys[from+1]] {
		from++ // (after a name in apposition: "the chief negotiator, Otty Patiño, and the ELN's …")
	}
	if prev.Type != "person" || m.Type != "person" || to-from < 4 || to-from > 12 || keys[to-1] != "," ||
		m.End >= len(keys) || keys[m.End] != "," || !lr.g.coord[keys[from]] || !lr.g.art[keys[from+1]] {
		return false
	}
	// (A description links its noun to a body, "the grand imam of Al-Azhar", "the ELN's lead
	// negotiator"; not a clause: "and the talks lasted three hours, Peskov, the Kremlin
	// spokesman, said".)
	desc := keys[from+2 : to-1]
	if !slices.ContainsFunc(desc, func(k string) bool { return lr.g.descriptionLinks[k] }) ||
		slices.ContainsFunc(desc, func(k string) bool {
			return !(isWordKey(k) || k == "-" || k == "'s") || lr.g.coord[k] || lr.g.comp[k] || lr.g.rel[k] && !lr.g.art[k] || lr.reports(k) ||
				lr.g.finiteAux[k] || lr.g.passiveAux[k] || (*LangRules)(lr).verbNext(k)
		}) {
		return false
	}
	// The body is named at the last link: its owner before "'s" ("the ELN's lead negotiator"),
	// else the words after it, names or (German) adjectives ("of Al-Azhar", "der Kairoer
	// Al-Azhar-Universität", "des politischen Büros der Taliban"); not "the mood of the day
	// turned tense".
	l := to - 2
	for l > from+1 && !lr.g.descriptionLinks[keys[l]] {
		l--
	}
	named := func(j int) bool { return s.covered(j) || s.inMention(j) || s.Raw != nil && fold.IsUpper(s.Raw[j]) }
	if keys[l] == "'s" {
		return named(l - 1)
	}
	// (German adverbs before such an adjective, in lower case: "der international nicht
	// anerkannten Republik Somaliland".)
	adverb := func(j int) bool {
		for k := j + 1; k < to-1 && s.Raw != nil && !fold.IsUpper(s.Raw[k]) && isWordKey(keys[k]); k++ {
			if hasAdjEnding(keys[k]) {
				return true
			}
		}
		return false
	}
	for j := l + 1; j < to-1; j++ {
		if !(named(j) || keys[j] == "-" || lr.g.art[keys[j]] || lr.g.prep[keys[j]] || lr.g.verbFinal && (hasAdjEnding(keys[j]) || adverb(j))) {
			return false
		}
	}
	return true
}

// bodyTitleFrom returns where a name that begins at token p begins with a description the
// data does not know: a body it names (covered), then one to three words in lower case that
// are no function words and no verbs ("and Hamas political bureau member Mousa Abu Marzouk";
// not "and Hamas officials greeted Ismail Haniyeh"); else p.
func (lr *langRules) bodyTitleFrom(s *Sentence, p int) int {
	if s.Raw == nil || lr.g.verbFinal {
		return p
	}
	j := p
	for j > 0 && p-j < 3 && isWordKey(s.Keys[j-1]) && !fold.IsUpper(s.Raw[j-1]) && !s.covered(j-1) && !s.inMention(j-1) &&
		!lr.g.art[s.Keys[j-1]] && !lr.g.prep[s.Keys[j-1]] && !lr.g.coord[s.Keys[j-1]] && !lr.g.rel[s.Keys[j-1]] && !lr.reports(s.Keys[j-1]) &&
		!(*LangRules)(lr).verbNext(s.Keys[j-1]) && !lr.isPastParticiple(s.Keys[j-1]) {
		j--
	}
	if j == p || j == 0 || !s.covered(j-1) {
		return p
	}
	return coveredFrom(s, -1, j)
}

// acronymFrom returns where a title that begins at token p begins with an acronym the data
// does not know right before it, the body whose title it is ("and ODM leader Raila Odinga");
// else p.
func acronymFrom(s *Sentence, p int) int {
	if p >= 2 && s.Raw != nil && !s.covered(p-1) && !s.inMention(p-1) && fold.IsAcronym(s.Raw[p-1]) {
		return p - 1
	}
	return p
}

// rankFrom returns where a name that begins at token p begins with a capitalised word the
// data does not know right after a comma, a rank or a form of address that punctuation kept
// out of its phrase (", Sheikh Abdullah bin Zayed"); else p.
func rankFrom(s *Sentence, p int) int {
	if p >= 2 && s.Keys[p-2] == "," && s.Raw != nil && fold.IsUpper(s.Raw[p-1]) && isWordKey(s.Keys[p-1]) && !s.covered(p-1) {
		return p - 1
	}
	return p
}

// coveredFrom returns where the tokens the extractor covered (modifiers: "Treasury" in "and
// Treasury Secretary Janet Yellen") begin right before token to, not before from: the gap
// between two items ends there.
func coveredFrom(s *Sentence, from, to int) int {
	for to > from+1 && s.covered(to-1) {
		to--
	}
	return to
}

// onBehalfBetween reports whether tokens [from, to) join two items of a list of signatories
// through the party the next one acts for: ", für die Emirate Außenminister" (a comma or a
// coordinator, a preposition of grammar on_behalf, then articles, genitive relatives,
// capitalised or covered words, 16 tokens at most, among them the party named: "und für E.ON
// dessen Vorstandsvorsitzender").
func (lr *langRules) onBehalfBetween(s *Sentence, from, to int) bool {
	keys := s.Keys
	if to-from < 2 || to-from > 16 || !(keys[from] == "," || lr.g.coord[keys[from]]) || !lr.g.onBehalf[keys[from+1]] {
		return false
	}
	party := false // (a party must be named: "…, für Viktor Orbán ein Affront" names none)
	// (A passive's agent word may stand last, said again: "signed for Hamas by X and for Fatah
	// by Y".)
	if lr.g.passiveAgents[keys[to-1]] && to-2 > from+1 {
		to--
	}
	for j := from + 2; j < to; j++ {
		if !lr.g.art[keys[j]] && !lr.g.genRelatives[keys[j]] && !s.covered(j) && !s.inName(j) && !(s.Raw != nil && fold.IsUpper(s.Raw[j]) && isWordKey(keys[j])) {
			return false
		}
		party = party || s.covered(j) || s.inName(j)
	}
	for j := to; j < len(keys) && j < to+4 && !party; j++ {
		party = s.covered(j) // (in the next one's title: "für die Emirate Außenminister X")
	}
	return party
}

// onBehalfParty reports whether mention m is the party someone signs for ("für das Bündnis
// Kräfte für Freiheit und Wandel der Oppositionelle X"): an on-behalf preposition, articles and
// capitalised descriptors before it.
func (lr *langRules) onBehalfParty(s *Sentence, m Mention) bool {
	if m.Type == "person" {
		return false // the signatory: "für die Emirate Außenminister Abdullah bin Zayed"
	}
	j := m.Phrase - 1
	for j > 0 && (lr.g.art[s.Keys[j]] || (s.Raw != nil && fold.IsUpper(s.Raw[j]) && isWordKey(s.Keys[j]) && !s.inName(j))) {
		j--
	}
	return j >= 1 && lr.g.onBehalf[s.Keys[j]] && (s.Keys[j-1] == "," || lr.g.coord[s.Keys[j-1]])
}

// placeAfterCoord reports whether mention m is a place in a locative phrase right after the
// coordinator at token from: "Fernández und in Santiago Präsident Boric".
func (lr *langRules) placeAfterCoord(s *Sentence, from int, m Mention) bool {
	return isPlace(m) && from+2 == m.Phrase &&
		lr.g.coord[s.Keys[from]] && lr.g.loc[s.Keys[from+1]]
}

// placeBetween reports whether a coordinator and a locative phrase on one place join the item
// ending at token from to mention m: "Fernández und in Santiago de Chile Präsident Boric",
// "al-Sisi und in Oyo Präsident Sassou Nguesso" (a town the data lacks); or the item's own
// place and then the coordinator: "met al-Sisi in Cairo and Sassou Nguesso in Oyo".
func (lr *langRules) placeBetween(s *Sentence, from int, m Mention) bool {
	keys := s.Keys
	if slices.ContainsFunc(s.Mentions, func(p Mention) bool { return p.End == m.Phrase && lr.placeAfterCoord(s, from, p) }) {
		return true
	}
	unknownPlace := func(j int) bool {
		return s.Raw != nil && j < len(keys) && fold.IsUpper(s.Raw[j]) && isWordKey(keys[j]) && !s.covered(j) &&
			!s.inPhrase(j)
	}
	if from+3 == m.Phrase && lr.g.coord[keys[from]] && lr.g.loc[keys[from+1]] && unknownPlace(from+2) {
		return true
	}
	if m.Phrase-from < 3 || !lr.g.loc[keys[from]] {
		return false
	}
	j := from + 1
	if p := slices.IndexFunc(s.Mentions, func(p Mention) bool { return p.Phrase == j && isPlace(p) }); p >= 0 {
		j = s.Mentions[p].End
	} else if unknownPlace(j) {
		j++
	} else {
		return false
	}
	if j >= m.Phrase || !lr.g.coord[keys[j]] || !lr.onlyArticles(keys, j+1, m.Phrase) {
		return false
	}
	// The next one is no subject of a clause of its own: "met Scholz in Berlin and Macron
	// arrived in Paris" (a verb after the name that does not end the sentence).
	e := m.End
	verb := e+1 < len(keys) && s.Raw != nil && isWordKey(keys[e]) && !fold.IsUpper(s.Raw[e]) && !lr.g.prep[keys[e]] &&
		!isBoundary(keys[e+1]) && !tokenize.IsTerminal(keys[e+1])
	return !verb
}

// isPlace reports whether m names a place: a city, a place or a country.
func isPlace(m Mention) bool { return m.Type == "city" || m.Type == "place" || m.Type == "country" }

// singularNoun reports whether the trigger noun at token i, if its plural is the same word
// (grammar same_plural, or a compound that ends in one: German "Treffen", "Gipfeltreffen"), has
// an article or possessive of grammar singular_articles before it, inflected adjectives apart
// ("sein geplantes Treffen"; not "Am Dienstag sind Treffen mit Vučić und Orbán geplant"). Other
// words always pass, a verb too ("sich mit X und Y treffen": in lower case).
// (Adjectives are lowercase: a noun is no adjective, "Nach dem Abendessen folgen Treffen mit
// Vučić und Orbán"; an approximator may stand before one, "einem gut einstündigen Treffen".)
func (lr *langRules) singularNoun(s *Sentence, i int) bool {
	keys := s.Keys
	if len(lr.g.singularArt) == 0 || !lr.g.caseTriggers || s.Raw != nil && !fold.IsUpper(s.Raw[i]) ||
		!slices.ContainsFunc(lr.g.samePlural, func(w string) bool { return strings.HasSuffix(keys[i], w) }) {
		return true
	}
	j := i - 1
	for j >= 0 && (lr.inflectedAdjective(keys[j]) || lr.g.approximators[keys[j]]) && !lr.g.art[keys[j]] && (s.Raw == nil || !fold.IsUpper(s.Raw[j])) {
		j--
	}
	return j >= 0 && lr.g.singularArt[keys[j]]
}

// cueTogether reports whether the people after a cue met one another too: "traf sich mit Kern
// sowie Sobotka und Fico" (one meeting), not "pendelte zwischen X und Y" or "vermittelte
// Gespräche zwischen X und Y" (a go-between meets each side), nor several phone calls ("spoke
// on the telephone to Bush and the presidents of Sri Lanka and Indonesia"), unless a joint call
// (grammar joint_calls: "a three-way phone call with X and Y").
func (lr *langRules) cueTogether(keys []string, cues set, cs, ce int) bool {
	if len(cues) == 0 || slices.ContainsFunc(lr.g.between, func(b [2]string) bool { return cues[b[0]] }) {
		return false
	}
	if !lr.g.phone.anyOf(keys[cs:ce]) {
		return true
	}
	// "a three-way phone call with X and Y", "a conference call", "in einer Telefonkonferenz":
	// a phrase of a joint call that holds a phone word (a call noun is one) or ends at most two
	// words before one (not "spoke by phone with X and Y about trilateral cooperation").
	for _, p := range lr.g.jointCalls {
		for f := cs; f+len(p) <= ce; f++ {
			if !hasPhrase(keys, f, p) {
				continue
			}
			if lr.g.phone.anyOf(keys[f:min(f+len(p)+2, ce)]) { // the phrase, or two words after it
				return true
			}
		}
	}
	return false
}

// rolesBetween reports whether tokens [from, to) join the next item through the roles it is in
// apposition to: "mit Kern sowie den Regierungschefs Tschechiens und der Slowakei, Sobotka und
// Fico" (a coordinator, the roles, which the extractor covered, and the comma before the names).
func (lr *langRules) rolesBetween(s *Sentence, from, to int) bool {
	return (*LangRules)(lr).RolesBetween(s.Keys, from, to, func(j int) bool {
		return s.covered(j) || s.inUnknown(j)
	})
}

// DescribedItem reports whether tokens [from, to) join the next item of a list of people
// before its name with a short description the data has no title for: a comma or a
// coordinator, perhaps an article, then one to four words that are no function words, no
// rule's trigger and, in English, no participle ("…, former U.S. Marine Paul Whelan and
// journalist Alsu Kurmasheva"). A name in capitals may stand in it ("Wall Street Journal
// reporter"), and an actor's modifier (tokens modifier reports: "U.S."); a comma may not.
func (l *LangRules) DescribedItem(keys []string, from, to int, modifier func(j int) bool) bool {
	if l == nil || to-from < 2 || (keys[from] != "," && !l.g.coord[keys[from]]) {
		return false
	}
	j := from + 1
	for j < to && (l.g.coord[keys[j]] || l.g.art[keys[j]]) {
		j++
	}
	if to-j < 1 || to-j > 4 {
		return false
	}
	for ; j < to; j++ {
		k := keys[j]
		if modifier(j) {
			continue
		}
		if !isWordKey(k) && !isAbbreviation(k) && k != "-" || l.FunctionWord(k) || len(l.byWord[k]) > 0 ||
			!l.g.caseTriggers && (strings.HasSuffix(k, "ed") || strings.HasSuffix(k, "ing")) {
			return false
		}
	}
	return true
}

// RolesBetween reports whether tokens [from, to) of keys join the next item of a list through
// the roles it is in apposition to: a coordinator, then only roles (tokens role reports, or a
// noun of people: "and their Indian counterparts,"), articles, coordinators, commas, numbers and
// nation nouns after the roles, and the comma before the names ("mit Kern sowie den
// Regierungschefs Tschechiens und der Slowakei, Sobotka und Fico", "sowie die Außenminister der
// beiden Golfstaaten, A und B"). A comma among the roles needs a coordinator among them too
// ("die Präsidenten Litauens, Lettlands und Estlands, …"). A dash may set the names off too, and
// a word of "others" qualify the roles: "he and the other Quad leaders – Biden, Modi and …".
func (l *LangRules) RolesBetween(keys []string, from, to int, role func(j int) bool) bool {
	if l == nil || to-from < 3 || !isSetOff(keys[to-1]) || !l.g.coord[keys[from]] {
		return false
	}
	covered, comma, coord := false, false, false
	free := false // a word after "of" that only the nation noun closing the roles may justify
	of := false   // after the genitive of the roles: "the foreign ministers of the two Gulf states"
	for j := from + 1; j < to-1; j++ {
		_, number := l.g.numbers[keys[j]]
		switch {
		case role(j) || l.g.peopleNouns[keys[j]]:
			covered = true
		case keys[j] == ",":
			comma = true
		case l.g.coord[keys[j]]:
			coord = true
		case l.g.art[keys[j]] || number || isNumberKey(keys[j]) || l.g.others[keys[j]] && !covered:
		case covered && (l.g.nationNouns[keys[j]] || l.g.caseTriggers && compoundEnd(keys[j], l.g.nationNouns, 5)):
		case covered && !l.g.caseTriggers && l.g.gen[keys[j]]:
			of = true
		case of && isWordKey(keys[j]):
			free = true
		default:
			return false
		}
	}
	if free && !l.g.nationNouns[keys[to-2]] {
		return false
	}
	return covered && (!comma || coord)
}

// isSetOff reports whether k sets names off after the roles they are in apposition to: a comma
// or a dash.
func isSetOff(k string) bool { return k == "," || isDash(k) }

// capacityCoord returns the coordinator after a capacity of one or two words that opens at
// token from, after a list item ("als Gastgeber sowie", "as host and"), or -1. The words are
// nouns: no article, preposition, participle or auxiliary ("as fighting raged and" is a
// clause).
func (lr *langRules) capacityCoord(keys []string, from int) int {
	// (Not the correlative "sowohl X als auch Y".)
	if from+1 >= len(keys) || !lr.g.capacity[keys[from]] || keys[from+1] == "auch" {
		return -1
	}
	// (A genitive may follow the noun: "als Vertreter der Afrikanischen Union sowie", "as envoy
	// of the African Union and".)
	genitive := false
	words := 2 // German "als ehemaliger Präsident"; English one noun: not "as tensions rise and"
	if !lr.g.caseTriggers {
		words = 1
	}
	for j := from + 1; j < len(keys) && j <= from+7; j++ {
		if j > from+1+words && !genitive {
			break // one or two words, or a genitive after them
		}
		if lr.g.coord[keys[j]] && j > from+1 {
			return j
		}
		k := keys[j]
		if j > from+1 && !genitive && (lr.g.gen[k] || lr.g.art[k] && lr.g.caseTriggers) {
			genitive = true // the genitive's link, then its words
			continue
		}
		if !isWordKey(k) || lr.g.art[k] && !genitive || lr.g.prep[k] || lr.g.finiteAux[k] ||
			!genitive && (lr.isParticiple(k) || lr.isPastParticiple(k)) { // ("of the United Nations")
			break
		}
	}
	return -1
}

// asideEnd returns the closing comma of a phrase set off by commas that begins at token from,
// when a coordinator follows it: a prepositional phrase (", on a state visit to Kyrgyzstan,")
// or an apposition (", national security adviser to Prime Minister Abiy Ahmed,", ", the chief
// negotiator for the TPLF,"); or the coordinator after a capacity of one or two words ("as
// host and"); else 0.
func (lr *langRules) asideEnd(keys []string, from int) int {
	// (Or a phrase of capacity with no comma before it: "Ndayishimiye in his capacity as chair of
	// the East African Community, and Rwanda's Biruta".)
	if c := lr.capacityEnd(keys, from); c > 0 && c+1 < len(keys) && lr.g.coord[keys[c+1]] {
		return c
	}
	// (Or a capacity of one or two words before a coordinator: "Abiy Ahmed als Gastgeber sowie
	// …", "Ramaphosa as host and …".)
	if c := lr.capacityCoord(keys, from); c > 0 {
		return c
	}
	if from+2 >= len(keys) || keys[from] != "," {
		return 0
	}
	open, limit := keys[from+1], from+10
	switch {
	case lr.opensRelative(keys, from+1) && !lr.g.art[open]:
		// "Raúl Castro, in dessen Hauptstadt die Verhandlungen geführt worden waren, und John
		// Kerry", "Abiy Ahmed, who helped broker the deal, and Salva Kiir": a relative clause.
		limit = from + 20
	case lr.g.prep[open]:
	case lr.g.art[open] || lr.g.possessives[open] || (isWordKey(open) && !lr.g.coord[open] && !lr.g.subord[open] && !lr.g.rel[open]):
		limit = from + 14
	default:
		return 0
	}
	for j := from + 2; j < len(keys) && j <= limit; j++ {
		if keys[j] == "," {
			if j+1 < len(keys) && lr.g.coord[keys[j+1]] {
				return j
			}
			return 0
		}
		if isBoundary(keys[j]) || tokenize.IsTerminal(keys[j]) {
			return 0
		}
	}
	return 0
}

// relativeBeforeItems returns the comma that closes a relative clause after a list item, at
// token from, when the list goes on after it to a coordinator and a last item that a verb
// follows: "Abiy Ahmed, who helped broker the deal alongside the African Union, Salva Kiir and
// Mostafa Madbouly were among the dignitaries"; else 0. (Not a list inside the relative clause
// that a comma closes: "Putin, who met Xi, Modi and Lula, said …".)
func (lr *langRules) relativeBeforeItems(s *Sentence, from int) int {
	keys := s.Keys
	if s.Raw == nil || from+2 >= len(keys) || keys[from] != "," || !lr.opensRelative(keys, from+1) ||
		lr.g.art[keys[from+1]] && !lr.g.genRelatives[keys[from+1]] {
		return 0
	}
	c := from + 2
	for c < len(keys) && c <= from+20 && keys[c] != "," && !isBoundary(keys[c]) {
		c++
	}
	if c >= len(keys) || keys[c] != "," || !slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase == c+1 && m.Named }) {
		return 0
	}
	for k := c + 2; k < len(keys) && k <= c+15; k++ {
		if keys[k] == "," || isBoundary(keys[k]) {
			return 0
		}
		if !lr.g.coord[keys[k]] {
			continue
		}
		q := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Phrase > k && lr.onlyArticles(keys, k+1, m.Phrase) && m.Named })
		if q < 0 {
			return 0
		}
		e := s.Mentions[q].End
		if e < len(keys) && lowerWord(s, e) && !lr.g.prep[keys[e]] && !lr.g.coord[keys[e]] && !lr.g.rel[keys[e]] {
			return c
		}
		return 0
	}
	return 0
}

// opensRelative reports whether a relative clause begins at token j: a relative pronoun ("der",
// "who"), a genitive one ("dessen", "whose"), or a preposition before an oblique or genitive
// one ("mit dem", "in dessen", "with whom").
func (lr *langRules) opensRelative(keys []string, j int) bool {
	if j >= len(keys) {
		return false
	}
	k := keys[j]
	return lr.g.rel[k] || lr.g.genRelatives[k] ||
		(lr.g.prep[k] && j+1 < len(keys) && (lr.g.obliqueRelatives[keys[j+1]] || lr.g.genRelatives[keys[j+1]]))
}

// listGoesOn reports whether mention j, after a comma and an article that could open an
// apposition ("Netanjahu, der Außenminister der Emirate"), is a list item all the same: a
// coordinator without a comma joins it to the next actor ("… und der Außenminister
// Bahrains") or to a noun its article opens (in German capitalised) that names no one, where
// an apposition would close with a comma first.
func (lr *langRules) listGoesOn(s *Sentence, j, to int, sp slotSpec) bool {
	prev, m := s.Mentions[j-1], s.Mentions[j]
	if m.Phrase <= prev.End || s.Keys[prev.End] != "," || !lr.onlyArticles(s.Keys, prev.End+1, m.Phrase) {
		return false
	}
	// (Or to people it names no one of: "der Kronprinz, der Emir und die Vertreter der übrigen
	// Mitgliedstaaten".)
	if e := m.End; e+2 < len(s.Keys) && lr.g.coord[s.Keys[e]] && lr.g.art[s.Keys[e+1]] && isWordKey(s.Keys[e+2]) && !s.inMention(e+2) &&
		(!lr.g.caseTriggers || s.Raw != nil && fold.IsUpper(s.Raw[e+2])) {
		return true
	}
	if j+1 >= len(s.Mentions) {
		return false
	}
	next := s.Mentions[j+1]
	// (Or, of states or bodies, or of roles that name no one, to more items of its kind after
	// commas, up to a coordinator: "the foreign ministers of Israel, the United States, Bahrain
	// and Egypt".)
	for c := j; (m.Type != "person" || !prev.Named && !m.Named) && next.Type == m.Type && next.Named == m.Named && next.End <= to && sp.accepts(next) && next.Phrase > s.Mentions[c].End; {
		gap := s.Keys[s.Mentions[c].End:next.Phrase]
		if gap[0] != "," || !lr.onlyArticles(s.Keys, s.Mentions[c].End+1, next.Phrase) {
			break
		}
		if c++; c+1 >= len(s.Mentions) {
			break
		}
		if n := s.Mentions[c+1]; n.Type == m.Type && n.End <= to && sp.accepts(n) && n.Phrase > s.Mentions[c].End &&
			lr.coordinated2(s.Keys, s.Mentions[c].End, n.Phrase) && !slices.Contains(s.Keys[s.Mentions[c].End:n.Phrase], ",") {
			return true
		}
		next = s.Mentions[c+1]
	}
	next = s.Mentions[j+1]
	if next.End > to || !sp.accepts(next) || next.Phrase <= m.End || !lr.coordinated2(s.Keys, m.End, next.Phrase) {
		return false
	}
	return !slices.Contains(s.Keys[m.End:next.Phrase], ",")
}

// namedAfterComma reports whether m, after a comma and an article, is another named actor of a
// list ("Merz, der französische Präsident Emmanuel Macron, der britische Premierminister Keir
// Starmer und …"), not an apposition that describes prev ("Zalmay Khalilzad, a US peace
// envoy"): both name someone, with a title of their own.
func namedAfterComma(s *Sentence, prev, m Mention, lr *langRules) bool {
	if m.Phrase <= prev.End || s.Keys[prev.End] != "," || !lr.onlyArticles(s.Keys, prev.End+1, m.Phrase) {
		return false
	}
	// "Mike Pompeo, President Donald Trump's pick": the owner of the noun in apposition.
	if lr.owner(s, m) {
		return false
	}
	// A country is no apposition of a country: "Nordkorea, Südkorea, die USA, China" is a list.
	return (prev.Named && m.Named && m.Start > m.Phrase) || (prev.Type == "country" && m.Type == "country")
}

// through returns m ending at e instead, past what follows the name and belongs to it: "Faisal
// bin Farhan aus Riad".
func through(m Mention, e int) Mention {
	m.End = e
	return m
}

// restatesRole reports whether m names, in apposition right after a comma, the person of the
// role of one person, prev, that names no one itself ("the Emirati foreign minister, Sheikh
// Abdullah bin Zayed,"): a name closed by a comma, a coordinator or the sentence's end, perhaps
// after an honorific.
func restatesRole(s *Sentence, prev, m Mention, lr *langRules) bool {
	if prev.Named || prev.Type != "person" || !m.Named || m.Type != "person" || m.Phrase <= prev.End || m.Phrase > prev.End+3 || s.Keys[prev.End] != "," {
		return false
	}
	// (A role of one, not a pronoun, "he, Senegal's Macky Sall and …", nor a role of several
	// that the names after it list, "the foreign ministers of the UAE and Bahrain, X and Y".)
	if prev.End-prev.Phrase < 2 || lr.pronoun(s.Keys[prev.Phrase]) || lr.g.coord.anyOf(s.Keys[prev.Phrase:prev.End]) {
		return false
	}
	// (An honorific may stand before the name: "Sheikh", "Mullah"; not an owner of another
	// actor, whose name is the next item: "the Ukrainian foreign minister, Poland's Zbigniew Rau
	// and …".)
	for j := prev.End + 1; j < m.Start; j++ {
		if j < m.Phrase && (s.Raw == nil || !isWordKey(s.Keys[j]) || !fold.IsUpper(s.Raw[j])) || s.covered(j) {
			return false
		}
	}
	return m.End >= len(s.Keys) || lr.closesName(s.Keys[m.End])
}

// allPairs returns every pair of a list of parties.
func allPairs(ks []int) [][2]int {
	var out [][2]int
	for a := 0; a < len(ks); a++ {
		for b := a + 1; b < len(ks); b++ {
			out = append(out, [2]int{ks[a], ks[b]})
		}
	}
	return out
}

// between finds "zwischen X und Y" (every pair of "zwischen X, Y und Z") or "von X mit Y"
// right after trigger i, or right before it ("das zwischen X und Y geschlossene Abkommen",
// "wurde zwischen X und Y vereinbart").
func (lr *langRules) between(s *Sentence, i int, sp slotSpec) [][2]int {
	if ps := lr.betweenAfter(s, i, sp); ps != nil {
		return ps
	}
	return lr.betweenBefore(s, i, sp)
}

// betweenBefore finds a between-list that ends right before trigger i (or before one word
// before it, a participle).
func (lr *langRules) betweenBefore(s *Sentence, i int, sp slotSpec) [][2]int {
	keys := s.Keys
	// Fronted: "Zwischen X und Y wurde ein Abkommen geschlossen", "Between X and Y, ...".
	cs, _ := lr.clause(keys, i)
	for _, b := range lr.g.between {
		if keys[cs] != b[0] || !lr.g.coord[b[1]] {
			continue
		}
		for k, m := range s.Mentions {
			if m.Phrase > cs && m.End <= i && lr.onlyArticles(keys, cs+1, m.Phrase) && sp.accepts(m) {
				if items := lr.list(s, k, i, sp, b[1]); len(items) >= 2 {
					return allPairs(items)
				}
				break
			}
		}
	}
	for k := len(s.Mentions) - 1; k >= 0; k-- {
		last := s.Mentions[k]
		// (The word between is a participle, no comma: "shuttled between Manila and Hanoi,
		// meeting his counterparts" names no meeting between the two.)
		if last.End != i && last.End != i-1 || last.End == i-1 && (lr.g.mediated[keys[i-1]] || !isWordKey(keys[i-1])) {
			continue
		}
		// Walk back to the list's opener.
		for j := k; j >= 0; j-- {
			first := s.Mentions[j]
			open := first.Phrase - 1
			for open >= 0 && lr.g.art[keys[open]] {
				open--
			}
			// (Not a witness phrase's "of": "In the presence of Pompeo, Khalilzad and Baradar
			// signed": Pompeo watched.)
			if open < 0 || lr.afterWitnessCue(s, first.Phrase) {
				break
			}
			for _, b := range lr.g.between {
				if keys[open] != b[0] || !lr.g.coord[b[1]] {
					continue
				}
				items := lr.list(s, j, i, sp, b[1])
				if len(items) >= 2 && items[len(items)-1] == k {
					return allPairs(items)
				}
			}
		}
		break
	}
	return nil
}

// betweenAfter finds the list right after trigger i.
func (lr *langRules) betweenAfter(s *Sentence, i int, sp slotSpec) [][2]int {
	keys := s.Keys
	j := i + 1
	if j+1 < len(keys) && lr.isPastParticiple(keys[j]) && keys[j] != keys[i] {
		for _, b := range lr.g.between {
			if keys[j+1] == b[0] {
				j++ // "the agreement signed between X and Y"
				break
			}
		}
	}
	// "a meeting there between X and Y"; the quote that closes the trigger's words: "there had
	// been 'no meeting' between the two".
	if j+1 < len(keys) && (lr.g.placeAdverbs[keys[j]] || quoteKey(keys[j])) && slices.ContainsFunc(lr.g.between, func(b [2]string) bool { return keys[j+1] == b[0] }) {
		j++
	}
	if len(lr.g.between) > 0 {
		j = lr.adjunctsEnd(s, j, lr.g.between[0][0])
	}
	if j >= len(keys) {
		return nil
	}
	// "weitere Gespräche der beiden Staatschefs", "talks of the two leaders": the group in the
	// genitive right after the noun are its parties.
	for k, m := range s.Mentions {
		if m.Type == "group" && (m.Phrase == i+1 && lr.g.caseTriggers || m.Phrase == i+2 && lr.g.gen[keys[i+1]]) {
			return [][2]int{{k, k}}
		}
	}
	people := len(lr.g.between) // pairs from here on join people only (grammar between_people)
	for n, b := range lr.g.betweenAll {
		if keys[j] != b[0] {
			continue
		}
		for k, m := range s.Mentions {
			if m.Phrase <= j {
				continue
			}
			if m.Type == "group" && m.Phrase == j+1 {
				return [][2]int{{k, k}} // "ein Gespräch zwischen den beiden"
			}
			if !sp.accepts(m) || m.Type == "group" || !lr.onlyArticles(keys, j+1, m.Phrase) {
				break
			}
			items := lr.list(s, k, len(keys), sp, b[1])
			// "between Blinken and Sullivan on the U.S. side and Yang and Wang": both sides.
			items = append(items, lr.nextSide(s, items, sp)...)
			if len(items) < 2 || n >= people && slices.ContainsFunc(items, func(it int) bool { return s.Mentions[it].Type != "person" }) {
				break
			}
			// "Kagame attended the joint summit of the East African Community and the Southern
			// African Development Community": bodies after a summit's opener other than the
			// grammar's first ("between"; English "among", "of", German "von", "des", "der" …)
			// convene it, and name it; when the sentence names a person other than one who tells
			// of it, those who meet at it are the people named at it (with none, "Der Gipfel von
			// EU und AU wird verschoben, teilte Ratspräsident Michel mit", the bodies are its
			// parties).
			if n > 0 && lr.g.assemblies[keys[i]] && !slices.ContainsFunc(items, func(it int) bool { return s.Mentions[it].Type != "organization" }) &&
				slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Type == "person" && !lr.tellsIn(keys, m.Phrase) }) {
				break
			}
			// (A summit, a conference, a ceremony is one gathering of all: "ein Gipfeltreffen von
			// Biden mit König Abdullah II., al-Sisi und Abbas".)
			if lr.g.coord[b[1]] || lr.g.gatherings[keys[i]] && !lr.g.generalEvents[keys[i]] {
				// "deals between Israel and Bahrain and between Serbia, Kosovo and Israel": a
				// second list after the opener repeated is another group of its own.
				return append(allPairs(items), lr.secondBetween(s, items, b, sp)...)
			}
			var out [][2]int // "von X mit Y und Z": X with each
			for _, o := range items[1:] {
				out = append(out, [2]int{items[0], o})
			}
			return out
		}
	}
	return nil
}

// secondBetween returns the pairs of a second list that follows a between-list's last item
// after a coordinator and the list's opener repeated ("… and between Serbia and Kosovo"), or
// nil.
func (lr *langRules) secondBetween(s *Sentence, items []int, b [2]string, sp slotSpec) [][2]int {
	keys := s.Keys
	e := s.Mentions[lastOf(items)].End
	if e+2 >= len(keys) || !lr.g.coord[keys[e]] || keys[e+1] != b[0] {
		return nil
	}
	for k, m := range s.Mentions {
		if m.Phrase <= e+1 {
			continue
		}
		if !sp.accepts(m) || m.Type == "group" || !lr.onlyArticles(keys, e+2, m.Phrase) {
			return nil
		}
		if more := lr.list(s, k, len(keys), sp, b[1]); len(more) >= 2 {
			return allPairs(more)
		}
		return nil
	}
	return nil
}

// tellsIn reports whether the clause of token j holds a word that sets off a statement rule
// ("sagte", "said", "teilte … mit"): the one named there tells of something, who may not be
// at it.
func (lr *langRules) tellsIn(keys []string, j int) bool {
	cs, ce := lr.clause(keys, j)
	return slices.ContainsFunc(keys[cs:ce], func(k string) bool {
		return slices.ContainsFunc(lr.byWord[k], func(c *compiled) bool { return c.Relation == Statement })
	})
}

// adjunctsEnd returns where the list opened by word opener begins when only adjuncts of the
// event stand between a noun and it ("talks in Beijing between X and Y", "talks were held in
// Beijing on Friday between X and Y"): a verb of taking place, and phrases of place or time
// (a preposition of place, or "on", before a place the data knows or a capitalised word or
// number). Otherwise j itself: not "the summit in Istanbul amid tensions between Russia and
// the US".
func (lr *langRules) adjunctsEnd(s *Sentence, j int, opener string) int {
	keys := s.Keys
	k := j
	for n := 0; n < 4 && k < len(keys) && keys[k] != opener; n++ {
		if p := lr.occurrenceAt(keys, k); p > 0 {
			k = p
			continue
		}
		if p := lr.timeAdjunct(keys, k); p > 0 {
			k = p
			continue
		}
		if !lr.g.loc[keys[k]] && keys[k] != "on" || k+1 >= len(keys) {
			return j
		}
		at := k + 1
		for at < len(keys) && lr.g.art[keys[at]] {
			at++
		}
		end := 0
		for _, m := range s.Mentions {
			if m.Start == at && m.Type != "person" && m.Type != "group" {
				end = m.End
				break
			}
		}
		if end == 0 && at <= k+2 && s.Raw != nil && !lr.g.caseTriggers {
			// (English only: a German noun is capitalised whatever it names. A name the data
			// knows as a modifier only, after an article, too: "in a Geneva hotel".)
			for end = at; end < len(keys) && end-at < 3 && (fold.IsUpper(s.Raw[end]) || isNumberKey(keys[end])); end++ {
			}
			if end == at {
				end = 0
			}
		}
		if end == 0 {
			return j
		}
		// (A noun the place names may follow it, right before the list: "talks in a Geneva
		// hotel between X and Y"; after a locative only, not a topic after "on": "talks on
		// the Black Sea ceasefire between Russia and Ukraine".)
		if lr.g.loc[keys[k]] && end+1 < len(keys) && keys[end+1] == opener && isWordKey(keys[end]) && !lr.g.prep[keys[end]] && !lr.g.coord[keys[end]] &&
			s.Raw != nil && !fold.IsUpper(s.Raw[end]) {
			end++
		}
		k = end
	}
	if k < len(keys) && keys[k] == opener {
		return k
	}
	return j
}

// timeAdjunct returns the index after a span of time that begins at token k, at most three
// words of time adverbs ending in a unit of time or a calendar noun ("earlier this month",
// "last week"; grammar time_adverbs, time_units, calendar_nouns), or 0.
func (lr *langRules) timeAdjunct(keys []string, k int) int {
	if !lr.g.timeAdverbs[keys[k]] {
		return 0
	}
	for j := k + 1; j < len(keys) && j <= k+2; j++ {
		if lr.g.timeUnits[keys[j]] || lr.g.calendarNouns[keys[j]] {
			return j + 1
		}
		if !lr.g.timeAdverbs[keys[j]] {
			return 0
		}
	}
	return 0
}

// occurrenceAt returns the index after a phrase of taking place that begins at token k
// ("were held", "took place"), auxiliaries perhaps before it ("will then be held"; grammar
// occurrence_aux), or 0.
func (lr *langRules) occurrenceAt(keys []string, k int) int {
	for ; k < len(keys); k++ {
		for _, p := range lr.g.occurrence {
			if hasPhrase(keys, k, p) {
				return k + len(p)
			}
		}
		if !lr.g.occurrenceAux[keys[k]] {
			break
		}
	}
	return 0
}

// partyNoun reports whether k is, or ends in, a noun of states or of people (nation_nouns,
// people_nouns, singular or plural): "Nachbarstaat", "countries", "Minister".
func (lr *langRules) partyNoun(k string) bool {
	k = nounStem(k)
	return slices.ContainsFunc(lr.g.partyStems, func(st string) bool { return strings.HasSuffix(k, st) })
}

// nounStem takes a plural ending off a noun: "Staaten", "countries", "leaders".
func nounStem(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "ies"), "en"), "s")
}

// emptyPhrase reports whether the token at j is a preposition whose phrase names no actor and
// no one by pronoun: a veto "mit" is another party's cue, but "mit einem Kugelschreiber" is an
// instrument. The phrase runs to the next punctuation, six words at most.
func (lr *langRules) emptyPhrase(s *Sentence, j int) bool {
	keys := s.Keys
	// (Only a preposition that names parties: "mit", "von", "zwischen"; "am Abend", "an einer
	// Gala" name when and what.)
	k := keys[j]
	if !lr.g.prep[k] || j+1 >= len(keys) ||
		!(lr.g.with[k] || lr.g.origins[k] || slices.ContainsFunc(lr.g.between, func(b [2]string) bool { return b[0] == k })) {
		return false
	}
	// Only an indefinite phrase or an adjective may be no party: "mit einem Kugelschreiber",
	// "with a pen", "mit großer Mehrheit", "Mit über dreistündiger Verspätung"; "with unions"
	// names parties the data lacks.
	p := j + 1
	for p+1 < len(keys) && p <= j+2 && (lr.g.approximators[keys[p]] || isNumberKey(keys[p])) {
		p++
	}
	// (German also: a bare noun, no article, that is no actor: "von Atomwaffen".)
	bareNoun := lr.g.caseTriggers && s.Raw != nil && p == j+1 && fold.IsUpper(s.Raw[p]) && isWordKey(keys[p]) && !s.covered(p) &&
		!s.inMention(p)
	if k := keys[p]; !lr.g.indefinites[k] && !(lr.g.caseTriggers && s.Raw != nil && !fold.IsUpper(s.Raw[p]) && hasAdjEnding(k)) && !bareNoun {
		return false
	}
	end := j + 1
	for end < len(keys) && end <= j+6 && isWordKey(keys[end]) {
		k := keys[end]
		// A pronoun, or a noun of states or people ("mit einem zentralasiatischen
		// Nachbarstaat", "mit mehreren afrikanischen Staaten"): parties the data lacks.
		if lr.g.refers[k] || lr.partyNoun(k) {
			return false
		}
		end++
		if lr.g.caseTriggers && s.Raw != nil && (end-1 > j+1 || bareNoun) && fold.IsUpper(s.Raw[end-1]) {
			break // a German phrase ends with its noun: "mit dreistündiger Verspätung"
		}
	}
	if end == j+1 {
		return false
	}
	return !slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase > j && m.Phrase < end })
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

// coordinated finds "X und Y" (every pair of "X, Y und Z") or a group before trigger i in its
// clause, else after it. Witnesses ("im Beisein von X und Y") are parties only when no one else
// is: "verkündete den Abschluss im Beisein der Präsidenten X, Y und Z".
func (lr *langRules) coordinated(s *Sentence, i, cs, ce int, sp slotSpec) [][2]int {
	if ps := lr.coordinatedIn(s, i, cs, ce, sp, false); ps != nil {
		return ps
	}
	return lr.coordinatedIn(s, i, cs, ce, sp, true)
}

// coordinatedIn is coordinated; with witnessesToo, the actors after a witness phrase may be
// the coordinated parties too.
func (lr *langRules) coordinatedIn(s *Sentence, i, cs, ce int, sp slotSpec, witnessesToo bool) [][2]int {
	keys := s.Keys
	// A list may begin before the clause: "Deutschlands, Frankreichs und Polens" crosses commas.
	find := func(from, to, reach int) [][2]int {
		// reaches reports whether a list's last item lies in the trigger's clause or ends right
		// before the comma that opens it.
		reaches := func(last Mention) bool {
			return last.Phrase >= reach || (reach >= 1 && last.End == reach-1 && keys[reach-1] == ",")
		}
		inPhrase := -1 // the last item of a list a preposition governs
		for k, m := range s.Mentions {
			// "Im Beisein der beiden unterzeichneten X und Y": the witnesses are no parties.
			if k <= inPhrase || m.Phrase < from || m.End > to || !sp.accepts(m) {
				continue
			}
			// A list's first item may follow the slot's cue: "unterzeichnet von X und Y". The
			// rest of a list the preposition governs is in its phrase too: "Auch in London, Rom
			// und Madrid kamen Hunderttausende zusammen". Witnesses are in theirs even after the
			// cue: "Im Beisein von Putin und Kurz unterzeichneten X und Y" (unless the trigger
			// is the witness's verb: "was attended by X and Y").
			witness := !witnessesToo && lr.afterWitnessCue(s, m.Phrase) && !(i+1 < m.Phrase && sp.cues[keys[i+1]])
			r, w := lr.governs(s, m)
			// (An English cue after another verb's participle set off by a comma is that verb's:
			// "concluded at the dialogue, attended by X and Y"; not "signed and ratified by".)
			if c := m.Phrase - 1; sp.cues[w] && c > i+2 && keys[c-1] != keys[i] &&
				lr.isPastParticiple(keys[c-1]) && keys[c] == w && keys[c-2] == "," {
				witness = true
			}
			// (So is one after a word of mediation, even when no one else is named: mediators
			// are no parties, "a truce reached after talks mediated by Qatar and Egypt", "after
			// mediation by Qatar and Egypt", "The truce mediated by Qatar and Egypt was signed";
			// unless the word is the trigger, whose agents the rule looks for.)
			if c := lr.backOver(s, m.Phrase, func(k int) bool { return lr.g.art[keys[k]] }) - 1; c >= 1 && c-1 != i && sp.cues[keys[c]] && lr.g.mediated[keys[c-1]] {
				witness = true
			}
			// (So is a list after a word of company: "signed the documents alongside X and Y".)
			if ((r == prep || r == genitiv) && !sp.cues[w] && !lr.absoluteWith(s, k, i, w, to, sp)) || witness || lr.companionBefore(s, m) {
				// Only items of the governed one's kind: "In Beijing, Xi and Putin agreed" has its
				// subjects after the place.
				for _, it := range lr.phraseList(s, k, to, sp) {
					if s.Mentions[it].Type != m.Type {
						break
					}
					inPhrase = it
				}
				continue
			}
			if (m.Type == "group" || m.Type == "event") && !lr.owner(s, m) { // "die beiden", "The meeting was called off"
				// "the two leaders and their wives, Melania Trump and Peng Liyuan, had dinner":
				// a group, then names in apposition to roles, reach into the clause together.
				if items := lr.list(s, k, to, sp, ""); m.Type == "group" && len(items) >= 2 && lr.rolesBetween(s, m.End, s.Mentions[items[1]].Phrase) {
					if reaches(s.Mentions[items[len(items)-1]]) {
						return allPairs(items)
					}
				}
				if m.Phrase >= reach {
					return [][2]int{{k, k}}
				}
				continue
			}
			// The list reaches into the trigger's clause, or ends right before the comma that
			// opens it: "Putin, Erdoğan und Ruhani, die Präsidenten …, haben beraten".
			if items := lr.list(s, k, to, sp, ""); len(items) >= 2 {
				last := s.Mentions[items[len(items)-1]]
				// (Not one before the clause when a list of its own lies in it: "hosted Dar and
				// the Taliban's foreign minister, Amir Khan Muttaqi, in Beijing, weeks after
				// India and Pakistan agreed".)
				if last.Phrase < reach && slices.ContainsFunc(s.Mentions[items[len(items)-1]+1:], func(o Mention) bool {
					return o.Phrase >= reach && o.End < to && sp.accepts(o) && lr.g.coord[keys[o.End]] && lr.ungoverned(s, o)
				}) {
					continue
				}
				if reaches(last) || lr.setOff(keys, last.End, reach-1) {
					return allPairs(items)
				}
			}
		}
		return nil
	}
	// A cue after the trigger says where the list is: "witnessed the signing of the agreement by
	// Gan and Rafizi" (not the witnesses before it).
	if len(sp.cues) > 0 {
		for j := i + 1; j < min(ce, len(keys)); j++ {
			if sp.cues[keys[j]] {
				if ps := find(j+1, sentenceTo(keys, ce), j+1); ps != nil {
					return ps
				}
				break
			}
		}
	}
	// (English: after a complementizer or an adverbial clause's opener in the trigger's own
	// clause, not before it: "the two leaders had agreed that the foreign secretaries of both
	// countries would meet"; but "Putin and Xi, while in Moscow, signed": the aside is closed.)
	start := sentenceFrom(keys, cs) // where the trigger's stretch between commas opens
	from := start
	if !lr.g.freeInversion {
		for j := i - 1; j >= max(cs, from+1); j-- {
			if lr.opensClause(keys, j, i) {
				from = j + 1
				break
			}
		}
	}
	if ps := find(from, i, cs); ps != nil {
		return ps
	}
	// "Putin und Erdoğan vereinbarten, sich bald zu treffen": a German infinitive clause after a
	// verb of intent or a negation ("lehnten es ab") has the subject of the clause it depends on;
	// not after other verbs ("wiesen ihre Unterhändler an, sich zu treffen": the object meets),
	// not when an actor follows that subject ("riefen A und B auf"), and not a purpose ("kamen
	// zusammen, um zu beraten": the meeting just told).
	var gs [][2]int
	if lr.infinitive(keys, i, cs) && !lr.g.purpose[keys[cs]] {
		gs = lr.governing(s, cs)
	}
	if len(gs) > 0 {
		g := gs[0]
		if lr.intentIn(keys, g) || lr.hasCue(keys, g[0], g[1], cueNegated) {
			ps := find(sentenceFrom(keys, g[0]), g[1], g[0])
			e := listEnd(s, ps)
			if ps != nil && !slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase >= e && m.End <= g[1] && sp.accepts(m) }) {
				return ps
			}
		}
	}
	// "X, Y and Z unveiled a plan, issuing a joint statement": a participle after a comma has
	// the subject of the clause before it.
	if i == cs && lr.participleClause(keys, i) {
		pcs, _ := lr.clause(keys, i-2)
		if ps := find(sentenceFrom(keys, pcs), i, pcs); ps != nil {
			return ps
		}
	}
	// "Faisal and Amir-Abdollahian met in Beijing, the first such meeting in seven years, and
	// agreed …": a verb right after a comma and a coordinator has the subject list that opens
	// the sentence.
	// (Not a list of a subordinate clause, nor when another actor opens a clause of its own after
	// a comma past the list: "After Putin and Xi met, Lavrov flew to Delhi, and agreed …".)
	if c := i - 1; c >= 2 && lr.g.coord[keys[c]] && keys[c-1] == "," {
		if ps := find(start, c, start); ps != nil && s.Mentions[ps[0][0]].Phrase <= start+1 && !lr.g.subord[keys[start]] {
			e := listEnd(s, ps)
			if !slices.ContainsFunc(s.Mentions, func(m Mention) bool {
				return m.Phrase > e && m.End <= c && keys[m.Phrase-1] == "," && m.Type != "group" && sp.accepts(m) && lr.ungoverned(s, m)
			}) {
				return ps
			}
		}
	}
	// "At a joint news conference, Biden and Morrison said": a fronted phrase set off by a
	// comma has its clause's subject after the comma.
	// (Not when an actor follows the trigger in its clause, which the verb has: "Unter den
	// Gästen waren Ban Ki-moon, Raúl Castro, …".)
	if cs == start && cs < len(keys) && lr.g.prep[keys[cs]] && ce < len(keys) && keys[ce] == "," &&
		!slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase > i && m.End <= ce && sp.accepts(m) && lr.ungoverned(s, m) }) {
		if ps := find(ce+1, sentenceTo(keys, ce+1), ce+1); ps != nil && s.Mentions[ps[0][0]].Phrase == ce+1 {
			return ps
		}
	}
	if !lr.g.freeInversion && len(sp.cues) == 0 {
		return nil // English "X met Y and Z" has objects after the verb, not a coordinated subject
	}
	// After the verb the list may cross commas too: "verhandelten Merkel, Hollande, Putin und
	// Poroschenko". (Not into an English relative clause: "was signed after talks between Putin
	// and Xi, who were both attending a summit".)
	to := sentenceTo(keys, ce)
	if !lr.g.freeInversion {
		for j := i + 1; j+1 < to; j++ {
			if keys[j] == "," && lr.g.rel[keys[j+1]] {
				to = j
				break
			}
		}
	}
	return find(i+1, to, i+1)
}

// setOff reports whether tokens [from, to] are a phrase set off by commas after a list's last
// item, which the clause then follows: "Santos and Londoño, better known as Timochenko, signed",
// "Santos und Londoño alias 'Timoschenko', haben unterzeichnet".
func (lr *langRules) setOff(keys []string, from, to int) bool {
	if from < 0 || to >= len(keys) || to-from < 2 || to-from > 12 || !(keys[from] == "," || lr.g.aliasWords[keys[from]]) || keys[to] != "," {
		return false
	}
	return !slices.ContainsFunc(keys[from+1:to], func(k string) bool {
		return k == "," || isStrongBoundary(k) || lr.g.coord[k] || lr.g.comp[k]
	})
}

// isParticiple reports whether k is a present participle ("receiving"), in a language that
// participleOpens reports whether an English participle clause opens at token j, after a comma:
// "…, attending his first such meeting, …" (not a preposition or an including word that ends
// alike: ", during his visit,", ", according to aides,", ", including Xi,").
func (lr *langRules) participleOpens(keys []string, j int) bool {
	return !lr.g.verbFinal && lr.isParticiple(keys[j]) && !lr.g.prep[keys[j]] && !lr.g.including[keys[j]]
}

// has a suffix for one.
func (lr *langRules) isParticiple(k string) bool {
	return lr.g.participleSuffix != "" && strings.HasSuffix(k, lr.g.participleSuffix)
}

// isPastParticiple reports whether k ends like a past participle ("held", "signed"), in a
// language whose grammar gives the suffix.
func (lr *langRules) isPastParticiple(k string) bool {
	return lr.g.pastParticipleSuffix != "" && len(k) > len(lr.g.pastParticipleSuffix)+2 && strings.HasSuffix(k, lr.g.pastParticipleSuffix)
}

// participleClause reports whether a participle clause begins at token cs, after a comma:
// "…, receiving a welcome from Y", or one after a subordinator: "…, after being met on arrival
// by Y", "…, before hosting a working lunch for Y".
// A span of time may come before the subordinator: "…, a day after receiving Kim there".
func (lr *langRules) participleClause(keys []string, cs int) bool {
	if cs < 2 || keys[cs-1] != "," {
		return false
	}
	cs += lr.timeSpan(keys, cs)
	return lr.isParticiple(keys[cs]) || lr.passiveParticiple(keys, cs) ||
		cs+1 < len(keys) && lr.g.subord[keys[cs]] && lr.isParticiple(keys[cs+1])
}

// passiveParticiple reports whether a past participle at keys[cs] has the agent of a passive
// within five words after it: "…, greeted at the airport by Starmer".
func (lr *langRules) passiveParticiple(keys []string, cs int) bool {
	if !lr.isPastParticiple(keys[cs]) {
		return false
	}
	for j := cs + 1; j < len(keys) && j <= cs+5 && keys[j] != ","; j++ {
		if lr.g.passiveAgents[keys[j]] {
			return true
		}
	}
	return false
}

// timeSpan returns the length of a span of time at keys[cs] that a subordinator follows: at
// most three words up to a unit of time of the grammar (time_units: "a day after", "two weeks
// before", "less than a month after", "hours after", "shortly after"), or 0.
func (lr *langRules) timeSpan(keys []string, cs int) int {
	// (Its words are counts and quantifiers, no participle or preposition: not "…, meeting in
	// Beijing hours before the ceremony".)
	for n := 0; n < 4 && cs+n+1 < len(keys) && isWordKey(keys[cs+n]) && !lr.isParticiple(keys[cs+n]) && !lr.g.prep[keys[cs+n]]; n++ {
		if lr.g.timeUnits[keys[cs+n]] && lr.g.subord[keys[cs+n+1]] {
			return n + 1
		}
	}
	return 0
}

// sentenceTo returns where the stretch of comma-separated material from ce ends: the sentence
// end or the next strong boundary.
func sentenceTo(keys []string, ce int) int {
	for j := ce; j < len(keys); j++ {
		if keys[j] == `"` {
			// A quote of a word or two is no boundary: "genannt „Hemeti“, für die …".
			if q := slices.Index(keys[min(j+1, len(keys)):min(j+4, len(keys))], `"`); q >= 1 &&
				!slices.ContainsFunc(keys[j+1:j+1+q], isStrongBoundary) {
				j += q + 1
				continue
			}
		}
		if isStrongBoundary(keys[j]) && !abbrevDot(keys, j) {
			return j
		}
	}
	return len(keys)
}

// commaCoord reports whether a comma and a coordinator after it stand in keys[from:to]: another
// clause follows ("Vor genau zwei Jahren begann der Krieg, und am Samstag empfing …").
func (lr *langRules) commaCoord(keys []string, from, to int) bool {
	for j := from; j+1 < to; j++ {
		if keys[j] == "," && lr.g.coord[keys[j+1]] {
			return true
		}
	}
	return false
}

// opener reports whether token k is a coordinator, complementizer, subordinator or strong
// boundary that a fronted phrase may follow: "and, after meeting Y, X said", "said that in a
// call with Y, X …".
func (lr *langRules) opener(keys []string, k int) bool {
	return k >= 0 && (lr.g.coord[keys[k]] || lr.g.comp[keys[k]] || lr.g.subord[keys[k]] || isStrongBoundary(keys[k]))
}

// sentenceFrom returns where the stretch of commas-separated material before cs begins: the
// sentence start or the last strong boundary.
func sentenceFrom(keys []string, cs int) int {
	for j := cs - 1; j >= 0; j-- {
		if isStrongBoundary(keys[j]) && !abbrevDot(keys, j) {
			return j + 1
		}
	}
	return 0
}

// objectArticleBefore reports whether the noun at token j has an article in the object case
// before it, adjectives apart, or a preposition: "einen Bericht", "zu dem internen Bericht".
func (lr *langRules) objectArticleBefore(keys []string, j int) bool {
	k := j - 1
	for k >= 0 && hasAdjEnding(keys[k]) && !lr.g.art[keys[k]] {
		k--
	}
	return k >= 0 && (lr.g.objArt[keys[k]] || lr.g.prep[keys[k]] || (lr.g.art[keys[k]] && k >= 1 && lr.g.prep[keys[k-1]]))
}

// reports reports whether key sets off a statement rule: a verb of saying ("said", "told").
func (lr *langRules) reports(key string) bool {
	return slices.ContainsFunc(lr.byWord[key], func(c *compiled) bool { return c.Relation == Statement && c.Object == nil })
}

// saidClause reports whether word k begins what was said after a speech verb rather than the
// speaker's noun phrase: a pronoun, a possessive, an auxiliary or a complementizer.
func (lr *langRules) saidClause(k string) bool {
	return lr.pronoun(k) || lr.g.possessives[k] || lr.g.comp[k] || lr.g.passiveAux[k] || lr.g.saidOpeners[k] || k == ","
}

// abbrevDot reports whether token j is the period of an abbreviation or an initial, which ends
// no sentence: "The Prime Minister, Mr. A. B. Vajpayee, and …".
func abbrevDot(keys []string, j int) bool {
	if keys[j] != "." || j == 0 || j+1 == len(keys) {
		return false
	}
	p := keys[j-1]
	return abbreviations[p] || (utf8.RuneCountInString(p) == 1 && unicode.IsLetter([]rune(p)[0]))
}

// abbreviations are the words before a period inside a sentence, German and English: honorifics
// and ranks (the segmenter keeps such periods inside the sentence; sentenceFrom and sentenceTo,
// which know no language, must not end a stretch there either).
var abbreviations = set{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "gen": true, "lt": true,
	"col": true, "gov": true, "rep": true, "jr": true, "sr": true, "rev": true, "capt": true, "sgt": true, "maj": true, "adm": true,
	"st": true, "hr": true, "fr": true, "nr": true, "bzw": true, "ca": true}

// isStrongBoundary reports whether k ends a stretch of comma-separated material.
func isStrongBoundary(k string) bool {
	switch k {
	case ";", ":", ".", "!", "?", `"`, "—":
		return true
	}
	return false
}

// commemorated returns the word within six words of trigger i in its clause [cs, ce), with no
// comma between, that makes what the trigger names remembered, or -1: a verb of remembering
// ("jährte sich das Treffen", "commemorated the summit"), or a noun of it whose genitive the
// trigger is ("the anniversary of the meeting", "Jahrestag des Treffens"). "Biden met
// Zelensky on the anniversary of the invasion" remembers the invasion, not the meeting.
func (lr *langRules) commemorated(s *Sentence, i, cs, ce int) int {
	keys := s.Keys
	// "Fifty years ago on Monday, Nixon met Mao", "Vor genau 25 Jahren reichten sich Rabin und
	// Arafat die Hand": history, told before the trigger or in its clause (not after it, "traf
	// am Montag Xi, vor genau 50 Jahren hatten beide Länder …", nor before a semicolon or a dash
	// that ends what looks back: "Fünf Jahre ist es her, dass …; am Montag empfing Macron Xi").
	if j := lr.retrospective(s); j >= 0 && j < ce && !slices.ContainsFunc(keys[min(j, i):i], func(k string) bool { return k == ";" || isDash(k) }) &&
		!lr.commaCoord(keys, j, i) {
		return j
	}
	for j := i - 1; j >= max(cs, i-6) && keys[j] != ","; j-- {
		if lr.g.commemorateVerbs[keys[j]] {
			return j
		}
		if lr.g.commemorations[keys[j]] && lr.g.gen.anyOf(keys[j+1:i]) {
			return j
		}
	}
	for j := i + 1; j < min(ce, i+7) && keys[j] != ","; j++ {
		if lr.g.commemorateVerbs[keys[j]] {
			return j
		}
	}
	return -1
}

// retrospective returns the last word of the first phrase of grammar retrospective in the
// sentence, or -1, worked out once per sentence: every trigger of it asks. A word "*" of a
// phrase stands for any one word or number ("vor genau * Jahren").
func (lr *langRules) retrospective(s *Sentence) int {
	if !s.memo.retroOK {
		s.memo.retro = -1
		for j := range s.Keys {
			if slices.ContainsFunc(lr.g.retrospective, func(w []string) bool { return j+1 >= len(w) && wildPhraseAt(s.Keys, j+1-len(w), w, true) }) {
				s.memo.retro = j
				break
			}
		}
		s.memo.retroOK = true
	}
	return s.memo.retro
}

// commaAfter returns the first comma after the one at c, within the twelve tokens a
// description may take and before a boundary, or 0.
func commaAfter(keys []string, c int) int {
	for j := c + 1; j < len(keys) && j-c <= 12; j++ {
		if keys[j] == "," {
			return j
		}
		if isBoundary(keys[j]) || tokenize.IsTerminal(keys[j]) {
			return 0
		}
	}
	return 0
}
