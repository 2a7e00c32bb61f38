package caseflow

import (
	"context"
	"strings"
	"sync"
)

// MemoryRepository keeps cases in memory. It is safe for concurrent use;
// create one with NewMemoryRepository.
type MemoryRepository struct {
	mu    sync.Locker // guards cases
	cases map[caseKey]*Case
}

// caseKey scopes every case to its tenant: the same id in two tenants is
// two different cases.
type caseKey struct{ tenantID, id string }

// NewMemoryRepository returns an empty repository.
func NewMemoryRepository() *MemoryRepository {
	return newMemoryRepository(new(sync.Mutex))
}

// newMemoryRepository returns an empty repository guarded by mu. The tests
// pass a Locker that lets another caller in whenever mu is released.
func newMemoryRepository(mu sync.Locker) *MemoryRepository {
	return &MemoryRepository{mu: mu, cases: make(map[caseKey]*Case)}
}

// Create stores a new case. It returns ErrTenantRequired for a case without
// a tenant and ErrConflict when the tenant already has a case with that id.
func (r *MemoryRepository) Create(ctx context.Context, c *Case) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if strings.TrimSpace(c.TenantID) == "" {
		return ErrTenantRequired
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	k := caseKey{c.TenantID, c.ID}
	if _, taken := r.cases[k]; taken {
		return ErrConflict
	}
	r.cases[k] = c
	return nil
}

// Get returns a copy of the tenant's case, or ErrNotFound.
func (r *MemoryRepository) Get(ctx context.Context, tenantID, id string) (*Case, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	c, ok := r.cases[caseKey{tenantID, id}]
	if !ok {
		return nil, ErrNotFound
	}
	cp := *c
	return &cp, nil
}

// Save replaces the stored case with c if the stored version is still
// loadedVersion, the version c had when it was read. Otherwise someone
// else saved in between, and Save returns ErrConflict. The check and the
// write share one critical section: released in between, the lock would
// let a second writer pass the same check.
func (r *MemoryRepository) Save(ctx context.Context, c *Case, loadedVersion int64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	k := caseKey{c.TenantID, c.ID}
	stored, ok := r.cases[k]
	if !ok {
		return ErrNotFound
	}
	if stored.Version != loadedVersion {
		return ErrConflict
	}
	r.cases[k] = c
	return nil
}
