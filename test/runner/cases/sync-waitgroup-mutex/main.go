package main

import (
	"fmt"
	"sync"
)

// SafeCounter is a map guarded by a mutex.
type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				c.Inc("hits")
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", c.Value("hits"))

	// WaitGroup.Go (Go 1.25) does Add and Done for you.
	var wg2 sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg2.Go(func() { results[i] = i * i })
	}
	wg2.Wait()
	fmt.Println(results)

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("init once") })
	}

	cache := Cache{data: map[int]int{1: 10}}
	var readers sync.WaitGroup
	found := make([]bool, 4)
	for i := range 4 {
		readers.Go(func() { _, found[i] = cache.Get(i % 2) })
	}
	readers.Wait()
	fmt.Println(found)

	lazy := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(lazy(), lazy())

	var m sync.Map
	m.Store("a", 1)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
}
