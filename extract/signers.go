package extract

import (
	"slices"

	"dipex/gazetteer"
	"dipex/rules"
)

// accord is an agreement told with a country for a party, its sentence and modality.
type accord struct {
	a, b     *gazetteer.Actor
	sent     int
	modality string
}

// bilateralSigners drops the agreements of two signers that sentence si adds (its triples from
// n0 on) when a sentence in reach before it, or this one, told their countries' agreements each
// with a third party, and none of the two with each other: "Israel signed agreements with the UAE
// and Bahrain. Netanyahu, bin Zayed and al-Zayani signed the documents" (two bilateral accords:
// the Emirati and the Bahraini minister signed none together), "Russia and Ukraine signed
// separate deals with Turkey and the UN. Shoigu and Kubrakov signed them". The signers still met
// at the signing: their meeting stays. Not signers the sentence says acted as one (grammar
// jointly: "then signed a joint declaration"; a group phrase with a word of all_words: "all
// four men then put their names to the declaration", not "the two ministers then signed").
func (st *state) bilateralSigners(si int, keys []string, n0 int) {
	if len(st.accords) == 0 || len(st.res.Triples) == n0 || st.lr.Jointly(keys) {
		return // most sentences follow no agreement of countries
	}
	countryOf := func(p *Party) *gazetteer.Actor {
		if p == nil || p.Type != string(gazetteer.Person) || p.ID == "" {
			return nil
		}
		if a := st.x.gaz.Actor(p.ID); a != nil && a.Country != "" {
			return st.x.gaz.Country(a.Country)
		}
		return nil
	}
	inReach := func(c accord) bool { return c.sent <= si && c.sent >= si-eventReach }
	with := func(c accord, x, y *gazetteer.Actor) bool { return c.a == x && c.b == y || c.a == y && c.b == x }
	// apart: c1 and c2 each agreed with a third in one sentence, and not with each other.
	apart := func(modality string, c1, c2 *gazetteer.Actor) bool {
		if c1 == nil || c2 == nil || c1 == c2 || slices.ContainsFunc(st.accords, func(c accord) bool {
			return inReach(c) && c.modality == modality && with(c, c1, c2)
		}) {
			return false
		}
		for _, c := range st.accords {
			if !inReach(c) || c.modality != modality || (c.a != c1 && c.b != c1) {
				continue
			}
			third := c.b
			if c.b == c1 {
				third = c.a
			}
			if third != c2 && slices.ContainsFunc(st.accords, func(d accord) bool {
				return d.sent == c.sent && d.modality == modality && with(d, c2, third)
			}) {
				return true
			}
		}
		return false
	}
	all := slices.ContainsFunc(keys, st.lr.AllWord)
	out := st.res.Triples[:n0]
	for _, t := range st.res.Triples[n0:] {
		// (A group phrase that names them all acted as one: "all four men then put their names
		// to the declaration".)
		if t.Relation == rules.Agreement && !(t.Subject.Match == "group" && all) && apart(t.Modality, countryOf(t.Subject), countryOf(t.Object)) {
			continue
		}
		out = append(out, t)
	}
	st.res.Triples = out
}
