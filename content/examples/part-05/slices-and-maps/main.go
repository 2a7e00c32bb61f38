// Command slices-and-maps shows the min, max and clear builtins (Go 1.21)
// and the everyday functions of the slices and maps packages.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	// min and max take one or more values of the same ordered type.
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("pear", "apple"))

	// slices works on any slice type; Sort changes it in place.
	scores := []int{40, 10, 30, 20}
	slices.Sort(scores)
	fmt.Println("sorted:", scores, "max:", slices.Max(scores))
	fmt.Println("index of 30:", slices.Index(scores, 30))
	fmt.Println("contains 25:", slices.Contains(scores, 25))
	i, found := slices.BinarySearch(scores, 25) // where 25 would go
	scores = slices.Insert(scores, i, 25)
	fmt.Printf("insert 25 at %d (found: %t): %v\n", i, found, scores)

	// Functions that shorten a slice return the new header, like append.
	// Delete also zeroes the elements it vacated (Go 1.22), so an old
	// header over the same array shows the zero at the end.
	before := scores
	scores = slices.Delete(scores, 0, 2)
	fmt.Println("after Delete:", scores, "old header:", before)
	words := slices.Compact([]string{"go", "go", "is", "is", "fun"})
	fmt.Println("Compact:", words, len(words), cap(words))

	// clear zeroes a slice's elements and keeps its length...
	clear(words)
	fmt.Printf("clear(slice): %q, len %d\n", words, len(words))

	// ...and deletes every entry of a map.
	stock := map[string]int{"pear": 0, "apple": 5, "plum": 3}
	copied := maps.Clone(stock)
	maps.DeleteFunc(copied, func(_ string, n int) bool { return n == 0 })
	fmt.Println("clone without zeros:", copied)
	fmt.Println("equal to stock:", maps.Equal(copied, stock))

	// maps.Keys does not return a slice: it returns an iterator, a function
	// that range can call (Go 1.23). slices.Sorted collects and sorts it.
	keys := maps.Keys(stock)
	fmt.Printf("maps.Keys returns %T\n", keys)
	fmt.Println("sorted keys:", slices.Sorted(keys))
	clear(stock)
	fmt.Println("clear(map):", stock, len(stock))
}
