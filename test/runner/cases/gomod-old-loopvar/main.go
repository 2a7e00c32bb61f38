package main

import "fmt"

// With `go 1.21` in go.mod the loop variable is shared by all iterations:
// the pre-1.22 semantics that Go 1.22 fixed.
func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i })
	}
	for _, f := range funcs {
		fmt.Print(f(), ";")
	}
	fmt.Println()

	var ptrs []*int
	for _, v := range []int{10, 20, 30} {
		ptrs = append(ptrs, &v)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])
}
