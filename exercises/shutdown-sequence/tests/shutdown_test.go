package shutdown

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

var errTimeout = errors.New("shutdown took longer than 5s")

// recorder logs when each step starts and ends, in fake time.
type recorder struct {
	mu     sync.Mutex
	start  time.Time
	events []string
}

func (r *recorder) log(event string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, time.Since(r.start).String()+" "+event)
}

// step returns a Step that takes d of fake time (or less, if ctx ends
// first) and then returns err. A step with d == 0 returns err at once,
// whatever the state of ctx, like closing a pool that needs no waiting.
func (r *recorder) step(name string, d time.Duration, err error) Step {
	return Step{Name: name, Stop: func(ctx context.Context) error {
		r.log("start " + name)
		defer r.log("end " + name)
		if d == 0 {
			return err
		}
		select {
		case <-time.After(d):
			return err
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}}
}

func TestStepsRunInOrderOneAtATime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := &recorder{start: time.Now()}
		err := Run(t.Context(),
			r.step("http", 2*time.Second, nil),
			r.step("workers", time.Second, nil),
			r.step("db", 0, nil))
		want := []string{
			"0s start http", "2s end http",
			"2s start workers", "3s end workers",
			"3s start db", "3s end db",
		}
		if err != nil || !slices.Equal(r.events, want) {
			t.Errorf("Run = %v, events %q;\nwant nil, %q", err, r.events, want)
		}
	})
}

func TestNoStepsIsNil(t *testing.T) {
	if err := Run(t.Context()); err != nil {
		t.Errorf("Run() = %v, want nil", err)
	}
}

func TestAFailureDoesNotSkipLaterSteps(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := &recorder{start: time.Now()}
		errHTTP := errors.New("listener already closed")
		errDB := errors.New("pool busy")
		err := Run(t.Context(),
			r.step("http", time.Second, errHTTP),
			r.step("workers", time.Second, nil),
			r.step("db", time.Second, errDB))
		wantEvents := []string{
			"0s start http", "1s end http",
			"1s start workers", "2s end workers",
			"2s start db", "3s end db",
		}
		if !slices.Equal(r.events, wantEvents) {
			t.Errorf("events %q, want %q: every step runs, even after a failure", r.events, wantEvents)
		}
		want := "http: listener already closed\ndb: pool busy"
		if err == nil || err.Error() != want {
			t.Errorf("Run error = %q, want %q (every failure, in order, named)", err, want)
		}
		if !errors.Is(err, errHTTP) || !errors.Is(err, errDB) {
			t.Errorf("errors.Is(err, each failure) = %v, %v; want true, true (wrap with %%w)",
				errors.Is(err, errHTTP), errors.Is(err, errDB))
		}
	})
}

func TestEveryStepGetsTheShutdownDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeoutCause(t.Context(), 5*time.Second, errTimeout)
		defer cancel()
		r := &recorder{start: time.Now()}
		err := Run(ctx,
			r.step("http", time.Hour, nil), // a stuck handler: only ctx ends it
			r.step("workers", time.Hour, nil),
			r.step("db", 0, nil))
		wantEvents := []string{
			"0s start http", "5s end http",
			"5s start workers", "5s end workers",
			"5s start db", "5s end db",
		}
		if !slices.Equal(r.events, wantEvents) {
			t.Errorf("events %q, want %q: each Stop gets ctx, and an expired ctx skips no step", r.events, wantEvents)
		}
		want := "http: " + errTimeout.Error() + "\nworkers: " + errTimeout.Error()
		if err == nil || err.Error() != want {
			t.Errorf("Run error = %q, want %q", err, want)
		}
	})
}
