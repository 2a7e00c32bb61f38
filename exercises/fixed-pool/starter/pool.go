// Package pool runs tasks on a fixed number of worker goroutines, so the
// goroutine count of a service does not grow with its load.
package pool

import (
	"errors"
	"runtime"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: closed")

// maxProcs reports the default pool size. It is a variable so that the tests
// can pick a value that differs from runtime.NumCPU and from 1: in the page's
// WebAssembly runner GOMAXPROCS is always 1, whatever a program sets.
var maxProcs = func() int { return runtime.GOMAXPROCS(0) }

// Pool runs submitted tasks on a fixed set of worker goroutines.
type Pool struct {
	// TODO: an unbuffered task channel, a quit channel closed by Close,
	// a sync.Once for that close, and a sync.WaitGroup for the workers.
}

// New starts n worker goroutines, or maxProcs() of them (GOMAXPROCS) when
// n < 1, and returns the pool that feeds them.
func New(n int) *Pool {
	// TODO: start the workers here, not later.
	return &Pool{}
}

// Submit hands task to an idle worker, blocking while every worker is busy.
// It returns ErrClosed, without running task, once Close has been called.
func (p *Pool) Submit(task func()) error {
	// TODO: hand the task to a worker instead of running it here.
	task()
	return nil
}

// Close stops the pool and returns once every task already handed to a
// worker has finished and every worker goroutine has returned. It is safe
// to call more than once.
func (p *Pool) Close() {
	// TODO: signal the workers once, then wait for them.
}
