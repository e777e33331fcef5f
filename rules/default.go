package rules

import (
	"embed"
	"io/fs"
	"sync"

	"dipex/yamlfile"
)

//go:embed data/*.yaml
var defaultData embed.FS

// DefaultData is the embedded data, as files under "data/".
func DefaultData() fs.FS { return defaultData }

// DefaultFiles returns the parsed embedded rules files.
func DefaultFiles() ([]*File, error) { return ReadDir(defaultData, "data") }

// Default returns the engine of the embedded rules. It is compiled once per process and shared.
var Default = sync.OnceValues(func() (*Engine, error) {
	files, err := DefaultFiles()
	if err != nil {
		return nil, err
	}
	return New(files...)
})

// Load returns the rule engine of the embedded files (unless noDefault) and extra: the shared
// Default when there is nothing to add.
func Load(extra []*File, noDefault bool) (*Engine, error) {
	return yamlfile.Combine(extra, noDefault, DefaultFiles, Default, New)
}
