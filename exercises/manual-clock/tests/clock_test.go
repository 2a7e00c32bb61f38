package clock

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"
)

var start = time.Date(2030, time.January, 2, 3, 4, 5, 0, time.UTC)

// patience bounds how long a test waits for a call that a correct clock
// finishes at once. Only a wrong clock ever waits this long.
const patience = 2 * time.Second

// within runs f in a goroutine and fails the test if it has not returned
// after patience.
func within(t *testing.T, what string, f func()) bool {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
		return true
	case <-time.After(patience):
		t.Errorf("%s did not return within %v: is it holding the lock while a timer runs, or waiting for a receiver?", what, patience)
		return false
	}
}

func checkNow(t *testing.T, c *Manual, want time.Time) {
	t.Helper()
	if got := c.Now(); !got.Equal(want) {
		t.Errorf("Now() = %v, want %v", got, want)
	}
}

func checkPending(t *testing.T, c *Manual, want int) {
	t.Helper()
	if got := c.Pending(); got != want {
		t.Errorf("Pending() = %d, want %d", got, want)
	}
}

// recorder collects the names of the timer functions that ran, in order.
type recorder struct {
	mu    sync.Mutex
	names []string
}

func (r *recorder) fn(name string) func() {
	return func() {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.names = append(r.names, name)
	}
}

func (r *recorder) got() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.names)
}

func TestNowAndAdvance(t *testing.T) {
	tests := []struct {
		name  string
		steps []time.Duration
		want  time.Duration
	}{
		{"no advance", nil, 0},
		{"one step", []time.Duration{time.Second}, time.Second},
		{"steps add up", []time.Duration{time.Second, 0, time.Minute, time.Nanosecond}, time.Minute + time.Second + time.Nanosecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(start)
			for _, d := range tt.steps {
				c.Advance(d)
			}
			checkNow(t, c, start.Add(tt.want))
		})
	}
}

func TestAdvanceBackwardsPanics(t *testing.T) {
	c := New(start)
	defer func() {
		if recover() == nil {
			t.Errorf("Advance(-1s) did not panic; Now() = %v", c.Now())
		}
		checkNow(t, c, start)
	}()
	c.Advance(-time.Second)
}

func TestTimerFiresAtItsDeadline(t *testing.T) {
	tests := []struct {
		name    string
		d       time.Duration
		advance []time.Duration
		fired   bool
	}{
		{"not yet", time.Second, []time.Duration{999 * time.Millisecond}, false},
		{"exactly at the deadline", time.Second, []time.Duration{time.Second}, true},
		{"past the deadline", time.Second, []time.Duration{time.Hour}, true},
		{"in two steps", time.Second, []time.Duration{600 * time.Millisecond, 400 * time.Millisecond}, true},
		{"zero duration, Advance(0)", 0, []time.Duration{0}, true},
		{"negative duration, Advance(0)", -time.Second, []time.Duration{0}, true},
		{"zero duration, no Advance", 0, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(start)
			calls := 0
			c.AfterFunc(tt.d, func() { calls++ })
			for _, d := range tt.advance {
				within(t, fmt.Sprintf("Advance(%v)", d), func() { c.Advance(d) })
			}
			want := 0
			if tt.fired {
				want = 1
			}
			if calls != want {
				t.Errorf("AfterFunc(%v) after advancing %v: called %d times, want %d", tt.d, tt.advance, calls, want)
			}
			checkPending(t, c, 1-want)
			c.Advance(time.Hour)
			if calls != 1 && tt.fired {
				t.Errorf("a timer that fired was called again by a later Advance: %d calls", calls)
			}
		})
	}
}

func TestTimersFireInDeadlineOrder(t *testing.T) {
	c := New(start)
	var r recorder
	c.AfterFunc(3*time.Second, r.fn("3s"))
	c.AfterFunc(time.Second, r.fn("1s"))
	c.AfterFunc(2*time.Second, r.fn("2s first"))
	c.AfterFunc(2*time.Second, r.fn("2s second"))
	c.AfterFunc(5*time.Second, r.fn("5s"))
	c.Advance(4 * time.Second)
	want := []string{"1s", "2s first", "2s second", "3s"}
	if got := r.got(); !slices.Equal(got, want) {
		t.Errorf("after Advance(4s) the timers ran in order %q, want %q", got, want)
	}
	checkPending(t, c, 1)
}

func TestNowDuringATimerIsItsDeadline(t *testing.T) {
	c := New(start)
	var seen []time.Time
	for _, d := range []time.Duration{time.Second, 3 * time.Second} {
		c.AfterFunc(d, func() { seen = append(seen, c.Now()) })
	}
	if !within(t, "Advance(10s) with timers that call Now", func() { c.Advance(10 * time.Second) }) {
		return
	}
	want := []time.Time{start.Add(time.Second), start.Add(3 * time.Second)}
	if !slices.EqualFunc(seen, want, time.Time.Equal) {
		t.Errorf("Now() inside the timers = %v, want %v", seen, want)
	}
	checkNow(t, c, start.Add(10*time.Second))
}

func TestOverdueTimerDoesNotMoveTheClockBack(t *testing.T) {
	c := New(start)
	c.Advance(time.Minute)
	now := start.Add(time.Minute)
	var seen time.Time
	c.AfterFunc(-time.Second, func() { seen = c.Now() })
	ch := c.After(-time.Hour)
	if !within(t, "Advance(0) with overdue timers", func() { c.Advance(0) }) {
		return
	}
	if !seen.Equal(now) {
		t.Errorf("Now() inside a timer made with AfterFunc(-1s) at %v = %v, want %v: the clock never goes back", now, seen, now)
	}
	select {
	case got := <-ch:
		if !got.Equal(now) {
			t.Errorf("After(-1h) made at %v received %v, want %v: the clock never goes back", now, got, now)
		}
	default:
		t.Errorf("After(-1h) received nothing after Advance(0)")
	}
	checkNow(t, c, now)
}

func TestTimerCanRescheduleWithinOneAdvance(t *testing.T) {
	c := New(start)
	var ticks []time.Duration
	var tick func()
	tick = func() {
		ticks = append(ticks, c.Now().Sub(start))
		c.AfterFunc(time.Second, tick) // a ticker built on AfterFunc
	}
	c.AfterFunc(time.Second, tick)
	if !within(t, "Advance(3500ms) with a timer that reschedules itself", func() { c.Advance(3500 * time.Millisecond) }) {
		return
	}
	want := []time.Duration{time.Second, 2 * time.Second, 3 * time.Second}
	if !slices.Equal(ticks, want) {
		t.Errorf("a self-rescheduling 1s timer ran at %v during Advance(3.5s), want %v", ticks, want)
	}
	checkPending(t, c, 1)
}

func TestStop(t *testing.T) {
	c := New(start)
	var r recorder
	stopA := c.AfterFunc(time.Second, r.fn("a"))
	stopB := c.AfterFunc(2*time.Second, r.fn("b"))
	if !stopB() {
		t.Errorf("stop() of a pending timer = false, want true")
	}
	if stopB() {
		t.Errorf("stop() of a timer already stopped = true, want false")
	}
	checkPending(t, c, 1)
	c.Advance(5 * time.Second)
	if got, want := r.got(), []string{"a"}; !slices.Equal(got, want) {
		t.Errorf("timers that ran = %q, want %q (b was stopped)", got, want)
	}
	if stopA() {
		t.Errorf("stop() of a timer that already fired = true, want false")
	}
}

func TestStopFromAnotherTimer(t *testing.T) {
	c := New(start)
	var r recorder
	var stopB func() bool
	c.AfterFunc(time.Second, func() {
		r.fn("a")()
		if !stopB() {
			t.Errorf("stop() called from an earlier timer = false, want true")
		}
	})
	stopB = c.AfterFunc(2*time.Second, r.fn("b"))
	within(t, "Advance(5s) with a timer that stops another", func() { c.Advance(5 * time.Second) })
	if got, want := r.got(), []string{"a"}; !slices.Equal(got, want) {
		t.Errorf("timers that ran = %q, want %q", got, want)
	}
}

func TestAfter(t *testing.T) {
	c := New(start)
	ch := c.After(time.Minute)
	select {
	case v := <-ch:
		t.Fatalf("After(1m) delivered %v before the clock moved", v)
	default:
	}
	// Nobody receives yet: Advance must not wait for a receiver.
	if !within(t, "Advance(1h) with an After channel nobody reads yet", func() { c.Advance(time.Hour) }) {
		return
	}
	select {
	case v := <-ch:
		if want := start.Add(time.Minute); !v.Equal(want) {
			t.Errorf("After(1m) delivered %v, want its deadline %v", v, want)
		}
	default:
		t.Errorf("After(1m) delivered nothing after Advance(1h)")
	}
	checkPending(t, c, 0)
}

func TestConcurrentUse(t *testing.T) {
	c := New(start)
	var wg sync.WaitGroup
	const n = 50
	fired := make(chan struct{}, n)
	for range n {
		wg.Go(func() {
			c.AfterFunc(time.Second, func() { fired <- struct{}{} })
			_ = c.Now()
			_ = c.Pending()
		})
	}
	wg.Wait()
	checkPending(t, c, n)
	c.Advance(time.Second)
	if got := len(fired); got != n {
		t.Errorf("%d of %d timers created from %d goroutines fired, want all", got, n, n)
	}
}
