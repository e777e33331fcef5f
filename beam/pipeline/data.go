package pipeline

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"sync"

	"dipex/extract"
	"dipex/gazetteer"
	"dipex/rules"
	"dipex/yamlfile"
)

// Data says which gazetteer and rules the extractor is built from, as dipex extract's
// --gazetteer, --rules, --no-default-gazetteer and --no-default-rules do. The YAML files are
// read where the pipeline is built and travel inside it, so workers need not see the
// launching machine's disk.
type Data struct {
	Gazetteer          []YAMLFile
	Rules              []YAMLFile
	NoDefaultGazetteer bool
	NoDefaultRules     bool
}

// YAMLFile is one gazetteer or rules file: its name (for error positions) and content.
type YAMLFile struct {
	Name string
	Data []byte
}

// LoadData reads the gazetteer and rules files and directories named by gazetteers and
// ruleFiles, and checks that they build an extractor, so that a bad file stops the launch with
// every problem and its file:line:col, as dipex extract reports it.
func LoadData(gazetteers, ruleFiles []string, noDefaultGazetteer, noDefaultRules bool) (Data, error) {
	d := Data{NoDefaultGazetteer: noDefaultGazetteer, NoDefaultRules: noDefaultRules}
	collect := func(to *[]YAMLFile) func(string, []byte) error {
		return func(name string, data []byte) error {
			*to = append(*to, YAMLFile{Name: name, Data: data})
			return nil
		}
	}
	if err := yamlfile.WalkPaths(gazetteers, collect(&d.Gazetteer)); err != nil {
		return Data{}, fmt.Errorf("gazetteer: %w", err)
	}
	if err := yamlfile.WalkPaths(ruleFiles, collect(&d.Rules)); err != nil {
		return Data{}, fmt.Errorf("rules: %w", err)
	}
	if _, err := d.Extractor(); err != nil {
		return Data{}, err
	}
	return d, nil
}

// builtIn reports whether d is the embedded gazetteer and rules, with nothing added.
func (d Data) builtIn() bool {
	return len(d.Gazetteer) == 0 && len(d.Rules) == 0 && !d.NoDefaultGazetteer && !d.NoDefaultRules
}

// extractors holds the extractors built in this process, by the digest of their Data: a
// worker builds each once, however many DoFn instances it runs.
var extractors = struct {
	sync.Mutex
	built map[[sha256.Size]byte]*extract.Extractor
}{built: map[[sha256.Size]byte]*extract.Extractor{}}

// Extractor returns the extractor d describes, built once per process.
func (d Data) Extractor() (*extract.Extractor, error) {
	if d.builtIn() {
		return extract.Default()
	}
	b, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	key := sha256.Sum256(b)
	extractors.Lock()
	defer extractors.Unlock()
	if x := extractors.built[key]; x != nil {
		return x, nil
	}
	g, err := d.gazetteer()
	if err != nil {
		return nil, fmt.Errorf("gazetteer:\n%w", err)
	}
	e, err := d.rules()
	if err != nil {
		return nil, fmt.Errorf("rules:\n%w", err)
	}
	x := extract.New(g, e)
	extractors.built[key] = x
	return x, nil
}

func (d Data) gazetteer() (*gazetteer.Gazetteer, error) {
	extra, err := parseAll(d.Gazetteer, gazetteer.Parse)
	if err != nil {
		return nil, err
	}
	return gazetteer.Load(extra, d.NoDefaultGazetteer)
}

// parseAll parses every file with parse and reports every problem of every file, as dipex
// extract does.
func parseAll[F any](ys []YAMLFile, parse func(name string, data []byte) (*F, error)) ([]*F, error) {
	var files []*F
	var errs yamlfile.ErrorList
	for _, y := range ys {
		f, err := parse(y.Name, y.Data)
		if l, ok := err.(yamlfile.ErrorList); ok {
			errs = append(errs, l...)
		} else if err != nil {
			return nil, err
		} else if f != nil {
			files = append(files, f)
		}
	}
	return files, errs.Err()
}

func (d Data) rules() (*rules.Engine, error) {
	extra, err := parseAll(d.Rules, rules.Parse)
	if err != nil {
		return nil, err
	}
	return rules.Load(extra, d.NoDefaultRules)
}
