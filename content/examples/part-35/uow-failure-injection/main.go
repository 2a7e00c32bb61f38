// Command uow-failure-injection fails a submit at every step, once for each
// design, and prints what survived. The designs differ only in where the
// commit sits.
package main

import (
	"cmp"
	"fmt"
)

// db is the committed state of one case, plus the step that will fail.
type db struct {
	status        string
	audit, outbox int
	failAt        string
}

// submit runs the steps in order. Writes are staged and reach d only at a
// "commit"; returning early drops what is staged, which is the rollback.
func submit(d *db, steps []string) error {
	staged := *d
	for _, step := range steps {
		if step == d.failAt {
			return fmt.Errorf("%s: injected failure", step)
		}
		switch step {
		case "transition":
			if staged.status != "draft" {
				return fmt.Errorf("invalid transition: %s -> submitted", staged.status)
			}
		case "save":
			staged.status = "submitted"
		case "audit":
			staged.audit++
		case "outbox":
			staged.outbox++
		case "commit":
			*d = staged
		}
	}
	return nil
}

func main() {
	designs := []struct {
		name  string
		steps []string
	}{
		{"one unit of work", []string{"load", "transition", "save", "audit", "outbox", "commit"}},
		{"audit after commit", []string{"load", "transition", "save", "commit", "audit", "outbox", "commit"}},
	}
	for _, design := range designs {
		fmt.Println(design.name)
		for _, failAt := range []string{"", "load", "save", "audit", "outbox", "commit"} {
			d := &db{status: "draft", failAt: failAt}
			err := submit(d, design.steps)
			verdict := "ok"
			if err != nil && d.status != "draft" {
				verdict = "PARTIAL WRITE, reported as: " + err.Error()
			} else if err != nil {
				verdict = "clean failure: " + err.Error()
			}
			fmt.Printf("  fail %-6s -> %-9s audit=%d outbox=%d  %s\n",
				cmp.Or(failAt, "none"), d.status, d.audit, d.outbox, verdict)
		}
	}
}
