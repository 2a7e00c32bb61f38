// Command build-tags picks one of two files at build time. debug_on.go
// starts with //go:build debug and debug_off.go with //go:build !debug, so
// exactly one of them is compiled and exactly one defines debugMode and
// describe. Run it with and without -tags=debug to see the difference.
package main

import "fmt"

func main() {
	fmt.Println("debug mode:", debugMode)
	fmt.Println(describe())
	if debugMode {
		fmt.Println("extra checks enabled")
	}
}
