// Command functions-as-values shows multiple results, variadic parameters,
// function types, and closures that capture variables.
package main

import (
	"fmt"
	"strings"
)

// divmod returns two results; callers receive both or discard one with _.
func divmod(a, b int) (int, int) {
	return a / b, a % b
}

// sum is variadic: inside it, nums is a []int.
func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

// zeroFirst shows that s... passes the caller's slice itself, not a copy.
func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

// transform is a function type; any func(string) string is one.
type transform func(string) string

// pipeline returns a new function that applies steps in order.
func pipeline(steps ...transform) transform {
	return func(s string) string {
		for _, step := range steps {
			s = step(s)
		}
		return s
	}
}

// counter returns a closure. Each call to counter creates a new n, and
// the returned function keeps it alive between calls.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println("divmod(17, 5):", q, r)
	_, r = divmod(9, 4)
	fmt.Println("only the remainder of 9/4:", r)

	fmt.Println("sum():", sum(), "sum(1, 2, 3):", sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println("sum(nums...):", sum(nums...))
	zeroFirst(nums...)
	fmt.Println("after zeroFirst(nums...):", nums)

	shout := pipeline(strings.TrimSpace, strings.ToUpper, func(s string) string {
		return s + "!"
	})
	fmt.Printf("%q\n", shout("  hello, gopher "))

	var missing transform
	fmt.Println("zero value of a func type is nil:", missing == nil)

	a, b := counter(), counter()
	fmt.Println("a:", a(), a(), a(), "b:", b())

	// A closure captures the variable, not its value at creation time.
	greeting := "hello"
	say := func() string { return greeting }
	greeting = "goodbye"
	fmt.Println("closure sees:", say())
}
