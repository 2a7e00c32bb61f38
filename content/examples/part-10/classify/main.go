// Command classify sorts errors into classes by what they can do, not by
// their concrete types, so that it works across packages and through wrapping.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
)

// A domain error: the request cannot succeed as it stands.
var ErrInsufficientFunds = errors.New("payments: insufficient funds")

// throttled comes from some client package. It says it is worth retrying;
// nobody needs to import its package to find that out.
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
	netTimeout := &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded}
	for _, err := range []error{
		fmt.Errorf("charge order 7: %w", ErrInsufficientFunds),
		fmt.Errorf("charge order 8: %w", &throttled{service: "psp"}),
		fmt.Errorf("charge order 9: %w", context.DeadlineExceeded),
		fmt.Errorf("charge order 10: %w", netTimeout),
		fmt.Errorf("charge order 11: %w", context.Canceled),
		errors.New("charge order 12: ledger schema mismatch"),
		errors.Join(fmt.Errorf("order 13: %w", ErrInsufficientFunds),
			&throttled{service: "fraud-check"}),
	} {
		fmt.Printf("%q\n  -> %s\n", err.Error(), classify(err))
	}
}
