package rules

import (
	"slices"
	"strings"

	"dipex/fold"
	"dipex/tokenize"
)

// modality reads the cues in the trigger's clause [cs, ce).
func (lr *langRules) modality(raw, keys []string, i, cs, ce int, def, rel string) string {
	if def == "" {
		def = Asserted
	}
	var found [4]bool // by cue kind
	for j := cs; j < ce; j++ {
		if j == i {
			continue // the trigger is no cue of itself ("berichtete")
		}
		if j+1 < len(keys) && keys[j+1] == "-" {
			continue // part of a compound: "in the not-too-distant future"
		}
		if c := lr.quotedAside(keys, j); c > 0 {
			j = c
			continue
		}
		cues := lr.g.cues[keys[j]]
		if len(cues) == 0 {
			continue
		}
		if j < i && lr.clauseOpensAfter(keys, j, i) {
			continue // "The summit was shelved after Trump spoke with Putin": the cue is the other clause's
		}
		if lr.g.privatives[keys[j]] {
			// "met Xi without meeting Putin": a cue after the trigger opens a clause of its own;
			// one before it that a coordinator or a comma closes is another clause's ("left
			// Helsinki without meeting Niinistö and met Xi in Osaka").
			if j > i || lr.privativeClosed(keys, j, i) {
				continue
			}
			// One that governs the trigger, a participle a word or two after it, negates it.
			if i-j <= 3 && lr.isParticiple(keys[i]) {
				found[cueNegated] = true
				continue
			}
		}
		// An attribute after an article describes another noun than the trigger's: "met Biden
		// at the postponed summit" (but "the cancelled meeting between X and Y").
		if j >= 1 && (lr.g.art[keys[j-1]] || lr.g.possessives[keys[j-1]]) && lr.g.calledOff[keys[j]] && !(i > j && i <= j+2) {
			continue
		}
		if rel == Statement && (lr.g.calledOff[keys[j]] || lr.inCallOff(keys, j)) {
			continue // calling a meeting off is saying something: "hatte die Begegnung abgesagt und dies begründet"
		}
		for _, c := range cues {
			// (Nor is a cue of several words a statement's trigger is part of: "dismissed
			// claims" of one at "claims". A meeting's may be: "to meet".)
			if lr.cueAt(keys, j, c, i) && !(rel == Statement && j < i && i < j+len(c.words)) &&
				!(c.kind == cuePlanned && lr.infinitiveBetween(raw, keys, i, j) && (rel == Agreement || lr.timedBefore(raw, keys, i, j))) &&
				!(c.kind == cuePlanned && lr.g.planNouns[keys[j]] && j > i && j-i <= 2 && lr.pastVerb(keys[i])) &&
				!(c.kind == cuePlanned && lr.g.planNouns[keys[j]] && lr.planObject(keys, i, j)) {
				found[c.kind] = true
			}
		}
	}
	// "…, Israeli media reported.": a short clause of reporting that closes the sentence
	// covers the clause before it (not a relative clause: "…, who reportedly arrived by train").
	if ce+1 < len(keys) && keys[ce] == "," && len(keys)-ce <= 7 && !lr.g.rel[keys[ce+1]] && !lr.g.subord[keys[ce+1]] &&
		lr.hasCue(keys, ce+1, len(keys), cueReported) {
		found[cueReported] = true
	}
	if found[cueNegated] || (found[cueFailed] && rel == Agreement) || lr.counterfactual(raw, keys, cs, ce) || lr.separableNegation(keys, i, cs, ce) {
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
	return def
}

// planObject reports whether the plan noun at token j is the object of the accord trigger i,
// a noun after an article in the phrase that follows it: "agreed on a five-point plan to ease
// tensions" agreed on the plan, it planned nothing (not "agreed to a plan", "plans to meet").
func (lr *langRules) planObject(keys []string, i, j int) bool {
	if j <= i || j-i > 7 {
		return false
	}
	for k := i + 1; k < j; k++ {
		if lr.g.art[keys[k]] {
			return true
		}
		if keys[k] == "," || lr.g.comp[keys[k]] || lr.g.rel[keys[k]] {
			return false
		}
	}
	return false
}

// privativeClosed reports whether a coordinator or a comma closes the phrase of the privative
// at token j before trigger i: one not followed by another participle of that phrase
// ("without seeing Niinistö or holding talks with Putin", "without meeting or speaking with
// Niinistö" go on; "without meeting Niinistö and met Xi" does not).
func (lr *langRules) privativeClosed(keys []string, j, i int) bool {
	for c := j + 1; c < i; c++ {
		if keys[c] != "," && !lr.g.coord[keys[c]] {
			continue
		}
		if n := keys[c+1]; !lr.isParticiple(n) || lr.g.coord[n] {
			return true
		}
	}
	return false
}

// pastVerb reports whether key is a verb of the past as timedBefore reads one: "discussed",
// "met", "held", "spoke".
func (lr *langRules) pastVerb(k string) bool {
	return strings.HasSuffix(k, "ed") || k == "met" || k == "held" || k == "spoke"
}

// timedBefore reports whether the trigger at i has a time of its own before the infinitive that
// precedes token j, or is a past form: "met Wang Yi on Monday to prepare for a summit next
// month" (the summit is planned, the meeting took place), "held talks with him to pave the way
// for …"; not "meets Wang Yi to discuss trade next week".
func (lr *langRules) timedBefore(raw, keys []string, i, j int) bool {
	if lr.pastVerb(keys[i]) {
		return true
	}
	for k := i + 1; k+1 < j && !lr.g.infinitiveMarkers[keys[k]]; k++ {
		if (keys[k] == "on" || keys[k] == "am") && raw != nil && fold.IsUpper(raw[k+1]) || numeric(keys[k]) {
			return true
		}
	}
	return false
}

// infinitiveBetween reports whether an infinitive stands after trigger i and before token j
// (an infinitive marker, then a word in lower case that is no article or number): for an
// agreement, a time after it is the infinitive's, not the trigger's ("agreed on Tuesday to
// resume talks next month"; not "a visit to Beijing next week"; a meeting's purpose is
// planned with it: "meets Wang Yi to discuss trade next week").
func (lr *langRules) infinitiveBetween(raw, keys []string, i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		n := keys[k+1]
		if lr.g.infinitiveMarkers[keys[k]] && !lr.g.verbFinal && isWordKey(n) && !lr.g.art[n] && !numeric(n) &&
			!lr.g.possessives[n] && !(raw != nil && fold.IsUpper(raw[k+1])) {
			return true
		}
	}
	return false
}

// hypothetical reports whether a word of grammar hypothetical stands in the trigger i's clause
// [from, to) before it, in no other clause, and no negation cue in the clause: "could meet",
// "whether they will meet", "ob sie zusammenkommen"; but "could not meet" did not happen, nor
// did what was cut short "before the two men could sign" (grammar not_hypothetical). A
// negation after the trigger of a question that opens the sentence is the main clause's.
func (lr *langRules) hypothetical(raw, keys []string, i, from, to int) bool {
	for j := max(from, 0); j < i; j++ {
		// (A word written with an umlaut is that word only with it: "könnte", not the past
		// "konnte", whose key is the same.)
		if !lr.g.hypothetical[keys[j]] || raw != nil && lr.g.hypotheticalUmlauts[keys[j]] && !hasUmlaut(raw[j]) || lr.clauseOpensAfter(keys, j, i) {
			continue
		}
		// (A question that opens the sentence is its subject; the verb after it is the main
		// clause's: "Whether Kim would meet Hu was not known".)
		negTo := to
		if sentenceStart(keys, j) {
			negTo = i
		}
		return !lr.hasCue(keys, from, negTo, cueNegated) && !lr.opensCutShort(raw, keys, from, j)
	}
	return false
}

// content returns the span of what was said: the words after the trigger (and after the
// speaker, when the speaker follows it) to the end of the sentence, or, when the sentence
// ends there ("…", sagte Lawrow.) or the trigger and its speaker are set off after what was
// said ("…, sagte Lawrow nach der Zeremonie"), what comes before the trigger.
func (lr *langRules) content(s *Sentence, i int, m Match) [2]int {
	keys := s.Keys
	if lr.attributionAfter(s, i, m) {
		if c := lr.contentBefore(s, i, m); c[1]-c[0] >= 3 {
			return c
		}
	}
	from := i + 1
	if m.Particle > 0 {
		from = max(from, m.Particle+1)
	}
	if sm := s.Mentions[m.Subject]; sm.Phrase > i {
		from = max(from, sm.End)
	}
	// A colon a few words on opens what was said: "sagte er lediglich: …", "told the BBC: …".
	for k := from; k < min(from+3, len(keys)); k++ {
		if keys[k] == ":" {
			from = k
			break
		}
	}
	for from < len(keys) && (keys[from] == "," || keys[from] == ":") {
		from++
	}
	// An adverbial phrase before a complementizer, or in German before a comma, is no part of
	// what was said: "said on Tuesday in Moscow that …", "erklärte am Mittwoch in Brüssel, es
	// gebe ein Problem" (not "meinte, unter 1.000, 1.500 Menschen …", "promises to focus on …").
	if from < len(keys) && lr.g.prep[keys[from]] && !lr.g.infinitiveMarkers[keys[from]] {
		for j := from + 1; j < min(from+10, len(keys)-1); j++ {
			k := keys[j]
			if k == `"` || k == ":" || tokenize.IsTerminal(k) || lr.g.coord[k] || lr.g.infinitiveMarkers[k] ||
				lr.g.prep[k] && !lr.g.adverbialPreps[k] && lr.g.verbFinal {
				break // (or the verb's own object: "verwies in puncto X auf das Gesetz, das …")
			}
			if lr.g.comp[k] {
				// (Not a relative "that" after a noun: "warned of a deal that would …"; only after
				// a phrase of names, days and texts: "said on Tuesday in Moscow that", "said in an
				// interview with the magazine Time that".)
				if lr.g.verbFinal || lr.adverbialOnly(s, from, j) {
					from = j
				}
				break
			}
			if k == "," {
				// (Not before a relative clause: "schrieb in einer Erklärung, die auf ihrer
				// Homepage veröffentlicht wurde, sie wolle …", "…, die sie vor dem Bundestag
				// hielt, …"; nor before a number or a prepositional phrase.)
				relative := lr.g.rel[keys[j+1]] && j+2 < len(keys) && (lr.g.prep[keys[j+2]] || lr.g.rel[keys[j+2]] || lr.pronoun(keys[j+2]))
				if lr.g.verbFinal && lr.g.adverbialPreps[keys[from]] && !numeric(keys[j+1]) && !lr.g.prep[keys[j+1]] && !relative {
					from = j + 1
				}
				break
			}
		}
	}
	for from < len(keys) && keys[from] == "," {
		from++
	}
	if from < len(keys) && lr.g.comp[keys[from]] {
		from++
	}
	for from < len(keys) && keys[from] == "," {
		from++ // "said that, given high prices, …"
	}
	to := from
	quoted := false // a quote's own full stop does not end what was said
	for to < len(keys) {
		k := keys[to]
		if k == `"` {
			quoted = !quoted
		} else if !quoted && (k == "." || k == "!" || k == "?" || k == ";") {
			break
		} else if !quoted && k == "," && to+1 < len(keys) && lr.g.coord[keys[to+1]] {
			break
		}
		to++
	}
	from, to = trimContent(keys, from, to)
	// Only a phrase of time or occasion after the verb, with the speaker before it and a clause
	// set off before that: what was said came first ("Putin will not attend, Ramaphosa's
	// spokesman announced on Wednesday").
	// (Not in German, whose nouns all look like names.)
	if !lr.g.verbFinal && to-from >= 2 && to < len(keys) && tokenize.IsTerminal(keys[to]) && lr.adverbialOnly(s, from, to) {
		if c := lr.contentBefore(s, i, m); c[1]-c[0] >= 3 {
			return c
		}
	}
	if to-from >= 2 {
		return [2]int{from, to}
	}
	return lr.contentBefore(s, i, m)
}

// attributionAfter reports whether trigger i and its speaker after it are set off by a comma after what
// was said: "…, sagte Lawrow nach der Zeremonie", "\"…,\" said Lavrov, an adviser". Not when a
// colon follows the speaker ("…, sagte er lediglich: …"), nor after a fronted subordinate clause
// ("Während Riad nichts ändern wollte, plädierte Venezuela für …").
func (lr *langRules) attributionAfter(s *Sentence, i int, m Match) bool {
	keys := s.Keys
	if i == 0 || m.Subject < 0 || keys[i-1] != "," && keys[i-1] != `"` {
		return false
	}
	sm := s.Mentions[m.Subject]
	if sm.Phrase <= i || slices.Contains(keys[sm.End:], ":") {
		return false
	}
	// In German, a comma after the speaker and a clause in the subjunctive of reported speech:
	// what was said follows ("In einer Rede, die …, sagte Scholz, die Lage sei ernst",
	// "Austerität, so Varoufakis, seien nicht die Lösung"), not a title in apposition ("…,
	// sagte Huber, Sprecher der Rettung.").
	if e := sm.End; lr.g.verbFinal && e+1 < len(keys) && keys[e] == "," {
		for k := e + 1; k < len(keys) && !tokenize.IsTerminal(keys[k]); k++ {
			if lr.g.subjunctive[keys[k]] {
				return false
			}
		}
	}
	j := i - 1
	for j > 0 && keys[j-1] != "," && keys[j-1] != ":" {
		j--
	}
	for j < i && keys[j] == `"` {
		j++
	}
	return !(lr.g.subord[keys[j]] && !lr.g.comp[keys[j]] && !lr.g.art[keys[j]])
}

// adverbialOnly reports whether tokens [from, to) hold only prepositions, articles, names,
// numbers, the media of speech (grammar speech_media) and adverbs in -ly: a phrase of time, place
// or occasion, not a noun a relative clause could follow.
func (lr *langRules) adverbialOnly(s *Sentence, from, to int) bool {
	for j := from; j < to; j++ {
		k := s.Keys[j]
		// (An adjective before a medium of speech too: "in a joint communiqué", "in a televised
		// address".)
		before := j+1 < to && lr.g.speechMedia[s.Keys[j+1]] && isWordKey(k)
		if !(lr.g.prep[k] || lr.g.art[k] || numeric(k) || lr.g.speechMedia[k] || before || strings.HasSuffix(k, "ly") || s.Raw != nil && fold.IsUpper(s.Raw[j])) {
			return false
		}
	}
	return true
}

// numeric reports whether k is a number, perhaps with separators: "1.500", "2025".
func numeric(k string) bool {
	return k != "" && strings.Trim(k, "0123456789.,") == "" && strings.ContainsAny(k, "0123456789")
}

// contentBefore returns the span of what was said before trigger i: the quote before it, or
// the clause before the comma that sets off the trigger and its speaker ("Die Lage sei ernst,
// so Lawrow", "The talks went well, Lavrov said"); else an empty span.
func (lr *langRules) contentBefore(s *Sentence, i int, m Match) [2]int {
	keys := s.Keys
	p := i // the comma before p sets off the trigger and its speaker
	if sm := s.Mentions[m.Subject]; sm.Phrase < i && (sm.End == i || sm.Phrase >= 1 && keys[sm.Phrase-1] == ",") {
		p = sm.Phrase // "…, Lavrov said", "…, Lavrov, an adviser, said"
		// (and its owner: "…, Ramaphosa's spokesman Vincent Magwenya said")
		if p >= 3 && keys[p-1] == "'s" && s.Raw != nil && fold.IsUpper(s.Raw[p-2]) {
			p -= 2
		}
	}
	var quote [2]int
	opens := false // the quote opens the clause: `"…," Lavrov said`, not `He wants a withdrawal "as soon as possible", he said`
	end := -1
	for j := i - 1; j >= 0; j-- {
		if keys[j] == `"` {
			if end >= 0 {
				quote[0], quote[1] = trimContent(keys, j+1, end)
				opens = j == 0 || keys[j-1] == "," || keys[j-1] == ":"
				break
			}
			end = j
		}
	}
	if quote[1] > quote[0] && opens {
		return quote
	}
	// Unquoted: "Die Lage sei ernst, so Lawrow", "The talks went well, Lavrov said".
	if p >= 3 && keys[p-1] == "," {
		// After a colon: "Nicht so für den Bürgermeister: Die Frage ist offen, sagt er".
		from := 0
		for j := p - 2; j > 0; j-- {
			if keys[j] == ":" {
				from = j + 1
				break
			}
		}
		from, to := trimContent(keys, from, p-1)
		return [2]int{from, to}
	}
	return quote
}

// trimContent drops the commas that end [from, to) ("The talks were good," Lavrov said) and
// a quotation mark left without its pair.
func trimContent(keys []string, from, to int) (int, int) {
	for to > from && keys[to-1] == "," {
		to--
	}
	quotes := 0
	for _, k := range keys[from:to] {
		if k == `"` {
			quotes++
		}
	}
	if quotes%2 == 1 {
		if keys[from] == `"` {
			from++
		} else if keys[to-1] == `"` {
			to--
		}
	}
	for to > from && keys[to-1] == "," {
		to--
	}
	return from, to
}

// counterfactual reports whether both words of a counterfactual pair stand in [cs, ce).
func (lr *langRules) counterfactual(raw, keys []string, cs, ce int) bool {
	for _, p := range lr.g.counterfactual {
		if lr.g.notHypothetical[p[0]] {
			if lr.cutShort(raw, keys, cs, ce, p) {
				return true
			}
			continue
		}
		if slices.Contains(keys[cs:ce], p[0]) && slices.Contains(keys[cs:ce], p[1]) {
			return true
		}
	}
	return false
}

// cutShort reports whether pair p of grammar counterfactual whose first word is one of
// not_hypothetical opens a clause with the second in it: "before the two men could sign",
// "bevor Trump und er das Abkommen unterzeichnen konnten" (see opensCutShort).
func (lr *langRules) cutShort(raw, keys []string, cs, ce int, p [2]string) bool {
	for k := max(cs, 0); k < min(ce, len(keys)); k++ {
		if keys[k] == p[1] && lr.opensCutShort(raw, keys, cs, k) && slices.Contains(keys[max(cs, 0):k], p[0]) {
			return true
		}
	}
	return false
}

// opensCutShort reports whether a word of not_hypothetical in [from, k) opens the clause of the
// word at k, with no comma, complementizer or relative clause between and no gerund after it:
// "before the two men could", "bevor Trump und Selenskyj am Freitag … unterzeichnen konnten",
// not "before leaving Washington that he could". (A gerund is written in lower case: "before
// Beijing and Washington could" has none.)
func (lr *langRules) opensCutShort(raw, keys []string, from, k int) bool {
	for j := k - 1; j >= max(from, 0); j-- {
		if keys[j] == "," || lr.g.comp[keys[j]] || lr.g.rel[keys[j]] && j > 0 && keys[j-1] == "," {
			return false // (a German relative is an article but after a comma)
		}
		if lr.g.notHypothetical[keys[j]] {
			gerund := j+1 < k && strings.HasSuffix(keys[j+1], "ing") && (raw == nil || !fold.IsUpper(raw[j+1]))
			return j+1 < k && !gerund
		}
	}
	return false
}

// separableNegation reports whether a negating separable verb other than trigger i stands in
// the clause [cs, ce) with its particle closing it: "Putin sagte das Treffen mit Scholz ab".
// (Not a noun of the same letters an article or preposition governs: "Im Schloss von Versailles
// sprachen sich beide für eine Lösung aus".)
func (lr *langRules) separableNegation(keys []string, i, cs, ce int) bool {
	for j := cs; j < ce; j++ {
		if j > 0 && (lr.g.art[keys[j-1]] || lr.g.prep[keys[j-1]]) {
			continue
		}
		if ps := lr.g.negatedSeparable[keys[j]]; ps != nil && j != i && lr.closingParticle(keys, j, ps) >= 0 {
			return true
		}
	}
	return false
}

// hasCue reports whether a cue of kind stands in tokens [from, to).
func (lr *langRules) hasCue(keys []string, from, to, kind int) bool {
	return lr.cueWhere(keys, from, to, func(c cue, _ int) bool { return c.kind == kind })
}

// cueWhere reports whether a cue for which want holds stands in tokens [from, to).
func (lr *langRules) cueWhere(keys []string, from, to int, want func(c cue, j int) bool) bool {
	for j := max(from, 0); j < min(to, len(keys)); j++ {
		if c := lr.quotedAside(keys, j); c > 0 {
			j = c
			continue
		}
		for _, c := range lr.g.cues[keys[j]] {
			if want(c, j) && lr.cueAt(keys, j, c, -1) {
				return true
			}
		}
	}
	return false
}

// cueAt reports whether cue c stands at token j: its words, and for an attributive participle
// of planning an event it qualifies in the next three words ("das geplante persönliche
// Treffen", "die geplante China-Reise", not "in der geplanten Zukunftsstadt Neom"); with a
// trigger i (else -1), the event must be the trigger itself ("Bei dem geplanten Treffen sprach
// Scholz mit Xi" tells a meeting that happens), and not one planned long ago that happens now
// ("das seit Wochen geplante Treffen", "lange geplante").
func (lr *langRules) cueAt(keys []string, j int, c cue, i int) bool {
	if !hasPhrase(keys, j, c.words) {
		return false
	}
	// ("has yet to meet" negates; "yet to the surprise of many he met Xi", a word of contrast
	// before a preposition, does not: a negation that opens with a word of contrast follows an
	// auxiliary, or an auxiliary and one adverb: "has still yet to meet", "has also yet to".)
	aux := func(k int) bool { return k >= 0 && (lr.g.haveAux[keys[k]] || lr.g.passiveAux[keys[k]]) }
	if c.kind == cueNegated && lr.g.contrast[c.words[0]] && !aux(j-1) && !(aux(j-2) && isWordKey(keys[j-1]) && !lr.g.coord[keys[j-1]]) {
		return false
	}
	return !c.attr || lr.qualifiesPlannable(keys, j, 3, i)
}

// qualifiesPlannable reports whether the participle of planning at token j qualifies an event
// of grammar plannable in the next reach words, before a comma or full stop (the trigger i
// itself, when i >= 0), and was not planned long ago ("das seit Wochen geplante Treffen").
func (lr *langRules) qualifiesPlannable(keys []string, j, reach, i int) bool {
	if lr.g.plannedLong.anyOf(keys[max(j-3, 0):j]) {
		return false
	}
	for k := j + 1; k < len(keys) && k <= j+reach && keys[k] != "," && keys[k] != "."; k++ {
		if (i < 0 || k == i) && (lr.g.plannable[keys[k]] || compoundEnd(keys[k], lr.g.plannable, 5)) {
			return true
		}
	}
	return false
}

// negatedOtherwise reports whether a negation cue other than one of calling off stands in tokens
// [from, to): "will not meet" negates the plan itself, "was due to meet … but cancelled" tells
// a plan and its end.
func (lr *langRules) negatedOtherwise(keys []string, from, to int) bool {
	return lr.cueWhere(keys, from, to, func(c cue, j int) bool {
		return c.kind == cueNegated && !lr.callsOff(c.words, 0, len(c.words)) && !lr.inCallOff(keys, j)
	})
}

// plannedEvent reports whether an attributive participle of planning (grammar
// planned_attributes) qualifies a talk noun or one of plannable in tokens [from, to): "will not
// take part in a planned five-way meeting with …", "nahm an dem geplanten Treffen nicht teil"
// told a plan, and that the party left it.
func (lr *langRules) plannedEvent(keys []string, from, to int) bool {
	for j := max(from, 0); j < min(to, len(keys)); j++ {
		// (A hyphenated adjective may stand between: "a planned five-way meeting".)
		if lr.g.plannedAttributes[keys[j]] && lr.qualifiesPlannable(keys, j, 5, -1) {
			return true
		}
	}
	return false
}

// plannedOtherwise reports whether a planned cue stands in tokens [from, to) outside the words
// of calling off: "the planned meeting will not take place" told a plan, "a meeting will not
// take place" did not.
func (lr *langRules) plannedOtherwise(keys []string, from, to int) bool {
	return lr.cueWhere(keys, from, to, func(c cue, j int) bool { return c.kind == cuePlanned && !lr.inCallOff(keys, j) })
}

// clauseOpensAfter reports whether a temporal conjunction between tokens j and i opens a clause
// that i stands in: "shelved after Trump spoke" (not "cancelled after the talks", a preposition;
// nor "once again", "since then"; nor "after Friday's call and meet Putin", where the
// conjunction's clause has ended at the coordinator). A German conjunction opens a clause after
// a comma.
func (lr *langRules) clauseOpensAfter(keys []string, j, i int) bool {
	for k := j + 1; k < i-1; k++ {
		if !lr.g.temporalConj[keys[k]] {
			continue
		}
		next := keys[k+1]
		if lr.g.art[next] || isNumberKey(next) || lr.g.possessives[next] || next == "again" || next == "more" || next == "then" ||
			lr.g.caseTriggers && (k == 0 || keys[k-1] != ",") {
			continue
		}
		if !slices.ContainsFunc(keys[k+1:i], func(w string) bool { return w == "," || lr.g.coord[w] }) {
			return true
		}
	}
	return false
}

// inCallOff reports whether token j is a word of a called_off phrase: the "nicht" of "findet
// nicht statt" and the "not" of "will not take place" are no negations of their own.
func (lr *langRules) inCallOff(keys []string, j int) bool {
	return slices.ContainsFunc(lr.g.calledOffPhrases, func(w []string) bool {
		for k := max(j-len(w)+1, 0); k <= j; k++ {
			if hasPhrase(keys, k, w) {
				return true
			}
		}
		return false
	})
}

// quotedAside returns the closing quotation mark of an English quote of a few words that opens at
// token j inside a clause and names no talks: words someone said, whose cues are not the
// clause's (a "no limits" partnership; but "held "no talks" with Xi" is the clause's); else 0.
func (lr *langRules) quotedAside(keys []string, j int) int {
	c := inlineQuote(keys, j, 1)
	if c == 0 || lr.g.verbFinal || lr.g.talkNouns.anyOf(keys[j+1:c]) {
		return 0
	}
	return c
}
