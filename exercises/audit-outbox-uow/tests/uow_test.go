package app

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var (
	created = time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	now     = time.Date(2026, 1, 6, 9, 30, 0, 0, time.UTC)
)

// newService returns a service over a store holding one case in tenant
// "acme" with the given status and version 3.
func newService(status Status) (*Service, *Store, Case) {
	store := NewStore()
	seed := Case{
		ID: "case-1", TenantID: "acme", Status: status, Version: 3,
		CreatedAt: created, UpdatedAt: created,
	}
	if status == StatusUnderReview || status == StatusApproved || status == StatusRejected {
		seed.ReviewerID = "rev-9"
	}
	store.Put(seed)
	// The same id in another tenant must never be touched.
	store.Put(Case{ID: "case-1", TenantID: "globex", Status: StatusDraft, Version: 1, CreatedAt: created, UpdatedAt: created})
	return &Service{Store: store, Now: func() time.Time { return now }}, store, seed
}

func TestTransitionWritesCaseAuditAndOutboxTogether(t *testing.T) {
	tests := []struct {
		name       string
		from       Status
		action     Action
		reviewerID string
		wantStatus Status
		wantRev    string
	}{
		{"submit a draft", StatusDraft, ActionSubmit, "", StatusSubmitted, ""},
		{"start review with a reviewer", StatusSubmitted, ActionStartReview, "rev-2", StatusUnderReview, "rev-2"},
		{"approve under review", StatusUnderReview, ActionApprove, "", StatusApproved, "rev-9"},
		{"reject under review", StatusUnderReview, ActionReject, "", StatusRejected, "rev-9"},
		{"close an approved case", StatusApproved, ActionClose, "", StatusClosed, "rev-9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc, store, seed := newService(tt.from)
			cmd := Command{TenantID: "acme", CaseID: "case-1", Action: tt.action, ActorID: "user-5", ReviewerID: tt.reviewerID}

			got, err := svc.Transition(context.Background(), cmd)
			if err != nil {
				t.Fatalf("Transition(%+v) error = %v, want nil", cmd, err)
			}
			want := seed
			want.Status, want.ReviewerID, want.Version, want.UpdatedAt = tt.wantStatus, tt.wantRev, 4, now
			if got != want {
				t.Errorf("Transition returned\n got %+v\nwant %+v", got, want)
			}
			if stored, _ := store.Case("acme", "case-1"); stored != want {
				t.Errorf("committed case\n got %+v\nwant %+v", stored, want)
			}

			wantAudit := AuditEvent{TenantID: "acme", CaseID: "case-1", Action: tt.action,
				From: tt.from, To: tt.wantStatus, ActorID: "user-5", At: now}
			if audit := store.AuditEvents(); len(audit) != 1 || audit[0] != wantAudit {
				t.Errorf("committed audit events\n got %+v\nwant [%+v]", audit, wantAudit)
			}
			wantEvent := OutboxEvent{ID: "case-1:4", Type: "case." + string(tt.wantStatus),
				TenantID: "acme", CaseID: "case-1", Status: tt.wantStatus, Version: 4, OccurredAt: now}
			if outbox := store.OutboxEvents(); len(outbox) != 1 || outbox[0] != wantEvent {
				t.Errorf("committed outbox events\n got %+v\nwant [%+v]", outbox, wantEvent)
			}
			if other, _ := store.Case("globex", "case-1"); other.Status != StatusDraft || other.Version != 1 {
				t.Errorf("the globex case with the same id changed to %+v; only acme's case may change", other)
			}
			if store.InTx() {
				t.Error("store.InTx() = true after Transition returned, want false: commit or roll back")
			}
		})
	}
}

func TestTransitionFailureLeavesNothingBehind(t *testing.T) {
	injected := errors.New("disk on fire")
	tests := []struct {
		name     string
		from     Status
		cmd      Command
		failAt   Step   // "" means no injected failure
		wantErr  error  // what errors.Is must find
		wantWord string // the step named in the error text
	}{
		{"load fails", StatusDraft, Command{TenantID: "acme", CaseID: "case-1", Action: ActionSubmit}, StepLoad, injected, "load"},
		{"case not found", StatusDraft, Command{TenantID: "acme", CaseID: "case-404", Action: ActionSubmit}, "", ErrNotFound, "load"},
		{"case of another tenant", StatusDraft, Command{TenantID: "initech", CaseID: "case-1", Action: ActionSubmit}, "", ErrNotFound, "load"},
		{"missing tenant", StatusDraft, Command{CaseID: "case-1", Action: ActionSubmit}, "", ErrTenantRequired, "tenant"},
		{"transition not allowed", StatusDraft, Command{TenantID: "acme", CaseID: "case-1", Action: ActionApprove}, "", ErrInvalidTransition, "approve"},
		{"transition needs a reviewer", StatusSubmitted, Command{TenantID: "acme", CaseID: "case-1", Action: ActionStartReview}, "", ErrReviewerRequired, "start_review"},
		{"closed is final", StatusClosed, Command{TenantID: "acme", CaseID: "case-1", Action: ActionSubmit}, "", ErrInvalidTransition, "submit"},
		{"save fails", StatusDraft, Command{TenantID: "acme", CaseID: "case-1", Action: ActionSubmit}, StepSave, injected, "save"},
		{"audit fails", StatusDraft, Command{TenantID: "acme", CaseID: "case-1", Action: ActionSubmit}, StepAudit, injected, "audit"},
		{"outbox fails", StatusDraft, Command{TenantID: "acme", CaseID: "case-1", Action: ActionSubmit}, StepOutbox, injected, "outbox"},
		{"commit fails", StatusDraft, Command{TenantID: "acme", CaseID: "case-1", Action: ActionSubmit}, StepCommit, injected, "commit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc, store, seed := newService(tt.from)
			if tt.failAt != "" {
				store.Fault = func(s Step) error {
					if s == tt.failAt {
						return injected
					}
					return nil
				}
			}
			tt.cmd.ActorID = "user-5"

			got, err := svc.Transition(context.Background(), tt.cmd)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Transition(%+v) error = %v, want an error wrapping %q", tt.cmd, err, tt.wantErr)
			}
			if tt.failAt != "" && err == tt.wantErr {
				t.Errorf("Transition returned %q unwrapped; wrap it with the step, e.g. fmt.Errorf(\"%s ...: %%w\", err)", err, tt.wantWord)
			}
			if !strings.Contains(err.Error(), tt.wantWord) {
				t.Errorf("error %q does not name the step; want it to contain %q", err, tt.wantWord)
			}
			if got != (Case{}) {
				t.Errorf("Transition returned case %+v with an error, want the zero Case", got)
			}
			if stored, _ := store.Case("acme", "case-1"); stored != seed {
				t.Errorf("committed case changed after a failure\n got %+v\nwant %+v", stored, seed)
			}
			if audit := store.AuditEvents(); len(audit) != 0 {
				t.Errorf("committed audit events = %+v, want none", audit)
			}
			if outbox := store.OutboxEvents(); len(outbox) != 0 {
				t.Errorf("committed outbox events = %+v, want none", outbox)
			}
			if store.InTx() {
				t.Error("store.InTx() = true after a failed Transition, want false: roll back on every error path")
			}
		})
	}
}

func TestFailedTransitionDoesNotLeakIntoTheNextOne(t *testing.T) {
	svc, store, _ := newService(StatusDraft)
	injected := errors.New("audit table locked")
	store.Fault = func(s Step) error {
		if s == StepAudit {
			return injected
		}
		return nil
	}
	cmd := Command{TenantID: "acme", CaseID: "case-1", Action: ActionSubmit, ActorID: "user-5"}
	if _, err := svc.Transition(context.Background(), cmd); !errors.Is(err, injected) {
		t.Fatalf("first Transition error = %v, want %v", err, injected)
	}

	store.Fault = nil
	got, err := svc.Transition(context.Background(), cmd)
	if err != nil {
		t.Fatalf("retry after a rolled-back failure: error = %v, want nil", err)
	}
	if got.Status != StatusSubmitted || got.Version != 4 {
		t.Errorf("retry returned status %s version %d, want submitted version 4", got.Status, got.Version)
	}
	if n := len(store.AuditEvents()); n != 1 {
		t.Errorf("audit events after one failure and one success = %d, want 1", n)
	}
	if n := len(store.OutboxEvents()); n != 1 {
		t.Errorf("outbox events after one failure and one success = %d, want 1", n)
	}
}

func TestTransitionWithCancelledContextWritesNothing(t *testing.T) {
	svc, store, seed := newService(StatusDraft)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := svc.Transition(ctx, Command{TenantID: "acme", CaseID: "case-1", Action: ActionSubmit})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Transition with a cancelled context: error = %v, want context.Canceled", err)
	}
	if !strings.Contains(err.Error(), "begin") {
		t.Errorf("error %q does not name the step; want it to contain %q", err, "begin")
	}
	if store.InTx() {
		t.Error("store.InTx() = true after Begin failed, want false")
	}
	if stored, _ := store.Case("acme", "case-1"); stored != seed {
		t.Errorf("committed case = %+v, want %+v", stored, seed)
	}
}

func TestTxSemantics(t *testing.T) {
	seed := Case{ID: "case-1", TenantID: "acme", Status: StatusDraft, Version: 1}
	changed := seed
	changed.Status, changed.Version = StatusSubmitted, 2
	audit := AuditEvent{TenantID: "acme", CaseID: "case-1", Action: ActionSubmit}
	event := OutboxEvent{ID: "case-1:2", CaseID: "case-1"}

	stage := func(t *testing.T, store *Store) *Tx {
		t.Helper()
		tx, err := store.Begin(context.Background())
		if err != nil {
			t.Fatalf("Begin: %v", err)
		}
		if err := tx.SaveCase(changed); err != nil {
			t.Fatalf("SaveCase: %v", err)
		}
		if err := tx.AppendAudit(audit); err != nil {
			t.Fatalf("AppendAudit: %v", err)
		}
		if err := tx.AppendOutbox(event); err != nil {
			t.Fatalf("AppendOutbox: %v", err)
		}
		return tx
	}
	committed := func(store *Store) (Case, int, int) {
		c, _ := store.Case("acme", "case-1")
		return c, len(store.AuditEvents()), len(store.OutboxEvents())
	}

	t.Run("staged writes are invisible until commit", func(t *testing.T) {
		store := NewStore()
		store.Put(seed)
		tx := stage(t, store)
		if c, a, o := committed(store); c != seed || a != 0 || o != 0 {
			t.Errorf("before Commit: case %+v, %d audit, %d outbox; want %+v, 0, 0", c, a, o, seed)
		}
		if err := tx.Commit(); err != nil {
			t.Fatalf("Commit: %v", err)
		}
		if c, a, o := committed(store); c != changed || a != 1 || o != 1 {
			t.Errorf("after Commit: case %+v, %d audit, %d outbox; want %+v, 1, 1", c, a, o, changed)
		}
	})

	t.Run("a transaction reads its own writes", func(t *testing.T) {
		store := NewStore()
		store.Put(seed)
		tx := stage(t, store)
		defer tx.Rollback()
		got, err := tx.LoadCase("acme", "case-1")
		if err != nil || got != changed {
			t.Errorf("LoadCase after SaveCase = %+v, %v; want %+v, nil", got, err, changed)
		}
	})

	t.Run("rollback discards everything", func(t *testing.T) {
		store := NewStore()
		store.Put(seed)
		tx := stage(t, store)
		if err := tx.Rollback(); err != nil {
			t.Fatalf("Rollback: %v", err)
		}
		if c, a, o := committed(store); c != seed || a != 0 || o != 0 {
			t.Errorf("after Rollback: case %+v, %d audit, %d outbox; want %+v, 0, 0", c, a, o, seed)
		}
		if err := tx.Commit(); !errors.Is(err, ErrTxDone) {
			t.Errorf("Commit after Rollback = %v, want ErrTxDone", err)
		}
		if store.InTx() {
			t.Error("store.InTx() = true after Rollback, want false")
		}
	})

	t.Run("rollback after commit changes nothing", func(t *testing.T) {
		store := NewStore()
		store.Put(seed)
		tx := stage(t, store)
		if err := tx.Commit(); err != nil {
			t.Fatalf("Commit: %v", err)
		}
		if err := tx.Rollback(); !errors.Is(err, ErrTxDone) {
			t.Errorf("Rollback after Commit = %v, want ErrTxDone", err)
		}
		if err := tx.Commit(); !errors.Is(err, ErrTxDone) {
			t.Errorf("second Commit = %v, want ErrTxDone", err)
		}
		if c, a, o := committed(store); c != changed || a != 1 || o != 1 {
			t.Errorf("after Commit then Rollback: case %+v, %d audit, %d outbox; want %+v, 1, 1", c, a, o, changed)
		}
	})

	t.Run("a failed commit applies nothing and ends the transaction", func(t *testing.T) {
		store := NewStore()
		store.Put(seed)
		tx := stage(t, store)
		injected := errors.New("connection lost")
		store.Fault = func(s Step) error {
			if s == StepCommit {
				return injected
			}
			return nil
		}
		if err := tx.Commit(); !errors.Is(err, injected) {
			t.Fatalf("Commit = %v, want %v", err, injected)
		}
		if store.InTx() {
			t.Error("store.InTx() = true right after a failed Commit, want false: a failed commit ends the transaction too")
		}
		if err := tx.Rollback(); !errors.Is(err, ErrTxDone) {
			t.Errorf("Rollback after a failed Commit = %v, want ErrTxDone: the failed Commit already ended the transaction", err)
		}
		if c, a, o := committed(store); c != seed || a != 0 || o != 0 {
			t.Errorf("after a failed Commit: case %+v, %d audit, %d outbox; want %+v, 0, 0", c, a, o, seed)
		}
	})

	for _, end := range []string{"Commit", "Rollback"} {
		t.Run("after "+end+" every method returns ErrTxDone before its fault", func(t *testing.T) {
			store := NewStore()
			store.Put(seed)
			tx := stage(t, store)
			var err error
			if end == "Commit" {
				err = tx.Commit()
			} else {
				err = tx.Rollback()
			}
			if err != nil {
				t.Fatalf("%s: %v", end, err)
			}
			wantCase, wantAudit, wantOutbox := committed(store)
			// Every step now fails, so a method that checks its fault before
			// it checks done answers with this error instead of ErrTxDone.
			store.Fault = func(Step) error { return errors.New("injected: the transaction is already over") }
			calls := []struct {
				name string
				call func() error
			}{
				{"LoadCase", func() error { _, err := tx.LoadCase("acme", "case-1"); return err }},
				{"SaveCase", func() error { return tx.SaveCase(changed) }},
				{"AppendAudit", func() error { return tx.AppendAudit(audit) }},
				{"AppendOutbox", func() error { return tx.AppendOutbox(event) }},
				{"Commit", tx.Commit},
				{"Rollback", tx.Rollback},
			}
			for _, c := range calls {
				if err := c.call(); !errors.Is(err, ErrTxDone) {
					t.Errorf("%s after %s = %v, want ErrTxDone", c.name, end, err)
				}
			}
			if c, a, o := committed(store); c != wantCase || a != wantAudit || o != wantOutbox {
				t.Errorf("calls on a finished transaction changed the store: case %+v, %d audit, %d outbox; want %+v, %d, %d",
					c, a, o, wantCase, wantAudit, wantOutbox)
			}
			if store.InTx() {
				t.Errorf("store.InTx() = true after %s, want false", end)
			}
		})
	}
}

// watchedLock is the lock the tests build a store with: a sync.Mutex that
// counts how often it is taken.
type watchedLock struct {
	sync.Mutex
	locks atomic.Int32
}

func (w *watchedLock) Lock() { w.Mutex.Lock(); w.locks.Add(1) }

// TestTxHoldsTheStoreLock: a Tx reads and writes the store's fields only
// while it holds tx.store.mu, and releases it before it returns.
func TestTxHoldsTheStoreLock(t *testing.T) {
	seed := Case{ID: "case-1", TenantID: "acme", Status: StatusDraft, Version: 1}
	tests := []struct {
		name string
		call func(tx *Tx) error
	}{
		{"LoadCase of a committed case", func(tx *Tx) error { _, err := tx.LoadCase("acme", "case-1"); return err }},
		{"Commit", func(tx *Tx) error {
			changed := seed
			changed.Version = 2
			if err := tx.SaveCase(changed); err != nil {
				return err
			}
			return tx.Commit()
		}},
		{"Rollback", func(tx *Tx) error { return tx.Rollback() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &watchedLock{}
			store := newStore(w)
			store.Put(seed)
			tx, err := store.Begin(context.Background())
			if err != nil {
				t.Fatalf("Begin: %v", err)
			}
			before := w.locks.Load()
			if err := tt.call(tx); err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			if w.locks.Load() == before {
				t.Errorf("%s never locked tx.store.mu; want it held while the Tx reads or writes the store's fields", tt.name)
			}
			if !w.TryLock() {
				t.Fatalf("%s returned with tx.store.mu still held: unlock on every path (defer)", tt.name)
			}
			w.Unlock()
		})
	}
}

// TestTransitionReadsTheClockOnce: the case, the audit event and the
// outbox event carry the same instant, the one reading of s.Now.
func TestTransitionReadsTheClockOnce(t *testing.T) {
	svc, store, _ := newService(StatusDraft)
	var reads int
	svc.Now = func() time.Time {
		reads++
		return now.Add(time.Duration(reads-1) * time.Minute) // a clock that moves on every read
	}
	got, err := svc.Transition(context.Background(), Command{TenantID: "acme", CaseID: "case-1", Action: ActionSubmit, ActorID: "user-5"})
	if err != nil {
		t.Fatalf("Transition: %v", err)
	}
	if reads != 1 {
		t.Errorf("Transition read the clock %d times, want once: take now from s.Now once and use it everywhere", reads)
	}
	if !got.UpdatedAt.Equal(now) {
		t.Errorf("case UpdatedAt = %s, want %s (the first reading of the clock)", got.UpdatedAt, now)
	}
	if audit := store.AuditEvents(); len(audit) != 1 || !audit[0].At.Equal(now) {
		t.Errorf("audit events = %+v, want one with At %s", audit, now)
	}
	if outbox := store.OutboxEvents(); len(outbox) != 1 || !outbox[0].OccurredAt.Equal(now) {
		t.Errorf("outbox events = %+v, want one with OccurredAt %s", outbox, now)
	}
}

// TestNilClockMeansTimeNow: a Service without a clock uses time.Now.
func TestNilClockMeansTimeNow(t *testing.T) {
	svc, store, _ := newService(StatusDraft)
	svc.Now = nil
	before := time.Now()
	got, err := svc.Transition(context.Background(), Command{TenantID: "acme", CaseID: "case-1", Action: ActionSubmit, ActorID: "user-5"})
	after := time.Now()
	if err != nil {
		t.Fatalf("Transition with Now == nil: %v", err)
	}
	if got.UpdatedAt.Before(before) || got.UpdatedAt.After(after) {
		t.Errorf("with Now == nil, UpdatedAt = %s, want time.Now() (between %s and %s)", got.UpdatedAt, before, after)
	}
	if audit := store.AuditEvents(); len(audit) != 1 || !audit[0].At.Equal(got.UpdatedAt) {
		t.Errorf("audit events = %+v, want one with At %s", audit, got.UpdatedAt)
	}
}
