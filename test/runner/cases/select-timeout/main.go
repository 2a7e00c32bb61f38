package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string)
	go func() {
		time.Sleep(500 * time.Millisecond)
		slow <- "too late"
	}()
	select {
	case v := <-slow:
		fmt.Println(v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timed out")
	}

	// default makes select non-blocking.
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 1
	select {
	case ch <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("buffer full")
	}

	// A nil channel is never ready: use it to disable a case.
	a, b := make(chan int), make(chan int)
	go func() { a <- 1; close(a) }()
	go func() { b <- 2; close(b) }()
	sum := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	// Ticker with a quit signal.
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	quit := time.After(200 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-quit:
			break loop
		}
	}
	fmt.Println("ticked at least 3 times:", ticks >= 3)
}
