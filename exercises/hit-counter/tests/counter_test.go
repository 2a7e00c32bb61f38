package hits

import (
	"errors"
	"fmt"
	"maps"
	"runtime"
	"sync"
	"testing"
	"time"
)

// within runs f in a goroutine and fails the test if it has not returned
// after two seconds: a call that must not wait would otherwise hang.
func within(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatalf("%s blocked for 2s while a slow send was running; it must not wait for it", what)
	}
}

// slowFlush starts c.Flush in a goroutine whose send blocks until the
// test calls release. It returns the map send received and a function
// that lets send return err and waits for Flush's result.
func slowFlush(t *testing.T, c *Counter) (got map[string]int, release func(error) error) {
	t.Helper()
	entered := make(chan map[string]int)
	unblock := make(chan error, 1)
	result := make(chan error, 1)
	go func() {
		result <- c.Flush(func(m map[string]int) error {
			entered <- m
			return <-unblock
		})
	}()
	select {
	case got = <-entered:
	case err := <-result:
		t.Fatalf("Flush returned %v without calling send; there were pending hits", err)
	case <-time.After(2 * time.Second):
		t.Fatal("Flush did not call send within 2s")
	}
	// If the test fails early, let send return so nothing stays blocked.
	t.Cleanup(func() {
		select {
		case unblock <- nil:
		default:
		}
	})
	return got, func(err error) error {
		unblock <- err
		return <-result
	}
}

func incN(c *Counter, key string, n int) {
	for range n {
		c.Inc(key)
	}
}

func TestIncAndGet(t *testing.T) {
	tests := []struct {
		name string
		incs map[string]int
		key  string
		want int
	}{
		{"unknown key", map[string]int{"home": 2}, "about", 0},
		{"one key", map[string]int{"home": 3}, "home", 3},
		{"keys are separate", map[string]int{"home": 3, "about": 1}, "about", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New()
			for k, n := range tt.incs {
				incN(c, k, n)
			}
			if got := c.Get(tt.key); got != tt.want {
				t.Errorf("after %v, Get(%q) = %d, want %d", tt.incs, tt.key, got, tt.want)
			}
		})
	}
}

func TestFlush(t *testing.T) {
	boom := errors.New("metrics backend: 503")
	tests := []struct {
		name      string
		incs      map[string]int
		sendErr   error
		wantSent  []map[string]int
		wantAfter map[string]int // Get per key after Flush
	}{
		{"sends the pending hits and starts a new batch",
			map[string]int{"home": 2, "about": 1}, nil,
			[]map[string]int{{"home": 2, "about": 1}},
			map[string]int{"home": 0, "about": 0}},
		{"nothing pending: send is not called",
			nil, nil, nil, map[string]int{"home": 0}},
		{"send fails: the error is returned and the hits are kept",
			map[string]int{"home": 2}, boom,
			[]map[string]int{{"home": 2}},
			map[string]int{"home": 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New()
			for k, n := range tt.incs {
				incN(c, k, n)
			}
			var sent []map[string]int
			err := c.Flush(func(m map[string]int) error {
				sent = append(sent, maps.Clone(m))
				return tt.sendErr
			})
			if !errors.Is(err, tt.sendErr) {
				t.Errorf("Flush() = %v, want %v", err, tt.sendErr)
			}
			if fmt.Sprint(sent) != fmt.Sprint(tt.wantSent) {
				t.Errorf("send received %v, want %v", sent, tt.wantSent)
			}
			for k, want := range tt.wantAfter {
				if got := c.Get(k); got != want {
					t.Errorf("after Flush, Get(%q) = %d, want %d", k, got, want)
				}
			}
		})
	}
}

func TestHitsDuringASlowSendGoToTheNextBatch(t *testing.T) {
	c := New()
	incN(c, "home", 2)
	batch, release := slowFlush(t, c)
	want := map[string]int{"home": 2}
	if !maps.Equal(batch, want) {
		t.Fatalf("send received %v, want %v", batch, want)
	}

	within(t, "Inc", func() { c.Inc("home") })
	var during int
	within(t, "Get", func() { during = c.Get("home") })
	if during != 1 {
		t.Errorf("Get(home) while send runs = %d, want 1 (the batch given to send is no longer pending)", during)
	}
	if !maps.Equal(batch, want) {
		t.Errorf("the map send holds changed to %v while send ran, want %v: it belongs to send", batch, want)
	}

	if err := release(nil); err != nil {
		t.Fatalf("Flush() = %v, want nil", err)
	}
	if got := c.Get("home"); got != 1 {
		t.Errorf("after Flush, Get(home) = %d, want 1 (the hit counted while send ran)", got)
	}
	if !maps.Equal(batch, want) {
		t.Errorf("after Flush returned, the map send kept is %v, want %v: the Counter must not touch it", batch, want)
	}
}

func TestAFailedSlowSendLosesNothing(t *testing.T) {
	c := New()
	incN(c, "home", 2)
	batch, release := slowFlush(t, c)
	within(t, "Inc", func() { c.Inc("home"); c.Inc("about") })

	boom := errors.New("metrics backend: timeout")
	if err := release(boom); !errors.Is(err, boom) {
		t.Fatalf("Flush() = %v, want %v", err, boom)
	}
	if want := map[string]int{"home": 2}; !maps.Equal(batch, want) {
		t.Errorf("after a failed Flush, the map send held is %v, want %v: merge into the pending map, never into the one given to send", batch, want)
	}
	for key, want := range map[string]int{"home": 3, "about": 1} {
		if got := c.Get(key); got != want {
			t.Errorf("after a failed Flush, Get(%q) = %d, want %d (failed batch plus hits counted meanwhile)", key, got, want)
		}
	}
}

func TestConcurrentFlushesSendEachHitOnce(t *testing.T) {
	c := New()
	incN(c, "home", 2)
	first, release := slowFlush(t, c)
	first = maps.Clone(first)
	within(t, "Inc", func() { c.Inc("about") })

	var second []map[string]int
	within(t, "a second Flush", func() {
		err := c.Flush(func(m map[string]int) error {
			second = append(second, maps.Clone(m))
			return nil
		})
		if err != nil {
			t.Errorf("second Flush() = %v, want nil", err)
		}
	})
	if err := release(nil); err != nil {
		t.Fatalf("first Flush() = %v, want nil", err)
	}
	if want := map[string]int{"home": 2}; !maps.Equal(first, want) {
		t.Errorf("first send received %v, want %v", first, want)
	}
	if want := "[map[about:1]]"; fmt.Sprint(second) != want {
		t.Errorf("second Flush sent %v, want %s: hits the first send has must not be sent again", second, want)
	}
}

func TestNoHitIsLostUnderLoad(t *testing.T) {
	const workers, perWorker = 8, 100
	c := New()
	total := map[string]int{}
	flushes := 0
	send := func(m map[string]int) error {
		flushes++
		if flushes%3 == 0 {
			return errors.New("flaky backend")
		}
		for k, n := range m {
			total[k] += n
		}
		return nil
	}

	var wg sync.WaitGroup
	stop := make(chan struct{})
	flusherDone := make(chan struct{})
	go func() { // one flusher, as a ticker would run it
		defer close(flusherDone)
		for {
			select {
			case <-stop:
				return
			default:
				_ = c.Flush(send)
				runtime.Gosched() // one thread in the page: let Inc run
			}
		}
	}()
	for i := range workers {
		key := []string{"home", "about"}[i%2]
		wg.Go(func() {
			for range perWorker {
				c.Inc(key)
				_ = c.Get(key)
			}
		})
	}
	wg.Wait()
	close(stop)
	<-flusherDone
	for c.Get("home")+c.Get("about") > 0 {
		_ = c.Flush(send)
	}

	want := map[string]int{"home": workers / 2 * perWorker, "about": workers / 2 * perWorker}
	if !maps.Equal(total, want) {
		t.Errorf("hits sent = %v, want %v", total, want)
	}
}
