// Command sync-map shows that LoadOrStore evaluates its value argument in
// every caller, and how storing a sync.OnceValue instead builds it once.
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	var builds atomic.Int32
	build := func(key string) string { // stands in for something expensive
		builds.Add(1)
		return strings.ToUpper(key)
	}

	// Eight goroutines ask for the same key.
	var eager sync.Map
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			eager.LoadOrStore("eu", build("eu")) // build runs first
		})
	}
	wg.Wait()
	fmt.Println("LoadOrStore(k, build(k)):         builds =", builds.Swap(0))

	var lazy sync.Map
	values := make([]string, 8)
	for i := range 8 {
		wg.Go(func() {
			// One OnceValue wins; every caller then calls the winner.
			once := sync.OnceValue(func() string { return build("eu") })
			f, _ := lazy.LoadOrStore("eu", once)
			values[i] = f.(func() string)() // any: assert the type back
		})
	}
	wg.Wait()
	fmt.Println("LoadOrStore(k, OnceValue(build)): builds =",
		builds.Load(), slices.Compact(values))
}
