// Command channel-semantics probes when a send would block, on an
// unbuffered, a buffered and a nil channel, then shows the handshake.
package main

import "fmt"

// trySend reports whether ch <- v could complete right now. The select
// with a default case never blocks (the select section explains it).
func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	unbuffered := make(chan int)
	fmt.Println("unbuffered, no receiver: send ok?", trySend(unbuffered, 1))

	buffered := make(chan int, 2)
	fmt.Println("buffered(2): sends ok?", trySend(buffered, 1), trySend(buffered, 2), trySend(buffered, 3))
	fmt.Println("len, cap:", len(buffered), cap(buffered))
	first := <-buffered
	fmt.Println("first receive:", first, "- queue order; len now", len(buffered))

	var nilChan chan int // the zero value of a channel type
	fmt.Println("nil channel: send ok?", trySend(nilChan, 1))

	// An unbuffered send completes only after a receiver has taken the
	// value, so what the receiver did before receiving is visible after it.
	var note string
	handoff := make(chan int)
	go func() {
		note = "written by the receiver before it received"
		<-handoff
	}()
	handoff <- 42
	fmt.Println("sender after the send:", note)
}
