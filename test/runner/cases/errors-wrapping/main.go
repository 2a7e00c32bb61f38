package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

// QueryError carries the query that failed and wraps the cause.
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

// TempError reports whether it is temporary via a method.
type TempError struct{ Code int }

func (e TempError) Error() string   { return fmt.Sprintf("temporary failure %d", e.Code) }
func (e TempError) Temporary() bool { return true }

func find(q string) error {
	if q == "" {
		return &QueryError{Query: q, Err: ErrNotFound}
	}
	return nil
}

func main() {
	err := find("")
	wrapped := fmt.Errorf("load user: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), wrapped == ErrNotFound)

	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Printf("query was %q\n", qe.Query)
	}
	fmt.Println(errors.Unwrap(wrapped) == err)

	// %v does not wrap.
	flat := fmt.Errorf("flat: %v", err)
	fmt.Println(errors.Is(flat, ErrNotFound), errors.Unwrap(flat) == nil)

	// Several %w wrap every operand.
	both := fmt.Errorf("%w; %w", ErrNotFound, TempError{503})
	var te TempError
	fmt.Println(errors.Is(both, ErrNotFound), errors.As(both, &te), te.Code)

	joined := errors.Join(ErrNotFound, nil, TempError{429})
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound))
	fmt.Println(errors.Join(nil, nil) == nil)

	// Interface-based check.
	var temp interface{ Temporary() bool }
	fmt.Println(errors.As(fmt.Errorf("ctx: %w", TempError{1}), &temp), temp.Temporary())

	// Standard library errors.
	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	_, err = strconv.Atoi("12x")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
}
