// Package signup validates sign-up requests and reports every invalid
// field at once, as typed errors that callers can extract.
package signup

import (
	"errors"
)

// ErrInvalid matches every error returned by Validate.
var ErrInvalid = errors.New("signup: invalid request")

// Request is a decoded sign-up form.
type Request struct {
	Email    string
	Username string
	Age      int
	Password string
}

// FieldError reports one invalid field.
type FieldError struct {
	Field string // the field's JSON name, e.g. "email"
	Rule  string // the rule it broke, e.g. "required"
}

func (e *FieldError) Error() string {
	// TODO: "<field>: <rule>"
	return ""
}

// Is makes every FieldError match ErrInvalid.
func (e *FieldError) Is(target error) bool {
	// TODO
	return false
}

// Validate checks every field and returns nil, or an error that wraps one
// *FieldError per invalid field, in the order of Request's fields.
func Validate(r Request) error {
	// TODO: check all four fields; report every problem, not just the first.
	return nil
}

// FieldErrors returns every *FieldError in err's tree, in the order
// errors.Is visits them, or nil if there are none.
func FieldErrors(err error) []*FieldError {
	// TODO: walk Unwrap() error and Unwrap() []error.
	return nil
}
