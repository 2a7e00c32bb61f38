// Package cache expires entries in the background, which synctest.Wait makes
// testable without sleeping.
package cache

import (
	"sync"
	"time"
)

// Cache holds values that expire after a time to live.
type Cache struct {
	mu    sync.Mutex
	items map[string]string
	ttl   time.Duration
}

// New returns an empty cache.
func New(ttl time.Duration) *Cache {
	return &Cache{items: map[string]string{}, ttl: ttl}
}

// Put stores v under k and removes it again after the time to live.
func (c *Cache) Put(k, v string) {
	c.mu.Lock()
	c.items[k] = v
	c.mu.Unlock()
	time.AfterFunc(c.ttl, func() {
		c.mu.Lock()
		delete(c.items, k)
		c.mu.Unlock()
	})
}

// Get reports the value under k.
func (c *Cache) Get(k string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.items[k]
	return v, ok
}
