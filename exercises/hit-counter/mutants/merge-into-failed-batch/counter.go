// Package hits counts page hits in memory and hands them, batch by
// batch, to a slow sink such as a metrics backend.
package hits

import "sync"

// Counter counts hits per key until they are flushed.
type Counter struct {
	mu      sync.Mutex
	pending map[string]int // guarded by mu; owned by the Counter
}

// New returns an empty Counter.
func New() *Counter {
	return &Counter{pending: map[string]int{}}
}

// Inc counts one hit for key.
func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pending[key]++
}

// Get returns the hits for key that have not been flushed yet.
func (c *Counter) Get(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.pending[key]
}

// Flush hands the pending hits to send and starts a new batch. The map
// send receives belongs to send: the Counter never touches it again. If
// send fails, its hits are added back to the pending batch.
func (c *Counter) Flush(send func(map[string]int) error) error {
	c.mu.Lock()
	batch := c.pending
	if len(batch) == 0 {
		c.mu.Unlock()
		return nil
	}
	c.pending = map[string]int{}
	c.mu.Unlock()

	// send may be slow: no lock is held while it runs.
	if err := send(batch); err != nil {
		c.mu.Lock()
		for k, n := range c.pending {
			batch[k] += n // reuse the failed batch
		}
		c.pending = batch
		c.mu.Unlock()
		return err
	}
	return nil
}
