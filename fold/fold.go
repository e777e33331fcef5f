// Package fold maps text to the keys that dipex matches on: lower case, no diacritics,
// "ß" as "ss". The gazetteer, the rules and the extractor all fold the same way, so a name
// written "Erdoğan" in the data matches "ERDOGAN" in an article.
package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folded reports whether s is its own folded key (lower-case ASCII), so folding it would copy
// it for nothing.
func Folded(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// Append appends the folded key of s to dst. The tokenizer folds a whole document's words into
// one buffer this way, instead of allocating a string per word.
func Append(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			dst = append(dst, byte(r)+('a'-'A'))
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
		default:
			dst = append(dst, rune1(r)...)
		}
	}
	return dst
}

// String returns the folded key of s: lower case, marks removed from Latin letters, "ß" written "ss".
// ASCII input takes a fast path without allocation when it is already lower case.
func String(s string) string {
	ascii, lower := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			lower = false
		}
	}
	if ascii {
		if lower {
			return s
		}
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteByte(byte(unicode.ToLower(r)))
			continue
		}
		b.WriteString(rune1(r))
	}
	return b.String()
}

var runeCache sync.Map // rune -> string

// latinFolds holds the folds of the non-ASCII runes below U+0250 (Latin-1 Supplement, Latin
// Extended-A and -B: "ü", "ß", "ğ", "ș"), which make most of the non-ASCII letters of news
// text, computed once: reading a table is quicker than reading runeCache.
var latinFolds = func() []string {
	t := make([]string, 0x250)
	for r := utf8.RuneSelf; r < len(t); r++ {
		t[r] = foldRune(rune(r))
	}
	return t
}()

// rune1 folds one non-ASCII rune, caching the result: decomposing through norm for every
// rune of every token would cost more than tokenizing.
func rune1(r rune) string {
	if r >= utf8.RuneSelf && r < rune(len(latinFolds)) {
		return latinFolds[r]
	}
	if v, ok := runeCache.Load(r); ok {
		return v.(string)
	}
	out := foldRune(r)
	runeCache.Store(r, out)
	return out
}

// foldRune folds one non-ASCII rune (see rune1).
func foldRune(r rune) string {
	var out string
	switch r {
	case 'ß', 'ẞ':
		out = "ss"
	case 'ı':
		out = "i"
	case 'ø', 'Ø':
		out = "o"
	case 'đ', 'Đ':
		out = "d"
	case 'ł', 'Ł':
		out = "l"
	case 'æ', 'Æ':
		out = "ae"
	case 'œ', 'Œ':
		out = "oe"
	case '\u2019', '\u2018', '\u02bc', '`', '\u00b4':
		out = "'"
	case '\u2010', '\u2011', '\u2012', '\u2013':
		out = "-"
	default:
		if !unicode.Is(unicode.Latin, r) {
			// Only Latin letters lose their marks: й is not и, and Greek or Arabic
			// marks carry meaning.
			out = string(unicode.ToLower(r))
			break
		}
		var b strings.Builder
		for _, d := range norm.NFD.String(string(r)) {
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			b.WriteRune(unicode.ToLower(d))
		}
		out = b.String()
	}
	return out
}

// IsUpper reports whether s starts with an upper-case letter.
func IsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// IsAcronym reports whether word w is written in two to six ASCII capital letters: "ODM",
// "TPLF" (not "ÖVP").
func IsAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
