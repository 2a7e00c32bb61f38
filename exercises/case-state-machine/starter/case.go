// Package caseflow is the domain of caseflow-service: a case, the statuses
// it moves through and the rules for moving between them. It does no I/O.
package caseflow

import (
	"errors"
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
	// TODO: validate the tenant and build the draft case.
	return nil, errors.New("NewCase: not implemented")
}

// Submit moves a draft to submitted.
func (c *Case) Submit(now time.Time) error {
	// TODO: only draft -> submitted is allowed.
	return errors.New("Submit: not implemented")
}

// StartReview assigns reviewerID and moves a submitted case to under_review.
// A blank reviewerID on a submitted case is ErrReviewerRequired.
func (c *Case) StartReview(reviewerID string, now time.Time) error {
	// TODO: submitted -> under_review, and only with a reviewer.
	return errors.New("StartReview: not implemented")
}

// Approve moves a case under review to approved.
func (c *Case) Approve(now time.Time) error {
	// TODO: under_review -> approved.
	return errors.New("Approve: not implemented")
}

// Reject moves a case under review to rejected.
func (c *Case) Reject(now time.Time) error {
	// TODO: under_review -> rejected.
	return errors.New("Reject: not implemented")
}

// Close moves an approved or rejected case to closed, which is final.
func (c *Case) Close(now time.Time) error {
	// TODO: approved -> closed and rejected -> closed.
	return errors.New("Close: not implemented")
}
