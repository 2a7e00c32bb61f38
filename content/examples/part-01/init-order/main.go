// Command init-order shows what Go does to a package before main runs:
// package-level variables first, in dependency order, then init functions
// in the order they appear.
package main

import "fmt"

// trace prints a label when it is evaluated, so the output reveals the
// order in which package-level variables are initialised.
func trace(label string, v int) int {
	fmt.Println("var", label, "=", v)
	return v
}

// total is declared first, but it depends on base and bonus, so Go
// initialises both of them before it.
var total = trace("total", base+bonus)

var base = trace("base", 40)

var bonus = trace("bonus", 2)

func init() {
	fmt.Println("first init sees total =", total)
}

func init() {
	fmt.Println("second init runs next")
}

func main() {
	fmt.Println("main starts")
}
