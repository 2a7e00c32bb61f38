package main

import (
	"fmt"
	"io"
	"os"
)

// With no input the program must see EOF at once instead of waiting forever.
func main() {
	data, err := io.ReadAll(os.Stdin)
	fmt.Printf("read %d bytes, err=%v\n", len(data), err)
}
