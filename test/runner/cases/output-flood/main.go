package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Prints about 8 MiB: far more than any runner should keep.
func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	line := strings.Repeat("x", 58)
	for i := range 140_000 {
		fmt.Fprintf(w, "%06d%s\n", i, line)
	}
}
