// Command escape-analysis is built with -gcflags=-m so that the compiler
// reports where each value lives. Compare each function with its line in
// the output.
package main

import "fmt"

type point struct{ X, Y int }

// byValue returns a copy of its local: nothing needs the heap.
func byValue(x, y int) point {
	p := point{x, y}
	return p
}

// byPointer returns the address of its local, so the local must outlive
// the call.
func byPointer(x, y int) *point {
	p := point{x, y}
	return &p
}

// lengthSq only reads through its pointer and keeps nothing.
func lengthSq(p *point) int {
	return p.X*p.X + p.Y*p.Y
}

var registry []*point

// remember stores its pointer in a package-level slice.
func remember(p *point) {
	registry = append(registry, p)
}

// buffer's size is known only at run time.
func buffer(n int) []byte {
	return make([]byte, n)
}

func main() {
	a := byValue(1, 2)
	b := byPointer(3, 4)
	c := point{5, 6}
	remember(&c)
	total := lengthSq(&a) + b.X + len(buffer(8))
	fmt.Println(total)
}
