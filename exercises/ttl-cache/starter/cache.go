// Package ttlcache is an in-memory cache whose entries expire. It is safe
// for concurrent use, and GetOrLoad loads a missing key once however many
// callers ask for it at the same time.
package ttlcache

import (
	"context"
	"time"
)

// Clock returns the current time. Production code passes time.Now; tests
// pass a fake clock they can move by hand.
type Clock func() time.Time

// Cache maps string keys to string values that expire ttl after they were
// stored. The zero Cache is not usable; call New.
type Cache struct {
	// TODO: the ttl, the clock, a mutex, and the maps it guards: the
	// entries (value and expiry time) and the loads in flight.
}

// New returns an empty cache whose entries live for ttl, as measured by now.
func New(ttl time.Duration, now Clock) *Cache {
	return &Cache{}
}

// Set stores value under key, replacing any previous value; it expires ttl
// from now.
func (c *Cache) Set(key, value string) {
	// TODO
}

// Get returns the value stored under key if it has not expired. An expired
// entry it finds is removed.
func (c *Cache) Get(key string) (string, bool) {
	// TODO
	return "", false
}

// Delete removes key; deleting a missing key does nothing.
func (c *Cache) Delete(key string) {
	// TODO
}

// Len reports how many entries are stored, counting expired entries that no
// Get or Cleanup has removed yet.
func (c *Cache) Len() int {
	// TODO
	return 0
}

// Cleanup removes every expired entry and reports how many it removed.
func (c *Cache) Cleanup() int {
	// TODO
	return 0
}

// GetOrLoad returns the fresh value under key, or calls load to produce it
// and stores it. Callers that ask for a key while its load is in flight wait
// for that load and share its result, until their ctx is done. Errors are
// returned, never stored.
func (c *Cache) GetOrLoad(ctx context.Context, key string, load func() (string, error)) (string, error) {
	// TODO: check for a fresh value, then for a load in flight, and claim
	// the key if there is neither, all in one critical section. Run load
	// with no lock held.
	return "", nil
}
