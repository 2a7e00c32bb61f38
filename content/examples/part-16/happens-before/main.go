// Command happens-before publishes plain data to another goroutine three
// ways, each through an edge the Go memory model defines.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type report struct {
	rows  []string
	total int
}

func main() {
	// 1. A close happens before a receive that sees the channel closed.
	var r report
	done := make(chan struct{})
	go func() {
		r = report{rows: []string{"a", "b"}, total: 2} // plain writes
		close(done)                                    // ...then the edge
	}()
	<-done
	fmt.Println("channel:", r.rows, r.total)

	// 2. Unlock happens before the next Lock returns.
	var mu sync.Mutex
	var cache map[string]int
	var wg sync.WaitGroup
	mu.Lock()
	wg.Go(func() {
		cache = map[string]int{"x": 1}
		mu.Unlock() // a different goroutine may unlock
	})
	mu.Lock() // waits for the Unlock above
	fmt.Println("mutex:", cache["x"])
	mu.Unlock()
	wg.Wait()

	// 3. An atomic store is observed by a load: what was written before
	// the store is visible after the load.
	var ready atomic.Bool
	var msg string
	go func() {
		msg = "hello"
		ready.Store(true)
	}()
	for !ready.Load() {
		runtime.Gosched() // a demo only: real code waits on a channel
	}
	fmt.Println("atomic:", msg)
}
