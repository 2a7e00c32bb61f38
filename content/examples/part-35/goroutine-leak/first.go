// Package leak returns the first of several answers, in two shapes that
// look alike. Only one lets the losers stop while their work is blocked.
package leak

import "context"

// FirstSelectAroundCall looks cancellation-aware, but a select evaluates
// fetch() before it starts waiting: while fetch is blocked, nothing is
// watching ctx.Done at all.
func FirstSelectAroundCall(ctx context.Context, fetches []func() string) string {
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

// First passes ctx to the work, so the losers stop once the caller has its
// answer, and sends each result in a select, so no loser waits for a
// receiver that has gone.
func First(ctx context.Context, fetches []func(context.Context) string) (string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	answers := make(chan string)
	for _, fetch := range fetches {
		go func() {
			answer := fetch(ctx) // the work runs here, watching ctx
			select {
			case answers <- answer: // the send is the select case
			case <-ctx.Done():
			}
		}()
	}
	select {
	case a := <-answers:
		return a, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}
