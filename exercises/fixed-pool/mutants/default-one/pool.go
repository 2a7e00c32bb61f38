// Package pool runs tasks on a fixed number of worker goroutines, so the
// goroutine count of a service does not grow with its load.
package pool

import (
	"errors"
	"runtime"
	"sync"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: closed")

// maxProcs reports the default pool size. It is a variable so that the tests
// can pick a value that differs from runtime.NumCPU and from 1: in the page's
// WebAssembly runner GOMAXPROCS is always 1, whatever a program sets.
var maxProcs = func() int { return runtime.GOMAXPROCS(0) }

// Pool runs submitted tasks on a fixed set of worker goroutines.
type Pool struct {
	tasks chan func()   // unbuffered: a send succeeds only when a worker takes it
	quit  chan struct{} // closed by Close; tells Submit and the workers to stop
	once  sync.Once
	wg    sync.WaitGroup
}

// New starts n worker goroutines, or runtime.GOMAXPROCS(0) of them when
// n < 1, and returns the pool that feeds them.
func New(n int) *Pool {
	if n < 1 {
		n = 1 // at least one worker
	}
	p := &Pool{tasks: make(chan func()), quit: make(chan struct{})}
	for range n {
		p.wg.Go(p.work)
	}
	return p
}

func (p *Pool) work() {
	for {
		select {
		case <-p.quit:
			return
		case task := <-p.tasks:
			task() // on this goroutine: no goroutine per task
		}
	}
}

// Submit hands task to an idle worker, blocking while every worker is busy.
// It returns ErrClosed, without running task, once Close has been called.
func (p *Pool) Submit(task func()) error {
	select {
	case <-p.quit: // checked first, so a closed pool never takes a task
		return ErrClosed
	default:
	}
	select {
	case p.tasks <- task:
		return nil
	case <-p.quit:
		return ErrClosed
	}
}

// Close stops the pool and returns once every task already handed to a
// worker has finished and every worker goroutine has returned. It is safe
// to call more than once.
func (p *Pool) Close() {
	p.once.Do(func() { close(p.quit) })
	p.wg.Wait()
}
