package workers

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

var (
	errShutdown = errors.New("shutting down")
	errBad      = errors.New("job bad failed")
)

// queue returns a buffered channel holding jobs; closed says whether the
// producer is finished.
func queue(closed bool, jobs ...string) chan string {
	ch := make(chan string, len(jobs))
	for _, j := range jobs {
		ch <- j
	}
	if closed {
		close(ch)
	}
	return ch
}

// start runs Run in a goroutine and returns a channel with its result.
func start(ctx context.Context, n int, jobs <-chan string, h Handler) chan error {
	done := make(chan error, 1)
	go func() { done <- Run(ctx, n, jobs, h) }()
	return done
}

// finished reports whether Run has returned, after every goroutine of the
// bubble is blocked.
func finished(done chan error) (error, bool) {
	synctest.Wait()
	select {
	case err := <-done:
		return err, true
	default:
		return nil, false
	}
}

func TestHandlesEveryJobThenReturnsNil(t *testing.T) {
	for _, n := range []int{1, 3} {
		t.Run(fmt.Sprintf("workers=%d", n), func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				var mu sync.Mutex
				var got []string
				h := func(ctx context.Context, job string) error {
					mu.Lock()
					defer mu.Unlock()
					got = append(got, job)
					return nil
				}
				want := []string{"a", "b", "c", "d", "e"}
				err := Run(t.Context(), n, queue(true, want...), h)
				slices.Sort(got)
				if err != nil || !slices.Equal(got, want) {
					t.Errorf("Run = %v, handled %q; want nil, %q", err, got, want)
				}
			})
		})
	}
}

func TestRunsExactlyWorkersHandlersAtOnce(t *testing.T) {
	for _, n := range []int{1, 3} {
		t.Run(fmt.Sprintf("workers=%d", n), func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				var mu sync.Mutex
				inFlight, most := 0, 0
				release := make(chan struct{})
				h := func(ctx context.Context, job string) error {
					mu.Lock()
					inFlight++
					most = max(most, inFlight)
					mu.Unlock()
					<-release
					mu.Lock()
					inFlight--
					mu.Unlock()
					return nil
				}
				done := start(t.Context(), n, queue(true, "1", "2", "3", "4", "5", "6"), h)
				synctest.Wait()
				mu.Lock()
				got := inFlight
				mu.Unlock()
				close(release)
				err := <-done
				if got != n || most != n {
					t.Errorf("handlers running at once = %d (at most %d), want %d", got, most, n)
				}
				if err != nil {
					t.Errorf("Run = %v, want nil", err)
				}
			})
		})
	}
}

func TestStopsTakingJobsWhenCancelled(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancelCause(t.Context())
		defer cancel(nil)
		var handled []string
		h := func(hctx context.Context, job string) error {
			handled = append(handled, job) // one worker: no lock needed
			if job == "b" {
				cancel(errShutdown) // the shutdown arrives while b runs
			}
			return nil
		}
		jobs := queue(false, "a", "b", "c", "d", "e") // the producer is not done
		done := start(ctx, 1, jobs, h)
		err, ok := finished(done)
		if !ok {
			t.Fatalf("Run still running after ctx was cancelled (handled %q), want it to return", handled)
		}
		if !errors.Is(err, errShutdown) {
			t.Errorf("Run = %v, want the cause %v (context.Cause, not ctx.Err)", err, errShutdown)
		}
		if !slices.Equal(handled, []string{"a", "b"}) || len(jobs) != 3 {
			t.Errorf("handled %q, %d left in the queue; want [a b] and 3 left: no job starts after the cancellation", handled, len(jobs))
		}
	})
}

func TestCancellationReachesHandlers(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancelCause(t.Context())
		defer cancel(nil)
		started := make(chan struct{}, 2)
		h := func(hctx context.Context, job string) error {
			started <- struct{}{}
			select {
			case <-hctx.Done():
				return hctx.Err()
			case <-time.After(time.Hour):
				return errors.New("handler's ctx was never cancelled")
			}
		}
		done := start(ctx, 2, queue(false, "x", "y"), h)
		<-started
		<-started
		cancel(errShutdown)
		start := time.Now()
		err := <-done
		if d := time.Since(start); d != 0 {
			t.Errorf("Run returned %v after the cancellation, want at once: the handlers' ctx must be derived from ctx", d)
		}
		if !errors.Is(err, errShutdown) {
			t.Errorf("Run = %v, want %v", err, errShutdown)
		}
	})
}

func TestWaitsForHandlersInFlight(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancelCause(t.Context())
		defer cancel(nil)
		release := make(chan struct{})
		var mu sync.Mutex
		finishedJobs := 0
		h := func(hctx context.Context, job string) error {
			<-release // a handler that finishes its job before it looks at ctx
			mu.Lock()
			finishedJobs++
			mu.Unlock()
			return nil
		}
		done := start(ctx, 2, queue(false, "x", "y"), h)
		synctest.Wait()
		cancel(errShutdown)
		if _, ok := finished(done); ok {
			close(release)
			t.Fatal("Run returned while two handlers were still running, want it to wait for them")
		}
		close(release)
		err := <-done
		if !errors.Is(err, errShutdown) || finishedJobs != 2 {
			t.Errorf("Run = %v with %d handlers finished, want %v with 2", err, finishedJobs, errShutdown)
		}
	})
}

func TestFirstFailureCancelsTheOthers(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		slowStarted := make(chan struct{})
		var slowCause error
		h := func(hctx context.Context, job string) error {
			switch job {
			case "slow":
				close(slowStarted)
				select {
				case <-hctx.Done():
					slowCause = context.Cause(hctx)
					return hctx.Err() // context.Canceled, after bad's error
				case <-time.After(time.Hour):
					return errors.New("slow was never cancelled")
				}
			default: // "bad"
				<-slowStarted
				return errBad
			}
		}
		done := start(t.Context(), 2, queue(false, "slow", "bad", "never"), h)
		begin := time.Now()
		err := <-done
		if !errors.Is(err, errBad) {
			t.Errorf("Run = %v, want the first failure %v", err, errBad)
		}
		if d := time.Since(begin); d != 0 {
			t.Errorf("Run returned after %v, want at once: a failure must cancel the other handlers", d)
		}
		if !errors.Is(slowCause, errBad) {
			t.Errorf("context.Cause seen by the other handler = %v, want %v", slowCause, errBad)
		}
	})
}
