//go:build vetdemo

// Command waitgroup-vet compiles, and usually even prints the right total,
// but Add runs inside the goroutine it counts. Wait can run before any Add
// and return at once. The build tag keeps this file out of the course's
// normal builds; its command opts in with -tags=vetdemo.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var total atomic.Int64
	var wg sync.WaitGroup
	for i := range 4 {
		go func() {
			wg.Add(1) // too late: Wait may already have seen a zero counter
			defer wg.Done()
			total.Add(int64(i))
		}()
	}
	wg.Wait()
	fmt.Println("total:", total.Load())
}
