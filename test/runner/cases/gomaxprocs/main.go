package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	fmt.Println("NumCPU:", runtime.NumCPU())
	fmt.Println("at least one:", runtime.GOMAXPROCS(0) >= 1)
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("set to 1, previous >= 1:", prev >= 1, "now:", runtime.GOMAXPROCS(0))
}
