// Command error-tree builds error trees with %w and errors.Join, and walks them.
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

	two := fmt.Errorf("sync: %w; cleanup: %w", ErrTimeout, ErrAuth) // Go 1.20
	fmt.Println("2:", two)
	fmt.Println("3:", errors.Is(two, ErrTimeout), errors.Is(two, ErrAuth))
	fmt.Println("4:", errors.Unwrap(two))

	joined := errors.Join(ErrTimeout, nil, fmt.Errorf("replica 2: %w", ErrAuth))
	fmt.Printf("5: %q\n", joined.Error())
	fmt.Println("6:", errors.Join(nil, nil) == nil)

	flat := fmt.Errorf("sync: %v", ErrTimeout)
	fmt.Println("7:", flat, errors.Is(flat, ErrTimeout))

	var err error
	wrapped := fmt.Errorf("load: %w", err)
	fmt.Println("8:", wrapped != nil, wrapped)

	fmt.Println("tree:")
	walk(fmt.Errorf("deploy: %w", joined), 1)
}

// walk prints the error, then each child, depth first.
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
