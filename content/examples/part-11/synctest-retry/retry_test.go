package retry

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

var errDown = errors.New("service down")

func TestBackoffTakesExactlyTheSumOfTheWaits(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		calls := 0
		start := time.Now()
		err := Do(t.Context(), 4, 100*time.Millisecond, func() error {
			calls++
			return errDown
		})
		// 100ms + 200ms + 400ms, and no wait after the last attempt.
		took := time.Since(start)
		if calls != 4 || err != errDown || took != 700*time.Millisecond {
			t.Errorf("got %d calls, %v, %v; want 4, %v, 700ms",
				calls, err, took, errDown)
		}
		t.Logf("%d calls, %v, took %v", calls, err, took)
	})
}

func TestCancelledWhileWaiting(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(),
			250*time.Millisecond)
		defer cancel()
		calls := 0
		start := time.Now()
		err := Do(ctx, 10, 100*time.Millisecond, func() error {
			calls++
			return errDown
		})
		took := time.Since(start)
		if calls != 2 || !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("got %d calls, %v; want 2, DeadlineExceeded",
				calls, err)
		}
		t.Logf("%d calls, %v, took %v", calls, err, took)
	})
}

func TestStepByStep(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var calls atomic.Int32 // read here, written by Do's goroutine
		go Do(t.Context(), 3, time.Second, func() error {
			calls.Add(1)
			return errDown
		})
		synctest.Wait() // Do is now blocked in its first wait
		t.Log("at 0s:", calls.Load(), "call")
		time.Sleep(time.Second) // fake: the clock moves 1s
		synctest.Wait()
		t.Log("at 1s:", calls.Load(), "calls")
	})
}
