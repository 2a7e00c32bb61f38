package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	count := 10
	var label string = 42
	fmt.Println(greet("gopher"), label)
	fmt.Println(strings.ToUpper(nmae))
}
