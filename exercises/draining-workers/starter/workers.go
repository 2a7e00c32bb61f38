// Package workers consumes a queue of jobs with a fixed number of workers
// and stops cleanly when its context is cancelled or a job fails.
package workers

import "context"

// Handler processes one job. It should return early when ctx is done.
type Handler func(ctx context.Context, job string) error

// Run starts workers goroutines that take jobs from jobs and pass each to
// handle. It returns nil once jobs is closed and every job is handled.
// The first failure cancels the context of the handlers still running,
// with the failure as its cause. When ctx or a failure cancels the group,
// no worker takes another job, Run waits for every handler in flight and
// returns the cause of the cancellation.
func Run(ctx context.Context, workers int, jobs <-chan string, handle Handler) error {
	// TODO: derive a context with context.WithCancelCause; start workers
	// goroutines with a sync.WaitGroup; in each, check ctx before taking a
	// job; cancel with the first error; wait; return context.Cause.
	for job := range jobs { // one worker, never stops early: wrong
		if err := handle(ctx, job); err != nil {
			return err
		}
	}
	return nil
}
