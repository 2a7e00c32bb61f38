package fetch

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// Every test runs inside a synctest bubble: time is fake, so a call that
// takes "one second" returns at once and elapsed times are exact, and a
// goroutine still blocked when the test function returns is reported as a
// leak.

// inBubble runs f in a new bubble and turns synctest's deadlock panics into
// test failures that show the blocked goroutines.
func inBubble(t *testing.T, f func(t *testing.T)) {
	t.Helper()
	before := goroutineIDs()
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		msg := fmt.Sprint(r)
		switch {
		case strings.Contains(msg, "main bubble goroutine has exited but blocked goroutines remain"):
			t.Errorf("goroutine leak: when FetchAll had returned, these goroutines were still blocked, and nothing will ever unblock them:\n%s", blockedSince(before))
		case strings.HasPrefix(msg, "deadlock"):
			t.Errorf("deadlock: the test and every goroutine it started are blocked forever (%s):\n%s", msg, blockedSince(before))
		default:
			panic(r)
		}
	}()
	synctest.Test(t, f)
}

func stacks() []string {
	buf := make([]byte, 1<<20)
	return strings.Split(string(buf[:runtime.Stack(buf, true)]), "\n\n")
}

func goroutineIDs() map[string]bool {
	ids := map[string]bool{}
	for _, g := range stacks() {
		ids[strings.Fields(g)[1]] = true
	}
	return ids
}

// blockedSince returns the stacks of bubbled goroutines that did not exist
// before (leaving out synctest's own), at most three of them.
func blockedSince(before map[string]bool) string {
	var out []string
	for _, g := range stacks() {
		if !before[strings.Fields(g)[1]] && strings.Contains(g, "synctest bubble") && !strings.Contains(g, "synctest.Test.func1") {
			out = append(out, g)
		}
	}
	if len(out) > 3 {
		out = append(out[:3], fmt.Sprintf("... and %d more", len(out)-3))
	}
	return strings.Join(out, "\n\n")
}

// web is a fake set of servers. A call takes its URL's delay (one second
// unless set), then answers with the URL's error or its body, "<url>". A
// call whose ctx is done gives up, taking cleanup to return ctx.Err(). web
// records which calls started and how many ran at the same time.
type web struct {
	delay   map[string]time.Duration
	fail    map[string]error
	cleanup time.Duration

	mu      sync.Mutex
	started []string
	running int
	peak    int
}

func (w *web) fetch(ctx context.Context, url string) (string, error) {
	w.mu.Lock()
	w.started = append(w.started, url)
	w.running++
	w.peak = max(w.peak, w.running)
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		w.running--
		w.mu.Unlock()
	}()

	d, ok := w.delay[url]
	if !ok {
		d = time.Second
	}
	select {
	case <-time.After(d):
	case <-ctx.Done():
		time.Sleep(w.cleanup)
		return "", ctx.Err()
	}
	if err := w.fail[url]; err != nil {
		return "", err
	}
	return "<" + url + ">", nil
}

// stats returns the calls started so far (sorted: calls that start at the
// same instant may start in any order), how many run now, and the peak.
func (w *web) stats() (started []string, running, peak int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	started = slices.Clone(w.started)
	slices.Sort(started)
	return started, w.running, w.peak
}

func urls(n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf("u%d", i))
	}
	return out
}

func bodiesOf(urls []string) []string {
	var out []string
	for _, u := range urls {
		out = append(out, "<"+u+">")
	}
	return out
}

func TestFetchAllReturnsBodiesInInputOrder(t *testing.T) {
	tests := []struct {
		name    string
		urls    []string
		delay   map[string]time.Duration
		workers int
	}{
		{"later calls finish first", []string{"a", "b", "c", "d"},
			map[string]time.Duration{"a": 3 * time.Second, "b": time.Second, "c": 2 * time.Second, "d": time.Second}, 2},
		{"one worker", []string{"a", "b", "c"}, nil, 1},
		{"more workers than URLs", []string{"a", "b"}, map[string]time.Duration{"a": 2 * time.Second}, 5},
		{"no URLs", nil, nil, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				w := &web{delay: tt.delay}
				got, err := FetchAll(context.Background(), tt.urls, tt.workers, w.fetch)
				want := bodiesOf(tt.urls)
				if !slices.Equal(got, want) || len(got) != len(tt.urls) || err != nil {
					t.Errorf("FetchAll(%v, workers=%d) = %q, %v; want %q, nil", tt.urls, tt.workers, got, err, want)
				}
				if started, _, _ := w.stats(); len(started) != len(tt.urls) {
					t.Errorf("FetchAll(%v) called fetch for %v, want each URL exactly once", tt.urls, started)
				}
			})
		})
	}
}

func TestFetchAllKeepsAtMostWorkersBusy(t *testing.T) {
	tests := []struct {
		name     string
		urls     []string
		delay    map[string]time.Duration
		workers  int
		wantTime time.Duration
		wantPeak int
	}{
		{"7 calls, 3 workers", urls(7), nil, 3, 3 * time.Second, 3},
		{"7 calls, 1 worker", urls(7), nil, 1, 7 * time.Second, 1},
		{"workers 0 means one at a time", urls(3), nil, 0, 3 * time.Second, 1},
		{"negative workers means one at a time", urls(3), nil, -2, 3 * time.Second, 1},
		{"more workers than calls", urls(7), nil, 10, time.Second, 7},
		{"a free worker starts the next call at once", urls(4),
			map[string]time.Duration{"u0": 3 * time.Second}, 2, 3 * time.Second, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				w := &web{delay: tt.delay}
				start := time.Now()
				got, err := FetchAll(context.Background(), tt.urls, tt.workers, w.fetch)
				elapsed := time.Since(start)
				_, running, peak := w.stats()
				if !slices.Equal(got, bodiesOf(tt.urls)) || err != nil {
					t.Errorf("FetchAll(%v, workers=%d) = %q, %v; want %q, nil", tt.urls, tt.workers, got, err, bodiesOf(tt.urls))
				}
				if peak != tt.wantPeak {
					t.Errorf("FetchAll(%d URLs, workers=%d): at most %d calls ran at once, want %d", len(tt.urls), tt.workers, peak, tt.wantPeak)
				}
				if elapsed != tt.wantTime {
					t.Errorf("FetchAll(%d URLs, workers=%d) took %v, want %v: every worker must start its next call as soon as it is free", len(tt.urls), tt.workers, elapsed, tt.wantTime)
				}
				if running != 0 {
					t.Errorf("%d calls of fetch were still running when FetchAll returned, want 0", running)
				}
			})
		})
	}
}

var (
	errBoom  = errors.New("boom")
	errFirst = errors.New("first failure")
)

func TestFetchAllStopsAtTheFirstError(t *testing.T) {
	tests := []struct {
		name        string
		urls        []string
		delay       map[string]time.Duration
		fail        map[string]error
		wantErr     error
		wantMsg     string
		wantStarted []string
		wantTime    time.Duration
	}{
		{
			// u1 fails at 1.5s while u2 (started at 1s) is in flight; u2
			// takes 1s to give up, so FetchAll returns at 2.5s.
			name:        "no new call after an error, and calls in flight are cancelled and awaited",
			urls:        urls(6),
			delay:       map[string]time.Duration{"u1": 1500 * time.Millisecond, "u2": 5 * time.Second},
			fail:        map[string]error{"u1": errBoom},
			wantErr:     errBoom,
			wantMsg:     "fetch u1: boom",
			wantStarted: []string{"u0", "u1", "u2"},
			wantTime:    2500 * time.Millisecond,
		},
		{
			// u0 fails at 1s; u1 then gives up with context.Canceled at 2s.
			name:        "the first error is reported, not the cancellations it causes",
			urls:        urls(4),
			delay:       map[string]time.Duration{"u1": 3 * time.Second},
			fail:        map[string]error{"u0": errFirst},
			wantErr:     errFirst,
			wantMsg:     "fetch u0: first failure",
			wantStarted: []string{"u0", "u1"},
			wantTime:    2 * time.Second,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				w := &web{delay: tt.delay, fail: tt.fail, cleanup: time.Second}
				start := time.Now()
				got, err := FetchAll(context.Background(), tt.urls, 2, w.fetch)
				elapsed := time.Since(start)
				started, running, _ := w.stats()
				if got != nil || !errors.Is(err, tt.wantErr) {
					t.Errorf("FetchAll = %q, %v; want nil and an error wrapping %q", got, err, tt.wantErr)
				} else if err.Error() != tt.wantMsg {
					t.Errorf("FetchAll error = %q, want %q", err, tt.wantMsg)
				}
				if !slices.Equal(started, tt.wantStarted) {
					t.Errorf("calls started: %v, want %v: two workers start exactly these before the first error, and nothing after it", started, tt.wantStarted)
				}
				if running != 0 {
					t.Errorf("%d calls of fetch were still running when FetchAll returned, want 0: wait for the calls in flight", running)
				}
				if elapsed != tt.wantTime {
					t.Errorf("FetchAll returned after %v, want %v: cancel the calls in flight at the first error, then wait for them", elapsed, tt.wantTime)
				}
			})
		})
	}
}

func TestFetchAllStopsWhenCtxIsDone(t *testing.T) {
	tests := []struct {
		name        string
		cancelAfter time.Duration // negative: cancelled before the call
		wantStarted []string
		wantTime    time.Duration
	}{
		// Two workers: u0 and u1 run from 0s to 1s, u2 and u3 from 1s until
		// the cancel at 1.5s, and take 1s to give up.
		{"cancelled while calls are in flight", 1500 * time.Millisecond, []string{"u0", "u1", "u2", "u3"}, 2500 * time.Millisecond},
		{"cancelled before FetchAll is called", -1, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				if tt.cancelAfter < 0 {
					cancel()
				} else {
					time.AfterFunc(tt.cancelAfter, cancel)
				}
				w := &web{cleanup: time.Second}
				start := time.Now()
				got, err := FetchAll(ctx, urls(6), 2, w.fetch)
				elapsed := time.Since(start)
				started, running, _ := w.stats()
				if got != nil || !errors.Is(err, context.Canceled) {
					t.Errorf("FetchAll = %q, %v; want nil and an error wrapping context.Canceled", got, err)
				}
				if !slices.Equal(started, tt.wantStarted) {
					t.Errorf("calls started: %v, want %v: two workers start exactly these before ctx is done, and nothing after it", started, tt.wantStarted)
				}
				if running != 0 {
					t.Errorf("%d calls of fetch were still running when FetchAll returned, want 0", running)
				}
				if elapsed != tt.wantTime {
					t.Errorf("FetchAll returned after %v, want %v", elapsed, tt.wantTime)
				}
			})
		})
	}
}
