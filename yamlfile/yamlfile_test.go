package yamlfile

import (
	"strings"
	"testing"
)

type inner struct {
	Words []string `yaml:"words"`
	N     int      `yaml:"n"`
}

type outer struct {
	Name  string           `yaml:"name"`
	Items []inner          `yaml:"items"`
	Langs map[string]inner `yaml:"langs"`
}

func TestDecode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"name: x\nitems:\n  - {words: [a], n: 1}\n", ""},
		{"nme: x\n", `f.yaml:1:1: unknown key "nme": did you mean "name"?`},
		{"items:\n  - {wrods: [a]}\n", `f.yaml:2:6: unknown key "wrods": did you mean "words"?`},
		{"items: {words: [a]}\n", "f.yaml:1:8: expected a list"},
		{"items:\n  - {words: a}\n", "f.yaml:2:13: expected a list"},
		{"langs:\n  de: {zzz: 1}\n", `f.yaml:2:8: unknown key "zzz": use one of n, words`},
		{"items:\n  - {n: many}\n", "f.yaml:2:9: cannot unmarshal !!str `many` into int"},
	}
	for _, tt := range tests {
		n, err := Parse("f.yaml", []byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		var errs ErrorList
		var v outer
		ok := Decode("f.yaml", n, &v, &errs)
		got := ""
		if err := errs.Err(); err != nil {
			got = err.Error()
		}
		if (tt.want == "") != ok || !strings.Contains(got, tt.want) {
			t.Errorf("Decode(%q) = %v, %q; want %q", tt.in, ok, got, tt.want)
		}
	}
}

func TestSortAndList(t *testing.T) {
	l := ErrorList{{File: "b", Line: 1, Msg: "x"}, {File: "a", Line: 9, Col: 2, Msg: "y"}, {File: "a", Line: 2, Msg: "z"}}
	got := l.Err().Error()
	want := "a:2: z\na:9:2: y\nb:1: x"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if (ErrorList{}).Err() != nil {
		t.Error("empty list is not nil")
	}
}

// TestCombine checks which files a value is built from: the shared default value when nothing
// is added, the defaults then the extra files, or the extra files alone.
func TestCombine(t *testing.T) {
	defaults := func() ([]string, error) { return []string{"d1", "d2"}, nil }
	shared := func() (string, error) { return "shared", nil }
	build := func(fs ...string) (string, error) { return strings.Join(fs, "+"), nil }
	for _, tt := range []struct {
		extra     []string
		noDefault bool
		want      string
	}{
		{nil, false, "shared"},
		{[]string{"x"}, false, "d1+d2+x"},
		{[]string{"x"}, true, "x"},
		{nil, true, ""},
	} {
		got, err := Combine(tt.extra, tt.noDefault, defaults, shared, build)
		if err != nil || got != tt.want {
			t.Errorf("Combine(%v, %v) = %q, %v; want %q", tt.extra, tt.noDefault, got, err, tt.want)
		}
	}
}
