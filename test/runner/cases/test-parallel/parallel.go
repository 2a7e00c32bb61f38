// Package parallel has a slow function that tests run in parallel.
package parallel

import "time"

// Slow returns n*n after a delay.
func Slow(n int) int {
	time.Sleep(100 * time.Millisecond)
	return n * n
}
