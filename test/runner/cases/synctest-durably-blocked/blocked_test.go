package blocked

import (
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

func TestDurablyBlocked(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var (
			ch   = make(chan int)
			mu   sync.Mutex
			cond = sync.NewCond(&mu)
			wg   sync.WaitGroup
			hold = make(chan struct{})
			done = make(chan string, 8)
		)
		wg.Add(1)
		go func() { <-ch; done <- "chan receive" }()
		go func() {
			select {
			case <-ch:
			case <-hold:
			}
			done <- "select"
		}()
		go func() { time.Sleep(time.Hour); done <- "sleep" }()
		go func() {
			mu.Lock()
			cond.Wait()
			mu.Unlock()
			done <- "cond"
		}()
		go func() { wg.Wait(); done <- "waitgroup" }()

		synctest.Wait()
		t.Logf("after Wait: %d finished", len(done))

		close(hold)
		synctest.Wait()
		t.Logf("select woke: %q", <-done)

		close(ch)
		synctest.Wait()
		t.Logf("receive woke: %q", <-done)

		mu.Lock()
		cond.Broadcast()
		mu.Unlock()
		synctest.Wait()
		t.Logf("cond woke: %q", <-done)

		wg.Done()
		synctest.Wait()
		t.Logf("waitgroup woke: %q", <-done)

		time.Sleep(time.Hour)
		synctest.Wait()
		t.Logf("sleep woke: %q", <-done)
	})
}
