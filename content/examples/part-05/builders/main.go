// Command builders shows strings.Builder for assembling a string and
// bytes.Buffer for bytes that are written and then read back, and counts
// what repeated += costs.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

var words = strings.Fields(strings.Repeat("go ", 100))

// concat builds the result with +=, which makes a new string each time.
func concat() string {
	out := ""
	for _, w := range words {
		out += w
	}
	return out
}

// build uses a strings.Builder sized up front.
func build() string {
	var sb strings.Builder
	sb.Grow(2 * len(words))
	for _, w := range words {
		sb.WriteString(w)
	}
	return sb.String()
}

func main() {
	var sb strings.Builder // the zero value is ready to use
	sb.WriteString("items:")
	for i := range 3 {
		fmt.Fprintf(&sb, " #%d", i) // a *strings.Builder is an io.Writer
	}
	sb.WriteByte('.')
	fmt.Println(sb.String(), "len", sb.Len())

	// bytes.Buffer is both a writer and a reader: reading consumes bytes.
	var buf bytes.Buffer
	buf.WriteString("header\nbody line\n")
	line, err := buf.ReadString('\n')
	fmt.Printf("read %q (err %v), %d bytes left: %q\n", line, err, buf.Len(), buf.String())

	fmt.Println("same result:", concat() == build())
	fmt.Println("allocations with +=:     ", testing.AllocsPerRun(100, func() { _ = concat() }))
	fmt.Println("allocations with Builder:", testing.AllocsPerRun(100, func() { _ = build() }))
}
