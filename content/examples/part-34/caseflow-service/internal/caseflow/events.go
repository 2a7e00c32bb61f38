package caseflow

import "time"

// ActionCreate is recorded in the audit trail when a case is opened. It is
// not a transition: no status leads to it.
const ActionCreate Action = "create"

// AuditEvent is one line of the case's permanent history: who did what,
// when, and which status it moved the case between. It is written in the
// same transaction as the change it describes.
type AuditEvent struct {
	TenantID string
	CaseID   string
	ActorID  string
	Action   Action
	From     Status
	To       Status
	Reason   string
	At       time.Time
}

// OutboxEvent announces a change to other systems. It is stored in the same
// transaction as the change and published later by the relay, so an event
// exists if and only if the change committed.
type OutboxEvent struct {
	ID          string
	Type        string // "case." + the new status, e.g. "case.approved"
	TenantID    string
	CaseID      string
	Status      Status
	CaseVersion int64
	OccurredAt  time.Time
}
