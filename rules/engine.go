package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"dipex/fold"
	"dipex/tokenize"
)

// Sentence is what the engine reads: one sentence's folded token keys and the actors found in
// it (modifiers left out), in text order.
type Sentence struct {
	Language string   // de, en, ...
	Raw      []string // the tokens as written (for the case of German trigger words)
	Keys     []string
	Mentions []Mention
	// Covered are the token spans of every name in the sentence, parties or not: a word inside
	// a name ("States" in "United States") is never a trigger.
	Covered [][2]int
	// Unknown are people named by a role noun the extractor could not resolve ("Der
	// Bundespräsident traf Merkel"): no party, but they hold the subject's place.
	Unknown []Mention

	memo struct { // see widenedClause and retrospective
		i, cs, ce int
		ok        bool
		retro     int // -1 or the end of the sentence's first retrospective phrase, less one
		retroOK   bool
	}
}

// Lang returns the sentence's language.
func (s *Sentence) Lang() string { return s.Language }

// covered reports whether token k lies inside one of the spans of Covered.
func (s *Sentence) covered(k int) bool {
	return slices.ContainsFunc(s.Covered, func(c [2]int) bool { return c[0] <= k && k < c[1] })
}

// inUnknown reports whether token k lies inside one of the roles of Unknown.
func (s *Sentence) inUnknown(k int) bool {
	return slices.ContainsFunc(s.Unknown, func(u Mention) bool { return u.Start <= k && k < u.End })
}

// titleApposed reports whether mention m is a name set off by a comma from the title before it
// in its phrase: "the UN secretary general, António Guterres".
func (s *Sentence) titleApposed(m Mention) bool {
	return m.Phrase < m.Start && slices.Contains(s.Keys[m.Phrase:m.Start], ",")
}

// inPhrase reports whether token k is inside an actor's phrase, from its article or title to
// the end of its name.
func (s *Sentence) inPhrase(k int) bool {
	return slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase <= k && k < m.End })
}

// inMention reports whether token k is inside the words that name an actor, title or name.
func (s *Sentence) inMention(k int) bool {
	return slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Start <= k && k < m.End })
}

// inName reports whether token k is a word of the name of an actor the text names ("von" in
// "Ursula von der Leyen"): not of a title ("des Präsidenten von Frankreich") nor of a group
// phrase ("neither leader").
func (s *Sentence) inName(k int) bool {
	return slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Named && m.Type != "group" && m.Start <= k && k < m.End })
}

// inRole reports whether token k is inside the title phrase of an actor, after its first word:
// the "von" of "dem Emir von Katar" or of "dem Emir von Katar, Tamim bin Hamad Al Thani".
func (s *Sentence) inRole(k int) bool {
	return slices.ContainsFunc(s.Mentions, func(m Mention) bool {
		return m.Type != "group" && m.Type != "event" && (!m.Named && m.Start < k && k < m.End || m.Phrase < k && k < m.Start)
	})
}

// Mention is an actor in a sentence, as token indexes (End exclusive).
type Mention struct {
	Start, End int    // the name
	Phrase     int    // first token of the phrase that introduces it (adjective, title); <= Start
	Type       string // person, country, organization, city, place, media, or group
	// Possessive marks an owner of the next noun ("Putin's meeting", "Putins Treffen"): only
	// a slot that asks for one (possessive: true) takes it.
	Possessive bool
	// Named marks an actor the text names ("der französische Präsident Emmanuel Macron"),
	// rather than one it only describes ("a US peace envoy") or refers to ("er").
	Named bool
	// ObjectCase marks an object pronoun ("ihn", "him"), which fills no subject slot.
	ObjectCase bool
}

// LastMeeting is the Object of a match whose object is the meeting the text just told (a slot
// with find: meeting): the extractor pairs the subject with each of its parties.
const LastMeeting = -2

// ContextSubject is the Subject of a match whose subject the clause does not name: the person
// the text is about (a slot with context: true), whom the caller knows.
const ContextSubject = -3

// Match is one rule firing on a sentence.
type Match struct {
	Rule     *Rule
	Trigger  int    // token index of the trigger word
	Particle int    // token index of the separable particle, or -1
	Subject  int    // index into Sentence.Mentions
	Object   int    // index into Sentence.Mentions, or -1 (statements), or LastMeeting
	Modality string // asserted, planned, negated or reported
	Content  [2]int // token span of what was said (statements); [0 0] when none
}

// Engine applies compiled rules. It is immutable and safe for concurrent use.
type Engine struct {
	rules []*Rule
	langs map[string]*langRules
}

type langRules struct {
	g         *grammar
	witness   *Rule           // the meeting of a witness with the parties (see witnessed)
	agreed    *Rule           // the meeting of people who agreed with each other (see agreedMet)
	spoke     *Rule           // the meeting of a speaker with those at the event spoken at (see spokeAt)
	signed    *Rule           // the meeting of a signer with those at the ceremony signed at (see SignedRule)
	residence *Rule           // the meeting of a guest with the holder of the residence received at (see ResidenceRule)
	companion *Rule           // the meeting of a companion with both parties (see accompanied)
	attended  *Rule           // the meeting of one who attended a gathering with those a relative clause puts at it
	denied    *Rule           // a meeting reported before and denied in a later sentence (see Denial)
	unagreed  *Rule           // the accord the parties of a meeting did not reach (see metWithout)
	followUp  *Rule           // the same parties meeting again (see FollowUp)
	nounTails map[string]bool // last three bytes of the noun triggers, a cheap test for compounds
	byWord    map[string][]*compiled
	words     shapes // of byWord's keys
	stems     map[string][]*compiled
	stemNs    []int // the lengths of the stems, longest first
}

type compiled struct {
	*Rule
	nouns, verbs          set // trigger words written capitalised and in lower case (see CaseTriggers)
	particles, near, veto set
	nearBefore            set
	notAfter, notBefore   set
	pluralNouns           set
	notBeforeWords        set
	notAfterObject        set
	notLater              set
	notLaterPhrases       [][]string // not_later entries of several words ("as a member")
	then                  set
	inClause              [][]string // folded phrases (or words)
	notSoon               set
	notParticles          set
	umlauts               set // trigger words written with an umlaut, folded
	subj, obj             slotSpec
	within                int
}

type slotSpec struct {
	find       string
	cues       set
	types      set
	anyCase    bool
	adjacent   bool
	nearest    bool
	possessive bool
	context    bool
	// participle lets an English participle clause take the subject of the clause before it
	// ("…, receiving a welcome from Y").
	participle bool
	together   bool // see Slot.Together
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

// Lang returns the rules of one language, or nil: what the extractor asks of every token
// (pronouns, groups) without looking the language up each time.
func (e *Engine) Lang(lang string) *LangRules { return (*LangRules)(e.langs[lang]) }

// LangRules are an engine's rules and grammar for one language.
type LangRules langRules

// Refers reports whether key may begin a reference the extractor resolves: a pronoun, a group
// phrase, a possessive pronoun. One map read, so most words cost no more.
func (l *LangRules) Refers(key string) bool {
	return l != nil && l.g.referShapes.mayHave(key) && l.g.refers[key]
}

// Relative reports whether key is a relative pronoun (grammar relatives): "who", "der".
func (l *LangRules) Relative(key string) bool { return l != nil && l.g.rel[key] }

// Coordinator reports whether key joins list items (und, and).
func (l *LangRules) Coordinator(key string) bool { return l != nil && l.g.coord[key] }

// FunctionWord reports whether key is a word of the grammar's closed classes: an article, a
// preposition, a coordinator, a subordinator, a relative or a pronoun ("Laut", "Und", "Er").
func (l *LangRules) FunctionWord(key string) bool {
	if l == nil {
		return false
	}
	_, pronoun := l.g.pronouns[key]
	return pronoun || l.g.art[key] || l.g.prep[key] || l.g.coord[key] || l.g.subord[key] || l.g.rel[key] ||
		l.g.comp[key] || l.g.contrast[key] || l.g.plural[key]
}

// Descriptor reports whether key is a noun that classes the name after it ("Hauptstadt
// Asmara", "Staatenbund Mercosur").
func (l *LangRules) Descriptor(key string) bool { return l != nil && l.descriptor(key) }

// Follower reports whether key is a noun of people on someone's side (grammar followers:
// "Anhänger", "Kritiker"), whose owner in the genitive after it is no party.
func (l *LangRules) Follower(key string) bool { return l != nil && l.g.followers[key] }

// descriptor reports whether key is a descriptor noun, or in German a compound ending in one of
// five letters or more ("Staatenbündnis", "Inselstaat", "Farc-Guerilla"; see compoundEnd).
func (l *LangRules) descriptor(key string) bool {
	if l.g.descriptors[key] {
		return true
	}
	if !l.g.caseTriggers {
		return false
	}
	if j := strings.LastIndexByte(key, '-'); j >= 0 {
		return l.descriptor(key[j+1:]) // "UN-Vetomächte"
	}
	return compoundEnd(key, l.g.descriptors, 5)
}

// Possessive reports whether key is a possessive pronoun that refers to the parties in play
// (ihr, their).
func (l *LangRules) Possessive(key string) bool { return l != nil && l.g.possessives[key] }

// NounGenitive reports whether key is an article after a noun (prevRaw as written, prevKey
// folded), which in a language that capitalises nouns makes a genitive: "die Präsidenten der
// drei Länder".
func (l *LangRules) NounGenitive(prevRaw, prevKey, key string) bool {
	return l != nil && l.g.caseTriggers && (l.g.gen[key] || l.g.art[key]) && fold.IsUpper(prevRaw) && isWordKey(prevKey) && !l.g.art[prevKey]
}

// Preposition reports whether key is a preposition of the grammar.
func (l *LangRules) Preposition(key string) bool { return l != nil && l.g.prep[key] }

// FrontedHost reports whether key may open a phrase fronted before the subject that places
// what follows at or after a gathering its host hosted (grammar fronted_hosts: "at", "after";
// not "before", "on the eve of"; German has none: its phrase runs into the verb).
func (l *LangRules) FrontedHost(key string) bool { return l != nil && l.g.frontedHosts[key] }

// PartIn reports whether key is a preposition a verb of taking part governs (grammar
// part_preps: "an" of "nahm an der Zeremonie teil").
func (l *LangRules) PartIn(key string) bool { return l != nil && l.g.partPreps[key] }

// Reports reports whether key is a verb of saying that sets off a statement rule ("sagte",
// "told").
func (l *LangRules) Reports(key string) bool { return l != nil && (*langRules)(l).reports(key) }

// FiniteAux reports whether key is a finite auxiliary or modal (grammar finite_aux: "hatte",
// "has").
func (l *LangRules) FiniteAux(key string) bool { return l != nil && l.g.finiteAux[key] }

// Office reports whether key is a noun for a leader's office (grammar offices: office, Büro).
func (l *LangRules) Office(key string) bool { return l != nil && l.g.offices[key] }

// BetweenWord reports whether key is the word that opens a list of two sides (the first of
// grammar between: "zwischen", "between").
func (l *LangRules) BetweenWord(key string) bool {
	return l != nil && len(l.g.between) > 0 && l.g.between[0][0] == key
}

// OfficeLink reports whether key joins an office to the leader named after it (grammar
// office_links: "von", "of").
func (l *LangRules) OfficeLink(key string) bool { return l != nil && l.g.officeLinks[key] }

// TalkPrep reports whether key is a preposition before talks (grammar talk_preps: after, nach).
func (l *LangRules) TalkPrep(key string) bool { return l != nil && l.g.talkPreps[key] }

// With reports whether key is the preposition of company (mit, with).
func (l *LangRules) With(key string) bool { return l != nil && l.g.with[key] }

// Article reports whether key is an article or a determiner of the language.
func (l *LangRules) Article(key string) bool { return l != nil && l.g.art[key] }

// ObjectArticle reports whether key is an article of an object (grammar object_articles:
// "den", "dem"): a noun after it is no subject.
func (l *LangRules) ObjectArticle(key string) bool { return l != nil && l.g.objArt[key] }

// Absent reports whether keys hold a word or phrase of grammar absence ("fehlte", "was
// represented", "stayed away").
func (l *LangRules) Absent(keys []string) bool {
	return l != nil && phraseIn(keys, 0, len(keys), l.g.absence) >= 0
}

// DatedBy reports whether the gathering at keys[at] only dates what the sentence tells: a word
// of grammar dating ("during", "während") stands at most four words before it, with no other
// presence word nearer.
func (l *LangRules) DatedBy(keys []string, at int) bool {
	if l == nil {
		return false
	}
	for j := at - 1; j >= 0 && j >= at-4; j-- {
		if l.g.dating[keys[j]] {
			return true
		}
		if l.g.presence[keys[j]] {
			return false
		}
	}
	return false
}

// RemoteAct reports whether keys hold a noun of an act done from afar (grammar remote_acts:
// "strikes", "Sanktionen", "Raketenangriffe"), which a gathering may date without placing its
// doer there.
func (l *LangRules) RemoteAct(keys []string) bool {
	if l == nil {
		return false
	}
	return slices.ContainsFunc(keys, func(k string) bool { return l.g.remoteActs[k] || compoundEnd(k, l.g.remoteActs, 6) })
}

// Indefinite reports whether key is an indefinite article (ein, a): a role noun after one
// names someone, not the one the article named before.
func (l *LangRules) Indefinite(key string) bool { return l != nil && l.g.indefinites[key] }

// PluralTitle reports whether the last word of a title, key, has a plural ending of the
// grammar ("ministers"): such a role names several people, not the one named before.
func (l *LangRules) PluralTitle(key string) bool {
	if l == nil {
		return false
	}
	for _, e := range l.g.pluralEndings {
		if strings.HasSuffix(key, e) && !strings.HasSuffix(key, e+e) {
			return true
		}
	}
	return false
}

// endingGender returns the gender the ending of title key gives (grammar role_refs
// feminine_endings): "f" with a feminine ending, "m" without one where the language has them,
// "" where it has none.
func (l *LangRules) endingGender(key string) string {
	switch {
	case len(l.g.feminineEndings) == 0:
		return ""
	case hasSuffix(key, l.g.feminineEndings):
		return "f"
	}
	return "m"
}

// hasSuffix reports whether key ends in one of endings.
func hasSuffix(key string, endings []string) bool {
	return slices.ContainsFunc(endings, func(e string) bool { return strings.HasSuffix(key, e) })
}

// RoleRef reports whether the title keys[start:end], whose phrase begins at phrase, is a role
// noun that can name one person with no country: after a singular definite article ("sagte der
// Kanzler", "die Ministerin", "the prime minister"), not plural ("einer der Minister"), not of a
// former holder ("der frühere Präsident"), not a compound with a name ("der Erdoğan-Premier")
// and not followed by whose office it is ("die Präsidentin des Bankenverbandes", "the
// president's spokesman") or by a name in apposition. gender is "f" or "m" when the title's form
// says, else "".
func (l *LangRules) RoleRef(raw, keys []string, phrase, start, end int) (gender string, ok bool) {
	if l == nil || phrase == 0 || end > len(keys) {
		return "", false
	}
	art := keys[phrase-1]
	if !l.g.roleArticles[art] && !l.g.roleFeminine[art] {
		return "", false
	}
	// "einer der Minister", "mit den Präsidenten": a partitive or a preposition before the
	// article makes it plural; "der frühere Präsident" held the office before.
	if phrase >= 2 && (l.g.indefinites[keys[phrase-2]] || l.g.prep[keys[phrase-2]] && art == "den") || l.Former(keys[phrase:end]) {
		return "", false
	}
	for _, r := range raw[start:end] {
		if strings.Contains(r, "-") {
			return "", false
		}
	}
	last := keys[end-1]
	if l.PluralTitle(last) {
		return "", false
	}
	gender = l.endingGender(last)
	if l.g.roleFeminine[art] && gender != "f" {
		if !hasSuffix(last, l.g.adjectiveEndings) {
			return "", false
		}
		gender = "f" // a noun declined like an adjective: "die Vorsitzende", "die Beauftragte"
	}
	if end < len(keys) {
		next := keys[end]
		if l.g.gen[next] || next == "'s" || next == "'" || l.NameApposed(raw, keys, end) {
			return "", false // "the president's spokesman" is someone else
		}
	}
	return gender, true
}

// RoleArticle reports whether key is an article before a role noun that refers to one holder
// (role_refs.articles: "der", "dem", "vom": "vom russischen Präsidenten empfangen").
func (l *LangRules) RoleArticle(key string) bool { return l != nil && l.g.roleArticles[key] }

// OnlyArticles reports whether keys[from:to] holds only articles (or nothing).
func (l *LangRules) OnlyArticles(keys []string, from, to int) bool {
	return l != nil && (*langRules)(l).onlyArticles(keys, from, to)
}

// DeniesOther reports whether the denial at keys[d] denies something other than a meeting or
// its report: a noun of grammar denial_objects with a phrase after it about something that is
// none ("dementierte Berichte über einen Eklat", "denied reports of a rift"); not "dementierte
// dies", "denied the meeting", "dementierte Berichte über ein Treffen".
func (l *LangRules) DeniesOther(keys []string, d int) bool {
	if l == nil {
		return false
	}
	// (Its object within three words, past an adverb: "dementierte dort Berichte".)
	j := d + 1
	for j < len(keys) && j <= d+3 && !l.g.denialObjects[keys[j]] && isWordKey(keys[j]) {
		j++
	}
	if j+1 >= len(keys) || !l.g.denialObjects[keys[j]] || !l.g.prep[keys[j+1]] {
		return false
	}
	k := j + 2
	for k < len(keys) && l.g.art[keys[k]] {
		k++
	}
	return k < len(keys) && isWordKey(keys[k]) && !l.g.denialObjects[keys[k]] && !l.g.eventNouns[keys[k]]
}

// Beneficiary reports whether key is a preposition of whose sake or view a phrase tells (grammar
// beneficiaries: "for", "für"): one named in it may be the subject of a meeting noun after it
// ("For Scholz, a meeting with Biden is planned").
func (l *LangRules) Beneficiary(key string) bool { return l != nil && l.g.beneficiaries[key] }

// Locative reports whether key introduces a place (in, at).
func (l *LangRules) Locative(key string) bool { return l != nil && l.g.loc[key] }

// Pronoun returns the gender of a subject pronoun, and whether key is one.
func (l *LangRules) Pronoun(key string) (string, bool) {
	if l == nil {
		return "", false
	}
	g, ok := l.g.pronouns[key]
	return g, ok
}

// Demonstrative returns the gender of a demonstrative pronoun at keys[i] ("Dieser kündigte
// an"), and whether it is one: a word of the grammar's demonstratives before a word in lower
// case (raw) that is no adjective before a capitalised noun ("Diese neue Regelung") and, in
// German, no plural verb.
func (l *LangRules) Demonstrative(raw, keys []string, i int) (string, bool) {
	if l == nil || i+1 >= len(keys) {
		return "", false
	}
	g, ok := l.g.demonstratives[keys[i]]
	// Not after a preposition ("mit dieser": a dative), nor before an adverb ("Diese erst am
	// Sonntag bekanntgegebene Reise"), nor a verb of the plural ("Diese sind").
	if !ok || fold.IsUpper(raw[i+1]) || !isWordKey(keys[i+1]) || (i > 0 && l.g.prep[keys[i-1]]) ||
		l.g.demonstrativeStops[keys[i+1]] {
		return "", false
	}
	if hasAdjEnding(keys[i+1]) && i+2 < len(raw) && fold.IsUpper(raw[i+2]) {
		return "", false
	}
	if l.g.verbFinal && strings.HasSuffix(keys[i+1], "en") {
		return "", false // "Diese haben erklärt": a plural verb, some people
	}
	return g, true
}

// ObjectPronoun reports whether key is an object pronoun ("ihn", "him").
func (l *LangRules) ObjectPronoun(key string) bool { return l != nil && l.g.objPronouns[key] }

// PluralPronoun reports whether keys[i] is a plural subject pronoun ("they"; German "sie"
// next to a verb in -en: "verabschiedeten sie", "sie forderten"), or a plural object pronoun
// after a preposition ("zu ihnen").
func (l *LangRules) PluralPronoun(keys []string, i int) bool {
	if l != nil && l.g.pluralObject[keys[i]] {
		return i > 0 && l.g.prep[keys[i-1]] // "zu ihnen", not "Ihnen zufolge"
	}
	if l == nil || !l.g.plural[keys[i]] {
		return false
	}
	if _, singular := l.g.pronouns[keys[i]]; !singular {
		return true
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(keys) && len(keys[j]) >= 5 && strings.HasSuffix(keys[j], "en") && isWordKey(keys[j]) &&
			!l.g.art[keys[j]] && !l.g.prep[keys[j]] {
			return true
		}
	}
	// A German subordinate clause ends with its finite verb: "…, wo sie von Selenskyj empfangen
	// werden sollen" (plural), "…, wo sie ihn treffen will" (singular).
	if l.g.verbFinal && i > 0 && (l.g.subord[keys[i-1]] || keys[i-1] == "wo") {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] == "," || isBoundary(keys[j]) || tokenize.IsTerminal(keys[j]) {
				v := keys[j-1]
				return j-1 > i && isWordKey(v) && ((len(v) >= 5 && strings.HasSuffix(v, "en")) || v == "sind")
			}
		}
	}
	return false
}

// SingularOrPlural reports whether key is a pronoun that is singular or plural by context
// (German "sie").
func (l *LangRules) SingularOrPlural(key string) bool {
	if l == nil || !l.g.plural[key] {
		return false
	}
	_, singular := l.g.pronouns[key]
	return singular
}

// PluralGroup returns the length in tokens of a plural group noun at keys[i] ("The leaders
// also agreed", "received the leaders on Saturday"), which refers to the parties of the meeting
// just told, or 0.
func (l *LangRules) PluralGroup(raw, keys []string, i int) int {
	if l == nil {
		return 0
	}
	for _, p := range l.g.pluralGroups[keys[i]] {
		if !hasPhrase(keys, i, p) {
			continue
		}
		// Before a verb, or closing the clause, or before a preposition of a time or place
		// ("on Saturday", "in Kyiv"); not before a name, genitive, article or coordinator
		// ("die Aussenminister Antony Blinken und …" names them, "the leaders of China and
		// Japan" are countries'), nor a preposition that says which ones ("die Teilnehmer aus
		// 40 Ländern").
		j := i + len(p)
		if j == len(keys) || keys[j] == "," || tokenize.IsTerminal(keys[j]) {
			return len(p)
		}
		if l.g.groupQualifiers[keys[j]] {
			return 0 // "seine Gäste aus Afrika", "the leaders of Japan": which ones, said
		}
		if isWordKey(keys[j]) && !fold.IsUpper(raw[j]) && !l.g.gen[keys[j]] && !l.g.art[keys[j]] && !l.g.coord[keys[j]] &&
			(!l.g.prep[keys[j]] || j+1 < len(keys) && fold.IsUpper(raw[j+1])) {
			return len(p)
		}
	}
	return 0
}

// Group returns the length in tokens of a group phrase ("beide Seiten") at keys[i], or 0;
// a possessive pronoun before a meeting or agreement noun ("their meeting") is one too.
func (l *LangRules) Group(keys []string, i int) int {
	if l == nil {
		return 0
	}
	next := ""
	if i+1 < len(keys) {
		next = keys[i+1]
	}
	for _, k := range [2][2]string{{keys[i], next}, {keys[i], ""}} {
		for _, p := range l.g.groups[k] {
			// (Not one an origin or a genitive says whose: "die beiden Gäste aus Ghana", "the
			// two leaders of Chad and Niger" are not those told before.)
			if j := i + len(p); hasPhrase(keys, i, p) && !(j < len(keys) && l.g.groupQualifiers[keys[j]]) {
				return len(p)
			}
		}
	}
	if (*langRules)(l).possessiveGroup(keys, i) {
		return 1
	}
	// A count, one word that says what kind, a noun of people: "the three church leaders", "die
	// beiden deutschen Politiker". (Not of nations, which a modifier often introduces: "the
	// foreign ministers of the two Gulf states, A and B", "der drei baltischen Länder".)
	for _, c := range l.g.groupCounts {
		j := i + len(c)
		if !hasPhrase(keys, i, c) || j >= len(keys) {
			continue
		}
		// (A German compound that ends in such a noun: "die beiden Kirchenoberhäupter".)
		if l.g.caseTriggers && !l.g.peopleNouns[keys[j]] && compoundEnd(keys[j], l.g.peopleNouns, 5) &&
			!(j+1 < len(keys) && l.g.groupQualifiers[keys[j+1]]) {
			return len(c) + 1
		}
		if j+1 >= len(keys) {
			continue
		}
		if m := keys[j]; isWordKey(m) && !l.g.peopleNouns[m] && !l.g.art[m] && !l.g.prep[m] && !l.g.coord[m] && !l.g.gen[m] &&
			l.g.peopleNouns[keys[j+1]] && !(j+2 < len(keys) && l.g.groupQualifiers[keys[j+2]]) {
			return len(c) + 2
		}
	}
	return 0
}

// Delegates reports whether the sentence of keys says who led or belonged to a delegation:
// a delegation noun with a verb of leading or belonging, or a noun for a head of delegation, or
// a chief's noun with a delegation noun right before it or shortly after it.
func (l *LangRules) Delegates(keys []string) bool {
	if l == nil {
		return false
	}
	if !slices.ContainsFunc(keys, func(k string) bool { return l.g.delegCues[k] }) {
		return false // most sentences: one look-up a word instead of three
	}
	noun := false
	for j, k := range keys {
		if l.g.delegHeads[k] {
			return true
		}
		if l.g.delegChiefs[k] && slices.ContainsFunc(keys[j+1:min(j+5, len(keys))], func(n string) bool { return l.g.delegNouns[n] }) {
			return true // "head of the Russian team"
		}
		if l.g.delegChiefs[k] && j >= 1 && l.g.delegNouns[keys[j-1]] {
			return true // "Russian delegation chief Medinsky", "the Russian team leader"
		}
		noun = noun || l.g.delegNouns[k]
	}
	return noun && l.g.delegVerbs.anyOf(keys)
}

// EventRef returns the length in tokens of a reference back to the meeting just told at keys[i]
// ("der Zeremonie", "the signing ceremony", "the two-day summit", "dem etwa viertelstündigen
// Gespräch": a definite article, at most one word more, hyphenated or not, perhaps after an
// approximator, an event noun; or an indefinite article and a sequel word, "an einer
// anschließenden Gesprächsrunde"), or 0. A noun followed by words that give it
// parties of its own ("the talks with Iran") is none, and so is one a word of grammar
// not_gatherings qualifies ("the news conference"), and a meal after a preposition of a goal
// ("zum Frühstück", "to dinner": a meal of its own).
func (l *LangRules) EventRef(keys []string, i int) int {
	if l == nil || !l.g.definite[keys[i]] && !(l.g.indefinites[keys[i]] && i+1 < len(keys) && l.g.sequels[keys[i+1]]) {
		return 0
	}
	for j, w := i+1, 0; j < len(keys) && w < 2; j, w = j+1, w+1 {
		if l.g.eventNouns[keys[j]] {
			if j+1 < len(keys) && l.g.eventStops[keys[j+1]] || l.g.meals[keys[j]] && (l.g.goalPreps[keys[i]] || i > 0 && l.g.goalPreps[keys[i-1]]) {
				return 0
			}
			return j + 1 - i
		}
		if !isWordKey(keys[j]) || (!l.g.caseTriggers && l.g.notGatheringWords[keys[j]]) {
			return 0 // (nor "the news conference", another event)
		}
		if l.g.eventOthers[keys[j]] || l.g.followUps[keys[j]] || l.g.otherTimes[keys[j]] {
			return 0 // (nor "der nächsten Verhandlungsrunde", "the second round", "the earlier meeting": another of a series)
		}
		if j+2 < len(keys) && keys[j+1] == "-" && isWordKey(keys[j+2]) {
			j += 2 // a hyphenated word is one: "the one-day meeting", "the three-day gathering"
		}
		if l.g.approximators[keys[j]] && (j == i+1 || j == i+2 && l.g.approximators[keys[i+1]]) {
			w-- // and one word with its approximator: "dem etwa viertelstündigen Gespräch", "dem mehr als zweistündigen Gespräch"
		}
	}
	return 0
}

// OtherOfSeries reports whether the gathering noun at keys[i] has a word before it, after its
// article, that makes it a gathering of a series other than the one the story is about ("des
// nächsten Gipfels", "the previous summit"; grammar event_refs others). An ordinal names the
// edition itself ("zum zweiten Gipfel Deutschland-Zentralasien"), and "last" may mean the final
// one ("his last G7 summit"): neither is in others.
func (l *LangRules) OtherOfSeries(keys []string, i int) bool {
	for j := i - 1; l != nil && j >= 0 && j >= i-2 && !l.g.art[keys[j]]; j-- {
		if l.g.eventOthers[keys[j]] {
			return true
		}
	}
	return false
}

// spokeAt adds a meeting of each person who spoke at the meeting just told with its parties:
// "Bundesaußenministerin Baerbock sagte am Rande des Treffens", "Lacalle Pou told the same
// gathering". The event is a reference back (a mention of type event) after a presence word.
func (lr *langRules) spokeAt(s *Sentence, ms []Match) []Match {
	if lr.spoke == nil {
		return ms
	}
	var add []Match
	for e, m := range s.Mentions {
		if m.Type != "event" || !lr.present(s.Raw, s.Keys, m.Start) {
			continue
		}
		for _, x := range ms {
			if x.Rule.Relation == Statement && x.Subject >= 0 && s.Mentions[x.Subject].Type == "person" && (*LangRules)(lr).SpokeAt(s, x, m.Start, m.End) {
				add = append(add, Match{Rule: lr.spoke, Trigger: x.Trigger, Particle: -1, Subject: x.Subject, Object: e, Modality: x.Modality})
			}
		}
	}
	return append(ms, add...)
}

// SpokeAt reports whether statement x places its speaker at the event s.Keys[start:end] names.
// What was said may name another meeting ("sagte, beim Gipfel sei …", "told reporters the talks
// had been good"): no comma, colon or quotation mark stands between the verb and the event, and
// an event inside the content comes before anyone the content names ("verkündete den Abschluss
// beim Mercosur-Gipfel", not "said Morrison had been rude during the retreat"). A fronted phrase
// set off by a comma, with the speaker right before the verb, places the speaker there too ("In
// his speech to the summit, Guterres said"), unless it names a message (grammar messages).
func (l *LangRules) SpokeAt(s *Sentence, x Match, start, end int) bool {
	// (Not one a statement is only attributed to: "Bei dem Gespräch ging es Regierungssprecher
	// Seibert zufolge um die Dürre", "nach Angaben von X", "according to X".)
	if x.Rule.Attribution {
		return false
	}
	from, to := min(x.Trigger, start), max(x.Trigger, end)
	if end < x.Trigger {
		from = relativeAfter(s, end, x.Trigger) // "Beim Gipfel, an dem auch Maduro teilnahm, widersprachen ihm …"
		// "In his speech to the summit, Guterres called for …": a fronted phrase, then the
		// speaker right before the verb (not "In a message read out at the ceremony, …": the
		// writer may be anywhere; grammar messages).
		fs := start
		for fs > 0 && !isClauseBreak(s.Keys[fs-1]) {
			fs--
		}
		if x.Subject >= 0 && end+1 < x.Trigger && s.Keys[end] == "," && l != nil && !l.g.messages.anyOf(s.Keys[fs:start]) {
			if sm := s.Mentions[x.Subject]; sm.Phrase == end+1 && sm.End == x.Trigger {
				from = x.Trigger
			}
		}
	}
	if slices.ContainsFunc(s.Keys[from:to], isClauseBreak) {
		return false
	}
	return start >= x.Content[1] || end <= x.Content[0] ||
		!slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Start >= x.Content[0] && m.Start < start })
}

// relativeAfter returns where the words between an event ending at end and a verb at trigger
// begin once a clause set off by commas right after the event is skipped: any clause that opens
// with a word in lower case and closes right before the verb, most often a relative one ("Beim
// Gipfel, an dem auch Maduro teilnahm, widersprachen …", "At the summit, which Putin attended,
// Xi said"), or an adverb ("At the summit, however, Xi said"). Else end.
func relativeAfter(s *Sentence, end, trigger int) int {
	keys := s.Keys
	if end+1 >= trigger || keys[end] != "," || keys[trigger-1] != "," || s.Raw == nil || fold.IsUpper(s.Raw[end+1]) || !isWordKey(keys[end+1]) ||
		slices.ContainsFunc(keys[end+1:trigger-1], isClauseBreak) {
		return end
	}
	return trigger
}

// isClauseBreak reports whether key k ends a clause or opens or closes a quotation.
func isClauseBreak(k string) bool {
	return isBoundary(k) || strings.ContainsAny(k, "„“”«»'‘’")
}

// present reports whether a presence word (see EventRefs.Presence) stands at keys[i] or at most
// four words (hyphens aside) before it, an adjacent presence form (EventRefs.PresenceAdjacent)
// right before the noun, or a verb of address right before it. raw may be nil.
func (lr *langRules) present(raw, keys []string, i int) bool {
	if (i > 0 && lr.g.address[keys[i-1]]) || (i > 1 && lr.g.art[keys[i-1]] && lr.g.address[keys[i-2]]) {
		return true // "told the summit", from the article or from the noun
	}
	// "sagte in der Sitzung", "auf dem gemeinsamen Gipfel", "im Gespräch": a form that ends at
	// the event's first word or before it, with at most one word in lower case between, and no
	// comma before it (", in dem sie das Treffen kritisierte" opens a relative clause).
	for j := i; j >= 0 && j >= i-2; j-- {
		if j == i-2 && (raw == nil || fold.IsUpper(raw[j+1]) || !isWordKey(keys[j+1])) {
			break // the one word between the form and the noun must be in lower case
		}
		if lr.g.presenceAdjacent[keys[j]] && (j == 0 || keys[j-1] != ",") {
			return true
		}
		if j >= 1 && lr.g.presenceAdjacent[keys[j-1]+" "+keys[j]] && (j == 1 || keys[j-2] != ",") {
			return true
		}
	}
	for j, n := i, 0; j >= 0 && n <= 4; j-- {
		if keys[j] != "-" && !possessiveMark(keys, j) {
			n++ // words, not hyphens: "beim EU-Afrika-Gipfel"
		}
		if lr.g.presence[keys[j]] {
			return true // "beim", "am Rande des"
		}
		// The words between are the noun's: a preposition there governs it instead ("bei
		// seiner Ankunft von einem Treffen").
		// (A possessive's mark is the noun's too: "at a special leaders' meeting".)
		if (!isWordKey(keys[j]) && keys[j] != "-" && !possessiveMark(keys, j)) || (j < i && lr.g.prep[keys[j]] && !lr.g.gen[keys[j]]) {
			return false
		}
	}
	return false
}

// possessiveMark reports whether keys[j] is the mark of a possessive: "'s", or "'" after a
// plural ("leaders'").
func possessiveMark(keys []string, j int) bool {
	return keys[j] == "'s" || keys[j] == "'" && j > 0 && strings.HasSuffix(keys[j-1], "s") // (keys fold ’ to ')
}

// Denial returns the index in keys of a word that denies something ("dementierte", "denied",
// "wies … zurück"), or -1, and the rule of a meeting reported before that such a sentence
// denies: "Netanjahu soll sich mit bin Salman getroffen haben. Faisal bin Farhan dementierte
// ein solches Treffen" gives the pair negated too.
func (l *LangRules) Denial(keys []string) (int, *Rule) {
	if l == nil {
		return -1, nil
	}
	for i, k := range keys {
		if l.g.denials[k] {
			return i, l.denied
		}
		if ps := l.g.denialSeparable[k]; ps != nil && (*langRules)(l).closingParticle(keys, i, ps) >= 0 {
			return i, l.denied
		}
	}
	return -1, nil
}

// Assembly reports whether key, a gathering's noun, is one of an assembly whose report quotes
// those at it (see EventRefs.Assemblies): "summit", "Gipfel", "Koalitionsgipfel".
func (l *LangRules) Assembly(key string) bool {
	if l == nil {
		return false
	}
	if l.g.assemblies[key] {
		return true
	}
	return l.g.caseTriggers && compoundEnd(key, l.g.assemblies, 5) &&
		!slices.ContainsFunc(l.g.notGatherings, func(p string) bool { return strings.HasPrefix(key, p) })
}

// Ceremony reports whether key, a gathering's noun, is one of a ceremony (see
// EventRefs.Ceremonies): "ceremony", "Zeremonie", "Unterzeichnungszeremonie".
func (l *LangRules) Ceremony(key string) bool {
	return l != nil && (l.g.ceremonies[key] || l.g.caseTriggers && compoundEnd(key, l.g.ceremonies, 5))
}

// Presence reports whether key is a word that places a speaker at an occasion a noun after it
// names ("beim", "at", "during"; see EventRefs.Presence).
func (l *LangRules) Presence(key string) bool { return l != nil && l.g.presence[key] }

// Elsewhere reports whether keys hold a negation or a word of another time (grammar
// other_times: "last year", "damals"): a sentence that places no one at the day's gathering.
func (l *LangRules) Elsewhere(keys []string) bool {
	return l != nil && (l.Negates(keys) || l.g.otherTimes.anyOf(keys))
}

// ClauseWord reports whether key is a coordinator or a subordinator ("and", "after", "nachdem"):
// a phrase right after it opens a clause.
func (l *LangRules) ClauseWord(key string) bool {
	return l != nil && (l.g.coord[key] || l.g.subord[key])
}

// Instead reports whether keys hold a word of a meeting planned in place of another (see
// grammar instead). Not a preposition that names whom the meeting replaces (grammar
// instead_of): "Statt mit Duterte werde Obama mit Park zusammenkommen" meets someone else, not
// the same people elsewhere. (An adverb before "mit" is no such word: "Putin will nun mit Biden
// in Wien zusammenkommen".)
func (l *LangRules) Instead(keys []string) bool {
	if l == nil {
		return false
	}
	for i, k := range keys {
		if l.g.instead[k] && !(l.g.insteadOf[k] && i+1 < len(keys) && l.g.with[keys[i+1]]) {
			return true
		}
	}
	return false
}

// CallsOff reports whether keys hold a word or phrase that calls something off ("cancelled",
// "abgesagt", "fällt aus"; grammar called_off).
func (l *LangRules) CallsOff(keys []string) bool {
	return l != nil && (*langRules)(l).callsOff(keys, 0, len(keys))
}

// FollowUp returns the index in keys of a meeting noun that a follow-up word stands right
// before ("ein weiteres Treffen", "another summit"), in a sentence that negates or calls off
// nothing, and the rule of the same parties meeting again; -1 and nil when there is none.
func (l *LangRules) FollowUp(keys []string) (int, *Rule) {
	if l == nil || len(l.g.followUps) == 0 {
		return -1, nil
	}
	for i, k := range keys {
		// The noun right after the word, and none of another body: not "another cabinet
		// meeting", "eine weitere Sitzung des Kabinetts".
		if j := i + 1; l.g.followUps[k] && j < len(keys) && l.g.eventNouns[keys[j]] && !(j+1 < len(keys) && l.g.gen[keys[j+1]]) {
			// (Not one negated or called off: "Ein weiteres Treffen ist nicht geplant". The
			// sentence is read for that only once a follow-up is found: most have none.)
			if l.Negates(keys) || l.CallsOff(keys) {
				return -1, nil
			}
			return j, l.followUp
		}
	}
	return -1, nil
}

// Written reports whether key is a verb of a statement written rather than spoken (see
// grammar written).
func (l *LangRules) Written(key string) bool { return l != nil && l.g.written[key] }

// SpokeRule returns the built-in rule of a meeting of a speaker with those at the gathering
// spoken at (meeting.<lang>.spoke-at).
func (l *LangRules) SpokeRule() *Rule {
	if l == nil {
		return nil
	}
	return l.spoke
}

// ReceivedAtWord reports whether key is a verb of receiving a guest (see grammar received_at).
func (l *LangRules) ReceivedAtWord(key string) bool { return l != nil && l.g.receivedAt[key] }

// VisitAt reports whether the word of visiting at keys[r] tells a visit paid: a verb of grammar
// visit_at, not an infinitive ("inviting him to visit the White House"), or a noun of
// visit_nouns in a phrase of a preposition ("bei seinem Antrittsbesuch im Weißen Haus"; not
// "Es ist der zweite Besuch des Kanzlers im Weißen Haus", which need not have happened yet).
func (l *LangRules) VisitAt(keys []string, r int) bool {
	if l == nil {
		return false
	}
	if l.g.visitAt[keys[r]] {
		return r == 0 || !l.g.infinitiveMarkers[keys[r-1]]
	}
	if !l.g.visitNouns[keys[r]] {
		return false
	}
	for j := r - 1; j >= 0 && j >= r-3 && keys[j] != ","; j-- {
		if l.g.prep[keys[j]] {
			return true
		}
	}
	return false
}

// Destination reports whether key is a preposition of where someone goes ("to", "nach").
func (l *LangRules) Destination(key string) bool { return l != nil && l.g.dest[key] }

// PassiveAgent reports whether key is a preposition of a passive's agent (see grammar
// passive_agents).
func (l *LangRules) PassiveAgent(key string) bool { return l != nil && l.g.passiveAgents[key] }

// PassiveAgentOf reports whether the preposition at token j opens the agent of a passive
// meeting verb of keys, not of a participle that describes a noun: no article before it ("eine
// von Guterres entsandte Delegation") and, where the verb comes before its agent, a meeting verb
// between the last passive auxiliary and it ("A delegation sent by Guterres was received"
// names no host).
func (l *LangRules) PassiveAgentOf(keys []string, j int) bool {
	if l == nil || j < 0 || j >= len(keys) || !l.g.passiveAgents[keys[j]] || j > 0 && l.g.art[keys[j-1]] {
		return false
	}
	if l.g.verbFinal {
		return true
	}
	a := j - 1
	for a >= 0 && !l.g.passiveAux[keys[a]] {
		a--
	}
	return a >= 0 && l.MeetingVerb(keys[a+1:j])
}

// OfficeOwner reports whether key is a possessive pronoun that owns an office (see grammar
// office_owners), and the owner's gender when the pronoun gives one ("f" for "her", "ihr").
func (l *LangRules) OfficeOwner(key string) (gender string, ok bool) {
	if l == nil || !l.g.officeOwners[key] {
		return "", false
	}
	if l.g.officeOwnersF[key] {
		return "f", true
	}
	return "m", true
}

// FormerTime reports whether keys hold a word or phrase of grammar former_times ("last year",
// "damals").
func (l *LangRules) FormerTime(keys []string) bool {
	return l != nil && phraseIn(keys, 0, len(keys), l.g.formerTimes) >= 0
}

// Departure reports whether key is a preposition of where someone came from (see grammar
// departures).
func (l *LangRules) Departure(key string) bool { return l != nil && l.g.departures[key] }

// SwornIn reports whether keys hold a word or phrase of taking office at a ceremony (grammar
// inaugurations): "was sworn in", "legte den Amtseid ab".
func (l *LangRules) SwornIn(keys []string) bool {
	return l != nil && phraseIn(keys, 0, len(keys), l.g.inaugurations) >= 0
}

// AllWord reports whether key makes a group phrase all its members (see grammar all_words).
func (l *LangRules) AllWord(key string) bool { return l != nil && l.g.allWords[key] }

// Clause returns the span of tokens around keys[i] bounded by punctuation, the clause the
// rules read for a trigger at i (a parenthesis and a quoted word are looked through).
func (l *LangRules) Clause(keys []string, i int) (int, int) {
	if l == nil {
		return i, i + 1
	}
	return (*langRules)(l).clause(keys, i)
}

// Passive reports whether keys hold an auxiliary of the passive (grammar passive_aux).
func (l *LangRules) Passive(keys []string) bool { return l != nil && l.g.passiveAux.anyOf(keys) }

// PassiveAt reports whether keys[j], right after a subject, opens a passive: an auxiliary of
// the passive that is no copula ("wurde", "wird"), or a copula a past participle follows, with
// at most one word between ("was condemned", "was sharply criticised"), or, in a language whose
// participles have no suffix of the grammar, one whose clause ends in "worden" or another
// passive auxiliary ("ist … verurteilt worden"). A copula of presence is none: "war beim
// Gipfel dabei", "is at the NATO summit", "ist … eingetreten".
func (l *LangRules) PassiveAt(keys []string, j int) bool {
	if l == nil || j < 0 || j >= len(keys) || !l.g.passiveAux[keys[j]] {
		return false
	}
	if !l.g.copulas[keys[j]] {
		return true
	}
	lr := (*langRules)(l)
	if l.g.pastParticipleSuffix != "" {
		for k := j + 1; k < len(keys) && k <= j+2; k++ {
			if lr.isPastParticiple(keys[k]) {
				return true
			}
		}
		return false
	}
	for k := j + 1; k < len(keys) && keys[k] != "," && keys[k] != "." && keys[k] != ":" && keys[k] != ";"; k++ {
		if l.g.passiveAux[keys[k]] && !l.g.copulas[keys[k]] {
			return true
		}
	}
	return false
}

// AttendsAt returns the index in keys of the first verb of taking part (grammar attendance, or
// attendance_separable with its particle closing the clause: "nahm am Gipfel teil"; one of
// hosting only with the gathering at keys[gathering] for its object) and the index of the word that ends it (the
// particle, or the verb itself); -1, -1 when there is none.
func (l *LangRules) AttendsAt(keys []string, gathering int) (int, int) {
	if l == nil {
		return -1, -1
	}
	for i, k := range keys {
		if l.g.hosting[k] && l.g.attendance[k] && !l.hostsGathering(keys, i, gathering) {
			continue // "leitete nach dem Gipfel ein Verfahren ein"
		}
		if l.g.attendance[k] {
			return i, i
		}
		if ps := l.g.attendanceSeparable[k]; ps != nil {
			if p := (*langRules)(l).closingParticle(keys, i, ps); p >= 0 && (!l.g.hosting[k] || l.hostsGathering(keys, i, gathering) || l.hostsGathering(keys, p, gathering)) {
				return i, p
			}
		}
	}
	return -1, -1
}

// hostsGathering reports whether the gathering noun at keys[at] is the object of the verb (or
// particle) at keys[i]. After the verb it may stand up to ten words on, past adverbials
// ("leitete am Donnerstag in Brüssel den EU-Gipfel", "opened the two-day G20 summit"), or as
// the genitive of a part of it (grammar gathering_parts: "opened the session of the summit"), but not
// inside a phrase of a preposition nor after another object ("leitete nach dem Gipfel ein
// Verfahren ein", "opened an investigation into the leaks from the summit"). Before the verb
// (a German clause that ends in it), at most five tokens from it with no preposition or comma
// between, and not a genitive nor in a phrase of a preposition of its own: "hatte sich auf die
// Zusagen des Nato-Gipfels verlassen", "kann sich auf den Gipfel verlassen" rely on it; they
// leave nothing.
func (l *LangRules) hostsGathering(keys []string, i, at int) bool {
	if at < 0 || at == i {
		return false
	}
	if at < i {
		if l.ObjectRelative(keys, at, i) {
			return true
		}
		if i-at > 5 || slices.ContainsFunc(keys[at+1:i], func(k string) bool { return l.g.prep[k] || k == "," }) {
			return false
		}
		// Back from the noun over the parts of a compound ("Nato-Gipfels") and adjectives to
		// its article.
		j := at - 1
		for j >= 0 && !l.g.art[keys[j]] && !l.g.gen[keys[j]] && (keys[j] == "-" || keys[j+1] == "-" || hasAdjEnding(keys[j])) {
			j--
		}
		if j >= 0 && l.g.gen[keys[j]] {
			return false
		}
		if j >= 0 && l.g.art[keys[j]] {
			j--
		}
		return j < 0 || !l.g.prep[keys[j]]
	}
	if at-i > 10 {
		return false
	}
	// The gathering's own phrase: back from it to its article, if any, past its modifiers.
	d := at
	for k := at - 1; k > i && at-k <= 6 && !l.g.prep[keys[k]] && keys[k] != ","; k-- {
		if l.g.art[keys[k]] {
			d = k
			break
		}
	}
	// A part of the gathering, its genitive after it: "opened the leaders' session of the AI
	// Action Summit" ("of" before the article), "eröffnete die Sitzung des EU-Gipfels" (the
	// article itself).
	if l.g.gen[keys[d-1]] && d-2 > i && l.g.gatheringParts[keys[d-2]] {
		return l.hostsGathering(keys, i, d-2)
	}
	if d < at && l.g.gen[keys[d]] && d-1 > i && l.g.gatheringParts[keys[d-1]] {
		return l.hostsGathering(keys, i, d-1)
	}
	if l.g.prep[keys[d-1]] {
		return false // in a phrase of a preposition: "nach dem Gipfel", "from the summit"
	}
	for k := i + 1; k < d; k++ {
		if keys[k] == "," || l.g.art[keys[k]] && !l.g.prep[keys[k-1]] {
			return false // another object before it: "an investigation into …"
		}
	}
	return true
}

// ObjectRelative reports whether the verb at keys[i] closes a relative clause after the
// gathering at keys[at] whose pronoun is the verb's object: "Beim Gipfel in Brüssel, den
// Ratspräsident Michel leitete, …" (a short phrase of a place may stand before its comma; the
// pronoun an accusative or dative form, "den", "dem").
func (l *LangRules) ObjectRelative(keys []string, at, i int) bool {
	if l == nil || at < 0 || i <= at {
		return false
	}
	closes := i+1 >= len(keys) || keys[i+1] == "," || tokenize.IsTerminal(keys[i+1])
	for c := at + 1; c < i-1 && c <= at+4; c++ {
		if keys[c] == "," {
			// (What stands before the comma is a phrase of place, "in Brüssel"; not "mit
			// Macron", whom the pronoun may name.)
			place := c == at+1 || l.g.loc[keys[at+1]]
			return place && l.g.objArt[keys[c+1]] && closes && !slices.Contains(keys[c+2:i], ",") && i-c <= 10
		}
	}
	return false
}

// Negates reports whether keys hold a cue of negation ("nicht", "not", "cancelled").
func (l *LangRules) Negates(keys []string) bool {
	return l != nil && (*langRules)(l).hasCue(keys, 0, len(keys), cueNegated)
}

// ResidenceRule returns the built-in rule of a guest's meeting with the holder of the
// residence the guest was received at (meeting.<lang>.received-at-residence).
func (l *LangRules) ResidenceRule() *Rule {
	if l == nil {
		return nil
	}
	return l.residence
}

// AttendedRule returns the built-in rule of a meeting of one who attended a gathering with
// those a relative clause after it puts at it (meeting.<lang>.attended-where).
func (l *LangRules) AttendedRule() *Rule {
	if l == nil {
		return nil
	}
	return l.attended
}

// RelativeAfter reports whether a relative clause opens within twelve tokens after the
// gathering noun at keys[at], before any clause but its own ends: "attended the ceremony at
// which …", "wohnte der Zeremonie in Doha bei, bei der …"; or a participle of taking part
// with its passive agent, a relative clause without its pronoun: "hosted a summit on Gaza on
// Monday, attended by …".
func (l *LangRules) RelativeAfter(keys []string, at int) bool {
	if l == nil || at < 0 {
		return false
	}
	// (After a comma a preposition before any relative pronoun opens one: ", bei der …". A bare
	// genitive one tells of the gathering's owner, not at it: "the summit, whose host had met
	// Putin a week earlier".)
	opens := func(j int) bool {
		return (*langRules)(l).opensRelative(keys, j) && !l.g.genRelatives[keys[j]] ||
			keys[j-1] == "," && l.g.prep[keys[j]] && j+1 < len(keys) && l.g.rel[keys[j+1]] ||
			l.g.attendance[keys[j]] && j+1 < len(keys) && l.g.passiveAgents[keys[j+1]]
	}
	for j := at + 1; j < len(keys) && j <= at+12; j++ {
		if opens(j) && (!l.g.verbFinal || keys[j-1] == ",") {
			return true
		}
		if isBoundary(keys[j]) && keys[j] != "," || tokenize.IsTerminal(keys[j]) {
			return false
		}
		if keys[j] == "," && !(j+1 < len(keys) && opens(j+1)) {
			return false
		}
	}
	return false
}

// SignedRule returns the built-in rule of a meeting of a signer with those at the ceremony
// signed at (meeting.<lang>.signed-at).
func (l *LangRules) SignedRule() *Rule {
	if l == nil {
		return nil
	}
	return l.signed
}

// GeneralEvent reports whether key is a noun general enough to refer to any gathering (see
// EventRefs.General).
func (l *LangRules) GeneralEvent(key string) bool { return l != nil && l.g.generalEvents[key] }

// SidesNoun reports whether key is a plural noun of countries or of those who stand for them
// in talks ("delegations", "negotiators", "Unterhändler"; grammar nation_nouns and
// delegations.members): after countries' adjectives joined, it names the countries' sides.
func (l *LangRules) SidesNoun(key string) bool {
	return l != nil && (l.g.nationNouns[key] || l.g.delegMembers[key])
}

// DelegationTeller reports whether key is a verb by which one tells of a delegation or sends
// it (grammar delegations.tellers: "said", "schickt"), and so is not of it.
func (l *LangRules) DelegationTeller(key string) bool { return l != nil && l.g.delegTellers[key] }

// LedDelegations calls f for each delegation noun in keys that a phrase of leading follows
// (grammar delegations.leaders): "a U.S. delegation led by Michael McCaul", "a delegation from
// the bloc ECOWAS led by", "eine Delegation der Afrikanischen Union unter Leitung von", "die
// Delegation um". noun is the noun's index, lead the index of the first word after the
// phrase. The one who leads the delegation stands for it, and the country or body told
// around the noun only describes it.
func (l *LangRules) LedDelegations(keys []string, f func(noun, lead int)) {
	if l == nil || len(l.g.delegLeaders) == 0 {
		return
	}
	for i, k := range keys {
		if !l.DelegationNoun(k) {
			continue
		}
		if end := (*langRules)(l).leaderPhrase(keys, i); end > 0 {
			f(i, end)
		}
	}
}

// maxOwner is how many words may tell a delegation's owner between the delegation noun and
// the phrase of leading: "delegation from the West African bloc ECOWAS led by".
const maxOwner = 7

// leaderPhrase returns the index after a phrase of leading that follows the delegation noun at
// token i, with at most maxOwner words between and no punctuation (but a comma right after
// the noun) or clause; 0 if none.
func (lr *langRules) leaderPhrase(keys []string, i int) int {
	comma := false
	for j := i + 1; j < len(keys) && j <= i+1+maxOwner; j++ {
		// (A phrase of several words may be set off by a comma: "The U.S. delegation, led by
		// Marco Rubio, met …"; right after it, not one of another noun in the aside: "The
		// U.S. delegation, in Kyiv for talks led by Yermak, met …".)
		if j == i+1 && keys[j] == "," && j+2 < len(keys) {
			comma = true
			continue
		}
		for _, p := range lr.g.delegLeaders {
			// (A one-word phrase, "um", "unter", "under", only right after the noun: "traf sich
			// um 10 Uhr mit X", "came under fire from X" are no leading.)
			if hasPhrase(keys, j, p) && (len(p) > 1 || j == i+1) {
				return j + len(p)
			}
		}
		if comma {
			return 0
		}
		if k := keys[j]; !strings.ContainsFunc(k, unicode.IsLetter) || (lr.g.subord[k] && !lr.g.art[k]) || lr.g.coord[k] {
			return 0
		}
	}
	return 0
}

// ledBy reports whether a phrase of leading after a delegation noun ends at token j:
// the phrase at j names the one who leads the delegation.
func (lr *langRules) ledBy(keys []string, j int) bool { return lr.ledNoun(keys, j) >= 0 }

// ledNoun returns the delegation noun whose phrase of leading ends at token j (the nearest
// before it), or -1.
func (lr *langRules) ledNoun(keys []string, j int) int {
	if !lr.phraseEndsAt(keys, j, lr.g.delegLeaders) {
		return -1
	}
	for i := j - 1; i >= 0 && i >= j-2-maxOwner-3; i-- {
		if (*LangRules)(lr).DelegationNoun(keys[i]) {
			if lr.leaderPhrase(keys, i) == j {
				return i
			}
			return -1
		}
	}
	return -1
}

// MeetingVerb reports whether keys hold a verb that sets off a meeting rule ("empfangen",
// "hosted"), not a noun.
func (l *LangRules) MeetingVerb(keys []string) bool {
	return l != nil && slices.ContainsFunc(keys, func(k string) bool {
		return slices.ContainsFunc(l.byWord[k], func(c *compiled) bool { return c.Relation == Meeting && c.verbs[k] })
	})
}

// NameApposed reports whether a name in apposition follows a title that ends at token end: a
// comma, then a capitalised word that is no article ("Die Gastgeberin, Bundeskanzlerin …"), or
// an article, adjectives and at least three capitalised words up to the next comma, the last two
// a name ("Gastgeber, der weißrussische Präsident Alexander Lukaschenko,").
func (l *LangRules) NameApposed(raw, keys []string, end int) bool {
	if l == nil || end+1 >= len(keys) || keys[end] != "," {
		return false
	}
	if !l.g.art[keys[end+1]] {
		return fold.IsUpper(raw[end+1])
	}
	// "Gastgeber, der weißrussische Präsident Alexander Lukaschenko,": an article, adjectives
	// and capitalised words up to the next comma, a title and a name of two (not a relative
	// clause: "Gastgeber, der ihn empfangen hatte,", "Der Präsident, der Xi Jinping, Modi und
	// Lula traf,").
	upper := 0
	for j := end + 2; j < len(keys) && j <= end+8; j++ {
		switch {
		case keys[j] == ",":
			return upper >= 3 && fold.IsUpper(raw[j-1]) && fold.IsUpper(raw[j-2])
		case fold.IsUpper(raw[j]) && isWordKey(keys[j]):
			upper++
		case hasAdjEnding(keys[j]) || keys[j] == "-":
		default:
			return false
		}
	}
	return false
}

// Former reports whether a word of keys says a title was held before ("der frühere
// Präsident", "der Ex-Kanzler"), so that it names no one who holds it now.
func (l *LangRules) Former(keys []string) bool {
	return l != nil && slices.ContainsFunc(keys, func(k string) bool { return l.g.roleFormer[k] })
}

// Planned reports whether keys hold a cue of something planned ("wird", "will", "soll").
func (l *LangRules) Planned(keys []string) bool {
	return l != nil && (*langRules)(l).hasCue(keys, 0, len(keys), cuePlanned)
}

// Hearsay reports whether keys hold a cue of modality that reports without asserting
// ("reportedly", "Berichten zufolge").
func (l *LangRules) Hearsay(keys []string) bool {
	return l != nil && (*langRules)(l).hasCue(keys, 0, len(keys), cueReported)
}

// Copula reports whether k is a form of "to be" (see grammar copulas).
func (l *LangRules) Copula(k string) bool { return l != nil && l.g.copulas[k] }

// DelegationNoun reports whether key is a noun of a delegation (grammar delegations.nouns), or a
// compound that ends in one of eight letters or more ("Handelsdelegation", not "Webseite").
func (l *LangRules) DelegationNoun(key string) bool {
	if l == nil {
		return false
	}
	// (Or a compound ending in one of eight letters or more: "Regierungsdelegation".)
	return l.g.delegNouns[key] || compoundEnd(key, l.g.delegNouns, 8)
}

// GroupGender returns the gender a group noun names ("f" for "women", "m" for "Männer"; grammar
// group_genders), or "".
func (l *LangRules) GroupGender(key string) string {
	if l == nil {
		return ""
	}
	return l.g.groupGenders[key]
}

// TitleGender returns the gender a title word names ("f" for "Queen", "m" for "König"; grammar
// title_genders), or "".
func (l *LangRules) TitleGender(key string) string {
	if l == nil {
		return ""
	}
	return l.g.titleGenders[key]
}

// DemonymCountry returns the ISO code of the country whose people the noun key names ("Amerikaner",
// "Russen"; grammar demonyms), or "".
func (l *LangRules) DemonymCountry(key string) string {
	if l == nil {
		return ""
	}
	return l.g.demonyms[key]
}

// Demonym returns, for a definite article at keys[i] and a demonym of grammar demonyms after
// it ("der Russe", "die Französin"), the gender it names and the country's ISO code; "" when
// there is none, or it is plural ("die Russen") or introduces a name ("der Russe Daniil
// Medwedew").
func (l *LangRules) Demonym(raw, keys []string, i int) (gender, country string) {
	if l == nil || raw == nil || i+1 >= len(keys) || (!l.g.roleArticles[keys[i]] && !l.g.roleFeminine[keys[i]]) {
		return "", ""
	}
	cc, ok := l.g.demonyms[keys[i+1]]
	if !ok || !fold.IsUpper(raw[i+1]) || i+2 < len(keys) && isWordKey(keys[i+2]) && fold.IsUpper(raw[i+2]) {
		return "", "" // (not before a name it introduces: "der Russe Daniil Medwedew")
	}
	gender = l.endingGender(keys[i+1])
	if gender != "f" && l.g.roleFeminine[keys[i]] && !l.g.roleArticles[keys[i]] {
		return "", "" // "die Russen": several
	}
	return gender, cc
}

// Epithet returns the length in tokens of a noun phrase at keys[i] that describes the person
// the text is about (see grammar epithets): "der 86-Jährige", "der SPD-Politiker", "the
// 86-year-old", and the gender its article or ending gives ("f", "m", or "" for either); n is 0
// when there is none, or it is plural ("die SPD-Politiker") or introduces a name ("der
// SPD-Politiker Lars Klingbeil").
func (l *LangRules) Epithet(raw, keys []string, i int) (n int, gender string) {
	if l == nil || raw == nil || (!l.g.roleArticles[keys[i]] && !l.g.roleFeminine[keys[i]]) {
		return 0, ""
	}
	for j := i + 1; j < len(keys) && j <= i+3; j++ {
		for _, p := range l.g.epithets {
			end := j + len(p)
			if !hasPhrase(keys, j, p) || end < len(keys) && isWordKey(keys[end]) && fold.IsUpper(raw[end]) {
				continue
			}
			// English writes the noun an epithet qualifies in lower case too ("The 86-year-old
			// pontiff said"): a verb, an auxiliary or a preposition must follow it.
			if end < len(keys) && !l.g.caseTriggers {
				if next := keys[end]; isWordKey(next) && !l.verbNext(next) && !l.g.prep[next] {
					continue
				}
			}
			last := keys[end-1]
			switch g := l.endingGender(last); {
			case l.PluralTitle(last):
				return 0, ""
			case g != "f" && l.g.roleFeminine[keys[i]]:
				if !hasSuffix(last, l.g.adjectiveEndings) {
					return 0, "" // "die SPD-Politiker": several
				}
				gender = "f" // "die 86-Jährige"
			default:
				gender = g
			}
			return end - i, gender
		}
		// Between the article and the noun: a number or a party and a hyphen ("86-",
		// "SPD-"), or a capitalised modifier ("the Labour politician").
		if k := keys[j]; k != "-" && !(isNumberKey(k) || fold.IsUpper(raw[j]) && isWordKey(k)) {
			break
		}
	}
	return 0, ""
}

// isNumberKey reports whether k is a number written in digits.
func isNumberKey(k string) bool {
	return k != "" && strings.Trim(k, "0123456789") == ""
}

// InCapacity reports whether the role whose phrase begins at keys[phrase] says in what
// capacity someone acts: a capacity word ("als", "as") before it with adjectives between,
// perhaps after an article ("als erster ausländischer Regierungschef", "as the first foreign
// leader"). Not a conjunction before a subject: "Als der Präsident Scholz traf", "as he greeted
// the president" (a definite article right before the role, or a word that is no adjective).
func (l *LangRules) InCapacity(raw, keys []string, phrase int) bool {
	if l == nil || phrase < 1 || l.g.definite[keys[phrase-1]] {
		return false
	}
	for j := phrase - 1; j >= 0 && j >= phrase-4; j-- {
		if l.g.capacity[keys[j]] {
			return true
		}
		// (German adjectives have their endings; English ones are no function words:
		// "as he greeted the president" has a pronoun.)
		adj := isWordKey(keys[j]) && !fold.IsUpper(raw[j]) && (l.g.caseTriggers && hasAdjEnding(keys[j]) || !l.g.caseTriggers && !l.FunctionWord(keys[j]))
		if !l.g.art[keys[j]] && !adj {
			return false // ("der als gemäßigt geltende frühere Präsident": "als" goes with "gemäßigt")
		}
	}
	return false
}

// DeniesMeeting reports whether the denial at keys[at] is of a meeting or of the report of one:
// a noun of grammar denial_objects follows it in the sentence, and no negation stands right
// before it ("did not deny the report").
func (l *LangRules) DeniesMeeting(keys []string, at int) bool {
	if l == nil || (*langRules)(l).hasCue(keys, max(at-3, 0), at, cueNegated) {
		return false
	}
	return l.g.denialObjects.anyOf(keys[at+1:])
}

// Separate reports whether a word of keys says that the parties met one by one ("separately",
// "getrennt").
func (l *LangRules) Separate(keys []string) bool {
	return l != nil && (*langRules)(l).separate(keys, 0, len(keys))
}

// CompanionAt reports whether a companion phrase of the grammar ("gemeinsam mit", "together
// with") begins at keys[i].
func (l *LangRules) CompanionAt(keys []string, i int) bool {
	return l != nil && phraseStartsAt(keys, i, l.g.companions)
}

// Jointly reports whether a word of keys says that signers acted as one ("a joint
// declaration", "gemeinsam"): grammar jointly, matched word for word.
func (l *LangRules) Jointly(keys []string) bool { return l != nil && l.g.jointly.anyOf(keys) }

// GatheringAt returns the index of the first noun of a gathering of several parties the
// sentence of raw and keys names (see EventRefs.Gatherings), or -1, and whether a presence word
// places someone at it ("beim Mercosur-Gipfel"). In a language whose nouns are capitalised only
// a capitalised word counts: German "treffen" is a verb.
func (l *LangRules) GatheringAt(raw, keys []string) (int, bool) {
	if l == nil {
		return -1, false
	}
	i, present := l.gatheringAt(raw, keys)
	// A part of a gathering with the gathering in the genitive after it is that gathering's:
	// "the leaders' session of the AI Action Summit", "die Sitzung des EU-Gipfels".
	// (The gathering heads the genitive: only an article and capitalised words, names and
	// modifiers of it, stand before its noun; not "the meeting of ambassadors preparing the EU
	// summit".)
	if i >= 0 && i+2 < len(keys) && l.g.gatheringParts[keys[i]] && l.g.gen[keys[i+1]] {
		end := min(i+8, len(keys))
		if j, _ := l.gatheringAt(raw[i+2:end], keys[i+2:end]); j >= 0 {
			heads := true
			for k := i + 2; k < i+2+j; k++ {
				if !(k == i+2 && l.g.art[keys[k]]) && keys[k] != "-" && !fold.IsUpper(raw[k]) {
					heads = false
				}
			}
			if heads && (!l.g.caseTriggers || !slices.ContainsFunc(keys[i+2:i+2+j], func(k string) bool { return l.g.prep[k] || l.g.art[k] && k != keys[i+2] })) {
				return i + 2 + j, present
			}
		}
	}
	return i, present
}

// gatheringAt is GatheringAt without its step from a part to the whole.
func (l *LangRules) gatheringAt(raw, keys []string) (int, bool) {
	for i, k := range keys {
		// (Most keys have no hyphen, which IndexByte tells much faster than LastIndexByte's
		// byte by byte loop: this runs for every word of every sentence.)
		if strings.IndexByte(k, '-') >= 0 {
			k = k[strings.LastIndexByte(k, '-')+1:] // the last part: "mercosur-gipfel" is a "gipfel"
		}
		if l.g.caseTriggers && len(k) > 8 && fold.IsUpper(raw[i]) && compoundEnd(k, l.g.gatherings, 5) &&
			!slices.ContainsFunc(l.g.notGatherings, func(p string) bool { return strings.HasPrefix(k, p) }) {
			return i, (*langRules)(l).present(raw, keys, i) // a compound: "die Friedenskonferenz", "das Spitzentreffen"
		}
		if k == "" || len(k) >= 64 || l.g.gatherShape[k[0]]&(1<<len(k)) == 0 {
			continue // most words: no gathering of that first letter and length
		}
		if l.g.gatherings[k] && (!l.g.caseTriggers || fold.IsUpper(raw[i])) {
			if !l.g.caseTriggers && l.notGatheringBefore(keys, i) {
				continue // "his monthly news conference", "the party's spring conference"
			}
			return i, (*langRules)(l).present(raw, keys, i)
		}
	}
	return -1, false
}

// notGatheringBefore reports whether, in a language that writes compounds apart, a word of
// grammar not_gatherings qualifies the gathering noun at keys[i]: right before it, or before a
// possessive "'s" and at most one word ("news conference", "the party's spring conference"; not
// "the warring parties attended a summit").
func (l *LangRules) notGatheringBefore(keys []string, i int) bool {
	if i >= 1 && l.g.notGatheringWords[keys[i-1]] {
		return true
	}
	for j := i - 2; j >= 0 && j >= i-3; j-- {
		if keys[j+1] == "'s" && l.g.notGatheringWords[keys[j]] {
			return true
		}
	}
	return false
}

// DescribedFrom returns where the phrase of the name at token i begins when an article and
// descriptive words stand before it: "die islamistische Hamas", "der südamerikanische
// Staatenbund Mercosur", "the Islamist group Hamas" begin at the first word after the article,
// so that the article joins the name to a list as it would a bare name. Otherwise i. A
// descriptive word is an adjective (German: lower case with an adjective ending; English: lower
// case, or a word isModifier says is one, such as "Palestinian"), at most three, and one
// descriptor noun at most, right before the name.
func (l *LangRules) DescribedFrom(raw, keys []string, i int, isModifier func(j int) bool) int {
	if l == nil {
		return i
	}
	j, n := i-1, 0
	if j >= 0 && l.descriptor(keys[j]) {
		j, n = j-1, 1
	}
	for k := 0; j >= 0 && k < 3; j, k, n = j-1, k+1, n+1 {
		if l.g.caseTriggers && keys[j] == "-" && n > 0 && j >= 1 && (!fold.IsUpper(raw[j-1]) || isModifier(j-1)) && isWordKey(keys[j-1]) {
			j-- // "die militant-islamistischen Taliban": the first part of a hyphenated adjective ("UN-Vetomächte": a name's)
			continue
		}
		if !l.g.caseTriggers && keys[j] == "-" && n > 0 && j >= 1 && strings.ContainsFunc(keys[j-1], unicode.IsLetter) {
			j-- // "the Iran-backed Houthis", "the U.N.-recognised Government": a compound adjective
			continue
		}
		if l.g.caseTriggers && k > 0 && j >= 2 && fold.IsUpper(raw[j]) && isWordKey(keys[j]) && l.g.prep[keys[j-1]] && l.g.art[keys[j-2]] {
			// "der vom Klimawandel bedrohte Inselstaat Tuvalu": a participle's own short
			// prepositional phrase, right after the article.
			return j - 1
		}
		// A trigger word is a verb: "Das teilte Russland mit" has no adjective before the name.
		adj := !fold.IsUpper(raw[j]) && isWordKey(keys[j]) && !l.g.art[keys[j]] && !l.g.coord[keys[j]] && !l.g.prep[keys[j]] &&
			len(l.byWord[keys[j]]) == 0
		if _, number := l.g.numbers[keys[j]]; number {
			// "die fünf Vetomächte USA, …"
		} else if l.g.caseTriggers {
			adj = adj && hasAdjEnding(keys[j])
		} else if n > 0 && fold.IsUpper(raw[j]) && isWordKey(keys[j]) && len(l.byWord[keys[j]]) == 0 {
			adj = true // "the South American bloc Mercosur": an English adjective of a region
		}
		if !adj && !isModifier(j) {
			break
		}
	}
	if n > 0 && j >= 0 && (l.g.art[keys[j]] || (l.g.prep[keys[j]] && i >= 1 && l.descriptor(keys[i-1]))) {
		return j + 1 // "in Fidschis Hauptstadt Suva": the preposition governs the phrase
	}
	return i
}

// DescribedPerson returns where the phrase of the person named at token i begins when, in a
// language whose nouns are capitalised, an article, at most three adjectives and one noun that no
// rule and no actor claims (taken) stand right before the name: "den Reporter Evan Gershkovich",
// "den früheren Marineinfanteristen Paul Whelan" begin at the word after the article, as
// DescribedFrom's phrases do; "und Kims Vertrauter Kim Yong Chol" at the owner. In English, an
// owner's pronoun and a noun: "his sister Kim Yo Jong". Otherwise i.
func (l *LangRules) DescribedPerson(raw, keys []string, i int, taken func(j int) bool) int {
	if l == nil || i < 2 {
		return i
	}
	if !l.g.caseTriggers {
		// English: an owner's pronoun and one noun of grammar kin_nouns that no rule or actor
		// claims: "flanked by his sister Kim Yo Jong" (not "In his speech Milei urged", "During
		// his trip Biden met").
		n := i - 1
		if !fold.IsUpper(raw[n]) && l.g.kinNouns[keys[n]] && !taken(n) && len(l.byWord[keys[n]]) == 0 && l.g.officeOwners[keys[n-1]] {
			return n - 1
		}
		return i
	}
	n := i - 1
	if !fold.IsUpper(raw[n]) || !isWordKey(keys[n]) || taken(n) || len(l.byWord[keys[n]]) > 0 || l.g.calendarNouns[keys[n]] {
		return i // (nor a noun of time: "in der Nacht Angela Merkel")
	}
	j := n - 1
	for k := 0; j >= 0 && k < 3 && isWordKey(keys[j]) && !l.g.art[keys[j]] &&
		(!fold.IsUpper(raw[j]) && hasAdjEnding(keys[j]) || placeAdjective(raw[j], keys[j]) && !taken(j) && len(l.byWord[keys[j]]) == 0); k++ {
		j--
	}
	// (Not after a noun the article makes a genitive of: "Der Vorsitzende der Selbstverwaltung
	// Istvan Kovacs" is the Vorsitzende; "begrüßten Harris den Reporter X" has no genitive.)
	genitive := j >= 1 && (l.g.gen[keys[j]] || keys[j] == "der") && l.NounGenitive(raw[j-1], keys[j-1], keys[j])
	if j >= 0 && l.g.art[keys[j]] && !genitive {
		return j + 1
	}
	// (Or a name's genitive the data does not know, after a coordinator or a comma: "und Kims
	// Vertrauter Kim Yong Chol" begins at the owner.)
	if j == n-1 && j >= 1 && fold.IsUpper(raw[j]) && isWordKey(keys[j]) && strings.HasSuffix(keys[j], "s") && !taken(j) &&
		(l.g.coord[keys[j-1]] || keys[j-1] == ",") && len(l.byWord[keys[j]]) == 0 {
		return j
	}
	return i
}

// placeAdjective reports whether a capitalised German word in -er may be the adjective of a
// place, which keeps its capital and takes no ending: "den Hongkonger Aktivisten", "der Kieler
// Bürgermeister".
func placeAdjective(raw, key string) bool {
	return fold.IsUpper(raw) && len(key) > 5 && strings.HasSuffix(key, "er")
}

// BareGroup returns the length of a count or "both" that stands for the group by itself,
// counting no noun: "die beiden vereinbarten", "The three issued", "sprach mit beiden getrennt",
// "bringing the two together"; else 0.
func (l *LangRules) BareGroup(raw, keys []string, i int) int {
	if l == nil || i+1 >= len(keys) {
		return 0
	}
	// "sprach mit beiden getrennt", "spoke with both separately": "both" alone after a
	// preposition, before no noun of its own.
	if (keys[i] == "beiden" || keys[i] == "both") && i > 0 && l.g.prep[keys[i-1]] &&
		(!isWordKey(keys[i+1]) || l.g.separately[keys[i+1]] || raw != nil && !fold.IsUpper(raw[i+1]) && l.g.caseTriggers) {
		return 1
	}
	if i+2 >= len(keys) {
		return 0
	}
	if l.g.caseTriggers {
		if keys[i] == "beide" && (raw == nil || !fold.IsUpper(raw[i+1])) && isWordKey(keys[i+1]) {
			return 1 // "Castro hatte beide zuvor empfangen"
		}
		if keys[i] != "die" && keys[i] != "alle" {
			return 0
		}
		if _, n := l.g.numbers[keys[i+1]]; !n && keys[i+1] != "beiden" {
			return 0
		}
		if fold.IsUpper(raw[i+2]) || !isWordKey(keys[i+2]) && keys[i+2] != "," {
			return 0
		}
		return 2
	}
	// English writes nouns in lower case too: "the three" stand alone before a verb some rule
	// is triggered by or an auxiliary ("The three issued a joint statement"); so does "both"
	// ("…, and both said they were ready").
	if keys[i] == "both" && (i == 0 || !l.g.art[keys[i-1]] && !l.g.prep[keys[i-1]]) {
		if next := keys[i+1]; next != "both" && l.verbNext(next) {
			return 1
		}
		return 0
	}
	if keys[i] != "the" && keys[i] != "all" {
		return 0
	}
	if _, n := l.g.numbers[keys[i+1]]; !n && keys[i+1] != "two" {
		return 0
	}
	// ("bringing the two together": an adverb of how they met; grammar bare_group_adverbs.)
	if l.verbNext(keys[i+2]) || l.g.bareGroupAdverbs[keys[i+2]] {
		return 2
	}
	// (Or an object after a word in lower case that is no article, preposition or coordinator,
	// most often a verb: "had hosted the two at a lunch", "met the two.")
	if k := keys[i+2]; i > 0 && isWordKey(keys[i-1]) && !l.g.prep[keys[i-1]] && !l.g.art[keys[i-1]] && !l.g.coord[keys[i-1]] &&
		!(raw != nil && fold.IsUpper(raw[i-1])) && (l.g.prep[k] || k == "," || tokenize.IsTerminal(k)) {
		return 2
	}
	return 0
}

// NounEnds reports whether a noun may end before keys[end]: always in a language that writes
// nouns capitalised; in English, when no word follows, or a verb, an auxiliary or a
// preposition ("the Republican said", not "the Republican primary").
func (l *LangRules) NounEnds(keys []string, end int) bool {
	if l == nil || l.g.caseTriggers || end >= len(keys) || !isWordKey(keys[end]) {
		return true
	}
	return l.verbNext(keys[end]) || l.g.prep[keys[end]]
}

// verbNext reports whether key, right after a noun phrase, makes it a subject: a word a rule is
// triggered by or a word of grammar after_subject ("will", "also").
func (l *LangRules) verbNext(key string) bool {
	return len(l.byWord[key]) > 0 || l.g.afterSubject[key]
}

// OfNations reports whether group phrase keys names countries ("both nations", "beide Länder").
func (l *LangRules) OfNations(keys []string) bool {
	return l != nil && slices.ContainsFunc(keys, func(k string) bool { return l.g.nationNouns[k] })
}

// OfPeople reports whether group phrase keys names people ("the two leaders", "die beiden
// Minister"), by the people nouns of its grammar.
func (l *LangRules) OfPeople(keys []string) bool {
	return l != nil && slices.ContainsFunc(keys, func(k string) bool { return l.g.peopleNouns[k] })
}

// Bare reports whether a counted group phrase ends in its number or a noun of people that
// hold no particular office ("die vier", "die vier Politiker", "the three leaders").
func (l *LangRules) Bare(keys []string) bool {
	if l == nil || len(keys) == 0 {
		return false
	}
	last := keys[len(keys)-1]
	return l.g.numbers[last] > 0 || l.g.genericPeople[last]
}

// GroupSize returns how many parties the group phrase keys names ("die drei Staatschefs":
// 3), or 2 when it names no number ("beide Seiten").
func (l *LangRules) GroupSize(keys []string) int {
	if l != nil {
		for _, k := range keys {
			if n := l.g.numbers[k]; n > 0 {
				return n
			}
		}
	}
	return 2
}

func (lr *langRules) possessiveGroup(keys []string, i int) bool {
	if !lr.g.possessives[keys[i]] {
		return false
	}
	for j := i + 1; j < len(keys) && j <= i+2; j++ {
		for _, c := range lr.byWord[keys[j]] {
			// A meeting or agreement word by itself (not "say", which is one only near "joint").
			if c.Relation != Statement && (len(c.near)+len(c.nearBefore) == 0 || c.near[keys[i]] || c.nearBefore[keys[i]]) && (c.nouns[keys[j]] || !lr.g.caseTriggers) {
				return true
			}
		}
	}
	return false
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
// match (the rule defined first wins). Apply keeps working state in s, so one Sentence must not
// be applied from two goroutines at once (the Engine itself may be shared).
func (e *Engine) Apply(lang string, s *Sentence) []Match {
	lr := e.langs[lang]
	if lr == nil {
		return nil
	}
	var out []Match
	lr.each(s, func(c *compiled, i int) { out = lr.try(c, s, i, out, nil) })
	return dedupe(lr.metWithout(s, lr.spokeAt(s, lr.agreedMet(s, lr.accompanied(s, lr.witnessed(s, yield(out)))))))
}

// yield drops the matches of rules that yield to another rule that matched at the same trigger.
func yield(ms []Match) []Match {
	var drop []bool
	for k, m := range ms {
		if len(m.Rule.YieldsTo) > 0 && slices.ContainsFunc(ms, func(o Match) bool {
			return o.Trigger == m.Trigger && slices.Contains(m.Rule.YieldsTo, o.Rule.ID)
		}) {
			if drop == nil {
				drop = make([]bool, len(ms))
			}
			drop[k] = true
		}
	}
	if drop == nil {
		return ms
	}
	out := ms[:0]
	for k, m := range ms {
		if !drop[k] {
			out = append(out, m)
		}
	}
	return out
}

// witnessed adds a meeting of each witness ("im Beisein von X", "in the presence of X") with
// every party to the meetings and agreements of its stretch of the sentence.
func (lr *langRules) witnessed(s *Sentence, ms []Match) []Match {
	if lr.witness == nil || len(lr.g.witnesses)+len(lr.g.witnessesAfter) == 0 {
		return ms
	}
	// (With no match, only a witness phrase of the grammar can add one: most sentences have none.
	// Its first and last words are looked for apart, not the phrase whole: the whole phrase,
	// phraseIn, loses facts the witness rules find.)
	if len(ms) == 0 && !slices.ContainsFunc(lr.g.witnesses, func(w []string) bool {
		return slices.ContainsFunc(s.Keys, func(k string) bool { return k == w[0] }) && slices.ContainsFunc(s.Keys[1:], func(k string) bool { return k == w[len(w)-1] })
	}) {
		return ms
	}
	// "in the presence of Angela Merkel and François Hollande", "as Merkel and Hollande looked
	// on": each witness, and they met each other.
	for _, ws := range lr.witnessLists(s) {
		m := s.Mentions[ws[0]]
		host := lr.afterHostCue(s, m.Phrase)
		// A dash sets the witnesses off from what they saw: "unterzeichneten den Vertrag – im
		// Beisein von X".
		from, to := sentenceFrom(s.Keys, m.Phrase), sentenceTo(s.Keys, m.End)
		for from >= 2 && isDash(s.Keys[from-1]) {
			from = sentenceFrom(s.Keys, from-1)
		}
		// Those whose presence was noted signed and met nothing of their own: "Das Abkommen
		// wurde im Beisein von Scholz und Macron unterzeichnet" (the passive's "von" is the
		// witness cue's). They met each other as witnesses, below.
		// (So did the group a witness phrase names: "Im Beisein der beiden wurden Abkommen
		// unterzeichnet".)
		if lr.afterWitnessCue(s, m.Phrase) && (len(ws) >= 2 || m.Type == "group") {
			ms = slices.DeleteFunc(ms, func(x Match) bool {
				return x.Rule != lr.witness && x.Rule.Relation != Statement && slices.Contains(ws, x.Subject) && slices.Contains(ws, x.Object)
			})
		}
		if end := lr.witnessesEnd(s, ws); lr.beforeWitnessCue(s.Keys, end) {
			// Those who looked on did not sign what they watched: "A, B and C looked on as their
			// foreign ministers signed a declaration", "the documents were signed as A and B looked
			// on" (the rules took the list for the signers).
			ms = slices.DeleteFunc(ms, func(x Match) bool {
				return x.Rule.Relation == Agreement && (x.Trigger > end || x.Trigger >= from && x.Trigger < m.Phrase) &&
					slices.Contains(ws, x.Subject) && slices.Contains(ws, x.Object)
			})
		}
		var add []Match
		for _, x := range ms {
			// (A person who speaks in someone's presence meets them: "von der Leyen verkündete
			// den Abschluss im Beisein der Präsidenten A, B und C".)
			// Not someone in what was said: "Scholz sagte, das Abkommen sei im Beisein von Macron
			// unterzeichnet worden".
			speaker := x.Rule.Relation == Statement && x.Subject >= 0 && s.Mentions[x.Subject].Type == "person" && !host
			if speaker {
				cs, ce := lr.widenedClause(s, x.Trigger)
				speaker = cs <= m.Phrase && m.Phrase < ce && !lr.witnessOfNoun(s, m.Phrase)
			}
			if x.Rule.Relation == Statement && !speaker || x.Trigger < from || x.Trigger >= to || (host && !lr.hostScope(s, x.Trigger, m.Phrase)) {
				continue
			}
			for _, w := range ws {
				for _, p := range []int{x.Subject, x.Object} {
					// Who signs for a state or a company meets no one: only people are met at a
					// signing ("Im Beisein von Schröder und Putin haben Gazprom und BASF …").
					if x.Rule.Relation == Agreement && p >= 0 && s.Mentions[p].Type != "person" && !lr.peopleGroup(s, s.Mentions[p]) {
						continue
					}
					if p >= 0 && !slices.Contains(ws, p) {
						add = append(add, Match{Rule: lr.witness, Trigger: x.Trigger, Particle: -1, Subject: w, Object: p, Modality: x.Modality})
					}
				}
			}
			for _, p := range allPairs(ws) {
				add = append(add, Match{Rule: lr.witness, Trigger: x.Trigger, Particle: -1, Subject: p[0], Object: p[1], Modality: x.Modality})
			}
		}
		// "The Riyadh Agreement was signed in the Saudi capital in the presence of A, B and C":
		// a signing or meeting with no party the data knows still had its witnesses, who met
		// one another.
		if len(add) == 0 && len(ws) >= 2 && !host {
			if t := lr.eventTriggerIn(s, from, to); t >= 0 {
				cs, ce := lr.widenedClause(s, t)
				mod := lr.modality(s.Raw, s.Keys, t, cs, ce, Asserted, Meeting)
				for _, p := range allPairs(ws) {
					add = append(add, Match{Rule: lr.witness, Trigger: t, Particle: -1, Subject: p[0], Object: p[1], Modality: mod})
				}
			}
		}
		ms = append(ms, add...)
	}
	return ms
}

// eventTriggerIn returns the first token in [from, to), outside a name, that triggers a rule of
// a meeting or an agreement ("signed", "unterzeichnet"), or -1.
func (lr *langRules) eventTriggerIn(s *Sentence, from, to int) int {
	for t := from; t < to; t++ {
		if !s.inName(t) && slices.ContainsFunc(lr.byWord[s.Keys[t]], func(c *compiled) bool { return c.Relation != Statement }) {
			return t
		}
	}
	return -1
}

// witnessOfNoun reports whether the witness cue before the witness at token j qualifies a noun
// or participle right before it, not the verb: "kritisierte die Unterzeichnung im Beisein von
// Putin", "condemned the ceremony held in the presence of Putin" (someone who speaks of an event
// did not witness it).
func (lr *langRules) witnessOfNoun(s *Sentence, j int) bool {
	keys := s.Keys
	for j > 0 && (lr.g.art[keys[j-1]] || s.covered(j-1)) {
		j--
	}
	event := func(k string) bool { return lr.g.eventNouns[k] || lr.g.talkNouns[k] }
	for _, w := range lr.g.witnesses {
		if c := j - len(w); c >= 1 && hasPhrase(keys, c, w) {
			prev := keys[c-1]
			// (A noun the data names, a place, is no such noun: "beim Gipfel in Montevideo im
			// Beisein der Präsidenten".)
			noun := lr.g.caseTriggers && s.Raw != nil && fold.IsUpper(s.Raw[c-1]) && isWordKey(prev) && !s.inPhrase(c-1)
			// (Past the place of the event: "criticised the ceremony in Doha attended by X"; not
			// an event the speaker is at: "verkündete den Abschluss beim Gipfel in Montevideo im
			// Beisein der Präsidenten".)
			k := c - 1
			for k > 0 && s.inPhrase(k) {
				k--
			}
			placed := k < c-1 && k >= 1 && lr.g.prep[keys[k]] && event(keys[k-1]) && !lr.present(s.Raw, keys, k-1)
			return event(prev) || lr.isPastParticiple(prev) || noun || (c >= 2 && event(keys[c-2])) || placed
		}
	}
	return false
}

// witnessCompanions extends the list of witnesses ws, told before a phrase that follows
// witnesses, over their companions after it: "as Tsipras and Zaev looked on, alongside Nimetz
// and Mogherini".
func (lr *langRules) witnessCompanions(s *Sentence, ws []int) []int {
	keys := s.Keys
	e := s.Mentions[ws[len(ws)-1]].End
	for _, w := range lr.g.witnessesAfter {
		c := e + len(w)
		if !hasPhrase(keys, e, w) || !lr.afterWitnessing(keys, c) || !phraseStartsAt(keys, c+1, lr.g.companions) {
			continue
		}
		for n := ws[len(ws)-1] + 1; n < len(s.Mentions); n++ {
			if m := s.Mentions[n]; m.Phrase > c && witnessParties.accepts(m) && lr.companionAt(s, m) == c+1 {
				return append(ws, lr.list(s, n, len(keys), witnessParties, "")...)
			}
		}
	}
	return ws
}

// afterWitnessing reports whether token c is a comma right after a phrase that follows
// witnesses ("as Tsipras and Zaev looked on,"): a companion phrase after it names witnesses too.
func (lr *langRules) afterWitnessing(keys []string, c int) bool {
	return c >= 1 && c+1 < len(keys) && keys[c] == "," && lr.phraseEndsAt(keys, c, lr.g.witnessesAfter)
}

// witnessListGoesOn extends the list of witnesses ws over a coordinator and the last word of a
// witness cue said again: "im Beisein des Präsidenten X, der Ministerpräsidentin Y und von
// Nato-Generalsekretär Z", "in the presence of X and of Y".
func (lr *langRules) witnessListGoesOn(s *Sentence, ws []int) []int {
	keys := s.Keys
	for {
		last := ws[len(ws)-1]
		e := s.Mentions[last].End
		if e+2 >= len(keys) || !lr.g.coord[keys[e]] || !slices.ContainsFunc(lr.g.witnesses, func(w []string) bool { return w[len(w)-1] == keys[e+1] }) {
			return ws
		}
		n := last + 1
		if n >= len(s.Mentions) || !witnessParties.accepts(s.Mentions[n]) || !lr.onlyArticles(keys, e+2, s.Mentions[n].Phrase) {
			return ws
		}
		ws = append(ws, lr.list(s, n, len(keys), witnessParties, "")...)
	}
}

// accompanied adds a meeting of each companion ("gemeinsam mit X", "together with X") in the
// clause of a meeting between two parties with both of them: "Zusammen mit Klaus Iohannis
// trafen sie Selenskyj", "Together with Iohannis, Duda met Zelensky"; and the statement of each
// companion of a speaker. A companion phrase that opens the sentence before a comma belongs to
// the clause after it.
func (lr *langRules) accompanied(s *Sentence, ms []Match) []Match {
	if lr.companion == nil {
		return ms
	}
	var add []Match
	for k, m := range s.Mentions {
		if m.Type != "person" || !m.Named || !lr.companionBefore(s, m) {
			continue
		}
		// "Gemeinsam mit Macron, Starmer und Tusk traf Merz Selenskyj": each of a list of
		// companions, who met one another too.
		items := lr.list(s, k, len(s.Keys), companionParties, "")
		if len(items) > 1 && !lr.hasCoord(s.Keys, m.End, s.Mentions[items[len(items)-1]].Phrase) {
			items = items[:1] // ("Together with Iohannis, Duda met Zelensky": no list)
		}
		// (A comma after the coordinator closes the list: "Together with Macron and Starmer,
		// Merz met Zelensky".)
		for n := 1; n+1 < len(items); n++ {
			a, b := s.Mentions[items[n-1]], s.Mentions[items[n]]
			if lr.hasCoord(s.Keys, a.End, b.Phrase) && slices.Contains(s.Keys[b.End:s.Mentions[items[n+1]].Phrase], ",") {
				items = items[:n+1]
				break
			}
		}
		last := s.Mentions[items[len(items)-1]]
		// inClause reports whether the companions stand in the clause of x's verb.
		inClause := func(x Match) bool {
			cs, ce := lr.widenedClause(s, x.Trigger)
			// (A relative clause on the object, set off by commas, is looked through: "held
			// talks with Déby's son, who heads the council, together with Bazoum and N'Daw".)
			rel := -1
			if ps := lr.companionAt(s, m); m.Phrase > x.Trigger && ps >= 2 && s.Keys[ps-1] == "," {
				if r := lr.relativeBefore(s.Keys, ps-1); r > x.Trigger && r-x.Trigger <= 16 {
					_, e := lr.clause(s.Keys, ps)
					if _, e = lr.widen(s, ps, e); last.End <= e {
						rel, ce = r, e
					}
				}
			}
			if m.Phrase < cs || last.End > ce {
				// ("Together with X, Y met Z": the fronted phrase and its comma; "Y, together with
				// X, met Z": the phrase set off by commas after the subject.)
				from := sentenceFrom(s.Keys, cs)
				set := x.Subject >= 0 && s.Mentions[x.Subject].End < m.Phrase && s.Keys[s.Mentions[x.Subject].End] == "," &&
					phraseStartsAt(s.Keys, s.Mentions[x.Subject].End+1, lr.g.companions)
				if !(last.End == cs-1 && s.Keys[cs-1] == "," && (m.Phrase-from <= 3 || set)) {
					return false
				}
			}
			// (Not a companion of another verb: "traf Biden und stellte danach gemeinsam mit Macron
			// einen Plan vor", "met Biden to discuss a plan he had drafted together with Macron".)
			lo, hi := x.Trigger, m.Phrase
			if m.Phrase < x.Trigger {
				lo, hi = last.End, x.Trigger // (the list's own coordinator is no break)
			} else if rel > 0 {
				hi = rel
			}
			// (A word of a name is none: the "der" of "Ursula von der Leyen"; nor a German article,
			// a relative pronoun only after a comma: "saß bei der Zeremonie gemeinsam mit X".)
			for j := lo; j < hi; j++ {
				rel := lr.g.rel[s.Keys[j]] && !(lr.g.caseTriggers && (j == 0 || s.Keys[j-1] != ","))
				if k := s.Keys[j]; (lr.g.coord[k] || rel || lr.g.purpose[k] || lr.g.cueBreaks[k]) && !s.inName(j) {
					return false
				}
			}
			return true
		}
		paired := false
		// pairCompanions adds, once, the meetings of the companions with one another.
		pairCompanions := func(x Match) {
			if !paired {
				for _, p := range allPairs(items) {
					add = append(add, Match{Rule: lr.companion, Trigger: x.Trigger, Particle: -1, Subject: p[0], Object: p[1], Modality: x.Modality})
				}
				paired = true
			}
		}
		for i, x := range ms {
			// "verkündete von der Leyen gemeinsam mit Lacalle Pou, Lula und Milei den Abschluss":
			// the companions of a speaker said it too; what was said begins after them. Only
			// companions of the speaker, the phrase right after the speaker or set off by a comma
			// after it (not "the decision taken by Scholz together with Biden").
			if x.Rule.Relation == Statement && x.Subject >= 0 && s.Mentions[x.Subject].Type == "person" && !slices.Contains(items, x.Subject) &&
				!x.Rule.Attribution && inClause(x) && lr.companionOf(s, s.Mentions[x.Subject], m, x.Trigger) {
				if x.Content[0] > x.Trigger && x.Content[0] <= m.Phrase && x.Content[1] > last.End {
					x.Content[0] = last.End
					ms[i] = x
				}
				for _, it := range items {
					y := x
					y.Subject = it
					add = append(add, y)
				}
				continue
			}
			// "Obasanjo saß bei der Zeremonie gemeinsam mit Kenyatta auf dem Podium": the
			// companions of one who joined the meeting just told joined it too, with him.
			if x.Rule.Relation == Meeting && x.Subject >= 0 && x.Object == LastMeeting && s.Mentions[x.Subject].Type == "person" &&
				!slices.Contains(items, x.Subject) && inClause(x) && lr.companionOf(s, s.Mentions[x.Subject], m, x.Trigger) {
				for _, it := range items {
					y := x
					y.Subject = it
					add = append(add, y, Match{Rule: lr.companion, Trigger: x.Trigger, Particle: -1, Subject: it, Object: x.Subject, Modality: x.Modality})
				}
				pairCompanions(x)
				continue
			}
			if x.Rule.Relation != Meeting || x.Subject < 0 || x.Object < 0 || slices.Contains(items, x.Subject) || slices.Contains(items, x.Object) {
				continue
			}
			if !inClause(x) {
				continue
			}
			for _, it := range items {
				for _, p := range []int{x.Subject, x.Object} {
					switch {
					case s.Mentions[p].Type == "person" || lr.peopleGroup(s, s.Mentions[p]):
						add = append(add, Match{Rule: lr.companion, Trigger: x.Trigger, Particle: -1, Subject: it, Object: p, Modality: x.Modality})
					case s.Mentions[p].Type == "event":
						// "who oversaw the signing alongside Kenyatta": the companion was at the
						// meeting the event refers to, as the subject was.
						add = append(add, Match{Rule: x.Rule, Trigger: x.Trigger, Particle: -1, Subject: it, Object: p, Modality: x.Modality})
					}
				}
			}
			pairCompanions(x)
		}
	}
	return append(ms, add...)
}

// companionOf reports whether the companion phrase before mention m follows speaker p right
// after the speaker's name or a comma after it, or the speaker's verb at token trig, perhaps
// past adverbials of prepositions: "von der Leyen gemeinsam mit Lacalle Pou", "von der Leyen,
// together with Lacalle Pou,", "Alijew … schlug gemeinsam mit Paschinjan vor", "verkündete am
// Freitag in Montevideo gemeinsam mit Lacalle Pou". (Not past an object, a comma or a passive's
// agent: "the decision taken by Scholz together with Biden".)
func (lr *langRules) companionOf(s *Sentence, p, m Mention, trig int) bool {
	at := lr.companionAt(s, m)
	if at < 0 {
		return false
	}
	if at == p.End || at == p.End+1 && s.Keys[p.End] == "," || at == trig+1 && p.End <= trig {
		return true
	}
	keys := s.Keys
	if p.End > trig || at <= trig+1 || at-trig-1 > 8 || !lr.g.prep[keys[trig+1]] {
		return false
	}
	for k := trig + 1; k < at; k++ {
		if keys[k] == "," || lr.g.passiveAgents[keys[k]] || lr.g.art[keys[k]] && !lr.g.prep[keys[k-1]] || lr.isPastParticiple(keys[k]) {
			return false
		}
	}
	// (Nor past a person in the adverbials, whom the companion may accompany: "warnte in einem
	// Interview mit Macron gemeinsam mit Biden".)
	return !slices.ContainsFunc(s.Mentions, func(o Mention) bool {
		return o.Phrase > trig && o.End <= at && o.Type == "person"
	})
}

// companionParties are who can accompany someone to a meeting: people.
var companionParties = slotSpec{types: set{"person": true}}

// agreedMet adds a meeting of the two people of each agreement a verb tells: people who agree
// with each other, sign together or issue a joint statement negotiated with each other
// ("Obama and Medvedev agreed to start talks", "einigte sich mit seinem Amtskollegen"); not
// an accord a noun names (rules marked names: "the agreement between X and Y expired"). An
// agreement that failed in talks the clause names still had its talks ("konnten sich nach
// Verhandlungen nicht einigen"); one that failed otherwise says nothing of a meeting.
func (lr *langRules) agreedMet(s *Sentence, ms []Match) []Match {
	if lr.agreed == nil {
		return ms
	}
	var add []Match
	for _, x := range ms {
		// People negotiate face to face; states and blocs "after 20 years of negotiations" need
		// not have met, and a meeting the sentence reports ("after talks between X and Y")
		// already has its parties.
		// (A pair of people named by a count is two people: "The two leaders agreed to start
		// negotiations", "die beiden wollen das Abkommen im Mai unterzeichnen" (a plan too); not
		// "the leaders" or "die drei Politiker" of a joint statement, who need not have met.)
		if x.Rule.Relation != Agreement || x.Rule.Names || x.Object < 0 || x.Subject < 0 {
			continue
		}
		if !(talkParty(s.Mentions[x.Subject]) && talkParty(s.Mentions[x.Object]) ||
			x.Subject == x.Object && (x.Modality == Asserted || x.Modality == Planned) && lr.peoplePair(s, s.Mentions[x.Subject])) {
			continue
		}
		if lr.describesThing(s, x.Trigger) {
			continue
		}
		cs, ce := lr.widenedClause(s, x.Trigger)
		if lr.g.indirect.anyOf(s.Keys[cs:ce]) {
			continue // "agreed to a truce in indirect talks mediated by Qatar": apart
		}
		// (Only a meeting of the same two: not a witness or someone joining them, "at a ceremony
		// attended by X".)
		if slices.ContainsFunc(ms, func(m Match) bool {
			return m.Rule.Relation == Meeting && m.Trigger >= cs && m.Trigger < ce &&
				((m.Subject == x.Subject && m.Object == x.Object) || (m.Subject == x.Object && m.Object == x.Subject) ||
					x.Subject == x.Object && (m.Subject == x.Subject || m.Object == x.Subject)) // (a group's meeting told: "The two men signed … in the presence of")
		}) {
			continue
		}
		mod := x.Modality
		if lr.talksIn(s.Keys, cs, ce) {
			// Talks that failed were still held ("konnten sich nach Verhandlungen nicht
			// einigen"); denied or counterfactual ones were not.
			if mod == Negated && lr.complementOf(s.Raw, s.Keys, cs) != Negated && !lr.counterfactual(s.Raw, s.Keys, cs, ce) {
				mod = Asserted
			}
		} else if mod == Negated {
			continue
		}
		add = append(add, Match{Rule: lr.agreed, Trigger: x.Trigger, Particle: -1, Subject: x.Subject, Object: x.Object, Modality: mod})
	}
	if len(add) == 0 {
		return ms
	}
	// Each meeting before the first match whose trigger follows its own: a host of "the meeting
	// just told" comes after the meeting that people who put their initials on a text held
	// ("… put their initials on the documents at a ceremony presided over by Christopher").
	out := make([]Match, 0, len(ms)+len(add))
	for _, m := range ms {
		for len(add) > 0 && add[0].Trigger < m.Trigger {
			out, add = append(out, add[0]), add[1:]
		}
		out = append(out, m)
	}
	return append(out, add...)
}

// metWithout adds the accord the two parties of each meeting told as held did not reach, when
// a phrase of grammar without_agreement follows the meeting's trigger in its stretch of the
// sentence: "Der Gipfel von Trump und Kim ist ohne Einigung zu Ende gegangen", "ended their
// summit without an agreement". Witnesses and companions are no parties of the accord sought,
// nor is whom a passive agent names as the object ("met for three hours, joined by Rubio and
// Witkoff, but emerged without a deal": the two leaders did not agree).
func (lr *langRules) metWithout(s *Sentence, ms []Match) []Match {
	if lr.unagreed == nil || len(lr.g.withoutAgreement) == 0 {
		return ms
	}
	var add []Match
	at := -2 // where the sentence's first such phrase begins, looked for once; -1: none
	for _, x := range ms {
		if x.Rule.Relation != Meeting || x.Modality != Asserted || x.Subject < 0 || x.Object < 0 || x.Rule.Witness() ||
			x.Rule == lr.companion || x.Rule == lr.spoke || lr.agentObject(x.Rule) {
			continue
		}
		if at == -2 {
			at = phraseIn(s.Keys, 0, len(s.Keys), lr.g.withoutAgreement)
		}
		if at < 0 {
			break
		}
		// (Any phrase after the trigger in its stretch, not only the first of the sentence.)
		if phraseIn(s.Keys, max(x.Trigger, at), sentenceTo(s.Keys, x.Trigger), lr.g.withoutAgreement) < 0 {
			continue
		}
		add = append(add, Match{Rule: lr.unagreed, Trigger: x.Trigger, Particle: -1, Subject: x.Subject, Object: x.Object, Modality: Negated})
	}
	return append(ms, add...)
}

// agentObject reports whether rule r finds its object after a passive agent only ("flanked
// by", "joined by"): a companion of the subject.
func (lr *langRules) agentObject(r *Rule) bool {
	return r.Object != nil && r.Object.Find == "cue" && len(r.Object.Cue) > 0 &&
		!slices.ContainsFunc(r.Object.Cue, func(c string) bool { return !lr.g.passiveAgents[c] })
}

// describesThing reports whether the verb at token i describes a thing rather than telling
// what happened: it is an attributive participle ("das zwischen Putin und Merkel ausgehandelte
// Minsker Abkommen") or stands in a relative clause on a word that names no actor ("wichtige
// Abkommen, die er und Putin geschlossen hatten", "the deal, which Sunak and von der Leyen
// agreed"). The accord is a fact of the past the sentence recalls.
func (lr *langRules) describesThing(s *Sentence, i int) bool {
	if lr.attributive(s, i) {
		return true
	}
	for c := i - 1; c > 0 && i-c < maxClause; c-- {
		if k := s.Keys[c]; k == "," || isBoundary(k) {
			r := c + 1
			if r+1 < i && lr.g.prep[s.Keys[r]] {
				r++ // "das Abkommen, auf das sich X und Y geeinigt hatten"
			}
			return k == "," && r < i && (lr.g.rel[s.Keys[r]] || lr.g.obliqueRelatives[s.Keys[r]]) && !s.covered(c-1) && !s.inMention(c-1)
		}
	}
	return false
}

// attributive reports whether the German verb form at token i is a participle used as an
// adjective: inflected, in lower case, before a capitalised word that begins no name
// ("ausgehandelte Minsker Abkommen"; a finite verb before its subject is no participle:
// "veröffentlichten Joschka Fischer und …").
func (lr *langRules) attributive(s *Sentence, i int) bool {
	return lr.g.caseTriggers && s.Raw != nil && i+1 < len(s.Keys) && hasAdjEnding(s.Keys[i]) &&
		!fold.IsUpper(s.Raw[i]) && fold.IsUpper(s.Raw[i+1]) &&
		!slices.ContainsFunc(s.Mentions, func(m Mention) bool { return m.Phrase == i+1 || m.Start == i+1 })
}

// talksIn reports whether keys[from:to] name talks the parties held ("nach Verhandlungen").
func (lr *langRules) talksIn(keys []string, from, to int) bool {
	for i := from; i < to; i++ {
		if lr.g.talkAt(keys, i) {
			return true
		}
	}
	return false
}

// talkParty reports whether m can have negotiated in person: a person.
func talkParty(m Mention) bool { return m.Type == "person" }

// peoplePair reports whether m is a group phrase of two people by its count: "the two
// leaders", "die beiden Präsidenten" (not "the leaders", "die drei Politiker").
func (lr *langRules) peoplePair(s *Sentence, m Mention) bool {
	l := (*LangRules)(lr)
	keys := s.Keys[m.Start:m.End]
	return lr.peopleGroup(s, m) && l.GroupSize(keys) == 2 && (s.Raw == nil || l.PluralGroup(s.Raw, s.Keys, m.Start) == 0)
}

// peopleGroup reports whether m is a group phrase of people, who may be met at a signing: "The
// two men signed … in the presence of X", "Im Beisein von X unterzeichneten die beiden".
func (lr *langRules) peopleGroup(s *Sentence, m Mention) bool {
	l := (*LangRules)(lr)
	return m.Type == "group" && (l.OfPeople(s.Keys[m.Start:m.End]) || s.Raw != nil && l.BareGroup(s.Raw, s.Keys, m.Start) == m.End-m.Start)
}

// witnessParties are who can witness: people, organisations and groups. A country that
// mediates ("Unter Vermittlung des Oman haben die USA und Iran Gespräche geführt") is no
// party to the meeting of the others.
var witnessParties = slotSpec{types: set{"person": true, "organization": true, "group": true}}

// Witnesses returns the indexes of the people sentence s names as witnesses: after a witness
// phrase ("in the presence of King Mohammed VI") or before a phrase that follows witnesses
// ("Ahmadinejad, Lula and Erdogan looked on").
func (l *LangRules) Witnesses(s *Sentence) []int {
	lr := (*langRules)(l)
	if l == nil || len(lr.g.witnesses)+len(lr.g.witnessesAfter) == 0 {
		return nil
	}
	var out []int
	for _, ws := range lr.witnessLists(s) {
		for _, w := range ws {
			if s.Mentions[w].Type == "person" {
				out = append(out, w)
			}
		}
	}
	return out
}

// witnessLists returns the lists of witnesses sentence s names, in order (see witnessesAt);
// the mentions of a list looked at are not looked at again.
func (lr *langRules) witnessLists(s *Sentence) [][]int {
	// (Every list needs one of these phrases: most sentences have none, and the scan of their
	// mentions is skipped; see witnessesAt.)
	if !lr.hasWitnessCue(s.Keys) {
		return nil
	}
	var lists [][]int
	next := 0
	for k, m := range s.Mentions {
		if k < next || !witnessParties.accepts(m) {
			continue
		}
		ws, ok := lr.witnessesAt(s, k)
		next = ws[len(ws)-1] + 1
		if ok {
			lists = append(lists, ws)
		}
	}
	return lists
}

// hasWitnessCue reports whether keys hold a phrase that witnesses follow or that follows
// witnesses (grammar witnesses, hosts, witnesses_after): the phrases afterWitnessCue and
// beforeWitnessCue look for.
func (lr *langRules) hasWitnessCue(keys []string) bool {
	for j, k := range keys {
		if lr.g.witnessStarts[k] && (phraseStartsAt(keys, j, lr.g.witnesses) || phraseStartsAt(keys, j, lr.g.hosts) || phraseStartsAt(keys, j, lr.g.witnessesAfter)) {
			return true
		}
	}
	return false
}

// witnessesAt returns the list of mentions that begins at mention k of sentence s, and whether
// it names witnesses: after a witness phrase ("in the presence of Angela Merkel and François
// Hollande") or before a phrase that follows witnesses ("as Merkel and Hollande looked on"),
// with their companions. A name after a comma with a verb of its own is the next clause's
// subject, no witness: "… in the presence of the German ambassador in Ankara, Olaf Scholz said".
// (witnessed and Witnesses both read witnesses so.)
func (lr *langRules) witnessesAt(s *Sentence, k int) ([]int, bool) {
	m := s.Mentions[k]
	ws := lr.witnessListGoesOn(s, lr.phraseList(s, k, len(s.Keys), witnessParties))
	if !lr.afterWitnessCue(s, m.Phrase) && !lr.beforeWitnessCue(s.Keys, lr.witnessesEnd(s, ws)) {
		return ws, false
	}
	ws = lr.witnessCompanions(s, ws)
	// (After the list's last item: "In the presence of the two leaders, Rice and Amorim signed".)
	if e := s.Mentions[ws[len(ws)-1]].End; m.Phrase >= 1 && s.Keys[m.Phrase-1] == "," && e < len(s.Keys) &&
		(lr.reports(s.Keys[e]) || lr.g.finiteAux[s.Keys[e]] || (*LangRules)(lr).verbNext(s.Keys[e])) {
		return ws, false
	}
	return ws, true
}

// Definite reports whether key is a definite article or demonstrative that refers back (grammar
// event_refs.definite: "the", "this", "das").
func (l *LangRules) Definite(key string) bool { return l != nil && l.g.definite[key] }

// beforeWitnessCue reports whether a phrase that follows witnesses begins at token j ("looked
// on").
func (lr *langRules) beforeWitnessCue(keys []string, j int) bool {
	return phraseStartsAt(keys, j, lr.g.witnessesAfter)
}

// witnessesEnd returns the token after the last of the witnesses ws: after the comma that
// closes a name in apposition to its title ("with Erdogan and the UN secretary general,
// António Guterres, looking on").
func (lr *langRules) witnessesEnd(s *Sentence, ws []int) int {
	m := s.Mentions[ws[len(ws)-1]]
	if e := m.End; e+1 < len(s.Keys) && s.Keys[e] == "," && s.titleApposed(m) {
		return e + 1
	}
	return m.End
}

// backOver returns where the words before token j begin that skip holds for, and the phrases
// of owners before a title ("Frankreichs Präsident", "Nigerias Ex-Präsident"): j when none.
func (lr *langRules) backOver(s *Sentence, j int, skip func(k int) bool) int {
	for j > 0 {
		if skip(j - 1) {
			j--
			continue
		}
		if o := slices.IndexFunc(s.Mentions, func(m Mention) bool { return m.Possessive && m.End == j }); o >= 0 && s.Mentions[o].Phrase < j {
			j = s.Mentions[o].Phrase
			continue
		}
		break
	}
	return j
}

// afterWitnessCue reports whether a witness phrase ends right before token j (articles and
// modifiers such as "Saudi" may stand between: "in the presence of Saudi King Salman").
func (lr *langRules) afterWitnessCue(s *Sentence, j int) bool {
	keys := s.Keys
	// (Or the owner before a title: "…, Nigerias Ex-Präsident Olusegun Obasanjo".)
	j = lr.backOver(s, j, func(k int) bool { return lr.g.art[keys[k]] || s.covered(k) })
	// "in the presence of their prime ministers, Alexis Tsipras and …": a plural description
	// in apposition before the names.
	cueEnds := func(k int) bool {
		return lr.phraseEndsAt(keys, k, lr.g.witnesses) || lr.phraseEndsAt(keys, k, lr.g.hosts)
	}
	// (Or a longer description with a genitive: "im Beisein des Vermittlers der Afrikanischen
	// Union, Nigerias Ex-Präsident Olusegun Obasanjo": up to seven words when the cue ends
	// right before its article.)
	// (An article within five words that the cue does not end before leaves none to end right
	// before the names.)
	if j >= 3 && keys[j-1] == "," {
		near := false
		for k := j - 2; k >= 0 && k >= j-7; k-- {
			if lr.g.art[keys[k]] || lr.g.possessives[keys[k]] {
				if cueEnds(k) {
					return true
				}
				near = near || k >= j-5
			}
			if (!isWordKey(keys[k]) && keys[k] != "'s") || isBoundary(keys[k]) {
				break // (an owner inside it is a word: "the African Union's chief mediator, …")
			}
		}
		if near {
			return false
		}
	}
	return cueEnds(j)
}

// phraseEndsAt reports whether one of phrases ends right before token j.
func (lr *langRules) phraseEndsAt(keys []string, j int, phrases [][]string) bool {
	return slices.ContainsFunc(phrases, func(w []string) bool { return j >= len(w) && hasPhrase(keys, j-len(w), w) })
}

// phraseStartsAt reports whether one of phrases begins at token j.
func phraseStartsAt(keys []string, j int, phrases [][]string) bool {
	return slices.ContainsFunc(phrases, func(w []string) bool { return hasPhrase(keys, j, w) })
}

// afterHostCue is afterWitnessCue for a host, chair or inviter ("hosted by", "auf Einladung
// von"): no plural description stands between.
func (lr *langRules) afterHostCue(s *Sentence, j int) bool {
	for j > 0 && (lr.g.art[s.Keys[j-1]] || s.covered(j-1)) {
		j--
	}
	return lr.phraseEndsAt(s.Keys, j, lr.g.hosts)
}

// hostScope reports whether trigger i and a host phrase at token h tell one event: no
// subordinate clause opens between them, nor a second verb joined by a coordinator ("reiste
// auf Einladung von Macron nach Paris und traf dort Meloni").
func (lr *langRules) hostScope(s *Sentence, i, h int) bool {
	keys := s.Keys
	for k := min(i, h) + 1; k < max(i, h); k++ {
		if lr.g.subord[keys[k]] && !lr.g.art[keys[k]] {
			return false
		}
		if lr.g.coord[keys[k]] && k+1 < len(keys) && s.Raw != nil && isWordKey(keys[k+1]) && !fold.IsUpper(s.Raw[k+1]) &&
			!lr.g.art[keys[k+1]] && !lr.g.possessives[keys[k+1]] {
			return false
		}
	}
	return true
}

// each calls f for every rule whose trigger word stands at token i (outside any mention).
func (lr *langRules) each(s *Sentence, f func(c *compiled, i int)) {
	s.memo.ok, s.memo.retroOK = false, false // the sentence may have changed since the last call
	inMention := mentionCover(s)
	for i, k := range s.Keys {
		if inMention[i] {
			continue
		}
		var cs []*compiled
		if lr.words.mayHave(k) {
			cs = lr.byWord[k]
		}
		umlaut := len(cs) > 0 && s.Raw != nil && hasUmlaut(s.Raw[i])
		if len(cs) == 0 && lr.g.caseTriggers && s.Raw != nil && fold.IsUpper(s.Raw[i]) {
			cs = lr.compoundRules(k) // Handelsabkommen for Abkommen, Gipfeltreffen for Treffen
		}
		for _, c := range cs {
			if umlaut && !c.umlauts[k] {
				continue // "förderte" is not "forderte", though both fold to one key
			}
			f(c, i)
		}
		for _, n := range lr.stemNs {
			if len(k) > n {
				for _, c := range lr.stems[k[:n]] {
					f(c, i)
				}
			}
		}
	}
}

// hasUmlaut reports whether w has a German umlaut, which folding takes off.
func hasUmlaut(w string) bool {
	return strings.IndexByte(w, 0xC3) >= 0 && strings.ContainsAny(w, "äöüÄÖÜ") // (each begins with byte 0xC3)
}

// compoundRules returns the rules of a German noun trigger that k ends in (six letters or
// more), the longest first.
func (lr *langRules) compoundRules(k string) []*compiled {
	if len(k) < 9 || !lr.nounTails[k[len(k)-3:]] {
		return nil
	}
	for n := 3; n <= len(k)-6; n++ {
		var out []*compiled
		for _, c := range lr.byWord[k[n:]] {
			if c.nouns[k[n:]] {
				out = append(out, c)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// takesCue reports whether k is a noun trigger (or a German compound of one) of a rule
// whose object follows a cue: "Treffen mit", "deal with".
func (lr *langRules) takesCue(k string) bool {
	cs := lr.byWord[k]
	if len(cs) == 0 {
		cs = lr.compoundRules(k)
	}
	return slices.ContainsFunc(cs, func(c *compiled) bool { return c.nouns[k] && c.obj.find == "cue" })
}

// Attempt is one rule tried at one trigger word: whether it fired and, if not, why.
type Attempt struct {
	Rule    *Rule
	Trigger int     // token index
	Matches []Match // what it found (before de-duplication across rules)
	Why     string  // why it found nothing
}

// Explain tries every rule of lang whose trigger word appears in the sentence and reports each
// attempt, those that fired and those that nearly did, for "dipex explain". Like Apply, it
// keeps working state in s.
func (e *Engine) Explain(lang string, s *Sentence) []Attempt {
	lr := e.langs[lang]
	if lr == nil {
		return nil
	}
	var out []Attempt
	lr.each(s, func(c *compiled, i int) {
		var why string
		ms := lr.try(c, s, i, nil, &why)
		out = append(out, Attempt{Rule: c.Rule, Trigger: i, Matches: ms, Why: why})
	})
	return out
}

// mentionCover marks the tokens of s inside a mention or a covered span: no trigger stands there.
func mentionCover(s *Sentence) []bool {
	cover := make([]bool, len(s.Keys))
	mark := func(a, b int) {
		for i := max(a, 0); i < b && i < len(cover); i++ {
			cover[i] = true
		}
	}
	for _, m := range s.Mentions {
		mark(m.Start, m.End)
	}
	for _, c := range s.Covered {
		mark(c[0], c[1])
	}
	return cover
}

func dedupe(ms []Match) []Match {
	out := ms[:0]
	for _, m := range ms {
		dup := false
		for _, o := range out {
			if o.Rule.Relation == m.Rule.Relation && o.Modality == m.Modality && sameParties(o, m) {
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

// String describes a match for debugging and explain output.
func (m Match) String() string {
	return fmt.Sprintf("%s trigger=%d subject=%d object=%d %s", m.Rule.ID, m.Trigger, m.Subject, m.Object, m.Modality)
}

// Only returns an engine with only the rules ids of e (of one language, the first's), or nil
// when e has no rule with the first id: a rule alone, for its examples, with the rules its
// examples name in "with".
func (e *Engine) Only(ids ...string) *Engine {
	var one *langRules
	var rs []*Rule
	for _, id := range ids {
		for _, r := range e.rules {
			if r.ID != id || (one != nil && r.Lang != rs[0].Lang) {
				continue
			}
			if one == nil {
				one = newLangRules(e.langs[r.Lang].g, r.Lang)
			}
			one.add(compile(r))
			rs = append(rs, r)
		}
		if one == nil {
			return nil
		}
	}
	if one == nil {
		return nil
	}
	one.finish()
	return &Engine{rules: rs, langs: map[string]*langRules{rs[0].Lang: one}}
}
