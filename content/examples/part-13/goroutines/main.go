// Command goroutines shows what a go statement does: it evaluates the
// arguments at once, runs the call concurrently and never waits for it.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func greet(name string, done chan<- string) {
	done <- "hello, " + name
}

func main() {
	// Park 10,000 goroutines on a channel and measure their stacks.
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	release := make(chan struct{})
	for range 10_000 {
		go func() { <-release }()
	}
	runtime.ReadMemStats(&after)
	perG := float64(after.StackInuse-before.StackInuse) / 10_000 / 1024
	fmt.Printf("stack per goroutine: %.0f KiB\n", perG)
	close(release) // every parked goroutine receives the close and returns

	// The argument is evaluated now, in main, before greet starts.
	name := "Ada"
	done := make(chan string)
	go greet(name, done)
	name = "Grace"
	fmt.Println(<-done, "(name is now", name+")")

	// Nobody waits for this one: when main returns, the program ends.
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("never printed")
	}()
	fmt.Println("main returns")
}
