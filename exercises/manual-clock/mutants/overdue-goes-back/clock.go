// Package clock provides a fake clock that tests move by hand.
package clock

import (
	"sync"
	"time"
)

// Manual is a clock whose time moves only when Advance is called. It is
// safe for concurrent use.
type Manual struct {
	mu     sync.Mutex
	now    time.Time
	timers []*timer
	nextID int
}

// timer is one pending AfterFunc call.
type timer struct {
	at time.Time
	id int // creation order, to break ties between equal deadlines
	f  func()
}

// New returns a clock that reads start until it is advanced.
func New(start time.Time) *Manual {
	return &Manual{now: start}
}

// Now returns the clock's current time.
func (c *Manual) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// AfterFunc arranges for f to be called once the clock reaches Now()+d.
// The returned stop function cancels the call; it reports whether it did,
// false when f has already been called or stopped.
func (c *Manual) AfterFunc(d time.Duration, f func()) (stop func() bool) {
	c.mu.Lock()
	c.nextID++
	tm := &timer{at: c.now.Add(d), id: c.nextID, f: f}
	c.timers = append(c.timers, tm)
	c.mu.Unlock()
	return func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.remove(tm)
	}
}

// After returns a channel that receives the time the wait ended, once the
// clock reaches Now()+d. The channel has room for that one value, so
// Advance never waits for a receiver.
func (c *Manual) After(d time.Duration) <-chan time.Time {
	ch := make(chan time.Time, 1)
	c.AfterFunc(d, func() { ch <- c.Now() })
	return ch
}

// Pending reports how many AfterFunc calls are waiting to be made.
func (c *Manual) Pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.timers)
}

// Advance moves the clock forward by d. It fires, in deadline order, every
// timer due by the new time, setting the clock to each timer's deadline
// while its function runs, and without holding the lock, so a function may
// use the clock (and schedule timers that fire during the same Advance).
// It panics if d is negative: a clock never goes backwards.
func (c *Manual) Advance(d time.Duration) {
	if d < 0 {
		panic("clock: Advance with a negative duration")
	}
	c.mu.Lock()
	end := c.now.Add(d)
	for {
		tm := c.earliest()
		if tm == nil || tm.at.After(end) {
			break
		}
		c.remove(tm)
		c.now = tm.at
		c.mu.Unlock()
		tm.f()
		c.mu.Lock()
	}
	c.now = end
	c.mu.Unlock()
}

// earliest returns the pending timer that is due first, or nil. The caller
// holds c.mu.
func (c *Manual) earliest() *timer {
	var first *timer
	for _, tm := range c.timers {
		if first == nil || tm.at.Before(first.at) || (tm.at.Equal(first.at) && tm.id < first.id) {
			first = tm
		}
	}
	return first
}

// remove deletes tm from the pending timers and reports whether it was
// there. The caller holds c.mu.
func (c *Manual) remove(tm *timer) bool {
	for i, other := range c.timers {
		if other == tm {
			c.timers = append(c.timers[:i], c.timers[i+1:]...)
			return true
		}
	}
	return false
}
