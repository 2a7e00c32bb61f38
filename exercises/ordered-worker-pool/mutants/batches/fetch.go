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
	workers = max(workers, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	bodies := make([]string, len(urls))
	errs := make([]error, len(urls))
	// Fetch the URLs in batches of workers calls, waiting for each batch.
	for start := 0; start < len(urls); start += workers {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var wg sync.WaitGroup
		for i := start; i < min(start+workers, len(urls)); i++ {
			wg.Go(func() {
				body, err := fetch(ctx, urls[i])
				if err != nil {
					cancel()
				}
				bodies[i], errs[i] = body, err
			})
		}
		wg.Wait()
		for i := start; i < min(start+workers, len(urls)); i++ {
			if errs[i] != nil {
				return nil, fmt.Errorf("fetch %s: %w", urls[i], errs[i])
			}
		}
	}
	return bodies, nil
}
