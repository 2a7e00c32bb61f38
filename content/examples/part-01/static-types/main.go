// Command static-types shows that := fixes a type once, at compile time,
// that an interface still knows the concrete type it holds, and that the
// garbage collector makes returning the address of a local variable safe.
package main

import "fmt"

// newCounter returns the address of its local variable n. In C that would
// be a dangling pointer; in Go, n lives as long as anything refers to it.
func newCounter() *int {
	n := 0
	return &n
}

func main() {
	n := 3    // inferred once, fixed for the rest of n's life
	x := 3.0  // a different literal, a different type
	r := 'G'  // a rune literal
	s := "go" // a string
	fmt.Printf("%T %T %T %T\n", n, x, r, s)

	var big int64 = 1 << 40
	var small int32 = 7
	// big + small does not compile (mismatched types int64 and int32):
	// the conversion has to be written out.
	fmt.Println(big + int64(small))

	// An interface holds a value together with its concrete type.
	var v any = n
	fmt.Printf("%T %v\n", v, v)
	v = s
	fmt.Printf("%T %v\n", v, v)

	// Each call creates a new variable that outlives the call.
	c := newCounter()
	*c += 2
	d := newCounter()
	fmt.Println(*c, *d, c == d)
}
