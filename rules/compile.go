package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"dipex/fold"
	"dipex/tokenize"
	"dipex/yamlfile"
)

// set is a set of folded words.
type set map[string]bool

// anyOf reports whether one of keys is in s.
func (s set) anyOf(keys []string) bool {
	return slices.ContainsFunc(keys, func(k string) bool { return s[k] })
}

// umlautKeys returns the folded keys of the words written with an umlaut: "könnte" is that word
// only with it, not the past "konnte", whose key is the same.
func umlautKeys(words []string) set {
	out := set{}
	for _, w := range words {
		if hasUmlaut(w) {
			out[fold.String(w)] = true
		}
	}
	return out
}

// oneWord returns the entries of words that are one word: phrases go to their own lists.
func oneWord(words []string) []string {
	var out []string
	for _, w := range words {
		if !strings.Contains(strings.TrimSpace(w), " ") {
			out = append(out, w)
		}
	}
	return out
}

// spaced returns the entries of words that are phrases of several words (not a hyphenated word
// such as "one-on-one", which the lists keep as one key).
func spaced(words []string) []string {
	return slices.DeleteFunc(slices.Clone(words), func(w string) bool { return !strings.Contains(strings.TrimSpace(w), " ") })
}

// multiWord returns the phrases of more than one word.
func multiWord(ps [][]string) [][]string {
	return slices.DeleteFunc(ps, func(p []string) bool { return len(p) < 2 })
}

// newSet folds words into a set.
func newSet(words []string) set {
	s := make(set, len(words))
	for _, w := range words {
		s[fold.String(w)] = true
	}
	return s
}

type grammar struct {
	prep, objArt, gen, art, coord, subord, comp, loc, dest    set
	clauseOpeners, conditionals, asks                         set
	privatives, descriptionLinks                              set
	directives, infinitiveMarkers, adverbialPreps             set
	speechMedia                                               set
	groupQualifiers                                           set // words after a counted group that say whose it is
	between                                                   [][2]string
	betweenAll                                                [][2]string // between, then the grammar's between_people
	rel, contrast, possessives                                set
	refers                                                    set // first words of pronouns, groups and possessives
	separately, together                                      set
	separatelyPhrases                                         [][]string // folded phrases of separately ("einzelnen Gesprächen")
	numbers                                                   map[string]int
	plural, pluralObject                                      set
	witnesses, witnessesAfter, hosts, jointCalls              [][]string // folded phrases
	witnessStarts                                             set        // the first words of witnesses, witnessesAfter and hosts
	withoutAgreement                                          [][]string
	includingPhrases                                          [][]string // "unter ihnen", "among them"
	companions                                                [][]string // "gemeinsam mit", "together with"
	delegLeaders                                              [][]string // "led by", "unter Leitung"
	coordPhrases                                              [][]string // "as well as", "als auch"
	saidOpeners, finiteAux, goalPreps, afterSubject           set
	partPreps, occurrenceAux                                  set
	obliqueRelatives, asides, aliasWords, offices             set
	singularArt                                               set      // grammar singular_articles
	samePlural                                                []string // grammar same_plural, folded
	officeLinks, mediated, placeAdverbs, temporal             set
	temporalConj, offers, reportNouns, haveAux                set
	separablePrefixes                                         []string
	subjunctiveUmlauts                                        set // the keys of subjunctive forms written with an umlaut: "hätte" (key "hatte")
	hypotheticalUmlauts                                       set // likewise of the hypothetical words: "könnte" (key "konnte")
	reportDenials                                             set
	offerLinks                                                set
	occurrence                                                [][]string // folded phrases
	retrospective                                             [][]string // folded phrases
	referShapes                                               shapes
	verbFinal, freeInversion, caseTriggers                    bool
	participleSuffix, pastParticipleSuffix                    string
	origins, itemNouns, indirect                              set
	notGatherings                                             []string // folded first parts
	reciprocals                                               [][]string
	pronouns                                                  map[string]string        // key -> gender
	demonstratives                                            map[string]string        // key -> gender
	groups                                                    map[[2]string][][]string // first two words ("" second: one word) -> phrases, longest first
	groupCounts                                               [][]string               // folded count phrases ("the three")
	definite, eventNouns, eventStops, gatherings, eventOthers set                      // EventRefs
	sequels                                                   set                      // EventRefs
	gatherShape                                               [256]uint64              // by first byte, the lengths of gatherings' keys (a cheap filter)
	presence, presenceAdjacent, address, frontedHosts         set                      // EventRefs; FrontedHosts
	copulas, onBehalf, generalEvents, denialObjects           set
	assemblies, ceremonies, written, followUps, instead       set
	insteadOf, calendarNouns, announcing, datePreps           set
	receivedAt, attendance, meals, passiveAgents, jointly     set
	officeOwners, officeOwnersF, departures, allWords         set
	inaugurations                                             [][]string // folded phrases
	listsGoOn                                                 set
	formerTimes                                               [][]string // phrases
	absence                                                   [][]string // phrases
	timeUnits, timeAdverbs                                    set
	remoteActs                                                set
	otherTimes, notGatheringWords, roleAdverbs                set
	capacity, subjRel, approximators, genRelatives            set
	delegNouns, delegVerbs, delegHeads, delegMembers          set // Delegations
	delegChiefs, delegTellers                                 set
	delegCues                                                 set // delegHeads and delegNouns: a sentence with none tells no delegation
	calledOffStarts                                           set // calledOff and the first words of calledOffPhrases
	others                                                    set // "anderen", "others"
	messages                                                  set // "message", "Botschaft"
	bareGroupAdverbs                                          set // "together"
	phone                                                     set
	descriptors, calledOff, nationNouns, objPronouns          set
	calledOffPhrases                                          [][]string // called_off entries of several words ("called off", "vom Tisch")
	peopleNouns, kinNouns, followers                          set
	counterfactual                                            [][2]string
	negatedSeparable, denialSeparable                         map[string]set // verb -> the particles that make it negate
	attendanceSeparable                                       map[string]set // verb -> the particles that make it take part
	dating, hosting, pluralAux, gatheringParts, visitAt       set
	visitNouns, beneficiaries                                 set
	personEndings, pluralPersonEndings                        []string
	talkNouns                                                 set
	plannedAttributes, plannable, plannedLong, planNouns      set
	purpose                                                   set
	talkPrefixes                                              []string
	talkPreps                                                 set
	intentVerbs                                               set
	passiveAux, indefinites, with, genericPeople              set
	partyStems                                                []string // stems of nation and people nouns (see partyNoun)
	commemorations, commemorateVerbs                          set
	denials, reports, sequence, cueBreaks                     set
	subjunctive                                               set
	including                                                 set
	cues                                                      map[string][]cue // first word -> cue phrases
	negations                                                 set              // negated cues of one word: "not", "nicht", "denied"
	reportedModals, perfect, hypothetical, notHypothetical    set
	disjunctions, demonstrativeStops                          set
	pluralGroups                                              map[string][][]string // first word -> folded phrases
	epithets                                                  [][]string            // folded phrases
	demonyms                                                  map[string]string     // folded noun -> ISO code
	titleGenders                                              map[string]string     // folded title word -> "m" or "f"
	groupGenders                                              map[string]string     // folded group noun -> "m" or "f"
	roleArticles, roleFeminine, roleFormer                    set                   // RoleRefs
	feminineEndings, pluralEndings, adjectiveEndings          []string              // RoleRefs
	inflectedAdjectives                                       []string
}

// cue is a modality cue phrase.
type cue struct {
	words []string
	kind  int
	attr  bool // an attributive participle of planning (grammar planned_attributes): see cueAt
}

const (
	cueNegated = iota
	cuePlanned
	cueReported
	cueFailed // negates an agreement only: talks that collapsed were held
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

// groupPhrases returns the grammar's group phrases: those it lists, and each count word before
// each group noun, once.
func groupPhrases(g *Grammar) []string {
	out := slices.Clone(g.Groups)
	nouns := slices.Concat(g.PeopleNouns, g.NationNouns, g.GroupNouns)
	// "die beiden Amerikaner": a count before a demonym names the people told before.
	for d := range g.Demonyms {
		nouns = append(nouns, d)
	}
	for _, c := range g.GroupCounts {
		for _, n := range nouns {
			out = append(out, c+" "+n)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func compileGrammar(g *Grammar) *grammar {
	c := &grammar{
		prep: newSet(g.Prepositions), objArt: newSet(g.ObjectArticles), gen: newSet(g.Genitive), groupQualifiers: newSet(g.GroupQualifiers),
		others: newSet(g.Others), bareGroupAdverbs: newSet(g.BareGroupAdverbs), messages: newSet(g.Messages), art: newSet(g.Articles), coord: newSet(g.Coordinators), subord: newSet(g.Subordinators),
		comp: newSet(g.Complementizers), clauseOpeners: newSet(g.ClauseOpeners), privatives: newSet(g.Privatives), descriptionLinks: newSet(g.DescriptionLinks), conditionals: newSet(g.Conditionals), asks: newSet(g.Asks), directives: newSet(g.Directives), infinitiveMarkers: newSet(g.InfinitiveMarkers), adverbialPreps: newSet(g.AdverbialPreps), speechMedia: newSet(g.SpeechMedia), loc: newSet(g.Locatives), dest: newSet(g.Destinations), separately: newSet(oneWord(g.Separately)), separatelyPhrases: phrases(spaced(g.Separately)),
		together: newSet(g.Together), numbers: map[string]int{}, plural: newSet(g.PluralPronouns), pluralObject: newSet(g.PluralObjectPronouns),
		rel: newSet(g.Relatives), contrast: newSet(g.Contrast), possessives: newSet(g.Possessives),
		verbFinal: g.VerbFinal, freeInversion: g.FreeInversion, caseTriggers: g.CaseTriggers, participleSuffix: fold.String(g.ParticipleSuffix), pastParticipleSuffix: fold.String(g.PastParticipleSuffix), origins: newSet(g.Origins), itemNouns: newSet(g.ItemNouns), indirect: newSet(g.Indirect), notGatherings: foldAll(g.NotGatherings), reciprocals: phrases(g.Reciprocals),
		pronouns: map[string]string{},
		groups:   map[[2]string][][]string{}, cues: map[string][]cue{}, negations: set{},
		reportedModals: newSet(g.ReportedModals), perfect: newSet(g.Perfect), hypothetical: newSet(g.Hypothetical), notHypothetical: newSet(g.NotHypothetical),
		descriptors: newSet(g.Descriptors), calledOff: newSet(oneWord(g.CalledOff)), calledOffPhrases: multiWord(phrases(g.CalledOff)), nationNouns: newSet(g.NationNouns), peopleNouns: newSet(g.PeopleNouns), kinNouns: newSet(g.KinNouns), followers: newSet(g.Followers),
		counterfactual: foldPairs(g.Counterfactual), negatedSeparable: particlesByVerb(g.NegatedSeparable), attendanceSeparable: particlesByVerb(g.AttendanceSeparable), dating: newSet(g.Dating), hosting: newSet(g.Hosting), pluralAux: newSet(g.PluralAux), personEndings: foldAll(g.PersonEndings), pluralPersonEndings: foldAll(g.PluralPersonEndings), denialSeparable: particlesByVerb(g.DenialSeparable), including: newSet(oneWord(g.Including)), talkNouns: newSet(g.TalkNouns),
		plannedAttributes: newSet(g.PlannedAttributes), planNouns: newSet(g.PlanNouns), plannable: newSet(append(slices.Clone(g.TalkNouns), g.Plannable...)), plannedLong: newSet(g.PlannedLong), purpose: newSet(g.Purpose),
		talkPrefixes: foldAll(g.TalkPrefixes), roleArticles: newSet(g.RoleRefs.Articles), roleFeminine: newSet(g.RoleRefs.Feminine), roleFormer: newSet(g.RoleRefs.Former), feminineEndings: foldAll(g.RoleRefs.FeminineEndings), adjectiveEndings: foldAll(g.RoleRefs.AdjectiveEndings), pluralEndings: foldAll(g.RoleRefs.PluralEndings), inflectedAdjectives: foldAll(g.InflectedAdjectives), talkPreps: newSet(g.TalkPreps), intentVerbs: newSet(g.IntentVerbs), passiveAux: newSet(g.PassiveAux), genericPeople: newSet(g.GenericPeople), indefinites: newSet(g.Indefinites), with: newSet(g.With), commemorations: newSet(g.Commemorations), commemorateVerbs: newSet(g.CommemorateVerbs), denials: newSet(g.Denials), reports: newSet(g.Reports), subjunctive: newSet(g.Subjunctive), sequence: newSet(g.Sequence), cueBreaks: newSet(g.CueBreaks), definite: newSet(g.EventRefs.Definite), eventNouns: newSet(append(slices.Clone(g.EventRefs.Nouns), g.EventRefs.Meals...)), meals: newSet(g.EventRefs.Meals), eventStops: newSet(g.EventRefs.NotBefore), eventOthers: newSet(g.EventRefs.Others), sequels: newSet(g.EventRefs.Sequels), gatherings: newSet(g.EventRefs.Gatherings), presence: newSet(g.EventRefs.Presence), frontedHosts: newSet(g.FrontedHosts), presenceAdjacent: newSet(g.EventRefs.PresenceAdjacent), address: newSet(g.EventRefs.Address), copulas: newSet(g.Copulas), capacity: newSet(g.Capacity), subjRel: newSet(g.SubjectRelatives), approximators: newSet(g.Approximators), genRelatives: newSet(g.GenitiveRelatives), onBehalf: newSet(g.OnBehalf), generalEvents: newSet(g.EventRefs.General), assemblies: newSet(g.EventRefs.Assemblies), ceremonies: newSet(g.EventRefs.Ceremonies), written: newSet(g.Written), receivedAt: newSet(g.ReceivedAt), officeOwners: newSet(g.OfficeOwners), officeOwnersF: newSet(g.OfficeOwnersFeminine), departures: newSet(g.Departures), allWords: newSet(g.AllWords), inaugurations: phrases(g.Inaugurations), listsGoOn: newSet(g.ListsGoOn), jointly: newSet(g.Jointly), passiveAgents: newSet(g.PassiveAgents), attendance: newSet(g.Attendance), followUps: newSet(g.FollowUps), instead: newSet(g.Instead), insteadOf: newSet(g.InsteadOf), calendarNouns: newSet(g.CalendarNouns), datePreps: newSet(g.DatePreps), announcing: newSet(g.Announcing), otherTimes: newSet(g.OtherTimes), roleAdverbs: newSet(g.RoleAdverbs), notGatheringWords: newSet(g.NotGatherings), denialObjects: newSet(g.DenialObjects),
		saidOpeners: newSet(g.SaidOpeners), disjunctions: newSet(g.Disjunctions), demonstrativeStops: newSet(g.DemonstrativeStops), finiteAux: newSet(g.FiniteAux), afterSubject: newSet(g.AfterSubject), goalPreps: newSet(g.GoalPreps), partPreps: newSet(g.PartPreps), occurrenceAux: newSet(g.OccurrenceAux),
		obliqueRelatives: newSet(g.ObliqueRelatives), asides: newSet(g.Asides), aliasWords: newSet(g.AliasWords), delegNouns: newSet(g.Delegations.Nouns), delegVerbs: newSet(g.Delegations.Verbs), delegHeads: newSet(g.Delegations.Heads), delegChiefs: newSet(g.Delegations.Chiefs), delegMembers: newSet(g.Delegations.Members), delegTellers: newSet(g.Delegations.Tellers), phone: newSet(g.Phone), offices: newSet(g.Offices), singularArt: newSet(g.SingularArticles), samePlural: foldAll(g.SamePlural), officeLinks: newSet(g.OfficeLinks), mediated: newSet(g.Mediated), placeAdverbs: newSet(g.PlaceAdverbs), temporal: newSet(g.TemporalPreps), temporalConj: newSet(g.TemporalConj), offers: newSet(g.Offers), reportNouns: newSet(g.ReportNouns), haveAux: newSet(g.HaveAux), offerLinks: newSet(g.OfferLinks), separablePrefixes: foldAll(g.SeparablePrefixes), reportDenials: newSet(g.ReportDenials),
	}
	c.occurrence = phrases(g.Occurrence)
	c.retrospective = phrases(g.Retrospective)
	c.pluralGroups = map[string][][]string{}
	c.epithets = phrases(g.Epithets)
	c.formerTimes = phrases(g.FormerTimes)
	c.absence = phrases(g.Absence)
	c.timeUnits = newSet(g.TimeUnits)
	c.timeAdverbs = newSet(g.TimeAdverbs)
	c.gatheringParts = newSet(g.GatheringParts)
	c.visitAt = newSet(g.VisitAt)
	c.visitNouns = newSet(g.VisitNouns)
	c.beneficiaries = newSet(g.Beneficiaries)
	c.remoteActs = newSet(g.RemoteActs)
	c.subjunctiveUmlauts, c.hypotheticalUmlauts = umlautKeys(g.Subjunctive), umlautKeys(g.Hypothetical)
	c.titleGenders, c.groupGenders, c.demonyms = foldKeys(g.TitleGenders), foldKeys(g.GroupGenders), foldKeys(g.Demonyms)
	// A noun of people in the plural of a feminine ending names women: "die beiden Ministerinnen"
	// ("-in", plural "-innen").
	for k := range c.peopleNouns {
		for _, e := range c.feminineEndings {
			if _, set := c.groupGenders[k]; !set && strings.HasSuffix(k, e+"nen") {
				c.groupGenders[k] = "f"
			}
		}
	}
	for _, p := range phrases(g.PluralGroups) {
		c.pluralGroups[p[0]] = append(c.pluralGroups[p[0]], p)
	}
	for k := range c.gatherings {
		if k != "" && len(k) < 64 {
			c.gatherShape[k[0]] |= 1 << len(k)
		}
	}
	for _, w := range append(slices.Clone(g.NationNouns), g.PeopleNouns...) {
		if st := nounStem(fold.String(w)); len(st) >= 4 && !slices.Contains(c.partyStems, st) {
			c.partyStems = append(c.partyStems, st)
		}
	}
	for kind, ws := range [][]string{cueNegated: g.Negated, cuePlanned: g.Planned, cueReported: g.Reported, cueFailed: g.Failed} {
		for _, p := range phrases(ws) {
			c.cues[p[0]] = append(c.cues[p[0]], cue{words: p, kind: kind})
			if kind == cueNegated && len(p) == 1 {
				c.negations[p[0]] = true
			}
		}
	}
	for _, p := range phrases(g.PlannedAttributes) {
		c.cues[p[0]] = append(c.cues[p[0]], cue{words: p, kind: cuePlanned, attr: true})
	}
	for _, p := range phrases(groupPhrases(g)) {
		k := [2]string{p[0], ""}
		if len(p) > 1 {
			k[1] = p[1]
		}
		c.groups[k] = append(c.groups[k], p)
	}
	for _, ps := range c.groups {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	}
	c.groupCounts = phrases(g.GroupCounts)
	for gender, ws := range g.Pronouns {
		for _, w := range ws {
			c.pronouns[fold.String(w)] = gender
		}
	}
	c.demonstratives = map[string]string{}
	for gender, ws := range g.Demonstratives {
		for _, w := range ws {
			c.demonstratives[fold.String(w)] = gender
		}
	}
	c.objPronouns = set{}
	for gender, ws := range g.ObjectPronouns {
		for _, w := range ws {
			c.pronouns[fold.String(w)] = gender
			c.objPronouns[fold.String(w)] = true
		}
	}
	c.refers = set{}
	for k := range c.pronouns {
		c.refers[k] = true
	}
	for k := range c.groups {
		c.refers[k[0]] = true
	}
	for k := range c.possessives {
		c.refers[k] = true
	}
	for k := range c.plural {
		c.refers[k] = true
	}
	for k := range c.pluralObject {
		c.refers[k] = true
	}
	for k := range c.pluralGroups {
		c.refers[k] = true
	}
	if len(c.eventNouns) > 0 {
		for k := range c.definite {
			c.refers[k] = true
		}
	}
	for k := range c.refers {
		c.referShapes.add(k)
	}
	for w, n := range g.Numbers {
		c.numbers[fold.String(w)] = n
	}
	for _, w := range g.Witnesses {
		c.witnesses = append(c.witnesses, tokenize.Keys(w))
	}
	for _, w := range g.WitnessesAfter {
		c.witnessesAfter = append(c.witnessesAfter, tokenize.Keys(w))
	}
	for _, w := range g.WithoutAgreement {
		c.withoutAgreement = append(c.withoutAgreement, tokenize.Keys(w))
	}
	for _, w := range g.Hosts {
		c.hosts = append(c.hosts, tokenize.Keys(w))
	}
	c.delegCues = set{}
	for _, ws := range []set{c.delegHeads, c.delegNouns} {
		for w := range ws {
			c.delegCues[w] = true
		}
	}
	c.calledOffStarts = set{}
	for w := range c.calledOff {
		c.calledOffStarts[w] = true
	}
	for _, w := range c.calledOffPhrases {
		c.calledOffStarts[w[0]] = true
	}
	c.witnessStarts = set{}
	for _, ps := range [][][]string{c.witnesses, c.witnessesAfter, c.hosts} {
		for _, w := range ps {
			c.witnessStarts[w[0]] = true
		}
	}
	c.jointCalls = phrases(g.JointCalls)
	for _, w := range g.CoordinatorPhrases {
		c.coordPhrases = append(c.coordPhrases, tokenize.Keys(w))
	}
	for _, w := range g.Companions {
		c.companions = append(c.companions, tokenize.Keys(w))
	}
	for _, w := range g.Delegations.Leaders {
		c.delegLeaders = append(c.delegLeaders, tokenize.Keys(w))
	}
	for _, w := range g.Including {
		if ks := tokenize.Keys(w); len(ks) > 1 {
			c.includingPhrases = append(c.includingPhrases, ks)
		}
	}
	for w := range c.objArt {
		c.art[w] = true
	}
	c.between = twoWordPairs(g.Between)
	c.betweenAll = append(slices.Clip(c.between), twoWordPairs(g.BetweenPeople)...)
	return c
}

var defaultTypes = []string{"person", "country", "organization"}

func compileSlot(s *Slot, group bool) slotSpec {
	ts := s.Types
	if len(ts) == 0 {
		ts = defaultTypes
	}
	sp := slotSpec{find: s.Find, cues: newSet(s.Cue), types: newSet(ts), anyCase: s.AnyCase, adjacent: s.Adjacent, nearest: s.Nearest, possessive: s.Possessive, context: s.Context, together: s.Together}
	// A group ("beide Seiten") may fill a slot that takes two parties, unless the rule names
	// the types it takes ("the two countries" are no people).
	if group && len(s.Types) == 0 {
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
				lr = newLangRules(compileGrammar(g), r.Lang)
				e.langs[r.Lang] = lr
			}
			e.rules = append(e.rules, r)
			lr.add(compile(r))
		}
	}
	for _, r := range e.rules {
		for _, id := range r.YieldsTo {
			if w := seen[id]; w == nil || w.Lang != r.Lang {
				add(r.Pos, "rule %s yields to rule %s, which is not a %s rule: name a rule id of the same language", r.ID, id, r.Lang)
			}
		}
		for _, ex := range r.Examples {
			for _, id := range ex.With {
				if w := seen[id]; w == nil || w.Lang != r.Lang {
					add(ex.Pos, "rule %s: example runs with rule %s, which is not a %s rule: name a rule id of the same language", r.ID, id, r.Lang)
				}
			}
		}
	}
	for _, lr := range e.langs {
		lr.finish()
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return e, nil
}

// add files rule c under its trigger words and stems.
func (lr *langRules) add(c *compiled) {
	for _, w := range c.Trigger.Words {
		k := fold.String(w)
		lr.byWord[k] = append(lr.byWord[k], c)
	}
	for _, w := range c.Trigger.Stems {
		k := fold.String(w)
		lr.stems[k] = append(lr.stems[k], c)
	}
}

// finish builds what the lookups need once every rule is added: the stem lengths and the
// tails of the noun triggers.
func (lr *langRules) finish() {
	lr.nounTails = map[string]bool{}
	for k := range lr.byWord {
		lr.words.add(k)
	}
	for k, cs := range lr.byWord {
		for _, c := range cs {
			if c.nouns[k] && len(k) >= 6 {
				lr.nounTails[k[len(k)-3:]] = true
			}
		}
	}
	lens := map[int]bool{}
	for k := range lr.stems {
		lens[len(k)] = true
	}
	lr.stemNs = lr.stemNs[:0]
	for n := range lens {
		lr.stemNs = append(lr.stemNs, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(lr.stemNs)))
}

func compile(r *Rule) *compiled {
	c := &compiled{Rule: r, particles: newSet(r.Trigger.Particle), near: newSet(r.Trigger.Near), nearBefore: newSet(r.Trigger.NearBefore), notAfter: newSet(r.Trigger.NotAfter), pluralNouns: newSet(r.Trigger.PluralNouns),
		notBefore: newSet(r.Trigger.NotBefore), notBeforeWords: newSet(r.Trigger.NotBeforeWords), notAfterObject: newSet(r.Trigger.NotAfterObject), notLater: newSet(oneWord(r.Trigger.NotLater)), notLaterPhrases: phrases(spaced(r.Trigger.NotLater)), then: newSet(r.Trigger.Then), notSoon: newSet(r.Trigger.NotSoon), notParticles: newSet(r.Trigger.NotParticle),
		veto: newSet(r.Veto), within: r.Trigger.Within, inClause: phrases(r.Trigger.InClause)}
	if c.within == 0 {
		c.within = 8
	}
	c.nouns, c.verbs, c.umlauts = set{}, set{}, umlautKeys(r.Trigger.Words)
	for _, w := range append(append([]string{}, r.Trigger.Words...), r.Trigger.Stems...) {
		if fold.IsUpper(w) {
			c.nouns[fold.String(w)] = true
		} else {
			c.verbs[fold.String(w)] = true
		}
	}
	// A group ("beide Seiten", "they") may be the subject of any rule: "Beide Seiten bekräftigten"
	// is two statements, "They later met Modi" two meetings and the pair's own.
	c.subj = compileSlot(&r.Subject, true)
	c.subj.participle = r.Relation != Statement // a noun after a participle is no speech verb
	if r.Object != nil {
		c.obj = compileSlot(r.Object, false)
	}
	return c
}

// foldPairs folds both words of each pair.
func foldPairs(ps [][2]string) [][2]string {
	out := make([][2]string, len(ps))
	for i, p := range ps {
		out[i] = [2]string{fold.String(p[0]), fold.String(p[1])}
	}
	return out
}

// particlesByVerb folds separable verbs and their particles into the particles of each verb.
func particlesByVerb(ps [][2]string) map[string]set {
	out := map[string]set{}
	for _, p := range foldPairs(ps) {
		if out[p[0]] == nil {
			out[p[0]] = set{}
		}
		out[p[0]][p[1]] = true
	}
	return out
}

// foldKeys returns m with its keys folded.
func foldKeys(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for w, v := range m {
		out[fold.String(w)] = v
	}
	return out
}

// twoWordPairs returns the pairs of two words among ps, folded.
func twoWordPairs(ps [][]string) [][2]string {
	var out [][2]string
	for _, p := range ps {
		if len(p) == 2 {
			out = append(out, [2]string{fold.String(p[0]), fold.String(p[1])})
		}
	}
	return out
}

// foldAll folds words.
func foldAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = fold.String(w)
	}
	return out
}

// talkAt reports whether keys[i] is a noun of talks ("verhandlungsmarathon", "summit") in a
// phrase opened by a talk preposition at most eight tokens before it, with no comma between ("nach 16 Stunden
// Verhandlungen", "after a fifth round of talks").
func (g *grammar) talkAt(keys []string, i int) bool {
	k := keys[i]
	if !g.talkNouns[k] && !slices.ContainsFunc(g.talkPrefixes, func(p string) bool { return strings.HasPrefix(k, p) }) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-8 && keys[j] != ","; j-- {
		if g.talkPreps[keys[j]] {
			return true
		}
	}
	return false
}

// newLangRules returns an empty rule set of one language over grammar g, with the meetings
// the engine infers itself (witnesses, talks that led to an agreement).
func newLangRules(g *grammar, lang string) *langRules {
	return &langRules{g: g, byWord: map[string][]*compiled{}, stems: map[string][]*compiled{},
		witness:   &Rule{ID: "meeting." + lang + ".witness", Relation: Meeting, Lang: lang, Confidence: 0.8, witness: true},
		agreed:    &Rule{ID: "meeting." + lang + ".agreed-together", Relation: Meeting, Lang: lang, Confidence: 0.7},
		spoke:     &Rule{ID: "meeting." + lang + ".spoke-at", Relation: Meeting, Lang: lang, Confidence: 0.7},
		signed:    &Rule{ID: "meeting." + lang + ".signed-at", Relation: Meeting, Lang: lang, Confidence: 0.7},
		residence: &Rule{ID: "meeting." + lang + ".received-at-residence", Relation: Meeting, Lang: lang, Confidence: 0.6},
		companion: &Rule{ID: "meeting." + lang + ".companion", Relation: Meeting, Lang: lang, Confidence: 0.7},
		denied:    &Rule{ID: "meeting." + lang + ".denied", Relation: Meeting, Lang: lang, Confidence: 0.6},
		unagreed:  &Rule{ID: "agreement." + lang + ".met-without", Relation: Agreement, Lang: lang, Confidence: 0.7},
		followUp:  &Rule{ID: "meeting." + lang + ".follow-up", Relation: Meeting, Lang: lang, Confidence: 0.6},
		attended:  &Rule{ID: "meeting." + lang + ".attended-where", Relation: Meeting, Lang: lang, Confidence: 0.7}}
}
