// Command error-types finds errors that carry data with errors.As and AsType.
package main

import (
	"errors"
	"fmt"
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

func (e CodeError) Error() string { return fmt.Sprint("code ", e.Code) }

func main() {
	err := fmt.Errorf("book table: %w", &LimitError{Resource: "seats", Limit: 8, Got: 12})
	fmt.Println(err)

	var le *LimitError // errors.As: pass the address of a variable
	if errors.As(err, &le) {
		fmt.Println("As found", le.Resource, "over by", le.Got-le.Limit)
	}
	if le, ok := errors.AsType[*LimitError](err); ok { // typed result
		fmt.Println("AsType found limit", le.Limit)
	}
	_, ok := err.(*LimitError) // sees only the outermost error
	fmt.Println("type assertion on the wrapper:", ok)

	// The tree holds what was returned: a *CodeError is not a CodeError.
	err = fmt.Errorf("call: %w", &CodeError{Code: 7})
	_, asValue := errors.AsType[CodeError](err)
	_, asPointer := errors.AsType[*CodeError](err)
	fmt.Println("AsType[CodeError]:", asValue, "| AsType[*CodeError]:", asPointer)

	// Join drops nil interfaces, but a nil *LimitError is not a nil interface.
	var none *LimitError
	fmt.Println("Join(nil) == nil:", errors.Join(nil) == nil,
		"| Join(nil *LimitError) == nil:", errors.Join(none) == nil)
}
