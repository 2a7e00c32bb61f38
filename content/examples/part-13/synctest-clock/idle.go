// Package idle waits for a channel to go quiet.
package idle

import "time"

// Wait receives from in until nothing has arrived for d, and returns how
// many values it saw. time.After starts a new timer on every iteration,
// so each value restarts the wait: d is an idle timeout, not a deadline.
func Wait(in <-chan string, d time.Duration) (seen int) {
	for {
		select {
		case <-in:
			seen++
		case <-time.After(d):
			return seen
		}
	}
}
