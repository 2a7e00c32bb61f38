// Package fetch downloads many URLs with a bounded number of workers.
package fetch

import "context"

// Fetcher fetches one URL. It should give up when ctx is done.
type Fetcher func(ctx context.Context, url string) (string, error)

// FetchAll calls fetch for every URL, with at most workers calls running at
// once (one if workers < 1), and returns the bodies in the order of urls.
// On the first error, or when ctx is done, it starts no new call, cancels
// the calls in flight, waits for them, and returns nil and the error.
func FetchAll(ctx context.Context, urls []string, workers int, fetch Fetcher) ([]string, error) {
	// TODO: replace this sequential loop with a bounded pool of workers.
	bodies := make([]string, len(urls))
	for i, url := range urls {
		body, err := fetch(ctx, url)
		if err != nil {
			return nil, err
		}
		bodies[i] = body
	}
	return bodies, nil
}
