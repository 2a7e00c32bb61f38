package app

import (
	"context"
	"fmt"
	"time"
)

// Command asks for one transition of one case.
type Command struct {
	TenantID, CaseID string
	Action           Action
	ActorID          string // who asks; recorded in the audit event
	ReviewerID       string // required by start_review
}

// Service runs case transitions as units of work.
type Service struct {
	Store *Store
	Now   func() time.Time // the clock; nil means time.Now
}

// Transition loads the case, applies the action, and saves the case, one
// audit event and one outbox event in a single transaction. It returns the
// updated case, or the zero Case and a wrapped error with nothing written.
func (s *Service) Transition(ctx context.Context, cmd Command) (Case, error) {
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}

	tx, err := s.Store.Begin(ctx)
	if err != nil {
		return Case{}, fmt.Errorf("begin: %w", err)
	}
	// After a successful Commit this is a no-op; on every early return it
	// discards the staged writes and frees the store for the next call.
	defer tx.Rollback()

	c, err := tx.LoadCase(cmd.TenantID, cmd.CaseID)
	if err != nil {
		return Case{}, fmt.Errorf("load case: %w", err)
	}
	at := now()
	if err := c.Apply(cmd.Action, cmd.ReviewerID, at); err != nil {
		return Case{}, fmt.Errorf("%s case %s: %w", cmd.Action, c.ID, err)
	}
	from := c.Status
	if err := tx.SaveCase(c); err != nil {
		return Case{}, fmt.Errorf("save case: %w", err)
	}
	audit := AuditEvent{
		TenantID: c.TenantID, CaseID: c.ID, Action: cmd.Action,
		From: from, To: c.Status, ActorID: cmd.ActorID, At: at,
	}
	if err := tx.AppendAudit(audit); err != nil {
		return Case{}, fmt.Errorf("write audit: %w", err)
	}
	event := OutboxEvent{
		ID:       fmt.Sprintf("%s:%d", c.ID, c.Version),
		Type:     "case." + string(c.Status),
		TenantID: c.TenantID, CaseID: c.ID, Status: c.Status, Version: c.Version,
		OccurredAt: at,
	}
	if err := tx.AppendOutbox(event); err != nil {
		return Case{}, fmt.Errorf("write outbox: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return Case{}, fmt.Errorf("commit: %w", err)
	}
	return c, nil
}
