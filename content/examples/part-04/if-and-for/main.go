// Command if-and-for shows Go's two basic control statements: if with an
// init statement, and the four shapes of its only loop, for.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	// if can run a short statement first; n and err exist only inside
	// the if and its else branches.
	for _, in := range []string{"42", "4x2"} {
		if n, err := strconv.Atoi(in); err != nil {
			fmt.Println("not a number:", in)
		} else {
			fmt.Println("doubled:", n*2)
		}
	}

	// 1. The three-clause loop.
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println("<- three clauses")

	// 2. A condition only: Go's while loop.
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz(27) reaches 1 after", steps, "steps")

	// 3. No condition at all: loop until break or return.
	tries := 0
	for {
		tries++
		if tries == 3 {
			break
		}
	}
	fmt.Println("infinite loop left after", tries, "tries")

	// 4. range: over an integer (Go 1.22+), a slice, a map, a string,
	// a channel or an iterator function.
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println("<- range over an int")
	for i, lang := range []string{"go", "c", "zig"} {
		fmt.Print(i, "=", lang, " ")
	}
	fmt.Println("<- range over a slice")

	// Since Go 1.22 each iteration has its own i, so every closure
	// remembers a different value.
	var prints []func()
	for i := range 3 {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println("<- closures made in a loop")
}
