// Command untyped-constants shows what makes Go constants different from
// variables: untyped constants are exact, have no fixed size, and take the
// type their context asks for, falling back to a default type only when
// the context asks for none.
package main

import (
	"fmt"
	"math"
	"time"
)

// Untyped constants: exact values with a kind (integer, float, rune, ...)
// but no Go type yet.
const (
	huge    = 1 << 100 // far beyond any integer type: fine as a constant
	third   = 1.0 / 3  // exact rational arithmetic at compile time
	timeout = 5        // becomes whatever numeric type it is used as
)

// A typed constant has a type from the start, like a variable.
const typedTimeout int = 5

func main() {
	// Arithmetic on untyped constants is exact, whatever the size.
	fmt.Println("huge >> 98 =", huge>>98)
	fmt.Println("third*3 == 1:", third*3 == 1)

	// The same sums with float64 variables round at every step.
	a, b := 0.1, 0.2
	fmt.Println("constants 0.1+0.2 == 0.3:", 0.1+0.2 == 0.3)
	fmt.Println("variables 0.1+0.2 == 0.3:", a+b == 0.3)

	// With no type in context, a constant gets its kind's default type.
	i, f, r, c := 1, 1.0, 'x', 2i
	fmt.Printf("default types: %T %T %T %T\n", i, f, r, c)

	// With a type in context, the untyped constant simply becomes it.
	var d time.Duration = timeout * time.Second
	var ratio float64 = timeout
	var small uint8 = timeout
	fmt.Println("one constant, three types:", d, ratio, small)

	// The typed constant needs an explicit conversion; the compiler would
	// reject typedTimeout * time.Second (mismatched types int and Duration).
	fmt.Println("converted typed constant:", time.Duration(typedTimeout)*time.Second)

	// math.MaxUint64 is an untyped constant too big for int, the default
	// type, so it must be given a type that can hold it.
	fmt.Println("MaxUint64:", uint64(math.MaxUint64))
	fmt.Printf("math.Pi as float32: %.10f, as float64: %.10f\n", float32(math.Pi), math.Pi)
}
