// Package rules holds dipex's relation rules: the YAML rule format, its loader (every problem
// with file, line and column), and the engine that binds subject and object around trigger
// words in a tokenized sentence whose actors are already found. The default rules are embedded.
//
// The engine works on plain token slices and token-index spans (see Sentence), so it needs
// nothing from the extractor but words and mentions.
package rules

import "dipex/yamlfile"

// Relations a rule can emit.
const (
	Meeting   = "meeting"
	Statement = "statement"
	Agreement = "agreement"
)

// Modalities a match can carry.
const (
	Asserted = "asserted"
	Planned  = "planned"
	Negated  = "negated"
	Reported = "reported"
)

// Rule is one relation rule.
type Rule struct {
	ID       string   `yaml:"id"`
	Trigger  Trigger  `yaml:"trigger"`
	Subject  Slot     `yaml:"subject"`
	Object   *Slot    `yaml:"object"`
	Modality string   `yaml:"modality"` // the modality when no cue says otherwise (default asserted)
	Veto     []string `yaml:"veto"`     // words that, in the trigger's clause, block the rule
	// VetoSpeaker says the veto words are who might speak ("report", "sources"): after the
	// verb they block nothing when an actor before it speaks ("X said it would study the data").
	VetoSpeaker bool `yaml:"veto_speaker"`
	// VetoFronted says the veto words also block from a phrase that opens the sentence, set off
	// by a comma: "In a letter, Barroso told Borrell that …".
	VetoFronted bool   `yaml:"veto_fronted"`
	Content     string `yaml:"content"` // statements: "after" (default) or "none"
	// Attribution marks a statement rule whose subject is only named as the source of what the
	// sentence tells ("according to X", "nach Angaben von X", "X zufolge"): the source spoke,
	// but not at the event the sentence tells.
	Attribution bool    `yaml:"attribution"`
	Confidence  float64 `yaml:"confidence"`
	// Hosts marks a rule whose subject hosts the meeting it joins ("a summit hosted by Putin"):
	// the subject becomes the host that "der Gastgeber" refers to; other joiners never do.
	Hosts bool `yaml:"hosts"`
	// YieldsTo names rules whose match at the same trigger word replaces this rule's: "Parmelin
	// hat Biden und Putin begrüßt" greets people (a meeting), it says nothing.
	YieldsTo []string `yaml:"yields_to"`
	// Names marks an agreement rule whose trigger is a noun naming the accord ("the agreement
	// between X and Y", "Putins Abkommen mit Kim"): the accord may be old, so its parties are
	// not taken to have met, as people who agree or sign together are.
	Names    bool      `yaml:"names"`
	Examples []Example `yaml:"examples"`

	Relation string `yaml:"-"` // from the file
	Lang     string `yaml:"-"` // from the file
	Pos      Pos    `yaml:"-"`
	witness  bool   // the engine's own rule of witnesses ("im Beisein von", "in the presence of")
}

// Trigger says which words set a rule off.
type Trigger struct {
	Words    []string `yaml:"words"`    // word forms, matched after folding
	Stems    []string `yaml:"stems"`    // word beginnings: "gipfeltreff" matches Gipfeltreffen
	Particle []string `yaml:"particle"` // a separable particle that must follow in the clause (trifft … zusammen)
	Near     []string `yaml:"near"`     // words of which one must stand within Within tokens
	Within   int      `yaml:"within"`   // default 8
	// NearBefore: words that count as Near only before the trigger: "bei den Verhandlungen
	// einigten sich X und Y", not "haben sich nach Verhandlungen auf … geeinigt".
	NearBefore []string `yaml:"near_before"`
	// NearClause: a Near word may also stand anywhere in the trigger's clause, its lists
	// looked through ("Das Memorandum wurde von A (Russland), B (Türkei) und C (Iran)
	// unterzeichnet": the auxiliary is far from the participle, but in its clause).
	NearClause bool `yaml:"near_clause"`
	// NotAfter: words that, right before the trigger, make it another part of speech
	// ("their promises", "the calls": a determiner before an English verb form makes it a noun).
	NotAfter []string `yaml:"not_after"`
	// PluralNouns: trigger forms that are plural nouns, not verbs, right after a number or a
	// capitalised word that names no actor: "the five Central Asian states", "27 states".
	PluralNouns []string `yaml:"plural_nouns"`
	// NotBefore: actor types that, right after the trigger (or after an article), make it
	// another verb: "welcomed the decision" is a statement, "welcomed Putin" is hosting him.
	NotBefore []string `yaml:"not_before"`
	// NotBeforeWords: words that, right after the trigger, make it another construction:
	// "aid received by Airbus" is a passive participle, not "X received Y".
	NotBeforeWords []string `yaml:"not_before_words"`
	// NotAfterObject: words that, right after the object, make the trigger another verb:
	// "called Putin a killer" names him, "called Putin on Tuesday" phoned him.
	NotAfterObject []string `yaml:"not_after_object"`
	// NotLater: words that, a few words after the object and before the next comma, make the
	// trigger another verb: "called on Putin on Monday to stop the war" urges, it visits no one.
	// An entry of several words is a phrase that begins there: "as a member"; a word of it
	// "*ing" stands for any word in lower case that ends so ("in *ing": "joined Macron in
	// sending troops").
	NotLater []string `yaml:"not_later"`
	// NotSoon: words that, within four words after the trigger and before a comma, make it
	// another verb: "joined the Paris climate agreement" is no joining of a meeting.
	NotSoon []string `yaml:"not_soon"`
	// Then: words of which one must follow the trigger within 25 words, before the end of
	// the sentence or a boundary other than a comma: "called on Russia to withdraw" urges;
	// "called on President Murmu" visits.
	Then []string `yaml:"then"`
	// ThenOrAlone lets a trigger that closes its clause (a punctuation mark right after it)
	// stand for Then's words: "Auch Schukri unterschrieb." signed the document just told.
	ThenOrAlone bool `yaml:"then_or_alone"`
	// ThenNearObject: a word of Then must stand within four words after the object (its list),
	// before a comma or a relative pronoun: "joined Pope Francis in the Vatican gardens", not
	// "join Jude Law and Kate Winslet who have been booked for guest roles".
	ThenNearObject bool `yaml:"then_near_object"`
	// InClause: words or phrases of which one must stand in the trigger's clause, outside a
	// name: a war declared over needs its end ("das Ende ihres Kriegszustands erklärt", "declared
	// an end to"), not any declaration near a war ("erklärten ihre Solidarität im Krieg"). A
	// word "*" stands for any one word ("zu einem * Abendessen").
	InClause []string `yaml:"in_clause"`
	// NotParticle: separable particles that, closing the clause, make the trigger another verb:
	// "sagte … ab" cancels, it says nothing; "schloss … aus" rules out, it concludes nothing.
	NotParticle []string `yaml:"not_particle"`
	// Opens: the trigger must open its sentence (after a dateline): a fronted participle,
	// "Greeted by Putin at the cosmodrome, Kim pledged support".
	Opens bool `yaml:"opens"`
	// ActorBefore: a person (or a pronoun for one) must stand before the trigger in its clause,
	// outside a prepositional phrase, owning nothing, and with no article between it and the
	// trigger (which opens another subject): who brought someone along ("Putin brought Lavrov",
	// "He brought along Wang Yi"), not what brought someone somewhere ("The election brought
	// Trump back to the White House", "Sanctions brought Putin to the table", "Xi said the trip
	// brought Wang Yi to the US").
	ActorBefore bool `yaml:"actor_before"`
}

// Slot says where a rule finds its subject or object.
//
//   - before: the first eligible actor before the trigger in its clause (a German verb-second
//     clause that puts something else first falls back to the actor after the trigger);
//   - after: the first eligible actor after the trigger in its clause;
//   - cue: the first actor after one of the cue words (mit, with) after the trigger;
//   - between: "zwischen X und Y", "between X and Y" right after the trigger; fills both slots;
//   - coordinated: "X und Y" (or a group such as "beide Seiten") before the trigger, else after
//     it; fills both slots.
//
// An eligible actor is one of Types (default person, country, organization) that is not inside
// a prepositional phrase (in Peking), a genitive (des Sicherheitsrates) or, in German, marked
// as an object by its article (den, dem), unless a cue introduces it.
type Slot struct {
	// Find says where the actor is: before or after the trigger, after a cue word, in a
	// "between X and Y" or a coordinated "X and Y", or (objects only) "meeting": the parties of
	// the meeting the text just told, which the subject joined ("X stieß später hinzu"), or
	// "behalf": the people of gapped clauses after the trigger's that name whom they act for
	// ("Für Gazprom unterzeichnete Miller, für die BASF Hambrecht").
	Find  string   `yaml:"find"`
	Cue   []string `yaml:"cue"`
	Types []string `yaml:"types"`
	// AnyCase lets a subject be marked as an object ("Dem Kreml zufolge").
	AnyCase bool `yaml:"any_case"`
	// Adjacent takes only an actor right before the trigger ("Dem Kreml zufolge"); with a cue,
	// only a cue right after the trigger ("Nach Angaben von X").
	Adjacent bool `yaml:"adjacent"`
	// Nearest (a cue before a German verb at the end of its clause) takes the cue phrase
	// nearest the trigger: the agent of a passive ("Die Äußerungen von Scholz wurden vom Kreml
	// kritisiert"), not a "von" inside the subject; with before, the actor nearest the trigger
	// ("before the two were joined by X").
	Nearest bool `yaml:"nearest"`
	// Possessive takes only the owner of the trigger noun: "Putin's meeting with Xi",
	// "Putins Treffen mit Xi".
	Possessive bool `yaml:"possessive"`
	// Context (a meeting's subject) takes, when the clause names none, the person the text is
	// about: the first person named before in the sentence, else in the sentence before ("Biden
	// sagte seine Reise ab. Damit kommt das Treffen mit Albanese nicht zustande").
	Context bool `yaml:"context"`
	// Together (an object after a cue) says that the actors listed after the cue met one
	// another too, as the people at someone's side did ("an der Seite von Schoigu und Li"),
	// where a cue that may open a pair of sides ("von X und Y", grammar between) else keeps
	// them apart.
	Together bool `yaml:"together"`
}

// Example is a sentence a rule must (or, with an empty expect, must not) extract from.
type Example struct {
	Text   string   `yaml:"text"`
	Date   string   `yaml:"date"`
	Expect []Expect `yaml:"expect"`
	// With names rules that run with this one on the example, for an example that needs what
	// they find: an earlier sentence's meeting, which "the ceremony" refers back to. Their
	// triples are expected too.
	With []string `yaml:"with"`

	Pos Pos `yaml:"-"`
}

// Expect is one triple an example must give. Names are canonical names or ids.
type Expect struct {
	Subject  string `yaml:"subject"`
	Object   string `yaml:"object"`
	Modality string `yaml:"modality"`
	// Relation is the rule's when empty; another for a fact the engine infers from the
	// rule's (the meeting of those who agreed after talks, of a witness with the signers).
	Relation string `yaml:"relation"`
}

// Pos is where something was defined.
type Pos = yamlfile.Pos

// Witness reports whether r is the engine's rule that pairs a witness with the parties of what
// was witnessed ("in the presence of X"), not a rule of the data.
func (r *Rule) Witness() bool { return r.witness }
