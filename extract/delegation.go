package extract

import (
	"slices"

	"dipex/gazetteer"
	"dipex/rules"
	"dipex/tokenize"
)

// delegate is a person the article says led or belonged to a delegation: the person stands
// for their country in its talks.
type delegate struct {
	actor *gazetteer.Actor
	first int // tokens of a mention of the person by name, for the triples' offsets
	last  int
}

// noteDelegates remembers the people of sentence ms (whose first token is first) when the
// sentence says who led or belonged to a delegation ("Die russische Delegation wurde von
// Medinski angeführt", "Er leitete die ukrainische Delegation").
func (st *state) noteDelegates(first int, keys []string, ms []Mention) {
	if !slices.ContainsFunc(ms, func(m Mention) bool { return !m.Modifier && m.Actor != nil && m.Actor.Party.Type == gazetteer.Person }) ||
		!st.lr.Delegates(keys) {
		return // most sentences name no person
	}
	// When a phrase of leading names who leads a delegation, those of the leader's country
	// named before its noun who tell of it or send it are not of it: "Spokeswoman Morgan
	// Ortagus said the American delegation, led by special envoy Stephen Biegun, had good
	// discussions", "Putin schickt eine Delegation unter Leitung seines Beraters Medinski" (but
	// "Ushakov and Lavrov were members of the Russian delegation, led by Medinsky" are of it).
	ledFrom := map[string]int{} // country: the delegation noun's token
	st.lr.LedDelegations(keys, func(d, lead int) {
		for _, m := range ms {
			if m.Actor != nil && m.Actor.Party.Type == gazetteer.Person && m.Phrase >= first+lead && m.Phrase <= first+lead+3 {
				if c := m.Actor.Party.Country; c != "" {
					if _, ok := ledFrom[c]; !ok {
						ledFrom[c] = first + d
					}
				}
				return
			}
		}
	})
	for k := range ms {
		m := &ms[k]
		if m.Modifier || m.Actor == nil || m.Actor.Party.Type != gazetteer.Person || m.Actor.Party.Country == "" {
			continue
		}
		if d, ok := ledFrom[m.Actor.Party.Country]; ok && m.Last <= d && slices.ContainsFunc(keys[:d-first], st.lr.DelegationTeller) {
			continue
		}
		a := m.Actor.Party
		if st.delegates == nil {
			st.delegates = map[string][]delegate{}
		}
		ds := st.delegates[a.Country]
		if containsDelegate(ds, a) {
			continue
		}
		first, last := m.First, m.Last
		if !m.named() {
			if n := st.namedMention(a); n != nil {
				first, last = n.First, n.Last
			} else {
				continue
			}
		}
		st.delegates[a.Country] = append(ds, delegate{a, first, last})
	}
}

func containsDelegate(ds []delegate, a *gazetteer.Actor) bool {
	for _, d := range ds {
		if d.actor == a {
			return true
		}
	}
	return false
}

// namedMention returns the first mention of a by name so far, or nil.
func (st *state) namedMention(a *gazetteer.Actor) *Mention {
	for k := range st.res.Mentions {
		if n := &st.res.Mentions[k]; n.Actor != nil && n.Actor.Party == a && !n.Modifier && n.named() {
			return n
		}
	}
	return nil
}

// byDelegates rewrites the document's meetings of countries whose delegations the article
// names people of: the people met, not the countries ("Unterhändler Russlands und der Ukraine
// kamen zusammen. Die russische Delegation wurde von Medinski angeführt, die ukrainische von
// Arachamija" is a meeting of Medinski and Arachamija). All the delegates of the countries of
// one meeting took part in it, so each pair of them met; a person meeting a delegation met
// its delegates.
func (st *state) byDelegates() {
	if len(st.delegates) == 0 {
		return
	}
	type key struct {
		modality string
		a, b     string
	}
	ident := func(p *Party) string { return p.ID + "\x00" + p.Name }
	// (Named as such, or by a seat of power: "Kyiv held talks with Washington"; or as the
	// countries of delegations: "Ukrainian and Russian delegations held talks".)
	named := func(p *Party) bool {
		return p.Match == string(gazetteer.KindExact) || p.Match == string(gazetteer.KindInflected) || p.Match == string(gazetteer.KindMetonym) ||
			st.delegationGroup(p)
	}
	have := map[key]bool{}
	for _, t := range st.res.Triples {
		if t.Relation == rules.Meeting {
			have[key{t.Modality, ident(t.Subject), ident(t.Object)}] = true
		}
	}
	var out []Triple
	for _, t := range st.res.Triples {
		if t.Relation != rules.Meeting {
			out = append(out, t)
			continue
		}
		subj, obj := st.sideOf(t.Subject), st.sideOf(t.Object)
		if subj == nil && obj == nil {
			out = append(out, t)
			continue
		}
		// Countries named as such met too ("Russland und die Ukraine haben miteinander
		// verhandelt"); their negotiators ("Unterhändler Russlands und der Ukraine") only stand
		// for their delegates.
		if named(t.Subject) && named(t.Object) && t.Subject.Type == t.Object.Type {
			out = append(out, t)
		}
		if subj == nil {
			subj = []*Party{t.Subject}
		}
		if obj == nil {
			obj = []*Party{t.Object}
		}
		parties := append(subj, obj...)
		for i := range parties {
			for j := i + 1; j < len(parties); j++ {
				a, b := parties[i], parties[j]
				if ident(a) == ident(b) || have[key{t.Modality, ident(a), ident(b)}] || have[key{t.Modality, ident(b), ident(a)}] {
					continue
				}
				have[key{t.Modality, ident(a), ident(b)}] = true
				n := t
				n.Subject, n.Object = a, b
				out = append(out, n)
			}
		}
	}
	st.res.Triples = out
}

// sideOf returns the delegates that stand for country party p, or nil when p is no country
// or the article names no delegate of it.
func (st *state) sideOf(p *Party) []*Party {
	if p == nil || p.Type != string(gazetteer.Country) || p.ID == "" {
		return nil
	}
	a := st.x.gaz.Actor(p.ID)
	if a == nil {
		return nil
	}
	var out []*Party
	for _, d := range st.delegates[a.Country] {
		sp := st.span(d.first, d.last)
		out = append(out, &Party{ID: d.actor.ID, Name: d.actor.Name, Type: string(d.actor.Type), Text: sp.Text, Start: sp.Start,
			End: sp.End, Match: "delegation"})
	}
	return out
}

// delegationGroup reports whether country p was found as a country of delegations: through
// a group phrase that ends in a delegation noun ("Ukrainian and Russian delegations"), or in a
// list of countries after one ("die Delegationen Russlands und der Ukraine"); not "both
// delegations", which refers back.
func (st *state) delegationGroup(p *Party) bool {
	if p.Match != "group" && p.Match != string(gazetteer.KindRole) {
		return false
	}
	first, _ := slices.BinarySearchFunc(st.toks, p.Start, func(t tokenize.Token, start int) int { return int(t.RStart) - start })
	last, ok := slices.BinarySearchFunc(st.toks, p.End, func(t tokenize.Token, end int) int { return int(t.REnd) - end })
	if !ok || first >= len(st.toks) {
		return false
	}
	countryAt := func(i int) bool {
		return slices.ContainsFunc(st.res.Mentions, func(m Mention) bool {
			return m.First <= i && i < m.Last && m.Actor != nil && m.Actor.Party.Type == gazetteer.Country
		})
	}
	if p.Match == "group" {
		for first < last && st.lr.Article(st.toks[first].Key) {
			first++
		}
		return st.lr.DelegationNoun(st.toks[last].Key) && countryAt(first)
	}
	// Back over the list's countries, articles, commas and coordinators to the noun.
	for i, n := first, 0; i >= 0 && n < 8; i, n = i-1, n+1 {
		k := st.toks[i].Key
		switch {
		case st.lr.DelegationNoun(k):
			return true
		case k == "," || st.lr.Coordinator(k) || st.lr.Article(k) || countryAt(i):
		default:
			return false
		}
	}
	return false
}
