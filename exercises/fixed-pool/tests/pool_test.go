package pool

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
)

// Every test runs inside a testing/synctest bubble. synctest.Wait returns
// once every other goroutine in the bubble has exited or is blocked, so the
// pool's workers are parked by then. The tests count goroutines in the
// bubble only: runtime.NumGoroutine would also count the test framework's
// own goroutines, which start and exit on their own schedule.

// inBubble counts the goroutines whose stack trace header says they belong
// to a synctest bubble ("goroutine 7 [chan receive, synctest bubble 1]:").
func inBubble() int {
	buf := make([]byte, 1<<20)
	trace := string(buf[:runtime.Stack(buf, true)])
	n := 0
	for line := range strings.Lines(trace) {
		if strings.HasPrefix(line, "goroutine ") && strings.Contains(line, "synctest bubble") {
			n++
		}
	}
	return n
}

// baseline is the bubble's goroutine count before the pool starts.
func baseline() int {
	synctest.Wait()
	return inBubble()
}

// extra reports how many goroutines are running beyond base. It reads
// again while the count differs from want, so a goroutine caught between
// returning and being freed does not fail the test; a goroutine that is
// really running (or missing) keeps the count wrong on every reading.
func extra(base, want int) int {
	var got int
	for range 200 {
		synctest.Wait()
		if got = inBubble() - base; got == want {
			return got
		}
		runtime.Gosched()
	}
	return got
}

// gate is a task that blocks until open is closed, and counts its runs.
type gate struct {
	open    chan struct{}
	started atomic.Int32
	done    atomic.Int32
}

func newGate() *gate { return &gate{open: make(chan struct{})} }

func (g *gate) task() {
	g.started.Add(1)
	<-g.open
	g.done.Add(1)
}

// submitAsync calls Submit on a new goroutine; the returned channel
// receives its error once Submit returns.
func submitAsync(p *Pool, task func()) <-chan error {
	errc := make(chan error, 1)
	go func() { errc <- p.Submit(task) }()
	return errc
}

func TestNewStartsExactlyNWorkers(t *testing.T) {
	for _, n := range []int{1, 3, 5} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				base := baseline()
				p := New(n)
				if got := extra(base, n); got != n {
					t.Errorf("after New(%d): %d extra goroutines, want %d",
						n, got, n)
				}
				p.Close()
				if got := extra(base, 0); got != 0 {
					t.Errorf("after Close: %d extra goroutines, want 0", got)
				}
			})
		})
	}
}

func TestNewDefaultsToGOMAXPROCS(t *testing.T) {
	if got, want := maxProcs(), runtime.GOMAXPROCS(0); got != want {
		t.Fatalf("maxProcs() = %d, want runtime.GOMAXPROCS(0) = %d", got, want)
	}
	// The page's runner keeps GOMAXPROCS at 1, so the test stands in a
	// value that differs from 1 and from runtime.NumCPU on every engine.
	want := runtime.NumCPU() + 3
	saved := maxProcs
	maxProcs = func() int { return want }
	t.Cleanup(func() { maxProcs = saved })

	for _, n := range []int{0, -1} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				base := baseline()
				p := New(n)
				got := extra(base, want)
				p.Close()
				if got != want {
					t.Errorf("New(%d) with GOMAXPROCS=%d started %d workers, want %d",
						n, want, got, want)
				}
			})
		})
	}
}

func TestTasksRunOnTheWorkers(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		base := baseline()
		p := New(2)
		g := newGate()
		for i := range 2 {
			if err := p.Submit(g.task); err != nil {
				t.Fatalf("Submit #%d = %v, want nil", i+1, err)
			}
		}
		if got := extra(base, 2); got != 2 {
			t.Errorf("2 workers running 2 blocked tasks: %d extra goroutines, want 2 (no goroutine per task)", got)
		}
		if got := g.started.Load(); got != 2 {
			t.Errorf("tasks started = %d, want 2", got)
		}
		close(g.open)
		p.Close()
		if got := g.done.Load(); got != 2 {
			t.Errorf("tasks finished = %d, want 2", got)
		}
	})
}

func TestSubmitBlocksWhileEveryWorkerIsBusy(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		p := New(1)
		g := newGate()
		if err := p.Submit(g.task); err != nil {
			t.Fatalf("first Submit = %v, want nil", err)
		}
		errc := submitAsync(p, g.task)
		synctest.Wait()
		select {
		case err := <-errc:
			t.Errorf("second Submit returned %v while the only worker was busy, want it to block", err)
		default:
		}
		close(g.open) // the worker finishes the first task and takes the second
		if err := <-errc; err != nil {
			t.Errorf("second Submit = %v after a worker freed up, want nil", err)
		}
		p.Close()
		if got := g.done.Load(); got != 2 {
			t.Errorf("tasks finished = %d, want 2", got)
		}
	})
}

func TestEverySubmittedTaskRunsOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		p := New(3)
		var runs atomic.Int32
		for i := range 20 {
			if err := p.Submit(func() { runs.Add(1) }); err != nil {
				t.Fatalf("Submit #%d = %v, want nil", i+1, err)
			}
		}
		p.Close() // no wait before Close: a task Submit accepted is not dropped
		if got := runs.Load(); got != 20 {
			t.Errorf("after 20 Submits and Close: %d runs, want 20", got)
		}
	})
}

func TestCloseWaitsForRunningTasks(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		base := baseline()
		p := New(2)
		g := newGate()
		if err := p.Submit(g.task); err != nil {
			t.Fatalf("Submit = %v, want nil", err)
		}
		closed := make(chan struct{})
		go func() {
			p.Close()
			close(closed)
		}()
		synctest.Wait()
		select {
		case <-closed:
			t.Errorf("Close returned while a task was still running, want it to wait")
		default:
		}
		close(g.open)
		<-closed
		if got := g.done.Load(); got != 1 {
			t.Errorf("tasks finished when Close returned = %d, want 1", got)
		}
		if got := extra(base, 0); got != 0 {
			t.Errorf("after Close: %d extra goroutines, want 0", got)
		}
	})
}

func TestSubmitAfterClose(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		p := New(2)
		p.Close()
		var runs atomic.Int32
		for i := range 3 {
			err := p.Submit(func() { runs.Add(1) })
			if !errors.Is(err, ErrClosed) {
				t.Errorf("Submit #%d after Close = %v, want ErrClosed", i+1, err)
			}
		}
		synctest.Wait()
		if got := runs.Load(); got != 0 {
			t.Errorf("tasks run after Close = %d, want 0", got)
		}
	})
}

func TestCloseTwice(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		base := baseline()
		p := New(2)
		p.Close()
		p.Close() // must neither panic nor block
		if got := extra(base, 0); got != 0 {
			t.Errorf("after two Closes: %d extra goroutines, want 0", got)
		}
	})
}
