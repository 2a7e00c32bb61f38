// Command gomaxprocs prints facts about GOMAXPROCS that hold on every machine:
// how the default relates to the CPU count, and how to change and restore it.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	start := runtime.GOMAXPROCS(0) // n < 1 only reads the setting
	fmt.Println("at least one P:", start >= 1)
	fmt.Println("no more Ps than CPUs:", start <= runtime.NumCPU())

	prev := runtime.GOMAXPROCS(3) // returns the previous setting
	fmt.Println("GOMAXPROCS(3) returned the old value:", prev == start)
	fmt.Println("now:", runtime.GOMAXPROCS(0))

	// Setting a value switches off the automatic updates (Go 1.25+);
	// SetDefaultGOMAXPROCS brings back the default and the updates.
	runtime.SetDefaultGOMAXPROCS()
	fmt.Println("default restored:", runtime.GOMAXPROCS(0) == start)
}
