package main

import "fmt"

func average(total, count int) int {
	return total / count
}

func main() {
	fmt.Println(average(10, 2))
	var f float64
	fmt.Println(1/f > 1e308) // float division by zero is +Inf, not a panic
	fmt.Println(average(10, 0))
}
