package gazetteer

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

// DefaultFiles returns the parsed embedded gazetteer files: from the snapshot made ahead of
// time when it is up to date (see snapshot.go), else from the YAML.
func DefaultFiles() ([]*File, error) {
	if files, ok := loadSnapshot(); ok {
		return files, nil
	}
	return ReadDir(defaultData, "data")
}

// Default returns the embedded gazetteer. It is compiled once per process and shared.
var Default = sync.OnceValues(func() (*Gazetteer, error) {
	files, err := DefaultFiles()
	if err != nil {
		return nil, err
	}
	return New(files...)
})

// Load returns the gazetteer of the embedded files (unless noDefault) and extra: the shared
// Default when there is nothing to add.
func Load(extra []*File, noDefault bool) (*Gazetteer, error) {
	return yamlfile.Combine(extra, noDefault, DefaultFiles, Default, New)
}
