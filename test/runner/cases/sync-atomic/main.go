package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct{ Version int }

func main() {
	var hits atomic.Int64
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				hits.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load())

	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())

	var n int32 = 5
	fmt.Println(atomic.AddInt32(&n, 3), atomic.SwapInt32(&n, 1), atomic.LoadInt32(&n))
	fmt.Println(atomic.CompareAndSwapInt32(&n, 1, 9), n)

	var cfg atomic.Pointer[Config]
	fmt.Println(cfg.Load() == nil)
	cfg.Store(&Config{Version: 1})
	old := cfg.Swap(&Config{Version: 2})
	fmt.Println(old.Version, cfg.Load().Version)

	var v atomic.Value
	v.Store("hello")
	fmt.Println(v.Load().(string))

	// A spin-free "first one wins" using CompareAndSwap.
	var winner atomic.Int32
	winner.Store(-1)
	var wg2 sync.WaitGroup
	for i := range 4 {
		wg2.Go(func() { winner.CompareAndSwap(-1, int32(i)) })
	}
	wg2.Wait()
	w := winner.Load()
	fmt.Println("someone won:", w >= 0 && w < 4)
}
