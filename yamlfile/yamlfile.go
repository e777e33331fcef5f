// Package yamlfile decodes the project's YAML data files (gazetteer and rules) strictly and
// reports every problem with its file, line and column, the way go/scanner does: an Error per
// problem, an ErrorList that sorts them, and a message that says how to fix each.
package yamlfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// Error is one problem in a data file, at a position.
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// ErrorList is every problem found, possibly across files.
type ErrorList []*Error

// Add appends a problem at node n of file (n may be nil).
func (l *ErrorList) Add(file string, n *yaml.Node, format string, args ...any) {
	e := &Error{File: file, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Col = n.Line, n.Column
	}
	*l = append(*l, e)
}

// Sort orders the problems by file, line and column.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Error prints every problem on its own line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns nil for an empty list, else the sorted list as an error.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}

// Parse reads one YAML document and returns its root value node (not the document node).
// An empty file gives a nil node and no error.
func Parse(file string, data []byte) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, syntaxError(file, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

var lineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// syntaxError turns yaml's "yaml: line 3: did not find expected key" into a positioned Error.
func syntaxError(file string, err error) error {
	msg := err.Error()
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return ErrorList{{File: file, Line: n, Msg: "YAML syntax: " + m[2] + " (check indentation, and quote values that contain ': ' or start with a special character)"}}
	}
	return ErrorList{{File: file, Msg: "YAML syntax: " + strings.TrimPrefix(msg, "yaml: ")}}
}

// Decode checks n against the shape of v (a pointer to a struct, slice or map built from
// structs with yaml tags), reporting unknown keys and wrong types into errs, then decodes
// what it can. It reports whether n decoded without a problem.
func Decode(file string, n *yaml.Node, v any, errs *ErrorList) bool {
	before := len(*errs)
	checkShape(file, n, reflect.TypeOf(v).Elem(), errs)
	if len(*errs) > before {
		return false
	}
	if err := n.Decode(v); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, m := range te.Errors {
				e := &Error{File: file, Msg: m}
				if sm := lineRE.FindStringSubmatch(m); sm != nil {
					e.Line, _ = strconv.Atoi(sm[1])
					e.Msg = sm[2]
					e.Col = columnAt(n, e.Line, quoted(e.Msg))
				}
				*errs = append(*errs, e)
			}
		} else {
			errs.Add(file, n, "%v", err)
		}
		return false
	}
	return true
}

// columnAt finds the column of the node on line in the tree n whose value is value (the first
// node on the line when value is empty or not found).
func columnAt(n *yaml.Node, line int, value string) int {
	first := 0
	var walk func(*yaml.Node) int
	walk = func(n *yaml.Node) int {
		if n.Line == line {
			if first == 0 {
				first = n.Column
			}
			if value != "" && n.Kind == yaml.ScalarNode && n.Value == value {
				return n.Column
			}
		}
		for _, c := range n.Content {
			if col := walk(c); col > 0 {
				return col
			}
		}
		return 0
	}
	if col := walk(n); col > 0 {
		return col
	}
	return first
}

// quoted returns the text between the first pair of backquotes in msg, as yaml's type
// errors quote the offending value.
func quoted(msg string) string {
	_, rest, ok := strings.Cut(msg, "`")
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, "`")
	return v
}

// checkShape walks n alongside type t and reports keys t does not have and values whose
// YAML kind cannot become t.
func checkShape(file string, n *yaml.Node, t reflect.Type, errs *ErrorList) {
	if n == nil {
		return
	}
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == reflect.TypeOf(yaml.Node{}) {
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			errs.Add(file, n, "expected a mapping (key: value lines), found %s", kindName(n))
			return
		}
		fields := yamlFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			f, ok := fields[k.Value]
			if !ok {
				errs.Add(file, k, "unknown key %q%s", k.Value, suggest(k.Value, fields))
				continue
			}
			checkShape(file, val, f.Type, errs)
		}
	case reflect.Slice:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			return
		}
		if n.Kind != yaml.SequenceNode {
			errs.Add(file, n, "expected a list ([a, b] or lines starting with \"- \"), found %s", kindName(n))
			return
		}
		for _, c := range n.Content {
			checkShape(file, c, t.Elem(), errs)
		}
	case reflect.Map:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			return
		}
		if n.Kind != yaml.MappingNode {
			errs.Add(file, n, "expected a mapping, found %s", kindName(n))
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			checkShape(file, n.Content[i+1], t.Elem(), errs)
		}
	case reflect.String, reflect.Bool, reflect.Int, reflect.Float64:
		if n.Kind != yaml.ScalarNode {
			errs.Add(file, n, "expected a single value, found %s", kindName(n))
		}
	}
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("the value %q", n.Value)
	}
	return "nothing"
}

var fieldCache sync.Map // reflect.Type -> map[string]reflect.StructField

// yamlFields maps the yaml key of each exported field of struct type t to the field.
func yamlFields(t reflect.Type) map[string]reflect.StructField {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]reflect.StructField)
	}
	m := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		m[name] = f
	}
	fieldCache.Store(t, m)
	return m
}

// suggest names the closest known key, or lists them all.
func suggest(key string, fields map[string]reflect.StructField) string {
	names := make([]string, 0, len(fields))
	best, bestD := "", 3
	for name := range fields {
		names = append(names, name)
		if d := distance(strings.ToLower(key), name); d < bestD {
			best, bestD = name, d
		}
	}
	if best != "" {
		return fmt.Sprintf(": did you mean %q?", best)
	}
	sort.Strings(names)
	return ": use one of " + strings.Join(names, ", ")
}

// distance is the Levenshtein distance between a and b, on bytes (keys are ASCII).
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Lookup returns the value node of key in mapping n, or nil.
func Lookup(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// At returns the value node of key in mapping n, or n itself when n has no such key: the
// place to point at in an error about key.
func At(n *yaml.Node, key string) *yaml.Node {
	if v := Lookup(n, key); v != nil {
		return v
	}
	return n
}

// Pos is a place in a YAML file: where an actor, a title or a rule was written.
type Pos struct {
	File      string
	Line, Col int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// PosOf returns where node n stands in file.
func PosOf(file string, n *yaml.Node) Pos { return Pos{File: file, Line: n.Line, Col: n.Column} }

// Items returns the element nodes of sequence n (nil if n is not a sequence).
func Items(n *yaml.Node) []*yaml.Node {
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	return n.Content
}

// Walk calls parse for every .yaml and .yml file under dir in fsys, in name order, naming each
// file prefix joined with its path. Problems that parse reports as an ErrorList are gathered
// from all files and returned together; any other error stops the walk.
func Walk(fsys fs.FS, dir, prefix string, parse func(name string, data []byte) error) error {
	var errs ErrorList
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !(strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		name := p
		if prefix != "" {
			name = filepath.Join(prefix, p)
		}
		if err := parse(name, data); err != nil {
			if l, ok := err.(ErrorList); ok {
				errs = append(errs, l...)
				return nil
			}
			return err
		}
		return nil
	})
	if err != nil {
		return err
	}
	return errs.Err()
}

// WalkPaths is Walk over files and directories named on the command line.
func WalkPaths(paths []string, parse func(name string, data []byte) error) error {
	var errs ErrorList
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		if st.IsDir() {
			err = Walk(os.DirFS(p), ".", p, parse)
		} else {
			var data []byte
			if data, err = os.ReadFile(p); err == nil {
				err = parse(p, data)
			}
		}
		if l, ok := err.(ErrorList); ok {
			errs = append(errs, l...)
		} else if err != nil {
			return err
		}
	}
	return errs.Err()
}

// Collect parses every YAML file under dir in fsys with parse and returns what parsed cleanly,
// in name order, with the problems of all files together. Files are parsed in parallel: the
// default gazetteer is large enough for start-up to notice.
func Collect[T any](fsys fs.FS, dir string, parse func(name string, data []byte) (T, error)) ([]T, error) {
	type file struct {
		name string
		data []byte
	}
	var files []file
	if err := Walk(fsys, dir, "", func(name string, data []byte) error {
		files = append(files, file{name, data})
		return nil
	}); err != nil {
		return nil, err
	}
	vals := make([]T, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vals[i], errs[i] = parse(f.name, f.data)
		}()
	}
	wg.Wait()
	var out []T
	var all ErrorList
	for i := range files {
		if l, ok := errs[i].(ErrorList); ok {
			all = append(all, l...)
		} else if errs[i] != nil {
			return nil, errs[i]
		} else {
			out = append(out, vals[i])
		}
	}
	return out, all.Err()
}

// CollectPaths is Collect over files and directories named on the command line, one by one.
func CollectPaths[T any](paths []string, parse func(name string, data []byte) (T, error)) ([]T, error) {
	var out []T
	err := WalkPaths(paths, keep(&out, parse))
	return out, err
}

func keep[T any](out *[]T, parse func(string, []byte) (T, error)) func(string, []byte) error {
	return func(name string, data []byte) error {
		v, err := parse(name, data)
		if err == nil {
			*out = append(*out, v)
		}
		return err
	}
}

// Combine builds a value (a gazetteer, a rule engine) from the default files, unless
// noDefault, followed by extra ones; with nothing to add it returns shared, the value of the
// default files built once.
func Combine[F, T any](extra []F, noDefault bool, defaults func() ([]F, error), shared func() (T, error), build func(...F) (T, error)) (T, error) {
	if len(extra) == 0 && !noDefault {
		return shared()
	}
	var files []F
	if !noDefault {
		fs, err := defaults()
		if err != nil {
			var zero T
			return zero, err
		}
		files = fs
	}
	return build(append(files, extra...)...)
}

// Repeated reports every item of a list of scalars under n that the same list already holds,
// written the same: a repeated word only hides what a list says. (Spellings that differ, as
// "empfängt" and "empfangt", may mean different things to the engine and are left alone.)
func Repeated(file string, n *yaml.Node, errs *ErrorList) {
	if n == nil {
		return
	}
	if n.Kind == yaml.SequenceNode {
		seen := map[string]*yaml.Node{}
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				continue
			}
			if first, ok := seen[c.Value]; ok {
				errs.Add(file, c, "%q is already in this list (line %d): remove one", c.Value, first.Line)
				continue
			}
			seen[c.Value] = c
		}
	}
	for _, c := range n.Content {
		Repeated(file, c, errs)
	}
}
