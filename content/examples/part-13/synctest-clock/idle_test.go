package idle

import (
	"testing"
	"testing/synctest"
	"time"
)

func TestEveryValueRestartsTheWait(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		t.Log("the bubble's clock starts at", time.Now().UTC())
		in := make(chan string)
		go func() {
			for range 3 {
				time.Sleep(40 * time.Millisecond) // fake time: returns at once
				in <- "tick"
			}
		}()
		start := time.Now()
		seen := Wait(in, 50*time.Millisecond)
		t.Logf("saw %d values, returned after %v", seen, time.Since(start))
	})
}

func TestWaitSeesABlockedSender(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		queue := make(chan int, 2)
		go func() {
			for i := range 3 {
				queue <- i // the third send blocks: the buffer is full
			}
		}()
		synctest.Wait() // returns once the sender is durably blocked
		t.Log("queued while the sender is blocked:", len(queue))
		<-queue // room for the third value: the sender finishes
	})
}

func TestALeakIsReported(t *testing.T) {
	// Recovered only to print the message: left alone, it fails the test.
	defer func() { t.Log("synctest.Test panicked:", recover()) }()
	synctest.Test(t, func(t *testing.T) {
		in := make(chan string)
		go func() { in <- "nobody receives this" }()
	})
}
