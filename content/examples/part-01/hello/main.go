// Command hello is the smallest useful shape of a Go program: one package
// named main, a few imported packages, and a function main where work starts.
package main

import (
	"fmt"
	"strings"
)

// greet is lower-case, so only code inside package main can call it.
func greet(name string) string {
	return "Hello, " + strings.TrimSpace(name) + "!"
}

func main() {
	names := []string{"Ada", "  Grace ", "Ken"}
	for i, name := range names {
		fmt.Printf("%d: %s\n", i, greet(name))
	}
	fmt.Printf("names is a %T with %d elements\n", names, len(names))
}
