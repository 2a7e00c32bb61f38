package shout_test

import (
	"embed"
	"fmt"

	"example.com/shout"
)

//go:embed testdata
var data embed.FS

func Example() {
	b, _ := data.ReadFile("testdata/input.txt")
	fmt.Print(shout.Shout(string(b)))
	// Output: HELLO, GOPHER
}
