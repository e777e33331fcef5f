package gazetteer

import (
	"strings"
	"testing"

	"dipex/yamlfile/yamltest"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string // each must appear in the error, in order
	}{
		{"unknown key", "actors:\n  - id: x\n    name: X\n    type: person\n    nmae: Y\n",
			[]string{`bad.yaml:5:5: unknown key "nmae": did you mean "name"?`}},
		{"bad type", "actors:\n  - id: x\n    name: X\n    type: human\n",
			[]string{`bad.yaml:4:11: actor "x": type "human" is not one of`}},
		{"no id and bad iso", "actors:\n  - name: X\n    type: country\n    iso2: cn\n    iso3: CHN\n",
			[]string{"bad.yaml:2:5: actor has no id", `bad.yaml:4:11: country "": iso2 "cn" must be two capital letters`}},
		{"wrong shape", "actors:\n  - id: x\n    name: X\n    type: person\n    aliases: [X]\n",
			[]string{"bad.yaml:5:14: expected a mapping"}},
		{"bad date", "actors:\n  - id: x\n    name: X\n    type: person\n    roles:\n      - {title: president, of: US, from: 2024-13}\n",
			[]string{`bad.yaml:6:42: actor "x": from date "2024-13"`}},
		{"born of a country", "actors:\n  - id: x\n    name: X\n    type: country\n    born: 1990\n",
			[]string{`bad.yaml:5:11: actor "x": born "1990": persons only`}},
		{"born to the month", "actors:\n  - id: x\n    name: X\n    type: person\n    born: 1952-10\n",
			[]string{`bad.yaml:5:11: actor "x": born "1952-10": persons only, written YYYY-MM-DD, or YYYY`}},
		{"syntax", "actors:\n  - id: x\n   name: X\n", []string{"bad.yaml:1: YAML syntax: did not find expected"}},
		{"also without %s", "institutions:\n  - key: navy\n    name: Navy of %s\n    also: [Naval Forces]\n    en: [navy]\n",
			[]string{`bad.yaml:4:11: institution "navy": also name "Naval Forces" must be a template with one %s`}},
		{"repeated word", "titles:\n  - key: chief\n    name: chief\n    en: [chief, head, chief]\n",
			[]string{`bad.yaml:4:23: "chief" is already in this list (line 4): remove one`}},
	}
	for _, tt := range tests {
		_, err := Parse("bad.yaml", []byte(tt.yaml))
		yamltest.ErrorsInOrder(t, tt.name, err, tt.want)
	}
}

func TestNewErrors(t *testing.T) {
	a, err := Parse("a.yaml", []byte("actors:\n  - {id: x, name: Xi Jinping, type: person, country: ZZ}\n  - {id: y, name: Other, type: person, aliases: {any: [Xi Jinping]}}\n  - {id: x, name: Dup, type: person, roles: [{title: emperor}]}\n"+
		"  - {id: c, name: Cland, type: country, iso2: QQ, iso3: QQQ, seats: {en: [Palace]}, residences: {emperor: [Palace], envoy-x: [Hut]}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	a.Titles = append(a.Titles, &Title{Key: "envoy-x", Name: "Envoy", Of: "no-such-body"})
	_, err = New(a)
	if err == nil {
		t.Fatal("no error")
	}
	for _, w := range []string{
		`title "envoy-x": of "no-such-body" is not an actor id`,
		`a.yaml:2:5: actor "x": country "ZZ" is not the iso2 of any country`,
		`a.yaml:3:5: "Xi Jinping" (any language) of "y" is also "Xi Jinping" of "x"`,
		`a.yaml:4:5: id "x" is used twice (first at a.yaml:2:5)`,
		`actor "c": residences: title "emperor" is not defined in titles`,
		`actor "c": residence "Hut" of the envoy-x is none of its seats: add it to seats`,
	} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error\n%s\ndoes not contain\n%s", err, w)
		}
	}
}

func TestDefaultLoads(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"xi-jinping", "sergei-shoigu", "china", "russia", "nato", "xinhua", "china-foreign-ministry", "russia-security-council"} {
		if g.Actor(id) == nil {
			t.Errorf("default gazetteer lacks %s", id)
		}
	}
	if c := g.Actor("beijing"); c == nil || c.Party != g.Actor("china") {
		t.Error("Beijing does not stand for China")
	}
	if a := g.Institution("TR", "foreign-ministry"); a == nil || a.Name != "Ministry of Foreign Affairs of Turkey" {
		t.Errorf("generated institution = %+v", a)
	}
}

// TestResident checks who receives guests at a residence on a date: the holder of its title
// then, and no one at a seat that is no residence.
func TestResident(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ country, seat, date, want string }{
		{"germany", "Kanzleramt", "2023-05-10", "Olaf Scholz"},
		{"germany", "Bundeskanzleramt", "2015-05-10", "Angela Merkel"},
		{"united-states", "Weißen Haus", "2025-06-05", "Donald Trump"},
		{"united-states", "White House", "2022-06-05", "Joe Biden"},
		{"france", "Elysee Palace", "2024-05-06", "Emmanuel Macron"},
		{"united-states", "Foggy Bottom", "2024-05-06", ""}, // the State Department's seat
		{"germany", "Kanzleramt", "", ""},
	} {
		h, _ := g.Resident(g.Actor(tt.country), tt.seat, tt.date)
		got := ""
		if h != nil {
			got = h.Name
		}
		if got != tt.want {
			t.Errorf("Resident(%s, %q, %s) = %q, want %q", tt.country, tt.seat, tt.date, got, tt.want)
		}
	}
}

func TestRoleHolds(t *testing.T) {
	r := Role{Title: "defence-minister", Of: "RU", From: "2012-11-06", To: "2024-05-12"}
	for date, want := range map[string]bool{"2020-01-01": true, "2012-11-06": true, "2012-11-05": false, "2024-05-12": true, "2025-01-01": false, "": false} {
		if got := r.Holds(date); got != want {
			t.Errorf("Holds(%q) = %v, want %v", date, got, want)
		}
	}
	open := Role{Title: "president", From: "2013", To: ""}
	if !open.Holds("") || !open.Holds("2013-03-14") || open.Holds("2012-12-31") {
		t.Error("open role")
	}
	month := Role{From: "2020", To: "2024-05"}
	if !month.Holds("2024-05-20") || month.Holds("2024-06-01") {
		t.Error("a month as end date covers the month")
	}
}

func TestAge(t *testing.T) {
	tests := []struct {
		born, date string
		lo, hi     int
		ok         bool
	}{
		{"1952-10-07", "2018-07-16", 65, 65, true}, // before the birthday
		{"1952-10-07", "2018-10-07", 66, 66, true}, // on it
		{"1946-06-14", "2018-07-16", 72, 72, true}, // after it
		{"1946", "2018-07-16", 71, 72, true},       // the year alone
		{"1946-06-14", "2018", 0, 0, false},        // no full date to count from
		{"", "2018-07-16", 0, 0, false},
	}
	for _, tt := range tests {
		a := &Actor{Type: Person, Born: tt.born}
		lo, hi, ok := a.Age(tt.date)
		if lo != tt.lo || hi != tt.hi || ok != tt.ok {
			t.Errorf("born %s, Age(%s) = %d, %d, %v; want %d, %d, %v", tt.born, tt.date, lo, hi, ok, tt.lo, tt.hi, tt.ok)
		}
	}
}
