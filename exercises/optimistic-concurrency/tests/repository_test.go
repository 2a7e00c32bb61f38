package caseflow

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

var (
	t0  = time.Date(2031, 2, 3, 9, 0, 0, 0, time.UTC)
	ctx = context.Background()
)

// seed stores a case of tenant-a in the given status and version and returns a copy of it.
func seed(t *testing.T, r *MemoryRepository, id string, status Status, version int64) Case {
	t.Helper()
	c := Case{ID: id, TenantID: "tenant-a", Status: status, ReviewerID: "rev-1", Version: version, CreatedAt: t0, UpdatedAt: t0}
	if err := r.Create(ctx, &c); err != nil {
		t.Fatalf("Create(%s v%d) = %v, want nil", id, version, err)
	}
	return c
}

// stored reads a case back and fails the test if it is missing.
func stored(t *testing.T, r *MemoryRepository, tenantID, id string) Case {
	t.Helper()
	c, err := r.Get(ctx, tenantID, id)
	if err != nil || c == nil {
		t.Fatalf("Get(%q, %q) = %v, %v; want the stored case", tenantID, id, c, err)
	}
	return *c
}

func TestCreateAndGet(t *testing.T) {
	r := NewMemoryRepository()
	want := seed(t, r, "case-1", StatusDraft, 1)
	if got := stored(t, r, "tenant-a", "case-1"); got != want {
		t.Fatalf("Get after Create = %+v, want %+v", got, want)
	}

	t.Run("Get returns a copy", func(t *testing.T) {
		c, err := r.Get(ctx, "tenant-a", "case-1")
		if err != nil {
			t.Fatalf("Get = %v, want nil", err)
		}
		c.Status, c.Version = StatusClosed, 99
		if got := stored(t, r, "tenant-a", "case-1"); got != want {
			t.Errorf("changing the case returned by Get changed the store: Get = %+v, want %+v", got, want)
		}
	})
	t.Run("Create keeps a copy", func(t *testing.T) {
		c := Case{ID: "case-2", TenantID: "tenant-a", Status: StatusDraft, Version: 1}
		if err := r.Create(ctx, &c); err != nil {
			t.Fatalf("Create(case-2) = %v, want nil", err)
		}
		c.Status = StatusApproved
		if got := stored(t, r, "tenant-a", "case-2"); got.Status != StatusDraft {
			t.Errorf("changing the caller's case after Create changed the store: status = %q, want %q", got.Status, StatusDraft)
		}
	})
	t.Run("Save keeps a copy", func(t *testing.T) {
		c := stored(t, r, "tenant-a", "case-1")
		loaded := c.Version
		if err := c.Submit(t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if err := r.Save(ctx, &c, loaded); err != nil {
			t.Fatalf("Save = %v, want nil", err)
		}
		c.Status = StatusClosed
		if got := stored(t, r, "tenant-a", "case-1"); got.Status != StatusSubmitted {
			t.Errorf("changing the caller's case after Save changed the store: status = %q, want %q", got.Status, StatusSubmitted)
		}
	})
}

func TestCreateErrors(t *testing.T) {
	r := NewMemoryRepository()
	original := seed(t, r, "case-1", StatusDraft, 1)
	tests := []struct {
		name string
		c    Case
		want error
	}{
		{"same tenant and id", Case{ID: "case-1", TenantID: "tenant-a", Status: StatusApproved, Version: 1}, ErrConflict},
		{"no tenant", Case{ID: "case-9", Status: StatusDraft, Version: 1}, ErrTenantRequired},
		{"blank tenant", Case{ID: "case-9", TenantID: "  ", Status: StatusDraft, Version: 1}, ErrTenantRequired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := r.Create(ctx, &tt.c); !errors.Is(err, tt.want) {
				t.Errorf("Create(%+v) = %v, want %v", tt.c, err, tt.want)
			}
		})
	}
	if got := stored(t, r, "tenant-a", "case-1"); got != original {
		t.Errorf("a rejected Create changed the stored case: %+v, want %+v", got, original)
	}
}

func TestTenantIsolation(t *testing.T) {
	r := NewMemoryRepository()
	a := seed(t, r, "case-1", StatusUnderReview, 3)

	t.Run("another tenant cannot read it", func(t *testing.T) {
		if c, err := r.Get(ctx, "tenant-b", "case-1"); !errors.Is(err, ErrNotFound) || c != nil {
			t.Errorf("Get(tenant-b, case-1) = %v, %v; want nil, ErrNotFound", c, err)
		}
	})
	t.Run("another tenant cannot overwrite it", func(t *testing.T) {
		forged := a
		forged.TenantID, forged.Status, forged.Version = "tenant-b", StatusApproved, 4
		if err := r.Save(ctx, &forged, 3); !errors.Is(err, ErrNotFound) {
			t.Errorf("Save(tenant-b's copy of case-1) = %v, want ErrNotFound", err)
		}
		if got := stored(t, r, "tenant-a", "case-1"); got != a {
			t.Errorf("tenant-a's case changed to %+v, want %+v", got, a)
		}
	})
	t.Run("another tenant may use the same id", func(t *testing.T) {
		b := Case{ID: "case-1", TenantID: "tenant-b", Status: StatusDraft, Version: 1}
		if err := r.Create(ctx, &b); err != nil {
			t.Fatalf("Create(tenant-b, case-1) = %v, want nil: ids are unique per tenant", err)
		}
		if got := stored(t, r, "tenant-b", "case-1"); got.Status != StatusDraft {
			t.Errorf("tenant-b's case-1 has status %q, want %q", got.Status, StatusDraft)
		}
		if got := stored(t, r, "tenant-a", "case-1"); got != a {
			t.Errorf("creating tenant-b's case-1 changed tenant-a's: %+v, want %+v", got, a)
		}
	})
}

func TestSaveChecksTheLoadedVersion(t *testing.T) {
	tests := []struct {
		name    string
		version int64 // stored version before the test
		apply   func(c *Case) error
		loaded  func(c Case) int64 // the loadedVersion passed to Save, from the case as read
		want    error
	}{
		{"fresh: one change", 3, func(c *Case) error { return c.Approve(t0) }, func(c Case) int64 { return c.Version }, nil},
		{"fresh: two changes before saving", 3, func(c *Case) error {
			if err := c.Approve(t0); err != nil {
				return err
			}
			return c.Close(t0)
		}, func(c Case) int64 { return c.Version }, nil},
		{"stale: loaded an older version", 3, func(c *Case) error { return c.Approve(t0) }, func(c Case) int64 { return c.Version - 1 }, ErrConflict},
		{"wrong: passes the new version", 3, func(c *Case) error { return c.Approve(t0) }, func(c Case) int64 { return c.Version + 1 }, ErrConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewMemoryRepository()
			before := seed(t, r, "case-1", StatusUnderReview, tt.version)
			c := stored(t, r, "tenant-a", "case-1")
			loaded := tt.loaded(c)
			if err := tt.apply(&c); err != nil {
				t.Fatal(err)
			}
			err := r.Save(ctx, &c, loaded)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Save(v%d, loadedVersion %d) over stored v%d = %v, want %v", c.Version, loaded, tt.version, err, tt.want)
			}
			got := stored(t, r, "tenant-a", "case-1")
			if tt.want == nil && got != c {
				t.Errorf("after a successful Save, Get = %+v, want %+v", got, c)
			}
			if tt.want != nil && got != before {
				t.Errorf("a rejected Save changed the store to %+v, want %+v", got, before)
			}
		})
	}
}

// TestLostUpdate replays the interleaving that an upsert gets wrong.
func TestLostUpdate(t *testing.T) {
	t.Run("second writer conflicts", func(t *testing.T) {
		r := NewMemoryRepository()
		seed(t, r, "case-1", StatusUnderReview, 3)
		a, b := stored(t, r, "tenant-a", "case-1"), stored(t, r, "tenant-a", "case-1")
		_ = a.Approve(t0)
		_ = b.Reject(t0)
		if err := r.Save(ctx, &a, 3); err != nil {
			t.Fatalf("first Save = %v, want nil", err)
		}
		if err := r.Save(ctx, &b, 3); !errors.Is(err, ErrConflict) {
			t.Fatalf("second Save from the same loaded version = %v, want ErrConflict", err)
		}
		if got := stored(t, r, "tenant-a", "case-1"); got.Status != StatusApproved || got.Version != 4 {
			t.Errorf("stored = %s v%d, want approved v4 (the first writer's)", got.Status, got.Version)
		}
	})
	t.Run("stale writer with more changes still conflicts", func(t *testing.T) {
		r := NewMemoryRepository()
		seed(t, r, "case-1", StatusUnderReview, 3)
		a, b := stored(t, r, "tenant-a", "case-1"), stored(t, r, "tenant-a", "case-1")
		_ = b.Reject(t0) // v4
		if err := r.Save(ctx, &b, 3); err != nil {
			t.Fatalf("Save(rejected v4) = %v, want nil", err)
		}
		_ = a.Approve(t0)
		_ = a.Close(t0) // v5: newer than what is stored, but built on v3
		if err := r.Save(ctx, &a, 3); !errors.Is(err, ErrConflict) {
			t.Fatalf("Save(v5 built on v3) over stored v4 = %v, want ErrConflict", err)
		}
		if got := stored(t, r, "tenant-a", "case-1"); got.Status != StatusRejected {
			t.Errorf("stored status = %q, want %q", got.Status, StatusRejected)
		}
	})
	t.Run("unknown case", func(t *testing.T) {
		r := NewMemoryRepository()
		c := Case{ID: "ghost", TenantID: "tenant-a", Status: StatusApproved, Version: 2}
		if err := r.Save(ctx, &c, 1); !errors.Is(err, ErrNotFound) {
			t.Errorf("Save(unknown case) = %v, want ErrNotFound", err)
		}
		if _, err := r.Get(ctx, "tenant-a", "ghost"); !errors.Is(err, ErrNotFound) {
			t.Errorf("Save of an unknown case created it: Get = %v, want ErrNotFound", err)
		}
	})
}

// watchedLock is the sync.Locker the tests hand the repository. It counts
// how often the lock is taken, and can let a second caller in right after
// the lock is next released: the moment at which a check made in one
// critical section and a write made in another stop being one step.
type watchedLock struct {
	mu      sync.Mutex
	locks   int
	between func() // run once, by the next Unlock, after releasing mu
}

func (w *watchedLock) Lock() {
	w.mu.Lock()
	w.locks++
}

func (w *watchedLock) Unlock() {
	f := w.between
	w.between = nil
	w.mu.Unlock()
	if f != nil {
		f()
	}
}

// letInOnNextUnlock arms f to run as soon as the repository next releases
// its lock, and returns a func that reports whether it ran.
func (w *watchedLock) letInOnNextUnlock(f func()) (ran func() bool) {
	done := false
	w.mu.Lock()
	w.between = func() { done = true; f() }
	w.mu.Unlock()
	return func() bool { return done }
}

func watchedRepository() (*MemoryRepository, *watchedLock) {
	w := &watchedLock{}
	return newMemoryRepository(w), w
}

func TestEveryMethodHoldsTheLock(t *testing.T) {
	r, w := watchedRepository()
	seed(t, r, "case-1", StatusUnderReview, 3)
	ops := []struct {
		name string
		op   func()
	}{
		{"Create", func() {
			c := Case{ID: "case-2", TenantID: "tenant-a", Status: StatusDraft, Version: 1}
			_ = r.Create(ctx, &c)
		}},
		{"Create of a taken id", func() {
			c := Case{ID: "case-1", TenantID: "tenant-a", Status: StatusDraft, Version: 1}
			_ = r.Create(ctx, &c)
		}},
		{"Get", func() { _, _ = r.Get(ctx, "tenant-a", "case-1") }},
		{"Get of a missing case", func() { _, _ = r.Get(ctx, "tenant-a", "ghost") }},
		{"Save", func() {
			c := Case{ID: "case-1", TenantID: "tenant-a", Status: StatusApproved, ReviewerID: "rev-1", Version: 4}
			_ = r.Save(ctx, &c, 3)
		}},
		{"Save of a stale case", func() {
			c := Case{ID: "case-1", TenantID: "tenant-a", Status: StatusClosed, Version: 9}
			_ = r.Save(ctx, &c, 8)
		}},
	}
	for _, tt := range ops {
		t.Run(tt.name, func(t *testing.T) {
			before := w.locks
			tt.op()
			if w.locks == before {
				t.Errorf("%s never locked the repository's Locker: every method must hold r.mu while it reads or writes the map", tt.name)
			}
			if !w.mu.TryLock() {
				t.Fatalf("%s returned with the lock still held: unlock on every path (defer r.mu.Unlock())", tt.name)
			}
			w.mu.Unlock()
		})
	}
}

// TestSaveChecksAndWritesInOneStep lets a second writer in the moment the
// first Save releases the lock. If the version check and the write are two
// critical sections, the second writer passes the check in between and
// both Saves succeed: the lost update, forced on every run.
func TestSaveChecksAndWritesInOneStep(t *testing.T) {
	r, w := watchedRepository()
	seed(t, r, "case-1", StatusUnderReview, 3)
	a, b := stored(t, r, "tenant-a", "case-1"), stored(t, r, "tenant-a", "case-1")
	_ = a.Approve(t0)
	_ = b.Reject(t0)

	var errB error
	ran := w.letInOnNextUnlock(func() { errB = r.Save(ctx, &b, 3) })
	errA := r.Save(ctx, &a, 3)
	if !ran() {
		t.Fatalf("Save never released the repository's Locker: guard the map with r.mu")
	}
	winner := StatusApproved
	switch {
	case errA == nil && errors.Is(errB, ErrConflict):
	case errB == nil && errors.Is(errA, ErrConflict):
		winner = StatusRejected // a check repeated in the write's critical section is fine
	default:
		t.Fatalf("approve Save = %v, and a reject Save that ran when the lock was released = %v; "+
			"want exactly one nil and one ErrConflict: check the version and write under one Lock", errA, errB)
	}
	if got := stored(t, r, "tenant-a", "case-1"); got.Status != winner || got.Version != 4 {
		t.Errorf("stored %s v%d, want %s v4 (the winner's)", got.Status, got.Version, winner)
	}
}

// TestCreateChecksAndInsertsInOneStep does the same for two Creates of one id.
func TestCreateChecksAndInsertsInOneStep(t *testing.T) {
	r, w := watchedRepository()
	first := Case{ID: "case-1", TenantID: "tenant-a", Status: StatusDraft, Version: 1, CreatedAt: t0}
	second := Case{ID: "case-1", TenantID: "tenant-a", Status: StatusSubmitted, Version: 2, CreatedAt: t0}

	var errSecond error
	ran := w.letInOnNextUnlock(func() { errSecond = r.Create(ctx, &second) })
	errFirst := r.Create(ctx, &first)
	if !ran() {
		t.Fatalf("Create never released the repository's Locker: guard the map with r.mu")
	}
	want := first
	switch {
	case errFirst == nil && errors.Is(errSecond, ErrConflict):
	case errSecond == nil && errors.Is(errFirst, ErrConflict):
		want = second
	default:
		t.Fatalf("Create = %v, and a Create of the same id that ran when the lock was released = %v; "+
			"want exactly one nil and one ErrConflict: look the id up and insert under one Lock", errFirst, errSecond)
	}
	if got := stored(t, r, "tenant-a", "case-1"); got != want {
		t.Errorf("stored %+v, want the winner's %+v", got, want)
	}
}

// TestConcurrentApproveReject: two goroutines load the same case, then one
// approves and one rejects. Exactly one may win.
func TestConcurrentApproveReject(t *testing.T) {
	for round := range 50 {
		r := NewMemoryRepository()
		seed(t, r, "case-1", StatusUnderReview, 3)

		var loaded, done sync.WaitGroup
		start := make(chan struct{})
		errs := make([]error, 2)
		decide := []func(*Case, time.Time) error{(*Case).Approve, (*Case).Reject}
		for i := range decide {
			loaded.Add(1)
			done.Go(func() {
				c, err := r.Get(ctx, "tenant-a", "case-1")
				loaded.Done()
				if err != nil {
					errs[i] = err
					return
				}
				v := c.Version
				<-start // both have read v3 before either writes
				if err := decide[i](c, t0); err != nil {
					errs[i] = err
					return
				}
				errs[i] = r.Save(ctx, c, v)
			})
		}
		loaded.Wait()
		close(start)
		done.Wait()

		wins, conflicts := 0, 0
		for _, err := range errs {
			switch {
			case err == nil:
				wins++
			case errors.Is(err, ErrConflict):
				conflicts++
			}
		}
		if wins != 1 || conflicts != 1 {
			t.Fatalf("round %d: approve -> %v, reject -> %v; want exactly one nil and one ErrConflict", round, errs[0], errs[1])
		}
		got := stored(t, r, "tenant-a", "case-1")
		winner := StatusApproved
		if errs[0] != nil {
			winner = StatusRejected
		}
		if got.Status != winner || got.Version != 4 {
			t.Fatalf("round %d: stored %s v%d, want %s v4 (the winner's)", round, got.Status, got.Version, winner)
		}
	}
}

// TestManyConcurrentSubmits: sixteen goroutines try to submit one draft at
// the same time. Whatever the interleaving, exactly one submit succeeds.
func TestManyConcurrentSubmits(t *testing.T) {
	r := NewMemoryRepository()
	seed(t, r, "case-1", StatusDraft, 1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	wins := 0
	for range 16 {
		wg.Go(func() {
			c, err := r.Get(ctx, "tenant-a", "case-1")
			if err != nil {
				t.Errorf("Get = %v", err)
				return
			}
			v := c.Version
			if c.Submit(t0) != nil {
				return // loaded after someone else's submit: invalid transition
			}
			switch err := r.Save(ctx, c, v); {
			case err == nil:
				mu.Lock()
				wins++
				mu.Unlock()
			case !errors.Is(err, ErrConflict):
				t.Errorf("Save = %v, want nil or ErrConflict", err)
			}
		})
	}
	wg.Wait()
	if wins != 1 {
		t.Errorf("%d submits succeeded, want exactly 1", wins)
	}
	if got := stored(t, r, "tenant-a", "case-1"); got.Status != StatusSubmitted || got.Version != 2 {
		t.Errorf("stored %s v%d, want submitted v2", got.Status, got.Version)
	}
}

func TestCancelledContext(t *testing.T) {
	r := NewMemoryRepository()
	seed(t, r, "case-1", StatusDraft, 1)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()

	c := Case{ID: "case-2", TenantID: "tenant-a", Status: StatusDraft, Version: 1}
	if err := r.Create(cancelled, &c); !errors.Is(err, context.Canceled) {
		t.Errorf("Create with a cancelled context = %v, want context.Canceled", err)
	}
	if _, err := r.Get(ctx, "tenant-a", "case-2"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Create with a cancelled context stored the case anyway (Get = %v)", err)
	}
	if _, err := r.Get(cancelled, "tenant-a", "case-1"); !errors.Is(err, context.Canceled) {
		t.Errorf("Get with a cancelled context = %v, want context.Canceled", err)
	}
	s := stored(t, r, "tenant-a", "case-1")
	_ = s.Submit(t0)
	if err := r.Save(cancelled, &s, 1); !errors.Is(err, context.Canceled) {
		t.Errorf("Save with a cancelled context = %v, want context.Canceled", err)
	}
	if got := stored(t, r, "tenant-a", "case-1"); got.Status != StatusDraft {
		t.Errorf("Save with a cancelled context stored the change anyway: status %q", got.Status)
	}
}
