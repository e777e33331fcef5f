package extract

import "dipex/tokenize"

var (
	stopDE = setOf([]string{"der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des", "ein", "eine", "zu",
		"von", "im", "auf", "für", "sich", "auch", "dass", "wird", "wurde", "nach", "bei", "sie", "er", "es", "sei",
		"hat", "haben", "am", "zum", "zur", "aus", "wie", "über", "einer", "einem", "noch", "nur", "oder", "aber"})
	stopEN = setOf([]string{"the", "and", "is", "of", "to", "that", "with", "for", "on", "was", "by", "he", "it", "as",
		"said", "at", "from", "be", "has", "have", "are", "were", "his", "her", "they", "which", "not", "this", "will",
		"would", "an", "but", "or", "their"})
)

// DetectLang guesses whether tokens are German or English by counting common function words
// in the first few hundred tokens. It returns "en" when it cannot tell.
func DetectLang(toks []tokenize.Token) string {
	de, en := 0, 0
	for i, t := range toks {
		if i >= 400 {
			break
		}
		if stopDE[t.Key] {
			de++
		}
		if stopEN[t.Key] {
			en++
		}
	}
	if de > en {
		return "de"
	}
	return "en"
}
