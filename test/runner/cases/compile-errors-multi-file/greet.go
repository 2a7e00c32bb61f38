package main

import "strconv"

func greet(name string) string {
	var n int = "three"
	unused := strconv.Itoa(1)
	return "hello, " + name + missing
}
