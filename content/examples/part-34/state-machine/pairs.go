// This file lists the statuses and the actions that main.go combines into
// every (status, action) pair.

package main

import (
	"time"

	"gomastery/examples/part-34/state-machine/internal/caseflow"
)

var statuses = []caseflow.Status{
	caseflow.StatusDraft, caseflow.StatusSubmitted, caseflow.StatusUnderReview,
	caseflow.StatusApproved, caseflow.StatusRejected, caseflow.StatusClosed,
}

// actions applies each action by name, so the table can loop over them.
var actions = []struct {
	name  caseflow.Action
	apply func(*caseflow.Case, time.Time) error
}{
	{caseflow.ActionSubmit, (*caseflow.Case).Submit},
	{caseflow.ActionStartReview, func(c *caseflow.Case, now time.Time) error { return c.StartReview("rev-7", now) }},
	{caseflow.ActionApprove, (*caseflow.Case).Approve},
	{caseflow.ActionReject, (*caseflow.Case).Reject},
	{caseflow.ActionClose, (*caseflow.Case).Close},
}
