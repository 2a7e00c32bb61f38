package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []string
	delays := map[string]time.Duration{
		"third":  300 * time.Millisecond,
		"first":  10 * time.Millisecond,
		"second": 150 * time.Millisecond,
	}
	for name, d := range delays {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(d)
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
			fmt.Println("woke:", name)
		}()
	}
	wg.Wait()
	fmt.Println(order)

	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("slept at least 30ms:", time.Since(start) >= 30*time.Millisecond)

	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())

	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second)
}
