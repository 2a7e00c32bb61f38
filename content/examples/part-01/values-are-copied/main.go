// Command values-are-copied shows what Go copies on assignment, on a call
// and in a range loop, and what those copies still share.
package main

import "fmt"

type point struct{ X, Y int }

// moveRight receives its own copy of the point.
func moveRight(p point) { p.X++ }

// moveRightPtr receives a copy of an address, which still leads to the
// caller's point.
func moveRightPtr(p *point) { p.X++ }

func main() {
	// Assignment copies the whole struct.
	a := point{1, 2}
	b := a
	b.X = 100
	fmt.Println("assignment:", a, b)

	// Arguments are copies too.
	moveRight(a)
	fmt.Println("after moveRight(a):", a)
	moveRightPtr(&a)
	fmt.Println("after moveRightPtr(&a):", a)

	// The range variable is a copy of each element.
	pts := []point{{1, 1}, {2, 2}}
	for _, p := range pts {
		p.X = 0
	}
	fmt.Println("range by value:", pts)
	for i := range pts {
		pts[i].X = 0
	}
	fmt.Println("range by index:", pts)

	// An array is a value: copying it copies every element.
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 99
	fmt.Println("arrays copy elements:", arr, arr2)

	// A slice is a small header; the copy points at the same backing array.
	s := []int{1, 2, 3}
	t := s
	t[0] = 99
	fmt.Println("slices share elements:", s, t)

	// A map value refers to one shared map.
	m := map[string]int{"go": 1}
	n := m
	n["go"] = 2
	fmt.Println("maps share entries:", m["go"], n["go"])
}
