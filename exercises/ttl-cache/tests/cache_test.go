package ttlcache

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

const ttl = time.Minute

// patience bounds how long a test waits for something that a correct cache
// does at once. Only a wrong cache ever waits this long.
const patience = 2 * time.Second

// fakeClock is a Clock the tests move by hand. It starts far from the real
// time, so a cache that calls time.Now instead of its Clock gets caught.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock() *fakeClock {
	return &fakeClock{now: time.Date(2040, time.March, 1, 12, 0, 0, 0, time.UTC)}
}

func (f *fakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeClock) Advance(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = f.now.Add(d)
}

func newCache() (*Cache, *fakeClock) {
	clock := newClock()
	return New(ttl, clock.Now), clock
}

// within runs f in a goroutine and fails the test if it has not returned
// after patience: the call is blocked on something it should not wait for.
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
		t.Errorf("%s did not return within %v while another key was loading: is a lock held while load runs?", what, patience)
		return false
	}
}

func checkGet(t *testing.T, c *Cache, key, want string, wantOK bool) {
	t.Helper()
	got, ok := c.Get(key)
	if got != want || ok != wantOK {
		t.Errorf("Get(%q) = %q, %v; want %q, %v", key, got, ok, want, wantOK)
	}
}

func checkLen(t *testing.T, c *Cache, want int) {
	t.Helper()
	if got := c.Len(); got != want {
		t.Errorf("Len() = %d, want %d", got, want)
	}
}

func TestSetGetDelete(t *testing.T) {
	tests := []struct {
		name    string
		ops     func(c *Cache)
		key     string
		want    string
		wantOK  bool
		wantLen int
	}{
		{"missing key", func(c *Cache) {}, "a", "", false, 0},
		{"set then get", func(c *Cache) { c.Set("a", "1") }, "a", "1", true, 1},
		{"set replaces the value", func(c *Cache) { c.Set("a", "1"); c.Set("a", "2") }, "a", "2", true, 1},
		{"keys are independent", func(c *Cache) { c.Set("a", "1"); c.Set("b", "2") }, "b", "2", true, 2},
		{"empty value is a value", func(c *Cache) { c.Set("a", "") }, "a", "", true, 1},
		{"delete removes", func(c *Cache) { c.Set("a", "1"); c.Delete("a") }, "a", "", false, 0},
		{"delete leaves other keys", func(c *Cache) { c.Set("a", "1"); c.Set("b", "2"); c.Delete("b") }, "a", "1", true, 1},
		{"delete of a missing key is a no-op", func(c *Cache) { c.Delete("a") }, "a", "", false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newCache()
			tt.ops(c)
			checkGet(t, c, tt.key, tt.want, tt.wantOK)
			checkLen(t, c, tt.wantLen)
		})
	}
}

func TestExpiry(t *testing.T) {
	tests := []struct {
		name   string
		after  time.Duration // time between Set and Get
		wantOK bool
	}{
		{"right after Set", 0, true},
		{"one nanosecond before ttl", ttl - time.Nanosecond, true},
		{"exactly ttl after Set", ttl, false},
		{"long after ttl", 24 * time.Hour, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, clock := newCache()
			c.Set("a", "1")
			clock.Advance(tt.after)
			want := ""
			if tt.wantOK {
				want = "1"
			}
			checkGet(t, c, "a", want, tt.wantOK)
		})
	}

	t.Run("set again restarts the ttl", func(t *testing.T) {
		c, clock := newCache()
		c.Set("a", "1")
		clock.Advance(ttl / 2)
		c.Set("a", "2")
		clock.Advance(ttl/2 + time.Second) // ttl+1s after the first Set
		checkGet(t, c, "a", "2", true)
	})
}

func TestGetRemovesTheExpiredEntryItFinds(t *testing.T) {
	c, clock := newCache()
	c.Set("old", "1")
	clock.Advance(ttl)
	c.Set("new", "2")
	checkLen(t, c, 2) // expired entries count until something removes them
	checkGet(t, c, "old", "", false)
	checkLen(t, c, 1)
	checkGet(t, c, "new", "2", true)
}

func TestCleanup(t *testing.T) {
	tests := []struct {
		name        string
		setAt       []time.Duration // when each key k0, k1, ... is set
		cleanAt     time.Duration
		wantRemoved int
	}{
		{"empty cache", nil, 0, 0},
		{"nothing expired", []time.Duration{0, 10 * time.Second}, 30 * time.Second, 0},
		{"everything expired", []time.Duration{0, 10 * time.Second}, ttl + 10*time.Second, 2},
		{"some expired", []time.Duration{0, 10 * time.Second, 40 * time.Second}, ttl + 10*time.Second, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, clock := newCache()
			elapsed := time.Duration(0)
			for i, at := range tt.setAt {
				clock.Advance(at - elapsed)
				elapsed = at
				c.Set(fmt.Sprintf("k%d", i), "v")
			}
			clock.Advance(tt.cleanAt - elapsed)
			if got := c.Cleanup(); got != tt.wantRemoved {
				t.Errorf("Cleanup() = %d, want %d", got, tt.wantRemoved)
			}
			checkLen(t, c, len(tt.setAt)-tt.wantRemoved)
			for i, at := range tt.setAt {
				key := fmt.Sprintf("k%d", i)
				if fresh := tt.cleanAt-at < ttl; fresh {
					checkGet(t, c, key, "v", true)
				}
			}
		})
	}
}

// loader counts its calls and returns value, err.
type loader struct {
	mu    sync.Mutex
	calls int
}

func (l *loader) fn(value string, err error) func() (string, error) {
	return func() (string, error) {
		l.mu.Lock()
		l.calls++
		l.mu.Unlock()
		return value, err
	}
}

func (l *loader) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.calls
}

var errBackend = errors.New("backend unavailable")

func TestGetOrLoad(t *testing.T) {
	ctx := context.Background()

	t.Run("a fresh value is returned without calling load", func(t *testing.T) {
		c, _ := newCache()
		c.Set("a", "cached")
		var l loader
		got, err := c.GetOrLoad(ctx, "a", l.fn("loaded", nil))
		if got != "cached" || err != nil || l.count() != 0 {
			t.Errorf("GetOrLoad = %q, %v with %d load calls; want %q, nil with 0", got, err, l.count(), "cached")
		}
	})

	t.Run("a missing key is loaded once and stored", func(t *testing.T) {
		c, _ := newCache()
		var l loader
		for i := range 3 {
			got, err := c.GetOrLoad(ctx, "a", l.fn("loaded", nil))
			if got != "loaded" || err != nil {
				t.Errorf("call %d: GetOrLoad = %q, %v; want %q, nil", i+1, got, err, "loaded")
			}
		}
		if l.count() != 1 {
			t.Errorf("load called %d times for three calls, want 1: the first call must store the value", l.count())
		}
		checkGet(t, c, "a", "loaded", true)
	})

	t.Run("an expired value is loaded again", func(t *testing.T) {
		c, clock := newCache()
		c.Set("a", "stale")
		clock.Advance(ttl)
		var l loader
		got, err := c.GetOrLoad(ctx, "a", l.fn("fresh", nil))
		if got != "fresh" || err != nil || l.count() != 1 {
			t.Errorf("GetOrLoad = %q, %v with %d load calls; want %q, nil with 1", got, err, l.count(), "fresh")
		}
	})

	t.Run("an error is returned and not stored", func(t *testing.T) {
		c, _ := newCache()
		var l loader
		got, err := c.GetOrLoad(ctx, "a", l.fn("", errBackend))
		if got != "" || !errors.Is(err, errBackend) {
			t.Errorf("GetOrLoad = %q, %v; want %q, %v", got, err, "", errBackend)
		}
		checkGet(t, c, "a", "", false)
		checkLen(t, c, 0)
		got, err = c.GetOrLoad(ctx, "a", l.fn("second try", nil))
		if got != "second try" || err != nil || l.count() != 2 {
			t.Errorf("after an error, GetOrLoad = %q, %v with %d load calls; want %q, nil with 2 (errors are not cached)",
				got, err, l.count(), "second try")
		}
	})

	t.Run("a loaded value expires ttl after the load finished", func(t *testing.T) {
		c, clock := newCache()
		slowLoad := func() (string, error) {
			clock.Advance(30 * time.Second) // the load takes half a ttl
			return "loaded", nil
		}
		if _, err := c.GetOrLoad(ctx, "a", slowLoad); err != nil {
			t.Fatalf("GetOrLoad: %v", err)
		}
		clock.Advance(ttl - time.Second) // ttl+29s after the call began, ttl-1s after the load ended
		checkGet(t, c, "a", "loaded", true)
		clock.Advance(time.Second)
		checkGet(t, c, "a", "", false)
	})
}

// blockingLoad is a load the test controls: it reports that it started,
// then waits for release and returns value, err.
type blockingLoad struct {
	started chan struct{}
	release chan struct{}
	once    sync.Once
}

func newBlockingLoad(t *testing.T) *blockingLoad {
	b := &blockingLoad{started: make(chan struct{}), release: make(chan struct{})}
	t.Cleanup(b.Release) // a failing test must not leave goroutines blocked
	return b
}

func (b *blockingLoad) Release() { b.once.Do(func() { close(b.release) }) }

func (b *blockingLoad) fn(value string, err error) func() (string, error) {
	return func() (string, error) {
		close(b.started)
		<-b.release
		return value, err
	}
}

// waitStarted blocks until the load has started. GetOrLoad's result
// arriving first means it returned without calling load.
func (b *blockingLoad) waitStarted(t *testing.T, res <-chan result) {
	t.Helper()
	select {
	case <-b.started:
	case r := <-res:
		t.Fatalf("GetOrLoad of a missing key returned %q, %v without calling load", r.value, r.err)
	case <-time.After(patience):
		t.Fatalf("load was not called within %v", patience)
	}
}

// waitSpy is a context that reports when GetOrLoad starts waiting: a
// caller that waits for another caller's load must stay cancellable, so it
// selects on ctx.Done(). Calling Done is the signal.
type waitSpy struct {
	context.Context
	once    sync.Once
	waiting chan struct{}
}

func newWaitSpy(ctx context.Context) *waitSpy {
	return &waitSpy{Context: ctx, waiting: make(chan struct{})}
}

func (s *waitSpy) Done() <-chan struct{} {
	s.once.Do(func() { close(s.waiting) })
	return s.Context.Done()
}

type result struct {
	value string
	err   error
}

// startGetOrLoad calls GetOrLoad in a new goroutine and returns where its
// result will arrive.
func startGetOrLoad(c *Cache, ctx context.Context, key string, load func() (string, error)) <-chan result {
	out := make(chan result, 1)
	go func() {
		v, err := c.GetOrLoad(ctx, key, load)
		out <- result{v, err}
	}()
	return out
}

func receive(t *testing.T, what string, ch <-chan result) result {
	t.Helper()
	select {
	case r := <-ch:
		return r
	case <-time.After(patience):
		t.Fatalf("%s did not return within %v", what, patience)
		return result{}
	}
}

// startWaiters starts n callers of GetOrLoad for key while a load of key is
// in flight, and returns once each of them is waiting for it. A caller that
// calls its own load instead fails the test: that is the check-then-act race.
func startWaiters(t *testing.T, c *Cache, key string, n int) []<-chan result {
	t.Helper()
	var l loader
	var results []<-chan result
	for i := range n {
		spy := newWaitSpy(context.Background())
		results = append(results, startGetOrLoad(c, spy, key, l.fn("loaded by a waiter", nil)))
		select {
		case <-spy.waiting:
		case r := <-results[i]:
			t.Fatalf("caller %d of GetOrLoad(%q) returned %q, %v while the first caller's load was still running (load calls from waiters: %d); "+
				"want it to wait for that load: check for a load in flight and claim the key in the same critical section",
				i+2, key, r.value, r.err, l.count())
		case <-time.After(patience):
			t.Fatalf("caller %d of GetOrLoad(%q) neither waited for the load in flight nor returned within %v; "+
				"a waiting caller must select on the load finishing and on ctx.Done(), without holding a lock",
				i+2, key, patience)
		}
	}
	return results
}

func TestGetOrLoadConcurrentCallersShareOneLoad(t *testing.T) {
	c, _ := newCache()
	first := newBlockingLoad(t)
	firstResult := startGetOrLoad(c, context.Background(), "user:42", first.fn("Ada", nil))
	first.waitStarted(t, firstResult)

	waiters := startWaiters(t, c, "user:42", 3)
	first.Release()

	if r := receive(t, "the loading caller", firstResult); r.value != "Ada" || r.err != nil {
		t.Errorf("loading caller: GetOrLoad = %q, %v; want %q, nil", r.value, r.err, "Ada")
	}
	for i, ch := range waiters {
		if r := receive(t, fmt.Sprintf("waiter %d", i+1), ch); r.value != "Ada" || r.err != nil {
			t.Errorf("waiter %d: GetOrLoad = %q, %v; want the loading caller's result %q, nil", i+1, r.value, r.err, "Ada")
		}
	}
	checkGet(t, c, "user:42", "Ada", true)
}

func TestGetOrLoadWaitersShareTheError(t *testing.T) {
	c, _ := newCache()
	first := newBlockingLoad(t)
	firstResult := startGetOrLoad(c, context.Background(), "user:42", first.fn("", errBackend))
	first.waitStarted(t, firstResult)

	waiters := startWaiters(t, c, "user:42", 2)
	first.Release()

	if r := receive(t, "the loading caller", firstResult); !errors.Is(r.err, errBackend) {
		t.Errorf("loading caller: GetOrLoad error = %v, want %v", r.err, errBackend)
	}
	for i, ch := range waiters {
		if r := receive(t, fmt.Sprintf("waiter %d", i+1), ch); r.value != "" || !errors.Is(r.err, errBackend) {
			t.Errorf("waiter %d: GetOrLoad = %q, %v; want the loading caller's result %q, %v", i+1, r.value, r.err, "", errBackend)
		}
	}

	// The failed load is over: the next caller loads again.
	var l loader
	r := receive(t, "GetOrLoad after the failed load", startGetOrLoad(c, context.Background(), "user:42", l.fn("Ada", nil)))
	if r.value != "Ada" || r.err != nil || l.count() != 1 {
		t.Errorf("after a failed load, GetOrLoad = %q, %v with %d load calls; want %q, nil with 1: forget a load once it has finished",
			r.value, r.err, l.count(), "Ada")
	}
}

func TestGetOrLoadWaiterGivesUpWhenItsContextIsDone(t *testing.T) {
	c, _ := newCache()
	first := newBlockingLoad(t)
	firstResult := startGetOrLoad(c, context.Background(), "report", first.fn("done", nil))
	first.waitStarted(t, firstResult)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	spy := newWaitSpy(ctx)
	var l loader
	waiter := startGetOrLoad(c, spy, "report", l.fn("loaded by the waiter", nil))
	select {
	case <-spy.waiting:
	case r := <-waiter:
		t.Fatalf("the second caller returned %q, %v without waiting for the load in flight", r.value, r.err)
	case <-time.After(patience):
		t.Fatalf("the second caller did not start waiting on its ctx within %v: select on the load finishing and on ctx.Done()", patience)
	}
	cancel()

	r := receive(t, "a waiter whose ctx was cancelled (while the load was still running)", waiter)
	if !errors.Is(r.err, context.Canceled) || r.value != "" {
		t.Errorf("cancelled waiter: GetOrLoad = %q, %v; want %q, %v", r.value, r.err, "", context.Canceled)
	}

	first.Release() // the load carries on for the caller that started it
	if r := receive(t, "the loading caller", firstResult); r.value != "done" || r.err != nil {
		t.Errorf("loading caller: GetOrLoad = %q, %v; want %q, nil", r.value, r.err, "done")
	}
	checkGet(t, c, "report", "done", true)
	if l.count() != 0 {
		t.Errorf("the cancelled waiter called its own load %d times, want 0", l.count())
	}
}

func TestLoadRunsWithoutHoldingTheLock(t *testing.T) {
	c, _ := newCache()
	first := newBlockingLoad(t)
	firstResult := startGetOrLoad(c, context.Background(), "slow", first.fn("v", nil))
	first.waitStarted(t, firstResult)

	ops := []struct {
		name string
		op   func()
	}{
		{"Set of another key", func() { c.Set("other", "1") }},
		{"Get of another key", func() { c.Get("other") }},
		{"Delete of another key", func() { c.Delete("other") }},
		{"Len", func() { c.Len() }},
		{"Cleanup", func() { c.Cleanup() }},
		{"GetOrLoad of another key", func() {
			c.GetOrLoad(context.Background(), "other", func() (string, error) { return "1", nil })
		}},
	}
	stuck := false
	for _, tt := range ops {
		t.Run(tt.name+" while a load is running", func(t *testing.T) {
			if stuck {
				t.Skip("skipped: an earlier call is still blocked on the cache")
			}
			stuck = !within(t, tt.name, tt.op)
		})
	}
	first.Release()
	receive(t, "the loading caller", firstResult)

	t.Run("load itself uses the cache", func(t *testing.T) {
		c, _ := newCache()
		load := func() (string, error) {
			c.Set("side", "effect") // e.g. a loader that also caches what it fetched alongside
			v, _ := c.Get("side")
			return "main+" + v, nil
		}
		var got string
		var err error
		if within(t, "GetOrLoad whose load calls Set and Get", func() { got, err = c.GetOrLoad(context.Background(), "main", load) }) {
			if got != "main+effect" || err != nil {
				t.Errorf("GetOrLoad = %q, %v; want %q, nil", got, err, "main+effect")
			}
		}
	})
}

// TestConcurrentUse hammers the cache from several goroutines. Natively,
// go test -race reports any access that is not synchronised.
func TestConcurrentUse(t *testing.T) {
	c, _ := newCache()
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				key := fmt.Sprintf("g%d-k%d", g, i%10)
				c.Set(key, "v")
				c.Get(key)
				c.GetOrLoad(context.Background(), "shared", func() (string, error) { return "s", nil })
				if i%50 == 0 {
					c.Cleanup()
					c.Len()
				}
				if i%10 == 9 {
					c.Delete(key)
				}
			}
		})
	}
	wg.Wait()
	checkGet(t, c, "shared", "s", true)
	checkLen(t, c, 8*9+1) // per goroutine keys k0..k8 remain; k9 was deleted last
}
