// Command custom-methods gives error types their own Unwrap, Is and As
// methods, so that errors.Is and errors.As understand them.
package main

import (
	"errors"
	"fmt"
)

// Categories that callers test for, whatever produced the error.
var (
	ErrNotFound    = errors.New("not found")
	ErrUnavailable = errors.New("unavailable")
)

// StatusError is a failed call to another service.
type StatusError struct {
	Service string
	Code    int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("%s: status %d", e.Service, e.Code)
}

// Is maps status codes onto categories. It compares shallowly and never
// unwraps: errors.Is does the walking.
func (e *StatusError) Is(target error) bool {
	switch target {
	case ErrNotFound:
		return e.Code == 404
	case ErrUnavailable:
		return e.Code == 502 || e.Code == 503 || e.Code == 504
	}
	return false
}

// QueryError adds the query to its cause and exposes the cause with Unwrap.
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

// legacyFault comes from an old client. Its As method lets callers treat it
// as a *StatusError without knowing the legacy type exists.
type legacyFault struct{ faultCode string }

func (f *legacyFault) Error() string { return "fault " + f.faultCode }

func (f *legacyFault) As(target any) bool {
	t, ok := target.(**StatusError)
	if !ok || f.faultCode != "Server.Busy" {
		return false
	}
	*t = &StatusError{Service: "legacy", Code: 503}
	return true
}

func main() {
	for _, err := range []error{
		&QueryError{Query: "user 42", Err: &StatusError{Service: "users", Code: 404}},
		fmt.Errorf("refresh: %w", &StatusError{Service: "billing", Code: 503}),
		fmt.Errorf("sync: %w", &legacyFault{faultCode: "Server.Busy"}),
	} {
		fmt.Println(err)
		fmt.Println("  Is NotFound:", errors.Is(err, ErrNotFound),
			"| Is Unavailable:", errors.Is(err, ErrUnavailable))
		if se, ok := errors.AsType[*StatusError](err); ok {
			fmt.Println("  as *StatusError:", se.Code, "| its Is(ErrUnavailable):", se.Is(ErrUnavailable))
		}
	}
}
