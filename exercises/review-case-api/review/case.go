package caseapi

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// Case is a customer's support case: the domain entity.
type Case struct {
	ID            string    `json:"id"`
	TenantID      string    `json:"tenant_id"`
	Title         string    `json:"title"`
	Status        string    `json:"status"`
	InternalNotes string    `json:"internal_notes"`
	OpenedAt      time.Time `json:"opened_at"`
}

// Error is a failure of a case operation.
type Error struct {
	Status  int
	Message string
}

func (e *Error) Error() string { return e.Message }

// ErrDuplicate is what a Store returns when the case id is taken.
var ErrDuplicate = errors.New("duplicate case id")

// Store keeps cases.
type Store interface {
	Insert(ctx context.Context, c Case) error
	Get(ctx context.Context, tenant, id string) (Case, error)
}

// Service holds the rules for cases.
type Service struct {
	Store Store
	NewID func() string
	Now   func() time.Time
}

// Open opens a new case for a tenant's customer.
func (s *Service) Open(ctx context.Context, c Case) (Case, error) {
	if c.Status == "" {
		c.Status = "open"
	}
	c.ID = s.NewID()
	c.OpenedAt = s.Now()
	if err := s.Store.Insert(ctx, c); err != nil {
		if errors.Is(err, ErrDuplicate) {
			return Case{}, &Error{Status: http.StatusConflict, Message: "case already exists"}
		}
		return Case{}, err
	}
	return c, nil
}
