// Command scanner-limits shows bufio.Scanner's token limit, how to
// raise it, bufio.Reader for lines of any length, and a lost Flush.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	long := strings.Repeat("x", 70_000) // one 70,000-byte line
	input := "short\n" + long + "\nafter\n"

	// 1. The default Scanner stops at a token over 64 KiB.
	sc := bufio.NewScanner(strings.NewReader(input))
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Printf("default: %d lines, Err() = %v\n", lines, sc.Err())

	// 2. Buffer raises the limit (the buffer must hold line + "\n").
	sc = bufio.NewScanner(strings.NewReader(input))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	lines = 0
	for sc.Scan() {
		lines++
	}
	fmt.Printf("1 MiB:   %d lines, Err() = %v\n", lines, sc.Err())

	// 3. bufio.Reader.ReadString has no limit: it grows as needed.
	br := bufio.NewReader(strings.NewReader(input))
	for {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			fmt.Printf("ReadString: %d bytes\n", len(line))
		}
		if err != nil {
			fmt.Println("ReadString:", err)
			break
		}
	}

	// 4. A bufio.Writer keeps small writes in memory until Flush.
	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(bw, "flushed: you can read this")
	bw.Flush()
	fmt.Fprintln(bw, "never flushed: lost when main returns")
}
