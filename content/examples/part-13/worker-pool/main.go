// Command worker-pool fans jobs out to a fixed number of workers, fans their
// results back in on one channel, and restores the input order.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type result struct {
	index int
	value int
	err   error
}

func process(inputs []string, workers int) []result {
	jobs := make(chan int) // indexes into inputs
	results := make(chan result)

	var wg sync.WaitGroup // part 14 covers WaitGroup; here it counts workers
	for range workers {   // fan-out: every worker reads the same jobs channel
		wg.Go(func() {
			for i := range jobs {
				n, err := strconv.Atoi(inputs[i])
				results <- result{i, n * n, err} // fan-in: one results channel
			}
		})
	}
	go func() { // the owner of results closes it after the last sender is done
		wg.Wait()
		close(results)
	}()
	go func() { // the owner of jobs closes it after the last job
		defer close(jobs)
		for i := range inputs {
			jobs <- i
		}
	}()

	out := make([]result, len(inputs)) // results arrive in any order;
	for r := range results {           // each index says where it belongs
		out[r.index] = r
	}
	return out
}

func main() {
	for _, r := range process([]string{"3", "1", "x", "4", "1", "5"}, 3) {
		if r.err != nil {
			fmt.Printf("#%d error: %v\n", r.index, r.err)
			continue
		}
		fmt.Printf("#%d %d\n", r.index, r.value)
	}
}
