//go:build vetdemo

// Command vet-finding compiles and runs, yet contains two bugs that go vet
// reports. The build constraint above keeps this file out of normal builds
// of the course's examples (clean.go stands in for it there), so the
// example's command opts in with -tags=vetdemo.
package main

import (
	"fmt"
	"sync"
)

// counter is safe for concurrent use only if its mutex is never copied.
type counter struct {
	mu sync.Mutex
	n  int
}

// Value has a value receiver, so every call locks a copy of the mutex and
// protects nothing.
func (c counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func main() {
	var c counter
	requestID := 42
	// %s expects a string; requestID is an int.
	fmt.Printf("request %s handled, count %d\n", requestID, c.Value())
}
