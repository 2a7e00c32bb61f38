// Package caseflow is the domain of caseflow-service: a case, the statuses
// it moves through and the rules for moving between them. It performs no
// I/O, reads no configuration and imports nothing else from the service.
package caseflow

import (
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

// Valid reports whether s is one of the six statuses.
func (s Status) Valid() bool {
	switch s {
	case StatusDraft, StatusSubmitted, StatusUnderReview,
		StatusApproved, StatusRejected, StatusClosed:
		return true
	}
	return false
}

// Action names a transition. The same names appear in audit events.
type Action string

// The five actions of the state machine.
const (
	ActionSubmit      Action = "submit"
	ActionStartReview Action = "start_review"
	ActionApprove     Action = "approve"
	ActionReject      Action = "reject"
	ActionClose       Action = "close"
)

// Case is one request moving through review. It has no JSON or SQL tags:
// how a case is shown or stored is decided by the adapters.
type Case struct {
	ID         string
	TenantID   string
	Status     Status
	ReviewerID string
	Version    int64
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// NewCase returns a draft case at version 1.
func NewCase(id, tenantID string, now time.Time) (*Case, error) {
	if strings.TrimSpace(tenantID) == "" {
		return nil, ErrTenantRequired
	}
	return &Case{
		ID:        id,
		TenantID:  tenantID,
		Status:    StatusDraft,
		Version:   1,
		CreatedAt: now,
		UpdatedAt: now,
	}, nil
}

// Restore rebuilds a case read from storage, rejecting rows that no code
// path could have produced, so corrupt data fails loudly at the edge.
func Restore(c Case) (*Case, error) {
	switch {
	case strings.TrimSpace(c.TenantID) == "":
		return nil, ErrTenantRequired
	case !c.Status.Valid():
		return nil, fmt.Errorf("caseflow: restore case %q: unknown status %q", c.ID, c.Status)
	case c.Version < 1:
		return nil, fmt.Errorf("caseflow: restore case %q: version %d is below 1", c.ID, c.Version)
	}
	return &c, nil
}

// next is the whole state machine. A pair that is not listed is invalid,
// which is why closed, having no rows, is final.
func next(from Status, action Action) (Status, bool) {
	type edge struct {
		from   Status
		action Action
	}
	switch (edge{from, action}) {
	case edge{StatusDraft, ActionSubmit}:
		return StatusSubmitted, true
	case edge{StatusSubmitted, ActionStartReview}:
		return StatusUnderReview, true
	case edge{StatusUnderReview, ActionApprove}:
		return StatusApproved, true
	case edge{StatusUnderReview, ActionReject}:
		return StatusRejected, true
	case edge{StatusApproved, ActionClose}, edge{StatusRejected, ActionClose}:
		return StatusClosed, true
	}
	return "", false
}

// transition moves c along one edge, or returns ErrInvalidTransition and
// leaves c untouched.
func (c *Case) transition(action Action, now time.Time) error {
	to, ok := next(c.Status, action)
	if !ok {
		return fmt.Errorf("%w: cannot %s a case that is %s", ErrInvalidTransition, action, c.Status)
	}
	c.Status = to
	c.Version++
	c.UpdatedAt = now
	return nil
}

// Submit moves a draft to submitted.
func (c *Case) Submit(now time.Time) error { return c.transition(ActionSubmit, now) }

// StartReview assigns a reviewer and moves a submitted case to under_review.
func (c *Case) StartReview(reviewerID string, now time.Time) error {
	// The reviewer rule only applies where the move itself is allowed;
	// everywhere else the caller learns the transition is invalid.
	if _, ok := next(c.Status, ActionStartReview); ok && strings.TrimSpace(reviewerID) == "" {
		return ErrReviewerRequired
	}
	if err := c.transition(ActionStartReview, now); err != nil {
		return err
	}
	c.ReviewerID = reviewerID
	return nil
}

// Approve moves a case under review to approved.
func (c *Case) Approve(now time.Time) error { return c.transition(ActionApprove, now) }

// Reject moves a case under review to rejected.
func (c *Case) Reject(now time.Time) error { return c.transition(ActionReject, now) }

// Close moves an approved or rejected case to closed, where it stays.
func (c *Case) Close(now time.Time) error { return c.transition(ActionClose, now) }
