// Command once-values shows sync.OnceValues sharing one result between
// goroutines and caching an error for good, and how Once.Do and OnceFunc
// differ when the function panics.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	loads := 0 // written only inside the once function: no lock needed
	config := sync.OnceValues(func() (map[string]string, error) {
		loads++
		return map[string]string{"region": "eu-west"}, nil
	})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { config() }) // all 8 share one call
	}
	wg.Wait()
	cfg, err := config()
	fmt.Println("loads:", loads, "| region:", cfg["region"], "| err:", err)

	attempts := 0
	connect := sync.OnceValues(func() (string, error) {
		attempts++
		return "", errors.New("dial db: connection refused")
	})
	for range 3 {
		_, err := connect() // a cached error: no retry
		fmt.Println("connect:", err)
	}
	fmt.Println("attempts:", attempts)

	var once sync.Once
	onceDo := func() { once.Do(func() { panic("boom") }) }
	onceFunc := sync.OnceFunc(func() { panic("boom") })
	for call := 1; call <= 2; call++ {
		fmt.Printf("call %d: Once.Do panics with %v, OnceFunc with %v\n",
			call, recovered(onceDo), recovered(onceFunc))
	}
}

// recovered calls f and returns the value it panicked with, or nil.
func recovered(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}
