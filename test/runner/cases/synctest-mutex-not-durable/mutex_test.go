package mutex

import (
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

func TestMutexIsNotDurable(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var mu sync.Mutex
		mu.Lock()
		got := make(chan bool)
		go func() {
			mu.Lock() // not durably blocked: Wait keeps waiting until Unlock
			got <- true
			mu.Unlock()
		}()
		time.AfterFunc(time.Second, mu.Unlock)
		start := time.Now()
		<-got
		t.Logf("mutex acquired after %v", time.Since(start))
	})
}
