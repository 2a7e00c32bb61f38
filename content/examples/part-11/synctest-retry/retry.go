// Package retry calls a function until it succeeds, backing off between
// attempts.
package retry

import (
	"context"
	"time"
)

// Do calls f up to attempts times. After a failure it waits base, then
// twice as long after each further failure, and gives up early when ctx
// is done. It returns f's last error, or ctx's.
func Do(ctx context.Context, attempts int, base time.Duration,
	f func() error) error {
	var err error
	wait := base
	for i := range attempts {
		if err = f(); err == nil {
			return nil
		}
		if i == attempts-1 {
			break // no wait after the last attempt
		}
		timer := time.NewTimer(wait)
		select {
		case <-timer.C:
		case <-ctx.Done():
			timer.Stop()
			return ctx.Err()
		}
		wait *= 2
	}
	return err
}
