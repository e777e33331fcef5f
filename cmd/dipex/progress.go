package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows documents, megabytes, documents per second and, when the input's size is
// known, the time left, on stderr when it is a terminal; otherwise it does nothing.
type progress struct {
	mu    sync.Mutex
	bar   *progressbar.ProgressBar
	docs  int64
	start time.Time
}

func newProgress(stderr io.Writer, total int64, quiet bool) *progress {
	p := &progress{start: time.Now()}
	f, ok := stderr.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return p
	}
	if total <= 0 {
		total = -1 // unknown: a spinner
	}
	p.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetDescription("dipex"),
	)
	return p
}

// bytes reports the input bytes read so far.
func (p *progress) bytes(n int64) {
	if p.bar == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bar.Set64(n)
}

// doc counts one more document done.
func (p *progress) doc() {
	if p.bar == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.docs++
	if p.docs%50 == 0 {
		rate := float64(p.docs) / time.Since(p.start).Seconds()
		p.bar.Describe(fmt.Sprintf("%d docs, %.0f docs/s", p.docs, rate))
	}
}

// clear erases the bar before a message is printed.
func (p *progress) clear() {
	if p.bar == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bar.Clear()
}

func (p *progress) finish() {
	if p.bar == nil {
		return
	}
	p.bar.Finish()
	p.bar.Exit()
}
