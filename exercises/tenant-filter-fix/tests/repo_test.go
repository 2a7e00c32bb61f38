package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
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

func newRepo(t *testing.T) *Repo {
	t.Helper()
	r := NewRepo()
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
				r := newRepo(t)
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
	r := newRepo(t)
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
	r := newRepo(t)
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
	r := newRepo(t)
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
