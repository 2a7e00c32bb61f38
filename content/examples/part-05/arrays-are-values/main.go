// Command arrays-are-values shows that a Go array is a value: its length is
// part of its type, and assigning or passing it copies every element.
package main

import "fmt"

// bump receives its own copy of the whole array.
func bump(a [3]int) [3]int {
	a[0]++
	return a
}

func main() {
	a := [3]int{1, 2, 3}
	b := a // copies all three elements
	b[0] = 100
	fmt.Println("a:", a, "b:", b)

	c := bump(a)
	fmt.Println("after bump(a):", a, "returned:", c)

	// The length is part of the type: [3]int and [4]int are different types.
	var four [4]int
	fmt.Printf("%T and %T, len %d and %d\n", a, four, len(a), len(four))

	// [...] lets the compiler count the elements.
	days := [...]string{"mon", "tue", "wed"}
	fmt.Printf("days is a %T\n", days)

	// Arrays of comparable elements are comparable, so they can be map keys.
	fmt.Println("a == [3]int{1, 2, 3}:", a == [3]int{1, 2, 3})
	visits := map[[2]int]int{}
	visits[[2]int{0, 1}]++
	visits[[2]int{0, 1}]++
	fmt.Println("visits to cell (0,1):", visits[[2]int{0, 1}])
}
