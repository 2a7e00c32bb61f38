// Package fanout runs jobs concurrently until a context ends.
package fanout

import (
	"context"
	"sync"
)

// Run calls job once per input with sync.WaitGroup.Go (Go 1.25) and returns
// the results in input order.
func Run(ctx context.Context, inputs []int, job func(context.Context, int) int) []int {
	out := make([]int, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Go(func() { out[i] = job(ctx, in) })
	}
	wg.Wait()
	return out
}
