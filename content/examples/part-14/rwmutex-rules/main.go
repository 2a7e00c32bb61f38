// Command rwmutex-rules probes an RWMutex with TryRLock and TryLock: readers
// share it, a writer needs it alone, and a waiting writer shuts out readers.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var rw sync.RWMutex

	rw.RLock() // reader 1 holds the lock from here on
	fmt.Println("reader 2 while reader 1 reads:", rw.TryRLock())
	rw.RUnlock() // reader 2 leaves
	fmt.Println("writer while reader 1 reads:  ", rw.TryLock())

	writerDone := make(chan struct{})
	go func() {
		rw.Lock() // blocks until reader 1 leaves
		fmt.Println("writer: has the lock alone")
		rw.Unlock()
		close(writerDone)
	}()

	// Let the writer run until it is queued: from then on TryRLock fails.
	for rw.TryRLock() {
		rw.RUnlock()
		runtime.Gosched()
	}
	fmt.Println("reader 3 while a writer waits:", rw.TryRLock())
	// An RLock here would wait for the writer, which waits for reader 1.

	rw.RUnlock() // reader 1 leaves; the queued writer gets the lock
	<-writerDone
	fmt.Println("reader 3 after the writer:    ", rw.TryRLock())
	rw.RUnlock()
}
