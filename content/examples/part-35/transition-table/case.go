// This file is the implementation under review: the caseflow state machine
// after a change that the check in main.go must catch.

package main

import (
	"errors"
	"fmt"
	"time"
)

type Status string

const (
	StatusDraft       Status = "draft"
	StatusSubmitted   Status = "submitted"
	StatusUnderReview Status = "under_review"
	StatusApproved    Status = "approved"
	StatusRejected    Status = "rejected"
	StatusClosed      Status = "closed"
)

var (
	ErrInvalidTransition = errors.New("caseflow: invalid transition")
	ErrReviewerRequired  = errors.New("caseflow: reviewer required")
)

type Case struct {
	ID, TenantID string
	Status       Status
	ReviewerID   string
	Version      int64
	UpdatedAt    time.Time
}

func (c *Case) move(from []Status, to Status, now time.Time) error {
	for _, s := range from {
		if c.Status == s {
			c.Status, c.Version, c.UpdatedAt = to, c.Version+1, now
			return nil
		}
	}
	return fmt.Errorf("%w: %s -> %s", ErrInvalidTransition, c.Status, to)
}

func (c *Case) Submit(now time.Time) error {
	return c.move([]Status{StatusDraft}, StatusSubmitted, now)
}

func (c *Case) StartReview(reviewerID string, now time.Time) error {
	if c.Status == StatusSubmitted && reviewerID == "" {
		return ErrReviewerRequired
	}
	if err := c.move([]Status{StatusSubmitted}, StatusUnderReview, now); err != nil {
		return err
	}
	c.ReviewerID = reviewerID
	return nil
}

// Approve has the change under review: someone added StatusSubmitted to
// "let small cases skip review". The happy-path tests still pass.
func (c *Case) Approve(now time.Time) error {
	return c.move([]Status{StatusUnderReview, StatusSubmitted}, StatusApproved, now)
}

func (c *Case) Reject(now time.Time) error {
	return c.move([]Status{StatusUnderReview}, StatusRejected, now)
}

func (c *Case) Close(now time.Time) error {
	return c.move([]Status{StatusApproved, StatusRejected}, StatusClosed, now)
}

// apply runs one action by name, so the check can loop over actions.
func apply(c *Case, action string, now time.Time) error {
	switch action {
	case "submit":
		return c.Submit(now)
	case "start_review":
		return c.StartReview("rev-7", now)
	case "approve":
		return c.Approve(now)
	case "reject":
		return c.Reject(now)
	case "close":
		return c.Close(now)
	}
	return fmt.Errorf("unknown action %q", action)
}
