package rules

import "testing"

func TestDefaultLoads(t *testing.T) {
	e, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Rules()) == 0 {
		t.Fatal("no default rules")
	}
}
