// Command waitgroup-go fans work out to goroutines and waits for all of
// them, with WaitGroup.Go (Go 1.25) and with Add and Done.
package main

import (
	"fmt"
	"strings"
	"sync"
)

var docs = []string{
	"the quick brown fox", "jumps over", "", "a mutex guards an invariant",
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
	lengths := make([]int, len(docs))
	for i, doc := range docs {
		wg.Add(1) // here, not inside the goroutine: Wait must see it
		go func() {
			defer wg.Done() // runs even if the work returns early
			lengths[i] = len(doc)
		}()
	}
	wg.Wait() // a WaitGroup can be reused once Wait has returned
	fmt.Println("bytes:", lengths)
}
