package main

import "fmt"

// Main is not main: the program has no entry point.
func Main() {
	fmt.Println("never runs")
}
