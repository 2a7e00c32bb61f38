// Command custom-methods gives error types Unwrap and Is methods.
package main

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound    = errors.New("not found")
	ErrUnavailable = errors.New("unavailable")
)

// StatusError is a failed call to another service.
type StatusError struct {
	Service string
	Code    int
}

func (e *StatusError) Error() string { return fmt.Sprintf("%s: status %d", e.Service, e.Code) }

// Is maps codes onto categories. It compares shallowly and never unwraps.
func (e *StatusError) Is(target error) bool {
	switch target {
	case ErrNotFound:
		return e.Code == 404
	case ErrUnavailable:
		return e.Code == 502 || e.Code == 503 || e.Code == 504
	}
	return false
}

// QueryError adds the query to its cause, and exposes the cause.
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func main() {
	for _, err := range []error{
		&QueryError{Query: "user 42", Err: &StatusError{Service: "users", Code: 404}},
		fmt.Errorf("refresh: %w", &StatusError{Service: "billing", Code: 503}),
		&QueryError{Query: "plan 7", Err: errors.New("connection reset")},
	} {
		se, isStatus := errors.AsType[*StatusError](err)
		fmt.Printf("%v\n  NotFound: %t, Unavailable: %t, *StatusError: %t %v\n", err,
			errors.Is(err, ErrNotFound), errors.Is(err, ErrUnavailable), isStatus, se)
	}
}
