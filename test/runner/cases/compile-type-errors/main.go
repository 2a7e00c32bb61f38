package main

import (
	"cmp"
	"fmt"
)

type Point struct{ X, Y int }

func Largest[T cmp.Ordered](a, b T) T { return max(a, b) }

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s *Square) Area() float64 { return s.Side * s.Side }

func half(n int) int {
	if n > 0 {
		return n / 2
	}
}

func main() {
	fmt.Println(Largest(Point{1, 2}, Point{3, 4}))
	var s Shape = Square{2}
	fmt.Println(s)
	x := 5
	x := 6
	fmt.Println(x, half(4))
	var f float64 = 1
	var i int = 2
	fmt.Println(f + i)
}
