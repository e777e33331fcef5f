package rules

// modality reads the cues in the trigger's clause [cs, ce).
func (lr *langRules) modality(keys []string, i, cs, ce int, def string) string {
	if def == "" {
		def = Asserted
	}
	var found [4]bool // by cue kind
	for j := cs; j < ce; j++ {
		if j == i {
			continue // the trigger is no cue of itself ("berichtete")
		}
		for _, c := range lr.g.cues[keys[j]] {
			if hasPhrase(keys, j, c.words) {
				found[c.kind] = true
			}
		}
	}
	if found[cueNegated] {
		return Negated
	}
	for j := cs; j < ce; j++ {
		if !lr.g.reportedModals[keys[j]] {
			continue
		}
		for k := i + 1; k < ce; k++ {
			if lr.g.perfect[keys[k]] {
				return Reported
			}
		}
	}
	if found[cuePlanned] {
		return Planned
	}
	if found[cueReported] {
		return Reported
	}
	return def
}

// content returns the span of what was said: the words after the trigger (and after the
// speaker, when the speaker follows it) to the end of the sentence, or, when the sentence
// ends there ("…", sagte Lawrow.), the quote before the trigger.
func (lr *langRules) content(s *Sentence, i int, m Match) [2]int {
	keys := s.Keys
	from := i + 1
	if m.Particle > 0 {
		from = max(from, m.Particle+1)
	}
	if sm := s.Mentions[m.Subject]; sm.Phrase > i {
		from = max(from, sm.End)
	}
	for from < len(keys) && (keys[from] == "," || keys[from] == ":") {
		from++
	}
	if from < len(keys) && lr.g.comp[keys[from]] {
		from++
	}
	to := from
	for to < len(keys) {
		k := keys[to]
		if k == "." || k == "!" || k == "?" || k == ";" {
			break
		}
		if k == "," && to+1 < len(keys) && lr.g.coord[keys[to+1]] {
			break
		}
		to++
	}
	if to-from >= 2 {
		return [2]int{from, to}
	}
	// The quote before the trigger.
	end := -1
	for j := i - 1; j >= 0; j-- {
		if keys[j] == `"` {
			if end < 0 {
				end = j
			} else {
				return [2]int{j + 1, end}
			}
		}
	}
	return [2]int{}
}
