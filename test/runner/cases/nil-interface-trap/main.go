package main

import (
	"errors"
	"fmt"
)

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid " + e.Field }

// validateBad returns a typed nil pointer inside a non-nil error interface.
func validateBad(ok bool) error {
	var err *ValidationError
	if !ok {
		err = &ValidationError{Field: "name"}
	}
	return err
}

// validateGood returns a literal nil when there is no error.
func validateGood(ok bool) error {
	if !ok {
		return &ValidationError{Field: "name"}
	}
	return nil
}

func main() {
	err := validateBad(true)
	fmt.Println("bad: err == nil?", err == nil)
	fmt.Printf("bad: %T %v\n", err, err == (*ValidationError)(nil))

	err = validateGood(true)
	fmt.Println("good: err == nil?", err == nil)

	err = validateGood(false)
	var ve *ValidationError
	fmt.Println("errors.As:", errors.As(err, &ve), ve.Field)

	var p *ValidationError
	var i any = p
	fmt.Println("interface holding nil pointer is nil?", i == nil)
	fmt.Printf("%v %T\n", i, i)

	// Calling a method on a nil pointer is fine if the method does not dereference.
	var s *Stack
	fmt.Println("len of nil stack:", s.Len())
}

type Stack struct{ items []int }

func (s *Stack) Len() int {
	if s == nil {
		return 0
	}
	return len(s.items)
}
