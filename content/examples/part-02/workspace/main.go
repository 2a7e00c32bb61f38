// Command app uses example.com/lib from the workspace: go.work makes both
// modules main modules, so the import resolves to ./lib on disk instead of
// to the v1.0.0 that go.mod requires.
package main

import (
	"fmt"
	"runtime/debug"

	"example.com/lib"
)

func main() {
	fmt.Println(lib.Greeting("gopher"))

	// The binary records where each dependency came from.
	info, ok := debug.ReadBuildInfo()
	if !ok {
		fmt.Println("no build information")
		return
	}
	fmt.Println("main module:", info.Main.Path)
	for _, dep := range info.Deps {
		fmt.Printf("dependency: %s, version %q\n", dep.Path, dep.Version)
	}
}
