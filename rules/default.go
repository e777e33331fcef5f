package rules

import (
	"embed"
	"sync"
)

//go:embed data/*.yaml
var defaultData embed.FS

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
