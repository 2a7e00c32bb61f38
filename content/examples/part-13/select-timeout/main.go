// Command select-timeout gives up on a channel with time.After, lets
// select choose between two ready cases, and measures what time.After costs.
package main

import (
	"fmt"
	"testing"
	"time"
)

func main() {
	never := make(chan int) // nobody ever sends on it
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timed out: the other case never became ready")
	}

	// Both cases ready: select picks one at random, every time.
	a, b := make(chan int, 1), make(chan int, 1)
	picked := map[string]int{}
	for range 1000 {
		a <- 1
		b <- 1
		select {
		case <-a:
			picked["a"]++
			<-b
		case <-b:
			picked["b"]++
			<-a
		}
	}
	fmt.Println("a and b both picked:", picked["a"] > 0 && picked["b"] > 0)

	// time.After makes a new timer and channel each time it is evaluated;
	// one timer, reset before each wait, makes nothing.
	ready := make(chan int, 1)
	fmt.Println("allocations per wait, time.After:", testing.AllocsPerRun(100, func() {
		ready <- 1
		select {
		case <-ready:
		case <-time.After(time.Hour):
		}
	}))
	timer := time.NewTimer(time.Hour)
	fmt.Println("allocations per wait, reused timer:", testing.AllocsPerRun(100, func() {
		ready <- 1
		timer.Reset(time.Hour)
		select {
		case <-ready:
		case <-timer.C:
		}
	}))
}
