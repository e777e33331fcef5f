package extract

import (
	"slices"

	"dipex/gazetteer"
	"dipex/rules"
)

// bilateralSigners drops the agreement of two signers whose countries the article says each
// agreed with a third party but not with each other: "Israel signed agreements with the UAE
// and Bahrain. Netanyahu, bin Zayed and al-Zayani signed the documents" (two bilateral
// accords: the Emirati and the Bahraini minister signed none together), "Russia and Ukraine
// signed separate deals with Turkey and the UN. Shoigu and Kubrakov signed them". The signers
// still met at the signing: their meeting stays. Not signers the sentence says acted as one:
// "all four men then put their names to the declaration".
func (st *state) bilateralSigners() {
	type pair struct{ modality, a, b string }
	agreed := map[pair]bool{}
	partners := map[[2]string][]string{} // (modality, country id) -> who it agreed with
	for _, t := range st.res.Triples {
		if t.Relation != rules.Agreement || t.Object == nil || t.Subject.ID == "" || t.Object.ID == "" {
			continue
		}
		s, o := t.Subject, t.Object
		if s.Type != string(gazetteer.Country) && o.Type != string(gazetteer.Country) {
			continue
		}
		agreed[pair{t.Modality, s.ID, o.ID}], agreed[pair{t.Modality, o.ID, s.ID}] = true, true
		partners[[2]string{t.Modality, s.ID}] = append(partners[[2]string{t.Modality, s.ID}], o.ID)
		partners[[2]string{t.Modality, o.ID}] = append(partners[[2]string{t.Modality, o.ID}], s.ID)
	}
	if len(partners) == 0 {
		return // most articles tell no agreement of countries
	}
	countryOf := func(p *Party) string {
		if p.Type != string(gazetteer.Person) || p.ID == "" {
			return ""
		}
		if a := st.x.gaz.Actor(p.ID); a != nil && a.Country != "" {
			if c := st.x.gaz.Country(a.Country); c != nil {
				return c.ID
			}
		}
		return ""
	}
	apart := func(modality, c1, c2 string) bool {
		if c1 == "" || c2 == "" || c1 == c2 || agreed[pair{modality, c1, c2}] {
			return false
		}
		for _, x := range partners[[2]string{modality, c1}] {
			if x != c2 && agreed[pair{modality, c2, x}] {
				return true
			}
		}
		return false
	}
	out := st.res.Triples[:0]
	for _, t := range st.res.Triples {
		if t.Relation == rules.Agreement && t.Object != nil && !slices.Contains(st.jointSigning, t.Trigger.Start) && apart(t.Modality, countryOf(t.Subject), countryOf(t.Object)) {
			continue
		}
		out = append(out, t)
	}
	st.res.Triples = out
}
