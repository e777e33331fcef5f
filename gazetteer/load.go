package gazetteer

import (
	"io/fs"
	"regexp"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"dipex/fold"
	"dipex/yamlfile"
)

// File is one parsed gazetteer file.
type File struct {
	Name         string
	Actors       []*Actor       `yaml:"actors"`
	Titles       []*Title       `yaml:"titles"`
	Institutions []*Institution `yaml:"institutions"`
}

var (
	idRE   = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	dateRE = regexp.MustCompile(`^\d{4}(?:-\d{2}(?:-\d{2})?)?$`)
	iso2RE = regexp.MustCompile(`^[A-Z]{2}$`)
	iso3RE = regexp.MustCompile(`^[A-Z]{3}$`)
	langRE = regexp.MustCompile(`^(?:[a-z]{2,3}|any)$`)
)

// Parse decodes one gazetteer file and checks what can be checked within it. Its errors are a
// yamlfile.ErrorList: every problem with file, line and column.
func Parse(name string, data []byte) (*File, error) {
	f := &File{Name: name}
	root, err := yamlfile.Parse(name, data)
	if err != nil || root == nil {
		return f, err
	}
	var errs yamlfile.ErrorList
	if !yamlfile.Decode(name, root, f, &errs) {
		return nil, errs.Err()
	}
	yamlfile.Repeated(name, root, &errs)
	for i, n := range yamlfile.Items(yamlfile.Lookup(root, "actors")) {
		a := f.Actors[i]
		a.pos = yamlfile.PosOf(name, n)
		checkActor(name, n, a, &errs)
	}
	for i, n := range yamlfile.Items(yamlfile.Lookup(root, "titles")) {
		t := f.Titles[i]
		t.pos = yamlfile.PosOf(name, n)
		checkWords(name, n, "title", t.Key, t.Name, words(t.En, t.De, t.Other), &errs)
	}
	for i, n := range yamlfile.Items(yamlfile.Lookup(root, "institutions")) {
		in := f.Institutions[i]
		in.pos = yamlfile.PosOf(name, n)
		checkWords(name, n, "institution", in.Key, in.Name, words(in.En, in.De, in.Other), &errs)
		if strings.Count(in.Name, "%s") != 1 {
			errs.Add(name, yamlfile.At(n, "name"), "institution %q: name must be a template with one %%s for the country, e.g. \"Ministry of Foreign Affairs of %%s\"", in.Key)
		}
		for _, t := range in.Also {
			if strings.Count(t, "%s")+strings.Count(t, "%a") != 1 {
				errs.Add(name, yamlfile.At(n, "also"), "institution %q: also name %q must be a template with one %%s for the country's name or %%a for its adjective, e.g. \"Ministry of Defense of %%s\", \"%%a Armed Forces\"", in.Key, t)
			}
		}
	}
	return f, errs.Err()
}

// checkWords checks the key, display name and words of a title or institution.
func checkWords(file string, n *yaml.Node, what, key, name string, ws map[string][]string, errs *yamlfile.ErrorList) {
	if !idRE.MatchString(key) {
		errs.Add(file, yamlfile.At(n, "key"), "%s key %q: write lowercase ASCII words joined by \"-\", e.g. foreign-minister", what, key)
	}
	if name == "" {
		errs.Add(file, n, "%s %q has no name: add name: with its English display name", what, key)
	}
	total := 0
	for _, w := range ws {
		total += len(w)
	}
	if total == 0 {
		errs.Add(file, n, "%s %q has no words: add en: [...] and de: [...]", what, key)
	}
}

func checkActor(file string, n *yaml.Node, a *Actor, errs *yamlfile.ErrorList) {
	switch {
	case a.ID == "":
		errs.Add(file, n, "actor has no id: add id: with a lowercase slug such as sergei-shoigu")
	case !idRE.MatchString(a.ID):
		errs.Add(file, yamlfile.At(n, "id"), "id %q: use lowercase ASCII letters and digits joined by \"-\", e.g. %q", a.ID, slug(a.ID))
	}
	if a.Name == "" {
		errs.Add(file, n, "actor %q has no name: add name: with its canonical English name", a.ID)
	}
	if !validTypes[a.Type] {
		errs.Add(file, yamlfile.At(n, "type"), "actor %q: type %q is not one of person, country, organization, city, place, media", a.ID, a.Type)
	}
	if a.Type == Country && !a.Historical {
		if !iso2RE.MatchString(a.ISO2) {
			errs.Add(file, yamlfile.At(n, "iso2"), "country %q: iso2 %q must be two capital letters (ISO 3166 alpha-2, e.g. CN)", a.ID, a.ISO2)
		}
		if !iso3RE.MatchString(a.ISO3) {
			errs.Add(file, yamlfile.At(n, "iso3"), "country %q: iso3 %q must be three capital letters (ISO 3166 alpha-3, e.g. CHN)", a.ID, a.ISO3)
		}
	} else if a.Type != Country {
		if a.ISO2 != "" || a.ISO3 != "" {
			errs.Add(file, yamlfile.At(n, "iso2"), "actor %q: iso2 and iso3 are for countries; use country: for the country it belongs to", a.ID)
		}
		if len(a.Adjectives) > 0 {
			errs.Add(file, yamlfile.At(n, "adjectives"), "actor %q: adjectives are for countries only", a.ID)
		}
	}
	if a.Gender != "" && a.Gender != "m" && a.Gender != "f" {
		errs.Add(file, yamlfile.At(n, "gender"), "actor %q: gender %q must be m or f (or left out)", a.ID, a.Gender)
	}
	if a.Born != "" && (a.Type != Person || !validDate(a.Born) || len(a.Born) == len("2006-01")) {
		errs.Add(file, yamlfile.At(n, "born"), "actor %q: born %q: persons only, written YYYY-MM-DD, or YYYY when only the year is certain", a.ID, a.Born)
	}
	if a.Capital && a.Type != City {
		errs.Add(file, yamlfile.At(n, "capital"), "actor %q: capital: true is for cities", a.ID)
	}
	if a.Capital && a.Country == "" {
		errs.Add(file, n, "capital %q has no country: add country: with its ISO alpha-2 code", a.ID)
	}
	if a.Institution != "" && a.Country == "" {
		errs.Add(file, n, "institution actor %q has no country: add country: with its ISO alpha-2 code", a.ID)
	}
	for _, m := range []struct {
		key string
		v   map[string][]string
	}{{"aliases", a.Aliases}, {"adjectives", a.Adjectives}, {"seats", a.Seats}} {
		for lang, names := range m.v {
			if !langRE.MatchString(lang) {
				errs.Add(file, yamlfile.At(n, m.key), "actor %q: %s language %q: use a language code such as en, de, ru, zh, vi, or any", a.ID, m.key, lang)
			}
			for _, s := range names {
				if strings.TrimSpace(s) == "" {
					errs.Add(file, yamlfile.At(n, m.key), "actor %q: empty name in %s.%s", a.ID, m.key, lang)
				}
			}
		}
	}
	rolesNode := yamlfile.Items(yamlfile.Lookup(n, "roles"))
	for i, r := range a.Roles {
		rn := n
		if i < len(rolesNode) {
			rn = rolesNode[i]
		}
		if r.Title == "" {
			errs.Add(file, rn, "actor %q: role without title: add title: with a key from titles.yaml", a.ID)
		}
		for _, d := range []struct{ k, v string }{{"from", r.From}, {"to", r.To}} {
			if d.v != "" && !validDate(d.v) {
				errs.Add(file, yamlfile.At(rn, d.k), "actor %q: %s date %q: write YYYY-MM-DD, YYYY-MM or YYYY", a.ID, d.k, d.v)
			}
		}
		if r.From != "" && r.To != "" && endOf(r.To) < r.From {
			errs.Add(file, yamlfile.At(rn, "to"), "actor %q: role %s ends (%s) before it starts (%s)", a.ID, r.Title, r.To, r.From)
		}
	}
}

// validDate accepts YYYY, YYYY-MM and YYYY-MM-DD that name a real month and day.
func validDate(s string) bool {
	if !dateRE.MatchString(s) {
		return false
	}
	layout := "2006-01-02"
	switch len(s) {
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	}
	_, err := time.Parse(layout, s)
	return err == nil
}

// slug suggests an id for s.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold.String(s) {
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// ReadDir parses every .yaml and .yml file under dir (recursively) in fsys, in name order.
// All problems in all files are returned together.
func ReadDir(fsys fs.FS, dir string) ([]*File, error) { return yamlfile.Collect(fsys, dir, Parse) }

// ReadPaths parses gazetteer files and directories named on the command line.
func ReadPaths(paths ...string) ([]*File, error) { return yamlfile.CollectPaths(paths, Parse) }
