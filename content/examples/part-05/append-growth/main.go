// Command append-growth prints the capacities append chooses as a slice
// grows. The exact numbers are an implementation detail of the Go version,
// and even of where the compiler decides to put the array.
package main

import "fmt"

// kept is a package-level slice, so its array always lives on the heap.
var kept []int

// distinct appends the capacity c to caps unless it is already the last one.
func distinct(caps []int, c int) []int {
	if len(caps) == 0 || caps[len(caps)-1] != c {
		caps = append(caps, c)
	}
	return caps
}

func main() {
	var heapCaps []int
	for i := range 2000 {
		kept = append(kept, i)
		heapCaps = distinct(heapCaps, cap(kept))
	}
	fmt.Println("heap slice: ", heapCaps)

	// This slice never leaves main, so Go 1.26 can start it in a small
	// buffer on the stack, and the sequence begins differently.
	var local, localCaps []int
	for i := range 2000 {
		local = append(local, i)
		localCaps = distinct(localCaps, cap(local))
	}
	fmt.Println("local slice:", localCaps)

	// Each step is a new array: append copied the old elements into it.
	// When the final size is known, allocate once and skip all of that.
	s := make([]int, 0, 2000)
	before := cap(s)
	for i := range 2000 {
		s = append(s, i)
	}
	fmt.Println("preallocated: cap before", before, "and after", cap(s))
}
