// Command state-machine walks every (status, action) pair of the caseflow
// state machine, then shows that a refused transition leaves the case
// untouched. The statuses and actions it loops over are in pairs.go.
package main

import (
	"errors"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"gomastery/examples/part-34/state-machine/internal/caseflow"
)

func main() {
	t0 := time.Date(2030, 1, 2, 9, 0, 0, 0, time.UTC)
	now := t0.Add(time.Hour)

	// Every pair: the new status, or "-" for ErrInvalidTransition.
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "from \\ action")
	for _, a := range actions {
		fmt.Fprintf(tw, "\t%s", a.name)
	}
	fmt.Fprintln(tw)
	for _, from := range statuses {
		fmt.Fprint(tw, from)
		for _, a := range actions {
			c := &caseflow.Case{ID: "c-1", TenantID: "t-1", Status: from, Version: 3, UpdatedAt: t0}
			cell := "-"
			if err := a.apply(c, now); err == nil {
				cell = string(c.Status)
			} else if !errors.Is(err, caseflow.ErrInvalidTransition) {
				cell = "unexpected: " + err.Error()
			}
			fmt.Fprintf(tw, "\t%s", cell)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()

	// A refused transition changes nothing, and the sentinel survives wrapping.
	c := &caseflow.Case{ID: "c-1", TenantID: "t-1", Status: caseflow.StatusSubmitted, Version: 2, UpdatedAt: t0}
	before := *c
	err := c.StartReview("", now)
	fmt.Printf("\nStartReview(\"\"): %v; unchanged: %t\n", err, *c == before)
	err = fmt.Errorf("approve case c-1: %w", c.Approve(now))
	fmt.Printf("%v; errors.Is: %t\n", err, errors.Is(err, caseflow.ErrInvalidTransition))
	_, err = caseflow.NewCase("c-2", "", t0)
	fmt.Println("NewCase without a tenant:", err)
}
