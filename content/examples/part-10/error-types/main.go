// Command error-types defines errors that carry data, and extracts them from
// a wrapped chain with errors.As and the generic errors.AsType (Go 1.26).
package main

import (
	"errors"
	"fmt"
	"strconv"
)

// LimitError reports a request over a limit. Callers can read its fields.
type LimitError struct {
	Resource   string
	Limit, Got int
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%s: %d requested, limit is %d", e.Resource, e.Got, e.Limit)
}

// CodeError has a value receiver, so both CodeError and *CodeError are errors.
type CodeError struct{ Code int }

func (e CodeError) Error() string { return "code " + strconv.Itoa(e.Code) }

func reserve(seats int) error {
	if seats > 8 {
		return &LimitError{Resource: "seats", Limit: 8, Got: seats}
	}
	return nil
}

func main() {
	err := fmt.Errorf("book table for %d: %w", 12, reserve(12))
	fmt.Println(err)

	// errors.As: declare a variable of the type you want and pass its address.
	var le *LimitError
	if errors.As(err, &le) {
		fmt.Println("As found", le.Resource, "over by", le.Got-le.Limit)
	}

	// errors.AsType: the type is a type argument and the result is typed.
	if le, ok := errors.AsType[*LimitError](err); ok {
		fmt.Println("AsType found limit", le.Limit)
	}

	// A type assertion only looks at the outermost error.
	_, ok := err.(*LimitError)
	fmt.Println("type assertion on the wrapper:", ok)

	// The tree holds what was returned: a *CodeError is not a CodeError.
	err = fmt.Errorf("call: %w", &CodeError{Code: 7})
	_, asValue := errors.AsType[CodeError](err)
	_, asPointer := errors.AsType[*CodeError](err)
	fmt.Println("AsType[CodeError]:", asValue, "| AsType[*CodeError]:", asPointer)

	// The standard library's error types work the same way.
	_, err = strconv.Atoi("12a")
	if ne, ok := errors.AsType[*strconv.NumError](err); ok {
		fmt.Printf("NumError: Func=%s Num=%q Err=%v\n", ne.Func, ne.Num, ne.Err)
	}

	// Join drops nil interfaces, but a nil *LimitError is not a nil interface.
	var none *LimitError
	fmt.Println("Join(nil) == nil:", errors.Join(nil) == nil,
		"| Join(nil *LimitError) == nil:", errors.Join(none) == nil)
}
