// Package clock waits for things with deadlines, so its tests can show the
// fake clock of testing/synctest.
package clock

import (
	"context"
	"time"
)

// WaitOrTimeout waits for done or gives up after d.
func WaitOrTimeout(done <-chan struct{}, d time.Duration) bool {
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}

// Work waits for ctx to end and reports why.
func Work(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}
