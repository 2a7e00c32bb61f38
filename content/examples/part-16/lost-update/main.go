// Command lost-update replays, on every run, the interleaving that loses
// an increment: a hook parks one goroutine between its read and its write.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

// incRacy is c.n++ spelled out: read, (pause), write.
func (c *counter) incRacy(pause func()) {
	v := c.n
	pause()
	c.n = v + 1
}

// incLocked holds the lock from the read to the write.
func (c *counter) incLocked(pause func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v := c.n
	pause()
	c.n = v + 1
}

// replay parks goroutine A after its read and runs B in the gap if the
// lock is free. Channels order every step, so the result never varies.
func replay(inc func(c *counter, pause func())) {
	var c counter
	noop := func() {}
	parked, resume, done := make(chan bool), make(chan bool), make(chan bool)
	go func() {
		inc(&c, func() { parked <- true; <-resume })
		done <- true
	}()
	<-parked // A has read c.n and is paused
	gap := c.mu.TryLock()
	if gap {
		c.mu.Unlock()
		inc(&c, noop) // B runs between A's read and A's write
	}
	resume <- true
	<-done
	if !gap {
		inc(&c, noop) // B had to wait until A was done
	}
	fmt.Println("  B ran in the gap:", gap)
	fmt.Println("  n =", c.n, "after two increments")
}

func main() {
	fmt.Println("racy:")
	replay((*counter).incRacy)
	fmt.Println("locked:")
	replay((*counter).incLocked)
}
