// Package queue hands work to a consumer; its test forgets to close the
// channel, a deadlock synctest reports instead of hanging.
package queue

// Drain sums everything sent on ch until it is closed.
func Drain(ch <-chan int, out chan<- int) {
	sum := 0
	for v := range ch {
		sum += v
	}
	out <- sum
}
