// Command once-publish lazily builds a lookup table exactly once with
// sync.OnceValue, and counts how often the builder ran.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var builds atomic.Int32

// table is built on first use. OnceValue's return happens after the
// builder's writes, so every caller sees the whole map.
var table = sync.OnceValue(func() map[string]int {
	builds.Add(1)
	m := make(map[string]int)
	for i, code := range []string{"ID", "MY", "SG"} {
		m[code] = i + 1
	}
	return m
})

func main() {
	var wg sync.WaitGroup
	got := make([]int, 8)
	for i := range got {
		wg.Go(func() { got[i] = table()["SG"] })
	}
	wg.Wait()
	fmt.Println("lookups:", got)
	fmt.Println("builds:", builds.Load())
}
