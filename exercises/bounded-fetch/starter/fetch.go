// Package fetch calls a slow service for many ids with bounded concurrency:
// at most limit calls at a time, and on the first failure the rest are
// cancelled.
package fetch

import (
	"context"
	"errors"
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
	// TODO: validate limit; derive a cancellable context; use a buffered
	// channel of capacity limit as a semaphore; start one goroutine per id
	// once it holds a slot; keep the first error; wait for every goroutine.
	results := make([]string, len(ids))
	for i, id := range ids {
		v, err := fetch(ctx, id) // one at a time: correct results, but slow
		if err != nil {
			return nil, err
		}
		results[i] = v
	}
	return results, nil
}
