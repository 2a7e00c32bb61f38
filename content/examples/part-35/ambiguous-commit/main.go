// Command ambiguous-commit shows why a failed COMMIT is an unknown outcome,
// not a failure, and how an operation record written in the same
// transaction lets a retry discover what really happened.
package main

import (
	"errors"
	"fmt"
)

var ErrInvalidTransition = errors.New("caseflow: invalid transition")

// db commits, then loses the connection once before the acknowledgement
// arrives: the data is durable, but the caller sees an error.
type db struct {
	status     string
	operations map[string]string // idempotency key -> committed result
	dropAck    bool
}

// submit runs one transaction. With useKey, it first looks the key up and
// records the result under the key in the same transaction as the change.
func (d *db) submit(key string, useKey bool) (string, error) {
	if r, ok := d.operations[key]; ok && useKey {
		return r, nil // an earlier attempt committed: replay its result
	}
	if d.status != "draft" {
		return "", fmt.Errorf("%w: %s -> submitted", ErrInvalidTransition, d.status)
	}
	d.status = "submitted" // commit: the change and the key together
	if useKey {
		d.operations[key] = d.status
	}
	if d.dropAck {
		d.dropAck = false
		return "", errors.New("commit: connection reset by peer")
	}
	return d.status, nil
}

func main() {
	for _, useKey := range []bool{false, true} {
		d := &db{status: "draft", operations: map[string]string{}, dropAck: true}
		fmt.Printf("operation record in the transaction: %t\n", useKey)
		for attempt := 1; attempt <= 2; attempt++ { // the client retries with the same key
			r, err := d.submit("key-42", useKey)
			switch {
			case err == nil:
				fmt.Printf("  attempt %d: 200 %s\n", attempt, r)
			case errors.Is(err, ErrInvalidTransition):
				fmt.Printf("  attempt %d: 409 invalid_transition (%v)\n", attempt, err)
			default:
				fmt.Printf("  attempt %d: 500 internal_error (logged: %v)\n", attempt, err)
			}
		}
		fmt.Printf("  stored: %s\n", d.status)
	}
}
