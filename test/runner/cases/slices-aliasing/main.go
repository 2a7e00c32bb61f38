package main

import "fmt"

func main() {
	// Appending within capacity writes into the shared backing array.
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println("a:", a, "b:", b, "same array:", &a[0] == &b[0])

	// Once capacity runs out, append copies and the slices diverge.
	small := []int{1, 2, 3}
	grown := append(small, 4)
	grown[0] = 100
	fmt.Println("small:", small, "grown:", grown)
	fmt.Println("len/cap small:", len(small), cap(small))

	// Reslicing keeps the capacity.
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[2:4]
	fmt.Println("t:", t, len(t), cap(t))
	t = append(t, 99)
	fmt.Println("s after append to t:", s)

	// A full slice expression caps the capacity, so append must copy.
	u := s[2:4:4]
	fmt.Println("u:", u, len(u), cap(u))
	u = append(u, -1)
	fmt.Println("s after append to u:", s, "u:", u)

	// copy copies min(len(dst), len(src)) elements.
	dst := make([]int, 3)
	n := copy(dst, []int{9, 8, 7, 6, 5})
	fmt.Println("copied", n, dst)
	n = copy(dst[1:], dst)
	fmt.Println("overlapping copy", n, dst)
	n = copy(make([]byte, 5), "héllo")
	fmt.Println("copy from string", n)

	// Capacity grows as append needs it.
	var grow []int
	caps := []int{}
	last := -1
	for i := range 600 {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			caps = append(caps, last)
		}
	}
	fmt.Println("caps:", caps)

	// nil vs empty.
	var nilS []string
	empty := []string{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty))
	nilS = append(nilS, "x")
	fmt.Println(nilS)

	// 2D slices share rows unless copied.
	grid := make([][]rune, 2)
	row := []rune("..")
	grid[0], grid[1] = row, row
	grid[0][0] = '#'
	fmt.Println(string(grid[0]), string(grid[1]))
}
