package worker

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

const deadline = 2 * time.Second

// settle polls until the goroutines started by this package are gone:
// the goroutine count is back to the baseline measured before Start, or no
// goroutine created by package code is left. (The second test matters under
// WebAssembly, where the runtime itself starts and ends an event-handling
// goroutine.) Polling, not one long sleep: a correct solution passes in
// milliseconds, and a slow machine still gets the full deadline.
func settle(t *testing.T, baseline int) {
	t.Helper()
	stop := time.Now().Add(deadline)
	for {
		n, leaked := runtime.NumGoroutine(), ours()
		if n <= baseline || len(leaked) == 0 {
			return
		}
		if time.Now().After(stop) {
			if len(leaked) > 2 {
				leaked = append(leaked[:2], "...")
			}
			t.Errorf("goroutines after %v: got %d, want at most %d (the baseline before Start); still running:\n%s",
				deadline, n, baseline, strings.Join(leaked, "\n\n"))
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// pkgPrefix is this package's import path plus a dot, as stack traces print it.
var pkgPrefix = strings.TrimSuffix(runtime.FuncForPC(reflect.ValueOf(Start).Pointer()).Name(), "Start")

// ours returns the stacks of live goroutines created by the package's own
// code (not by the tests' callStop helper).
func ours() []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "created by "+pkgPrefix) && !strings.Contains(g, "created by "+pkgPrefix+"callStop") {
			out = append(out, g)
		}
	}
	return out
}

// callStop calls g.Stop and fails the test if it does not return in time.
func callStop(t *testing.T, g *Group) {
	t.Helper()
	returned := make(chan struct{})
	go func() {
		g.Stop()
		close(returned)
	}()
	select {
	case <-returned:
	case <-time.After(deadline):
		t.Fatalf("Stop did not return within %v: it waits for a goroutine that can never finish", deadline)
	}
}

// closedNow checks, without waiting, that results is closed: it may still
// hold buffered results, but no receive may block. when says what just
// happened, for the failure message.
func closedNow(t *testing.T, results <-chan Result, max int, when string) {
	t.Helper()
	for range max + 1 {
		select {
		case _, ok := <-results:
			if !ok {
				return
			}
		default:
			t.Errorf("Results is not closed %s; close it once every sending goroutine has exited, and make Stop wait for that", when)
			return
		}
	}
	t.Errorf("Results delivered more than %d results", max)
}

var sources = []string{"alpha", "bravo", "charlie", "delta", "echo"}

func instant(_ context.Context, source string) (string, error) {
	return "value of " + source, nil
}

func blocking(ctx context.Context, _ string) (string, error) {
	<-ctx.Done()
	return "", ctx.Err()
}

func TestAllResultsAreDelivered(t *testing.T) {
	baseline := runtime.NumGoroutine()
	g := Start(context.Background(), sources, instant)

	var got []string
	timeout := time.After(deadline)
	for done := false; !done; {
		select {
		case r, ok := <-g.Results():
			if !ok {
				done = true
				break
			}
			if r.Err != nil || r.Value != "value of "+r.Source {
				t.Errorf("result for %s = %q, %v; want %q, nil", r.Source, r.Value, r.Err, "value of "+r.Source)
			}
			got = append(got, r.Source)
		case <-timeout:
			t.Fatalf("Results was not closed within %v after delivering %v", deadline, got)
		}
	}
	sort.Strings(got)
	if strings.Join(got, ",") != strings.Join(sources, ",") {
		t.Errorf("delivered sources %v, want each of %v exactly once", got, sources)
	}
	settle(t, baseline)
	callStop(t, g) // Stop after the end is harmless
}

func TestStopEndsEveryGoroutine(t *testing.T) {
	tests := []struct {
		name  string
		fetch Fetcher
		read  int // results to read before Stop
	}{
		{"stop before reading anything", instant, 0},
		{"stop after the first result", instant, 1},
		{"stop after all but one", instant, len(sources) - 1},
		{"stop while every fetch is blocked", blocking, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			baseline := runtime.NumGoroutine()
			g := Start(context.Background(), sources, tt.fetch)
			for i := range tt.read {
				select {
				case <-g.Results():
				case <-time.After(deadline):
					t.Fatalf("result %d did not arrive within %v", i+1, deadline)
				}
			}
			callStop(t, g)
			closedNow(t, g.Results(), len(sources)-tt.read, "when Stop has returned")
			settle(t, baseline)
			callStop(t, g) // a second Stop must be safe too
		})
	}
}

func TestCancellingTheParentContextEndsEveryGoroutine(t *testing.T) {
	tests := []struct {
		name  string
		fetch Fetcher
	}{
		{"fetches blocked when the context is cancelled", blocking},
		{"fetches finished but nobody reads", instant},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			baseline := runtime.NumGoroutine()
			ctx, cancel := context.WithCancel(context.Background())
			g := Start(ctx, sources, tt.fetch)
			cancel() // no Stop, and nobody reads Results
			settle(t, baseline)

			closedNow(t, g.Results(), len(sources), "after every goroutine has exited")
		})
	}
}

// The tests below run in a testing/synctest bubble: synctest.Wait returns
// once every goroutine the test started is blocked, so "Stop has not
// returned yet" is a fact, not a guess after a sleep, and time.Sleep takes
// no real time.

// inBubble runs f in a new bubble and turns synctest's panic about
// goroutines blocked for ever into a test failure.
func inBubble(t *testing.T, f func(t *testing.T)) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprint(r)
			if !strings.Contains(msg, "deadlock") && !strings.Contains(msg, "blocked goroutines remain") {
				panic(r)
			}
			t.Errorf("goroutines still blocked for ever when the test ended (%s): some send or receive has no way out", msg)
		}
	}()
	synctest.Test(t, f)
}

// holdClose makes closeResults wait, for the channel of the group that
// hold returns, until release is closed, so that a test can look at Stop
// while Results is about to be closed but still open. It counts those
// calls. Channels of other groups (a leaking solution's earlier tests) are
// closed at once.
func holdClose(t *testing.T) (hold func(*Group), release chan struct{}, calls *atomic.Int32) {
	orig := closeResults
	t.Cleanup(func() { closeResults = orig })
	var held atomic.Value // <-chan Result: the channel whose close is held
	release, calls = make(chan struct{}), new(atomic.Int32)
	closeResults = func(results chan Result) {
		if ch, _ := held.Load().(<-chan Result); ch == results {
			calls.Add(1)
			<-release
		}
		orig(results)
	}
	return func(g *Group) { held.Store(g.Results()) }, release, calls
}

func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// TestStopWaitsUntilResultsIsClosed holds the close of Results back and
// checks that Stop is still waiting for it: a Stop that returns once the
// senders are gone, but before the channel is closed, leaves a caller that
// ranges over Results blocked.
func TestStopWaitsUntilResultsIsClosed(t *testing.T) {
	tests := []struct {
		name  string
		fetch Fetcher
	}{
		{"fetches finished, nobody reads", instant},
		{"every fetch blocked", blocking},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				hold, release, calls := holdClose(t)
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				g := Start(ctx, sources, tt.fetch)
				hold(g)
				synctest.Wait() // every sender is blocked: on its send, or in fetch

				stopped := make(chan struct{})
				go func() {
					g.Stop()
					close(stopped)
				}()
				synctest.Wait() // Stop has cancelled, the senders have given up, the close is held
				returnedEarly := isClosed(stopped)
				switch {
				case returnedEarly && calls.Load() == 0:
					t.Errorf("Stop returned before anything closed Results: close it with closeResults, from the goroutine that waits for every sender, and make Stop wait for that")
				case returnedEarly:
					t.Errorf("Stop returned while Results was still open (its close was held back): make Stop wait until Results is closed, not just until the senders are done")
				case calls.Load() == 0:
					t.Errorf("Stop is blocked and nothing is closing Results: a goroutine started by Start cannot finish (a send nobody receives?)")
				}
				close(release)
				synctest.Wait()
				if !returnedEarly && !isClosed(stopped) {
					t.Errorf("Stop did not return after Results was closed")
				}
				if got := calls.Load(); got > 1 {
					t.Errorf("closeResults called %d times, want 1", got)
				}
				closedNow(t, g.Results(), len(sources), "when Stop has returned")
			})
		})
	}
}

// TestASlowReaderGetsEveryResult: a result waits for its reader; it is
// dropped only once the group is stopped.
func TestASlowReaderGetsEveryResult(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		g := Start(context.Background(), sources, instant)
		var got []string
		time.Sleep(time.Second) // every fetch has finished before the first read
		for r := range g.Results() {
			got = append(got, r.Source)
			time.Sleep(time.Second)
		}
		sort.Strings(got)
		if strings.Join(got, ",") != strings.Join(sources, ",") {
			t.Errorf("a reader that waits a second before each receive got %v, want each of %v: a sender must wait for its reader until the group is stopped", got, sources)
		}
		g.Stop()
	})
}
