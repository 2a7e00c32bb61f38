// Package pipeline connects stages with channels and stops them cleanly:
// a consumer may stop early or its caller may cancel, and no goroutine is
// left blocked either way.
package pipeline

import "context"

// Generate sends values on the returned channel, in order, from its own
// goroutine. It closes the channel after the last value, or as soon as ctx
// is done, whichever comes first.
func Generate(ctx context.Context, values ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, v := range values {
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
		close(out)
	}()
	return out
}

// Map sends f(v) for every v received from in, in order, on the returned
// channel. It closes that channel when in is closed or as soon as ctx is
// done, even while it waits for an input or for a reader.
func Map(ctx context.Context, in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			var v int
			select {
			case next, ok := <-in:
				if !ok {
					return
				}
				v = next
			case <-ctx.Done():
				return
			}
			select {
			case out <- f(v):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// Take receives from in until it has n values, in is closed, or ctx is
// done, and returns the values it received, in order. If it stops with
// fewer than n values while ctx is done, the error is ctx.Err(); otherwise
// it is nil.
func Take(ctx context.Context, in <-chan int, n int) ([]int, error) {
	var got []int
	for len(got) < n {
		select {
		case v, ok := <-in:
			if !ok {
				return got, ctx.Err() // nil unless the input closed because of ctx
			}
			got = append(got, v)
		case <-ctx.Done():
			return got, ctx.Err()
		}
	}
	return got, nil
}

// FirstN runs values through f in a pipeline, Generate then Map then Take,
// and returns the first n results. It stops the pipeline once it has them,
// so that every goroutine it started ends on its own.
func FirstN(ctx context.Context, values []int, f func(int) int, n int) ([]int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops Generate and Map, wherever they are blocked
	return Take(ctx, Map(ctx, Generate(ctx, values...), f), n)
}
