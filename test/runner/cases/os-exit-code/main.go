package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed, os.Exit skips defers")
	fmt.Println("validating input")
	fmt.Fprintln(os.Stderr, "error: missing --name flag")
	os.Exit(3)
}
