// Command slice-header shows that a slice is a small header (pointer,
// length, capacity) describing part of an array, and that slicing or
// passing a slice copies the header, never the array.
package main

import (
	"fmt"
	"unsafe"
)

func show(name string, s []int) {
	fmt.Printf("%-5s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

// appendInside appends to its own copy of the header. The caller's length
// does not change, but the element lands in the shared array.
func appendInside(s []int) {
	s = append(s, 7)
	s[0] = -1
}

func main() {
	// make allocates an array of 6 ints and returns a header for the first 4.
	s := make([]int, 4, 6)
	for i := range s {
		s[i] = i * 10
	}
	show("s", s)
	fmt.Println("header size:", unsafe.Sizeof(s), "bytes")

	// t starts at element 1 of the same array. Its capacity runs to the
	// end of that array, not to the end of s.
	t := s[1:3]
	show("t", t)

	// Writing through t writes the shared array, so s sees it.
	t[0] = 99
	show("s", s)
	fmt.Println("same element:", &s[1] == &t[0])

	// A slice can be re-sliced up to its capacity, revealing elements
	// beyond its length.
	u := t[:cap(t)]
	show("u", u)

	// The callee's append fit in the capacity: s[0] changed, and the new
	// element is in the array, but s still has length 4.
	appendInside(s)
	show("s", s)
	show("s[:5]", s[:5])
}
