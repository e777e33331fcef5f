package rules

// shapes is a quick negative test in front of a map of words: a bit for each (first byte,
// length) of the words it holds. Most words of a text fail it and skip the map read, which
// the extractor would otherwise pay for every token.
type shapes [256]uint64

// add records word k.
func (f *shapes) add(k string) {
	if k != "" {
		f[k[0]] |= 1 << min(len(k), 63)
	}
}

// mayHave reports whether k may be one of the words added: false is certain.
func (f *shapes) mayHave(k string) bool {
	return k != "" && f[k[0]]&(1<<min(len(k), 63)) != 0
}
