package extract

import (
	"slices"
	"strings"

	"dipex/fold"
	"dipex/tokenize"
)

// creditLabels start lines that credit or frame an article rather than report: "Foto: Xinhua",
// "Quelle: https://…", "Kommentar (0)", "Read more: …".
var creditLabels = setOf([]string{"foto", "fotos", "bild", "bilder", "bildquelle", "photo", "photos", "image", "images",
	"quelle", "quellen", "source", "sources", "video", "grafik", "karte", "kommentar", "kommentare", "comment", "comments",
	"copyright", "©", "credit", "credits", "mehr", "lesen", "read", "related", "tags", "schlagworte", "teilen", "share",
	"illustration", "screenshot", "archivbild", "archivfoto", "symbolbild", "titelbild", "caption", "audio", "anzeige",
	"werbung", "advertisement"})

// bylineWords may stand in a byline besides names: "Hoai Phuong (laut CCTV, TASS, SCMP)".
var bylineWords = setOf([]string{"laut", "via", "von", "und", "by", "and", "from", "according", "to", "mit", "with",
	"nach", "aus", "in", "für", "for", "reporting", "berichtet",
	// agencies written in lower case
	"dpa", "apa", "epd", "kna", "sid", "ddp"})

// markNoise flags the sentences that are captions credits, bylines, source lines or comment
// counters, so that they yield no triples.
func markNoise(text string, toks []tokenize.Token, sents []Sentence) {
	for i := range sents {
		s := &sents[i]
		ts := toks[s.First:s.Last]
		if isCredit(ts) || isURLLine(text[s.Start:s.End]) {
			s.Noise = true
		}
	}
	// Bylines are judged on whole lines: a line is the sentences from one line break to the next.
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && toks[sents[j].First].NewlinesBefore == 0 {
			j++
		}
		if isByline(toks[sents[i].First:sents[j-1].Last]) {
			for k := i; k < j; k++ {
				sents[k].Noise = true
			}
		}
		i = j
	}
}

func isCredit(ts []tokenize.Token) bool {
	if len(ts) == 0 {
		return false
	}
	if !creditLabels[ts[0].Key] {
		return false
	}
	if len(ts) == 1 {
		return true
	}
	// "Foto: X", "Kommentar (0)", "Lesen Sie auch: ...", "Read more: ..."
	for _, t := range ts[1:min(len(ts), 4)] {
		if t.Key == ":" || t.Key == "(" || t.Key == "|" {
			return true
		}
	}
	return false
}

func isURLLine(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// isByline reports whether a line is a byline: short, no sentence-final mark, only capitalised
// words, punctuation and byline words, with a parenthesis or an opening "Von"/"By".
func isByline(ts []tokenize.Token) bool {
	if len(ts) == 0 || len(ts) > 14 || tokenize.IsTerminal(ts[len(ts)-1].Key) {
		return false
	}
	paren := ts[0].Key == "von" || ts[0].Key == "by"
	words := 0
	for _, t := range ts {
		switch {
		case t.Key == "(" || t.Key == ")":
			paren = true
		case t.Key == "," || t.Key == "/" || t.Key == "-" || t.Key == "—" || t.Key == "|":
		case bylineWords[t.Key]:
		case fold.IsUpper(t.Text):
			words++
		default:
			return false
		}
	}
	return paren && words > 0
}

// agencyNoDash reports whether the parenthesis closed at token i ends a dateline with no dash
// after it, as some agencies write it: "ROM (KNA) Papst Franziskus hat …". The place is
// written in capitals, the agency is three tokens at most, and a capitalised word follows.
func agencyNoDash(ts []tokenize.Token, i int) bool {
	open := -1
	for j := i - 1; j >= 0; j-- {
		if ts[j].Text == "(" {
			open = j
			break
		}
	}
	if open < 1 || i-open-1 < 1 || i-open-1 > 3 || i+1 >= len(ts) || !fold.IsUpper(ts[i+1].Text) {
		return false
	}
	for _, t := range ts[:open] {
		if t.Text == "," || t.Text == "/" || t.Text == "." {
			continue
		}
		if len(t.Text) < 3 || strings.ToUpper(t.Text) != t.Text {
			return false
		}
	}
	return true
}

// datelineEnd returns the number of tokens of the dateline that opens sentence tokens ts, the
// place (date and agency) an agency report begins with before a dash: "BERLIN (dpa) -",
// "KYIV, June 16 (Reuters) -", "SHARM EL-SHEIKH, Egypt (Reuters) -", "Paris –"; else 0. Only
// capitalised words, numbers, commas, periods, slashes and a parenthesis stand before the dash,
// which has a space before it; without a parenthesis the dateline is three words at most.
// Some agencies write no dash after the parenthesis ("ROM (KNA) Papst …": see agencyNoDash);
// some Indian papers a colon after three words at most in capitals ("NEW DELHI:").
// Whether its names are places is for the caller to judge.
func datelineEnd(ts []tokenize.Token) int {
	paren := false
	for i, t := range ts {
		if i > 12 {
			return 0
		}
		switch t.Text {
		case ":":
			if paren {
				continue
			}
			if i > 0 && i <= 3 && !slices.ContainsFunc(ts[:i], func(t tokenize.Token) bool { return !allCaps(t.Text) }) {
				return i + 1
			}
			return 0
		case "-", "–", "—":
			if !t.SpaceBefore {
				continue // "Saudi-Arabien", "EL-SHEIKH"
			}
			if i > 0 && (ts[i-1].Text == ")" || (!paren && i <= 3)) {
				return i + 1
			}
			return 0
		case "(":
			paren = true
			continue
		case ")":
			if agencyNoDash(ts, i) {
				return i + 1
			}
			continue
		case ",", ".", "/":
			continue
		}
		if paren || fold.IsUpper(t.Text) || (t.Text[0] >= '0' && t.Text[0] <= '9') {
			continue
		}
		return 0
	}
	return 0
}

// allCaps reports whether word w has letters and no lower-case letter ("DELHI", not "Delhi").
func allCaps(w string) bool {
	return strings.ToUpper(w) == w && strings.ToLower(w) != w
}
