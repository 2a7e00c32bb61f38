package caseflow

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

var (
	created = time.Date(2031, 5, 6, 7, 0, 0, 0, time.UTC)
	before  = created.Add(30 * time.Minute) // UpdatedAt of the fixture cases
	now     = created.Add(2 * time.Hour)    // the time passed to every transition
)

var statuses = []Status{
	StatusDraft, StatusSubmitted, StatusUnderReview, StatusApproved, StatusRejected, StatusClosed,
}

// actions calls each transition method with now (and a reviewer for start_review).
var actions = []struct {
	name string
	do   func(c *Case) error
}{
	{"submit", func(c *Case) error { return c.Submit(now) }},
	{"start_review", func(c *Case) error { return c.StartReview("rev-9", now) }},
	{"approve", func(c *Case) error { return c.Approve(now) }},
	{"reject", func(c *Case) error { return c.Reject(now) }},
	{"close", func(c *Case) error { return c.Close(now) }},
}

// table is the transition table from the README; every pair not listed is invalid.
var table = map[Status]map[string]Status{
	StatusDraft:       {"submit": StatusSubmitted},
	StatusSubmitted:   {"start_review": StatusUnderReview},
	StatusUnderReview: {"approve": StatusApproved, "reject": StatusRejected},
	StatusApproved:    {"close": StatusClosed},
	StatusRejected:    {"close": StatusClosed},
}

// fixture is a stored case in the given status, at version 7.
func fixture(status Status) Case {
	c := Case{ID: "case-1", TenantID: "tenant-1", Status: status, Version: 7, CreatedAt: created, UpdatedAt: before}
	if status == StatusUnderReview || status == StatusApproved || status == StatusRejected || status == StatusClosed {
		c.ReviewerID = "rev-1"
	}
	return c
}

// diff describes how got differs from want, or returns "" when they match.
func diff(got, want Case) string {
	var d string
	if got.ID != want.ID {
		d += fmt.Sprintf(" ID=%q (want %q)", got.ID, want.ID)
	}
	if got.TenantID != want.TenantID {
		d += fmt.Sprintf(" TenantID=%q (want %q)", got.TenantID, want.TenantID)
	}
	if got.Status != want.Status {
		d += fmt.Sprintf(" Status=%q (want %q)", got.Status, want.Status)
	}
	if got.ReviewerID != want.ReviewerID {
		d += fmt.Sprintf(" ReviewerID=%q (want %q)", got.ReviewerID, want.ReviewerID)
	}
	if got.Version != want.Version {
		d += fmt.Sprintf(" Version=%d (want %d)", got.Version, want.Version)
	}
	if !got.CreatedAt.Equal(want.CreatedAt) {
		d += fmt.Sprintf(" CreatedAt=%s (want %s)", got.CreatedAt, want.CreatedAt)
	}
	if !got.UpdatedAt.Equal(want.UpdatedAt) {
		d += fmt.Sprintf(" UpdatedAt=%s (want %s)", got.UpdatedAt, want.UpdatedAt)
	}
	return d
}

// TestTransitionTable tries all 6 x 5 (status, action) pairs.
func TestTransitionTable(t *testing.T) {
	for _, from := range statuses {
		for _, a := range actions {
			to, valid := table[from][a.name]
			name := fmt.Sprintf("%s/%s", from, a.name)
			t.Run(name, func(t *testing.T) {
				start := fixture(from)
				c := start
				err := a.do(&c)
				if !valid {
					if !errors.Is(err, ErrInvalidTransition) {
						t.Fatalf("%s on a %s case: err = %v, want an error wrapping ErrInvalidTransition", a.name, from, err)
					}
					if errors.Is(err, ErrReviewerRequired) {
						t.Errorf("%s on a %s case: err = %v also matches ErrReviewerRequired; want only ErrInvalidTransition", a.name, from, err)
					}
					if d := diff(c, start); d != "" {
						t.Errorf("%s on a %s case failed but changed the case:%s", a.name, from, d)
					}
					return
				}
				if err != nil {
					t.Fatalf("%s on a %s case: err = %v, want nil (-> %s)", a.name, from, err, to)
				}
				want := start
				want.Status, want.Version, want.UpdatedAt = to, start.Version+1, now
				if a.name == "start_review" {
					want.ReviewerID = "rev-9"
				}
				if d := diff(c, want); d != "" {
					t.Errorf("after %s on a %s case:%s", a.name, from, d)
				}
			})
		}
	}
}

func TestStartReviewNeedsReviewer(t *testing.T) {
	tests := []struct {
		name     string
		from     Status
		reviewer string
		want     error
	}{
		{"submitted, empty reviewer", StatusSubmitted, "", ErrReviewerRequired},
		{"submitted, blank reviewer", StatusSubmitted, " \t ", ErrReviewerRequired},
		{"draft, empty reviewer: the move itself is invalid", StatusDraft, "", ErrInvalidTransition},
		{"under_review, empty reviewer", StatusUnderReview, "", ErrInvalidTransition},
		{"closed, empty reviewer", StatusClosed, "", ErrInvalidTransition},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := fixture(tt.from)
			c := start
			err := c.StartReview(tt.reviewer, now)
			if !errors.Is(err, tt.want) {
				t.Fatalf("StartReview(%q) on a %s case: err = %v, want %v", tt.reviewer, tt.from, err, tt.want)
			}
			other := ErrInvalidTransition
			if tt.want == ErrInvalidTransition {
				other = ErrReviewerRequired
			}
			if errors.Is(err, other) {
				t.Errorf("StartReview(%q) on a %s case: err = %v also matches %v", tt.reviewer, tt.from, err, other)
			}
			if d := diff(c, start); d != "" {
				t.Errorf("StartReview(%q) failed but changed the case:%s", tt.reviewer, d)
			}
		})
	}
}

func TestNewCase(t *testing.T) {
	c, err := NewCase("case-42", "tenant-7", created)
	if err != nil {
		t.Fatalf("NewCase(%q, %q, t) err = %v, want nil", "case-42", "tenant-7", err)
	}
	if c == nil {
		t.Fatal("NewCase returned a nil case and a nil error")
	}
	want := Case{ID: "case-42", TenantID: "tenant-7", Status: StatusDraft, Version: 1, CreatedAt: created, UpdatedAt: created}
	if d := diff(*c, want); d != "" {
		t.Errorf("NewCase returned a case with:%s", d)
	}
}

func TestNewCaseRequiresTenant(t *testing.T) {
	for _, tenant := range []string{"", "   ", "\t\n"} {
		t.Run(fmt.Sprintf("tenant %q", tenant), func(t *testing.T) {
			c, err := NewCase("case-1", tenant, created)
			if !errors.Is(err, ErrTenantRequired) {
				t.Errorf("NewCase(%q, %q, t) err = %v, want ErrTenantRequired", "case-1", tenant, err)
			}
			if c != nil {
				t.Errorf("NewCase(%q, %q, t) returned case %+v, want nil", "case-1", tenant, *c)
			}
		})
	}
}

// TestLifecycle follows one case from creation to closed, then tries to reopen it.
func TestLifecycle(t *testing.T) {
	c, err := NewCase("case-9", "tenant-1", created)
	if err != nil || c == nil {
		t.Fatalf("NewCase: case = %v, err = %v; want a case and nil", c, err)
	}
	steps := []struct {
		name string
		do   func(at time.Time) error
		want Status
	}{
		{"submit", c.Submit, StatusSubmitted},
		{"start_review", func(at time.Time) error { return c.StartReview("rev-2", at) }, StatusUnderReview},
		{"reject", c.Reject, StatusRejected},
		{"close", c.Close, StatusClosed},
	}
	for i, s := range steps {
		at := created.Add(time.Duration(i+1) * time.Hour)
		if err := s.do(at); err != nil {
			t.Fatalf("step %d (%s): err = %v, want nil", i+1, s.name, err)
		}
		want := Case{ID: "case-9", TenantID: "tenant-1", Status: s.want, Version: int64(i + 2),
			CreatedAt: created, UpdatedAt: at}
		if i >= 1 {
			want.ReviewerID = "rev-2"
		}
		if d := diff(*c, want); d != "" {
			t.Fatalf("after step %d (%s):%s", i+1, s.name, d)
		}
	}
	closed := *c
	for _, a := range actions {
		t.Run("closed is final/"+a.name, func(t *testing.T) {
			if err := a.do(c); !errors.Is(err, ErrInvalidTransition) {
				t.Errorf("%s on a closed case: err = %v, want ErrInvalidTransition", a.name, err)
			}
			if d := diff(*c, closed); d != "" {
				t.Errorf("%s on a closed case changed it:%s", a.name, d)
			}
		})
	}
}

// TestUnknownStatus checks that a status outside the table allows nothing.
func TestUnknownStatus(t *testing.T) {
	for _, status := range []Status{"", "archived", "Draft"} {
		for _, a := range actions {
			t.Run(fmt.Sprintf("%q/%s", status, a.name), func(t *testing.T) {
				c := Case{ID: "case-1", TenantID: "tenant-1", Status: status, Version: 3, UpdatedAt: before}
				start := c
				if err := a.do(&c); !errors.Is(err, ErrInvalidTransition) {
					t.Errorf("%s on status %q: err = %v, want ErrInvalidTransition", a.name, status, err)
				}
				if d := diff(c, start); d != "" {
					t.Errorf("%s on status %q changed the case:%s", a.name, status, d)
				}
			})
		}
	}
}
