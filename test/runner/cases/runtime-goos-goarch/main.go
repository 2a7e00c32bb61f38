package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	fmt.Println("GOOS:", runtime.GOOS)
	fmt.Println("GOARCH:", runtime.GOARCH)
	fmt.Println("go1.x:", strings.HasPrefix(runtime.Version(), "go1."))
	fmt.Println("compiler:", runtime.Compiler)
}
