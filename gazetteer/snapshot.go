package gazetteer

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/gob"
	"encoding/hex"
	"io"
	"io/fs"
)

// The embedded data parsed ahead of time. Parsing some 750 KB of YAML takes about 100 ms, half
// of the start-up budget; decoding this snapshot takes a few. The YAML stays the source: the
// snapshot records the hash of the files it was made from and is used only when they are the
// embedded files byte for byte, so an edit to the YAML without a new snapshot costs time, never
// correctness. TestSnapshot fails until the snapshot is made again with
//
//	go test ./gazetteer -run TestSnapshot -update
//
//go:embed snapshot.gob
var snapshotData []byte

// snapshot is the parsed default data. Positions are kept apart because gob sees only
// exported fields.
type snapshot struct {
	Hash  string
	Files []*File
	Pos   []filePos
}

// filePos holds the positions of a file's actors, titles and institutions, in order.
type filePos struct {
	Actors, Titles, Institutions []Pos
}

// dataHash is the SHA-256 of the embedded data files, their names and contents in name order.
func dataHash(fsys fs.FS) (string, error) {
	h := sha256.New()
	err := fs.WalkDir(fsys, "data", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		io.WriteString(h, path)
		h.Write([]byte{0})
		h.Write(b)
		h.Write([]byte{0})
		return nil
	})
	return hex.EncodeToString(h.Sum(nil)), err
}

// loadSnapshot returns the files of the snapshot when it was made from the embedded data.
func loadSnapshot() ([]*File, bool) {
	hash, err := dataHash(defaultData)
	if err != nil || len(snapshotData) == 0 {
		return nil, false
	}
	var s snapshot
	if err := gob.NewDecoder(bytes.NewReader(snapshotData)).Decode(&s); err != nil || s.Hash != hash || len(s.Pos) != len(s.Files) {
		return nil, false
	}
	for i, f := range s.Files {
		p := s.Pos[i]
		if len(p.Actors) != len(f.Actors) || len(p.Titles) != len(f.Titles) || len(p.Institutions) != len(f.Institutions) {
			return nil, false
		}
		for j, a := range f.Actors {
			a.pos = p.Actors[j]
		}
		for j, t := range f.Titles {
			t.pos = p.Titles[j]
		}
		for j, in := range f.Institutions {
			in.pos = p.Institutions[j]
		}
	}
	return s.Files, true
}

// writeSnapshot parses the embedded YAML and writes its snapshot to w.
func writeSnapshot(w io.Writer) error {
	files, err := ReadDir(defaultData, "data")
	if err != nil {
		return err
	}
	hash, err := dataHash(defaultData)
	if err != nil {
		return err
	}
	s := snapshot{Hash: hash, Files: files}
	for _, f := range files {
		var p filePos
		for _, a := range f.Actors {
			p.Actors = append(p.Actors, a.pos)
		}
		for _, t := range f.Titles {
			p.Titles = append(p.Titles, t.pos)
		}
		for _, in := range f.Institutions {
			p.Institutions = append(p.Institutions, in.pos)
		}
		s.Pos = append(s.Pos, p)
	}
	return gob.NewEncoder(w).Encode(s)
}
