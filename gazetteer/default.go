package gazetteer

import (
	"embed"
	"sync"
)

//go:embed data/*.yaml
var defaultData embed.FS

// DefaultFiles returns the parsed embedded gazetteer files.
func DefaultFiles() ([]*File, error) { return ReadDir(defaultData, "data") }

// Default returns the embedded gazetteer. It is compiled once per process and shared.
var Default = sync.OnceValues(func() (*Gazetteer, error) {
	files, err := DefaultFiles()
	if err != nil {
		return nil, err
	}
	return New(files...)
})
