// Command classify sorts errors by what they can do, not by their types.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
)

var ErrInsufficientFunds = errors.New("payments: insufficient funds") // domain

// throttled, from some client package, says it is worth retrying.
type throttled struct{ service string }

func (e *throttled) Error() string   { return e.service + ": rate limited" }
func (e *throttled) Retryable() bool { return true }

// Behaviours, declared where they are consumed.
type retryer interface {
	error
	Retryable() bool
}

type timeouter interface {
	error
	Timeout() bool
}

func classify(err error) string {
	switch {
	case errors.Is(err, ErrInsufficientFunds):
		return "domain: tell the client, never retry"
	case errors.Is(err, context.Canceled):
		return "canceled: the caller gave up, stop quietly"
	}
	if r, ok := errors.AsType[retryer](err); ok && r.Retryable() {
		return "infrastructure: retry with backoff"
	}
	if t, ok := errors.AsType[timeouter](err); ok && t.Timeout() {
		return "infrastructure: timed out, retry if time remains"
	}
	return "infrastructure: fail, log the cause"
}

func main() {
	for _, err := range []error{
		fmt.Errorf("charge 7: %w", ErrInsufficientFunds),
		fmt.Errorf("charge 8: %w", &throttled{service: "psp"}),
		fmt.Errorf("charge 9: %w", context.DeadlineExceeded),
		fmt.Errorf("charge 10: %w", &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded}),
		fmt.Errorf("charge 11: %w", context.Canceled),
		errors.New("charge 12: ledger schema mismatch"),
		errors.Join(fmt.Errorf("charge 13: %w", ErrInsufficientFunds), &throttled{service: "fraud-check"}),
	} {
		fmt.Printf("%q\n  -> %s\n", err, classify(err))
	}
}
