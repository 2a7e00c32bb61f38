// Package caseflow is the domain of caseflow-service: a case, the statuses
// it moves through and the rules for moving between them. It does no I/O.
package caseflow

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Status is where a case stands in its workflow.
type Status string

// The six statuses of a case.
const (
	StatusDraft       Status = "draft"
	StatusSubmitted   Status = "submitted"
	StatusUnderReview Status = "under_review"
	StatusApproved    Status = "approved"
	StatusRejected    Status = "rejected"
	StatusClosed      Status = "closed"
)

// Errors returned by the domain. Callers match them with errors.Is.
var (
	ErrInvalidTransition = errors.New("caseflow: invalid transition")
	ErrReviewerRequired  = errors.New("caseflow: reviewer required")
	ErrTenantRequired    = errors.New("caseflow: tenant id required")
	ErrNotFound          = errors.New("caseflow: case not found")
	ErrConflict          = errors.New("caseflow: version conflict")
	ErrForbidden         = errors.New("caseflow: forbidden")
)

// Case is one request moving through review.
type Case struct {
	ID         string
	TenantID   string
	Status     Status
	ReviewerID string
	Version    int64
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// NewCase returns a draft case at version 1, created and updated at now.
// It returns ErrTenantRequired when tenantID is empty or blank.
func NewCase(id, tenantID string, now time.Time) (*Case, error) {
	if strings.TrimSpace(tenantID) == "" {
		return nil, ErrTenantRequired
	}
	return &Case{
		ID:        id,
		TenantID:  tenantID,
		Status:    StatusDraft,
		CreatedAt: now,
	}, nil
}

// next is the transition table. A pair that is not listed is invalid, so
// closed, which has no rows, is final.
func next(from Status, action string) (Status, bool) {
	type edge struct {
		from   Status
		action string
	}
	switch (edge{from, action}) {
	case edge{StatusDraft, "submit"}:
		return StatusSubmitted, true
	case edge{StatusSubmitted, "start_review"}:
		return StatusUnderReview, true
	case edge{StatusUnderReview, "approve"}:
		return StatusApproved, true
	case edge{StatusUnderReview, "reject"}:
		return StatusRejected, true
	case edge{StatusApproved, "close"}, edge{StatusRejected, "close"}:
		return StatusClosed, true
	}
	return "", false
}

// transition moves c along one edge of the table, or returns an error
// wrapping ErrInvalidTransition and leaves c untouched.
func (c *Case) transition(action string, now time.Time) error {
	to, ok := next(c.Status, action)
	if !ok {
		return fmt.Errorf("%w: cannot %s a case that is %q", ErrInvalidTransition, action, c.Status)
	}
	c.Status = to
	c.Version++
	c.UpdatedAt = now
	return nil
}

// Submit moves a draft to submitted.
func (c *Case) Submit(now time.Time) error { return c.transition("submit", now) }

// StartReview assigns reviewerID and moves a submitted case to under_review.
// A blank reviewerID on a submitted case is ErrReviewerRequired.
func (c *Case) StartReview(reviewerID string, now time.Time) error {
	if _, ok := next(c.Status, "start_review"); ok && strings.TrimSpace(reviewerID) == "" {
		return ErrReviewerRequired
	}
	if err := c.transition("start_review", now); err != nil {
		return err
	}
	c.ReviewerID = reviewerID
	return nil
}

// Approve moves a case under review to approved.
func (c *Case) Approve(now time.Time) error { return c.transition("approve", now) }

// Reject moves a case under review to rejected.
func (c *Case) Reject(now time.Time) error { return c.transition("reject", now) }

// Close moves an approved or rejected case to closed, which is final.
func (c *Case) Close(now time.Time) error { return c.transition("close", now) }
