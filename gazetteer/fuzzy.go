package gazetteer

import (
	"math/bits"
	"sync"
	"sync/atomic"

	"github.com/sajari/fuzzy"
)

// fuzzyIndex finds people's names written with a typo or another transliteration (Schojgu,
// Lavrow, Zelenskiy) through github.com/sajari/fuzzy. It indexes people's one-word aliases —
// the surnames the data calls distinctive (ambiguous ones are short forms, never indexed) —
// folded to ASCII (the library compares bytes), of six letters or more. Words of longer names
// ("Phùng" of Phùng Quang Thanh) are left out: too close to other people's names.
type fuzzyIndex struct {
	model  *fuzzy.Model
	actors map[string]*Actor        // indexed word -> its person
	masks  [26][maxLen + 1][]uint32 // letterMask of every indexed word, by first letter and length: a cheap filter

	// cache remembers answers: news repeats its capitalised words (German nouns above all),
	// and a lookup costs far more than a map read. It stops growing at cacheMax entries.
	cache  sync.Map // key -> fuzzyAnswer
	cached atomic.Int64
}

const cacheMax = 200_000

// minFuzzyLen is the shortest word looked up: shorter names are too close to other words.
const minFuzzyLen = 6

func newFuzzyIndex(g *Gazetteer) *fuzzyIndex {
	fx := &fuzzyIndex{actors: map[string]*Actor{}}
	owners := map[string]*Actor{}
	ambiguous := map[string]bool{}
	for _, es := range g.index {
		for _, e := range es {
			if e.kind != eAlias || e.actor.Type != Person || len(e.toks) != 1 {
				continue
			}
			for _, w := range e.toks {
				if len(w) < minFuzzyLen || !isASCIIWord(w) {
					continue
				}
				if prev, ok := owners[w]; ok && prev != e.actor {
					ambiguous[w] = true
				}
				owners[w] = e.actor
			}
		}
	}
	var words []string
	for w, a := range owners {
		if ambiguous[w] {
			continue
		}
		fx.actors[w] = a
		b := &fx.masks[w[0]-'a'][min(len(w), maxLen)]
		*b = append(*b, letterMask(w))
		words = append(words, w)
	}
	m := fuzzy.NewModel()
	m.SetThreshold(1)
	m.SetDepth(1)
	m.SetUseAutocomplete(false)
	m.Train(words)
	fx.model = m
	return fx
}

// maxLen is the longest length the filter tells apart; longer words share its bucket.
const maxLen = 40

// maxScan bounds the filter's work: with more candidates than this (a gazetteer of tens of
// thousands of people) it answers "maybe" and leaves the rest to the cache.
const maxScan = 64

// letterMask has bit i set when the word (of letters a-z) has letter 'a'+i.
func letterMask(w string) uint32 {
	var m uint32
	for i := 0; i < len(w); i++ {
		m |= 1 << (w[i] - 'a')
	}
	return m
}

// maybeNear is a quick test that rules out most words before the cache or the fuzzy model. A
// word the lookup accepts starts with an indexed word's letter, is at most maxD letters longer
// or shorter, and each edit changes at most two letters of the set of letters it uses.
func (fx *fuzzyIndex) maybeNear(key string, maxD int) bool {
	km := letterMask(key)
	byLen := &fx.masks[key[0]-'a']
	n := min(len(key), maxLen)
	scanned := 0
	for l := max(n-maxD, 0); l <= min(n+maxD, maxLen); l++ {
		if scanned += len(byLen[l]); scanned > maxScan {
			return true
		}
		for _, m := range byLen[l] {
			if bits.OnesCount32(m^km) <= 2*maxD {
				return true
			}
		}
	}
	return false
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z') {
			return false
		}
	}
	return true
}

// lookup returns the one person whose indexed word is within edit distance 1 of key (2 for
// words of nine letters or more) and starts with the same letter, or nil.
func (fx *fuzzyIndex) lookup(key string) (*Actor, string) {
	if fx == nil || len(key) < minFuzzyLen || !isASCIIWord(key) || !fx.maybeNear(key, maxDistance(key)) {
		return nil, ""
	}
	if a := fx.actors[key]; a != nil {
		return nil, "" // an exact word is not a misspelling; the exact matcher decides
	}
	if v, ok := fx.cache.Load(key); ok {
		c := v.(fuzzyAnswer)
		return c.actor, c.word
	}
	a, word := fx.search(key)
	if fx.cached.Load() < cacheMax {
		fx.cache.Store(key, fuzzyAnswer{a, word})
		fx.cached.Add(1)
	}
	return a, word
}

// maxDistance is the edit distance allowed for key: 1, or 2 for words of nine letters or more.
func maxDistance(key string) int {
	if len(key) >= 9 {
		return 2
	}
	return 1
}

type fuzzyAnswer struct {
	actor *Actor
	word  string
}

// search asks the fuzzy model.
func (fx *fuzzyIndex) search(key string) (*Actor, string) {
	maxD := maxDistance(key)
	var found *Actor
	var word string
	for term, p := range fx.model.Potentials(key, false) {
		if p.Leven == 0 || p.Leven > maxD || term[0] != key[0] {
			continue
		}
		a := fx.actors[term]
		if a == nil {
			continue
		}
		if found != nil && found != a {
			return nil, "" // two people are this close: no guess
		}
		found, word = a, term
	}
	return found, word
}
