// Command interface-values shows the two halves of an interface value, a
// dynamic type and a value, and how == compares both.
package main

import (
	"fmt"
	"io"
	"strings"
)

type celsius float64
type fahrenheit float64

// equal compares two interface values and reports a panic instead of
// crashing, because some comparisons only fail at run time.
func equal(a, b any) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(a == b)
}

func main() {
	// The zero interface has no dynamic type and no value.
	var r io.Reader
	fmt.Printf("zero: type %T, value %v, == nil %t\n", r, r, r == nil)

	// Assigning a concrete value fills in both halves.
	r = strings.NewReader("hello")
	fmt.Printf("after assignment: type %T, == nil %t\n", r, r == nil)

	// == is true only when the dynamic types and the values are equal.
	fmt.Println("same type, same value: ", equal(celsius(20), celsius(20)))
	fmt.Println("other type, same bits: ", equal(celsius(20), fahrenheit(20)))
	fmt.Println("20 and 20.0 as any:    ", equal(20, 20.0))

	// The compiler cannot check a comparison whose types are only known at
	// run time: two slices in interfaces compile, then panic when compared.
	fmt.Println("two []int{1} as any:   ", equal([]int{1}, []int{1}))
}
