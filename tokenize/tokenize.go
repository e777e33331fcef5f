// Package tokenize splits text into tokens with their offsets, using prose's tokenizer
// (github.com/jdkato/prose/v2) for the words and fixing around it what news text needs:
//
//   - offsets: prose returns token strings only; each is aligned back to the text, so every
//     token knows its byte and code point span and Text is always text[Start:End];
//   - quotes: German „ “ and « » ‹ › come off the words they touch;
//   - compounds: a hyphen inside a word becomes its own token (NATO-Einflusses is NATO, -,
//     Einflusses), so names inside compounds can be matched; its Key is "-", while a free
//     standing dash has the Key "—"; a slash between letters (Tokio/Berlin) is a token of
//     its own too, with the Key "/".
//
// The gazetteer tokenizes its aliases with the same function, so an alias and the text it
// should match are always split alike.
package tokenize

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"dipex/fold"
)

// Token is one word or punctuation mark of a text.
type Token struct {
	Text           string // exactly as written: text[Start:End]
	Key            string // folded (see package fold); "-" for a hyphen inside a word, "—" for a dash
	Start, End     int32  // byte offsets into the text
	RStart, REnd   int32  // Unicode code point offsets into the text
	NewlinesBefore int32  // line breaks between the previous token and this one
	SpaceBefore    bool   // whitespace between the previous token and this one
}

// Offsets are int32, so a token takes 56 bytes rather than 80: a document of 2 GB is beyond
// any news article, and tokens are the most numerous thing dipex allocates.

// bom is the byte order mark: no part of a word, and white space to the aligner.
const bom = "\ufeff"

// Text tokenizes text. It never fails: a token prose returns that cannot be found in the
// text (which should not happen) is dropped rather than given a wrong offset.
func Text(text string) []Token {
	buf := wordBuffers.Get().(*[]string)
	words := proseWords((*buf)[:0], text)
	toks := make([]Token, 0, len(words)+len(words)/8)
	a := aligner{text: text}
	for _, word := range words {
		if strings.HasPrefix(word, bom) || strings.HasSuffix(word, bom) {
			word = strings.Trim(word, bom) // a byte order mark is no part of a word
			if word == "" {
				continue
			}
		}
		t, ok := a.next(word)
		if !ok {
			continue
		}
		toks = split(toks, t, text)
	}
	if cap(words) <= maxWordBuffer {
		clear(words) // the pool keeps no text alive
		*buf = words[:0]
		wordBuffers.Put(buf)
	}
	foldKeys(toks)
	return toks
}

// wordBuffers holds the slices of prose's words of a text that Text aligns and drops: reusing
// them spares the garbage collector a tenth of what a document allocates.
var wordBuffers = sync.Pool{New: func() any { return new([]string) }}

// maxWordBuffer is the capacity, in words, beyond which a slice of words is not kept for reuse:
// a rare long document should not hold its memory for the rest of the run.
const maxWordBuffer = 1 << 16

// proseWords appends to words the words prose's tokenizer makes of text: the texts of
// prose.NewDocument(text).Tokens() without segmentation, tagging or extraction.
//
// prose cuts its text at white space and splits each piece into words by itself, remembering
// the pieces of one document it has split already. proseWords remembers them across documents
// (see pieces) and asks prose only about the pieces it has not seen: news text repeats most of
// its words, and prose's words of a piece are the same wherever the piece stands (prose's
// tokenizer looks at no other piece, and its replacement of curly quotes works within one).
// The commonest pieces of news text need no look-up (see plainWords). TestProseWords holds it
// to what prose says of the whole text.
func proseWords(words []string, text string) []string {
	words = slices.Grow(words, len(text)/5)
	var missed []piece
	add := func(p string, alnum int) {
		if ws, ok := plainWords(words, p, alnum); ok {
			words = ws
			return
		}
		if ws, ok := pieces.words[p]; ok {
			words = append(words, ws...)
			return
		}
		// (A piece missed before in this document is split once: the last misses are looked at.)
		for k := len(missed) - 1; k >= 0 && k >= len(missed)-missedLookback; k-- {
			if missed[k].text == p {
				words = append(words, missed[k].words...)
				return
			}
		}
		ws := splitPiece(p)
		words = append(words, ws...)
		if len(p) <= maxPiece {
			missed = append(missed, piece{p, ws})
		}
	}
	pieces.mu.RLock()
	start := -1 // the first byte of the piece read, -1 between pieces
	alnum := 0  // where the letters and digits that begin the piece read end
	for i := 0; i < len(text); {
		var r rune
		n, space := 1, false
		if c := text[i]; c < utf8.RuneSelf {
			r, space = rune(c), asciiSpace[c]
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case !space:
			if start < 0 {
				start, alnum = i, i
			}
			if alnum == i && isAlnum(r) {
				alnum = i + n
			}
		case start >= 0:
			add(text[start:i], alnum-start)
			start = -1
		}
		i += n
	}
	if start >= 0 {
		add(text[start:], alnum-start)
	}
	pieces.mu.RUnlock()
	pieces.remember(missed)
	return words
}

// plainWords appends prose's words of piece p to words when p has one of the three shapes that
// make most pieces of news text, given that its first alnum bytes are letters and digits:
//
//   - letters and digits alone: one word, as it is;
//   - letters and digits and a comma ("Putin,"): the word and the comma;
//   - four bytes or more of letters and digits and a full stop ("Moskau."): the word and the stop.
//
// prose splits a piece only at punctuation, symbols and apostrophes, and takes a comma or a full
// stop off the end of a piece unless the whole piece is one of its special cases: emoticons (none
// is a word and a comma or a stop) and abbreviations ("U.S.", "Mr.", "Jan.": a capital and at
// most two small letters before the stop, hence the four bytes). Its special cases of letters and
// digits alone ("xD") it keeps whole. TestPlainPieces holds this to prose.
func plainWords(words []string, p string, alnum int) ([]string, bool) {
	switch {
	case alnum == len(p):
		return append(words, p), true
	case alnum == 0 || alnum != len(p)-1:
		return words, false
	case p[alnum] == ',', p[alnum] == '.' && alnum >= 4:
		return append(words, p[:alnum], p[alnum:]), true
	}
	return words, false
}

// isAlnum reports whether r is a letter or a digit: prose splits no word at these.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiSpace and asciiAlnum tell which ASCII bytes are white space (unicode.IsSpace) and which
// are letters or digits: proseWords reads them for every byte of every text.
var asciiSpace, asciiAlnum = func() (space, alnum [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		space[c] = unicode.IsSpace(c)
		alnum[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return space, alnum
}()

// splitPiece asks prose for the words of a piece of text without white space.
func splitPiece(p string) []string {
	doc, err := prose.NewDocument(p, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	toks := doc.Tokens()
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.Text
	}
	return ws
}

// piece is a piece of text without white space and prose's words of it.
type piece struct {
	text  string
	words []string
}

// maxPiece is the longest piece the cache keeps, in bytes: longer ones (addresses, text with
// no spaces) hardly come again, and the cache's bound counts pieces, not bytes.
const maxPiece = 64

// missedLookback is how many of a document's last misses a piece is compared with before
// prose is asked again: a word repeated within a few lines.
const missedLookback = 32

// pieces are the pieces of text prose has split, shared by all goroutines. A document reads
// them under one read lock, and adds the pieces it missed after.
var pieces = pieceCache{words: map[string][]string{}, max: 1 << 18}

// pieceCache maps pieces of text to prose's words of them. It forgets everything when it
// would hold more than max pieces, each of at most maxPiece bytes, so that its memory stays
// bounded however much text goes through it (the shared corpora have some 170,000 different
// pieces in 14 MB). Misses a document could not add, because another goroutine was reading,
// wait in pending (as copies, at most max of them) for the next document that can.
type pieceCache struct {
	mu    sync.RWMutex
	words map[string][]string
	max   int

	pendingMu sync.Mutex
	pending   []piece
}

// Forget empties the cache of prose's words of pieces of text, as a fresh process has it:
// measurements that repeat the same text start each run from it (dipex bench).
func Forget() {
	pieces.mu.Lock()
	pieces.words = map[string][]string{}
	pieces.mu.Unlock()
	pieces.pendingMu.Lock()
	pieces.pending = nil
	pieces.pendingMu.Unlock()
}

// remember adds the pieces a document missed, with those waiting from others. When another
// goroutine is reading the cache it does not wait: it leaves the pieces in pending.
func (c *pieceCache) remember(missed []piece) {
	if len(missed) == 0 {
		return
	}
	if !c.mu.TryLock() {
		c.pendingMu.Lock()
		for _, p := range missed {
			if len(c.pending) >= c.max {
				break
			}
			c.pending = append(c.pending, cloned(p))
		}
		c.pendingMu.Unlock()
		return
	}
	defer c.mu.Unlock()
	c.pendingMu.Lock()
	waiting := c.pending
	c.pending = nil
	c.pendingMu.Unlock()
	if len(c.words)+len(missed)+len(waiting) > c.max {
		clear(c.words)
	}
	for _, p := range waiting {
		c.words[p.text] = p.words
	}
	for _, p := range missed {
		p = cloned(p)
		c.words[p.text] = p.words
	}
}

// cloned returns a copy of p that shares no memory with the document it was cut from: a piece
// of a document, or a word prose cut from it, would keep all of it alive.
func cloned(p piece) piece {
	ws := make([]string, len(p.words))
	for i, w := range p.words {
		ws[i] = strings.Clone(w)
	}
	return piece{strings.Clone(p.text), ws}
}

// foldKeys fills in the keys still empty: a word already folded is its own key; the others are
// folded into one buffer that becomes one string, so a document costs one allocation for its
// keys rather than one per word.
func foldKeys(toks []Token) {
	n := 0
	var todo []int
	for i := range toks {
		switch {
		case toks[i].Key != "":
		case fold.Folded(toks[i].Text):
			toks[i].Key = toks[i].Text
		default:
			todo = append(todo, i)
			n += len(toks[i].Text) + 2
		}
	}
	buf := make([]byte, 0, n)
	ends := make([]int, len(todo))
	for j, i := range todo {
		buf = fold.Append(buf, toks[i].Text)
		ends[j] = len(buf)
	}
	keys := string(buf)
	start := 0
	for j, i := range todo {
		toks[i].Key = keys[start:ends[j]]
		start = ends[j]
	}
}

// Keys returns the folded keys of the tokens of s: how the gazetteer and the rules store
// the names and words they match.
func Keys(s string) []string {
	if keys, ok := simpleKeys(s); ok {
		return keys
	}
	toks := Text(s)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	return keys
}

// simpleKeys tokenizes the common case of a name without punctuation the fast way: words of
// letters separated by single spaces, with hyphens inside words ("Saudi-Arabien"), split the
// way Text splits them. Building the gazetteer's index calls Keys for every alias, and going
// through prose for each would cost a third of the start-up.
func simpleKeys(s string) ([]string, bool) {
	if s == "" {
		return nil, false
	}
	keys := make([]string, 0, 4)
	for w := range strings.SplitSeq(s, " ") {
		if w == "" || w[0] == '-' || w[len(w)-1] == '-' || strings.Contains(w, "--") {
			return nil, false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' {
				return nil, false
			}
		}
		if strings.IndexByte(w, '-') < 0 {
			keys = append(keys, fold.String(w))
			continue
		}
		for i, part := range strings.Split(w, "-") {
			if i > 0 {
				keys = append(keys, "-")
			}
			keys = append(keys, fold.String(part))
		}
	}
	return keys, true
}

// aligner walks the text in step with prose's tokens.
type aligner struct {
	text      string
	pos, rpos int // byte and code point cursor
}

// next finds word at or after the cursor, skipping whitespace, and returns its token.
func (a *aligner) next(word string) (Token, bool) {
	t := Token{}
	// Skip whitespace, counting line breaks.
	for a.pos < len(a.text) {
		r, n := rune(a.text[a.pos]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(a.text[a.pos:])
		}
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		t.SpaceBefore = true
		if r == '\n' {
			t.NewlinesBefore++
		}
		a.pos += n
		a.rpos++
	}
	if strings.HasPrefix(a.text[a.pos:], word) {
		// The common case: the word as written, no quote prose straightened.
		t.Start, t.RStart = int32(a.pos), int32(a.rpos)
		a.pos += len(word)
		a.rpos += utf8.RuneCountInString(word)
		t.End, t.REnd = int32(a.pos), int32(a.rpos)
		t.Text = a.text[t.Start:t.End]
		return t, true
	}
	end, rend, ok := match(a.text, a.pos, word)
	if !ok {
		// Resynchronise: look for the word a little further on.
		limit := min(len(a.text), a.pos+256)
		for p := a.pos; p < limit; {
			if e, re, ok := match(a.text, p, word); ok {
				a.rpos += utf8.RuneCountInString(a.text[a.pos:p])
				a.pos = p
				end, rend = e, re
				goto found
			}
			_, n := utf8.DecodeRuneInString(a.text[p:])
			p += n
		}
		return t, false
	}
found:
	t.Start, t.RStart = int32(a.pos), int32(a.rpos)
	t.End, t.REnd = int32(end), int32(a.rpos+rend)
	t.Text = a.text[t.Start:t.End]
	a.pos, a.rpos = end, a.rpos+rend
	return t, true
}

// match reports whether word, as prose wrote it, starts at byte p of text, and where it ends
// (byte offset, and its length in code points). prose turns curly quotes into straight ones and
// "&rsquo;" into "'"; those count as equal.
func match(text string, p int, word string) (end, runes int, ok bool) {
	for _, wr := range word {
		if p >= len(text) {
			return 0, 0, false
		}
		tr, n := utf8.DecodeRuneInString(text[p:])
		switch {
		case tr == wr:
		case wr == '"' && (tr == '\u201c' || tr == '\u201d'):
		case wr == '\'' && (tr == '\u2018' || tr == '\u2019'):
		case wr == '\'' && strings.HasPrefix(text[p:], "&rsquo;"):
			n = len("&rsquo;")
			runes += n - 1
		default:
			return 0, 0, false
		}
		p += n
		runes++
	}
	return p, runes, true
}

// plain reports whether byte c, at either end of a word, shows it has no quotation mark (those
// are '"' or begin with a byte of 0x80 or more) and no dash there.
func plain(c byte) bool { return c < utf8.RuneSelf && c != '"' && c != '-' }

// isQuote reports whether r is a quotation mark that should stand alone as a token.
func isQuote(r rune) bool {
	switch r {
	case '"', '„', '“', '”', '«', '»', '‹', '›', '‚':
		return true
	}
	return false
}

// singleQuoted reports whether s opens with a single quotation mark before a word ("'Timoschenko",
// "'a smart cookie'"), which prose leaves on the word; not a clitic or an elision ("'s", "'em",
// "'90s").
func singleQuoted(s string) bool {
	if len(s) < 2 || s[0] != '\'' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[1:])
	return unicode.IsUpper(r) || (unicode.IsLetter(r) && !elisions[strings.ToLower(s[1:])])
}

// elisions are the English words that begin with an apostrophe: clitics prose splits off ("'s"
// of "it's") and elided words.
var elisions = map[string]bool{"s": true, "re": true, "ll": true, "ve": true, "d": true, "m": true, "t": true, "em": true,
	"til": true, "tis": true, "twas": true, "n": true, "cause": true, "bout": true, "round": true, "neath": true, "nuff": true}

// split appends t to toks, first taking quotation marks off its ends and cutting it at
// hyphens inside words.
func split(toks []Token, t Token, text string) []Token {
	if s := t.Text; plain(s[0]) && plain(s[len(s)-1]) && s[len(s)-1] != '.' && strings.IndexByte(s, '-') < 0 && strings.IndexByte(s, '/') < 0 && !singleQuoted(s) {
		return append(toks, t) // the common case: a word or mark with nothing to split
	}
	// Leading quotes.
	for {
		r, n := utf8.DecodeRuneInString(t.Text)
		if n == len(t.Text) || !(isQuote(r) || singleQuoted(t.Text)) {
			break
		}
		toks = append(toks, sub(t, 0, n, text))
		t = rest(t, n, text)
	}
	// Trailing quotes, kept to append after the word.
	var tail []Token
	for {
		r, n := utf8.DecodeLastRuneInString(t.Text)
		if n == len(t.Text) || !isQuote(r) {
			break
		}
		tail = append(tail, sub(t, len(t.Text)-n, len(t.Text), text))
		t = sub(t, 0, len(t.Text)-n, text)
	}
	toks = splitHyphens(toks, t, text)
	for i := len(tail) - 1; i >= 0; i-- {
		toks = append(toks, tail[i])
	}
	return toks
}

// splitPeriod takes the period off a short capitalised word that prose keeps whole as if it
// were an abbreviation ("Mai." at the end of a German sentence); the segmenter decides which
// abbreviations a period does not end. Words with inner periods (u.a., U.S.) stay whole.
func splitPeriod(toks []Token, t Token, text string) []Token {
	s := t.Text
	if len(s) < 3 || s[len(s)-1] != '.' || strings.Count(s, ".") != 1 || !hasLetter(s) {
		return append(toks, withKey(t))
	}
	toks = append(toks, withKey(sub(t, 0, len(s)-1, text)))
	return append(toks, withKey(sub(t, len(s)-1, len(s), text)))
}

// splitHyphens cuts a word at hyphens that join two parts of which at least one has a letter
// (NATO-Einflusses, US-Präsident; not 2024-05-12, not a bare "-"), and at slashes between two
// letters (the dateline "WASHINGTON/HAVANA", "Tokio/Berlin"; not 24/7).
func splitHyphens(toks []Token, t Token, text string) []Token {
	s := t.Text
	if len(s) < 3 || !strings.ContainsAny(s[1:len(s)-1], "-/") || !hasLetter(s) {
		return splitPeriod(toks, t, text)
	}
	last := 0
	for i := 1; i < len(s)-1; i++ {
		hyphen := s[i] == '-' && s[i-1] != '-' && s[i+1] != '-'
		slash := s[i] == '/' && letterBefore(s, i) && letterAfter(s, i+1)
		if !hyphen && !slash {
			continue
		}
		toks = append(toks, withKey(sub(t, last, i, text)))
		h := sub(t, i, i+1, text)
		if hyphen {
			h.Key = "-"
		}
		toks = append(toks, h)
		last = i + 1
	}
	return splitPeriod(toks, sub(t, last, len(s), text), text)
}

// letterBefore and letterAfter report whether a letter ends s[:i] or begins s[i:].
func letterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

func letterAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// withKey sets the key of dashes and quotes; foldKeys does the words.
func withKey(t Token) Token {
	switch {
	case t.Text == "-" || t.Text == "–" || t.Text == "—" || t.Text == "--":
		t.Key = "—"
	case isQuoteToken(t.Text):
		t.Key = `"`
	}
	return t
}

func isQuoteToken(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && isQuote(r)
}

// sub returns the part [i, j) (byte offsets within t.Text) of t as a token; the part after the
// first keeps no whitespace before it.
func sub(t Token, i, j int, text string) Token {
	u := Token{Start: t.Start + int32(i), End: t.Start + int32(j)}
	u.Text = text[u.Start:u.End]
	u.RStart = t.RStart + int32(utf8.RuneCountInString(t.Text[:i]))
	u.REnd = u.RStart + int32(utf8.RuneCountInString(u.Text))
	if i == 0 {
		u.NewlinesBefore, u.SpaceBefore = t.NewlinesBefore, t.SpaceBefore
	}
	if isQuoteToken(u.Text) {
		u.Key = `"`
	}
	return u
}

// rest returns t without its first n bytes.
func rest(t Token, n int, text string) Token {
	return sub(t, n, len(t.Text), text)
}

// IsTerminal reports whether key is a mark that may end a sentence.
func IsTerminal(key string) bool {
	switch key {
	case ".", "!", "?", "…", "...", "?!", "!?":
		return true
	}
	return false
}
