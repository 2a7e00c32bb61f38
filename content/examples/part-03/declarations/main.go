// Command declarations shows the ways Go introduces a name, and the one
// rule that makes := more than shorthand: it must declare at least one
// new variable, and it reuses the others.
package main

import (
	"fmt"
	"strconv"
)

// Package-level names need var (or const, type, func); := is only legal
// inside a function.
var greeting = "hello"

var (
	retries int     = 3
	ratio   float64 // zero: 0
)

func main() {
	// Four ways to declare a local variable.
	var a int         // type, zero value
	var b int = 10    // type and value
	var c = 10        // value; type inferred as int
	d := 10           // short declaration, same as var d = 10
	e, f := "go", 1.5 // several at once, each with its own type
	fmt.Println(a, b, c, d, e, f, greeting, retries, ratio)

	// Assignment is simultaneous: the right side is evaluated first.
	x, y := 1, 2
	x, y = y, x
	fmt.Println("swapped:", x, y)

	// := needs at least one new name on the left. Here n is new and err is
	// reused: the second line assigns to the err declared on the first.
	n, err := strconv.Atoi("42")
	fmt.Println(n, err)
	m, err := strconv.Atoi("4x2")
	fmt.Println(m, err)

	// The blank identifier discards a value you must receive but do not need.
	_, err = strconv.Atoi("7")
	fmt.Println("err after discarding the number:", err)

	// Inferred types are fixed at compile time.
	fmt.Printf("%T %T %T\n", c, e, f)
}
