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
	tasks chan func()
	quit  chan struct{}
	once  sync.Once
	wg    sync.WaitGroup

	mu      sync.Mutex
	n       int
	started int
}

// New returns a pool of n workers, or runtime.GOMAXPROCS(0) when n < 1.
// Workers start on demand, so an idle pool costs nothing.
func New(n int) *Pool {
	if n < 1 {
		n = maxProcs()
	}
	return &Pool{tasks: make(chan func()), quit: make(chan struct{}), n: n}
}

func (p *Pool) work() {
	for {
		select {
		case <-p.quit:
			return
		case task := <-p.tasks:
			task()
		}
	}
}

// Submit hands task to an idle worker, blocking while every worker is busy.
func (p *Pool) Submit(task func()) error {
	select {
	case <-p.quit:
		return ErrClosed
	default:
	}
	p.mu.Lock()
	if p.started < p.n {
		p.started++
		p.wg.Go(p.work)
	}
	p.mu.Unlock()
	select {
	case p.tasks <- task:
		return nil
	case <-p.quit:
		return ErrClosed
	}
}

// Close stops the pool and waits for the workers.
func (p *Pool) Close() {
	p.once.Do(func() { close(p.quit) })
	p.wg.Wait()
}
