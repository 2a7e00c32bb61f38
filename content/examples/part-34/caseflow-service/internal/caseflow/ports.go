package caseflow

import "context"

// UnitOfWork runs fn in one transaction. When fn returns nil the work
// commits; when it returns an error, or the commit fails, nothing fn wrote
// is kept and Do returns that error.
type UnitOfWork interface {
	Do(ctx context.Context, fn func(tx Tx) error) error
}

// Tx is what one transaction may read and write. Every method is scoped to
// a tenant: no call can see or change another tenant's cases.
type Tx interface {
	// GetCase returns ErrNotFound when the tenant has no case with that id.
	GetCase(ctx context.Context, tenantID, id string) (*Case, error)
	// InsertCase returns ErrConflict when the id is already taken.
	InsertCase(ctx context.Context, c *Case) error
	// UpdateCase stores c only if the stored version is still loadedVersion,
	// the version c had when it was read; otherwise it returns ErrConflict.
	UpdateCase(ctx context.Context, c *Case, loadedVersion int64) error
	AppendAudit(ctx context.Context, e AuditEvent) error
	AppendOutbox(ctx context.Context, e OutboxEvent) error
}
