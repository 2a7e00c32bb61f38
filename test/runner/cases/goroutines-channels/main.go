package main

import (
	"fmt"
	"slices"
)

func producer(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := range n {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

type result struct{ job, value int }

func main() {
	// Pipeline.
	var squares []int
	for v := range square(producer(5)) {
		squares = append(squares, v)
	}
	fmt.Println(squares)

	// Buffered channel.
	buf := make(chan string, 2)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf), <-buf, <-buf)

	// Receiving from a closed channel yields the zero value and ok=false.
	done := make(chan struct{})
	close(done)
	_, ok := <-done
	fmt.Println("open?", ok)

	// Worker pool; results arrive in any order, so sort them.
	jobs := make(chan int)
	results := make(chan result)
	for w := range 3 {
		go func() {
			for j := range jobs {
				results <- result{j, j * 10}
			}
			_ = w
		}()
	}
	go func() {
		for j := range 6 {
			jobs <- j
		}
		close(jobs)
	}()
	var got []int
	for range 6 {
		r := <-results
		got = append(got, r.value)
	}
	slices.Sort(got)
	fmt.Println(got)

	// Unbuffered handoff synchronizes.
	ping, pong := make(chan string), make(chan string)
	go func() {
		for msg := range ping {
			pong <- msg + " pong"
		}
		close(pong)
	}()
	for _, m := range []string{"one", "two"} {
		ping <- m
		fmt.Println(<-pong)
	}
	close(ping)
	_, ok = <-pong
	fmt.Println("pong open?", ok)
}
