// Command shadowing shows how := in an inner block declares a new variable
// that hides an outer one with the same name, and the bug that follows.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

// parsePort is buggy: the err inside the if block is a new variable, so the
// outer err that the function returns is never set.
func parsePort(s string) (int, error) {
	port := 8080
	var err error
	if s != "" {
		port, err := strconv.Atoi(s) // declares a new port and a new err
		if err == nil && port > 65535 {
			err = errors.New("port out of range")
		}
	}
	return port, err
}

// parsePortFixed assigns with = so the outer variables are the ones set.
func parsePortFixed(s string) (int, error) {
	port := 8080
	var err error
	if s != "" {
		port, err = strconv.Atoi(s)
		if err == nil && port > 65535 {
			err = errors.New("port out of range")
		}
	}
	return port, err
}

func main() {
	for _, in := range []string{"", "9090", "http", "70000"} {
		p1, err1 := parsePort(in)
		p2, err2 := parsePortFixed(in)
		fmt.Printf("%-7q buggy: %d %v | fixed: %d %v\n", in, p1, err1, p2, err2)
	}

	// Every block opens a scope. The inner x hides the outer one until the
	// block ends.
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner x:", x)
	}
	fmt.Println("outer x:", x)

	// Predeclared names are not keywords, so they can be shadowed too. Here
	// len stops being the builtin for the rest of main.
	len := 3
	fmt.Println("len is now an int:", len)
}
