// Package batch runs the extractor over a stream of documents on many goroutines and hands the
// results back in input order, so that a run's output is the same whatever the number of
// workers. Memory stays bounded: at most a few documents per worker are in flight.
package batch

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"dipex/extract"
	"dipex/input"
)

// Result is one document's outcome: its triples and mentions, or why it failed.
type Result struct {
	Item input.Item
	Res  *extract.Result // nil when the document failed
	Err  error           // the document's problem: unreadable, or a bug in extraction
}

// Stats counts a run.
type Stats struct {
	Extracted, Failed, Triples int64
	Bytes                      int64 // input bytes of the documents read
	Elapsed                    time.Duration
}

// Read is the number of documents read: every one is either extracted or failed.
func (s Stats) Read() int64 { return s.Extracted + s.Failed }

// MBps is the run's throughput in megabytes of input per second.
func (s Stats) MBps() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Bytes) / 1e6 / s.Elapsed.Seconds()
}

// Source produces documents: it calls yield for each and stops when yield returns false.
type Source func(yield func(input.Item) bool) error

// queue is how many documents per worker may wait to be extracted; twice as many may wait to
// be emitted. It bounds the memory of a run.
const queue = 16

type job struct {
	item input.Item
	out  chan Result
}

// Run extracts every document of src with x on workers goroutines (0: one per CPU) and calls
// emit with each result in input order, on the calling goroutine. An error from emit or from
// src, or the context's end, stops the run; the stats count what was emitted.
func Run(ctx context.Context, x *extract.Extractor, workers int, src Source, emit func(Result) error) (Stats, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	start := time.Now()
	// Queues of a few dozen documents let each side run on without waking the other for every
	// document: with one worker, waking goroutines document by document cost 5% of the time.
	jobs := make(chan job, queue*workers)
	order := make(chan chan Result, 2*queue*workers)
	var srcErr error
	go func() {
		defer close(order)
		defer close(jobs)
		srcErr = src(func(it input.Item) bool {
			out := make(chan Result, 1)
			if it.Err != nil {
				out <- Result{Item: it, Err: it.Err}
			} else {
				select {
				case jobs <- job{it, out}:
				case <-ctx.Done():
					return false
				}
			}
			select {
			case order <- out:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if err := ctx.Err(); err != nil {
					j.out <- Result{Item: j.item, Err: err} // stopping: what is queued is not extracted
					continue
				}
				res, err := safeExtract(x, j.item.Doc)
				j.out <- Result{Item: j.item, Res: res, Err: err}
			}
		}()
	}
	var st Stats
	var emitErr error
	for out := range order {
		r := <-out
		if emitErr != nil || ctx.Err() != nil {
			continue // drain
		}
		st.Bytes += r.Item.Bytes
		if r.Err != nil {
			st.Failed++
		} else {
			st.Extracted++
			st.Triples += int64(len(r.Res.Triples))
		}
		if err := emit(r); err != nil {
			emitErr = err
			cancel()
		}
	}
	wg.Wait()
	st.Elapsed = time.Since(start)
	switch {
	case emitErr != nil:
		return st, emitErr
	case srcErr != nil:
		return st, srcErr
	}
	return st, context.Cause(ctx)
}

// safeExtract runs the extractor on one document: a panic (a bug) fails that document only.
func safeExtract(x *extract.Extractor, doc *extract.Document) (res *extract.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("document %s: internal error (please report it): %v", doc.ID, r)
			res = nil
		}
	}()
	return x.Extract(doc), nil
}
