// Command copy shows the copy built-in: it copies min(len(dst),
// len(src)) elements, handles overlapping slices, and copies from strings.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}

	// copy fills the destination's length, not its capacity.
	empty := make([]int, 0, len(src))
	n := copy(empty, src)
	fmt.Println("into len 0:", n, "copied", empty)

	dst := make([]int, len(src))
	n = copy(dst, src)
	fmt.Println("into len 5:", n, "copied", dst)

	short := make([]int, 2)
	n = copy(short, src)
	fmt.Println("into len 2:", n, "copied", short)

	// Source and destination may overlap: this removes element 1 by
	// shifting the tail left, then shortens the slice.
	s := []int{10, 20, 30, 40}
	i := 1
	copy(s[i:], s[i+1:])
	s = s[:len(s)-1]
	fmt.Println("after removing index 1:", s)

	// copy also accepts a string as the source when dst is a []byte.
	buf := make([]byte, 3)
	n = copy(buf, "gopher")
	fmt.Println("from a string:", n, string(buf))

	// A full slice expression a[low:high:max] sets the capacity to max-low.
	arr := [6]int{0, 1, 2, 3, 4, 5}
	window := arr[1:3:4]
	fmt.Println("arr[1:3:4]:", window, "len", len(window), "cap", cap(window))
}
