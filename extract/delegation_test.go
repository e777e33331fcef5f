package extract_test

import (
	"slices"
	"strings"
	"testing"

	"dipex/extract"
)

// TestDelegates checks that a meeting of countries whose delegations the article names people
// of is a meeting of those people (and of the countries too when they are named as such, as
// the annotation guide has it), and that nothing changes when it names none.
func TestDelegates(t *testing.T) {
	x := defaultExtractor(t)
	for _, tt := range []struct {
		lang, text string
		want       []string // meetings, "A|B" in either order
	}{
		{"de", "Unterhändler Russlands und der Ukraine sind in Istanbul zusammengekommen. Die russische Delegation wurde von " +
			"Wladimir Medinski angeführt. Auf ukrainischer Seite leitete David Arachamija die Gespräche.",
			[]string{"Vladimir Medinsky|Davyd Arakhamia"}},
		// One of the leader's country named before the delegation led is not of it: the
		// speaker who tells of it.
		{"en", "Talks between North Korea and the United States broke down in Stockholm. North Korea's chief negotiator Kim Myong Gil " +
			"told reporters the talks had failed. Spokeswoman Morgan Ortagus said the American delegation, led by special envoy " +
			"Stephen Biegun, had good discussions.",
			[]string{"North Korea|United States", "Stephen Biegun|Kim Myong Gil"}},
		// (But members named before the delegation, with no word of telling or sending, are of it.)
		{"en", "Russia and Ukraine negotiated in Istanbul. Yuri Ushakov and Sergei Lavrov were members of the Russian delegation, " +
			"led by Vladimir Medinsky. The Ukrainian delegation was led by Rustem Umerov.",
			[]string{"Russia|Ukraine", "Yuri Ushakov|Sergei Lavrov", "Yuri Ushakov|Vladimir Medinsky", "Yuri Ushakov|Rustem Umerov",
				"Sergei Lavrov|Vladimir Medinsky", "Sergei Lavrov|Rustem Umerov", "Vladimir Medinsky|Rustem Umerov"}},
		// Countries named as such that negotiated met too, besides their delegates.
		{"de", "Russland und die Ukraine haben in Istanbul direkt miteinander verhandelt. Die russische Delegation wurde von " +
			"Wladimir Medinski angeführt, die ukrainische von Rustem Umjerow.",
			[]string{"Russia|Ukraine", "Vladimir Medinsky|Rustem Umerov"}},
		// (So did countries named by their capitals.)
		{"en", "Kyiv held talks with Washington in Jeddah. The U.S. delegation was led by Marco Rubio and Mike Waltz.",
			[]string{"Ukraine|United States", "Marco Rubio|Mike Waltz", "Marco Rubio|Ukraine", "Mike Waltz|Ukraine"}},
		// A host who greets both delegations met their heads.
		{"de", "Unterhändler Russlands und der Ukraine sind in Istanbul zusammengekommen. Die Delegationen wurden von Wladimir " +
			"Medinski und Rustem Umjerow geleitet. Zuvor hatte Recep Tayyip Erdoğan die beiden Delegationen begrüßt.",
			[]string{"Vladimir Medinsky|Rustem Umerov", "Recep Tayyip Erdoğan|Vladimir Medinsky", "Recep Tayyip Erdoğan|Rustem Umerov"}},
		{"en", "Ukraine held talks with the United States in Jeddah. The U.S. delegation was led by Marco Rubio and Mike Waltz.",
			[]string{"Ukraine|United States", "Marco Rubio|Mike Waltz", "Marco Rubio|Ukraine", "Mike Waltz|Ukraine"}},
		// A chair of the talks told before the delegates met them, not the countries. The
		// countries' delegations named as such held talks: the countries met too (the guide:
		// "the countries (or their delegations) held talks"), not so after "both delegations".
		{"en", "Russian and Ukrainian delegations held peace talks in Istanbul on Friday. The meeting was chaired by Hakan Fidan. " +
			"Vladimir Medinsky led Russia's delegation, while Ukraine's was headed by Rustem Umerov.",
			[]string{"Russia|Ukraine", "Vladimir Medinsky|Rustem Umerov", "Hakan Fidan|Vladimir Medinsky", "Hakan Fidan|Rustem Umerov"}},
		{"en", "Ukrainian and Russian delegations held talks in Istanbul. Rustem Umerov led the Ukrainian delegation. " +
			"Vladimir Medinsky, head of the Russian team, said the talks were useful.",
			[]string{"Russia|Ukraine", "Rustem Umerov|Vladimir Medinsky"}},
		{"de", "Delegationen Russlands und der Ukraine verhandelten in Istanbul. Wladimir Medinski, Leiter der russischen Delegation, " +
			"nannte die Gespräche nützlich. Rustem Umjerow leitete die ukrainische Delegation.",
			[]string{"Russia|Ukraine", "Vladimir Medinsky|Rustem Umerov"}},
		// (A delegation noun right before the chief's: "delegation chief", "delegation head".)
		{"en", "Ukrainian and Russian delegations held talks in Istanbul. Rustem Umerov led the Ukrainian delegation. " +
			"Russian delegation chief Vladimir Medinsky said the talks were useful.",
			[]string{"Russia|Ukraine", "Rustem Umerov|Vladimir Medinsky"}},
		{"en", "Ukrainian and Russian delegations held talks in Istanbul. Rustem Umerov led the Ukrainian delegation. " +
			"Vladimir Medinsky, the Russian delegation head, said the talks were useful.",
			[]string{"Russia|Ukraine", "Rustem Umerov|Vladimir Medinsky"}},
		// A chief whose noun no delegation noun follows or stands right after is no delegate: "Pentagon chief Pete
		// Hegseth said the Ukrainian side …".
		{"en", "Ukraine held talks with the United States in Jeddah on Tuesday. In Washington, Pentagon chief Pete Hegseth said " +
			"the Ukrainian side had shown flexibility.",
			[]string{"Ukraine|United States"}},
		{"en", "Ukrainian and Russian negotiators met in Istanbul. Recep Tayyip Erdogan greeted both delegations. " +
			"Ukraine's team was headed by David Arakhamia. Russia's chief negotiator Vladimir Medinsky called the talks constructive.",
			[]string{"Davyd Arakhamia|Vladimir Medinsky", "Recep Tayyip Erdoğan|Davyd Arakhamia", "Recep Tayyip Erdoğan|Vladimir Medinsky"}},
		// No delegate named: the countries met.
		{"de", "Unterhändler Russlands und der Ukraine sind in Istanbul zusammengekommen.", []string{"Russia|Ukraine"}},
		// The countries' adjectives before a noun of negotiators name the sides; a team led by
		// someone and a chief negotiator are delegates.
		{"en", "Russian and Ukrainian negotiators met in Istanbul on Tuesday. Ukraine's team, headed by David Arakhamia, proposed " +
			"a neutral status. Russia's chief negotiator Vladimir Medinsky called the talks constructive.",
			[]string{"Davyd Arakhamia|Vladimir Medinsky"}},
		{"de", "Russische und ukrainische Unterhändler trafen sich am Dienstag in Istanbul.", []string{"Russia|Ukraine"}},
		// Only as a subject: the sides spoken with by phone did not meet each other.
		{"en", "Antony Blinken spoke by phone with Israeli and Palestinian officials on Monday.", nil},
	} {
		res := x.Extract(&extract.Document{ID: "t", Text: tt.text, Lang: tt.lang})
		var got []string
		for _, tr := range res.Triples {
			if tr.Relation == "meeting" {
				got = append(got, tr.Subject.Name+"|"+tr.Object.Name)
			}
			if tr.Subject != nil && tr.Subject.Match == "delegation" && tr.Doc == "t" {
				if s := tr.Subject; tt.text[byteAt(tt.text, s.Start):byteAt(tt.text, s.End)] != s.Text {
					t.Errorf("%q: offsets of %q point elsewhere", tt.text, s.Text)
				}
			}
		}
		for _, w := range tt.want {
			a, b, _ := strings.Cut(w, "|")
			if !slices.Contains(got, a+"|"+b) && !slices.Contains(got, b+"|"+a) {
				t.Errorf("%q: no meeting %s, got %v", tt.text, w, got)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: got meetings %v, want %v", tt.text, got, tt.want)
		}
	}
}

// byteAt returns the byte offset of code point offset cp in s.
func byteAt(s string, cp int) int {
	n := 0
	for i := range s {
		if n == cp {
			return i
		}
		n++
	}
	return len(s)
}
