package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	total, lines := 0, 0
	var bad []string
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		lines++
		if line == "" {
			continue
		}
		n, err := strconv.Atoi(line)
		if err != nil {
			bad = append(bad, line)
			continue
		}
		total += n
	}
	if err := sc.Err(); err != nil {
		fmt.Println("read error:", err)
	}
	fmt.Printf("lines=%d total=%d bad=%q\n", lines, total, bad)
}
