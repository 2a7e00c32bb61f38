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
	// A goroutine costs a small, growable stack: start 10,000 of them,
	// parked on a channel, and measure the stack memory they take.
	start := runtime.NumGoroutine()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	release := make(chan struct{})
	for range 10_000 {
		go func() { <-release }()
	}
	runtime.ReadMemStats(&after)
	fmt.Println("goroutines started:", runtime.NumGoroutine()-start)
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
