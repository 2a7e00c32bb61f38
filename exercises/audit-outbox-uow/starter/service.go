package app

import (
	"context"
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
	// TODO: begin, defer a rollback, load, apply, save, write the audit
	// event, write the outbox event, commit. Wrap every error with its step.
	return Case{}, errNotImplemented
}
