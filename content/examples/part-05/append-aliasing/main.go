// Command append-aliasing shows how two appends to the same slice can
// overwrite each other when there is spare capacity, and two ways to make
// append allocate a fresh array instead.
package main

import (
	"fmt"
	"slices"
)

// withSuffix looks harmless: it returns base plus one more element.
func withSuffix(base []string, suffix string) []string {
	return append(base, suffix)
}

func main() {
	// path has room for more elements than it holds.
	path := make([]string, 0, 4)
	path = append(path, "usr", "local")

	bin := withSuffix(path, "bin")
	lib := withSuffix(path, "lib")
	fmt.Println("bin:", bin, "lib:", lib) // bin was overwritten by the second append
	fmt.Println("shared array:", &bin[2] == &lib[2])

	// Fix 1: a full slice expression caps the capacity at the length, so the
	// next append must allocate a new array.
	clipped := path[:len(path):len(path)]
	bin = withSuffix(clipped, "bin")
	lib = withSuffix(clipped, "lib")
	fmt.Println("clipped  bin:", bin, "lib:", lib)

	// slices.Clip does the same thing by name.
	fmt.Println("slices.Clip: len", len(slices.Clip(path)), "cap", cap(slices.Clip(path)))

	// Fix 2: copy the elements into a slice you own.
	own := slices.Clone(path)
	own = append(own, "share")
	fmt.Println("clone:", own, "original still:", path)

	// Without spare capacity, append always copies, which is why this bug
	// hides in tests that build slices with literals.
	lit := []string{"usr", "local"}
	a := append(lit, "bin")
	b := append(lit, "lib")
	fmt.Println("from a literal  a:", a, "b:", b)
}
