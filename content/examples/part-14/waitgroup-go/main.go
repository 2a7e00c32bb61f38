// Command waitgroup-go fans work out to goroutines and waits for all of
// them, first with WaitGroup.Go (Go 1.25), then with Add and Done.
package main

import (
	"fmt"
	"strings"
	"sync"
)

var docs = []string{
	"the quick brown fox",
	"jumps over",
	"the lazy dog",
	"",
	"a mutex guards an invariant, not a variable",
}

func main() {
	// Each goroutine writes only its own element of counts. Different
	// elements are different variables, so no lock is needed.
	counts := make([]int, len(docs))
	var wg sync.WaitGroup
	for i, doc := range docs {
		wg.Go(func() { // Add(1), go, defer Done(), in one call
			counts[i] = len(strings.Fields(doc))
		})
	}
	wg.Wait() // every goroutine's writes happen before Wait returns
	fmt.Println("words:", counts)

	// The older spelling: Add before the go statement, Done deferred.
	longest := make([]string, len(docs))
	var wg2 sync.WaitGroup
	for i, doc := range docs {
		wg2.Add(1) // here, not inside the goroutine: Wait must see it
		go func() {
			defer wg2.Done() // runs even if the work returns early
			for _, w := range strings.Fields(doc) {
				if len(w) > len(longest[i]) {
					longest[i] = w
				}
			}
		}()
	}
	wg2.Wait()
	fmt.Printf("longest: %q\n", longest)

	// A WaitGroup can be reused once Wait has returned.
	total := 0
	var mu sync.Mutex // guards total: every goroutine writes the same variable
	for _, n := range counts {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			total += n
		})
	}
	wg.Wait()
	fmt.Println("total words:", total)
}
