// Package ttlcache is an in-memory cache whose entries expire. It is safe
// for concurrent use, and GetOrLoad loads a missing key once however many
// callers ask for it at the same time.
package ttlcache

import (
	"context"
	"sync"
	"time"
)

// Clock returns the current time. Production code passes time.Now; tests
// pass a fake clock they can move by hand.
type Clock func() time.Time

type entry struct {
	value     string
	expiresAt time.Time
}

// fresh reports whether e is still valid at now.
func (e entry) fresh(now time.Time) bool { return now.Before(e.expiresAt) }

// call is one load in flight. done is closed once value and err are final;
// the close is what lets waiters read them without a lock.
type call struct {
	done  chan struct{}
	value string
	err   error
}

// Cache maps string keys to string values that expire ttl after they were
// stored. The zero Cache is not usable; call New.
type Cache struct {
	ttl time.Duration
	now Clock

	mu      sync.Mutex // guards items and loading; Get deletes, so no RWMutex
	items   map[string]entry
	loading map[string]*call
}

// New returns an empty cache whose entries live for ttl, as measured by now.
func New(ttl time.Duration, now Clock) *Cache {
	return &Cache{
		ttl:     ttl,
		now:     now,
		items:   make(map[string]entry),
		loading: make(map[string]*call),
	}
}

// Set stores value under key, replacing any previous value; it expires ttl
// from now.
func (c *Cache) Set(key, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[key] = entry{value: value, expiresAt: c.now().Add(c.ttl)}
}

// Get returns the value stored under key if it has not expired. An expired
// entry it finds is removed.
func (c *Cache) Get(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.getLocked(key)
}

// getLocked is Get for callers that hold c.mu.
func (c *Cache) getLocked(key string) (string, bool) {
	e, ok := c.items[key]
	if !ok {
		return "", false
	}
	if !e.fresh(c.now()) {
		delete(c.items, key)
		return "", false
	}
	return e.value, true
}

// Delete removes key; deleting a missing key does nothing.
func (c *Cache) Delete(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.items, key)
}

// Len reports how many entries are stored, counting expired entries that no
// Get or Cleanup has removed yet.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.items)
}

// Cleanup removes every expired entry and reports how many it removed.
func (c *Cache) Cleanup() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	removed := 0
	for key, e := range c.items {
		if !e.fresh(now) {
			delete(c.items, key) // deleting during range is allowed
			removed++
		}
	}
	return removed
}

// GetOrLoad returns the fresh value under key, or calls load to produce it
// and stores it. Callers that ask for a key while its load is in flight wait
// for that load and share its result, until their ctx is done. Errors are
// returned, never stored.
func (c *Cache) GetOrLoad(ctx context.Context, key string, load func() (string, error)) (string, error) {
	c.mu.Lock()
	if v, ok := c.getLocked(key); ok {
		c.mu.Unlock()
		return v, nil
	}
	if cl, ok := c.loading[key]; ok {
		c.mu.Unlock() // never wait while holding the lock
		<-cl.done     // no way out for a caller that gives up
		return cl.value, cl.err
	}
	cl := &call{done: make(chan struct{})}
	c.loading[key] = cl // check and claim in one critical section
	c.mu.Unlock()

	cl.value, cl.err = load() // no lock held: load may be slow, or use the cache

	c.mu.Lock()
	delete(c.loading, key)
	if cl.err == nil {
		c.items[key] = entry{value: cl.value, expiresAt: c.now().Add(c.ttl)}
	}
	c.mu.Unlock()
	close(cl.done)
	return cl.value, cl.err
}
