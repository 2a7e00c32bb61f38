// Package worker fetches many sources concurrently and streams the results.
package worker

import (
	"context"
	"sync"
)

// Result is the outcome of fetching one source.
type Result struct {
	Source string
	Value  string
	Err    error
}

// Fetcher fetches one source. It returns promptly once ctx is done.
type Fetcher func(ctx context.Context, source string) (string, error)

// Group runs one goroutine per source and delivers their results on a
// channel, in the order they finish.
type Group struct {
	results chan Result
	cancel  context.CancelFunc
	done    chan struct{} // closed after every goroutine exited and results was closed
}

// Start begins fetching every source. Read the results from Results; the
// channel is closed once every goroutine has finished. Cancelling ctx or
// calling Stop ends every goroutine, whether or not anyone is reading.
func Start(ctx context.Context, sources []string, fetch Fetcher) *Group {
	ctx, cancel := context.WithCancel(ctx)
	g := &Group{results: make(chan Result), cancel: cancel, done: make(chan struct{})}

	var wg sync.WaitGroup
	for _, source := range sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			value, err := fetch(ctx, source)
			// A send with a way out: once ctx is done, nobody may be
			// reading, so give up instead of blocking forever.
			select {
			case g.results <- Result{Source: source, Value: value, Err: err}:
			case <-ctx.Done():
			}
		}()
	}
	// The closer owns results: it closes the channel only after every
	// sender has returned, then releases the context and signals Stop.
	go func() {
		wg.Wait()
		cancel()
		close(g.done)
	}()
	return g
}

// closeResults closes a group's results channel. It is a variable so that
// the tests can hold the close back and check that Stop waits for it.
var closeResults = func(results chan Result) { close(results) }

// Results returns the channel the results arrive on.
func (g *Group) Results() <-chan Result {
	return g.results
}

// Stop cancels the fetches that are still running and returns once every
// goroutine started by Start has exited and Results is closed. It is safe
// to call more than once.
func (g *Group) Stop() {
	g.cancel()
	<-g.done
	closeResults(g.results)
}
