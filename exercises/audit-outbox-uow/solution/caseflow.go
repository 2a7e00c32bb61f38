package app

import (
	"errors"
	"fmt"
	"time"
)

// This file is the domain from the capstone, trimmed to what the unit of
// work needs. It is complete: you do not need to change it.

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

// Action is a command that moves a case between statuses.
type Action string

// The actions of the workflow.
const (
	ActionSubmit      Action = "submit"
	ActionStartReview Action = "start_review"
	ActionApprove     Action = "approve"
	ActionReject      Action = "reject"
	ActionClose       Action = "close"
)

// Errors callers can recognise with errors.Is.
var (
	ErrInvalidTransition = errors.New("caseflow: invalid transition")
	ErrReviewerRequired  = errors.New("caseflow: reviewer required")
	ErrTenantRequired    = errors.New("caseflow: tenant required")
	ErrNotFound          = errors.New("caseflow: case not found")
)

// Case is one case in one tenant.
type Case struct {
	ID, TenantID         string
	Status               Status
	ReviewerID           string
	Version              int64
	CreatedAt, UpdatedAt time.Time
}

// AuditEvent records who moved a case from one status to another, and when.
type AuditEvent struct {
	TenantID, CaseID string
	Action           Action
	From, To         Status
	ActorID          string
	At               time.Time
}

// OutboxEvent is a message waiting to be published after the transaction
// that created it commits.
type OutboxEvent struct {
	ID         string // "<case id>:<version>", unique per transition
	Type       string // "case." + the new status, e.g. "case.submitted"
	TenantID   string
	CaseID     string
	Status     Status
	Version    int64
	OccurredAt time.Time
}

// Apply performs action on c. On success the status changes, Version goes
// up by one and UpdatedAt becomes now; on failure c is left unchanged.
func (c *Case) Apply(action Action, reviewerID string, now time.Time) error {
	switch action {
	case ActionSubmit:
		return c.move(now, StatusSubmitted, StatusDraft)
	case ActionStartReview:
		if c.Status == StatusSubmitted && reviewerID == "" {
			return ErrReviewerRequired
		}
		if err := c.move(now, StatusUnderReview, StatusSubmitted); err != nil {
			return err
		}
		c.ReviewerID = reviewerID
		return nil
	case ActionApprove:
		return c.move(now, StatusApproved, StatusUnderReview)
	case ActionReject:
		return c.move(now, StatusRejected, StatusUnderReview)
	case ActionClose:
		return c.move(now, StatusClosed, StatusApproved, StatusRejected)
	}
	return fmt.Errorf("%w: unknown action %q", ErrInvalidTransition, action)
}

func (c *Case) move(now time.Time, to Status, from ...Status) error {
	for _, s := range from {
		if c.Status == s {
			c.Status = to
			c.Version++
			c.UpdatedAt = now
			return nil
		}
	}
	return fmt.Errorf("%w: %s -> %s", ErrInvalidTransition, c.Status, to)
}
