package extract_test

import (
	"bytes"
	"os"
	"testing"

	"dipex/extract"
	"dipex/score"
)

// scoreGold runs the default extractor over a gold file and scores it.
func scoreGold(t *testing.T, path string) *score.Report {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := score.ReadGold(path, f)
	if err != nil {
		t.Fatal(err)
	}
	x := defaultExtractor(t)
	triples := map[string][]extract.Triple{}
	for _, rec := range gold {
		triples[rec.ID] = x.Extract(&extract.Document{ID: rec.ID, Text: rec.Text, Lang: rec.Lang, Date: rec.Date}).Triples
	}
	rep := score.Score(gold, triples)
	var b bytes.Buffer
	rep.Table(&b, rep.ByLangRel)
	t.Logf("%s:\n%s", path, b.String())
	return rep
}

// TestGold scores the default rules on every gold split (testdata/README.md says how each was
// written). It fails when a relation or language falls more than 0.02 below the split's recorded
// baseline, when modality accuracy is under the 0.90, and when the split the rules were
// first tuned on is under F1 0.90. The held-out splits were never tuned on; their lost facts
// are not printed, so that their errors stay unread.
func TestGold(t *testing.T) {
	for _, c := range []struct {
		split   string
		minF1   float64
		heldOut bool
	}{
		{"tune", 0.90, false},
		{"tune2", 0, false},
		{"tune4", 0, false},  // many-party meetings, ceremonies, witnesses; blind F1 0.496
		{"tune5", 0, false},  // everyday wire coverage; blind F1 0.706
		{"tune6", 0, false},  // longer articles from every region; blind F1 0.669
		{"tune7", 0, false},  // events of 2000–2025; blind F1 0.684
		{"tune8", 0, false},  // 1995–2025, every continent; blind F1 0.780
		{"tune9", 0, false},  // longer German agency reports, facts across sentences; blind F1 0.627
		{"tune10", 0, false}, // everyday German-language agency news; blind F1 0.745
		{"tune11", 0, false}, // many wordings, facts split over sentences; blind F1 0.723
		{"tune12", 0, false}, // German-heavy, every region; blind F1 0.795
		{"tune13", 0, false}, // German-language papers and agencies, long sentences; blind F1 0.624
		{"tune14", 0, false}, // English-heavy wire copy, many wordings of meet, say, agree; blind F1 0.739
		{"tune15", 0, false}, // longer-form reporting, facts told indirectly and across sentences; blind F1 0.765
		{"tune16", 0, false}, // Austrian, Swiss and non-Western English outlets; ministers, envoys, delegations; blind F1 0.657
		{"tune17", 0, false}, // German-heavy, many registers; verb-final clauses, passives, separable verbs; blind F1 0.752
		{"tune18", 0, false}, // outlets rarely imitated, long participant lists, hosts, mediators; blind F1 0.757
		{"tune19", 0, false}, // German-heavy regional papers, facts across sentences; blind F1 0.745 (0.715 at this stop's start)
		{"tune20", 0, false}, // German agency prose: long clauses, separable verbs far apart, Konjunktiv; blind F1 0.796 (0.782 at this stop's start)
		{"tune21", 0, false}, // longer wire stories, role nouns and split quotes, meetings in subordinate clauses; blind F1 0.772 (1d46a0c)
		{"tune22", 0, false}, // many-party diplomacy told indirectly: later participant lists, chairs, hosts, invitations; blind F1 0.697 (9ed9151)
		{"tune23", 0, false}, // newspaper political reporting: facts after the lead, role nouns, split quotes, meetings in subordinate clauses; blind F1 0.763 (7c1e36c)
		{"tune24", 0, false}, // German-heavy newspaper prose beyond the lead: epithets, later participant lists, extended attributes; blind F1 0.703 (3db8daf and b5eae98)
		{"tune25", 0, false}, // multilateral and institutional diplomacy, German paragraphs beyond the lead; blind F1 0.739 (8ec073b and 98055fb)
		{"tune26", 0, false}, // English-heavy everyday wire and newspaper copy, epithets, possessives, participle clauses; blind F1 0.807 (8ec073b), 0.827 (5a4b0ea)
		{"tune27", 0, false}, // many-party and institutional diplomacy, German beyond the lead; blind F1 0.808 (cd98fc2 and 8565ab6)
		{"tune28", 0, false}, // regional and national papers, German beyond the lead, Asian/African/Latin American English; blind F1 0.802 (cd98fc2), 0.799 (29d0ed5)
		{"tune29", 0, false}, // longer, denser main stories and foreign-page reports, facts across sentences; blind F1 0.838 (1cfac0f and 1e303a5)
		{"tune30", 0, false}, // German-heavy everyday reporting: long clauses, far particles, Konjunktiv, role nouns; blind F1 0.793 (1cfac0f), 0.797 (c03f591)
		{"tune31", 0, false}, // German multilateral and institutional diplomacy: sessions, chairs, participants across sentences, absences; blind F1 0.737 (1cfac0f and cf6edd4)
		{"tune32", 0, false}, // regional papers beyond the lead: Middle East, Africa, Asia, Latin America; dense many-party records; blind F1 0.574 (2dd62b5), 0.598 (6acadd8)
		{"tune33", 0, false}, // everyday wire and newspaper copy of every region: visits, calls, sidelines, summonses, signings, denials; blind F1 0.843 (2dd62b5), 0.847 (df3d06b)
		{"tune34", 0, false}, // longer reports, 5–7 sentences: background, several speakers, outcomes told apart from the meeting; blind F1 0.772 (6bd0c83), 0.778 (04d2d97)
		{"tune35", 0, false}, // gatherings and visits told across sentences, and the people around them; blind F1 0.743 (e346f81)
		{"tune36", 0, false}, // joint statements, mediated and one-sided deals, signers for their states, reported speech; blind F1 0.824 (928d35c)
		{"tune37", 0, false}, // people referred to across sentences, visits and calls told by nouns, joiners, reported speech; blind F1 0.749 (14905cb)
		{"tune38", 0, false}, // plain wire copy with facts spread over sentences, delegations, sidelines, reported speech; blind F1 0.852 (6b140a6)
		{"tune39", 0, false}, // multilateral gatherings across sentences: chairs, hosts, joiners, leavers, absentees; blind F1 0.751 (97e8f00), 0.756 (e16c5ef)
		{"tune40", 0, false}, // receptions, hosts, courtesy calls, audiences, meals, joint press conferences, statements told many ways; blind F1 0.851 (510f53a)
		{"holdout", 0, true},
		{"holdout2", 0, true},
		{"holdout3", 0, true},
		{"holdout4", 0, true},
		{"holdout5", 0, true},
		{"holdout6", 0, true},
		{"holdout7", 0, true},
		{"holdout8", 0, true},
		{"holdout9", 0, true},
		{"holdout10", 0, true},
		{"holdout11", 0, true}, // written blind during the seventh stop; scored once after its last change
		{"holdout12", 0, true}, // likewise, by a second annotator at the same time
		{"holdout13", 0, true}, // written blind during the eighth stop (events 2000-2013); scored only at its start and end
		{"holdout14", 0, true}, // likewise, by a second annotator (events 2014-2025, every region)
		{"holdout15", 0, true}, // written blind during the ninth stop (everyday wire copy, 2000-2025); scored only at its start and end
		{"holdout16", 0, true}, // likewise, by a second annotator (agency and broadcaster copy, 1995-2025)
		{"holdout17", 0, true}, // written blind during the tenth stop (regional and national press, 2001-2025); scored only at its start and end
		{"holdout18", 0, true}, // likewise, by a second annotator (multilateral and institutional diplomacy, 1998-2025)
		{"holdout19", 0, true}, // written blind during the eleventh stop (visits, summits and calls, 2000-2025), German and English by two annotators
		{"holdout20", 0, true}, // written blind during the twelfth stop (diplomacy of every kind, 2000-2025), German and English by two annotators
		{"holdout21", 0, true},
		{"holdout22", 0, true}, // written blind during the fourteenth stop (German and English by two annotators); scored at its start and end only
		{"holdout23", 0, true}, // written blind at the start of the fifteenth stop (German and English by two annotators); scores only
		{"holdout24", 0, true}, // written blind at the start of the sixteenth stop (German and English by two annotators); scores only
		{"holdout25", 0, true}, // written blind at the start of the seventeenth stop (German and English by two annotators); scores only
		{"holdout26", 0, true}, // written blind at the start of the eighteenth stop (German and English by two annotators); scores only
		{"holdout27", 0, true}, // written blind during the eighteenth stop (German and English by one annotator); scores only
		{"holdout28", 0, true}, // written blind during the nineteenth stop (German and English by one annotator); scores only
		{"holdout29", 0, true}, // written blind during the nineteenth stop (25 German, 35 English, one annotator); scores only
	} {
		t.Run(c.split, func(t *testing.T) {
			rep := scoreGold(t, "../testdata/gold/"+c.split+".jsonl")
			t.Logf("%s: F1 %.3f (target 0.85 unseen, 0.90 tuned), modality accuracy %.3f (target 0.90)",
				c.split, rep.All.F1(), rep.ModalityAccuracy())
			if f := rep.All.F1(); f < c.minF1 {
				t.Errorf("F1 = %.3f, want >= %.2f", f, c.minF1)
			}
			if m := rep.ModalityAccuracy(); m < 0.90 {
				t.Errorf("modality accuracy = %.3f, want >= 0.90", m)
			}
			checkBaseline(t, rep, "../testdata/gold/"+c.split+".baseline.json", !c.heldOut)
		})
	}
}

func checkBaseline(t *testing.T, rep *score.Report, path string, showLost bool) {
	t.Helper()
	b, err := score.LoadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	regs, lost := b.Compare(rep, 0.02)
	for _, r := range regs {
		t.Errorf("%s: %s F1 %.3f, baseline %.3f", path, r.Name(), r.Now, r.Was)
	}
	if len(regs) > 0 && showLost {
		for _, l := range lost {
			t.Logf("lost: %s (found by %s)", l.Key, l.Rule)
		}
	}
}
