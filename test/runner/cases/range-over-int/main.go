package main

import "fmt"

type Count int

func main() {
	var got []int
	for i := range 3 {
		got = append(got, i)
	}
	fmt.Println(got)

	n := 0
	for range 5 {
		n++
	}
	fmt.Println("ran", n, "times")

	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -2 {
		fmt.Println("never", i)
	}

	// The loop variable takes the type of the range expression.
	var c Count = 2
	for i := range c {
		fmt.Printf("%T(%d);", i, i)
	}
	fmt.Println()

	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T;", i)
	}
	fmt.Println()

	// Multiplication table with nested range-over-int.
	for i := range 3 {
		for j := range 3 {
			fmt.Printf("%3d", (i+1)*(j+1))
		}
		fmt.Println()
	}
}
