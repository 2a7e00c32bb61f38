// Command transition-table checks the state machine in case.go against its
// specification: every (status, action) pair, not just the happy path.
// Every invalid pair must return ErrInvalidTransition and change nothing.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"
)

var (
	statuses = []Status{StatusDraft, StatusSubmitted, StatusUnderReview,
		StatusApproved, StatusRejected, StatusClosed}
	actions = []string{"submit", "start_review", "approve", "reject", "close"}
)

// want is the specification: the only valid pairs and where they lead.
var want = map[Status]map[string]Status{
	StatusDraft:       {"submit": StatusSubmitted},
	StatusSubmitted:   {"start_review": StatusUnderReview},
	StatusUnderReview: {"approve": StatusApproved, "reject": StatusRejected},
	StatusApproved:    {"close": StatusClosed},
	StatusRejected:    {"close": StatusClosed},
}

func main() {
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	fmt.Fprint(tw, "from\\action\t", strings.Join(actions, "\t"), "\n")
	var findings []string
	for _, from := range statuses {
		fmt.Fprint(tw, from)
		for _, action := range actions {
			before := Case{ID: "c-1", TenantID: "t-1", Status: from, Version: 3}
			c := before
			err := apply(&c, action, now)
			to, valid := want[from][action]
			cell := "-"
			switch {
			case valid && err == nil && c.Status == to && c.Version == 4 && c.UpdatedAt.Equal(now):
				cell = string(to)
			// A valid pair that misbehaved, or an invalid pair that did not
			// return the sentinel or left a trace, is a finding.
			case valid || !errors.Is(err, ErrInvalidTransition) || c != before:
				cell = "BUG"
				findings = append(findings, fmt.Sprintf("%s --%s--> got %s, err %v", from, action, c.Status, err))
			}
			fmt.Fprint(tw, "\t", cell)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Printf("pairs checked: %d, findings: %v\n", len(statuses)*len(actions), findings)
}
