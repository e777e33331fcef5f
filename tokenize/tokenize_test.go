package tokenize

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestText(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Xi traf Putin.", []string{"Xi", "traf", "Putin", "."}},
		{"wie „im Feuer gehärteter Stahl“ seien", []string{"wie", "„", "im", "Feuer", "gehärteter", "Stahl", "“", "seien"}},
		// A single quote before a capital opens a quotation; an elision keeps its apostrophe.
		{"Londoño alias 'Timoschenko', sagte", []string{"Londoño", "alias", "'", "Timoschenko", "'", ",", "sagte"}},
		{"rock 'n' roll in the '90s", []string{"rock", "'n", "'", "roll", "in", "the", "'90s"}},
		{"called him 'a smart cookie'. It's", []string{"called", "him", "'", "a", "smart", "cookie", "'", ".", "It", "'s"}},
		{"«Nein», sagte er.", []string{"«", "Nein", "»", ",", "sagte", "er", "."}},
		{"des NATO-Einflusses", []string{"des", "NATO", "-", "Einflusses"}},
		{"US-Präsident Donald Trump", []string{"US", "-", "Präsident", "Donald", "Trump"}},
		{"am 2025-02-28", []string{"am", "2025-02-28"}},
		{"asiatisch -pazifischen", []string{"asiatisch", "-pazifischen"}},
		{"China’s foreign minister", []string{"China", "’s", "foreign", "minister"}},
		{`"We are ready," he said.`, []string{`"`, "We", "are", "ready", ",", `"`, "he", "said", "."}},
		{"u.a. Dr. Müller im Mai.", []string{"u.a.", "Dr", ".", "Müller", "im", "Mai", "."}},
		{"\ufeffXi traf\r\nPutin \ufeff.", []string{"Xi", "traf", "Putin", "."}},
		{"WASHINGTON/HAVANA (Reuters)", []string{"WASHINGTON", "/", "HAVANA", "(", "Reuters", ")"}},
		{"Tokio/Berlin, 24/7, und/oder", []string{"Tokio", "/", "Berlin", ",", "24/7", ",", "und", "/", "oder"}},
	}
	for _, tt := range tests {
		got := texts(Text(tt.in))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Text(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestKeys(t *testing.T) {
	toks := Text("Der NATO-Gipfel – in Brüssel/Wien")
	want := []string{"der", "nato", "-", "gipfel", "—", "in", "brussel", "/", "wien"}
	var keys []string
	for _, tk := range toks {
		keys = append(keys, tk.Key)
	}
	if strings.Join(keys, "|") != strings.Join(want, "|") {
		t.Fatalf("keys = %q, want %q", keys, want)
	}
}

// TestSimpleKeys checks that the fast path for plain names gives the keys the full tokenizer gives.
func TestSimpleKeys(t *testing.T) {
	for _, s := range []string{"Xi Jinping", "Saudi-Arabien", "Auswärtiges Amt", "Nazi-Deutschland", "Tập Cận Bình",
		"Große Halle des Volkes", "A", "Aa-Bb-Cc", "Kim Jong Un"} {
		fast, ok := simpleKeys(s)
		if !ok {
			t.Errorf("simpleKeys(%q) declined a plain name", s)
			continue
		}
		var slow []string
		for _, tk := range Text(s) {
			slow = append(slow, tk.Key)
		}
		if strings.Join(fast, "|") != strings.Join(slow, "|") {
			t.Errorf("simpleKeys(%q) = %q, Text gives %q", s, fast, slow)
		}
	}
	for _, s := range []string{"U.S.", "People's Daily", "Washington, D.C.", "-x", "a  b", "G7", ""} {
		if _, ok := simpleKeys(s); ok {
			t.Errorf("simpleKeys(%q) took a name with punctuation or digits", s)
		}
	}
}

func TestNewlines(t *testing.T) {
	toks := Text("Titel\n\nErster Satz.\nZweiter")
	got := []int32{}
	for _, tk := range toks {
		got = append(got, tk.NewlinesBefore)
	}
	want := []int32{0, 2, 0, 0, 1}
	if len(got) != len(want) {
		t.Fatalf("tokens %q", texts(toks))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("NewlinesBefore = %v, want %v", got, want)
		}
	}
}

// checkOffsets asserts what every token promises: Text is text[Start:End], and the code
// point offsets select the same text.
func checkOffsets(t *testing.T, text string) {
	t.Helper()
	runes := []rune(text)
	prev := int32(0)
	for _, tk := range Text(text) {
		if tk.Start < prev || tk.End <= tk.Start || int(tk.End) > len(text) {
			t.Fatalf("token %q has bad byte span [%d,%d) after %d in %q", tk.Text, tk.Start, tk.End, prev, text)
		}
		if text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("text[%d:%d] = %q, token says %q", tk.Start, tk.End, text[tk.Start:tk.End], tk.Text)
		}
		if int(tk.REnd) > len(runes) || string(runes[tk.RStart:tk.REnd]) != tk.Text {
			t.Fatalf("runes[%d:%d] != %q in %q", tk.RStart, tk.REnd, tk.Text, text)
		}
		prev = tk.End
	}
}

func TestOffsets(t *testing.T) {
	for _, s := range []string{
		"(CLO) Der chinesische Präsident Xi Jinping empfing am Freitag in Peking den „Gast“.",
		"He said: “It’s done”, and left &rsquo; again.",
		"Tập Cận Bình gặp Putin — 習近平 и Путин.",
		"\ufeffBOM first\r\nthen CRLF",
		"  leading spaces and trailing   ",
		"",
	} {
		checkOffsets(t, s)
	}
}

func FuzzOffsets(f *testing.F) {
	for _, s := range []string{"Xi traf Putin.", "„Nein“, sagte er.", "NATO-Einflusses", "“It’s” &rsquo;s", "a -b- c--d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip()
		}
		checkOffsets(t, s)
	})
}

// proseWhole is what prose's tokenizer makes of the whole text at once: what proseWords, which
// asks prose piece by piece and remembers the pieces, must give.
func proseWhole(text string) []string {
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	var out []string
	for _, t := range doc.Tokens() {
		out = append(out, t.Text)
	}
	return out
}

// proseTexts are texts whose words proseWords must take from prose unchanged: quotes prose
// straightens, white space of every kind, emoticons, abbreviations, a byte order mark, bytes
// that are no UTF-8; and the shared corpora when they are there.
func proseTexts(t *testing.T) []string {
	out := []string{
		"", " ", "\n\n", "Xi traf Putin.", " \t Xi  traf\u00a0Putin\u2003am\u3000Montag. \n",
		"„Wir sind bereit“, sagte er. «Nein» ‹ja› ‚so‘", "China’s “foreign” minister‘s ‘view’ isn&rsquo;t new&rsquo;",
		"&rsquo;&rsquo; &rsquo;s&rsquo;", "He said (\"no\")... [sic]! $100, 5%; it's they'll won't I'm you're",
		"U.S. Mr. Dr. u.a. e.g. :-) :) (-_-) ¯\\(ツ)/¯ xD o_O", "\ufeffXi traf\r\nPutin \ufeff. a\ufeffb",
		"bad \xff\xfe bytes\xc3 and \xe2\x80 cut “quotes\xe2\x80", "NATO-Einflusses US-Präsident WASHINGTON/HAVANA 24/7",
		"word\u200bjoined\u2028line\u2029para\u0085next\vtab\fform",
	}
	if data, err := os.ReadFile("../testdata/xi-shoigu.de.txt"); err == nil {
		out = append(out, string(data))
	}
	for _, name := range []string{"news_de.jsonl", "news_en.jsonl", "news_de.politics.jsonl", "news_en.politics.jsonl"} {
		f, err := os.Open("../../shared/corpora/" + name)
		if err != nil {
			continue // the corpora stay outside the repository
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var d struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			out = append(out, d.Text)
		}
		f.Close()
	}
	return out
}

// TestPlainPieces holds proseWords' shortcuts to prose: a piece of letters and digits alone is
// one word, emoticons of letters and digits included; with a comma after it, or a full stop
// after four bytes or more of it, it is that word and the mark; other pieces go to prose.
func TestPlainPieces(t *testing.T) {
	words := []string{"Xi", "a", "Z", "0", "2025", "G20", "xD", "XDD", "xDD", "8D", "o", "Mr", "Dr", "Jan",
		"Außenministerium", "Präsidenten", "Süd", "Шойгу", "习近平", "٢٠٢٥", "ＡＢＣ", "dont", "Ol", "ll", "s", "nt"}
	for _, w := range words {
		for _, r := range w {
			if !isAlnum(r) {
				t.Fatalf("%q: %q is no letter or digit", w, r)
			}
		}
		for _, p := range []string{w, w + ",", w + ".", w + ",,", w + "..", w + ";", "," + w, w + ",x"} {
			want := proseWhole(p)
			alnum := 0
			for i, r := range p {
				if alnum == i && isAlnum(r) {
					alnum = i + utf8.RuneLen(r)
				}
			}
			got, ok := plainWords(nil, p, alnum)
			if ok && !slices.Equal(got, want) {
				t.Errorf("plainWords(%q) = %q, prose says %q", p, got, want)
			}
			if ok != (p == w || p == w+"," || p == w+"." && len(w) >= 4) {
				t.Errorf("plainWords(%q) took it: %v", p, ok)
			}
		}
	}
	for _, r := range "'’\".-_$()[]&;:!?,%/\u00ad\u0301\ufeff\ufffdⅫ" {
		if isAlnum(r) {
			t.Errorf("isAlnum(%q) = true", r)
		}
	}
}

func TestProseWords(t *testing.T) {
	texts := proseTexts(t)
	check := func(texts []string) {
		t.Helper()
		for _, text := range texts {
			if got, want := proseWords(nil, text), proseWhole(text); !slices.Equal(got, want) {
				t.Fatalf("proseWords(%.60q) =\n%q\nprose says\n%q", text, got, want)
			}
		}
	}
	check(texts) // the pieces met for the first time, then again from the cache
	check(texts)
	// A cache that forgets often gives the same words too.
	defer func(max int) { pieces.max = max }(pieces.max)
	pieces.max = 16
	check(texts[:min(len(texts), 50)])
}
