package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
)

// seed has two tenants that share case ids and reviewer ids, which is
// exactly when a missing tenant filter shows.
var seed = []Case{
	{ID: "case-1", TenantID: "acme", Status: StatusUnderReview, ReviewerID: "rev-1", Version: 3},
	{ID: "case-2", TenantID: "acme", Status: StatusSubmitted, Version: 2},
	{ID: "case-3", TenantID: "acme", Status: StatusApproved, ReviewerID: "rev-1", Version: 5},
	{ID: "case-4", TenantID: "acme", Status: StatusUnderReview, ReviewerID: "rev-2", Version: 3},
	{ID: "case-1", TenantID: "globex", Status: StatusUnderReview, ReviewerID: "rev-1", Version: 4},
	{ID: "case-7", TenantID: "globex", Status: StatusUnderReview, ReviewerID: "rev-1", Version: 3},
	{ID: "case-8", TenantID: "globex", Status: StatusApproved, ReviewerID: "rev-2", Version: 6},
	{ID: "case-9", TenantID: "globex", Status: StatusDraft, Version: 1},
}

func seeded(t *testing.T, r *Repo) *Repo {
	t.Helper()
	for _, c := range seed {
		if err := r.Save(context.Background(), c); err != nil {
			t.Fatalf("Save(%+v): %v", c, err)
		}
	}
	return r
}

// want is the reference: a plain scan of the seed with every filter.
func want(tenantID string, f Filter) []Case {
	var out []Case
	for _, c := range seed {
		if c.TenantID == tenantID &&
			(f.Status == "" || c.Status == f.Status) &&
			(f.ReviewerID == "" || c.ReviewerID == f.ReviewerID) {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out
}

func ids(cs []Case) string {
	s := "["
	for i, c := range cs {
		if i > 0 {
			s += " "
		}
		s += c.TenantID + "/" + c.ID
	}
	return s + "]"
}

func TestListNeverReturnsAnotherTenantsCases(t *testing.T) {
	statuses := []Status{"", StatusSubmitted, StatusUnderReview, StatusApproved}
	limits := []int{0, 1, 2}
	for _, tenant := range []string{"acme", "globex", "initech"} {
		for _, reviewer := range []string{"", "rev-1", "rev-2", "rev-404"} {
			t.Run(fmt.Sprintf("tenant=%s reviewer=%q", tenant, reviewer), func(t *testing.T) {
				r := seeded(t, NewRepo())
				for _, status := range statuses {
					for _, limit := range limits {
						f := Filter{Status: status, ReviewerID: reviewer, Limit: limit}
						got, err := r.List(context.Background(), tenant, f)
						if err != nil {
							t.Fatalf("List(%q, %+v) error = %v", tenant, f, err)
						}
						for _, c := range got {
							if c.TenantID != tenant {
								t.Fatalf("List(%q, %+v) returned %s/%s: a case of another tenant (data isolation breach)", tenant, f, c.TenantID, c.ID)
							}
						}
						if w := want(tenant, f); ids(got) != ids(w) {
							t.Fatalf("List(%q, %+v) = %s, want %s", tenant, f, ids(got), ids(w))
						}
					}
				}
			})
		}
	}
}

func TestEveryPathRequiresATenant(t *testing.T) {
	r := seeded(t, NewRepo())
	ctx := context.Background()
	tests := []struct {
		name string
		call func() error
	}{
		{"Get", func() error { _, err := r.Get(ctx, "", "case-1"); return err }},
		{"List", func() error { _, err := r.List(ctx, "", Filter{}); return err }},
		{"List by status", func() error { _, err := r.List(ctx, "", Filter{Status: StatusApproved}); return err }},
		{"List by reviewer", func() error { _, err := r.List(ctx, "", Filter{ReviewerID: "rev-1"}); return err }},
		{"Save", func() error { return r.Save(ctx, Case{ID: "case-x"}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.call(); !errors.Is(err, ErrTenantRequired) {
				t.Errorf("%s with an empty tenant: error = %v, want ErrTenantRequired", tt.name, err)
			}
		})
	}
}

func TestGetIsScopedToTheTenant(t *testing.T) {
	r := seeded(t, NewRepo())
	tests := []struct {
		tenant, id string
		wantCase   string // "tenant/id", or "" for ErrNotFound
	}{
		{"acme", "case-1", "acme/case-1"},
		{"globex", "case-1", "globex/case-1"},
		{"acme", "case-9", ""},   // exists, but in globex
		{"globex", "case-2", ""}, // exists, but in acme
		{"initech", "case-1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.tenant+"/"+tt.id, func(t *testing.T) {
			got, err := r.Get(context.Background(), tt.tenant, tt.id)
			if tt.wantCase == "" {
				if !errors.Is(err, ErrNotFound) {
					t.Errorf("Get(%q, %q) = %s, %v; want ErrNotFound", tt.tenant, tt.id, ids([]Case{got}), err)
				}
				return
			}
			if err != nil || got.TenantID+"/"+got.ID != tt.wantCase {
				t.Errorf("Get(%q, %q) = %s, %v; want %s", tt.tenant, tt.id, ids([]Case{got}), err, tt.wantCase)
			}
		})
	}
}

func TestAdminWorkloadStaysCrossTenant(t *testing.T) {
	r := seeded(t, NewRepo())
	tests := []struct {
		reviewer string
		want     string
	}{
		{"rev-1", "[acme/case-1 acme/case-3 globex/case-1 globex/case-7]"},
		{"rev-2", "[acme/case-4 globex/case-8]"},
		{"rev-404", "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.reviewer, func(t *testing.T) {
			got, err := r.AdminWorkload(context.Background(), tt.reviewer)
			if err != nil || ids(got) != tt.want {
				t.Errorf("AdminWorkload(%q) = %s, %v; want %s, nil (the operator view is cross-tenant by design)", tt.reviewer, ids(got), err, tt.want)
			}
		})
	}
}

// watchedLock is the lock the tests hand the repository: a sync.RWMutex
// that counts how often it is taken for writing and for reading.
type watchedLock struct {
	sync.RWMutex
	locks, rlocks atomic.Int32
}

func (w *watchedLock) Lock()  { w.RWMutex.Lock(); w.locks.Add(1) }
func (w *watchedLock) RLock() { w.RWMutex.RLock(); w.rlocks.Add(1) }

// lockProbe is one call of a repository method, and whether it changes
// the map (and so needs the write lock).
type lockProbe struct {
	name   string
	call   func(r *Repo)
	writes bool
}

var lockProbes = []lockProbe{
	{"Save", func(r *Repo) {
		_ = r.Save(context.Background(), Case{ID: "case-5", TenantID: "acme", Status: StatusDraft, Version: 1})
	}, true},
	{"Get", func(r *Repo) { _, _ = r.Get(context.Background(), "acme", "case-1") }, false},
	{"List", func(r *Repo) { _, _ = r.List(context.Background(), "acme", Filter{}) }, false},
	{"List by reviewer", func(r *Repo) {
		_, _ = r.List(context.Background(), "acme", Filter{ReviewerID: "rev-1"})
	}, false},
	{"List by status and reviewer", func(r *Repo) {
		_, _ = r.List(context.Background(), "globex", Filter{Status: StatusUnderReview, ReviewerID: "rev-1", Limit: 1})
	}, false},
	{"AdminWorkload", func(r *Repo) { _, _ = r.AdminWorkload(context.Background(), "rev-1") }, false},
}

// lockMisuse runs p on a repository guarded by w and says what p did wrong
// with the lock, or "" if nothing.
func lockMisuse(r *Repo, w *watchedLock, p lockProbe) string {
	locks, rlocks := w.locks.Load(), w.rlocks.Load()
	p.call(r)
	wrote, read := w.locks.Load()-locks, w.rlocks.Load()-rlocks
	if !w.TryLock() {
		return fmt.Sprintf("%s returned with r.mu still held: unlock on every path (defer)", p.name)
	}
	w.Unlock()
	switch {
	case p.writes && wrote == 0:
		return fmt.Sprintf("%s took the write lock %d times and the read lock %d times; want the write lock (r.mu.Lock()): it changes the map", p.name, wrote, read)
	case !p.writes && wrote+read == 0:
		return fmt.Sprintf("%s never locked r.mu; want at least a read lock (r.mu.RLock()) while it reads the map", p.name)
	}
	return ""
}

// TestEveryMethodHoldsTheLock: "safe for concurrent use" means every method
// holds r.mu while it touches the map, Save the write lock (it changes the
// map), the readers at least a read lock, and each releases it on return.
func TestEveryMethodHoldsTheLock(t *testing.T) {
	w := &watchedLock{}
	r := seeded(t, newRepo(w))
	for _, p := range lockProbes {
		t.Run(p.name, func(t *testing.T) {
			if msg := lockMisuse(r, w, p); msg != "" {
				t.Error(msg)
			}
		})
	}
}

// TestConcurrentUse reads and writes from several goroutines at once.
// Natively, go test -race reports any access that is not synchronised. It
// first checks the locking as TestEveryMethodHoldsTheLock does: without it,
// Go stops the whole test binary at the first concurrent map write.
func TestConcurrentUse(t *testing.T) {
	w := &watchedLock{}
	r := seeded(t, newRepo(w))
	for _, p := range lockProbes {
		if msg := lockMisuse(r, w, p); msg != "" {
			t.Fatalf("not running concurrently: %s", msg)
		}
	}
	ctx := context.Background()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			tenant := []string{"acme", "globex"}[g%2]
			for i := range 50 {
				c := Case{ID: fmt.Sprintf("case-g%d-%d", g, i), TenantID: tenant, Status: StatusUnderReview, ReviewerID: "rev-1", Version: 1}
				if err := r.Save(ctx, c); err != nil {
					t.Errorf("Save: %v", err)
					return
				}
				got, err := r.List(ctx, tenant, Filter{ReviewerID: "rev-1"})
				if err != nil {
					t.Errorf("List: %v", err)
					return
				}
				for _, c := range got {
					if c.TenantID != tenant {
						t.Errorf("List(%q) returned %s/%s", tenant, c.TenantID, c.ID)
						return
					}
				}
				_, _ = r.Get(ctx, tenant, c.ID)
				_, _ = r.AdminWorkload(ctx, "rev-1")
			}
		})
	}
	wg.Wait()
	all, _ := r.AdminWorkload(ctx, "rev-1")
	if want := 4 + 4*50; len(all) != want {
		t.Errorf("after 4 goroutines saved 50 cases each for rev-1, AdminWorkload(rev-1) has %d cases, want %d", len(all), want)
	}
}
