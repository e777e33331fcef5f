package rules

// Grammar is what the engine knows of a language beyond the rules: the closed word classes that
// decide whether an actor can fill a slot, where a clause ends, and which words set modality.
// It is data (rules/data/grammar.<lang>.yaml) so a language can be added without code.
type Grammar struct {
	// A mention right after one of these (with only articles and adjectives between) is in a
	// prepositional phrase: a place or a circumstance, not a subject or object.
	Prepositions []string `yaml:"prepositions"`
	// Articles that mark a German noun phrase as an object (den, dem, einen, einem).
	ObjectArticles []string `yaml:"object_articles"`
	// Words that introduce a genitive attribute (des, eines; of).
	Genitive []string `yaml:"genitive"`
	// Articles and other words that may stand between a cue and its actor.
	Articles []string `yaml:"articles"`
	// Words that join two actors or two predicates (und, sowie; and).
	Coordinators []string `yaml:"coordinators"`
	// Words of a choice between list items (oder, weder; or, either): "did not meet either
	// Tchiani or Bazoum" names two who did not meet each other either.
	Disjunctions []string `yaml:"disjunctions"`
	// Coordinators of several words: "as well as", "als auch" ("sowohl X als auch Y").
	CoordinatorPhrases []string `yaml:"coordinator_phrases"`
	// The word pairs that put two parties after a noun: "zwischen X und Y", "von X mit Y",
	// "between X and Y". With a coordinator as second word, a list gives every pair. The first
	// pair may follow a place named after the noun: "talks in Beijing between X and Y".
	Between [][]string `yaml:"between"`
	// Pairs like Between that put two people after a noun, and no bodies: "ein Besuch von
	// Steinmeier bei Selenskyj" (not "Gespräche von Scholz bei der Nato").
	BetweenPeople [][]string `yaml:"between_people"`
	// Words that begin a contrasting clause with its own modality ("agreed on X but failed").
	Contrast []string `yaml:"contrast"`
	// Relative pronouns: "Stoltenberg, who later told reporters" has Stoltenberg as subject.
	Relatives []string `yaml:"relatives"`
	// VerbFinal: objects may stand before the verb ("hat den Präsidenten getroffen").
	VerbFinal bool `yaml:"verb_final"`
	// FreeInversion: the subject may follow the verb anywhere in its clause ("Am Montag
	// empfing in Peking Xi ..."); otherwise only right after it ("…," said Lavrov).
	FreeInversion bool `yaml:"free_inversion"`
	// ParticipleSuffix ends a present participle ("receiving"): after a comma it opens a clause
	// with the subject of the clause before it ("X arrived in Baghdad, receiving a welcome").
	ParticipleSuffix string `yaml:"participle_suffix"`
	// PastParticipleSuffix ends a past participle ("attended"): a cue right after one is that
	// participle's, not another verb's ("concluded at the dialogue, attended by X and Y").
	PastParticipleSuffix string `yaml:"past_participle_suffix"`
	// Reciprocals: phrases that say the parties acted together, though they begin with a word of
	// Separately ("signed a deal with each other").
	Reciprocals []string `yaml:"reciprocals"`
	// Indirect: words that say talks were held through a mediator, the parties apart ("indirect
	// talks mediated by Qatar"): those who agree in them have not met.
	Indirect []string `yaml:"indirect"`
	// OtherTimes: words that move a sentence away from the day the article tells of ("last
	// year", "damals"): who speaks then is at no gathering of that day.
	OtherTimes []string `yaml:"other_times"`
	// RoleAdverbs: adverbs, of time mostly ("derzeit", "damals"; also "zugleich", "selbst"),
	// that may stand before a role in apposition after a German name ("Kikwete, derzeit
	// Vorsitzender der Afrikanischen Union,").
	RoleAdverbs []string `yaml:"role_adverbs"`
	// Instead: words that tell a meeting planned in place of one called off ("would instead meet
	// in Hiroshima", "wollen nun stattdessen … zusammenkommen"): those to meet now were to meet
	// in the one called off.
	Instead []string `yaml:"instead"`
	// InsteadOf: words of Instead that may be a preposition naming whom the new meeting
	// replaces: before a word of With they tell a meeting with someone else ("Statt mit Duterte
	// werde Obama mit Park zusammenkommen"), where an adverb before it does not ("Putin will nun
	// mit Biden in Wien zusammenkommen", "would meet instead with Biden").
	InsteadOf []string `yaml:"instead_of"`
	// Announcing: verbs of making something known ("verkündete", "announced"): the companion of
	// one who announces an accord a noun names is no party to it ("Biden verkündete gemeinsam mit
	// Blinken ein Abkommen mit Mexiko"), unlike one who signs it together with him.
	Announcing []string `yaml:"announcing"`
	// CalendarNouns: months, seasons, weekdays and parts of the day. In German, in capitals and
	// several ending in "-er" as a city's adjective does, they are a preposition's noun, no
	// adjective of the name after them: "hatte im Oktober Wladimir Putin … empfangen", not "Im
	// Pariser Élysée-Palast"; nor a noun that describes the person after them: "erzielten in der
	// Nacht Angela Merkel und …" (see DescribedPerson).
	CalendarNouns []string `yaml:"calendar_nouns"`
	// DatePreps: prepositions that date what happened with a noun of calendar_nouns after them
	// ("on Tuesday", "am Mittwoch"): such a date after a list item belongs to it, and the list
	// goes on after it ("met Sommaruga on Tuesday and Salih on Wednesday").
	DatePreps []string `yaml:"date_preps"`
	// FollowUps: words before a meeting noun that make it another meeting of the same parties
	// ("ein weiteres Treffen", "another meeting", "a follow-up summit"): told as to come, with no
	// one named, it is the parties of the meeting just told meeting again.
	FollowUps []string `yaml:"follow_ups"`
	// Written: verbs of a statement written rather than spoken ("schrieb auf der Plattform X",
	// "tweeted"): the writer may be anywhere, so the statement places no one at a gathering.
	Written []string `yaml:"written"`
	// Messages: nouns of a statement sent rather than made in person ("In a message read out
	// at the ceremony, Petro said"): it places its sender at no gathering.
	Messages []string `yaml:"messages"`
	// ReceivedAt: verbs of receiving a guest that, with a residence of the gazetteer after a
	// locative and no one said to receive, name the residence's holder as the host ("ist im
	// Kanzleramt empfangen worden", "was received at the Elysee Palace").
	ReceivedAt []string `yaml:"received_at"`
	// OfficeOwners: possessive pronouns before a word of Offices that make it the office of the
	// person the sentence is about ("his office said", "wie sein Büro mitteilte").
	OfficeOwners []string `yaml:"office_owners"`
	// OfficeOwnersFeminine: those of OfficeOwners that own a woman's office ("her", "ihr").
	OfficeOwnersFeminine []string `yaml:"office_owners_feminine"`
	// FormerTimes: words and phrases that place a clause at a time when someone else may have
	// held an office ("last year", "ago", "damals", "im Vorjahr"): a residence's holder of the
	// article's date received no one then.
	FormerTimes []string `yaml:"former_times"`
	// Departures: prepositions of where someone came from ("flew in from Paris", "aus Kiew"):
	// the city after one is not where the sentence's event was.
	Departures []string `yaml:"departures"`
	// AllWords: words that make a group phrase all its members ("all four men", "alle drei").
	AllWords []string `yaml:"all_words"`
	// ListsGoOn: words that, after a comma at a clause's end, add people to its list with no
	// verb of their own: "Der Zeremonie wohnten Tsipras und Zaev bei, außerdem Nimetz und
	// Mogherini".
	ListsGoOn []string `yaml:"lists_go_on"`
	// Inaugurations: words or phrases of taking office at a ceremony ("sworn in", "took the oath
	// of office", "vereidigt"): the one sworn in is a party of that ceremony, which guests named
	// later attend.
	Inaugurations []string `yaml:"inaugurations"`
	// Jointly: words that say signers acted as one, so that their agreement stands even after
	// separate accords of their countries with a third ("then all signed a joint declaration").
	Jointly []string `yaml:"jointly"`
	// PassiveAgents: the prepositions of a passive's agent ("by", "von"): one received by
	// someone the sentence names had that host.
	PassiveAgents []string `yaml:"passive_agents"`
	// Attendance: verbs of taking part, hosting, opening or chairing (see Hosting) that, with a
	// gathering named and no meeting told, make their subject the gathering's first party
	// ("Lavrov attended the OSCE ministerial meeting in Skopje. Osmani opened the session": the
	// two met there).
	Attendance []string `yaml:"attendance"`
	// Hosting: the verbs of attendance that host, open or chair a gathering ("hosted",
	// "eröffnete", "leitete"), which take other objects too: the gathering must be their object
	// (see LangRules.AttendsAt): after the verb at most ten tokens on, past adverbials, or the
	// genitive of a part of it (GatheringParts), not after another object nor in a phrase of a
	// preposition; before it at most five tokens, neither a genitive nor in a phrase of a
	// preposition ("opened the summit", not "opened an investigation into the leaks from the
	// summit", "hatte sich auf die Zusagen des Gipfels verlassen").
	Hosting []string `yaml:"hosting"`
	// Absence: words and phrases that say someone was not at a gathering, or only through
	// others ("fehlte", "ließ sich vertreten", "absent", "was represented", "stayed away"): a
	// sentence with one places no one who opens it at the gathering it names. (Not one who
	// represented a country there, nor one who stayed at it: "vertrat Deutschland beim Gipfel",
	// "stayed at the summit".)
	Absence []string `yaml:"absence"`
	// Dating: presence words that date an act by a gathering without placing its doer there
	// when the act is one done from afar (RemoteActs): "Putin launched strikes during the NATO
	// summit"; not "Erdogan dropped his objection during the NATO summit".
	Dating []string `yaml:"dating"`
	// VisitAt: words of visiting, whose guest meets the holder of the residence visited, as one
	// received there does (see ReceivedAt): "bei seinem Antrittsbesuch im Weißen Haus",
	// "visited the White House", "a visit to the Elysee Palace".
	VisitAt []string `yaml:"visit_at"`
	// Beneficiaries: prepositions of whose sake or view a phrase tells ("for", "für"); see
	// LangRules.Beneficiary.
	Beneficiaries []string `yaml:"beneficiaries"`
	// VisitNouns: nouns of visiting, which tell a visit paid in a phrase of a preposition ("bei
	// seinem Antrittsbesuch im Weißen Haus"); see VisitAt.
	VisitNouns []string `yaml:"visit_nouns"`
	// GatheringParts: nouns of a part of a gathering, which a verb of hosting may take with the
	// gathering in the genitive after it: "opened the leaders' session of the summit".
	GatheringParts []string `yaml:"gathering_parts"`
	// TimeUnits: units of time whose span (at most three words up to one) may stand before the
	// subordinator of a participle clause, which then still has the subject of the clause before
	// it: "met Trump, a day after receiving Kim there", "two weeks before hosting".
	TimeUnits []string `yaml:"time_units"`
	// TimeAdverbs: words that, before a unit of time or a calendar noun, make a span of time
	// that may stand between a noun of talks and its list: "talks earlier this month between
	// Kerry and Xie", "talks last week between".
	TimeAdverbs []string `yaml:"time_adverbs"`
	// RemoteActs: words of attacks, acts done from afar, "strikes", "shelled", "Angriffe";
	// German compounds that end in one count too ("Raketenangriffe"). (Not the arms or
	// measures a leader may approve or sign at a summit: "missiles", "drones", "sanctions".)
	RemoteActs []string `yaml:"remote_acts"`
	// AttendanceSeparable: separable verbs of taking part, a [verb, particle] pair whose
	// particle closes the clause ("nahm … teil"), for Attendance.
	AttendanceSeparable [][2]string `yaml:"attendance_separable"`
	// NotGatherings: first parts of compounds that end in a gathering noun but name no meeting
	// of parties ("Pressekonferenz", "Telefonkonferenz", "Berggipfel"); in a language that
	// writes such compounds apart, words up to three before the noun ("news conference", "the
	// party's spring conference").
	NotGatherings []string `yaml:"not_gatherings"`
	// ItemNouns: nouns in lower case that may stand between a coordinator and the last item of
	// a list of people, saying what the item is ("Gershkovich, Whelan and journalist Alsu
	// Kurmasheva"); a verb there ends the list ("met Xi and criticised Putin").
	ItemNouns []string `yaml:"item_nouns"`
	// Origins: words between an item of a list and the country it comes from, which describes
	// the item ("Vladimir Putin of Russia", "Egils Levits aus Lettland").
	Origins []string `yaml:"origins"`
	// CaseTriggers: a trigger written capitalised matches only capitalised words (German
	// nouns: Treffen), one written in lower case only lower-case words or the first word of a
	// sentence (verbs: treffen).
	CaseTriggers bool `yaml:"case_triggers"`
	// Prepositions that introduce a place: "in Peking", "at the White House".
	Locatives []string `yaml:"locatives"`
	// Prepositions that introduce where one goes: "reist nach Kiew", "travelled to Beijing".
	Destinations []string `yaml:"destinations"`
	// Words that open a subordinate clause after a comma (dass, die, wonach; that, which).
	Subordinators []string `yaml:"subordinators"`
	// Words that introduce reported content and are not part of it (dass, ob; that, whether).
	Complementizers []string `yaml:"complementizers"`
	// Words that open an adverbial clause with a subject of its own, wherever it stands (if,
	// because, when): the subject of a verb after one follows it ("Russia could withdraw if U.S.
	// plans threatened its security": not Russia). A language that sets such clauses off by
	// commas (German) needs none.
	ClauseOpeners []string `yaml:"clause_openers"`
	// Words that open a condition ("if", "wenn"): a verb of saying in its clause tells of no
	// statement ("even if Mr Blair asked").
	Conditionals []string `yaml:"conditionals"`
	// Verbs of asking: one that opens its sentence before a conditional word fronts a question
	// its answer follows ("Asked if he would come, he said …").
	Asks []string `yaml:"asks"`
	// Verbs that tell others to do what the infinitive after their object says ("directed
	// the envoys to meet").
	Directives []string `yaml:"directives"`
	// Words that mark an infinitive right before its verb ("to meet").
	InfinitiveMarkers []string `yaml:"infinitive_markers"`
	// AdverbialPreps open a phrase of time, place or occasion after a verb of saying, which is
	// no part of what was said when a comma follows it ("sagte am Mittwoch in Brüssel, …"), unlike
	// the verb's own object ("verwies auf den Gipfel, bei dem …").
	AdverbialPreps []string `yaml:"adverbial_preps"`
	// SpeechMedia are where something is said ("said in a statement that", "told in an
	// interview that"): a complementizer right after one opens what was said.
	SpeechMedia []string `yaml:"speech_media"`
	// Subject pronouns that refer back to a person, by gender.
	Pronouns map[string][]string `yaml:"pronouns"`
	// Object pronouns, by gender ("ihn", "him"): they refer back as subject pronouns do, but
	// never fill a subject slot.
	ObjectPronouns map[string][]string `yaml:"object_pronouns"`
	// Demonstrative pronouns by gender ("Dieser kündigte an"): the person named last, often
	// the object of the sentence before, not its subject. One counts only before a word in
	// lower case that is no adjective before a noun ("Diese neue Regelung").
	Demonstratives map[string][]string `yaml:"demonstratives"`
	// Words after a demonstrative that make it no pronoun of one person: adverbs before an
	// adjective ("Diese erst am Sonntag bekanntgegebene Reise"), plural verbs ("Diese sind").
	DemonstrativeStops []string `yaml:"demonstrative_stops"`
	// Plural subject pronouns, which refer to the parties of the meeting just told ("they
	// agreed", "verabschiedeten sie"). One that is also a singular pronoun (German
	// "sie") counts as plural only next to a plural verb form (ending in -en).
	PluralPronouns []string `yaml:"plural_pronouns"`
	// Endings of inflected adjectives ("en", "er" …: German "seinem neuen Kollegen"), which may
	// stand between an article and the phrase it governs; none in English.
	InflectedAdjectives []string `yaml:"inflected_adjectives"`
	// Plural object pronouns ("ihnen"): the parties in play too, but only after a preposition
	// ("zu ihnen stieß"), never as a subject ("Ihnen zufolge traf Selenskyj …").
	PluralObjectPronouns []string `yaml:"plural_object_pronouns"`
	// Nouns of a meeting or ceremony that, after a definite article, refer back to the meeting
	// just told ("bei der Zeremonie war auch X anwesend", "X attended the signing"): its
	// parties are those of the last meeting, two sentences back at most.
	EventRefs EventRefs `yaml:"event_refs"`
	// Nouns that class an organisation or a country before its name, after an article and
	// adjectives: "der südamerikanische Staatenbund Mercosur", "the Islamist group Hamas". The
	// name's phrase begins at them, as a person's begins at the title.
	Descriptors []string `yaml:"descriptors"`
	// Words that introduce named members of a group just described ("seine Amtskollegen aus
	// der Region, darunter Bainimarama", "G7 leaders including Biden"): the members join the
	// list, or the cue, before the group.
	Including []string `yaml:"including"`
	// Words of denial whose complement clause is negated: "Peskow dementierte, dass sich Putin
	// mit Trump getroffen habe" (German: a complement clause follows a comma).
	Denials []string `yaml:"denials"`
	// Prepositions of a party someone acts for, which may open each item of a list of
	// signatories: "für Israel unterschrieb X, für die Emirate Y und für Bahrain Z".
	OnBehalf []string `yaml:"on_behalf"`
	// Forms of "to be" that make the name after them what the noun before is: "Gastgeber war
	// Luis Lacalle Pou", "The host was …". A role noun before one is no one named earlier.
	Copulas []string `yaml:"copulas"`
	// Nouns that describe the person the text is about, after a definite article and perhaps
	// a number or a party joined by a hyphen: "der 86-Jährige", "der SPD-Politiker", "the
	// 86-year-old". Not before a name, which they would introduce, nor (English) before the
	// noun they qualify ("the 86-year-old pontiff").
	Epithets []string `yaml:"epithets"`
	// Demonyms are nouns for one of a country's people, each with the country's ISO code: after a
	// definite article, with no name after them, they are the person of that country the text
	// named ("der Russe wiederum behauptete", "sagte der Franzose").
	Demonyms map[string]string `yaml:"demonyms"`
	// TitleGenders: title words that name one gender, "m" or "f" ("Queen", "Königin"): "the
	// Queen" the article does not name is no king.
	TitleGenders map[string]string `yaml:"title_genders"`
	// GroupGenders: nouns of a group that name one gender ("women", "Frauen"): "the two women"
	// are no pair with a man in it.
	GroupGenders map[string]string `yaml:"group_genders"`
	// Relative pronouns that are the subject of their clause whatever follows (German "der";
	// "die" and "das" may be objects too: "Merkel, die Putin empfangen hatte").
	SubjectRelatives []string `yaml:"subject_relatives"`
	// Words that make a number approximate before a noun phrase: "unter den rund 30 angereisten
	// Staats- und Regierungschefs", "some 40 leaders". An article before them governs the noun.
	Approximators []string `yaml:"approximators"`
	// Relative pronouns in the genitive, which open a relative clause after a comma like the
	// others: "Orbán, dessen Land den EU-Ratsvorsitz innehat, …".
	GenitiveRelatives []string `yaml:"genitive_relatives"`
	// Words that say in what capacity someone acts before a role noun: "Scholz hatte als erster
	// ausländischer Regierungschef Netanjahu getroffen", "as the first foreign leader". The role
	// describes someone in the clause, not the holder named before.
	Capacity []string `yaml:"capacity"`
	// Separable verbs of denial with their particle: "wies die Berichte zurück". With Denials,
	// the words of a sentence that denies a meeting reported just before (see LangRules.Denial).
	DenialSeparable [][2]string `yaml:"denial_separable"`
	// Nouns that make a denial one of a meeting or of the report of one: "dementierte ein
	// solches Treffen", "denied the reports".
	DenialObjects []string `yaml:"denial_objects"`
	// Subjunctive verbs of reported speech: a clause after a comma with one is the complement
	// of a verb of saying before it ("berichtet, Trump habe Putin gewarnt").
	Subjunctive []string `yaml:"subjunctive"`
	// Words of reporting whose complement clause is reported: "Die Zeitung hatte berichtet,
	// Trump habe Putin gewarnt".
	Reports []string `yaml:"reports"`
	// Nouns and verbs of remembering that make a meeting or agreement within six words one
	// remembered: a noun whose genitive it is ("the anniversary of the meeting"), a verb
	// anywhere near ("jährte sich das Treffen zum 50. Mal"). No rule of those relations fires.
	Commemorations   []string `yaml:"commemorations"`
	CommemorateVerbs []string `yaml:"commemorate_verbs"`
	// Retrospective: phrases anywhere in the sentence that look back at a past meeting as
	// history ("Fifty years ago on Monday, Nixon met Mao", "marked 30 years since the Reykjavik
	// summit", "Vor genau 25 Jahren reichten sich Rabin und Arafat die Hand"): no rule of those
	// relations fires on a trigger after the phrase or in its clause (not after a semicolon, a
	// dash or a comma and a coordinator that open another clause). A word "*" stands for any
	// one word or number.
	Retrospective []string `yaml:"retrospective"`
	// Words that open another verb's phrase between a trigger and its cue: "met X to
	// strengthen ties with China" (English "to", relative words).
	CueBreaks []string `yaml:"cue_breaks"`
	// Words of sequence that may follow a coordinator inside a list, whose items then met one
	// after the other, not together: "zuerst Trump und danach Putin", "first Li and then Xi".
	Sequence []string `yaml:"sequence"`
	// Verbs of intent whose infinitive is something planned: "agreed to hold talks", "offered
	// to sign"; German "vereinbarten, sich bald zu treffen" ("um … zu" is built in).
	IntentVerbs []string `yaml:"intent_verbs"`
	// Conjunctions that open an infinitive clause of purpose: German "um" ("…, um Xi zu
	// treffen"), whose infinitive is planned and which governs no actor.
	Purpose []string `yaml:"purpose"`
	// Nouns of people that hold no particular office ("die vier Politiker", "the three
	// leaders"): a counted group of them may be the people the article just named.
	GenericPeople []string `yaml:"generic_people"`
	// Auxiliaries of the passive: the agent of a passive verb of saying follows one ("wurde von
	// Peskow dementiert", "was denied by Peskov").
	PassiveAux []string `yaml:"passive_aux"`
	// Indefinite articles: a prepositional phrase that opens with one and names no actor is
	// a circumstance, no party ("mit einem Kugelschreiber", "with a pen").
	Indefinites []string `yaml:"indefinites"`
	// Prepositions that add a party right after the verb of a joint act ("verabschiedeten mit
	// dem Kanzler eine Erklärung").
	With []string `yaml:"with"`
	// Nouns of talks, meetings and summits: parties that agree in a clause with one of them met
	// ("nach 16 Stunden Verhandlungen haben sich X und Y geeinigt", "agreed at the summit").
	// TalkPrefixes match compounds ("Verhandlungsmarathon"). The noun counts only in a phrase
	// that TalkPreps opens within eight tokens ("nach 16 Stunden Verhandlungen", "at their
	// summit"), not as what was agreed ("agreed to hold talks").
	TalkNouns    []string `yaml:"talk_nouns"`
	TalkPrefixes []string `yaml:"talk_prefixes"`
	TalkPreps    []string `yaml:"talk_preps"`
	// Words that say who led or belonged to a country's delegation ("Die russische Delegation
	// wurde von Medinski angeführt", "Kim's delegation included Choe Son Hui"): a sentence with
	// one of the Nouns and one of the Verbs names people who stand for their countries in the
	// talks, so that a meeting of the countries is one of those people.
	Delegations Delegations `yaml:"delegations"`
	// Words for the rest of a group after a list of names ("X, Y und anderen", "X, Y und den
	// übrigen Staats- und Regierungschefs", "X, Y and others").
	Others []string `yaml:"others"`
	// BareGroupAdverbs: adverbs that may follow "the two", "the three" standing alone
	// ("bringing the two together").
	BareGroupAdverbs []string `yaml:"bare_group_adverbs"`
	// Words of a role noun with no country that refers back to the one person named earlier
	// who held the office ("sagte der Kanzler", "the prime minister said").
	RoleRefs RoleRefs `yaml:"role_refs"`
	// Phrases that refer to the two parties in play and are no count word before a noun
	// ("den beiden", "neither side"); the others are generated from GroupCounts.
	Groups []string `yaml:"groups"`
	// Plural nouns with an article that, before a verb, refer to all parties of the meeting just
	// told, as "they" does: "The leaders also agreed to …", "Die Staats- und Regierungschefs
	// verabschiedeten …" (not "the leaders of China and Japan", a title of countries).
	PluralGroups []string `yaml:"plural_groups"`
	// Words that count a group's members before its noun ("die beiden", "the three"): with
	// each people noun, nation noun and group noun they make a group phrase too ("die drei
	// Außenminister", "both nations", "die vier Staats- und Regierungschefs").
	GroupCounts []string `yaml:"group_counts"`
	// Words after a counted group that say whose or from where its members are, so that they
	// are not the ones told before: "die beiden Gäste aus Ghana", "the two leaders of Chad".
	GroupQualifiers []string `yaml:"group_qualifiers"`
	// Further nouns that head group phrases, of several words or of no people or nations:
	// "Staats- und Regierungschefs", "heads of state", "Seiten", "sides".
	GroupNouns []string `yaml:"group_nouns"`
	// Nouns that make a group one of countries ("both nations", "beide Länder"): people in it
	// stand for their countries.
	NationNouns []string `yaml:"nation_nouns"`
	// Nouns that make a group one of people ("the two leaders", "die beiden Minister"): the
	// pair of people in play, not of countries.
	PeopleNouns []string `yaml:"people_nouns"`
	// KinNouns: nouns in lower case that, after an owner's pronoun, describe the person named
	// next ("accompanied by his wife Carey Lowell", "flanked by his sister Kim Yo Jong"): the
	// phrase begins at the pronoun. (Not any noun: "During his trip Biden met …".)
	KinNouns []string `yaml:"kin_nouns"`
	// Followers: German nouns of people on someone's side before a name in the genitive
	// ("Anhänger Saddam Husseins", "Kritiker Putins"): the name is the owner, no party.
	Followers []string `yaml:"followers"`
	// Number words, which make a group of more than two ("die drei Staatschefs", "the four
	// leaders"): the parties of the last meeting or agreement with that many.
	Numbers map[string]int `yaml:"numbers"`
	// Possessive pronouns that, before a meeting or agreement noun, refer to the parties in
	// play: "after their meeting", "bei ihrem Treffen".
	Possessives []string `yaml:"possessives"`
	// Words that make a meeting with several people several meetings ("traf getrennt X und
	// Y", "met X and Y separately"). Without one, parties named together in one list met
	// together, and so each other too. An entry of several words is a phrase ("einzelnen
	// Gesprächen": not "einzelnen" alone, which "die einzelnen Staaten" has too).
	Separately []string `yaml:"separately"`
	// Words that say a meeting "with" several parties was one meeting of all ("Vierergipfel
	// mit X, Y und Z", "trilateral talks with X and Y"). A list of direct objects ("empfing X
	// und Y") needs none; a list after "mit"/"with" ("talks with Iraq and Afghanistan") is
	// taken as one meeting only with one of these words in the clause.
	Together []string `yaml:"together"`
	// Finite auxiliaries and modals, which open a verb-second clause whose subject came before:
	// "Gastgeber Václav Klaus, der tschechische Staatspräsident, hatte … begrüßt".
	FiniteAux []string `yaml:"finite_aux"`
	// PersonEndings: endings of a capitalised noun of a person ("Sprecherin", "Minister") that,
	// with its article, opens a clause before the finite verb: the clause's subject, so an
	// actor after the verb is its object ("Die Sprecherin hat Russland vorgeworfen").
	PersonEndings []string `yaml:"person_endings"`
	// PluralPersonEndings: such endings of plural nouns only ("Demonstranten", "Diplomaten"),
	// which open the clause so before a plural finite verb of PluralAux ("Die Demonstranten
	// haben Russland vorgeworfen"; not "Die Verhandlungen hat Putin abgebrochen").
	PluralPersonEndings []string `yaml:"plural_person_endings"`
	PluralAux           []string `yaml:"plural_aux"`
	// Words that follow a subject, where the language writes nouns in lower case too:
	// auxiliaries, modals and adverbs ("the three will meet", "both also said", "the
	// 86-year-old has said"). After one, as after a verb a rule is triggered by, a group or an
	// epithet stands alone as the subject.
	AfterSubject []string `yaml:"after_subject"`
	// Prepositions that make a meeting noun a goal, not a setting: "Zu einem Treffen kam es
	// nicht", "invited to talks".
	GoalPreps []string `yaml:"goal_preps"`
	// Prepositions a verb of taking part governs: a phrase of one that opens a sentence ("An der
	// Zeremonie nahmen … teil") names the gathering those it goes on to name were at.
	PartPreps []string `yaml:"part_preps"`
	// Relative pronouns after a preposition: "an dem", "bei denen".
	ObliqueRelatives []string `yaml:"oblique_relatives"`
	// Words set off by commas that neither end a clause nor begin one: ", respectively,". They
	// may also stand between an including word and the name it includes ("darunter auch X").
	Asides []string `yaml:"asides"`
	// Words that introduce another name of the person just named: "Londoño alias Timoschenko".
	AliasWords []string `yaml:"alias_words"`
	// Words that open what was said after a speech verb, not the speaker's noun phrase:
	// auxiliaries and possessives ("said his party would study the detail").
	SaidOpeners []string `yaml:"said_openers"`
	// Phrases before someone who does what the subject does: "gemeinsam mit Merkel", "together
	// with Merkel", "neben Gastgeber Tokajew". The companion joins the subject's list.
	Companions []string `yaml:"companions"`
	// Phrases before an actor who witnessed what the clause tells: "im Beisein von", "in the
	// presence of". The witness met every party to it.
	Witnesses []string `yaml:"witnesses"`
	// Phrases before the host, chair or inviter of an event: "hosted by", "unter dem Vorsitz
	// von", "auf Einladung von". Like a witness, but only of what the same clause tells
	// ("before a dinner hosted by X", "nachdem eine Sitzung unter dem Vorsitz von X gescheitert
	// war" are other events).
	Hosts []string `yaml:"hosts"`
	// Phrases after the actors who witnessed it: "as Donald Trump looked on", "während Merkel
	// zusah".
	WitnessesAfter []string `yaml:"witnesses_after"`
	// Phrases that end a meeting without the accord its parties sought ("ohne Einigung", "without
	// an agreement"): the parties of a meeting told with one in its clause did not agree.
	WithoutAgreement []string `yaml:"without_agreement"`
	// Modality cues, looked for in the trigger's clause. Negated wins over planned, planned
	// over reported.
	Negated []string `yaml:"negated"`
	// Words that link a description's noun to the body it is of: "the grand imam of Al-Azhar",
	// "the ELN's lead negotiator", "der Großimam der Al-Azhar-Universität". A description of
	// the next item of a list has one; a clause does not.
	DescriptionLinks []string `yaml:"description_links"`
	// Prepositions that open a clause of their own and negate it: "without". A cue that begins
	// with one is only the trigger's it governs ("met Xi without meeting Putin": the meeting with
	// Xi took place; "left without meeting Niinistö and met Xi": so did this one), and before a
	// participle one closes the clause (grammar participle_suffix). German lists none: "ohne …
	// zu treffen" has no cue of its own yet.
	Privatives []string `yaml:"privatives"`
	// Failed words negate an agreement but not a meeting: "the summit collapsed", "die
	// Verhandlungen scheiterten" (the talks were held; no deal came of them).
	Failed []string `yaml:"failed"`
	// Words that, after a contrast word later in the sentence, call off what was planned: "was
	// due to meet Marape but cancelled the trip", "sollte Selenskyj treffen, doch die Reise wurde
	// abgesagt".
	CalledOff []string `yaml:"called_off"`
	// Words of a phone call, which is had with one person at a time: "spoke on the telephone to
	// X, Y and Z" is three calls, whose parties did not meet one another.
	Phone []string `yaml:"phone"`
	// Words of a call had with several at once, whose parties did meet one another: "a
	// three-way phone call with Netanyahu and bin Zayed", "eine Telefonkonferenz".
	JointCalls []string `yaml:"joint_calls"`
	// Offices: nouns for a leader's office, which after the leader's name speaks for it:
	// "Netanyahu's office said", "Netanjahus Büro teilte mit".
	Offices []string `yaml:"offices"`
	// SingularArticles: articles (contracted ones too: "beim Treffen") and possessives that
	// mark a noun singular where its plural is the same word ("das Treffen", "sein Treffen"; not
	// "Treffen mit X und Y sind geplant", two meetings): only then are those named after its
	// "mit" at one gathering.
	SingularArticles []string `yaml:"singular_articles"`
	// SamePlural: nouns, or the ends of compound nouns, whose plural is the same word
	// ("Treffen", "Gipfeltreffen"), which SingularArticles must mark as one.
	SamePlural []string `yaml:"same_plural"`
	// Mediated: participles of brokering (and English "mediation", before "by"). Who brokered
	// an accord is no party to it: "die von Katar und Ägypten vermittelte Vereinbarung", "a
	// truce reached after mediation by Qatar and Egypt".
	Mediated []string `yaml:"mediated"`
	// FrontedHosts open a phrase fronted before the subject that places what the clause tells
	// at or after a gathering hosted by someone: "After talks hosted by Stoltenberg, X and Y
	// signed" (the host met them). Not words of a time before it.
	FrontedHosts []string `yaml:"fronted_hosts"`
	// TemporalPreps date what follows by another event: a veto word they govern ("seit dem
	// Hamas-Angriff") says when, not what the trigger means.
	TemporalPreps []string `yaml:"temporal_preps"`
	// TemporalConj open a clause that dates the one before by another event: a cue of modality
	// before it is not the clause after it ("The summit was shelved after Trump spoke with
	// Putin"), nor is a cue word of a slot after it the noun's before it.
	TemporalConj []string `yaml:"temporal_conjunctions"`
	// SeparablePrefixes are the particles of separable verbs, which take "zu" inside their
	// infinitive: "teilzunehmen", "zusammenzukommen" are infinitives with "zu" as "zu reisen" is.
	SeparablePrefixes []string `yaml:"separable_prefixes"`
	// Offers: words of being ready to do something ("bereit", "ready", "willing"): a meeting in
	// the infinitive they govern is an offer, no fact nor plan ("Tansania sei bereit, mit
	// Deutschland zu sprechen", "he was ready to meet his counterpart again if …").
	Offers []string `yaml:"offers"`
	// OfferLinks link a subject to a word of offers besides the copulas ("remained willing").
	OfferLinks []string `yaml:"offer_links"`
	// ReportDenials deny only a report they govern ("dismissed reports that Trump had spoken
	// with Putin"); elsewhere they reject or dismiss anything ("dismissed the general").
	ReportDenials []string `yaml:"report_denials"`
	// ReportNouns name reports: a denial of one ("wies einen Bericht zurück, wonach X Y getroffen
	// habe") tells both the report and its denial.
	ReportNouns []string `yaml:"report_nouns"`
	// HaveAux are the auxiliaries of an active perfect ("hat … ausgeschlossen", "has ruled
	// out"): talks with a called-off word after them are its agent, not what was called off.
	HaveAux []string `yaml:"have_aux"`
	// PlaceAdverbs say where without naming the place: "a meeting there between X and Y".
	PlaceAdverbs []string `yaml:"place_adverbs"`
	// OfficeLinks join an office to the leader named after it: "das Büro von Netanjahu", "the
	// office of Prime Minister Netanyahu".
	OfficeLinks []string `yaml:"office_links"`
	// Verbs that say whether a meeting happened ("take place", "stattfinden"): a negation after
	// "talks between X and Y" denies them only with one of these ("did not take place"); else it
	// denies something else ("have not led to a deal").
	Occurrence []string `yaml:"occurrence"`
	// Auxiliaries, modals and adverbs that may stand before a phrase of taking place: "will be
	// held", "is to be held", "are expected to take place", "will then be held".
	OccurrenceAux []string `yaml:"occurrence_aux"`
	// Separable verbs that negate with their particle at the clause's end: a [verb, particle]
	// pair ("sagte … ab", "schloss … aus", "lehnte … ab"), for modality as Negated does.
	NegatedSeparable [][2]string `yaml:"negated_separable"`
	// Counterfactual pairs of words, both in the clause, that say a thing did not happen: "In
	// Canberra hätte sie Penny Wong treffen sollen" (hätte … sollen).
	Counterfactual [][2]string `yaml:"counterfactual"`
	Planned        []string    `yaml:"planned"`
	// Attributive participles of planning ("das geplante Treffen"): planned cues only for the
	// event they qualify, the rule's trigger noun within a few words ("Bei dem geplanten Treffen
	// sprach Scholz mit Xi" tells a meeting that happens; not "die geplante Zukunftsstadt Neom");
	// for a plan told before its end, any talk noun or one of Plannable ("hat seine geplante
	// Reise abgesagt").
	PlannedAttributes []string `yaml:"planned_attributes"`
	// Nouns of things planned besides talks: "die geplante Reise", "der geplante Besuch".
	Plannable []string `yaml:"plannable"`
	// PlanNouns: nouns of a plan that open a planned cue ("plans to"); right after a verb of
	// the past they are what was talked about, no plan of the meeting: "discussed plans to
	// boost cooperation".
	PlanNouns []string `yaml:"plan_nouns"`
	// Words before such a participle that say the plan is an old one and the event happens now:
	// "das seit Wochen geplante Treffen", "der lange geplante Besuch".
	PlannedLong []string `yaml:"planned_long"`
	Reported    []string `yaml:"reported"`
	// Modal verbs that report rather than plan when a perfect auxiliary follows the trigger
	// ("soll sich mit X getroffen haben"), and those auxiliaries.
	ReportedModals []string `yaml:"reported_modals"`
	Perfect        []string `yaml:"perfect"`
	// Hypothetical: words that make a meeting or an accord only possible, no fact ("could hold
	// talks", "might meet", "exploring whether they could meet", "ob sie sich treffen",
	// "könnten sich treffen"), unless the clause negates it. A word written with an umlaut
	// matches only with it ("könnte", not the past "konnte").
	Hypothetical []string `yaml:"hypothetical"`
	// NotHypothetical: words that, opening the clause of such a word, make it tell what did not
	// come about ("before the two men could sign"): the pairs of Counterfactual with them then
	// make the clause planned and negated.
	NotHypothetical []string `yaml:"not_hypothetical"`

	Pos Pos `yaml:"-"`
}

// Delegations are the words of a sentence that names a delegation's head or members.
type Delegations struct {
	Nouns []string `yaml:"nouns"` // Delegation, delegation; Delegationsleiter needs no verb
	Verbs []string `yaml:"verbs"` // angeführt, geleitet, led, headed, included
	// Leaders: phrases after a delegation noun, and the owner told after it, that introduce
	// the one who leads it ("a delegation from ECOWAS led by", "eine Delegation der AU
	// unter Leitung", "die Delegation um"): that person stands for the delegation.
	Leaders []string `yaml:"leaders"`
	Heads   []string `yaml:"heads"` // nouns that are a head of delegation by themselves: Delegationsleiter
	// Chiefs: nouns of a head that are one of a delegation when a delegation noun follows within
	// four words: "head of the Russian team", "Leiter der ukrainischen Delegation" (not "Pentagon
	// chief Hegseth said the Ukrainian side …").
	Chiefs []string `yaml:"chiefs"`
	// Members: plural nouns of those who stand for their countries in talks, which after the
	// countries' adjectives name the countries' sides ("Russian and Ukrainian negotiators",
	// "russische und ukrainische Unterhändler").
	Members []string `yaml:"members"`
	// Tellers: verbs by which one tells of a delegation or sends it, and so is not of it
	// ("Spokeswoman Ortagus said the American delegation, led by Biegun, …", "Putin schickt eine
	// Delegation unter Leitung von Medinski").
	Tellers []string `yaml:"tellers"`
}

// RoleRefs are the words of a role noun that names one person without a country.
type RoleRefs struct {
	// Singular definite articles that may take a title of either gender: der, dem, the.
	Articles []string `yaml:"articles"`
	// Articles that take only a feminine singular title: "die Kanzlerin" (not "die Minister").
	Feminine []string `yaml:"feminine"`
	// Endings of a feminine title: Kanzlerin. A German title without one is a man's.
	FeminineEndings []string `yaml:"feminine_endings"`
	// Endings of a noun made from an adjective, which after a feminine article names one woman:
	// "die 86-Jährige" (not "die SPD-Politiker", several).
	AdjectiveEndings []string `yaml:"adjective_endings"`
	// Endings of a plural title: "the ministers".
	PluralEndings []string `yaml:"plural_endings"`
	// Words that make the role one held before, not by whom the text named as holding it now:
	// "der frühere Präsident", "the former president".
	Former []string `yaml:"former"`
}

// EventRefs are the words of a reference back to the meeting just told.
type EventRefs struct {
	Definite []string `yaml:"definite"` // definite articles and demonstratives: der, dem, the, this
	Nouns    []string `yaml:"nouns"`    // Zeremonie, Unterzeichnung, ceremony, signing
	// Meals: nouns of a meal, which refer back to the meeting told ("An dem anschliessenden
	// Arbeitsessen nahmen auch … teil") except after a preposition of a goal: "empfing Trump
	// zum Mittagessen" is a meal of its own.
	Meals []string `yaml:"meals"`
	// Words after the noun that make it another meeting, with parties of its own: "the talks
	// with Iran", "das Treffen mit Modi", "the meeting of NATO ministers".
	NotBefore []string `yaml:"not_before"`
	// Words before the noun that make it another meeting of a series than the one just told:
	// "an der nächsten Verhandlungsrunde", "the next round" (in a reference back, the words of
	// grammar follow_ups and other_times do too: "der zweiten Runde", "the earlier meeting"; not
	// outside one: "last" may mean the final one, "his last G7 summit").
	Others []string `yaml:"others"`
	// Sequels: words that, after an indefinite article, make the noun the continuation of the
	// meeting just told: "An einer anschließenden Gesprächsrunde nahmen auch … teil", "a
	// subsequent lunch".
	Sequels []string `yaml:"sequels"`
	// Nouns of a gathering of several parties that a text may name before those who took part:
	// "der Mercosur-Gipfel", "the retreat". A hyphenated compound counts by its last part
	// ("G7-Gipfels"); a closed one does not ("Pressekonferenz"). The parties named later at
	// "the summit" met one another.
	Gatherings []string `yaml:"gatherings"`
	// Nouns general enough to refer to any gathering named before ("the meeting", "das
	// Treffen"); another gathering noun refers only to a gathering of its own kind.
	General []string `yaml:"general"`
	// Gatherings whose reports quote those at them: who speaks in the sentences after one is
	// named, with no place of their own, spoke at it ("Der G20-Gipfel in Rio … Xi Jinping
	// sagte"). Not talks or a meeting, which anyone may speak of. German compounds count by
	// their end ("Koalitionsgipfel").
	Assemblies []string `yaml:"assemblies"`
	// Gatherings held for a signing: who signs in the sentences after one is named with its
	// host or guests signed at it ("at a ceremony hosted by Erdogan. Shoigu and Kubrakov
	// signed …"). German compounds count by their end ("Unterzeichnungszeremonie").
	Ceremonies []string `yaml:"ceremonies"`
	// Words that place a speaker at the gathering or meeting a noun up to four words later
	// names: "beim", "am Rande des", "at", "told the". Who speaks there took part in it.
	Presence []string `yaml:"presence"`
	// PresenceAdjacent: words or two-word forms that place a speaker at the event only right
	// before its noun (one word in lower case may stand between) and not after a comma: "sagte in der
	// Sitzung", "auf dem Gipfel", "im Gespräch"; not "Im Vorfeld des Treffens", "in der Woche
	// des Treffens", "ein Interview, in dem sie das Treffen kritisierte".
	PresenceAdjacent []string `yaml:"presence_adjacent"`
	// Verbs of speaking to an audience that place the speaker at the event referred to right
	// after them: "told the summit", "addressed the gathering" (not "told reporters the talks
	// were good").
	Address []string `yaml:"address"`
}
