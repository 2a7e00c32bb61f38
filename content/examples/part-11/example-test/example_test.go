package plural_test

import (
	"fmt"

	"gomastery/examples/part-11/example-test"
)

// Shown on pkg.go.dev under Count, and run by go test.
func ExampleCount() {
	fmt.Println(plural.Count(1, "file"))
	fmt.Println(plural.Count(3, "file"))
	// Output:
	// 1 file
	// 3 files
}

// A suffix after an underscore names a second example of Count.
func ExampleCount_zero() {
	fmt.Println(plural.Count(0, "error"))
	// Output: 0 errors
}

// For output whose order may vary, such as a map's.
func ExampleCount_unordered() {
	for word, n := range map[string]int{"cat": 2, "dog": 1} {
		fmt.Println(plural.Count(n, word))
	}
	// Unordered output:
	// 1 dog
	// 2 cats
}

// No output comment: compiled, but never run.
func ExampleCount_notRun() {
	fmt.Println(plural.Count(2, "sheep"))
}
