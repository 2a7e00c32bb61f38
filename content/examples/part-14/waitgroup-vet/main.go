//go:build vetdemo

// Command waitgroup-vet compiles, but Add runs inside the goroutine it
// counts, so Wait may return first. (The tag keeps it out of normal builds.)
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
			wg.Add(1) // too late: Wait may have seen zero already
			defer wg.Done()
			total.Add(int64(i))
		}()
	}
	wg.Wait()
	fmt.Println("total:", total.Load())
}
