// Package batch groups a stream of items into batches, so that a slow
// downstream (a database insert, an HTTP call) sees a few large requests
// instead of many small ones.
package batch

import (
	"context"
	"time"
)

// Batch receives items from in and sends them, in order, as batches on the
// channel it returns. A batch is sent as soon as it holds size items (one
// if size < 1), or maxWait after its first item arrived, whichever comes
// first. When in is closed, Batch sends what it holds, if anything, and
// closes the output. When ctx is done, it stops at once, drops what it
// holds, and closes the output.
func Batch(ctx context.Context, in <-chan string, size int, maxWait time.Duration) <-chan []string {
	size = max(size, 1)
	out := make(chan []string)
	go func() {
		defer close(out)
		timer := time.NewTimer(maxWait)
		timer.Stop()
		var (
			batch   []string
			expired <-chan time.Time // nil while the batch is empty: that case is off
		)
		// flush sends the batch and starts a new one; false means ctx ended it.
		flush := func() bool {
			timer.Stop() // since Go 1.23, no stale tick can be received after Stop
			expired = nil
			select {
			case out <- batch:
				batch = nil // the receiver owns the slice it got: start a new one
				return true
			case <-ctx.Done():
				return false
			}
		}
		for {
			select {
			case item, ok := <-in:
				if !ok {
					if len(batch) > 0 {
						flush()
					}
					return
				}
				batch = append(batch, item)
				if len(batch) == 1 {
					timer.Reset(maxWait) // the clock starts with the first item
					expired = timer.C
				}
				if len(batch) == size && !flush() {
					return
				}
			case <-expired:
				if !flush() {
					return
				}
			}
		}
	}()
	return out
}
