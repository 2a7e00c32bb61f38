// Package postgres stores caseflow data in PostgreSQL through database/sql.
// Every case query filters by tenant_id, and updates are conditional on the
// version the case was read with.
package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"gomastery/examples/part-34/caseflow-service/internal/caseflow"
)

// Store implements caseflow.UnitOfWork and the relay's Outbox.
type Store struct{ db *sql.DB }

// New returns a Store using db. The caller owns db and closes it.
func New(db *sql.DB) *Store { return &Store{db: db} }

// Do runs fn in a database transaction.
func (s *Store) Do(ctx context.Context, fn func(caseflow.Tx) error) error {
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("postgres: begin: %w", err)
	}
	// After a successful Commit, Rollback does nothing and returns
	// sql.ErrTxDone; on every other path it undoes fn's writes.
	defer func() { _ = sqlTx.Rollback() }()
	if err := fn(&tx{sqlTx}); err != nil {
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		// The outcome is unknown: the commit may have reached the server.
		return fmt.Errorf("postgres: commit: %w", err)
	}
	return nil
}

type tx struct{ tx *sql.Tx }

const selectCase = `
SELECT id, tenant_id, status, COALESCE(reviewer_id, ''), version, created_at, updated_at
FROM cases
WHERE tenant_id = $1 AND id = $2`

func (t *tx) GetCase(ctx context.Context, tenantID, id string) (*caseflow.Case, error) {
	var c caseflow.Case
	err := t.tx.QueryRowContext(ctx, selectCase, tenantID, id).Scan(
		&c.ID, &c.TenantID, &c.Status, &c.ReviewerID, &c.Version, &c.CreatedAt, &c.UpdatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, caseflow.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: get case: %w", err)
	}
	return caseflow.Restore(c)
}

const insertCase = `
INSERT INTO cases (tenant_id, id, status, reviewer_id, version, created_at, updated_at)
VALUES ($1, $2, $3, NULLIF($4, ''), $5, $6, $7)
ON CONFLICT (tenant_id, id) DO NOTHING`

func (t *tx) InsertCase(ctx context.Context, c *caseflow.Case) error {
	res, err := t.tx.ExecContext(ctx, insertCase,
		c.TenantID, c.ID, c.Status, c.ReviewerID, c.Version, c.CreatedAt, c.UpdatedAt)
	return oneRow(res, err, "insert case")
}

const updateCase = `
UPDATE cases
SET status = $1, reviewer_id = NULLIF($2, ''), version = $3, updated_at = $4
WHERE tenant_id = $5 AND id = $6 AND version = $7`

func (t *tx) UpdateCase(ctx context.Context, c *caseflow.Case, loadedVersion int64) error {
	res, err := t.tx.ExecContext(ctx, updateCase,
		c.Status, c.ReviewerID, c.Version, c.UpdatedAt, c.TenantID, c.ID, loadedVersion)
	return oneRow(res, err, "update case")
}

// oneRow turns "zero rows affected" into ErrConflict: the row was there
// when this transaction read it, so someone else changed it since.
func oneRow(res sql.Result, err error, op string) error {
	if err != nil {
		return fmt.Errorf("postgres: %s: %w", op, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("postgres: %s: %w", op, err)
	}
	if n == 0 {
		return caseflow.ErrConflict
	}
	return nil
}

const insertAudit = `
INSERT INTO case_audit (tenant_id, case_id, actor_id, action, from_status, to_status, reason, occurred_at)
VALUES ($1, $2, $3, $4, NULLIF($5, ''), $6, NULLIF($7, ''), $8)`

func (t *tx) AppendAudit(ctx context.Context, e caseflow.AuditEvent) error {
	_, err := t.tx.ExecContext(ctx, insertAudit,
		e.TenantID, e.CaseID, e.ActorID, e.Action, e.From, e.To, e.Reason, e.At)
	if err != nil {
		return fmt.Errorf("postgres: append audit: %w", err)
	}
	return nil
}

// eventPayload is the published schema of an outbox event. Consumers
// depend on it, so fields are only ever added.
type eventPayload struct {
	EventID     string    `json:"event_id"`
	EventType   string    `json:"event_type"`
	Version     int       `json:"version"`
	TenantID    string    `json:"tenant_id"`
	CaseID      string    `json:"case_id"`
	Status      string    `json:"status"`
	CaseVersion int64     `json:"case_version"`
	OccurredAt  time.Time `json:"occurred_at"`
}

const insertOutbox = `
INSERT INTO outbox (id, event_type, tenant_id, aggregate_id, payload, occurred_at)
VALUES ($1, $2, $3, $4, $5, $6)`

func (t *tx) AppendOutbox(ctx context.Context, e caseflow.OutboxEvent) error {
	payload, err := json.Marshal(eventPayload{
		EventID: e.ID, EventType: e.Type, Version: 1, TenantID: e.TenantID, CaseID: e.CaseID,
		Status: string(e.Status), CaseVersion: e.CaseVersion, OccurredAt: e.OccurredAt.UTC(),
	})
	if err != nil {
		return fmt.Errorf("postgres: encode outbox event: %w", err)
	}
	_, err = t.tx.ExecContext(ctx, insertOutbox, e.ID, e.Type, e.TenantID, e.CaseID, payload, e.OccurredAt)
	if err != nil {
		return fmt.Errorf("postgres: append outbox: %w", err)
	}
	return nil
}

// claimOutbox leases a batch of due events for 30 seconds. SKIP LOCKED lets
// several relays run at once without blocking on, or double-claiming, each
// other's rows; an expired lease makes a row due again. This is the one
// query without a tenant filter: the relay works for the system, not for a
// tenant.
const claimOutbox = `
UPDATE outbox
SET claimed_until = now() + interval '30 seconds', attempts = attempts + 1
WHERE id IN (
    SELECT id FROM outbox
    WHERE published_at IS NULL
      AND (claimed_until IS NULL OR claimed_until < now())
    ORDER BY occurred_at, id
    LIMIT $1
    FOR UPDATE SKIP LOCKED
)
RETURNING payload`

// ClaimOutbox returns up to limit due events, oldest first.
func (s *Store) ClaimOutbox(ctx context.Context, limit int) ([]caseflow.OutboxEvent, error) {
	rows, err := s.db.QueryContext(ctx, claimOutbox, limit)
	if err != nil {
		return nil, fmt.Errorf("postgres: claim outbox: %w", err)
	}
	defer rows.Close()
	var events []caseflow.OutboxEvent
	for rows.Next() {
		var raw []byte
		var p eventPayload
		if err := rows.Scan(&raw); err != nil {
			return nil, fmt.Errorf("postgres: claim outbox: %w", err)
		}
		if err := json.Unmarshal(raw, &p); err != nil {
			return nil, fmt.Errorf("postgres: decode outbox event: %w", err)
		}
		events = append(events, caseflow.OutboxEvent{
			ID: p.EventID, Type: p.EventType, TenantID: p.TenantID, CaseID: p.CaseID,
			Status: caseflow.Status(p.Status), CaseVersion: p.CaseVersion, OccurredAt: p.OccurredAt,
		})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: claim outbox: %w", err)
	}
	// RETURNING promises no order; restore the one the subquery chose.
	slices.SortFunc(events, func(a, b caseflow.OutboxEvent) int { return a.OccurredAt.Compare(b.OccurredAt) })
	return events, nil
}

const markPublished = `UPDATE outbox SET published_at = now() WHERE id = $1`

// MarkPublished records delivery of the events with these ids.
func (s *Store) MarkPublished(ctx context.Context, ids []string) error {
	for _, id := range ids {
		if _, err := s.db.ExecContext(ctx, markPublished, id); err != nil {
			return fmt.Errorf("postgres: mark published: %w", err)
		}
	}
	return nil
}

// Ping reports whether the database answers, for the readiness probe.
func (s *Store) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }
