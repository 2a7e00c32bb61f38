package main

import "fmt"

// range-over-int needs go1.22; go.mod says 1.21.
func main() {
	for i := range 3 {
		fmt.Println(i)
	}
}
