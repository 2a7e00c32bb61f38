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
	out := make(chan []string)
	go func() {
		defer close(out)
		// TODO: this sends every item as a batch of its own, ignores size,
		// maxWait and ctx.
		for item := range in {
			out <- []string{item}
		}
	}()
	return out
}
