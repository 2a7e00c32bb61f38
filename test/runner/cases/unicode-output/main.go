package main

import (
	"fmt"
	"os"
	"strings"
)

// Writes multi-byte characters in pieces so that writes split runes:
// a runner must decode the byte stream, not each write, as UTF-8.
func main() {
	s := strings.Repeat("héllo 世界 👋🏽 ", 3)
	b := []byte(s)
	for i := 0; i < len(b); i += 3 {
		os.Stdout.Write(b[i:min(i+3, len(b))])
	}
	fmt.Println()
	fmt.Println("Ελληνικά, русский, עברית, العربية")
	fmt.Println("tab\tand\r\ncrlf")
}
