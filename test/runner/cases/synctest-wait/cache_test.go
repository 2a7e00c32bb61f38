package cache

import (
	"testing"
	"testing/synctest"
	"time"
)

func TestExpiry(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := New(time.Minute)
		c.Put("a", "1")
		time.Sleep(time.Minute - time.Nanosecond)
		synctest.Wait()
		if _, ok := c.Get("a"); !ok {
			t.Fatal("expired too early")
		}
		time.Sleep(time.Nanosecond)
		synctest.Wait()
		if _, ok := c.Get("a"); ok {
			t.Fatal("still there after the ttl")
		}
		t.Log("expired exactly at 1m")
	})
}

func TestWaitLetsGoroutinesRun(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		results := make(chan int, 3)
		for i := range 3 {
			go func() { results <- i * i }()
		}
		synctest.Wait()
		t.Logf("%d results ready without sleeping", len(results))
	})
}

func TestWaitOutsideBubble(t *testing.T) {
	defer func() { t.Logf("recovered: %v", recover()) }()
	synctest.Wait()
}
