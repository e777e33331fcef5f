package extract

// Entity is one actor mention in a document, for `dipex entities` and `--entities`.
type Entity struct {
	Doc        string  `json:"doc"`
	ID         string  `json:"id,omitempty"` // empty for a person the gazetteer lacks (match "title" or "listed")
	Name       string  `json:"name"`
	Type       string  `json:"type"`
	Country    string  `json:"country,omitempty"` // ISO alpha-2
	Text       string  `json:"text"`
	Start      int     `json:"start"` // code points
	End        int     `json:"end"`
	Match      string  `json:"match"`           // exact, inflected, short, adjective, metonym, institution, title, listed, role, fuzzy, pronoun
	Title      string  `json:"title,omitempty"` // a title in apposition or a role noun: president, foreign-minister, ...
	StandsFor  string  `json:"stands_for,omitempty"`
	Sentence   int     `json:"sentence"` // index of the sentence in the document
	Confidence float64 `json:"confidence"`
}

// Entities lists the document's actor mentions in text order, each resolved to its actor
// (groups such as "beide Seiten" are left out: they name no one actor).
func (r *Result) Entities() []Entity {
	out := make([]Entity, 0, len(r.Mentions))
	for _, m := range r.Mentions {
		if m.Actor == nil || m.Kind == "group" {
			continue
		}
		a, t0, t1 := m.Actor, r.Tokens[m.First], r.Tokens[m.Last-1]
		e := Entity{Doc: r.Doc.ID, ID: a.ID, Name: a.Name, Type: string(a.Type), Country: a.Country,
			Text: r.Doc.Text[t0.Start:t1.End], Start: int(t0.RStart), End: int(t1.REnd), Match: m.Kind, Title: m.Title,
			Sentence: m.Sentence, Confidence: m.Confidence}
		if a.Party != nil && a.Party != a {
			e.StandsFor = a.Party.Name
		}
		out = append(out, e)
	}
	return out
}
