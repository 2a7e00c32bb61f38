// Command preemption shows that a goroutine in a tight loop, with no function
// calls, does not keep the only P to itself: the runtime preempts it.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1) // one P: only one goroutine runs Go code at a time

	var stop atomic.Bool
	var spins atomic.Int64
	done := make(chan struct{})
	go func() {
		defer close(done)
		n := int64(0)
		for !stop.Load() { // no call, no channel, no allocation
			n++
		}
		spins.Store(n)
	}()

	// Sleeping parks main; the spinner takes the P and never gives it back.
	// main can run again only if the runtime preempts the spinner.
	time.Sleep(20 * time.Millisecond)
	stop.Store(true)
	<-done

	fmt.Println("main ran while the spinner was spinning:", spins.Load() > 0)
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
}
