package clock

import (
	"context"
	"testing"
	"testing/synctest"
	"time"
)

func TestSleepAdvancesInstantly(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		time.Sleep(72 * time.Hour)
		t.Logf("slept %v", time.Since(start))
		t.Logf("bubble starts at %v", start.UTC().Format(time.RFC3339))
	})
}

func TestAfterTimesOut(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		ok := WaitOrTimeout(make(chan struct{}), 30*time.Second)
		t.Logf("ok=%v after %v", ok, time.Since(start))
	})
}

func TestContextDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		defer cancel()
		err := Work(ctx)
		t.Logf("%v after %v", err, time.Since(start))
	})
}

func TestTickerCount(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tick := time.NewTicker(time.Minute)
		defer tick.Stop()
		stop := time.After(time.Hour + time.Second)
		n := 0
		for {
			select {
			case <-tick.C:
				n++
			case <-stop:
				t.Logf("%d ticks in an hour", n)
				return
			}
		}
	})
}

func TestWrongDeadlineFails(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		<-ctx.Done()
		if got := time.Since(start); got != 3*time.Second {
			t.Errorf("deadline after %v, want 3s", got)
		}
	})
}
