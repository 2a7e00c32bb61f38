package main

import (
	"fmt"
	"time"
)

// A goroutine keeps a timer alive, so the runtime cannot call this a deadlock:
// only the runner's deadline stops it.
func main() {
	go func() {
		for {
			time.Sleep(50 * time.Millisecond)
		}
	}()
	fmt.Println("waiting for a message that never comes")
	<-make(chan int)
}
