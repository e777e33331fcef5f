package batch

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"dipex/extract"
	"dipex/input"
)

func source(n int, bad func(i int) bool) Source {
	return func(yield func(input.Item) bool) error {
		for i := range n {
			it := input.Item{Src: fmt.Sprintf("test:%d", i+1), Bytes: 10}
			if bad(i) {
				it.Err = fmt.Errorf("test:%d: bad", i+1)
			} else {
				it.Doc = &extract.Document{ID: fmt.Sprint(i), Lang: "de",
					Text: fmt.Sprintf("Xi Jinping traf Wladimir Putin. Das war Treffen Nummer %d.", i)}
			}
			if !yield(it) {
				return nil
			}
		}
		return nil
	}
}

// TestOrderAndCounts runs many documents on several workers: results come back in input
// order, bad documents in their place, and the counts add up.
func TestOrderAndCounts(t *testing.T) {
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2, 8} {
		next := 0
		st, err := Run(context.Background(), x, workers, source(300, func(i int) bool { return i%7 == 3 }), func(r Result) error {
			want := fmt.Sprintf("test:%d", next+1)
			if r.Item.Src != want {
				return fmt.Errorf("result %s came where %s was due", r.Item.Src, want)
			}
			if (next%7 == 3) != (r.Err != nil) {
				return fmt.Errorf("document %d: error %v", next, r.Err)
			}
			if r.Err == nil && len(r.Res.Triples) != 1 {
				return fmt.Errorf("document %d: %d triples", next, len(r.Res.Triples))
			}
			next++
			return nil
		})
		if err != nil {
			t.Fatalf("-j %d: %v", workers, err)
		}
		if st.Read() != 300 || st.Failed != 43 || st.Extracted != 257 || st.Triples != 257 {
			t.Errorf("-j %d: stats %+v", workers, st)
		}
	}
}

// TestPanicFailsOneDocument: a bug that panics on a document fails that document only.
func TestPanicFailsOneDocument(t *testing.T) {
	broken := extract.New(nil, nil) // no gazetteer: Extract panics
	st, err := Run(context.Background(), broken, 2, source(5, func(int) bool { return false }), func(r Result) error {
		if r.Err == nil || !strings.Contains(r.Err.Error(), "internal error") {
			return fmt.Errorf("want an internal error, got %v", r.Err)
		}
		return nil
	})
	if err != nil || st.Failed != 5 || st.Read() != 5 {
		t.Errorf("err %v, stats %+v", err, st)
	}
}

// TestStopOnEmitError: a failing writer stops the run without a deadlock.
func TestStopOnEmitError(t *testing.T) {
	x, _ := extract.Default()
	n := 0
	_, err := Run(context.Background(), x, 4, source(1000, func(int) bool { return false }), func(Result) error {
		n++
		if n == 10 {
			return fmt.Errorf("disk full")
		}
		return nil
	})
	if err == nil || err.Error() != "disk full" || n != 10 {
		t.Errorf("err %v after %d results", err, n)
	}
}

func TestCancel(t *testing.T) {
	x, _ := extract.Default()
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := Run(ctx, x, 2, source(1000, func(int) bool { return false }), func(Result) error {
		n++
		if n == 5 {
			cancel()
		}
		return nil
	})
	if err == nil || n >= 1000 {
		t.Errorf("err %v after %d results", err, n)
	}
}
