package app

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Step names a point in the unit of work where a test can inject a failure.
type Step string

// The steps a Tx checks for injected failures.
const (
	StepLoad   Step = "load"
	StepSave   Step = "save"
	StepAudit  Step = "audit"
	StepOutbox Step = "outbox"
	StepCommit Step = "commit"
)

// ErrTxDone is returned by a Tx that has already been committed or rolled back.
var ErrTxDone = errors.New("store: transaction already committed or rolled back")

type caseKey struct{ tenantID, id string }

// Store is an in-memory database of cases, audit events and outbox events.
// Only one transaction may be open at a time, like a single connection.
type Store struct {
	// Fault, when set, is called at the start of every step of a Tx; a
	// non-nil result makes that step fail with that error. Tests use it.
	Fault func(Step) error

	mu     sync.Locker // guards the fields below: a *sync.Mutex, or in the tests one that records its use
	cases  map[caseKey]Case
	audit  []AuditEvent
	outbox []OutboxEvent
	inTx   bool
}

// NewStore returns an empty store.
func NewStore() *Store {
	return newStore(new(sync.Mutex))
}

// newStore returns an empty store guarded by mu.
func newStore(mu sync.Locker) *Store {
	return &Store{mu: mu, cases: make(map[caseKey]Case)}
}

// Put stores c directly, outside any transaction (test setup).
func (s *Store) Put(c Case) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cases[caseKey{c.TenantID, c.ID}] = c
}

// Case returns the committed version of a case.
func (s *Store) Case(tenantID, id string) (Case, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.cases[caseKey{tenantID, id}]
	return c, ok
}

// AuditEvents returns a copy of the committed audit events.
func (s *Store) AuditEvents() []AuditEvent {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]AuditEvent(nil), s.audit...)
}

// OutboxEvents returns a copy of the committed outbox events.
func (s *Store) OutboxEvents() []OutboxEvent {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]OutboxEvent(nil), s.outbox...)
}

// InTx reports whether a transaction is open. After a unit of work
// returns, successful or not, it must be false.
func (s *Store) InTx() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inTx
}

// Begin opens a transaction. It fails if ctx is done, or if an earlier
// transaction was never committed or rolled back.
func (s *Store) Begin(ctx context.Context) (*Tx, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.inTx {
		return nil, errors.New("store: a transaction is already open (an earlier one was never committed or rolled back)")
	}
	s.inTx = true
	return &Tx{store: s, cases: make(map[caseKey]Case)}, nil
}

func (s *Store) fault(step Step) error {
	if s.Fault == nil {
		return nil
	}
	return s.Fault(step)
}

// Tx stages writes in memory. Nothing it writes is visible outside the
// transaction until Commit succeeds; Rollback discards everything.
type Tx struct {
	store  *Store
	done   bool
	cases  map[caseKey]Case
	audit  []AuditEvent
	outbox []OutboxEvent
}

// LoadCase returns the case as this transaction sees it: its own staged
// write if there is one, the committed case otherwise.
func (tx *Tx) LoadCase(tenantID, id string) (Case, error) {
	if tx.done {
		return Case{}, ErrTxDone
	}
	if err := tx.store.fault(StepLoad); err != nil {
		return Case{}, err
	}
	if tenantID == "" {
		return Case{}, ErrTenantRequired
	}
	key := caseKey{tenantID, id}
	if c, ok := tx.cases[key]; ok {
		return c, nil
	}
	tx.store.mu.Lock()
	defer tx.store.mu.Unlock()
	c, ok := tx.store.cases[key]
	if !ok {
		return Case{}, fmt.Errorf("case %q in tenant %q: %w", id, tenantID, ErrNotFound)
	}
	return c, nil
}

// SaveCase stages c.
func (tx *Tx) SaveCase(c Case) error {
	if tx.done {
		return ErrTxDone
	}
	if err := tx.store.fault(StepSave); err != nil {
		return err
	}
	tx.cases[caseKey{c.TenantID, c.ID}] = c
	return nil
}

// AppendAudit stages an audit event.
func (tx *Tx) AppendAudit(e AuditEvent) error {
	if tx.done {
		return ErrTxDone
	}
	if err := tx.store.fault(StepAudit); err != nil {
		return err
	}
	tx.audit = append(tx.audit, e)
	return nil
}

// AppendOutbox stages an outbox event.
func (tx *Tx) AppendOutbox(e OutboxEvent) error {
	if tx.done {
		return ErrTxDone
	}
	if err := tx.store.fault(StepOutbox); err != nil {
		return err
	}
	tx.outbox = append(tx.outbox, e)
	return nil
}

// Commit makes every staged write visible at once. A failed commit ends
// the transaction too, with nothing applied.
func (tx *Tx) Commit() error {
	if tx.done {
		return ErrTxDone
	}
	tx.done = true
	s := tx.store
	s.inTx = false
	if err := s.fault(StepCommit); err != nil {
		return err
	}
	for k, c := range tx.cases {
		s.cases[k] = c
	}
	s.audit = append(s.audit, tx.audit...)
	s.outbox = append(s.outbox, tx.outbox...)
	return nil
}

// Rollback discards the staged writes. After Commit or an earlier Rollback
// it does nothing and returns ErrTxDone, so it is safe to defer.
func (tx *Tx) Rollback() error {
	if tx.done {
		return ErrTxDone
	}
	tx.done = true
	tx.cases, tx.audit, tx.outbox = nil, nil, nil
	tx.store.mu.Lock()
	defer tx.store.mu.Unlock()
	tx.store.inTx = false
	return nil
}
