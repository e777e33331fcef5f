package gazetteer

import "testing"

// FuzzParse feeds the loader arbitrary YAML: it must never panic, and what it accepts must
// compile or fail with an error, never half-built.
func FuzzParse(f *testing.F) {
	f.Add([]byte("actors:\n  - {id: x, name: X, type: person, aliases: {de: [X Y]}}\n"))
	f.Add([]byte("titles:\n  - {key: president, name: President, de: [Präsident]}\n"))
	f.Add([]byte("institutions:\n  - {key: k, name: \"K of %s\", en: [k]}\nactors:\n  - {id: c, name: C, type: country, iso2: CC, iso3: CCC}\n"))
	f.Add([]byte("actors: [{id: a, roles: [{title: t, from: 2024-02-30}]}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("fuzz.yaml", data)
		if err != nil {
			return
		}
		g, err := New(file)
		if err != nil {
			return
		}
		for _, a := range g.Actors() {
			if a.Party == nil || (a.ID != "" && g.Actor(a.ID) != a) {
				t.Fatalf("actor %q half-built: party %v, lookup by id %v", a.ID, a.Party, g.Actor(a.ID))
			}
		}
	})
}
