// Command copy shows what the built-in copy does: it copies
// min(len(dst), len(src)) elements, never allocates and never grows dst.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}

	// The destination's length, not its capacity, is what copy fills.
	roomy := make([]int, 0, 5)
	n := copy(roomy, src)
	fmt.Println("into len 0, cap 5:", n, roomy)

	exact := make([]int, 5)
	n = copy(exact, src)
	fmt.Println("into len 5:       ", n, exact)

	short := make([]int, 2)
	n = copy(short, src)
	fmt.Println("into len 2:       ", n, short)

	// Source and destination may overlap: shifting left removes index 1.
	s := []int{10, 20, 30, 40}
	copy(s[1:], s[2:])
	s = s[:len(s)-1]
	fmt.Println("after removing index 1:", s)

	// A string can be the source when the destination is a []byte.
	buf := make([]byte, 3)
	n = copy(buf, "héllo")
	fmt.Printf("bytes from a string: %d %q\n", n, buf)
}
