// Command pipeline runs two stages to the end, then stops a second run
// early by closing a done channel.
package main

import "fmt"

// gen sends nums on its output, which it owns and closes. It gives up as
// soon as done is closed.
func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

// square sends the square of every value it receives. Its range loop ends
// when gen closes in; its sends give up when done is closed.
func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	sum := 0
	for sq := range square(done, gen(done, 1, 2, 3)) { // ends after gen and square close
		sum += sq
	}
	fmt.Println("sum of squares:", sum)

	// The consumer wants only the first square above 10.
	out := square(done, gen(done, 1, 2, 3, 4, 5, 6, 7, 8))
	for sq := range out {
		if sq > 10 {
			fmt.Println("first square above 10:", sq)
			break
		}
	}
	close(done) // every stage's select now sees done and returns
	for range out {
	} // ends when square has closed its output
	fmt.Println("stopped early: square has closed its output")
}
