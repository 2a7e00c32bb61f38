// Command channel-semaphore runs ten jobs, at most three at a time, with a
// buffered channel as a counting semaphore.
package main

import (
	"fmt"
	"sync"
)

const limit = 3

func main() {
	sem := make(chan struct{}, limit) // capacity = how many may run at once

	var mu sync.Mutex // guards inFlight and peak: two values, one invariant
	inFlight, peak := 0, 0
	full := make(chan struct{}) // closed when limit jobs first run together

	results := make([]int, 10)
	var wg sync.WaitGroup
	for i := range results {
		sem <- struct{}{} // acquire: blocks while limit jobs hold a slot
		wg.Go(func() {
			defer func() { <-sem }() // release, even on an early return

			mu.Lock()
			inFlight++
			if inFlight > peak {
				peak = inFlight
				if peak == limit {
					close(full) // limit jobs run together
				}
			}
			mu.Unlock()

			<-full // only so the demo reaches the limit on every run
			results[i] = i * i

			mu.Lock()
			inFlight--
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("results:", results)
	fmt.Printf("peak in flight: %d (limit %d)\n", peak, limit)
}
