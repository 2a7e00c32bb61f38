// Package workers consumes a queue of jobs with a fixed number of workers
// and stops cleanly when its context is cancelled or a job fails.
package workers

import (
	"context"
	"sync"
)

// Handler processes one job. It should return early when ctx is done.
type Handler func(ctx context.Context, job string) error

// Run starts workers goroutines that take jobs from jobs and pass each to
// handle. It returns nil once jobs is closed and every job is handled.
// The first failure cancels the context of the handlers still running,
// with the failure as its cause. When ctx or a failure cancels the group,
// no worker takes another job, Run waits for every handler in flight and
// returns the cause of the cancellation.
func Run(ctx context.Context, workers int, jobs <-chan string, handle Handler) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				// select picks at random when a job and the cancellation
				// are both ready: check first, so no job starts late.
				if ctx.Err() != nil {
					return
				}
				select {
				case <-ctx.Done():
					return
				case job, ok := <-jobs:
					if !ok {
						return
					}
					if err := handle(ctx, job); err != nil {
						cancel(err) // only the first cause is kept
					}
				}
			}
		})
	}
	finished := make(chan struct{})
	go func() {
		wg.Wait()
		close(finished)
	}()
	select {
	case <-finished:
	case <-ctx.Done():
	}
	return context.Cause(ctx)
}
