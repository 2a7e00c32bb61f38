// Package signup validates sign-up requests and reports every invalid
// field at once, as typed errors that callers can extract.
package signup

import (
	"errors"
	"strings"
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

func (e *FieldError) Error() string { return e.Field + ": " + e.Rule }

// Validate checks every field and returns nil, or an error that wraps one
// *FieldError per invalid field, in the order of Request's fields.
func Validate(r Request) error {
	return errors.Join(
		checkEmail(r.Email),
		checkUsername(r.Username),
		checkAge(r.Age),
		checkPassword(r.Password),
	)
}

// Each check returns error, not *FieldError, so that "no problem" is a
// nil interface that errors.Join discards.
func checkEmail(s string) error {
	if s == "" {
		return &FieldError{Field: "email", Rule: "required"}
	}
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || domain == "" || strings.Contains(domain, "@") {
		return &FieldError{Field: "email", Rule: "format"}
	}
	return nil
}

func checkUsername(s string) error {
	switch {
	case s == "":
		return &FieldError{Field: "username", Rule: "required"}
	case len(s) < 3 || len(s) > 20:
		return &FieldError{Field: "username", Rule: "length"}
	}
	for _, c := range s {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return &FieldError{Field: "username", Rule: "charset"}
		}
	}
	return nil
}

func checkAge(n int) error {
	if n < 13 || n > 150 {
		return &FieldError{Field: "age", Rule: "range"}
	}
	return nil
}

func checkPassword(s string) error {
	if len(s) < 8 {
		return &FieldError{Field: "password", Rule: "length"}
	}
	return nil
}

// FieldErrors returns every *FieldError in err's tree, in the order
// errors.Is visits them, or nil if there are none.
func FieldErrors(err error) []*FieldError {
	var out []*FieldError
	var walk func(error)
	walk = func(err error) {
		if err == nil {
			return
		}
		if fe, ok := err.(*FieldError); ok {
			out = append(out, fe)
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			walk(x.Unwrap())
		case interface{ Unwrap() []error }:
			for _, child := range x.Unwrap() {
				walk(child)
			}
		}
	}
	walk(err)
	return out
}
