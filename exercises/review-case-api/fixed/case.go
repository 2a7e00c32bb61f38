package caseapi

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Case is a customer's support case: the domain entity. It knows nothing of
// JSON or HTTP; the adapters map it to their own shapes.
type Case struct {
	ID            string
	TenantID      string
	Title         string
	Status        string
	InternalNotes string
	OpenedAt      time.Time
}

// The outcomes callers act on; adapters map them to their own codes.
var (
	ErrInvalidTitle = errors.New("a title of 1 to 200 characters is required")
	ErrConflict     = errors.New("case already exists")
)

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

// Open opens a new case with title for a customer of tenant. Every case
// starts open, whoever opens it.
func (s *Service) Open(ctx context.Context, tenant, title string) (Case, error) {
	if len(title) == 0 || len(title) > 200 {
		return Case{}, ErrInvalidTitle
	}
	c := Case{ID: s.NewID(), TenantID: tenant, Title: title, Status: "open", OpenedAt: s.Now()}
	if err := s.Store.Insert(ctx, c); err != nil {
		if errors.Is(err, ErrDuplicate) {
			return Case{}, ErrConflict
		}
		return Case{}, fmt.Errorf("insert case: %w", err)
	}
	return c, nil
}
