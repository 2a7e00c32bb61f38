// Command major-versions builds one program against two major versions of
// the same library. They have different import paths, so Go treats them as
// two different modules with two different packages.
package main

import (
	"fmt"
	"runtime/debug"

	"example.com/greet"
	greetv2 "example.com/greet/v2"
)

func main() {
	fmt.Println("v1:", greet.Hello("Ada"))

	for _, lang := range []string{"id", "fr"} {
		msg, err := greetv2.Hello(lang, "Ada")
		if err != nil {
			fmt.Println("v2:", err)
			continue
		}
		fmt.Println("v2:", msg)
	}

	// The binary records which module versions it was built from.
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return
	}
	fmt.Println("main module:", info.Main.Path)
	for _, dep := range info.Deps {
		fmt.Printf("dependency: %s %s => %s\n", dep.Path, dep.Version, dep.Replace.Path)
	}
}
