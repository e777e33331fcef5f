package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dipex/fold"
	"dipex/tokenize"
)

// Sentence is a span of tokens of a document.
type Sentence struct {
	First, Last int  // token indexes, Last exclusive
	Start, End  int  // byte offsets into the text
	Noise       bool // a caption credit, byline, source or comment line: yields no triples
}

// segmenter splits a token stream into sentences with the rules of one language. Segmenters
// are built once per language and shared (see segmenterFor).
type segmenter struct {
	abbrev   map[string]bool // words that a period does not end ("dr", "bzw", "mr")
	starters map[string]bool // words that start sentences (after an ordinal number's period)
	ordinals bool            // German: "am 28. Februar", "zum 80. Jahrestag"
	suffixes map[string]bool // abbreviations that close a person's name: "Ferdinand Marcos Jr."
}

var segmenters = sync.OnceValue(func() map[string]*segmenter {
	common := []string{"dr", "prof", "nr", "st", "vs", "ca", "bzw", "vgl", "usw", "etc", "evtl", "ggf", "inkl", "exkl",
		"mio", "mrd", "tsd", "jh", "jhd", "abs", "bd", "bzgl", "ehem", "gegr", "geb", "hrsg", "max", "min", "mind",
		"sog", "str", "tel", "zzgl", "mr", "mrs", "ms", "jr", "sr", "gen", "lt", "col", "capt", "sgt", "gov", "sen",
		"rep", "rev", "no", "mt", "ft", "inc", "ltd", "corp", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
		"sep", "sept", "oct", "okt", "nov", "dec", "dez", "approx", "dept", "est", "fig", "u.s", "u.k", "u.n"}
	startersDE := []string{"der", "die", "das", "den", "dem", "des", "ein", "eine", "er", "sie", "es", "wir", "ich", "ihr",
		"in", "im", "am", "an", "auf", "aus", "bei", "mit", "nach", "seit", "von", "vor", "zu", "zum", "zur", "und", "aber",
		"doch", "denn", "so", "auch", "dies", "diese", "dieser", "dieses", "damit", "dabei", "dazu", "danach", "dann",
		"nun", "jetzt", "heute", "gestern", "morgen", "man", "wie", "was", "wer", "wo", "wann", "warum", "als", "wenn",
		"laut", "nachdem", "obwohl", "zudem", "außerdem", "ausserdem", "allerdings", "trotzdem", "deshalb", "daher",
		"jedoch", "insgesamt", "bereits", "schon", "noch", "nur", "fast", "rund", "etwa", "mehr", "weitere", "viele",
		"alle", "einige", "beide", "beiden", "unter", "über", "uber", "gegen", "für", "fur", "um", "durch"}
	return map[string]*segmenter{
		// (German "Sr." is mostly "Seiner": "an Sr. Majestät".)
		"de": {abbrev: setOf(common), starters: setOf(startersDE), ordinals: true, suffixes: setOf([]string{"jr"})},
		"en": {abbrev: setOf(common), starters: map[string]bool{}, suffixes: setOf([]string{"jr", "sr"})},
	}
})

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[fold.String(w)] = true
	}
	return m
}

// segmenterFor returns the shared segmenter of lang (English rules for other languages).
func segmenterFor(lang string) *segmenter {
	if s, ok := segmenters()[lang]; ok {
		return s
	}
	return segmenters()["en"]
}

func isCloser(t tokenize.Token) bool {
	return !t.SpaceBefore && (t.Key == `"` || t.Text == ")" || t.Text == "]" || t.Text == "’" || t.Text == "'")
}

// maxSentence bounds a sentence, in tokens: text without terminal marks (a table, a
// transcript, a list) is cut into pieces of this length so that the rules' work on a
// sentence stays linear in the text.
const maxSentence = 300

// segment splits toks into sentences. A sentence ends at a terminal mark unless an
// abbreviation, an initial, a German ordinal or a lower-case continuation says otherwise, and
// at a line break unless the next line continues the sentence in lower case.
func (sg *segmenter) segment(text string, toks []tokenize.Token) []Sentence {
	var out []Sentence
	start := 0
	closeAt := func(end int) {
		if end > start {
			out = append(out, Sentence{First: start, Last: end, Start: int(toks[start].Start), End: int(toks[end-1].End)})
		}
		start = end
	}
	for i := 0; i < len(toks); i++ {
		if i > start && sg.lineBreak(toks, i) || i-start >= maxSentence {
			closeAt(i)
		}
		if !tokenize.IsTerminal(toks[i].Key) {
			continue
		}
		j := i + 1
		for j < len(toks) && isCloser(toks[j]) && toks[j].NewlinesBefore == 0 {
			j++
		}
		if j >= len(toks) {
			break
		}
		if toks[j].NewlinesBefore > 0 || sg.breaks(toks, i, j) {
			closeAt(j)
			i = j - 1
		}
	}
	closeAt(len(toks))
	return out
}

// lineBreak reports whether a line break before token i ends the sentence before it.
func (sg *segmenter) lineBreak(toks []tokenize.Token, i int) bool {
	t := toks[i]
	switch {
	case t.NewlinesBefore == 0:
		return false
	case t.NewlinesBefore >= 2:
		return true
	}
	prev := toks[i-1].Key
	if prev == "," || prev == "-" || prev == "—" {
		return false
	}
	return !isLowerWord(t.Text)
}

// breaks decides whether terminal token i, followed by token j, ends a sentence.
func (sg *segmenter) breaks(toks []tokenize.Token, i, j int) bool {
	next := toks[j]
	if isLowerWord(next.Text) {
		return false // "etc. and", "u. a. die"
	}
	if next.Key == `"` && j+1 < len(toks) && isLowerWord(toks[j+1].Text) {
		return false // a quote that goes on with the sentence: "sagte, Benedikt XVI. „ist …“"
	}
	switch next.Key {
	case ",", ";", ":":
		return false // no sentence begins with them: "König Abdullah II., der …"
	}
	if toks[i].Key != "." || i == 0 || toks[i].SpaceBefore {
		return true
	}
	prev := toks[i-1]
	switch {
	case sg.suffixes[prev.Key] && i >= 2 && fold.IsUpper(toks[i-2].Text):
		// A suffix after a name ends it, and a sentence can end with the name: "witnessed by
		// President Ferdinand Marcos Jr. Kamikawa and Kihara also held talks" (not "Jr.," nor
		// "Jr. Day", "Jr. (left)"; nor "Sr." after no name, a sister's title: "by Sr. Mary").
		return fold.IsUpper(next.Text) && !nameSuffixNouns[next.Key]
	case sg.abbrev[prev.Key]:
		return false
	case utf8.RuneCountInString(prev.Text) == 1 && fold.IsUpper(prev.Text):
		// An initial: George W. Bush, "and K. Raghunath". (Not the platform X after a word in
		// lower case, a name of one letter: "wrote on X. Putin told Orban …".)
		return prev.Text == "X" && i >= 2 && isLowerWord(toks[i-2].Text)
	case sg.ordinals && isOrdinal(prev.Text):
		// "am 28. Februar", "zum 80. Jahrestag"; but "stieg auf 28. Die Regierung ..."
		return sg.starters[next.Key]
	case sg.ordinals && isRoman(prev.Text) && i >= 3 && fold.IsUpper(toks[i-2].Text) && rulerTitles[toks[i-3].Key]:
		// A ruler's number after a name and its title: "hatte König Charles III. US-Präsident
		// Biden empfangen"; but "empfangen von König Charles III. Er sagte …", "würdigte Papst
		// Benedikt XVI. „Die Regierung …" (not "sagte, Papst Benedikt XVI. „ist …"). (Not a
		// number after another name: "verteidigte das Abkommen Minsk II. Wladimir Putin …".)
		return sg.starters[next.Key] || next.Key == `"` && j+1 < len(toks) && fold.IsUpper(toks[j+1].Text)
	}
	return true
}

// nameSuffixNouns are the nouns a name with a suffix may name ("Martin Luther King Jr. Day").
var nameSuffixNouns = map[string]bool{"day": true, "boulevard": true, "memorial": true, "street": true, "avenue": true}

// isLowerWord reports whether s begins with a lower-case letter ("on", not "George" or ",").
func isLowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// rulerTitles are the keys of the titles before a ruler's name and number ("König Charles III.").
var rulerTitles = map[string]bool{"konig": true, "konigin": true, "papst": true, "kaiser": true, "kaiserin": true,
	"zar": true, "prinz": true, "prinzessin": true, "furst": true, "herzog": true, "grossherzog": true,
	"sultan": true, "emir": true, "queen": true, "king": true}

// isRoman reports whether s is a Roman number of two or more letters ("II", "XIV"; one letter
// is an initial).
func isRoman(s string) bool {
	return len(s) >= 2 && strings.Trim(s, "IVXLC") == ""
}

// isOrdinal reports whether s is a number of one to three digits.
func isOrdinal(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	return strings.Trim(s, "0123456789") == ""
}
