// Package app holds the use cases of caseflow-service. Each one loads a
// case, lets the domain decide, and stores the case, its audit event and its
// outbox event in a single unit of work. It knows nothing about HTTP or SQL.
package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gomastery/examples/part-34/caseflow-service/internal/caseflow"
)

// Actor is the caller as established by authentication, never by the
// request body.
type Actor struct {
	TenantID string
	ID       string
}

// Service runs the case use cases.
type Service struct {
	uow   caseflow.UnitOfWork
	now   func() time.Time
	newID func() string
}

// NewService returns a Service. now and newID are injected so that tests
// and examples can fix time and identifiers.
func NewService(uow caseflow.UnitOfWork, now func() time.Time, newID func() string) *Service {
	return &Service{uow: uow, now: now, newID: newID}
}

// Create opens a draft case for the actor's tenant.
func (s *Service) Create(ctx context.Context, actor Actor) (caseflow.Case, error) {
	now := s.now()
	c, err := caseflow.NewCase(s.newID(), actor.TenantID, now)
	if err != nil {
		return caseflow.Case{}, fmt.Errorf("create case: %w", err)
	}
	err = s.uow.Do(ctx, func(tx caseflow.Tx) error {
		if err := tx.InsertCase(ctx, c); err != nil {
			return err
		}
		return s.record(ctx, tx, actor, caseflow.ActionCreate, "", c, "", now)
	})
	if err != nil {
		return caseflow.Case{}, fmt.Errorf("create case: %w", err)
	}
	return *c, nil
}

// Get returns one case of the actor's tenant.
func (s *Service) Get(ctx context.Context, actor Actor, id string) (caseflow.Case, error) {
	var out caseflow.Case
	err := s.uow.Do(ctx, func(tx caseflow.Tx) error {
		c, err := tx.GetCase(ctx, actor.TenantID, id)
		if err != nil {
			return err
		}
		out = *c
		return nil
	})
	if err != nil {
		return caseflow.Case{}, fmt.Errorf("get case %s: %w", id, err)
	}
	return out, nil
}

// Submit sends a draft case for review.
func (s *Service) Submit(ctx context.Context, actor Actor, id string) (caseflow.Case, error) {
	return s.transition(ctx, actor, id, caseflow.ActionSubmit, "", func(c *caseflow.Case, now time.Time) error {
		return c.Submit(now)
	})
}

// StartReview assigns reviewerID to a submitted case.
func (s *Service) StartReview(ctx context.Context, actor Actor, id, reviewerID string) (caseflow.Case, error) {
	return s.transition(ctx, actor, id, caseflow.ActionStartReview, "", func(c *caseflow.Case, now time.Time) error {
		return c.StartReview(reviewerID, now)
	})
}

// Approve records the assigned reviewer's approval.
func (s *Service) Approve(ctx context.Context, actor Actor, id string) (caseflow.Case, error) {
	return s.transition(ctx, actor, id, caseflow.ActionApprove, "", func(c *caseflow.Case, now time.Time) error {
		if err := mustBeReviewer(c, actor); err != nil {
			return err
		}
		return c.Approve(now)
	})
}

// Reject records the assigned reviewer's rejection and its reason.
func (s *Service) Reject(ctx context.Context, actor Actor, id, reason string) (caseflow.Case, error) {
	return s.transition(ctx, actor, id, caseflow.ActionReject, reason, func(c *caseflow.Case, now time.Time) error {
		if err := mustBeReviewer(c, actor); err != nil {
			return err
		}
		return c.Reject(now)
	})
}

// Close archives an approved or rejected case.
func (s *Service) Close(ctx context.Context, actor Actor, id string) (caseflow.Case, error) {
	return s.transition(ctx, actor, id, caseflow.ActionClose, "", func(c *caseflow.Case, now time.Time) error {
		return c.Close(now)
	})
}

// mustBeReviewer lets only the assigned reviewer decide a case. Which actor
// may act is an application rule; whether the move is legal is the domain's.
func mustBeReviewer(c *caseflow.Case, actor Actor) error {
	if c.Status == caseflow.StatusUnderReview && c.ReviewerID != actor.ID {
		return fmt.Errorf("%w: only the assigned reviewer may decide", caseflow.ErrForbidden)
	}
	return nil
}

// transition is every state change: load, apply, then save the case, its
// audit event and its outbox event together, or none of them.
func (s *Service) transition(ctx context.Context, actor Actor, id string, action caseflow.Action,
	reason string, apply func(*caseflow.Case, time.Time) error) (caseflow.Case, error) {
	if strings.TrimSpace(actor.TenantID) == "" {
		return caseflow.Case{}, caseflow.ErrTenantRequired
	}
	var out caseflow.Case
	err := s.uow.Do(ctx, func(tx caseflow.Tx) error {
		c, err := tx.GetCase(ctx, actor.TenantID, id)
		if err != nil {
			return err
		}
		from, loaded, now := c.Status, c.Version, s.now()
		if err := apply(c, now); err != nil {
			return err // nothing was written, so the rollback has nothing to undo
		}
		if err := tx.UpdateCase(ctx, c, loaded); err != nil {
			return err
		}
		if err := s.record(ctx, tx, actor, action, from, c, reason, now); err != nil {
			return err
		}
		out = *c
		return nil
	})
	if err != nil {
		return caseflow.Case{}, fmt.Errorf("%s case %s: %w", action, id, err)
	}
	return out, nil
}

// record writes what every committed change leaves behind, inside the same
// unit of work: an audit event for the history and an outbox event for
// other systems. Create and every transition call it, so neither can be
// forgotten for one kind of change.
func (s *Service) record(ctx context.Context, tx caseflow.Tx, actor Actor, action caseflow.Action,
	from caseflow.Status, c *caseflow.Case, reason string, now time.Time) error {
	if err := tx.AppendAudit(ctx, caseflow.AuditEvent{
		TenantID: c.TenantID, CaseID: c.ID, ActorID: actor.ID,
		Action: action, From: from, To: c.Status, Reason: reason, At: now,
	}); err != nil {
		return err
	}
	return tx.AppendOutbox(ctx, caseflow.OutboxEvent{
		ID: s.newID(), Type: "case." + string(c.Status), TenantID: c.TenantID,
		CaseID: c.ID, Status: c.Status, CaseVersion: c.Version, OccurredAt: now,
	})
}
