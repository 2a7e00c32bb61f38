package main

import "fmt"

func lookup(xs []string, i int) string {
	return xs[i]
}

func main() {
	days := []string{"mon", "tue", "wed"}
	fmt.Println(lookup(days, 2))
	fmt.Println(lookup(days, 5))
}
