package fetch

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// These tests run All inside a testing/synctest bubble. There, time is
// fake and synctest.Wait returns once every goroutine in the bubble is
// blocked, so "three calls are in flight and no fourth has started" is a
// fact the test can check, not a race it hopes to win.

// behaviour says what the fake service does for one id.
type behaviour int

const (
	instant  behaviour = iota // returns "v:<id>" at once
	fails                     // returns errBoom after a millisecond
	held                      // waits until released (then succeeds) or until ctx is done
	stubborn                  // waits until released, ignoring ctx, then succeeds
)

var errBoom = errors.New("service: 503 Service Unavailable")

type ctxKey struct{}

// service is a fake backend. Every field is guarded by mu.
type service struct {
	mu        sync.Mutex
	behave    map[string]behaviour
	started   []string
	inFlight  int
	peak      int
	sawCancel map[string]bool
	release   map[string]chan struct{}
	noValue   []string // ids whose ctx did not carry the caller's value
}

func newService(behave map[string]behaviour) *service {
	return &service{behave: behave, sawCancel: map[string]bool{}, release: map[string]chan struct{}{}}
}

func (s *service) releaseCh(id string) chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch, ok := s.release[id]
	if !ok {
		ch = make(chan struct{})
		s.release[id] = ch
	}
	return ch
}

// Release lets the call for id return. Releasing twice is harmless.
func (s *service) Release(id string) {
	ch := s.releaseCh(id)
	select {
	case <-ch:
	default:
		close(ch)
	}
}

func (s *service) ReleaseAll(ids []string) {
	for _, id := range ids {
		s.Release(id)
	}
}

func (s *service) fetch(ctx context.Context, id string) (string, error) {
	s.mu.Lock()
	s.started = append(s.started, id)
	s.inFlight++
	s.peak = max(s.peak, s.inFlight)
	if ctx.Value(ctxKey{}) != "caller" {
		s.noValue = append(s.noValue, id)
	}
	b := s.behave[id]
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inFlight--
		s.mu.Unlock()
	}()

	switch b {
	case fails:
		time.Sleep(time.Millisecond) // fake time: the other calls start first
		return "", errBoom
	case held:
		select {
		case <-s.releaseCh(id):
			return "v:" + id, nil
		case <-ctx.Done():
			s.mu.Lock()
			s.sawCancel[id] = true
			s.mu.Unlock()
			time.Sleep(time.Second) // cleaning up takes a while
			return "", ctx.Err()
		}
	case stubborn:
		<-s.releaseCh(id)
		return "v:" + id, nil
	}
	return "v:" + id, nil
}

// snapshot is what the service looked like at one moment.
type snapshot struct {
	started   []string
	inFlight  int
	peak      int
	sawCancel []string
	noValue   []string
}

func (s *service) snapshot() snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	var saw []string
	for id := range s.sawCancel {
		saw = append(saw, id)
	}
	slices.Sort(saw)
	return snapshot{slices.Clone(s.started), s.inFlight, s.peak, saw, slices.Clone(s.noValue)}
}

// run is one call of All, started in the bubble.
type run struct {
	s        *service
	ids      []string
	cancel   context.CancelFunc // used only to unstick a run that never returns
	done     chan struct{}
	results  []string
	err      error
	atReturn snapshot // the service when All returned
}

func startAll(ctx context.Context, s *service, ids []string, limit int) *run {
	ctx, cancel := context.WithCancel(ctx)
	r := &run{s: s, ids: ids, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(r.done)
		r.results, r.err = All(ctx, ids, limit, s.fetch)
		r.atReturn = r.s.snapshot()
	}()
	return r
}

// wait waits for All to return, then for every call to end. Time in the
// bubble is fake: a minute passes at once, but only when every goroutine
// is blocked, that is, when All is stuck. Then the test releases every
// call and cancels All's ctx, so that it can report and end.
func (r *run) wait(report func(string, ...any)) {
	select {
	case <-r.done:
	case <-time.After(time.Minute):
		snap := r.s.snapshot()
		report("All did not return: every goroutine is blocked (calls started: %v, in flight: %d); "+
			"are calls that wait for ctx.Done never cancelled, or does All wait for something that never happens?",
			snap.started, snap.inFlight)
		r.s.ReleaseAll(r.ids)
		r.cancel()
		select {
		case <-r.done:
		case <-time.After(time.Minute):
			report("All is still blocked after every call was released and its ctx was cancelled")
			return
		}
	}
	// Let any call still running (All should not have left one) finish.
	r.s.ReleaseAll(r.ids)
	for range 100 {
		synctest.Wait()
		if r.s.snapshot().inFlight == 0 {
			break
		}
		time.Sleep(time.Second)
	}
	r.cancel()
}

// inBubble runs f in a synctest bubble; report is the bubble's t.Errorf.
// A watchdog on the real clock catches a bubble that can never settle:
// synctest.Wait waits for goroutines blocked on channels, but not for one
// blocked on a sync.Mutex.
func inBubble(t *testing.T, f func(report func(format string, args ...any))) {
	t.Helper()
	watchdog := time.AfterFunc(10*time.Second, func() {
		panic(t.Name() + ": stuck for 10s: a goroutine is waiting for a sync.Mutex that another one holds while it calls fetch. Do not hold a lock while fetch runs.")
	})
	defer watchdog.Stop()
	defer func() {
		if p := recover(); p != nil { // synctest found goroutines blocked for ever
			t.Fatalf("%v: a goroutine started by All is blocked for ever", p)
		}
	}()
	synctest.Test(t, func(t *testing.T) { f(t.Errorf) })
}

func callerContext() context.Context {
	return context.WithValue(context.Background(), ctxKey{}, "caller")
}

func ids(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("id%d", i)
	}
	return out
}

func TestResultsAreInTheOrderOfIDs(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		limit int
	}{
		{"no ids", 0, 2},
		{"one id", 1, 1},
		{"limit 1", 4, 1},
		{"more ids than the limit", 7, 3},
		{"limit above the number of ids", 3, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inBubble(t, func(report func(string, ...any)) {
				in := ids(tt.n)
				// Later ids answer sooner, so completion order is the reverse of ids.
				fetch := func(ctx context.Context, id string) (string, error) {
					i := slices.Index(in, id)
					time.Sleep(time.Duration(tt.n-i) * time.Millisecond)
					return "v:" + id, nil
				}
				got, err := All(callerContext(), in, tt.limit, fetch)
				want := make([]string, tt.n)
				for i, id := range in {
					want[i] = "v:" + id
				}
				if err != nil || !slices.Equal(got, want) || len(got) != tt.n {
					report("All(%d ids, limit %d) = %q, %v; want %q, nil (results[i] belongs to ids[i])", tt.n, tt.limit, got, err, want)
				}
			})
		})
	}
}

func TestLimitBelowOne(t *testing.T) {
	for _, limit := range []int{0, -1} {
		t.Run(fmt.Sprintf("limit %d", limit), func(t *testing.T) {
			s := newService(nil)
			r := startAll(callerContext(), s, ids(3), limit)
			defer r.cancel()
			select {
			case <-r.done:
			case <-time.After(2 * time.Second):
				t.Fatalf("All(limit %d) did not return within 2s, want ErrBadLimit at once", limit)
			}
			if r.results != nil || !errors.Is(r.err, ErrBadLimit) {
				t.Errorf("All(limit %d) = %q, %v; want nil, ErrBadLimit", limit, r.results, r.err)
			}
			if got := s.snapshot().started; len(got) != 0 {
				t.Errorf("All(limit %d) called fetch for %v, want no calls", limit, got)
			}
		})
	}
}

func TestKeepsLimitCallsInFlight(t *testing.T) {
	tests := []struct {
		n, limit int
	}{
		{4, 1},
		{8, 3},
		{3, 5},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d ids, limit %d", tt.n, tt.limit), func(t *testing.T) {
			inBubble(t, func(report func(string, ...any)) {
				in := ids(tt.n)
				behave := map[string]behaviour{}
				for _, id := range in {
					behave[id] = held
				}
				s := newService(behave)
				r := startAll(callerContext(), s, in, tt.limit)
				defer r.wait(report) // also on an early return

				// Release the calls one at a time, in the order they started.
				for finished := 0; finished < tt.n; finished++ {
					synctest.Wait() // every goroutine is now blocked
					snap := s.snapshot()
					want := min(tt.limit, tt.n-finished)
					if snap.inFlight != want {
						report("with %d of %d calls finished and limit %d, %d calls are in flight; want %d "+
							"(never more than limit, and a new call starts as soon as one finishes)",
							finished, tt.n, tt.limit, snap.inFlight, want)
						return
					}
					s.Release(snap.started[finished])
				}
				r.wait(report)
				if r.err != nil || len(r.results) != tt.n {
					report("All = %q, %v; want %d results and nil", r.results, r.err, tt.n)
				}
				if r.atReturn.peak > tt.limit {
					report("peak calls in flight = %d, want at most %d", r.atReturn.peak, tt.limit)
				}
			})
		})
	}
}

// failureScenario: limit 3, ids a, b, bad, c, d. a and b wait for their
// ctx; bad fails once they are in flight; c and d must never start.
func failureScenario(t *testing.T, check func(r *run, report func(string, ...any))) {
	t.Helper()
	inBubble(t, func(report func(string, ...any)) {
		in := []string{"a", "b", "bad", "c", "d"}
		s := newService(map[string]behaviour{"a": held, "b": held, "bad": fails, "c": instant, "d": instant})
		r := startAll(callerContext(), s, in, 3)
		r.wait(report)
		check(r, report)
	})
}

func TestFirstErrorIsReturned(t *testing.T) {
	failureScenario(t, func(r *run, report func(string, ...any)) {
		if r.results != nil || !errors.Is(r.err, errBoom) {
			report("All = %q, %v; want nil, %v (the first error, not the context.Canceled the other calls return after it)",
				r.results, r.err, errBoom)
		}
	})
}

func TestFailureCancelsTheCallsInFlight(t *testing.T) {
	failureScenario(t, func(r *run, report func(string, ...any)) {
		if got := r.atReturn.sawCancel; !slices.Equal(got, []string{"a", "b"}) {
			report("calls whose ctx was cancelled after bad failed: %v; want [a b]", got)
		}
	})
}

func TestNoCallStartsAfterAFailure(t *testing.T) {
	failureScenario(t, func(r *run, report func(string, ...any)) {
		started := slices.Clone(r.atReturn.started)
		slices.Sort(started)
		if !slices.Equal(started, []string{"a", "b", "bad"}) {
			report("calls started: %v; want only [a b bad]: c and d come after the failure (check ctx after taking a slot)", started)
		}
	})
}

func TestWaitsForEveryCallItStarted(t *testing.T) {
	failureScenario(t, func(r *run, report func(string, ...any)) {
		if r.atReturn.inFlight != 0 {
			report("All returned while %d calls were still running; want 0: wait for every goroutine before returning", r.atReturn.inFlight)
		}
	})
}

func TestCallerCancellation(t *testing.T) {
	t.Run("already cancelled: no call starts", func(t *testing.T) {
		inBubble(t, func(report func(string, ...any)) {
			ctx, cancel := context.WithCancel(callerContext())
			cancel()
			s := newService(nil)
			r := startAll(ctx, s, ids(3), 2)
			r.wait(report)
			if r.results != nil || !errors.Is(r.err, context.Canceled) {
				report("All with a cancelled ctx = %q, %v; want nil, context.Canceled", r.results, r.err)
			}
			if got := r.atReturn.started; len(got) != 0 {
				report("All with a cancelled ctx started calls for %v, want none", got)
			}
		})
	})

	t.Run("cancelled during a call: it sees it, the rest never start", func(t *testing.T) {
		inBubble(t, func(report func(string, ...any)) {
			in := []string{"a", "b", "c"}
			ctx, cancel := context.WithCancel(callerContext())
			defer cancel()
			s := newService(map[string]behaviour{"a": held})
			r := startAll(ctx, s, in, 1)
			synctest.Wait() // a is in flight
			cancel()
			r.wait(report)
			if r.results != nil || !errors.Is(r.err, context.Canceled) {
				report("All = %q, %v; want nil, context.Canceled", r.results, r.err)
			}
			if got := r.atReturn.started; !slices.Equal(got, []string{"a"}) {
				report("calls started: %v; want [a]", got)
			}
			if got := r.atReturn.sawCancel; !slices.Equal(got, []string{"a"}) {
				report("calls that saw the cancellation: %v; want [a] (pass a context derived from ctx to fetch)", got)
			}
		})
	})

	t.Run("cancelled while a call ignores it: no partial results", func(t *testing.T) {
		inBubble(t, func(report func(string, ...any)) {
			in := []string{"a", "b"}
			ctx, cancel := context.WithCancel(callerContext())
			defer cancel()
			s := newService(map[string]behaviour{"a": stubborn})
			r := startAll(ctx, s, in, 1)
			synctest.Wait() // a is in flight
			cancel()
			synctest.Wait()
			s.Release("a") // a succeeds anyway, but b never started
			r.wait(report)
			if r.results != nil || !errors.Is(r.err, context.Canceled) {
				report("All = %q, %v; want nil, context.Canceled: b was never fetched, so there are no complete results", r.results, r.err)
			}
		})
	})
}

func TestCallsGetTheCallersContextValues(t *testing.T) {
	inBubble(t, func(report func(string, ...any)) {
		s := newService(nil)
		r := startAll(callerContext(), s, ids(4), 2)
		r.wait(report)
		if got := r.atReturn.noValue; len(got) != 0 {
			report("fetch for %v got a context without the caller's values; want a context derived from ctx for every call",
				strings.Join(got, ", "))
		}
	})
}
