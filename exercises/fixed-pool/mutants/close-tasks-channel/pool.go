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
	wg    sync.WaitGroup
}

// New starts n worker goroutines, or runtime.GOMAXPROCS(0) of them when
// n < 1, and returns the pool that feeds them.
func New(n int) *Pool {
	if n < 1 {
		n = maxProcs()
	}
	p := &Pool{tasks: make(chan func())}
	for range n {
		p.wg.Go(func() {
			for task := range p.tasks {
				task()
			}
		})
	}
	return p
}

// Submit hands task to an idle worker, blocking while every worker is busy.
func (p *Pool) Submit(task func()) error {
	p.tasks <- task
	return nil
}

// Close stops the workers and waits for them.
func (p *Pool) Close() {
	close(p.tasks)
	p.wg.Wait()
}
