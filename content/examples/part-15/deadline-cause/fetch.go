// Package fetch polls a slow backend and stops when its context is done.
package fetch

import (
	"context"
	"time"
)

// Poll calls check every d until it reports true or ctx is done.
// On cancellation it returns context.Cause(ctx), which is ctx.Err()
// unless whoever cancelled gave a more specific reason.
func Poll(ctx context.Context, d time.Duration, check func() bool) error {
	t := time.NewTicker(d)
	defer t.Stop()
	for !check() {
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case <-t.C:
		}
	}
	return nil
}
