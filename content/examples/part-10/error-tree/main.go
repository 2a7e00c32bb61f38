// Command error-tree builds chains and trees of errors with %w and
// errors.Join, and walks them the way errors.Is and errors.As do.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrTimeout = errors.New("timeout")
	ErrAuth    = errors.New("auth rejected")
)

func main() {
	one := fmt.Errorf("fetch profile: %w", ErrTimeout)
	fmt.Println("1:", errors.Unwrap(one) == ErrTimeout)

	// Since Go 1.20 one Errorf may wrap several errors.
	two := fmt.Errorf("sync: %w; cleanup: %w", ErrTimeout, ErrAuth)
	fmt.Println("2:", two)
	fmt.Println("3:", errors.Is(two, ErrTimeout), errors.Is(two, ErrAuth))
	fmt.Println("4:", errors.Unwrap(two)) // Unwrap follows only Unwrap() error

	// errors.Join wraps a list, drops nils, and puts a newline between messages.
	joined := errors.Join(ErrTimeout, nil, fmt.Errorf("replica 2: %w", ErrAuth))
	fmt.Printf("5: %q\n", joined.Error())
	fmt.Println("6:", errors.Join(nil, nil) == nil)

	// %v copies the text and ends the chain.
	flat := fmt.Errorf("sync: %v", ErrTimeout)
	fmt.Println("7:", flat, errors.Is(flat, ErrTimeout))

	// Wrapping a nil error does not give a nil error.
	var err error
	wrapped := fmt.Errorf("load: %w", err)
	fmt.Println("8:", wrapped != nil, wrapped)

	fmt.Println("tree:")
	walk(fmt.Errorf("deploy: %w", joined), 1)
}

// walk prints the tree in the order errors.Is and errors.As visit it:
// the error itself, then each child, depth first.
func walk(err error, depth int) {
	if err == nil {
		return
	}
	fmt.Printf("%s%T %q\n", strings.Repeat("  ", depth), err, err.Error())
	switch x := err.(type) {
	case interface{ Unwrap() error }:
		walk(x.Unwrap(), depth+1)
	case interface{ Unwrap() []error }:
		for _, child := range x.Unwrap() {
			walk(child, depth+1)
		}
	}
}
