package idempotency

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

var submit = Scope{TenantID: "acme", Operation: "POST /cases/{id}/submit"}

// counting returns a handler that counts its runs and answers resp.
func counting(runs *int32, resp Response) func() (Response, error) {
	return func() (Response, error) {
		atomic.AddInt32(runs, 1)
		return resp, nil
	}
}

func TestFirstRequestRunsAndRepeatsReplay(t *testing.T) {
	s := NewStore()
	var runs int32
	first := Response{Status: 200, Body: []byte(`{"status":"submitted","version":2}`)}
	handler := counting(&runs, first)

	for i, wantReplayed := range []bool{false, true, true} {
		got, replayed, err := s.Do(submit, "key-1", "hash-a", handler)
		if err != nil {
			t.Fatalf("call %d: Do error = %v, want nil", i+1, err)
		}
		if got.Status != first.Status || string(got.Body) != string(first.Body) {
			t.Errorf("call %d: Do = %d %s, want %d %s", i+1, got.Status, got.Body, first.Status, first.Body)
		}
		if replayed != wantReplayed {
			t.Errorf("call %d: replayed = %t, want %t", i+1, replayed, wantReplayed)
		}
	}
	if runs != 1 {
		t.Errorf("handler ran %d times for three requests with one key, want 1", runs)
	}
}

func TestRejectsAndReleases(t *testing.T) {
	ok := Response{Status: 200, Body: []byte(`{"ok":true}`)}
	transient := errors.New("database unavailable")

	tests := []struct {
		name string
		// first runs before the request under test; nil means no earlier request.
		first       func(s *Store) error
		key, hash   string
		wantErr     error
		wantRuns    int32 // runs of the handler of the request under test
		wantStatus  int
		wantReplays bool
	}{
		{
			name: "empty key",
			key:  "", hash: "hash-a",
			wantErr: ErrMissingKey, wantRuns: 0,
		},
		{
			name: "same key, different request",
			first: func(s *Store) error {
				_, _, err := s.Do(submit, "key-1", "hash-a", func() (Response, error) { return ok, nil })
				return err
			},
			key: "key-1", hash: "hash-b",
			wantErr: ErrKeyReused, wantRuns: 0,
		},
		{
			name: "first attempt failed, retry runs",
			first: func(s *Store) error {
				_, _, err := s.Do(submit, "key-1", "hash-a", func() (Response, error) { return Response{}, transient })
				if !errors.Is(err, transient) {
					return errors.New("the failing handler's error was not returned: got " + errString(err))
				}
				return nil
			},
			key: "key-1", hash: "hash-a",
			wantRuns: 1, wantStatus: 200,
		},
		{
			name: "a completed 409 is replayed, not re-run",
			first: func(s *Store) error {
				_, _, err := s.Do(submit, "key-1", "hash-a", func() (Response, error) {
					return Response{Status: 409, Body: []byte(`{"code":"invalid_transition"}`)}, nil
				})
				return err
			},
			key: "key-1", hash: "hash-a",
			wantRuns: 0, wantStatus: 409, wantReplays: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewStore()
			if tt.first != nil {
				if err := tt.first(s); err != nil {
					t.Fatalf("first request: %v", err)
				}
			}
			var runs int32
			got, replayed, err := s.Do(submit, tt.key, tt.hash, counting(&runs, ok))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Do(%q, %q) error = %v, want %v", tt.key, tt.hash, err, tt.wantErr)
			}
			if runs != tt.wantRuns {
				t.Errorf("handler ran %d times, want %d", runs, tt.wantRuns)
			}
			if err == nil && (got.Status != tt.wantStatus || replayed != tt.wantReplays) {
				t.Errorf("Do = status %d, replayed %t; want status %d, replayed %t", got.Status, replayed, tt.wantStatus, tt.wantReplays)
			}
		})
	}
}

// mustNotRun is a handler for requests that must be answered from the store.
func mustNotRun(t *testing.T) func() (Response, error) {
	return func() (Response, error) {
		t.Error("the handler ran for a request that should have been replayed or rejected")
		return Response{Status: 500}, nil
	}
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func TestKeysAreScoped(t *testing.T) {
	tests := []struct {
		name     string
		scope    Scope
		wantRuns int32
	}{
		{"same tenant and operation replays", submit, 0},
		{"another tenant with the same key runs", Scope{TenantID: "globex", Operation: submit.Operation}, 1},
		{"another operation with the same key runs", Scope{TenantID: "acme", Operation: "POST /cases/{id}/approve"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewStore()
			var runs int32
			if _, _, err := s.Do(submit, "key-1", "hash-a", counting(&runs, Response{Status: 201})); err != nil {
				t.Fatalf("first Do: %v", err)
			}
			runs = 0
			// A different hash must not matter across scopes, and must not
			// be needed within one: send the same hash.
			if _, _, err := s.Do(tt.scope, "key-1", "hash-a", counting(&runs, Response{Status: 201})); err != nil {
				t.Fatalf("Do(%+v, key-1) error = %v, want nil", tt.scope, err)
			}
			if runs != tt.wantRuns {
				t.Errorf("Do(%+v, key-1) ran the handler %d times, want %d", tt.scope, runs, tt.wantRuns)
			}
		})
	}
}

// TestScopeAndKeyCannotBeConfused: an operation may contain "/" and a key
// may contain anything, so joining them into one string makes two different
// (operation, key) pairs one key.
func TestScopeAndKeyCannotBeConfused(t *testing.T) {
	s := NewStore()
	var runs int32
	long := Scope{TenantID: "acme", Operation: "POST /cases/{id}/submit"}
	short := Scope{TenantID: "acme", Operation: "POST /cases/{id}"}
	if _, _, err := s.Do(long, "1", "hash-a", counting(&runs, Response{Status: 200})); err != nil {
		t.Fatalf("Do(%+v, %q) = %v, want nil", long, "1", err)
	}
	_, replayed, err := s.Do(short, "submit/1", "hash-a", counting(&runs, Response{Status: 200}))
	if err != nil || replayed || runs != 2 {
		t.Errorf("Do(%+v, %q) after Do(%+v, %q) = replayed %t, %v with %d handler runs in all; want false, nil with 2: "+
			"these are different keys; key the map by a struct of scope and key, not a joined string",
			short, "submit/1", long, "1", replayed, err, runs)
	}
}

func TestPanickingHandlerReleasesTheKey(t *testing.T) {
	s := NewStore()
	func() {
		defer func() {
			if r := recover(); r == nil {
				t.Error("Do swallowed the handler's panic; let it reach the caller (the HTTP server recovers it)")
			}
		}()
		s.Do(submit, "key-1", "hash-a", func() (Response, error) { panic("nil map write") })
	}()

	var runs int32
	_, _, err := s.Do(submit, "key-1", "hash-a", counting(&runs, Response{Status: 200}))
	if err != nil || runs != 1 {
		t.Errorf("retry after a panic: error = %v, runs = %d; want nil, 1 (the key must be released)", err, runs)
	}
}

func TestStoredBodyCannotBeChangedByCallers(t *testing.T) {
	s := NewStore()
	body := []byte(`{"version":2}`)
	first, _, err := s.Do(submit, "key-1", "hash-a", func() (Response, error) {
		return Response{Status: 200, Body: body}, nil
	})
	if err != nil {
		t.Fatalf("Do: %v", err)
	}
	body[2] = 'X'       // the handler's buffer is reused
	first.Body[3] = 'Y' // the caller scribbles on what it got

	replay, _, err := s.Do(submit, "key-1", "hash-a", mustNotRun(t))
	if err != nil {
		t.Fatalf("replay: %v", err)
	}
	if want := `{"version":2}`; string(replay.Body) != want {
		t.Fatalf("replayed body = %s, want %s: store a copy of the handler's body", replay.Body, want)
	}
	replay.Body[4] = 'Z' // and scribbles on the replay too
	again, _, _ := s.Do(submit, "key-1", "hash-a", mustNotRun(t))
	if want := `{"version":2}`; string(again.Body) != want {
		t.Errorf("replayed body = %s, want %s: store a copy and return a copy", again.Body, want)
	}
}

// within fails the test if ch does not deliver within d.
func within[T any](t *testing.T, ch <-chan T, d time.Duration, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		t.Fatalf("timed out after %v waiting for %s", d, what)
		var zero T
		return zero
	}
}

func TestInFlightDuplicateIsRejectedAtOnce(t *testing.T) {
	s := NewStore()
	started, release := make(chan struct{}), make(chan struct{})
	firstDone := make(chan error, 1)
	go func() {
		_, _, err := s.Do(submit, "key-1", "hash-a", func() (Response, error) {
			close(started)
			<-release
			return Response{Status: 200, Body: []byte("ok")}, nil
		})
		firstDone <- err
	}()
	within(t, started, 2*time.Second, "the first handler to start")

	dup := make(chan error, 1)
	go func() {
		_, _, err := s.Do(submit, "key-1", "hash-a", func() (Response, error) {
			return Response{}, errors.New("the duplicate's handler must not run")
		})
		dup <- err
	}()
	if err := within(t, dup, 2*time.Second, "the duplicate to return (it must not wait for the first)"); !errors.Is(err, ErrInFlight) {
		t.Errorf("duplicate while in flight: error = %v, want ErrInFlight", err)
	}

	other := make(chan error, 1)
	go func() {
		_, _, err := s.Do(submit, "key-1", "hash-b", mustNotRun(t))
		other <- err
	}()
	if err := within(t, other, 2*time.Second, "a different request with the same key"); !errors.Is(err, ErrKeyReused) {
		t.Errorf("different request while in flight: error = %v, want ErrKeyReused", err)
	}

	close(release)
	if err := within(t, firstDone, 2*time.Second, "the first request to finish"); err != nil {
		t.Fatalf("first request: %v", err)
	}
	resp, replayed, err := s.Do(submit, "key-1", "hash-a", mustNotRun(t))
	if err != nil || !replayed || string(resp.Body) != "ok" {
		t.Errorf("after completion: Do = %q, replayed %t, %v; want \"ok\", true, nil", resp.Body, replayed, err)
	}
}

func TestOtherKeysAreNotBlockedByASlowHandler(t *testing.T) {
	s := NewStore()
	started, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	go s.Do(submit, "slow", "hash-a", func() (Response, error) {
		close(started)
		<-release
		return Response{Status: 200}, nil
	})
	within(t, started, 2*time.Second, "the slow handler to start")

	done := make(chan error, 1)
	go func() {
		_, _, err := s.Do(submit, "fast", "hash-a", func() (Response, error) { return Response{Status: 200}, nil })
		done <- err
	}()
	if err := within(t, done, 2*time.Second, "a request with another key (is the lock held while a handler runs?)"); err != nil {
		t.Errorf("other key: %v", err)
	}
}

func TestConcurrentRequestsWithOneKeyRunTheHandlerOnce(t *testing.T) {
	const n = 50
	s := NewStore()
	var runs int32
	release := make(chan struct{})
	handler := func() (Response, error) {
		atomic.AddInt32(&runs, 1)
		<-release // stay in flight until every other request has answered
		return Response{Status: 201, Body: []byte(`{"id":"case-1"}`)}, nil
	}

	type result struct {
		replayed bool
		err      error
	}
	results := make(chan result, n)
	var ready sync.WaitGroup
	ready.Add(n)
	start := make(chan struct{})
	for range n {
		go func() {
			ready.Done()
			<-start
			_, replayed, err := s.Do(submit, "key-1", "hash-a", handler)
			results <- result{replayed, err}
		}()
	}
	ready.Wait()
	close(start)

	inFlight := 0
	var other []result
	for i := 0; i < n-1; i++ {
		r := within(t, results, 5*time.Second, "the duplicates to be rejected while the first is in flight")
		if errors.Is(r.err, ErrInFlight) {
			inFlight++
		} else {
			other = append(other, r)
		}
	}
	if len(other) > 0 {
		t.Errorf("%d duplicates did not get ErrInFlight while the first was in flight; the first of them returned replayed %t, %v",
			len(other), other[0].replayed, other[0].err)
	}
	close(release)
	if r := within(t, results, 5*time.Second, "the request that ran the handler"); r.err != nil || r.replayed {
		t.Errorf("the running request returned replayed %t, %v; want false, nil", r.replayed, r.err)
	}
	if got := atomic.LoadInt32(&runs); got != 1 {
		t.Errorf("handler ran %d times for %d concurrent requests with one key, want 1", got, n)
	}
	if inFlight != n-1 {
		t.Errorf("%d of %d duplicates got ErrInFlight, want %d", inFlight, n-1, n-1)
	}
	if _, replayed, err := s.Do(submit, "key-1", "hash-a", handler); err != nil || !replayed {
		t.Errorf("after the burst: replayed %t, %v; want true, nil", replayed, err)
	}
}

// watchedLock is the sync.Locker the tests hand the store. It is a channel
// with room for one token, so a goroutine waiting for the lock is durably
// blocked in a testing/synctest bubble: synctest.Wait can tell "Do waits for
// the lock" from "Do went on without it". It can also let a second request
// in right after the lock is next released.
type watchedLock struct {
	token   chan struct{}
	between func() // run once, by the next Unlock, after releasing the token
}

func (w *watchedLock) Lock() { w.token <- struct{}{} }

func (w *watchedLock) Unlock() {
	f := w.between
	w.between = nil
	<-w.token
	if f != nil {
		f()
	}
}

// free reports whether nobody holds the lock.
func (w *watchedLock) free() bool {
	select {
	case w.token <- struct{}{}:
		<-w.token
		return true
	default:
		return false
	}
}

// letInOnNextUnlock arms f to run as soon as the store next releases its
// lock, and returns a func that reports whether it ran.
func (w *watchedLock) letInOnNextUnlock(f func()) (ran func() bool) {
	done := false
	w.Lock()
	w.between = func() { done = true; f() }
	<-w.token // release without running between
	return func() bool { return done }
}

func watchedStore() (*Store, *watchedLock) {
	w := &watchedLock{token: make(chan struct{}, 1)}
	return newStore(w), w
}

// TestLookupAndInsertAreOneStep lets a second request with the same key in
// the moment the first Do releases the lock for the first time. If Do looks
// the key up in one critical section and records it in another, both see
// "absent" and both run the handler, on every run.
func TestLookupAndInsertAreOneStep(t *testing.T) {
	s, w := watchedStore()
	var runs int32
	handler := counting(&runs, Response{Status: 201, Body: []byte(`{"id":"case-1"}`)})
	var secondErr error
	ran := w.letInOnNextUnlock(func() { _, _, secondErr = s.Do(submit, "key-1", "hash-a", handler) })
	_, _, firstErr := s.Do(submit, "key-1", "hash-a", handler)
	if !ran() {
		t.Fatalf("Do never released the store's Locker: guard the entries with s.mu")
	}
	if runs != 1 {
		t.Errorf("handler ran %d times for two requests with one key, want 1: a request let in when Do first released the lock "+
			"also found the key absent; look the key up and record it as in flight under one Lock", runs)
	}
	for _, err := range []error{firstErr, secondErr} {
		if err != nil && !errors.Is(err, ErrInFlight) {
			t.Errorf("Do = %v, want nil or ErrInFlight", err)
		}
	}
}

// TestHandlerRunsWithoutTheLock checks from inside the handler that the
// store's lock is free.
func TestHandlerRunsWithoutTheLock(t *testing.T) {
	s, w := watchedStore()
	_, _, err := s.Do(submit, "key-1", "hash-a", func() (Response, error) {
		if !w.free() {
			t.Errorf("the handler runs while the store's lock is held: every other request waits for it; unlock before calling handle")
		}
		return Response{Status: 200}, nil
	})
	if err != nil {
		t.Errorf("Do = %v, want nil", err)
	}
}

// TestOutcomeIsRecordedUnderTheLock: as the handler finishes, another
// request holds the lock. Do must wait for it before it records the
// response or releases the key; a Do that returns while the lock is held
// wrote the entry without it, which is a data race with every request that
// reads the entry.
func TestOutcomeIsRecordedUnderTheLock(t *testing.T) {
	errBoom := errors.New("database unavailable")
	tests := []struct {
		name    string
		finish  func() (Response, error) // what the handler does after the other request took the lock
		wantErr error
	}{
		{"handler succeeds", func() (Response, error) { return Response{Status: 200, Body: []byte("ok")}, nil }, nil},
		{"handler fails", func() (Response, error) { return Response{}, errBoom }, errBoom},
		{"handler panics", func() (Response, error) { panic("nil map write") }, errPanicked},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				s, w := watchedStore()
				returned := make(chan error, 1)
				go func() {
					var err error = errPanicked
					defer func() {
						recover()
						returned <- err
					}()
					_, _, err = s.Do(submit, "key-1", "hash-a", func() (Response, error) {
						if !w.free() {
							return Response{}, errors.New("the lock is held while the handler runs")
						}
						w.Lock() // another request enters the critical section
						return tt.finish()
					})
				}()
				synctest.Wait() // Do is blocked on the lock, or has returned
				select {
				case err := <-returned:
					t.Fatalf("Do returned (%v) while another request held the store's lock: "+
						"it recorded the handler's outcome without taking the lock; lock before you store the response or delete the entry", err)
				default:
				}
				w.Unlock()
				if err := <-returned; !errors.Is(err, tt.wantErr) {
					t.Fatalf("Do = %v, want %v", err, tt.wantErr)
				}
				var runs int32
				_, replayed, err := s.Do(submit, "key-1", "hash-a", counting(&runs, Response{Status: 200, Body: []byte("ok")}))
				wantReplayed := tt.wantErr == nil
				if err != nil || replayed != wantReplayed {
					t.Errorf("the next request: replayed %t, %v; want %t, nil", replayed, err, wantReplayed)
				}
			})
		})
	}
}

var errPanicked = errors.New("Do panicked")
