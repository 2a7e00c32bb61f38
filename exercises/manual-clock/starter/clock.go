// Package clock provides a fake clock that tests move by hand.
package clock

import "time"

// Manual is a clock whose time moves only when Advance is called. It is
// safe for concurrent use.
type Manual struct {
	// TODO: the current time, the pending timers, and a mutex that guards them.
}

// New returns a clock that reads start until it is advanced.
func New(start time.Time) *Manual {
	return &Manual{}
}

// Now returns the clock's current time.
func (c *Manual) Now() time.Time {
	return time.Time{}
}

// AfterFunc arranges for f to be called once the clock reaches Now()+d.
// The returned stop function cancels the call; it reports whether it did.
func (c *Manual) AfterFunc(d time.Duration, f func()) (stop func() bool) {
	return func() bool { return false }
}

// After returns a channel that receives the time the wait ended, once the
// clock reaches Now()+d.
func (c *Manual) After(d time.Duration) <-chan time.Time {
	return make(chan time.Time, 1)
}

// Pending reports how many AfterFunc calls are waiting to be made.
func (c *Manual) Pending() int {
	return 0
}

// Advance moves the clock forward by d and fires every timer that is due.
func (c *Manual) Advance(d time.Duration) {
}
