// Command atomics shows what typed atomics do well (a counter, a snapshot,
// a compare-and-swap loop) and what they cannot do: keep two values in step.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Limits is never modified once published: writers publish a new one.
type Limits struct {
	Version int
	MaxConn int
}

// storeMax raises peak to v unless it is already higher.
func storeMax(peak *atomic.Int64, v int64) {
	for {
		old := peak.Load()
		if v <= old || peak.CompareAndSwap(old, v) {
			return // peak is already at least v, or we stored v
		} // else another goroutine changed peak in between: retry
	}
}

func main() {
	var hits, peak atomic.Int64
	var wg sync.WaitGroup
	for g := range 10 {
		wg.Go(func() {
			hits.Add(1)
			storeMax(&peak, int64(g*g))
		})
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load(), "peak:", peak.Load())

	var current atomic.Pointer[Limits]
	current.Store(&Limits{Version: 1, MaxConn: 10})
	old := current.Swap(&Limits{Version: 2, MaxConn: 50})
	now := current.Load() // load once: a reader sees v1 or v2, never a mix
	fmt.Printf("swapped v%d for v%d (MaxConn %d)\n",
		old.Version, now.Version, now.MaxConn)

	var requests, failures atomic.Int64
	record := func(failed bool) {
		requests.Add(1)
		if failed {
			failures.Add(1)
		}
	}
	record(false)
	r := requests.Load() // a dashboard reads one counter...
	record(true)         // ...another goroutine records a failed request...
	f := failures.Load() // ...and the dashboard reads the other one.
	fmt.Printf("dashboard: %d failed of %d requests (%d%%)\n", f, r, 100*f/r)
}
