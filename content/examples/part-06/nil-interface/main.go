// Command nil-interface shows the nil-interface trap: an error interface
// that holds a nil *ValidationError is not a nil error.
package main

import "fmt"

// ValidationError reports which field failed validation.
type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid " + e.Field }

// checkName returns a concrete pointer type: nil means "no problem".
func checkName(name string) *ValidationError {
	if name == "" {
		return &ValidationError{Field: "name"}
	}
	return nil
}

// validateBuggy converts the nil pointer into an error on the way out.
func validateBuggy(name string) error {
	return checkName(name) // error{type: *ValidationError, value: nil}
}

// validate returns a literal nil when there is nothing to report.
func validate(name string) error {
	if err := checkName(name); err != nil {
		return err
	}
	return nil
}

func main() {
	err := validateBuggy("Ada")
	fmt.Printf("buggy: err == nil is %t; dynamic type %T, value %v\n", err == nil, err, err)
	if err != nil {
		fmt.Println("buggy: the caller treats valid input as a failure")
	}

	err = validate("Ada")
	fmt.Printf("fixed: err == nil is %t; dynamic type %T\n", err == nil, err)

	err = validate("")
	fmt.Printf("real failure: %v\n", err)

	// An interface is nil only when both its type and its value are unset.
	var p *ValidationError
	var e error = p
	fmt.Println("p == nil:", p == nil, "| e == nil:", e == nil, "| e == error(p):", e == error(p))
}
