package gazetteer

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"
)

var update = flag.Bool("update", false, "TestSnapshot: write snapshot.gob from the embedded YAML")

// TestSnapshot checks that the embedded snapshot was made from the embedded YAML and gives the
// very files parsing it gives (positions included); -update makes it again.
func TestSnapshot(t *testing.T) {
	if *update {
		var buf bytes.Buffer
		if err := writeSnapshot(&buf); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("snapshot.gob", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Log("wrote snapshot.gob; rebuild to embed it")
		return
	}
	fromYAML, err := ReadDir(defaultData, "data")
	if err != nil {
		t.Fatal(err)
	}
	fromSnapshot, ok := loadSnapshot()
	if !ok {
		t.Fatal("snapshot.gob is not the embedded YAML's (start-up parses the YAML, some 100 ms): run go test ./gazetteer -run TestSnapshot -update")
	}
	if !reflect.DeepEqual(fromYAML, fromSnapshot) {
		t.Fatal("snapshot.gob decodes to other files than the YAML gives: run go test ./gazetteer -run TestSnapshot -update")
	}
}
