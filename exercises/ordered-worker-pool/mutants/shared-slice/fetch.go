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
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan string, len(urls))
	for _, u := range urls {
		jobs <- u
	}
	close(jobs)

	// The workers append to shared variables: no channel, no lock.
	bodies := []string{}
	var firstErr error
	var wg sync.WaitGroup
	for range min(max(workers, 1), len(urls)) {
		wg.Go(func() {
			for u := range jobs {
				if ctx.Err() != nil {
					return
				}
				body, err := fetch(ctx, u)
				if err != nil {
					if firstErr == nil {
						firstErr = fmt.Errorf("fetch %s: %w", u, err)
					}
					cancel()
					continue
				}
				bodies = append(bodies, body)
			}
		})
	}
	wg.Wait()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return bodies, nil
}
