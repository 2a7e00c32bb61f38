// Package fetch downloads many URLs with a bounded number of workers.
package fetch

import (
	"context"
	"fmt"
	"sync"
)

// Fetcher fetches one URL. It should give up when ctx is done.
type Fetcher func(ctx context.Context, url string) (string, error)

// FetchAll calls fetch for every URL, with at most workers calls running at
// once (one if workers < 1), and returns the bodies in the order of urls.
// On the first error, or when ctx is done, it starts no new call, cancels
// the calls in flight, waits for them, and returns nil and the error.
func FetchAll(ctx context.Context, urls []string, workers int, fetch Fetcher) ([]string, error) {
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Every index is queued up front; the channel is closed, so a worker's
	// range loop ends when the queue is empty.
	jobs := make(chan int, len(urls))
	for i := range urls {
		jobs <- i
	}
	close(jobs)

	type result struct {
		index int
		body  string
		err   error
	}
	results := make(chan result)
	var wg sync.WaitGroup
	for range min(max(workers, 1), len(urls)) {
		wg.Go(func() {
			for i := range jobs {
				if ctx.Err() != nil {
					return // cancelled: start nothing new
				}
				body, err := fetch(ctx, urls[i])
				if err != nil {
					cancel() // here, so this worker sees it before taking another job
				}
				results <- result{i, body, err}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results) // the last worker has returned: nobody sends any more
	}()

	bodies := make([]string, len(urls))
	fetched := 0
	var firstErr error
	for r := range results { // drain to the end, so that no worker blocks
		if r.err != nil {
			return nil, fmt.Errorf("fetch %s: %w", urls[r.index], r.err)
		}
		bodies[r.index] = r.body
		fetched++
	}
	if firstErr == nil && fetched < len(urls) {
		firstErr = parent.Err() // cancelled between calls: nothing failed, but some never ran
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return bodies, nil
}
