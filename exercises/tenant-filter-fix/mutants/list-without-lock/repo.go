// Package store keeps cases for many tenants. Every read made on behalf
// of a tenant must return that tenant's cases and nothing else.
package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// Status is where a case is in its workflow.
type Status string

// The statuses of a case.
const (
	StatusDraft       Status = "draft"
	StatusSubmitted   Status = "submitted"
	StatusUnderReview Status = "under_review"
	StatusApproved    Status = "approved"
	StatusRejected    Status = "rejected"
	StatusClosed      Status = "closed"
)

// Errors callers can recognise with errors.Is.
var (
	ErrNotFound       = errors.New("caseflow: case not found")
	ErrTenantRequired = errors.New("caseflow: tenant required")
)

// Case is one case in one tenant. IDs are unique within a tenant only:
// two tenants may both have a "case-1", and both may have a "rev-1".
type Case struct {
	ID, TenantID string
	Status       Status
	ReviewerID   string
	Version      int64
}

// Filter narrows List. Zero fields mean "any"; Limit 0 means no limit.
type Filter struct {
	Status     Status
	ReviewerID string
	Limit      int
}

type key struct{ tenantID, id string }

// Repo is an in-memory case repository, safe for concurrent use.
type Repo struct {
	mu    rwLocker // guards cases
	cases map[key]Case
}

// rwLocker is the lock a Repo holds while it touches its map: a
// *sync.RWMutex, or in the tests one that records how it is used.
type rwLocker interface {
	sync.Locker
	RLock()
	RUnlock()
}

// NewRepo returns an empty repository.
func NewRepo() *Repo {
	return newRepo(new(sync.RWMutex))
}

// newRepo returns an empty repository guarded by mu.
func newRepo(mu rwLocker) *Repo {
	return &Repo{mu: mu, cases: make(map[key]Case)}
}

// Save inserts or replaces c.
func (r *Repo) Save(ctx context.Context, c Case) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if c.TenantID == "" {
		return ErrTenantRequired
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cases[key{c.TenantID, c.ID}] = c
	return nil
}

// Get returns the case id of tenantID. A case of another tenant is
// reported as not found, so callers cannot probe which ids exist.
func (r *Repo) Get(ctx context.Context, tenantID, id string) (Case, error) {
	if err := ctx.Err(); err != nil {
		return Case{}, err
	}
	if tenantID == "" {
		return Case{}, ErrTenantRequired
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	c, ok := r.cases[key{tenantID, id}]
	if !ok {
		return Case{}, fmt.Errorf("case %q: %w", id, ErrNotFound)
	}
	return c, nil
}

// List returns the cases of tenantID that match f, sorted by ID.
func (r *Repo) List(ctx context.Context, tenantID string, f Filter) ([]Case, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if tenantID == "" {
		return nil, ErrTenantRequired
	}
	// One loop, and the tenant test comes first: no filter combination
	// can reach a row of another tenant.
	var out []Case
	for _, c := range r.cases {
		if c.TenantID != tenantID {
			continue
		}
		if f.Status != "" && c.Status != f.Status {
			continue
		}
		if f.ReviewerID != "" && c.ReviewerID != f.ReviewerID {
			continue
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out, nil
}

// AdminWorkload lists every case assigned to reviewerID in every tenant,
// sorted by tenant and ID. It backs the operator dashboard, which is
// cross-tenant on purpose and sits behind the admin role; it must stay so.
func (r *Repo) AdminWorkload(ctx context.Context, reviewerID string) ([]Case, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := r.assignedTo(reviewerID)
	sort.Slice(out, func(i, j int) bool {
		if out[i].TenantID != out[j].TenantID {
			return out[i].TenantID < out[j].TenantID
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// assignedTo returns the cases of every tenant assigned to reviewerID.
// The caller must hold r.mu.
func (r *Repo) assignedTo(reviewerID string) []Case {
	var out []Case
	for _, c := range r.cases {
		if c.ReviewerID == reviewerID {
			out = append(out, c)
		}
	}
	return out
}
