package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	fmt.Println("to stdout 1")
	fmt.Fprintln(os.Stderr, "to stderr 1")
	println("builtin println goes to stderr")
	log.SetFlags(0)
	log.Print("log goes to stderr")
	fmt.Fprint(os.Stdout, "to stdout 2, no newline")
}
