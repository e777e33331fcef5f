// Package extract is dipex's pipeline: it segments and tokenizes a document, finds its actors
// with the gazetteer, resolves short names, pronouns and "beide Seiten" across sentences, runs
// the relation rules and returns triples whose every span points back into the text.
//
// An Extractor is built once (segmenters, gazetteer index, compiled rules) and is safe for
// concurrent use by many goroutines.
package extract

// Document is one article to read.
type Document struct {
	ID   string
	Text string         // UTF-8; each invalid byte is read as one U+FFFD
	Lang string         // "de", "en"; empty to detect
	Date string         // YYYY-MM-DD when known: resolves "am Freitag" and dated roles
	URL  string         // carried into the output's meta
	Meta map[string]any // other input fields to carry through
}

// Triple is one relation found in a document, in the output contract of DESIGN.md.
type Triple struct {
	Doc        string         `json:"doc"`
	Relation   string         `json:"relation"`
	Modality   string         `json:"modality"`
	Subject    *Party         `json:"subject"`
	Object     *Party         `json:"object"` // null for a statement
	Content    string         `json:"content,omitempty"`
	Trigger    Span           `json:"trigger"`
	Place      string         `json:"place,omitempty"`
	Date       string         `json:"date,omitempty"`
	Sentence   string         `json:"sentence"`
	Rule       string         `json:"rule"`
	Confidence float64        `json:"confidence"`
	Meta       map[string]any `json:"meta,omitempty"` // shared by the document's triples: read only
}

// Party is a subject or object: the actor (canonical name, id, type) and what the article
// wrote, with its code point offsets into the document text.
type Party struct {
	ID    string `json:"id,omitempty"`
	Name  string `json:"name"`
	Type  string `json:"type"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Match string `json:"match,omitempty"` // how the actor was found: exact, inflected, pronoun, metonym, ...
}

// Span is a piece of the document: its text and code point offsets.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
