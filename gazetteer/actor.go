// Package gazetteer holds the actors dipex knows (people, countries, organisations, cities,
// media), the titles and institution nouns that introduce them, and the matcher that finds
// them in tokenized text. The data is YAML (see data/README.md); the default data is embedded.
package gazetteer

import (
	"strconv"

	"dipex/yamlfile"
)

// Type is the kind of an actor.
type Type string

// The actor types.
const (
	Person       Type = "person"
	Country      Type = "country"
	Organization Type = "organization"
	City         Type = "city"
	Place        Type = "place"
	Media        Type = "media"
)

var validTypes = map[Type]bool{Person: true, Country: true, Organization: true, City: true, Place: true, Media: true}

// Actor is one entry of the gazetteer.
type Actor struct {
	ID      string `yaml:"id"`
	Name    string `yaml:"name"`
	Type    Type   `yaml:"type"`
	Country string `yaml:"country"` // ISO 3166 alpha-2; a country's own code
	ISO2    string `yaml:"iso2"`
	ISO3    string `yaml:"iso3"`
	Gender  string `yaml:"gender"`
	// MemberOf: the id of the political party a person belongs to (for all the years of the
	// roles the data gives), which resolves a party epithet ("der SPD-Politiker").
	MemberOf string `yaml:"member_of"`
	// Born: a person's date of birth (YYYY-MM-DD, or YYYY when only the year is certain), which
	// resolves an age epithet ("der 72-Jährige", "the 72-year-old") to the one person of that age.
	Born    string              `yaml:"born"`
	Aliases map[string][]string `yaml:"aliases"`
	Short   []string            `yaml:"short"`
	// Given: a spouse's given names, which name this person only right after a spouse title
	// ("his wife Melania", "seine Frau Brigitte"), never alone.
	Given      []string            `yaml:"given"`
	Adjectives map[string][]string `yaml:"adjectives"`
	Seats      map[string][]string `yaml:"seats"`
	// Residences: the seats where the holder of a title receives guests, by title key
	// ({chancellor: [Kanzleramt, Chancellery]}): one "im Kanzleramt empfangen" was received by
	// the chancellor of the day. Each name is one of Seats.
	Residences map[string][]string `yaml:"residences"`
	Capital    bool                `yaml:"capital"`
	// StandsFor: the id of the actor a city stands for as a party instead of its country: the
	// seat of an organisation's institutions ("Brussels" in "a deal between London and
	// Brussels" is the EU).
	StandsFor  string `yaml:"stands_for"`
	Historical bool   `yaml:"historical"` // a former state (Nazi Germany): no ISO codes
	// The: the English name takes "the" inside a phrase ("Government of the United States").
	The         bool   `yaml:"the"`
	Institution string `yaml:"institution"`
	// PoliticalParty: a party, whose name in brackets after a name the gazetteer lacks makes
	// that name a person ("Norbert Röttgen (CDU)").
	PoliticalParty bool `yaml:"political_party"`
	// Members: a party's nouns for one of its members, per language ("Republikaner",
	// "Republican"): "der Republikaner" is the party's member the text is about.
	Members  map[string][]string `yaml:"members"`
	Roles    []Role              `yaml:"roles"`
	Wikidata string              `yaml:"wikidata"`

	// Party is the actor this one stands for as a party to a relation: a capital or a
	// seat of power stands for its country; every other actor stands for itself.
	Party *Actor `yaml:"-"`

	pos Pos
}

// Role is an office an actor holds or held.
type Role struct {
	Title string `yaml:"title"` // a title key
	Of    string `yaml:"of"`    // ISO alpha-2 of a country, or an actor id
	From  string `yaml:"from"`  // ISO date, YYYY-MM or YYYY; empty if unknown
	To    string `yaml:"to"`    // empty while held
}

// Holds reports whether the role was held on date (YYYY-MM-DD). An empty date means now.
func (r Role) Holds(date string) bool {
	if date == "" {
		return r.To == ""
	}
	if r.From != "" && date < r.From {
		return false
	}
	return r.To == "" || date <= endOf(r.To)
}

// endOf turns a date of any precision into the last day it covers, for comparison as a string:
// "2024" is "2024-12-31", "2024-05" is "2024-05-31" (no month has more days; the string
// compares right whatever the month's length).
func endOf(d string) string {
	switch len(d) {
	case 4:
		return d + "-12-31"
	case 7:
		return d + "-31"
	}
	return d
}

// Age returns the ages a person born on a.Born has on date (YYYY-MM-DD): one age when both
// dates are exact (lo == hi), two when only a year or month is known. ok is false when the data
// gives no birth date or date is not a full date.
func (a *Actor) Age(date string) (lo, hi int, ok bool) {
	if a == nil || len(a.Born) < len("2006") || len(date) != len("2006-01-02") {
		return 0, 0, false
	}
	by, err1 := strconv.Atoi(a.Born[:4])
	y, err2 := strconv.Atoi(date[:4])
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	age := y - by
	switch {
	case len(a.Born) < len(date):
		return age - 1, age, true // the year alone: the birthday may be yet to come
	case a.Born[5:] > date[5:]:
		return age - 1, age - 1, true // the birthday is later in the year
	}
	return age, age, true
}

// Title is a word that introduces a person ("Präsident", "Foreign Minister").
type Title struct {
	Key   string              `yaml:"key"`
	Name  string              `yaml:"name"`
	En    []string            `yaml:"en"`
	De    []string            `yaml:"de"`
	Other map[string][]string `yaml:"other"`
	// Includes lists, in order of preference, the more specific titles a general one may
	// mean: a "Staatschef" may be a president or a monarch, "der Minister" a foreign minister.
	Includes []string `yaml:"includes"`
	// SpeaksFor: an unnamed holder speaks for the institution or country ("a State Department
	// spokesperson said" is the State Department speaking).
	SpeaksFor bool `yaml:"speaks_for"`
	// Compounds: the German word heads closed compounds that are titles too (Minister in
	// Finanzminister, Sprecher in Pressesprecher, Chef in Geheimdienstchef).
	Compounds bool `yaml:"compounds"`
	// PersonOnly: the title describes a person and, unnamed, never stands for the party or body
	// after it ("Politiker von SPD und Grünen kritisierten" is no party speaking).
	PersonOnly bool `yaml:"person_only"`
	// KnownOnly: the title introduces only people the data knows; it makes no new person of
	// the word after it ("his wife Sarah" names no one the data could tell apart).
	KnownOnly bool `yaml:"known_only"`
	// Many: many hold the title of a country at once (ambassadors, envoys, lawmakers), and the
	// data knows only some of them: a role noun names one the text named, never the one holder
	// the data happens to know ("the U.S. ambassador" is not the ambassador to the UN).
	Many bool `yaml:"many"`
	// Collective: the title's forms, all plural, name several people at once ("die Staats- und
	// Regierungschefs"): it names a holder only in a country's list ("… Frankreichs und
	// Deutschlands": the holder of each the article names), never one person named before.
	Collective bool `yaml:"collective"`
	// Of: the id of the one body the title is always held of ("commission-president" of
	// "european-commission"); a qualifier before the title names the whole it belongs to,
	// not another body ("der EU-Kommissionspräsident").
	Of string `yaml:"of"`

	pos Pos
}

// Keys returns the title's key followed by the keys it includes.
func (t *Title) Keys() []string {
	return append([]string{t.Key}, t.Includes...)
}

// Institution is a noun that, with a country, names an institution ("Außenministerium").
type Institution struct {
	Key  string   `yaml:"key"`
	Name string   `yaml:"name"` // a template: %s is the country's name
	Also []string `yaml:"also"` // other English names, templates like Name ("Ministry of Defense of %s")
	// Abroad: the institution sits in other countries (an embassy): a bare noun with an
	// article is never that of the country a text is reported from.
	Abroad bool                `yaml:"abroad"`
	En     []string            `yaml:"en"`
	De     []string            `yaml:"de"`
	Other  map[string][]string `yaml:"other"`

	pos Pos
}

// words returns the words of a title or institution by language.
func words(en, de []string, other map[string][]string) map[string][]string {
	m := map[string][]string{"en": en, "de": de}
	for k, v := range other {
		m[k] = append(m[k], v...)
	}
	return m
}

// Pos is where something was defined.
type Pos = yamlfile.Pos

// Pos returns where the actor was defined (empty for generated institution actors).
func (a *Actor) Pos() Pos { return a.pos }

// RoleOn returns the actor's role with title key that holds on date, if any.
func (a *Actor) RoleOn(title, date string) (Role, bool) {
	for _, r := range a.Roles {
		if r.Title == title && r.Holds(date) {
			return r, true
		}
	}
	return Role{}, false
}
