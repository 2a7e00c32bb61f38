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

	var (
		once     sync.Once
		firstErr error
	)
	results := make([]string, len(ids))
	started := 0
	for lo := 0; lo < len(ids); lo += limit {
		if ctx.Err() != nil {
			break
		}
		var wg sync.WaitGroup
		for i := lo; i < min(lo+limit, len(ids)); i++ {
			started++
			wg.Go(func() {
				v, err := fetch(ctx, ids[i])
				if err != nil {
					once.Do(func() {
						firstErr = err
						cancel()
					})
					return
				}
				results[i] = v
			})
		}
		wg.Wait() // the whole batch, so one slow call idles the other slots
	}
	if firstErr != nil {
		return nil, firstErr
	}
	if started < len(ids) {
		return nil, ctx.Err()
	}
	return results, nil
}
