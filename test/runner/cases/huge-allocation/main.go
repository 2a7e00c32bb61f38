package main

import (
	"fmt"
	"os"
)

func main() {
	n := 1 << 47 // 128 TiB: more than any address space will reserve
	if len(os.Args) > 5 {
		n = 1
	}
	fmt.Println("allocating")
	buf := make([]byte, n)
	buf[len(buf)-1] = 1
	fmt.Println("allocated", len(buf))
}
