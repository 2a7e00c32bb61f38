// Package memstore keeps caseflow data in memory, for tests and local runs.
// It keeps the promises the service relies on from PostgreSQL: every read
// is tenant-scoped, updates use optimistic concurrency, and a unit of work
// commits all of its writes or none of them.
package memstore

import (
	"context"
	"slices"
	"sync"

	"gomastery/examples/part-34/caseflow-service/internal/caseflow"
)

type key struct{ tenantID, id string }

// Store is a goroutine-safe in-memory database. Use New to create one.
type Store struct {
	mu     sync.Mutex
	cases  map[key]caseflow.Case
	audit  []caseflow.AuditEvent
	outbox []outboxRow
}

type outboxRow struct {
	event     caseflow.OutboxEvent
	published bool
}

// New returns an empty Store.
func New() *Store { return &Store{cases: make(map[key]caseflow.Case)} }

// Do runs fn against a transaction that buffers its writes, then commits
// them atomically, checking every version under the lock. PostgreSQL finds
// a conflict at the UPDATE, this store at commit; either way Do returns
// ErrConflict and keeps nothing.
func (s *Store) Do(ctx context.Context, fn func(caseflow.Tx) error) error {
	t := &tx{store: s}
	if err := fn(t); err != nil {
		return err // rollback: the buffered writes are dropped
	}
	if err := ctx.Err(); err != nil {
		return err // never commit work whose caller has gone away
	}
	return s.commit(t)
}

// update is a buffered UpdateCase call.
type update struct {
	c             caseflow.Case
	loadedVersion int64
}

// tx buffers writes until commit. Reads go to the committed data, which is
// what a PostgreSQL transaction at READ COMMITTED sees as well.
type tx struct {
	store   *Store
	inserts []caseflow.Case
	updates []update
	audit   []caseflow.AuditEvent
	outbox  []caseflow.OutboxEvent
}

func (t *tx) GetCase(_ context.Context, tenantID, id string) (*caseflow.Case, error) {
	t.store.mu.Lock()
	defer t.store.mu.Unlock()
	c, ok := t.store.cases[key{tenantID, id}]
	if !ok {
		return nil, caseflow.ErrNotFound
	}
	return &c, nil // a copy: the caller cannot reach into the store
}

func (t *tx) InsertCase(_ context.Context, c *caseflow.Case) error {
	t.inserts = append(t.inserts, *c)
	return nil
}

func (t *tx) UpdateCase(_ context.Context, c *caseflow.Case, loadedVersion int64) error {
	t.updates = append(t.updates, update{*c, loadedVersion})
	return nil
}

func (t *tx) AppendAudit(_ context.Context, e caseflow.AuditEvent) error {
	t.audit = append(t.audit, e)
	return nil
}

func (t *tx) AppendOutbox(_ context.Context, e caseflow.OutboxEvent) error {
	t.outbox = append(t.outbox, e)
	return nil
}

// commit checks every precondition first and only then applies the writes,
// so a failed check leaves the store exactly as it was.
func (s *Store) commit(t *tx) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range t.inserts {
		if _, taken := s.cases[key{c.TenantID, c.ID}]; taken {
			return caseflow.ErrConflict
		}
	}
	for _, u := range t.updates {
		stored, ok := s.cases[key{u.c.TenantID, u.c.ID}]
		if !ok {
			return caseflow.ErrNotFound
		}
		if stored.Version != u.loadedVersion {
			return caseflow.ErrConflict
		}
	}
	for _, c := range t.inserts {
		s.cases[key{c.TenantID, c.ID}] = c
	}
	for _, u := range t.updates {
		s.cases[key{u.c.TenantID, u.c.ID}] = u.c
	}
	s.audit = append(s.audit, t.audit...)
	for _, e := range t.outbox {
		s.outbox = append(s.outbox, outboxRow{event: e})
	}
	return nil
}

// AuditTrail returns the audit events of one case, oldest first.
func (s *Store) AuditTrail(tenantID, caseID string) []caseflow.AuditEvent {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []caseflow.AuditEvent
	for _, e := range s.audit {
		if e.TenantID == tenantID && e.CaseID == caseID {
			out = append(out, e)
		}
	}
	return out
}

// ClaimOutbox returns up to limit unpublished events, oldest first. Unlike
// the PostgreSQL adapter it takes no lease: it assumes a single relay.
func (s *Store) ClaimOutbox(_ context.Context, limit int) ([]caseflow.OutboxEvent, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []caseflow.OutboxEvent
	for _, r := range s.outbox {
		if len(out) == limit {
			break
		}
		if !r.published {
			out = append(out, r.event)
		}
	}
	return out, nil
}

// MarkPublished records that the events with these ids were delivered.
func (s *Store) MarkPublished(_ context.Context, ids []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.outbox {
		if slices.Contains(ids, s.outbox[i].event.ID) {
			s.outbox[i].published = true
		}
	}
	return nil
}

// PendingOutbox reports how many events wait to be published.
func (s *Store) PendingOutbox() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.outbox {
		if !r.published {
			n++
		}
	}
	return n
}
