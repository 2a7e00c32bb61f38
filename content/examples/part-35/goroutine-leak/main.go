// Command goroutine-leak finds a leak the way a test can: it counts
// goroutines before and after, polling until the count settles or a
// deadline passes, instead of sleeping and hoping.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// firstLeaky returns the first answer. The losers send on an unbuffered
// channel that nobody will ever read again, so they block forever.
func firstLeaky(_ context.Context, fetches []func() string) string {
	answers := make(chan string)
	for _, fetch := range fetches {
		go func() { answers <- fetch() }()
	}
	return <-answers
}

// firstFixed gives every sender a way out: its deferred cancel closes
// ctx.Done, and the losers stop waiting to send.
func firstFixed(ctx context.Context, fetches []func() string) string {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	answers := make(chan string)
	for _, fetch := range fetches {
		go func() {
			select {
			case answers <- fetch():
			case <-ctx.Done():
			}
		}()
	}
	return <-answers
}

// extraGoroutines polls until the count is back to baseline or the
// deadline passes, and reports how many goroutines are still extra.
func extraGoroutines(baseline int, within time.Duration) int {
	deadline := time.Now().Add(within)
	for {
		extra := runtime.NumGoroutine() - baseline
		if extra <= 0 || time.Now().After(deadline) {
			return extra
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func main() {
	for i, first := range []func(context.Context, []func() string) string{firstLeaky, firstFixed} {
		baseline := runtime.NumGoroutine() // taken again for every run
		slow := make(chan struct{})
		replica := func() string { <-slow; return "replica" }
		answer := first(context.Background(), []func() string{
			func() string { return "primary" }, replica, replica, replica,
		})
		close(slow) // the replicas answer now, and try to deliver
		fmt.Printf("%s: answer %q, extra goroutines after 500ms: %d\n",
			[]string{"leaky", "fixed"}[i], answer, extraGoroutines(baseline, 500*time.Millisecond))
	}
}
