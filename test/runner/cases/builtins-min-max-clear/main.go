package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(-1, -0.5))
	fmt.Println(min("banana", "apple", "cherry"), max("a", "B"))
	x, y := 7, 9
	fmt.Println(min(x, y, 8), max(x, 0))
	fmt.Println(min(math.NaN(), 1), max(math.Inf(-1), 0))

	const c = min(10, 20) // constant if all arguments are constant
	var arr [c]int
	fmt.Println(len(arr))

	s := []int{1, 2, 3}
	clear(s) // zeroes elements, keeps length
	fmt.Println(s, len(s))

	m := map[string]int{"a": 1, "b": 2}
	clear(m) // removes all entries
	fmt.Println(m, len(m))

	// Other builtins.
	sl := make([]string, 2, 5)
	fmt.Println(len(sl), cap(sl))
	p := new(int)
	*p = 42
	fmt.Println(*p)
	z := complex(1, 2)
	fmt.Println(real(z), imag(z), z*z)
	type T struct{ n int }
	t := new(T)
	t.n = 5
	fmt.Println(*t)
}
